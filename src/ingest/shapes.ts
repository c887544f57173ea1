// What a single block looks like, from its text alone. Context-free predicates; the
// decisions that need neighbours are made in segment.ts and body.ts.
import {
  AGENCY_PATTERN,
  BOX_TITLES,
  BRIEF_TITLES,
  BYLINE_MARK,
  COLUMN_NAMES,
  CREDIT_PATTERN,
  EDITOR_LABELS,
  OWN_PAPER,
  QA_SPEAKERS,
  ROLES,
  splitDateline,
  wordListPattern,
} from '#src/content/newsroom.ts';
import { isCommentaryCredit } from './byline.ts';
import { charLength, endsSentence, parsePageNumber } from './text.ts';

/** Longest headline line seen in print; a longer block is running text. */
export const MAX_HEADLINE_CHARS = 72;
/**
 * Credits that stand before a name in a byline printed without the `□` mark. `文`, `图`,
 * `摄` and words such as `整理` credit a name only with a slash or after it (`文/王某`,
 * `王某 整理`): before a name they are the start of a word (`文物有话说`, `图片报道`).
 */
const BEFORE_NAME = ROLES.filter((r) => !['文', '图', '摄', '文图', '整理', '报道', '撰稿'].includes(r));
const BARE_CREDIT = String.raw`(?:${OWN_PAPER}|${AGENCY_PATTERN})?(?:${wordListPattern(BEFORE_NAME)})`;

/** A byline printed without the `□` mark: `记者 张三 通讯员 李四`. */
const BARE_BYLINE = new RegExp(String.raw`^${BARE_CREDIT}\s*[^\s，。：；！？]{1,6}(?:\s+\S{1,12}){0,8}$`, 'u');

/** `文/图 王某`, `文/王某 图/李某`, `王某/文 李某/摄`. */
const SLASH_BYLINE = /^(?:(?:文|图|摄影?|文\/图)\s*[\/／]\s*\p{Script=Han}{2,4}\s*){1,3}$|^(?:\p{Script=Han}{2,4}\s*[\/／]\s*(?:文|图|摄|文图)\s*){1,3}$/u;
/** After `□` a byline holds credits and names only: no clause punctuation, no sentence. */
const MARKED_BYLINE = /^[□◻]\s*[^，。；！？,;!?：:]{2,60}$/u;

const CREDIT_AT_START = new RegExp(`^${CREDIT_PATTERN}`, 'u');

export function isByline(text: string): boolean {
  // `记者手记`, `记者调查`: a credit word and two characters, but a box title or a 栏目 name.
  if (boxTitle(text) !== undefined || isColumnName(text)) return false;
  if (MARKED_BYLINE.test(text)) return true;
  const bare = text.replace(BYLINE_MARK, '');
  if (bare !== text && !CREDIT_AT_START.test(bare)) return false;
  if (charLength(bare) > 40) return false;
  return BARE_BYLINE.test(bare) || SLASH_BYLINE.test(bare) || isCommentaryCredit(bare);
}

export function bylineText(text: string): string {
  return text.replace(BYLINE_MARK, '').replace(/\s+/gu, ' ').trim();
}

const JUMP_PAGE = String.raw`第\s*([0-9０-９]+|[一二三四五六七八九十]+)\s*版`;
/** `下转第2版▶`, `（下转第二版）`, `转第4版` at the end of a block. */
const JUMP_OUT = new RegExp(String.raw`\s*[（(]?\s*(?:下转|转至|转)${JUMP_PAGE}\s*[）)]?\s*[▶►>〉》]?$`, 'u');
/** `（上接第1版）`, `上接第一版`, `◀上接第1版` at the start of a block. */
const JUMP_IN = new RegExp(String.raw`^[◀◄<〈《]?\s*[（(]?\s*(?:上接|接上)${JUMP_PAGE}\s*[）)]?\s*`, 'u');

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

// Every jump line names a 版 and says 转 or 接: a cheap test first, as these run for every block.
export const jumpOut = (text: string): Jump | undefined => (text.includes('版') && text.includes('转') ? jump(JUMP_OUT, text) : undefined);
export const jumpIn = (text: string): Jump | undefined => (text.includes('版') && text.includes('接') ? jump(JUMP_IN, text) : undefined);

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

const EDITOR_LABEL = new RegExp(String.raw`(${wordListPattern(EDITOR_LABELS)})\s*[：:]\s*`, 'gu');

/**
 * `责任编辑：王某  版式设计：李某`: the page's credits, one `label：name` each, or
 * undefined unless the whole line is such credits (a sentence mentioning an editor is text).
 */
export function editorCredits(text: string): string[] | undefined {
  const t = text.replace(/^[（(【\[]\s*|\s*[）)】\]]$/gu, '');
  const hits = [...t.matchAll(EDITOR_LABEL)];
  if (hits.length === 0 || hits[0]!.index !== 0) return undefined;
  const out: string[] = [];
  for (const [i, hit] of hits.entries()) {
    const end = hits[i + 1]?.index ?? t.length;
    const value = t.slice(hit.index + hit[0].length, end).replace(/\s+/gu, ' ').trim();
    if (value === '' || charLength(value) > 24 || /[。，；！？]/u.test(value)) return undefined;
    out.push(`${hit[1]}：${value}`);
  }
  return out;
}

