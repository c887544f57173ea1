// Folding for search: what counts as "the same text" when a reader types a query.
// Width (`５Ｇ` = `5G`, `，` = `,`) and case by NFKC + lower-casing, Traditional →
// Simplified by a character map generated at build time from OpenCC's dictionaries.
// Folding works character by character so every folded character still points at
// the character of the page it came from (for highlighting).

/**
 * Traditional (and regional variant) → Simplified: single characters (`長` → `长`)
 * and, where a character alone is ambiguous, whole phrases (`一目瞭然` → `一目了然`).
 */
export type CharMap = Readonly<Record<string, string>>;

const phrasePatterns = new WeakMap<CharMap, RegExp | null>();

/** Replace the map's phrases (longest first) before folding character by character. */
export function applyPhrases(text: string, map: CharMap): string {
  let pattern = phrasePatterns.get(map);
  if (pattern === undefined) {
    const phrases = Object.keys(map).filter((k) => Array.from(k).length > 1).sort((a, b) => b.length - a.length);
    pattern = phrases.length > 0 ? new RegExp(phrases.map((p) => p.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).join('|'), 'gu') : null;
    phrasePatterns.set(map, pattern);
  }
  return pattern ? text.replace(pattern, (p) => map[p] ?? p) : text;
}

const WHITESPACE = /\s/u;

export function foldChar(ch: string, map: CharMap = {}): string {
  const folded = ch.normalize('NFKC').toLowerCase();
  return map[folded] ?? folded;
}

export interface FoldedText {
  /** The folded text with all whitespace removed. */
  text: string;
  /** For each code unit of `text`, the code-unit index in the source where its character starts. */
  origin: number[];
}

/**
 * Fold a page's text for matching. Whitespace is dropped: line-wrap spaces and the
 * space after 本报讯 must not stop `本报讯我市` from matching.
 */
export function foldText(source: string, map: CharMap = {}): FoldedText {
  let text = '';
  const origin: number[] = [];
  let i = 0;
  for (const ch of source) {
    if (!WHITESPACE.test(ch)) {
      const folded = foldChar(ch, map);
      text += folded;
      for (let k = 0; k < folded.length; k++) origin.push(i);
    }
    i += ch.length;
  }
  return { text, origin };
}

/** A query as terms: space-separated words, each folded; empty terms dropped. */
export function queryTerms(query: string, map: CharMap = {}): string[] {
  return query
    .split(/[\s\u3000]+/u)
    .map((word) => foldText(applyPhrases(word.normalize('NFKC'), map), map).text)
    .filter((t) => t.length > 0);
}

const HAN = /\p{Script=Han}/u;

/** True when some character of the query is not plain Simplified-or-ASCII, so the Traditional map may be needed. */
export function mayNeedCharMap(query: string): boolean {
  for (const ch of query) if (HAN.test(ch)) return true;
  return false;
}
