// What the model sees of a block: indicator features from the block's own shape, from
// its neighbours' and from the page (its column width). Features have names, so the
// weights file reads as a table (`title` × `n:byline` = how much a following byline
// says "this is a 主题"), and numbers, so a page is scored without building strings:
// a feature's number is its family (own, p:, n:, p2:, n2:) times the number of own
// features plus its own index, and context features come after those.
import { bylineFromDateline, isNameLike, trailingByline } from './byline.ts';
import {
  boxTitle,
  bracketLabel,
  briefTitle,
  editorCredits,
  endsWithFunctionWord,
  hasDateline,
  hasOpenPair,
  hasSeriesNumber,
  isByline,
  isAgencyCaptionStart,
  isCaptionStart,
  isColumnName,
  isColumnShaped,
  isNumbered,
  isPhotoCredit,
  isPhrase,
  isQaLine,
  isSpeechKicker,
  jumpIn,
  jumpOut,
  MAX_HEADLINE_CHARS,
  subtitleText,
} from './shapes.ts';
import { charLength, endsSentence, fullWidthPunctuation, isHanCodePoint } from './text.ts';
import type { Block } from './types.ts';

const LEN_BUCKETS = [
  [2, 'len:1-2'], [4, 'len:3-4'], [6, 'len:5-6'], [8, 'len:7-8'], [10, 'len:9-10'], [14, 'len:11-14'], [18, 'len:15-18'],
  [22, 'len:19-22'], [30, 'len:23-30'], [40, 'len:31-40'], [60, 'len:41-60'], [120, 'len:61-120'], [Infinity, 'len:121+'],
] as const;

const END_CLASSES = ['end:stop', 'end:excl', 'end:quote', 'end:comma', 'end:semi', 'end:colon', 'end:dash', 'end:close', 'end:open', 'end:han', 'end:digit', 'end:latin', 'end:other'] as const;
const START_CLASSES = ['start:punct', 'start:quote', 'start:digit', 'start:latin', 'start:han', 'start:other'] as const;

/** Features a block's own text (and the page's column width) gives. */
export const OWN_FEATURES = [
  'bias',
  ...LEN_BUCKETS.map(([, name]) => name),
  ...END_CLASSES,
  ...START_CLASSES,
  'mark:square', 'summary-mark', 'bracket', 'bracket-start', 'dash-start', 'dash-end', 'dateline', 'dateline-byline', 'byline',
  'photo-byline', 'byline-staff', 'name-like', 'photo-credit', 'caption-start', 'agency-caption', 'jump-out', 'jump-out-end', 'jump-in', 'jump-in-start',
  'editor', 'box-word', 'brief-word', 'column-name', 'column-shape', 'series-number', 'speech-verb', 'qa', 'numbered', 'func-end',
  'open-pair', 'inner-stop', 'comma', 'spaced', 'spaces2', 'headline-shaped', 'phrase', 'trailing-byline', 'closing-note',
  'verse-shape', 'subtitle-like',
  /** One space between two Han characters inside a short line: a headline wrapped in large type. */
  'wrap-space',
  /** `“……”` as a whole line: a quoted headline. */
  'quoted',
  'book-title',
  /** Han characters (and `·`, quotes) only: the stuff of headlines and labels. */
  'han-only',
  'has-digit',
  /** `赵师傅：爱心车队的坚守`: a label, a colon, a phrase. */
  'colon-head',
  /** `（本报记者 某某、某某……）`: the reporters of a report, closing it (any number of names). */
  'credit-note',
  /** Closes a dispatch: `（新华社北京5月1日电）`, `（本报东京电）`, `（完）`. What follows is a new article far more often than after other closings. */
  'dispatch-close',
  /** Closes an article: `（完）`, `（本报记者 某某）`, `（新华社北京5月1日电）`, `（某某整理）`, a 下转 line. */
  'ender',
  /** Ends like a 栏目 name: `…谈`, `…论坛`, `…观察`, `…随感`, `…有话说`. */
  'column-suffix',
  /** Some mark of a 栏目 label: a name of the vocabulary, `·`, 【】, a series number, a 栏目 ending (`…论坛`). */
  'label-cue',
  /** A headline-shaped line of nine or more characters with no such mark: an 引题 or a 主题 far more often than a 栏目. */
  'bare-long',
  /** Ends with the verb of an event (`…会议研究部署`, `…在京召开`, `…举行`): how an 引题 introduces its 主题. */
  'event-end',
  /** Worded like a 副题: `…纪实`, `…侧记`, `…见闻`, `来自…的报道`, `记…`, `访…`, `写在…之际`, `…综述之五`. */
  'subtitle-word',
  /** Ends with who attended or presided, or the response drawn (`王某出席`, `李某主持`, `…引起热烈反响`): the 副题 of a meeting's report. */
  'attend-end',
  /** No full stop anywhere: a 主题 is never a sentence (not one of the development corpus's 6,000 titles holds a `。`). */
  'no-stop',
  /** Ends with a word a phrase never ends with (`的`, `和`, `把` …): the text goes on in the next block. */
  'open-word',
  /** The page's column width is known, and the block fills whole printed lines: first line (indented) and more… */
  'fills-first',
  /** …or whole lines without the indent (the middle piece of a paragraph cut twice)… */
  'fills-mid',
  /** …or neither: it was not cut at a column foot. */
  'fills-none',
] as const;

