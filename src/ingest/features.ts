// What the model sees of a block: named indicator features from the block's own shape
// and from its neighbours'. Names, not numbers, so the weights file reads as a table
// (`title` × `n:byline` = how much a following byline says "this is a 主题").
import { bylineFromDateline, trailingByline } from './byline.ts';
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
  isCaptionStart,
  isColumnName,
  isColumnShaped,
  isHeadlineShaped,
  isNameLike,
  isNumbered,
  isPhotoCredit,
  isPhrase,
  isQaLine,
  isSpeechKicker,
  isSummaryPoint,
  jumpIn,
  jumpOut,
  subtitleText,
} from './shapes.ts';
import { charLength, fullWidthPunctuation } from './text.ts';
import type { Block } from './types.ts';

/** The facts about one block that its own text gives; computed once per block. */
export interface Shape {
  len: number;
  /** Own features, without prefix. */
  own: string[];
  /** The subset neighbours look at, without prefix. */
  seen: string[];
}

const lenBucket = (n: number): string =>
  n <= 4 ? 'len:1-4' : n <= 8 ? 'len:5-8' : n <= 14 ? 'len:9-14' : n <= 22 ? 'len:15-22' : n <= 35 ? 'len:23-35' : n <= 60 ? 'len:36-60' : n <= 120 ? 'len:61-120' : 'len:121+';

function endClass(text: string): string {
  const t = text.trimEnd();
  const last = t.at(-1) ?? '';
  if (/[。！？!?…]/u.test(last)) return /[。…]/u.test(last) ? 'end:stop' : 'end:excl';
  if (/[”’』」"']/u.test(last)) return /[。！？!?…][”’』」"']+$/u.test(t) ? 'end:stop' : 'end:quote';
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

function startClass(text: string): string {
  const first = text[0] ?? '';
  if (/[，。、；：？！,.;:?!”’）)》」』]/u.test(first)) return 'start:punct';
  if (/[“‘「『]/u.test(first)) return 'start:quote';
  if (/\d/u.test(first)) return 'start:digit';
  if (/[A-Za-z]/u.test(first)) return 'start:latin';
  if (/\p{Script=Han}/u.test(first)) return 'start:han';
  return 'start:other';
}

/** The features neighbours see: the block's outline, not its details. */
const SEEN = new Set([
  'byline', 'photo-byline', 'dateline', 'bracket', 'dash-start', 'editor', 'photo-credit', 'caption-start', 'jump-in', 'jump-out', 'headline-shaped',
  'box-word', 'brief-word', 'column-name', 'column-shape', 'subtitle-like', 'summary-mark', 'qa', 'numbered',
]);

export function shapeOf(text: string): Shape {
  const len = charLength(text);
  const own: string[] = ['bias', lenBucket(len), endClass(text), startClass(text)];
  const add = (f: string, on: boolean): void => {
    if (on) own.push(f);
  };
  const out = jumpOut(text);
  const into = jumpIn(text);
  const dateline = hasDateline(text);
  const headline = isHeadlineShaped(text);
  add('mark:square', /^[□◻]/u.test(text));
  add('summary-mark', isSummaryPoint(text));
  add('bracket', bracketLabel(text) !== undefined);
  add('bracket-start', /^【[^】]{1,20}】./u.test(text));
  add('dash-start', subtitleText(text) !== undefined);
  add('dash-end', /(?:——|—|--)$/u.test(text));
  add('dateline', dateline);
  add('dateline-byline', dateline && bylineFromDateline(text) !== undefined);
  add('byline', isByline(text));
  add('photo-byline', /摄/u.test(text) && isByline(text));
  add('byline-staff', /^(?:本报|新华社|中新社)?(?:记者|通讯员|特约记者|见习记者)/u.test(text) && isByline(text));
  add('name-like', isNameLike(text));
  add('photo-credit', isPhotoCredit(text));
  add('caption-start', isCaptionStart(text));
  add('jump-out', out !== undefined && out.rest === '');
  add('jump-out-end', out !== undefined && out.rest !== '');
  add('jump-in', into !== undefined && into.rest === '');
  add('jump-in-start', into !== undefined && into.rest !== '');
  add('editor', editorCredits(text) !== undefined);
  add('box-word', boxTitle(text) !== undefined);
  add('brief-word', briefTitle(text) !== undefined);
  add('column-name', isColumnName(text));
  add('column-shape', isColumnShaped(text) && bracketLabel(text) === undefined);
  add('series-number', hasSeriesNumber(text));
  add('speech-verb', isSpeechKicker(text));
  add('qa', isQaLine(text));
  add('numbered', isNumbered(text));
  add('func-end', endsWithFunctionWord(text));
  add('open-pair', hasOpenPair(text));
  add('inner-stop', /[。！？][^”’）)]/u.test(text.slice(0, -1)));
  add('comma', /[，,、]/u.test(text));
  add('spaced', / /u.test(text));
  add('spaces2', text.split(' ').length >= 3);
  add('headline-shaped', headline);
  add('phrase', isPhrase(text));
  add('trailing-byline', trailingByline(text) !== undefined);
  add('closing-note', /^[（(][^（）()]{1,30}[）)]$/u.test(text));
  add('verse-shape', len <= 30 && /[，。！？；]$/u.test(text) && !/[，。；][^”’）)]/u.test(text.slice(0, -1)));
  add('subtitle-like', subtitleText(text) !== undefined || (headline && len >= 6));
  const seen = own.filter((f) => SEEN.has(f) || f.startsWith('end:') || f.startsWith('len:'));
  return { len, own, seen };
}

