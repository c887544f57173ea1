// How an article is handed to Pagefind, and how a query asks for it.
//
// Pagefind's Chinese segmenter makes words of several characters and matches a query
// character only at the start of a word (`心` is not found in `中心`), and the browser
// splits a Chinese query into single characters, so stock results are neither complete
// nor precise. Pagefind is used here as a postings engine for our own words instead:
// every pair of adjacent characters of the folded text (punctuation and spaces left
// out) is one ASCII word — the first character's code point in base 36 (4 letters)
// and a 2-letter hash of the second — and the last character of each block is a word
// of its 4 letters alone. A query of n ≥ 2 characters asks for its n−1 pairs (all must
// be there, so the candidates are almost exactly the articles that hold it); a single
// character asks for its 4 letters, which Pagefind matches as a prefix of every pair
// starting with it. The engine then checks each candidate's real text, kept in the
// record's meta, for the exact query, so a hash collision can never show a wrong result.
import { type CharMap, foldChar } from './fold.ts';

/** Separates the blocks (paragraph, heading, caption…) of the stored text. */
const BREAK = '\ue001';
const NOT_INDEXED = /[\p{P}\p{S}\s]/u;
const HASH_BUCKETS = 36 * 36;

const letters = (cp: number): string => cp.toString(36).padStart(4, '0');
/** Multiplicative hashing (Knuth): spreads neighbouring code points over the buckets. */
const pairHash = (cp: number): string => ((Math.imul(cp, 2654435761) >>> 0) % HASH_BUCKETS).toString(36).padStart(2, '0');

/** The code points a text is indexed by: folded like a query, punctuation and spaces out. */
function indexedCodePoints(text: string, map: CharMap): number[] {
  const cps: number[] = [];
  for (const ch of text) {
    if (NOT_INDEXED.test(ch)) continue;
    for (const folded of foldChar(ch, map)) if (!NOT_INDEXED.test(folded)) cps.push(folded.codePointAt(0)!);
  }
  return cps;
}

function pairWords(cps: readonly number[], withLast: boolean): string[] {
  const words = cps.slice(0, -1).map((cp, i) => letters(cp) + pairHash(cps[i + 1]!));
  if (withLast && cps.length > 0) words.push(letters(cps[cps.length - 1]!));
  return words;
}

/**
 * The words Pagefind indexes for an article. Headline blocks are given three times:
 * Pagefind ranks by how often the words occur, so headline matches come first.
 */
export function indexWords(blocks: readonly string[], headlines: readonly string[], map: CharMap = {}): string {
  const words = (texts: readonly string[]) => texts.flatMap((t) => pairWords(indexedCodePoints(t, map), true));
  const head = words(headlines);
  return [...words(blocks), ...head, ...head, ...head].join(' ');
}

/**
 * At most this many words are asked of Pagefind: each word may load an index chunk,
 * and any subset of a query's pairs still finds every article that holds it (the
 * exact check decides), so a pasted 500-character query costs a few chunks, not hundreds.
 */
export const MAX_QUERY_WORDS = 24;

/** The Pagefind query for folded terms: every term's pairs, or its one character. */
export function pagefindQuery(terms: readonly string[]): string {
  const words = terms.flatMap((term) => {
    const cps = indexedCodePoints(term, {});
    return cps.length === 1 ? [letters(cps[0]!)] : pairWords(cps, false);
  });
  return [...new Set(words)].slice(0, MAX_QUERY_WORDS).join(' ');
}

/** The article's text as stored in the record's meta, one entry per block. */
export const encodeText = (blocks: readonly string[]): string => blocks.map((b) => b.replace(/\s+/gu, ' ').trim()).join(BREAK);
export const decodeText = (text: string): string[] => text.split(BREAK).filter((b) => b.length > 0);