export type OwnFeature = (typeof OWN_FEATURES)[number];
const OWN_COUNT = OWN_FEATURES.length;
const OWN_INDEX = new Map<string, number>(OWN_FEATURES.map((f, i) => [f, i]));
const own = (f: OwnFeature): number => OWN_INDEX.get(f)!;

/** The features neighbours see (as `p:x`, `n:x`, `p2:x`, `n2:x`): the block's outline, not its details. */
const SEEN: ReadonlySet<string> = new Set<string>([
  'byline', 'photo-byline', 'dateline', 'bracket', 'dash-start', 'dash-end', 'editor', 'photo-credit', 'caption-start', 'jump-in', 'jump-out',
  'jump-out-end', 'headline-shaped', 'box-word', 'brief-word', 'column-name', 'column-shape', 'subtitle-like', 'summary-mark', 'qa',
  'numbered', 'wrap-space', 'ender', 'credit-note', 'trailing-byline', 'closing-note', 'fills-first', 'fills-mid', 'fills-none', 'quoted', 'han-only',
  'speech-verb', 'name-like', 'colon-head', 'inner-stop', 'comma', 'column-suffix', 'spaced', 'label-cue', 'bare-long', 'subtitle-word', 'event-end',
  'attend-end', 'has-digit', 'dispatch-close',
  ...END_CLASSES,
  ...LEN_BUCKETS.map(([, name]) => name),
]);
const SEEN_MASK = OWN_FEATURES.map((f) => SEEN.has(f));

const FAMILIES = ['', 'p:', 'n:', 'p2:', 'n2:'] as const;
const FAMILY = { own: 0, prev: 1, next: 2, prev2: 3, next2: 4 } as const;

/** Features of the block's place and of combinations a linear model cannot build from the others. */
const CONTEXT_FEATURES = [
  'first', 'last', 'pos:0', 'pos:1',
  /** A dateline opens one of the 8 blocks above: the body of a news report (消息). */
  'ctx:news',
  /** The block above stops mid-clause (and is long): the most likely place of a column-foot cut. */
  'p:open-end', 'p:open-end-long',
  'short-before-byline', 'short-before-dateline', 'short-before-caption',
  /** A short sentence worded like a caption (`图为…`, `4月1日，游客在…`, `这是…`) right above a photo credit: the picture's caption. */
  'caption-before-credit',
  /** A byline or a dateline in the third block below. */
  'n3:byline', 'n3:dateline',
  /** This and the next block are headline-shaped: 栏目 + 主题, 引题 + 主题, 主题 + 副题. */
  'head-pair-next', 'head-pair-prev',
  /** Of two headline-shaped lines, this one is clearly longer, about as long, or clearly shorter than the next (the previous). */
  'longer-than-next', 'as-long-as-next', 'shorter-than-next', 'longer-than-prev', 'as-long-as-prev', 'shorter-than-prev',
  /** Of two short headline lines of Han characters, both hold the same number of characters: the two lines of a 主题 set in parallel (对仗). */
  'parallel-next', 'parallel-prev',
  /** A headline-shaped line right after a block that closes an article, or after a full sentence. */
  'head-after-ender', 'head-after-stop',
  /** The block above stops mid-clause and fills whole lines: cut at a column foot. */
  'p:cut-shape',
  /** The block above stops mid-clause but does not fill its lines: it ended there (a heading, a label). */
  'p:uncut-open',
  /** The block above stops mid-clause after a comma: a sentence cut off, not a heading. */
  'p:open-comma',
  /** This and the block above or below are short lines ending in `，` or `。` with no other punctuation: verse. */
  'verse-run',
  /** A full sentence right under a 【】 label that is no box word of the vocabulary: the label opens a section. */
  'sentence-under-label',
  /** A line of three or more such short lines in a row, after the first: never the rest of the line above. */
  'in-verse',
  /** The block above ends a sentence and fills whole lines: a cut that fell after a full stop, or chance. */
  'p:stop-fills',
  /** The block above ends a sentence and does not fill its lines: this block starts a new paragraph. */
  'p:stop-uncut',
  /**
   * A headline-shaped line's place in the flow of words (TextTiling): how alike the
   * text before and the text after it are (cosine of their Han bigrams, about 200
   * characters each way). An article's first line stands between two stories that
   * share few words; a subheading between two parts of one story that share many.
   */
  'tile:0', 'tile:low', 'tile:mid', 'tile:high',
  /** How many of the line's own bigrams the text after it repeats: a 主题 is echoed by its story, most subheadings less. */
  'echo-next:none', 'echo-next:some', 'echo-next:most',
  /** …and the text before it: a subheading often repeats the story so far, a new article's line seldom does. */
  'echo-prev:none', 'echo-prev:some',
  /**
   * The block above ends on a Han character with no mark after it, and the pair of
   * characters across the break (its last, this block's first) occurs inside the
   * page's text this many times: a paragraph cut mid-word or mid-phrase makes a pair
   * the story uses again (`纲|要`), a heading or a line without its stop followed by a
   * new paragraph seldom does (`舞台|粗布`).
   */
  'join:0', 'join:1', 'join:2+',
] as const;
type ContextFeature = (typeof CONTEXT_FEATURES)[number];
const CONTEXT_BASE = FAMILIES.length * OWN_COUNT;
const CONTEXT_INDEX = new Map<string, number>(CONTEXT_FEATURES.map((f, i) => [f, CONTEXT_BASE + i]));
const ctx = (f: ContextFeature): number => CONTEXT_INDEX.get(f)!;

