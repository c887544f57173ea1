// What a single block looks like, from its text alone. Context-free predicates; the
// decisions that need neighbours are made in segment.ts and body.ts.
import { BYLINE_MARK, CREDIT_PATTERN, splitDateline } from '#src/content/newsroom.ts';
import { charLength, endsSentence, parsePageNumber } from './text.ts';

/** Longest headline line seen in print; a longer block is running text. */
export const MAX_HEADLINE_CHARS = 72;
/** A body block this short, without end punctuation, may be a subheading. */
export const MAX_SUBHEADING_CHARS = 20;

/** A byline printed without the `□` mark: `记者 张三 通讯员 李四`. */
const BARE_BYLINE = new RegExp(String.raw`^${CREDIT_PATTERN}\s*[^\s，。：；！？]{1,6}(?:\s+\S{1,12}){0,8}$`, 'u');

export function isByline(text: string): boolean {
  if (BYLINE_MARK.test(text)) return true;
  return BARE_BYLINE.test(text) && charLength(text) <= 40;
}

export function bylineText(text: string): string {
  return text.replace(BYLINE_MARK, '').replace(/\s+/gu, ' ').trim();
}

const JUMP_PAGE = String.raw`第\s*([0-9０-９]+|[一二三四五六七八九十]+)\s*版`;
/** `下转第2版▶`, `（下转第2版）` at the end of a block. */
const JUMP_OUT = new RegExp(String.raw`\s*[（(]?\s*下转${JUMP_PAGE}\s*[）)]?\s*[▶►>〉》]?$`, 'u');
/** `（上接第1版）` at the start of a block. */
const JUMP_IN = new RegExp(String.raw`^[（(]\s*上接${JUMP_PAGE}\s*[）)]\s*`, 'u');

export interface Jump {
  page: number;
  /** The block's text without the jump line. */
  rest: string;
}

function jump(re: RegExp, text: string): Jump | undefined {
  const m = re.exec(text);
  const page = m?.[1] === undefined ? undefined : parsePageNumber(m[1]);
  if (!m || page === undefined) return undefined;
  return { page, rest: (text.slice(0, m.index) + text.slice(m.index + m[0].length)).trim() };
}

export const jumpOut = (text: string): Jump | undefined => jump(JUMP_OUT, text);
export const jumpIn = (text: string): Jump | undefined => jump(JUMP_IN, text);

/** `【攻坚清单】`: a box title or a section label, decided by what follows. */
export function bracketLabel(text: string): string | undefined {
  const m = /^【\s*([^【】]{1,30}?)\s*】$/u.exec(text);
  return m?.[1];
}

/** `——副题` (also with a half-width or doubled dash as extraction leaves it). */
export function subtitleText(text: string): string | undefined {
  const m = /^(?:——|──|--|－－|—)\s*(.+)$/u.exec(text);
  return m?.[1];
}

export function hasDateline(text: string): boolean {
  return splitDateline(text.replace(JUMP_IN, '')) !== undefined;
}

/**
 * Could this block be a line of a headline? Short, no full stop inside or at the
 * end (a headline may end with `？` or `！`), not a byline, dateline or jump.
 */
export function isHeadlineShaped(text: string): boolean {
  if (isByline(text) || hasDateline(text) || jumpOut(text) || jumpIn(text)) return false;
  if (charLength(text) > MAX_HEADLINE_CHARS) return false;
  if (/[。；;]/u.test(text)) return false;
  return !endsSentence(text) || /[？！?!]$/u.test(text);
}

/** A 栏目 label: `聚力打好七大攻坚战·攻坚一线行`, `【民生】`, `《关注》`. */
export function isColumnShaped(text: string): boolean {
  return /[·•・｜|]/u.test(text) || /^[【《〖].+[】》〗]$/u.test(text);
}

const SPEECH_VERB = /(?:强调|指出|表示|要求|提出|寄语|指示|批示|讲话|致辞|说)$/u;

/** `……时强调`: a line that reports speech introduces the 主题 below it. */
export const isSpeechKicker = (text: string): boolean => SPEECH_VERB.test(text);

/**
 * Is `first` the 引题 above a 主题 made of `rest`? Either it reports speech (`……时强调`),
 * or it is clearly longer than every line of the title, as kickers are set in
 * smaller type across the same width.
 */
export function isKickerOf(first: string, rest: readonly string[]): boolean {
  if (rest.length === 0) return false;
  if (isSpeechKicker(first)) return true;
  const longest = Math.max(...rest.map(charLength));
  return charLength(first) >= 1.5 * longest;
}

/** Between 1.2× and 1.5×: read as a two-line title, but worth a look. */
export function isBorderlineKicker(first: string, rest: readonly string[]): boolean {
  if (rest.length === 0) return false;
  const ratio = charLength(first) / Math.max(...rest.map(charLength));
  return ratio >= 1.2 && ratio < 1.5;
}

/**
 * Could this short line be a subheading? Subheadings are phrases: no clause
 * punctuation inside and no quote or bracket left open (`今年以来，全市开展“集中会` is
 * the foot of a column, not a heading).
 */
export function isPhrase(text: string): boolean {
  if (/[，、；：,;:]/u.test(text)) return false;
  const pairs: Array<[string, string]> = [['“', '”'], ['‘', '’'], ['《', '》'], ['（', '）'], ['(', ')'], ['「', '」']];
  return pairs.every(([open, close]) => text.split(open).length === text.split(close).length);
}

/** Ends with a word that cannot end a phrase: the line was cut mid-sentence. */
export function endsWithFunctionWord(text: string): boolean {
  return /[的地得和与及或对把被从向在将为了着过等之其而且并]$/u.test(text.trim());
}