/** `新华社记者 李某摄`, `本报记者 张磊 摄`, `王某供图`, `（新华社发）`: a photo's credit line. */
export const isPhotoCredit = (text: string): boolean =>
  charLength(text) <= 32 && /^[^。，；！？：:]{0,26}(?:摄|摄影|摄影报道|供图|新华社发|资料图片|视觉中国)(?:[（(][^（）()]{1,12}[）)])?$/u.test(text.trim());

/**
 * How news agencies word a caption: `这是4月1日在曼谷拍摄的…`, `4月1日，游客在…`,
 * `当地时间4月1日，…`, `近日，…`. Many a paragraph opens so too; right above a photo
 * credit, a short one is the picture's caption (features.ts `caption-before-credit`).
 */
export const isAgencyCaptionStart = (text: string): boolean =>
  /^(?:这是|(?:当地时间)?(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})月(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})日[，,]|(?:近日|日前|当日|当天)[，,])/u.test(text);

/** A caption's opening: `图为`, `图①`, `上图：`. */
export const isCaptionStart = (text: string): boolean => /^(?:图[①-⑳\d]*[：:]|图为|上图|下图|左图|右图|题图|图片说明)/u.test(text);

const BOX_TITLE = new RegExp(String.raw`^[【\[■●◆▲]?\s*(${wordListPattern(BOX_TITLES)})\s*[】\]]?[：:]?$`, 'u');
/** `相关链接`, `■记者手记`, `【延伸阅读】`: the title of a box (whatever the 【】). */
export function boxTitle(text: string): string | undefined {
  return BOX_TITLE.exec(text.replace(/\s+/gu, ''))?.[1];
}

const BRIEF_TITLE = new RegExp(String.raw`^[【\[■●]?\s*(${wordListPattern(BRIEF_TITLES)})\s*[】\]]?$`, 'u');
/** How a brief item's text opens after its title on the same line: a dateline, a date, `近日`. */
const BRIEF_LEAD = /^(?:本报讯|本报[\p{Script=Han}]{0,8}电|据[\p{Script=Han}]{1,8}电|新华社|[0-9]{1,2}月[0-9]{1,2}日|[0-9]{1,2}日[，,]|近日|日前|昨天|昨日|今天|今日|记者)/u;
const BRIEF_ITEM = /^([■●◆▲★◎]?)\s*([^\s，。；：！？,.;:!?]{4,24})\s+(\S.*)$/u;

/**
 * A brief item printed on one line, title first (`●普陀区举办春季招聘会 4月1日，…`):
 * its title and its text. The title is a phrase; the text after the space must read as
 * a sentence, and without a marker it must open like an item's text (a dateline, a
 * date), so a stray space inside a paragraph never splits it.
 */
export function briefItemParts(text: string): { title: string; text: string } | undefined {
  const m = BRIEF_ITEM.exec(text);
  if (!m) return undefined;
  const [, mark, title, rest] = m as unknown as [string, string, string, string];
  if (!/[，。,]/u.test(rest) || isByline(title) || hasDateline(title)) return undefined;
  if (!mark && !BRIEF_LEAD.test(rest)) return undefined;
  return { title, text: rest };
}

/** `简讯`, `新闻速递`: the title of a collection of short items. */
export function briefTitle(text: string): string | undefined {
  return BRIEF_TITLE.exec(text.replace(/\s+/gu, ''))?.[1];
}

const COLUMN_NAME = new RegExp(String.raw`^[【\[《]?(${wordListPattern(COLUMN_NAMES)})[】\]》]?$`, 'u');
/** `今日谈`, `【人民论坛】`: a bare 栏目 name. */
export const isColumnName = (text: string): boolean => COLUMN_NAME.test(text.replace(/\s+/gu, ''));

/** A series number closing a label: `新时代新作为·某某④`, `（三）`. */
export const hasSeriesNumber = (text: string): boolean => /(?:[①-⑳]|[（(][一二三四五六七八九十\d]{1,3}[）)])$/u.test(text);

const QA = new RegExp(String.raw`^(?:${wordListPattern(QA_SPEAKERS)})\s*[：:]`, 'u');
const QA_NAMED = /^\p{Script=Han}{2,3}\s*[：:]/u;
/** What a speaker says is a sentence: it has a stop somewhere, or runs long. */
const SPOKEN = /[。！？!?…]|^.{31,}$/u;
/**
 * `记者：`, `答：`, `王某：`: a line of an interview. After a name, only when what follows
 * is said (`王某：是的。`): `人设：自我提升的开始` is a headline with a colon.
 */
export const isQaLine = (text: string): boolean =>
  (QA.test(text) || (QA_NAMED.test(text) && SPOKEN.test(text))) && editorCredits(text) === undefined;

/** `■`, `●`, `◆` before a summary point (not before a credit). */
export const isSummaryPoint = (text: string): boolean => /^[■●◆▲★◎]\s*\S/u.test(text) && !isByline(text);

/** `一、`, `（二）`, `3.`, `①`: a numbered heading or item. */
export const isNumbered = (text: string): boolean => /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d{1,2}[.、．]|[①-⑳])/u.test(text);

/** A quote or bracket left open: the line was cut before it closed. */
export function hasOpenPair(text: string): boolean {
  const pairs: Array<[string, string]> = [['“', '”'], ['《', '》'], ['（', '）'], ['(', ')'], ['「', '」']];
  return pairs.some(([open, close]) => text.split(open).length > text.split(close).length);
}
