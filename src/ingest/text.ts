// Character-level rules for Chinese newspaper text (GB/T 15834): which punctuation
// becomes full-width, which spaces are extraction debris, where a sentence ends.
import { CREDIT_PATTERN, splitDateline } from '#src/content/newsroom.ts';

const HAN = /\p{Script=Han}/u;
/** Han, full-width and CJK punctuation, CJK quotes, dashes and ellipses. */
const CJK_CLASS = String.raw`[\p{Script=Han}\u3000-\u303f\uff00-\uffef\u2014\u2026\u2018\u2019\u201c\u201d\u00b7]`;
const CJK_PUNCT = /[\u3000-\u303f\uff00-\uffef\u2014\u2026\u2018\u2019\u201c\u201d\u00b7]/u;
const SPACE_BETWEEN_CJK = new RegExp(String.raw`(?<=${CJK_CLASS}) (?=${CJK_CLASS})`, 'gu');
const CONVERTIBLE = /[,?:;!()]/u;
const MARKS = /[,?:;!()]/gu;
const ASCII_ALNUM = /[A-Za-z0-9]/;

export const isHan = (ch: string | undefined): boolean => ch !== undefined && HAN.test(ch);
/** \p{Script=Han} for one code point, answered without the regular expression for the common cases: nothing below U+2E80 is Han, all of U+4E00–U+9FEF is. */
export function isHanCodePoint(cp: number): boolean {
  if (cp < 0x2e80) return false;
  if (cp >= 0x4e00 && cp <= 0x9fef) return true;
  return HAN.test(String.fromCodePoint(cp));
}
/** A character that belongs to Chinese running text: Han or CJK punctuation. */
export const isCjk = (ch: string | undefined): boolean => ch !== undefined && (HAN.test(ch) || CJK_PUNCT.test(ch));
const isAsciiAlnum = (ch: string | undefined): boolean => ch !== undefined && ASCII_ALNUM.test(ch);

const FULL_WIDTH: Record<string, string> = { ',': '，', '?': '？', ':': '：', ';': '；', '!': '！', '(': '（', ')': '）' };

/** The character (code point) that ends just before code unit `i`. */
function charBefore(text: string, i: number): string | undefined {
  if (i <= 0) return undefined;
  const unit = text.charCodeAt(i - 1);
  return unit >= 0xdc00 && unit <= 0xdfff && i >= 2 ? text.slice(i - 2, i) : text[i - 1];
}

/** The character (code point) that starts at code unit `i`. */
function charAt(text: string, i: number): string | undefined {
  const cp = text.codePointAt(i);
  return cp === undefined ? undefined : String.fromCodePoint(cp);
}

/**
 * Half-width `, ? : ; ! ( )` touching Chinese text become full-width. A mark between
 * two ASCII letters/digits stays (`10:30`, `1,000`, `f(x)`); so does one with no
 * Chinese right beside it (`5G+AR`, `Hello, world`, `&amp; 和`). Parentheses convert
 * as a pair, so `(AR)` in Chinese text becomes `（AR）` and never `（AR)`.
 * Works on UTF-16 code units: every mark and its replacement is one unit, so the
 * indices hold; only the marks' neighbours are looked at, which keeps it fast.
 */
export function fullWidthPunctuation(text: string): string {
  if (!CONVERTIBLE.test(text)) return text;
  const out = new Map<number, string>();
  const opens: number[] = [];
  for (const m of text.matchAll(MARKS)) {
    const i = m.index;
    const ch = m[0];
    if (ch === '(') {
      opens.push(i);
      continue;
    }
    if (ch === ')') {
      const open = opens.pop();
      if (open !== undefined && (isCjk(charBefore(text, open)) || isCjk(charAt(text, i + 1)) || HAN.test(text.slice(open + 1, i)))) {
        out.set(open, '（').set(i, '）');
      }
      continue;
    }
    const before = charBefore(text, i);
    const after = charAt(text, i + 1);
    if (isAsciiAlnum(before) && isAsciiAlnum(after)) continue;
    let j = i;
    while (j > 0 && text[j - 1] === ' ') j--;
    const beforeSpaces = j < i ? charBefore(text, j) : undefined;
    if (isCjk(before) || isCjk(after) || (isCjk(beforeSpaces) && !isAsciiAlnum(after))) out.set(i, FULL_WIDTH[ch] ?? ch);
  }
  if (out.size === 0) return text;
  let result = '';
  let from = 0;
  for (const i of [...out.keys()].sort((a, b) => a - b)) {
    result += text.slice(from, i) + out.get(i);
    from = i + 1;
  }
  return result + text.slice(from);
}

