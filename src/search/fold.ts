// Folding for search: what counts as "the same text" when a reader types a query.
// Width (`５Ｇ` = `5G`, `，` = `,`) and case by NFKC + lower-casing, Traditional →
// Simplified by a character map generated at build time from OpenCC's dictionaries,
// and punctuation and quote marks left out of both sides: readers type `,` for `、`,
// `.` for `。`, `"…"` or `「…」` for `“…”`, so a mark never decides a match. A result
// still holds the query's characters in order with nothing but punctuation between.
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
/** Punctuation of every kind (quotes, brackets, dashes, stops…) and `~`, typed for a range dash. */
const PUNCTUATION = /[\p{P}~]/u;
/** Marks of Unicode's punctuation class that belong to a term: `5%` is not `5`. */
const PART_OF_TERM = new Set(['%', '‰', '‱']);
const DIGIT = /^[0-9]$/u;

/**
 * Whether a folded character takes part in matching, given its neighbours: not
 * whitespace (line-wrap spaces, the space after 本报讯), not punctuation, except a
 * decimal point between digits (`3.5亿` is not `35亿`; a thousands comma is left out,
 * so `1,000` = `1000`).
 */
function counts(ch: string, before: string | undefined, after: string | undefined): boolean {
  if (WHITESPACE.test(ch)) return false;
  if (!PUNCTUATION.test(ch) || PART_OF_TERM.has(ch)) return true;
  return ch === '.' && before !== undefined && after !== undefined && DIGIT.test(before) && DIGIT.test(after);
}

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
 * Fold a page's text (or a query word) for matching: whitespace and punctuation are
 * dropped (see `counts`), so `本报讯 我市` matches `本报讯我市` and `舟山、宁波` matches `舟山,宁波`.
 */
export function foldText(source: string, map: CharMap = {}): FoldedText {
  const folded: Array<{ ch: string; at: number }> = [];
  let i = 0;
  for (const ch of source) {
    for (const f of foldChar(ch, map)) folded.push({ ch: f, at: i });
    i += ch.length;
  }
  let text = '';
  const origin: number[] = [];
  folded.forEach(({ ch, at }, k) => {
    if (!counts(ch, folded[k - 1]?.ch, folded[k + 1]?.ch)) return;
    text += ch;
    for (let u = 0; u < ch.length; u++) origin.push(at);
  });
  return { text, origin };
}

/** Opening quote marks and brackets (after NFKC) and the mark that closes each. */
const CLOSERS: Readonly<Record<string, string>> = {
  '"': '"', '“': '”', '„': '“', '「': '」', '『': '』', '‘': '’', '《': '》', '〈': '〉', '【': '】', '〔': '〕', '(': ')', '[': ']', '«': '»',
};

/**
 * The query as words: split at spaces, except that a phrase in a pair of quote marks
 * or brackets (`"海员 优先"`, `「長護險」`) is one word whatever it holds, as web search
 * engines read a quoted phrase. A mark without its partner is punctuation like any other.
 */
export function queryWords(query: string): string[] {
  const chars = Array.from(query.normalize('NFKC'));
  const words: string[] = [];
  let word = '';
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    const closer = CLOSERS[ch];
    const end = closer === undefined ? -1 : chars.indexOf(closer, i + 1);
    if (end > i) {
      word += chars.slice(i + 1, end).join('').replace(/\s+/gu, '');
      i = end;
    } else if (WHITESPACE.test(ch)) {
      if (word) words.push(word);
      word = '';
    } else word += ch;
  }
  if (word) words.push(word);
  return words;
}

/** A query as terms: its words (see `queryWords`), each folded; empty terms dropped. */
export function queryTerms(query: string, map: CharMap = {}): string[] {
  return queryWords(query)
    .map((word) => foldText(applyPhrases(word, map), map).text)
    .filter((t) => t.length > 0);
}

const HAN = /\p{Script=Han}/u;

/** True when some character of the query is not plain Simplified-or-ASCII, so the Traditional map may be needed. */
export function mayNeedCharMap(query: string): boolean {
  for (const ch of query) if (HAN.test(ch)) return true;
  return false;
}