/** Whether a dateline opens one of the `k` blocks above `i`: the body of a news report (消息). */
function newsAbove(shapes: readonly Shape[], i: number, k: number): boolean {
  for (let j = i - 1; j >= 0 && j >= i - k; j--) if (shapes[j]!.own.includes('dateline')) return true;
  return false;
}

/** All features of block `i`: its own, its neighbours' (`p:`, `n:`, `p2:`, `n2:`) and the page position. */
export function featuresAt(shapes: readonly Shape[], i: number): string[] {
  const s = shapes[i]!;
  const f = [...s.own];
  const prev = shapes[i - 1];
  const next = shapes[i + 1];
  if (prev) for (const x of prev.seen) f.push(`p:${x}`);
  else f.push('first');
  if (next) for (const x of next.seen) f.push(`n:${x}`);
  else f.push('last');
  const prev2 = shapes[i - 2];
  const next2 = shapes[i + 2];
  if (prev2) for (const x of ['byline', 'dateline', 'headline-shaped', 'bracket']) if (prev2.seen.includes(x)) f.push(`p2:${x}`);
  if (next2) for (const x of ['byline', 'dateline', 'dash-start', 'headline-shaped', 'editor']) if (next2.seen.includes(x)) f.push(`n2:${x}`);
  if (newsAbove(shapes, i, 8)) f.push('ctx:news');
  if (i === 0) f.push('pos:0');
  else if (i === 1) f.push('pos:1');
  // Conjunctions a linear model cannot build: a cut is most likely where the text above stops mid-clause.
  const pe = prev?.own[2];
  if (pe && (pe === 'end:han' || pe === 'end:comma' || pe === 'end:digit' || pe === 'end:latin' || pe === 'end:open' || pe === 'end:quote')) {
    f.push('p:open-end');
    if ((prev?.len ?? 0) > 22) f.push('p:open-end-long');
  }
  if (s.len <= 22 && next && next.own.includes('byline')) f.push('short-before-byline');
  if (s.len <= 22 && next && next.own.includes('dateline')) f.push('short-before-dateline');
  return f;
}

/** Shapes are read on full-width text: extraction's half-width `,` is the same comma. */
export function pageFeatures(blocks: readonly Block[]): string[][] {
  const shapes = blocks.map((b) => shapeOf(fullWidthPunctuation(b.text)));
  return shapes.map((_, i) => featuresAt(shapes, i));
}