/** Collapse runs of whitespace to one ASCII space and trim: how headlines and bylines keep their printed breaks. */
export function collapseSpaces(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/** Remove spaces between two Chinese characters: line-wrap debris in body text. */
export function removeCjkSpaces(text: string): string {
  return collapseSpaces(text).replace(SPACE_BETWEEN_CJK, '');
}

/** Body text: full-width punctuation, no debris spaces, but the dateline as printed. */
export function cleanBodyText(text: string): string {
  const converted = fullWidthPunctuation(collapseSpaces(text));
  const d = splitDateline(converted);
  if (!d) return removeCjkSpaces(converted);
  return `${collapseSpaces(d.dateline)}${d.space ? ' ' : ''}${removeCjkSpaces(d.rest)}`;
}

/** Headline text: full-width punctuation; the spaces between printed lines stay (one each). */
export function cleanHeadlineText(text: string): string {
  return fullWidthPunctuation(collapseSpaces(text));
}

/** A photo credit at the end of a caption (`记者 张磊 摄`) keeps its spaces like a byline. */
const CAPTION_CREDIT = new RegExp(String.raw`\s*(${CREDIT_PATTERN}\s[^。！？]*摄)$`, 'u');

export function cleanCaptionText(text: string): string {
  const converted = fullWidthPunctuation(collapseSpaces(text));
  const credit = CAPTION_CREDIT.exec(converted);
  if (!credit || credit[1] === undefined) return removeCjkSpaces(converted);
  const main = converted.slice(0, credit.index);
  // One space between the caption and its credit where the page has one; none where it has none (`……。本报记者 某某摄`).
  const spaced = credit[0].length > credit[1].length;
  return `${removeCjkSpaces(main)}${main && spaced ? ' ' : ''}${collapseSpaces(credit[1])}`;
}

const SENTENCE_END = /[。！？!?…]$/u;
const CLOSERS = /[”’」』》"'）)]+$/u;

/**
 * True when the text ends a sentence, so what follows is a new paragraph. A closing
 * quote counts only after an end mark (`……。”`); a closing parenthesis ends a note
 * such as `（完）` or `（上接第1版）`.
 */
export function endsSentence(text: string): boolean {
  const t = text.trimEnd();
  if (SENTENCE_END.test(t)) return true;
  if (/[）)]$/u.test(t)) return true;
  const stripped = t.replace(CLOSERS, '');
  return stripped !== t && SENTENCE_END.test(stripped);
}

/** Visible length in characters, spaces not counted. */
export function charLength(text: string): number {
  // Counted in place: this runs for every block many times, and Array.from allocates.
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff) continue;
    if (c === 0x20 || c === 0x3000 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0xfeff || c === 0x1680 || c === 0x2028 || c === 0x2029 || c === 0x85) continue;
    n++;
  }
  return n;
}

const CHINESE_DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/** `2`, `２`, `二`, `十二` → a page number. */
export function parsePageNumber(text: string): number | undefined {
  const ascii = text.normalize('NFKC');
  if (/^\d+$/.test(ascii)) return Number(ascii);
  if (!/^[一二三四五六七八九十]+$/u.test(text)) return undefined;
  if (text === '十') return 10;
  const chars = Array.from(text);
  if (chars.length === 1) return CHINESE_DIGITS[text];
  const tenAt = chars.indexOf('十');
  if (tenAt === -1 || chars.length > 3) return undefined;
  const tens = tenAt === 0 ? 1 : (CHINESE_DIGITS[chars[0] ?? ''] ?? 0);
  const ones = tenAt === chars.length - 1 ? 0 : (CHINESE_DIGITS[chars[chars.length - 1] ?? ''] ?? 0);
  return tens * 10 + ones;
}