/** Every feature's name, by number. */
export const FEATURE_NAMES: readonly string[] = [...FAMILIES.flatMap((prefix) => OWN_FEATURES.map((f) => `${prefix}${f}`)), ...CONTEXT_FEATURES];
export const FEATURE_COUNT = FEATURE_NAMES.length;
const FEATURE_INDEX = new Map<string, number>(FEATURE_NAMES.map((f, i) => [f, i]));
/** The number of a feature name, or undefined for a name this version does not have (an old weights file). */
export const featureIndex = (name: string): number | undefined => FEATURE_INDEX.get(name);

/** The facts about one block that its own text gives; computed once per block. */
export interface Shape {
  /** Visible characters, spaces not counted. */
  len: number;
  /** Printed cells: every code point, inner spaces included (what a printed line holds). */
  cells: number;
  /** Ends a sentence (`。`, `！`, `）`, `。”` …). */
  stops: boolean;
  /** Own feature indices (without the page's width features). */
  own: number[];
}

function lenBucket(n: number): number {
  for (const [max, name] of LEN_BUCKETS) if (n <= max) return own(name);
  return own('len:121+');
}

const STOP = /[。！？!?…]/u;
const QUOTE_END = /[”’』」"']/u;

function endClass(t: string): OwnFeature {
  const last = t.at(-1) ?? '';
  if (STOP.test(last)) return last === '。' || last === '…' ? 'end:stop' : 'end:excl';
  if (QUOTE_END.test(last)) return /[。！？!?…][”’』」"']+$/u.test(t) ? 'end:stop' : 'end:quote';
  if (/[，、,]/u.test(last)) return 'end:comma';
  if (/[；;]/u.test(last)) return 'end:semi';
  if (/[：:]/u.test(last)) return 'end:colon';
  if (/[—－-]/u.test(last)) return 'end:dash';
  if (/[）)】》]/u.test(last)) return 'end:close';
  if (/[“‘（(《【]/u.test(last)) return 'end:open';
  if (/\p{Script=Han}/u.test(last)) return 'end:han';
  if (/\d/u.test(last)) return 'end:digit';
  if (/[A-Za-z]/u.test(last)) return 'end:latin';
  return 'end:other';
}

function startClass(t: string): OwnFeature {
  const first = t[0] ?? '';
  if (/[，。、；：？！,.;:?!”’）)》」』]/u.test(first)) return 'start:punct';
  if (/[“‘「『]/u.test(first)) return 'start:quote';
  if (/\d/u.test(first)) return 'start:digit';
  if (/[A-Za-z]/u.test(first)) return 'start:latin';
  if (/\p{Script=Han}/u.test(first)) return 'start:han';
  return 'start:other';
}

const WRAP_SPACE = /^[^ ]*\p{Script=Han}[^ ]* [^ ]*\p{Script=Han}[^ ]*$/u;
const ENDER = /(?:[（(](?:完|[^（）()]{0,60}(?:记者|通讯员|整理|采写|[讯电]|供稿|撰文|作者|编译|综合)[^（）()]{0,40})[）)]|（完）)$/u;
const COLUMN_SUFFIX = /(?:谈|论坛|论|评|时评|快评|锐评|观察|随感|随笔|走笔|书香|有话说|视点|视角|视野|聚焦|纵横|手记|之声|在行动|一线|观|新语|和音|眼|漫步|大观|发布|手笔)$/u;
const EVENT_END = /(?:召开|举行|举办|部署|研究|审议|开幕|闭幕|启动|出台|印发|发布|会见|会谈|通过|获悉|透露|宣布|决定|提出)$/u;
const SUBTITLE_WORD = /(?:纪实|侧记|见闻|纪行|札记|手记|综述|扫描|速写|素描|探访|调查|采访记|访谈录|的报道|的调查|的故事|的实践|的探索|一线|之际|摘编|之[一二三四五六七八九十]{1,3})$|^(?:记|访|来自|走进|探访|追记|写在)/u;
const DISPATCH_CLOSE = /[（(](?:完|[^（）()]{0,40}电)\s*[）)]$/u;
const ATTEND_END = /(?:出席|主持|参加|陪同|参加审议|并讲话|并致辞|发表讲话|重要讲话|反响)$/u;
const CLOSERS = /^[“‘「『]|[”’」』]$/gu;
// Narrower than endsWithFunctionWord: `了`, `着`, `过`, `地`, `在`, `为`, `等` end headlines (`春天来了`, `根据地`).
const OPEN_WORD = /[的和与及或对把被从向将之其而且并]$/u;
const CREDIT_NOTE = /^[（(]\s*(?:本报|新华社|人民日报)?(?:记者|通讯员|特约记者)[^（）()。；]{1,160}[）)]$/u;

/**
 * Shapes of texts seen lately: an edition repeats many lines (bylines, 栏目 labels,
 * editor lines, jump lines), and a shape is a pure function of its text. Bounded, and
 * emptied when full; callers get a copy, as pageShapes adds the page's width features.
 */
const SHAPES = new Map<string, Shape>();
const SHAPES_MAX = 8192;

/** The shape of a block, from its text (full-width punctuation, as the page model reads it). */
export function shapeOf(text: string): Shape {
  let s = SHAPES.get(text);
  if (!s) {
    if (SHAPES.size >= SHAPES_MAX) SHAPES.clear();
    SHAPES.set(text, (s = computeShape(text)));
  }
  return { ...s, own: [...s.own] };
}

function computeShape(text: string): Shape {
  const len = charLength(text);
  const f: number[] = [own('bias'), lenBucket(len)];
  const add = (name: OwnFeature, on: boolean): void => {
    if (on) f.push(own(name));
  };
  const end = endClass(text);
  f.push(own(end), own(startClass(text)));
  const out = jumpOut(text);
  const into = jumpIn(text);
  const dateline = hasDateline(text);
  const byline = isByline(text);
  const bracket = bracketLabel(text) !== undefined;
  const subtitle = subtitleText(text) !== undefined;
  const stops = endsSentence(text);
  const innerStop = /[。；;]/u.test(text);
  // isHeadlineShaped, without asking isByline, hasDateline and the jumps again.
  const headline = !byline && !dateline && !out && !into && len <= MAX_HEADLINE_CHARS && !innerStop && (!stops || /[？！?!]$/u.test(text));
  add('mark:square', /^[□◻]/u.test(text));
  add('summary-mark', /^[■●◆▲★◎]\s*\S/u.test(text) && !byline);
  add('bracket', bracket);
  add('bracket-start', /^【[^】]{1,20}】./u.test(text));
  add('dash-start', subtitle);
  add('dash-end', /(?:——|—|--)$/u.test(text));
  add('dateline', dateline);
  add('dateline-byline', dateline && bylineFromDateline(text) !== undefined);
  add('byline', byline);
  add('photo-byline', byline && text.includes('摄'));
  add('byline-staff', byline && /^(?:本报|新华社|中新社)?(?:记者|通讯员|特约记者|见习记者)/u.test(text));
  add('name-like', isNameLike(text));
  add('photo-credit', isPhotoCredit(text));
  add('caption-start', isCaptionStart(text));
  add('agency-caption', isAgencyCaptionStart(text));
  add('jump-out', out !== undefined && out.rest === '');
  add('jump-out-end', out !== undefined && out.rest !== '');
  add('jump-in', into !== undefined && into.rest === '');
  add('jump-in-start', into !== undefined && into.rest !== '');
  add('editor', editorCredits(text) !== undefined);
  add('box-word', boxTitle(text) !== undefined);
  add('brief-word', briefTitle(text) !== undefined);
  add('column-name', isColumnName(text));
  add('column-shape', !bracket && isColumnShaped(text));
  add('series-number', hasSeriesNumber(text));
  add('speech-verb', isSpeechKicker(text));
  add('qa', isQaLine(text));
  add('numbered', isNumbered(text));
  // A byline ends in a name, and a name's last character (周文其) says nothing about a clause left open.
  add('func-end', !byline && endsWithFunctionWord(text));
  add('open-pair', hasOpenPair(text));
  add('inner-stop', /[。！？][^”’）)]/u.test(text.slice(0, -1)));
  add('comma', /[，,、]/u.test(text));
  const spaces = text.split(' ').length - 1;
  add('spaced', spaces > 0);
  add('spaces2', spaces >= 2);
  add('headline-shaped', headline);
  add('phrase', isPhrase(text));
  const trailing = trailingByline(text) !== undefined;
  add('trailing-byline', trailing);
  add('closing-note', /^[（(][^（）()]{1,30}[）)]$/u.test(text));
  add('verse-shape', len <= 30 && /[，。！？；]$/u.test(text) && !/[，。；][^”’）)]/u.test(text.slice(0, -1)));
  add('subtitle-like', subtitle || (headline && len >= 6));
  add('wrap-space', headline && spaces === 1 && len <= 40 && WRAP_SPACE.test(text) && /\p{Script=Han} \p{Script=Han}/u.test(text));
  add('quoted', /^[“"][^“”"]+[”"][！？]?$/u.test(text));
  add('book-title', /《[^》]+》/u.test(text));
  add('han-only', len > 0 && /^[\p{Script=Han}·\s]+$/u.test(text.replace(CLOSERS, '')));
  add('has-digit', /[0-9０-９]/u.test(text));
  add('colon-head', headline && /^[^，。：:]{2,12}[：:][^，。：:]{2,24}$/u.test(text));
  add('ender', trailing || (out !== undefined) || ENDER.test(text));
  const columnSuffix = headline && len <= 10 && COLUMN_SUFFIX.test(text.replace(/[【】\s]/gu, ''));
  add('column-suffix', columnSuffix);
  const labelCue = bracket || isColumnName(text) || isColumnShaped(text) || hasSeriesNumber(text) || columnSuffix;
  add('label-cue', labelCue);
  add('bare-long', headline && !labelCue && len >= 9);
  add('event-end', headline && EVENT_END.test(text));
  add('subtitle-word', headline && SUBTITLE_WORD.test(text.replace(/^(?:——|—|--)/u, '')));
  add('attend-end', headline && ATTEND_END.test(text));
  add('no-stop', !text.includes('。'));
  add('open-word', !byline && OPEN_WORD.test(text));
  add('credit-note', CREDIT_NOTE.test(text));
  add('dispatch-close', DISPATCH_CLOSE.test(text));
  return { len, cells: Array.from(text).length, stops, own: f };
}

/** Narrowest and widest body columns looked for, in characters a line. */
const MIN_WIDTH = 8;
const MAX_WIDTH = 24;
/** Hits beyond chance a width needs, and how far they must stand out (z). */
const MIN_EXCESS = 3;
const MIN_Z = 3;
/** A multiple of the width is the page's when it keeps this share of the hits beyond chance. */
const KEEP = 0.8;

/**
 * The characters a printed line of the page's body column holds, when the page shows
 * it. A paragraph is cut at a column foot only where a printed line ends, so a block
 * that stops mid-clause is, when cut, exactly its first line (two characters shorter,
 * for the indent) plus whole lines: (W−2)+k·W characters. The width whose lines such
 * blocks fill far more often than chance is the page's; none when no width stands out
 * (few cuts, or text whose lines were not counted exactly), and then the features that
 * use it are off.
 */
export function columnWidth(shapes: readonly Shape[]): number | undefined {
  const open = shapes.filter((s, i) => !s.stops && i < shapes.length - 1 && s.cells >= MIN_WIDTH - 2).map((s) => s.cells);
  const hitsAt = (w: number): { hits: number; expected: number } => {
    const eligible = open.filter((c) => c >= w - 2);
    return { hits: eligible.filter((c) => (c - (w - 2)) % w === 0).length, expected: eligible.length / w };
  };
  const z = (w: number): number => {
    const { hits, expected } = hitsAt(w);
    return expected === 0 ? 0 : (hits - expected) / Math.sqrt(expected * (1 - 1 / w));
  };
  let best: { width: number; excess: number } | undefined;
  for (let w = MIN_WIDTH; w <= MAX_WIDTH; w++) {
    const { hits, expected } = hitsAt(w);
    // Hits beyond chance: few hits of a wide width are noise.
    if (expected > 0 && (!best || hits - expected > best.excess)) best = { width: w, excess: hits - expected };
  }
  if (!best || best.excess < MIN_EXCESS || z(best.width) < MIN_Z) return undefined;
  // The lines of a width are also lines of half (a third of) that width: the wider one is the page's when it keeps most of the hits beyond chance.
  const excess = (w: number): number => hitsAt(w).hits - hitsAt(w).expected;
  for (const m of [3, 2]) if (best.width * m <= MAX_WIDTH && excess(best.width * m) >= KEEP * best.excess) return best.width * m;
  return best.width;
}

function fills(s: Shape, width: number): OwnFeature {
  if (s.cells >= width - 2 && (s.cells - (width - 2)) % width === 0) return 'fills-first';
  if (s.cells >= width && s.cells % width === 0) return 'fills-mid';
  return 'fills-none';
}

const has = (s: Shape | undefined, f: OwnFeature): boolean => s !== undefined && s.own.includes(own(f));

/** The longest caption read from its wording and the credit under it (characters). */
const CAPTION_MAX = 160;

/** Short enough to be a line of verse (a cut piece before a cut fills a whole printed line, and its rest ends a paragraph). */
const VERSE_LINE = 20;
const verseLine = (s: Shape | undefined): boolean => s !== undefined && s.len <= VERSE_LINE && has(s, 'verse-shape');

/** Block i and the one above are in a run of at least three verse lines. */
function inVerse(shapes: readonly Shape[], i: number): boolean {
  if (!verseLine(shapes[i]) || !verseLine(shapes[i - 1])) return false;
  return verseLine(shapes[i - 2]) || verseLine(shapes[i + 1]);
}
const OPEN_ENDS = new Set(['end:han', 'end:comma', 'end:digit', 'end:latin', 'end:open', 'end:quote'].map((f) => own(f as OwnFeature)));

/**
 * A page's Han text as bigrams, made once a page: cohesion compares windows of about
 * 200 characters around every headline-shaped line, so each bigram is a small dense
 * id and a window's counts live in a typed array, not in a Map made per window.
 * A window is read as one text: the pair across two blocks counts too (the last Han
 * character of one block and the first of the next that has any).
 */
class HanText {
  /** Characters of each block as printed (what a window's size counts). */
  readonly sizes: Int32Array;
  /** Per block, the ids of the bigrams inside it. */
  readonly inner: Int32Array[];
  /** Per block, the id of the bigram across from the last block before it with Han text (-1: none), and that block. */
  readonly join: Int32Array;
  readonly joinFrom: Int32Array;
  /** Scratch counts, one per bigram id: two windows and a line's own bigrams. */
  readonly a: Int32Array;
  readonly b: Int32Array;
  readonly own: Uint8Array;
  /** How often each bigram occurs inside a block, over the page. */
  readonly innerCount: Int32Array;

  constructor(texts: readonly string[]) {
    const n = texts.length;
    // Dense character ids in a table by code point, reused page after page: a stamp tells this page's entries apart.
    const stamp = ++charStamp;
    let charCount = 0;
    const far = new Map<number, number>();
    const charId = (cp: number): number => {
      if (cp >= CHAR_TABLE) {
        let c = far.get(cp);
        if (c === undefined) far.set(cp, (c = charCount++));
        return c;
      }
      if (CHAR_STAMPS[cp] !== stamp) {
        CHAR_STAMPS[cp] = stamp;
        CHAR_IDS[cp] = charCount++;
      }
      return CHAR_IDS[cp]!;
    };
    const pairs = new Map<number, number>();
    const pairId = (x: number, y: number): number => {
      // Character ids are dense, so a pair is a small integer key (a double key makes every lookup slow).
      const k = x < ID_SPAN && y < ID_SPAN ? x * ID_SPAN + y : -(x * 0x110000 + y) - 1;
      let id = pairs.get(k);
      if (id === undefined) pairs.set(k, (id = pairs.size));
      return id;
    };
    this.sizes = new Int32Array(n);
    this.inner = [];
    this.join = new Int32Array(n).fill(-1);
    this.joinFrom = new Int32Array(n).fill(-1);
    let lastChar = -1;
    let lastBlock = -1;
    for (let i = 0; i < n; i++) {
      const text = texts[i]!;
      this.sizes[i] = text.length;
      const ids: number[] = [];
      let prev = -1;
      for (let k = 0; k < text.length; k++) {
        const cp = text.codePointAt(k)!;
        if (cp > 0xffff) k++;
        if (!isHanCodePoint(cp)) continue;
        const c = charId(cp);
        if (prev >= 0) ids.push(pairId(prev, c));
        else if (lastChar >= 0) {
          this.join[i] = pairId(lastChar, c);
          this.joinFrom[i] = lastBlock;
        }
        prev = c;
      }
      if (prev >= 0) {
        lastChar = prev;
        lastBlock = i;
      }
      this.inner.push(Int32Array.from(ids));
    }
    this.a = new Int32Array(pairs.size);
    this.b = new Int32Array(pairs.size);
    this.own = new Uint8Array(pairs.size);
    this.innerCount = new Int32Array(pairs.size);
    for (const ids of this.inner) for (const id of ids) this.innerCount[id]!++;
  }

  get length(): number {
    return this.sizes.length;
  }
}

/** Code points below this (the BMP and CJK Extension B) get their character id from a table; rarer ones from a Map a page. */
const CHAR_TABLE = 0x30000;
const CHAR_IDS = new Int32Array(CHAR_TABLE);
const CHAR_STAMPS = new Int32Array(CHAR_TABLE);
let charStamp = 0;

/** Below this id, two ids make one small-integer key. */
const ID_SPAN = 1 << 15;

/** Characters of text each side of a line that its cohesion is measured on. */
const TILE_CHARS = 200;

/** The blocks of about TILE_CHARS characters of text from block `from` on, going `step` (−1 up the page, 1 down): [first, last], or undefined. */
function windowOf(text: HanText, from: number, step: 1 | -1): [number, number] | undefined {
  let end = -1;
  let n = 0;
  for (let j = from; j >= 0 && j < text.length && n < TILE_CHARS; j += step) {
    end = j;
    n += text.sizes[j]!;
  }
  if (end < 0) return undefined;
  return step < 0 ? [end, from] : [from, end];
}

/** Calls `f` with every bigram id of the window [first, last], read as one text. */
function eachBigram(text: HanText, [first, last]: [number, number], f: (id: number) => void): void {
  for (let j = first; j <= last; j++) {
    if (j > first && text.joinFrom[j]! >= first) f(text.join[j]!);
    for (const id of text.inner[j]!) f(id);
  }
}

/** The cohesion features of block `i` (a headline-shaped line with text on both sides). */
function cohesion(text: HanText, i: number): number[] {
  const up = windowOf(text, i - 1, -1);
  const down = windowOf(text, i + 1, 1);
  if (!up || !down) return [];
  const { a, b, own } = text;
  // Counts, squared norms and the dot product, in integers, as each bigram comes.
  let na = 0;
  let nb = 0;
  let dot = 0;
  let sizeA = 0;
  let sizeB = 0;
  eachBigram(text, up, (k) => {
    na += 2 * a[k]! + 1;
    a[k]!++;
    sizeA++;
  });
  eachBigram(text, down, (k) => {
    nb += 2 * b[k]! + 1;
    dot += a[k]!;
    b[k]!++;
    sizeB++;
  });
  const f: number[] = [];
  if (sizeA > 0 && sizeB > 0) {
    const c = dot / Math.sqrt(na * nb);
    f.push(ctx(c < 0.1 ? 'tile:0' : c < 0.2 ? 'tile:low' : c < 0.3 ? 'tile:mid' : 'tile:high'));
    // Share of the line's own (distinct) bigrams that the text after it holds; whether the text before holds any.
    let distinct = 0;
    let inNext = 0;
    let inPrev = 0;
    for (const k of text.inner[i]!) {
      if (own[k]) continue;
      own[k] = 1;
      distinct++;
      if (b[k]) inNext++;
      if (a[k]) inPrev++;
    }
    for (const k of text.inner[i]!) own[k] = 0;
    if (distinct > 0) {
      const next = inNext / distinct;
      f.push(ctx(next === 0 ? 'echo-next:none' : next < 0.5 ? 'echo-next:some' : 'echo-next:most'));
      f.push(ctx(inPrev === 0 ? 'echo-prev:none' : 'echo-prev:some'));
    }
  }
  eachBigram(text, up, (k) => void (a[k] = 0));
  eachBigram(text, down, (k) => void (b[k] = 0));
  return f;
}

/** All features of block `i`: its own, its neighbours' (`p:`, `n:`, `p2:`, `n2:`) and its place on the page. */
function featuresAt(shapes: readonly Shape[], i: number, texts?: HanText): number[] {
  const s = shapes[i]!;
  const f = [...s.own];
  const seen = (n: Shape | undefined, family: number): void => {
    if (n) for (const x of n.own) if (SEEN_MASK[x]) f.push(family * OWN_COUNT + x);
  };
  const prev = shapes[i - 1];
  const next = shapes[i + 1];
  seen(prev, FAMILY.prev);
  seen(next, FAMILY.next);
  seen(shapes[i - 2], FAMILY.prev2);
  seen(shapes[i + 2], FAMILY.next2);
  if (!prev) f.push(ctx('first'));
  if (!next) f.push(ctx('last'));
  if (i === 0) f.push(ctx('pos:0'));
  else if (i === 1) f.push(ctx('pos:1'));
  for (let j = i - 1; j >= 0 && j >= i - 8; j--) {
    if (has(shapes[j], 'dateline')) {
      f.push(ctx('ctx:news'));
      break;
    }
  }
  const prevOpen = prev !== undefined && OPEN_ENDS.has(prev.own[2]!);
  if (prevOpen) {
    f.push(ctx('p:open-end'));
    if (prev.len > 22) f.push(ctx('p:open-end-long'));
    if (has(prev, 'fills-first') || has(prev, 'fills-mid')) f.push(ctx('p:cut-shape'));
    else if (has(prev, 'fills-none')) f.push(ctx('p:uncut-open'));
  }
  if (prevOpen && has(prev, 'comma')) f.push(ctx('p:open-comma'));
  if (has(s, 'verse-shape') && (has(prev, 'verse-shape') || has(next, 'verse-shape'))) f.push(ctx('verse-run'));
  if (inVerse(shapes, i)) f.push(ctx('in-verse'));
  if (s.stops && has(prev, 'bracket') && !has(prev, 'box-word')) f.push(ctx('sentence-under-label'));
  if (prev?.stops) {
    if (has(prev, 'fills-first') || has(prev, 'fills-mid')) f.push(ctx('p:stop-fills'));
    else if (has(prev, 'fills-none')) f.push(ctx('p:stop-uncut'));
  }
  const short = s.len <= 22;
  if (short && has(next, 'byline')) f.push(ctx('short-before-byline'));
  if (short && has(next, 'dateline')) f.push(ctx('short-before-dateline'));
  if (short && (has(next, 'caption-start') || has(next, 'photo-credit'))) f.push(ctx('short-before-caption'));
  if (has(next, 'photo-credit') && s.stops && s.len <= CAPTION_MAX && (has(s, 'caption-start') || has(s, 'agency-caption'))) f.push(ctx('caption-before-credit'));
  if (texts && prev !== undefined && texts.joinFrom[i] === i - 1 && prev.own[2] === own('end:han')) {
    const seen = texts.innerCount[texts.join[i]!]!;
    f.push(ctx(seen === 0 ? 'join:0' : seen === 1 ? 'join:1' : 'join:2+'));
  }
  const third = shapes[i + 3];
  if (has(third, 'byline')) f.push(ctx('n3:byline'));
  if (has(third, 'dateline')) f.push(ctx('n3:dateline'));
  const headline = has(s, 'headline-shaped');
  if (headline && s.len <= 40) {
    const compare = (other: Shape, longer: ContextFeature, same: ContextFeature, shorter: ContextFeature): void => {
      const ratio = s.len / Math.max(1, other.len);
      f.push(ctx(ratio >= 1.25 ? longer : ratio > 0.8 ? same : shorter));
    };
    const parallel = (other: Shape): boolean => other.len === s.len && s.len >= 4 && s.len <= 12 && has(s, 'han-only') && has(other, 'han-only');
    if (has(next, 'headline-shaped') && next!.len <= 40) {
      f.push(ctx('head-pair-next'));
      if (parallel(next!)) f.push(ctx('parallel-next'));
      compare(next!, 'longer-than-next', 'as-long-as-next', 'shorter-than-next');
    }
    if (has(prev, 'headline-shaped') && prev!.len <= 40) {
      f.push(ctx('head-pair-prev'));
      if (parallel(prev!)) f.push(ctx('parallel-prev'));
      compare(prev!, 'longer-than-prev', 'as-long-as-prev', 'shorter-than-prev');
    }
    if (has(prev, 'ender')) f.push(ctx('head-after-ender'));
    else if (prev?.stops) f.push(ctx('head-after-stop'));
    // A line of two or three characters (a pen name, a short label) has too few bigrams to echo anything.
    if (texts && s.len >= 4) f.push(...cohesion(texts, i));
  }
  return f;
}

/**
 * Shapes are read on full-width text: extraction's half-width `,` is the same comma.
 * `width: false` reads the page as if its column width could not be seen (training
 * does so for half the pages, so that the model also reads pages whose lines were not
 * counted exactly, and small pages, without that cue).
 */
export function pageShapes(blocks: readonly Block[], options: { width?: boolean } = {}): Shape[] {
  const shapes = blocks.map((b) => shapeOf(fullWidthPunctuation(b.text)));
  const width = options.width === false ? undefined : columnWidth(shapes);
  if (width !== undefined) for (const s of shapes) s.own.push(own(fills(s, width)));
  return shapes;
}

export function pageFeatures(blocks: readonly Block[], options: { width?: boolean } = {}): number[][] {
  const shapes = pageShapes(blocks, options);
  const texts = new HanText(blocks.map((b) => b.text));
  return shapes.map((_, i) => featuresAt(shapes, i, texts));
}
