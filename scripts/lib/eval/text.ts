// Text helpers shared by the layout and the scorer. Written for the eval alone (not
// borrowed from src/ingest) so the instrument stays independent of what it measures.

const HAN = /\p{Script=Han}/u;

export const isHan = (ch: string): boolean => HAN.test(ch);

/** The Han characters of a text, in order. */
export const hanOf = (text: string): string[] => Array.from(text.normalize('NFC')).filter(isHan);

/** NFC, every run of white space (also NBSP and U+3000) → one ASCII space, trimmed. */
export const tidy = (text: string): string => text.normalize('NFC').replace(/[\s\u00a0\u3000]+/gu, ' ').trim();

/** NFC with all white space removed: how headlines and captions are compared (a printed line break is a space). */
export const compact = (text: string): string => text.normalize('NFC').replace(/[\s\u00a0\u3000]+/gu, '');

/** Letters and digits only (Han included): what block matching compares, blind to punctuation, markers and spacing. */
export const matchKey = (text: string): string => Array.from(text.normalize('NFC').toLowerCase()).filter((c) => /[\p{L}\p{N}]/u.test(c)).join('');

export type Multiset = Map<string, number>;

export function multiset(chars: Iterable<string>): Multiset {
  const m: Multiset = new Map();
  for (const c of chars) m.set(c, (m.get(c) ?? 0) + 1);
  return m;
}

/** The items of `need`, in its order, that `have` cannot cover (multiset difference need − have). */
export function uncovered(need: readonly string[], have: Multiset): string[] {
  const left = new Map(have);
  const out: string[] = [];
  for (const c of need) {
    const n = left.get(c) ?? 0;
    if (n > 0) left.set(c, n - 1);
    else out.push(c);
  }
  return out;
}

/** Characters as an array (code points, so a rare Han character outside the BMP is never cut in two). */
export const chars = (text: string): string[] => Array.from(text);

const ASCII_ALNUM = /^[A-Za-z0-9]$/u;

/**
 * Where `，？：；（）` and their half-width forms are interchangeable (seed-page.md's rule):
 * beside Chinese text, never touching a digit or a Latin letter (`3.8亿`, `5G+AR`, `10:30`).
 */
export const besideChinese = (prev: string, next: string): boolean =>
  !ASCII_ALNUM.test(prev) && !ASCII_ALNUM.test(next) && (isHan(prev) || isHan(next));

const FULL: Readonly<Record<string, string>> = { ',': '，', '?': '？', ':': '：', ';': '；', '(': '（', ')': '）' };

/** Half-width `, ? : ; ( )` beside Chinese text → full-width, as the ingest is asked to do. */
export function fullWidth(text: string): string {
  const cs = chars(text);
  return cs.map((c, i) => (FULL[c] !== undefined && besideChinese(cs[i - 1] ?? '', cs[i + 1] ?? '') ? FULL[c] : c)).join('');
}
