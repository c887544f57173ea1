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

/**
 * The page's credits as printed at its head or foot (`责任编辑：王某  版式设计：李某`):
 * page data for edition.yaml, never article text. Longest first.
 */
export const EDITOR_LABELS = [
  '本版图片来源',
  '本版责任编辑',
  '本版责编',
  '本版编辑',
  '本版统筹',
  '本期统筹',
  '本版制图',
  '本版摄影',
  '本版图片',
  '本版设计',
  '责任编辑',
  '责任校对',
  '版式设计',
  '美术编辑',
  '图片编辑',
  '值班编辑',
  '视觉设计',
  '编辑',
  '美编',
  '校对',
  '制图',
  '排版',
  '组版',
] as const;

/**
 * Titles of a boxed sidebar (相关链接, 记者手记 …): printed in 【】, after `■`, or bare
 * on a line of their own; the lines under one are the box's items.
 */
export const BOX_TITLES = [
  '相关链接',
  '新闻链接',
  '背景链接',
  '知识链接',
  '链接',
  '记者手记',
  '采访手记',
  '编辑手记',
  '延伸阅读',
  '背景资料',
  '背景',
  '小贴士',
  '温馨提示',
  '名词解释',
  '数据',
  '专家点评',
  '点评',
  '编后',
  '编者按',
  '编者的话',
  '短评',
  '核心阅读',
  '内容提要',
  '提要',
] as const;

/** Collections of short items printed as one article whose items are subheadings (as e-paper systems store them). */
export const BRIEF_TITLES = ['简讯', '短讯', '快讯', '简报', '新闻速递', '资讯速递', '一周要闻', '要闻简报', '新闻快递', '财经短波', '本地简讯', '综合消息', '消息树'] as const;

/**
 * 栏目 labels printed on a line of their own above a headline. Series labels with `·`
 * (`新时代新作为·某某④`) are recognised by their shape; these are the bare ones.
 */
export const COLUMN_NAMES = [
  '今日谈',
  '人民论坛',
  '人民时评',
  '人民观点',
  '评论员观察',
  '记者调查',
  '记者观察',
  '金台随笔',
  '新论',
  '望海楼',
  '钟声',
  '国际论坛',
  '环球走笔',
  '大地风华',
  '民生观察',
  '一线调研',
  '深度观察',
  '热点解读',
  '经济透视',
  '社会观察',
  '评论',
  '时评',
  '社论',
  '来论',
  '短评',
  '图片新闻',
  '图片报道',
  // Regular columns of the national dailies (人民日报's among them), as a newsroom lists its own.
  '金台随感',
  '金台锐评',
  '金台点兵',
  '一捧书香',
  '文物有话说',
  '快评',
  '大家手笔',
  '有的放矢',
  '新语',
  '和音',
  '民生观',
  '思想纵横',
  '人民要论',
  '国际视点',
  '大使随笔',
  '新知新觉',
  '一线视角',
  '暖闻热评',
  '发言席',
  '观象台',
  '他山之石',
  '创新谈',
  '现场评论',
  '凭栏处',
  '生活漫步',
  '治理者说',
  '学苑论衡',
  '财经观',
] as const;

/**
 * Credits under a commentary title that are a byline without a name (`本报评论员`),
 * or a collective pen name: the byline as printed.
 */
export const COMMENTARY_CREDITS = ['本报特约评论员', '本报评论员', '本报评论部', '特约评论员', '评论员', '本报编辑部', '编辑部', '任仲平', '国纪平', '仲祖文', '钟声', '仲音', '任平'] as const;

/** Words that introduce a Q&A line (`记者：`, `答：`): a line of dialogue, never the foot of a column. */
export const QA_SPEAKERS = ['记者', '本报记者', '主持人', '问', '答', '提问', '嘉宾', '网友', '读者'] as const;

/** The paper's own word for itself in credits and datelines: 本报记者, 本报讯. */
export const OWN_PAPER = '本报';

const alternatives = (words: readonly string[]) => words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).join('|');
const ROLE = alternatives(ROLES);
const AGENCY = alternatives(AGENCIES);

/** A credit as a regular-expression source, for the ingest's patterns: `记者`, `本报记者`, `新华社记者`. */
export const CREDIT_PATTERN = `(?:${OWN_PAPER}|${AGENCY})?(?:${ROLE})`;
/** An agency as a regular-expression source. */
export const AGENCY_PATTERN = AGENCY;

/** A word of `words` as the whole of a line, optionally in 【】 or after a mark. */
export const wordListPattern = (words: readonly string[]): string => alternatives([...words].sort((a, b) => b.length - a.length));

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

/** A place (abroad up to 12 characters: `柬埔寨西哈努克港`, `布宜诺斯艾利斯`) and a date: `北京10月11日`. */
const PLACE_DATE = String.raw`[^\s，。（(\d]{1,12}\d{1,2}月\d{1,2}日`;

/**
 * A dateline opens a news report: `本报讯`, `本报定海讯`, `本报北京4月1日电`,
 * `新华社北京4月1日电`, `据新华社电`, `中新社北京4月1日电`, `北京4月1日电` (a place abroad
 * with its date: `本报柬埔寨西哈努克港10月11日电`), each with
 * an optional credit in brackets: `本报讯（记者 葛高蓉）`. Its own spaces are kept
 * (the credit inside it is printed with spaces).
 */
const DATELINE = new RegExp(
  String.raw`^((?:${OWN_PAPER}讯|${OWN_PAPER}[^\s，。（(]{1,12}[讯电]|(?:${OWN_PAPER}|(?:据)?(?:${AGENCY}))${PLACE_DATE}电|(?:据)?(?:${AGENCY})[^\s，。（(]{0,12}电|[^\s，。（(]{1,10}日电)(?:\s*[（(][^）)]{1,40}[）)])?)\s*`,
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
