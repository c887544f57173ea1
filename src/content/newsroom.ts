// The words of a Chinese newsroom, in one place: who is credited how (roles), which
// agencies file dispatches, and how a dateline opens a report. The ingest reads pages
// with them, the site strips a dateline from a lead and names the authors in JSON-LD,
// and `npm run check` notes a byline still printed as on paper.

/**
 * Credits as printed before (or, for `文` `图` `摄`, after) a name. Longest first, so a
 * pattern built from them takes `见习记者` whole rather than `记者`.
 */
export const ROLES = [
  '特约通讯员',
  '首席记者',
  '见习记者',
  '特约记者',
  '摄影记者',
  '融媒记者',
  '实习记者',
  '评论员',
  '通讯员',
  '实习生',
  '记者',
  '编辑',
  '摄影',
  '整理',
  '报道',
  '撰稿',
  '文图',
  '文',
  '图',
  '摄',
] as const;

/** Agencies and papers whose dispatches a daily prints under their own name. */
export const AGENCIES = ['新华社', '中新社', '中国新闻社', '人民日报', '光明日报', '经济日报', '央视新闻', '中央广播电视总台', '浙江日报', '潮新闻'] as const;

/** The paper's own word for itself in credits and datelines: 本报记者, 本报讯. */
export const OWN_PAPER = '本报';

const alternatives = (words: readonly string[]) => words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).join('|');
const ROLE = alternatives(ROLES);
const AGENCY = alternatives(AGENCIES);

/** A credit as a regular-expression source, for the ingest's patterns: `记者`, `本报记者`, `新华社记者`. */
export const CREDIT_PATTERN = `(?:${OWN_PAPER}|${AGENCY})?(?:${ROLE})`;

/** `□` and its look-alikes: the mark before a printed byline. */
export const BYLINE_MARK = /^[□■◻◼]\s*/u;

/** A credit token (`记者`, `本报记者`, `新华社记者`, `文`, `摄影`): not a name. */
const ROLE_TOKEN = new RegExp(`^${CREDIT_PATTERN}$`, 'u');
const AGENCY_TOKEN = new RegExp(`^(?:${AGENCY})$`, 'u');

/** True for a credit word, alone or after 本报 / an agency. */
export const isRoleWord = (token: string): boolean => ROLE_TOKEN.test(token);
/** True for an agency's name alone (`新华社`). */
export const isAgency = (token: string): boolean => AGENCY_TOKEN.test(token);

/** A byline that starts with a credit word: `记者 张三`, `本报记者 王某`, `新华社记者 某某`. */
export const ROLE_AT_START = new RegExp(`^${CREDIT_PATTERN}`, 'u');

/**
 * A dateline opens a news report: `本报讯`, `本报定海讯`, `本报北京4月1日电`,
 * `新华社北京4月1日电`, `据新华社电`, `中新社北京4月1日电`, `北京4月1日电`, each with
 * an optional credit in brackets: `本报讯（记者 葛高蓉）`. Its own spaces are kept
 * (the credit inside it is printed with spaces).
 */
const DATELINE = new RegExp(
  String.raw`^((?:${OWN_PAPER}讯|${OWN_PAPER}[^\s，。（(]{1,12}[讯电]|(?:据)?(?:${AGENCY})[^\s，。（(]{0,12}电|[^\s，。（(]{1,10}日电)(?:\s*[（(][^）)]{1,40}[）)])?)\s*`,
  'u',
);

export interface Dateline {
  /** The dateline as printed, credit included: `本报讯（记者 葛高蓉）`. */
  dateline: string;
  /** The text after it. */
  rest: string;
  /** Whether a space separated the two. */
  space: boolean;
}

/** The dateline that opens `text`, if any. */
export function splitDateline(text: string): Dateline | undefined {
  const m = DATELINE.exec(text);
  if (!m || m[1] === undefined) return undefined;
  return { dateline: m[1], rest: text.slice(m[0].length), space: m[0].length > m[1].length };
}

/** `本报讯（记者 葛高蓉）4月1日…` → `4月1日…`; a paragraph without a dateline is returned as it is. */
export function stripDateline(paragraph: string): string {
  return splitDateline(paragraph)?.rest ?? paragraph;
}

/**
 * The people a byline names (`记者 吴建波 通讯员 毛燕芳 廖华南/文 记者 张磊/摄` →
 * 吴建波, 毛燕芳, 廖华南, 张磊): credit words, agencies and `/文` `/摄` suffixes go.
 */
export function bylineNames(byline: string | undefined): string[] {
  if (!byline) return [];
  const names = byline
    .replace(BYLINE_MARK, '')
    .split(/[\s,，、]+/u)
    .map((token) => token.replace(/\/.*$/u, '').trim())
    .filter((token) => token !== '' && !isRoleWord(token) && !isAgency(token));
  return [...new Set(names)];
}

/** The agency a byline credits (`新华社记者 李宣良` or `新华社` → 新华社), if any. */
export function bylineAgency(byline: string | undefined): string | undefined {
  const m = byline && new RegExp(`^(?:${AGENCY})`, 'u').exec(byline.replace(BYLINE_MARK, ''));
  return m ? m[0] : undefined;
}
