// The printed forms the layout adds to a page, each with what the truth records for
// it: bylines (printed form → CMS form), jump lines, the editors' line.
import { CITIES, EDITORS } from './names.ts';
import type { Random } from './prng.ts';

const DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1–99 in Chinese numerals, as 人民日报 prints page numbers: 二、十二、二十四. */
export function chineseNumber(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) throw new Error(`chineseNumber: ${n} is outside 1–99 (a page number was expected)`);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  if (tens === 0) return DIGITS[ones] ?? '';
  return `${tens === 1 ? '' : DIGITS[tens]}十${DIGITS[ones]}`;
}

export type BylineKind =
  | 'staff' // 本报记者 王某 李某
  | 'square' // □记者 王某 (通讯员 李某)
  | 'wentu' // □ 文/图 王某
  | 'split' // 文/王某 图/李某
  | 'agency' // 新华社记者 王某
  | 'dateline-staff' // 本报北京4月1日电（记者 王某）…
  | 'dateline-news' // 本报讯（通讯员 李某 记者 王某）…
  | 'dateline-agency' // 新华社北京4月1日电（记者 王某、李某）…
  | 'dateline-bare' // 据新华社电 …
  | 'trailing'; // …（王某）

export const BYLINE_KINDS: readonly (readonly [BylineKind, number])[] = [
  ['staff', 4],
  ['square', 3],
  ['wentu', 1],
  ['split', 1],
  ['agency', 1],
  ['dateline-staff', 3],
  ['dateline-news', 2],
  ['dateline-agency', 1],
  ['dateline-bare', 1],
  ['trailing', 1],
];

/** Where the printed byline goes: its own block above the text, or glued to the first or last paragraph. */
export type BylinePlace = 'block' | 'prefix' | 'suffix';

export interface PrintedByline {
  place: BylinePlace;
  /** As printed (a prefix includes what separates it from the text). */
  text: string;
  /** As the CMS shows it (article-format.md). */
  cms: string;
}

export const needsText = (kind: BylineKind): boolean => kind.startsWith('dateline') || kind === 'trailing';

/** The day before the edition, `M月D日`: a dispatch is filed the day before it is printed. */
export function dispatchDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) throw new Error(`dispatchDay: ${date} is not a YYYY-MM-DD date`);
  d.setUTCDate(d.getUTCDate() - 1);
  return `${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;
}

/** Names drawn without repetition from the pool. */
function draw(pool: readonly string[], n: number, r: Random): string[] {
  const left = [...pool];
  const out: string[] = [];
  while (out.length < n && left.length > 0) out.push(...left.splice(r.int(0, left.length - 1), 1));
  return out;
}

/** 人民日报 pads a two-character name to the width of three (`李  舸`); extraction leaves a space. */
const padded = (name: string, r: Random, rate: number): string => (Array.from(name).length === 2 && r.chance(rate) ? Array.from(name).join(' ') : name);

export function printByline(kind: BylineKind, pool: readonly string[], date: string, r: Random): PrintedByline {
  const sep = r.pick(['', ' ', '  ']);
  const square = (): string => r.pick(['□', '□ ']);
  switch (kind) {
    case 'staff': {
      const names = draw(pool, r.weighted([[1, 5], [2, 3], [3, 1]]), r);
      const pad = r.chance(0.3) ? 0.8 : 0;
      return { place: 'block', text: `本报记者 ${names.map((n) => padded(n, r, pad)).join(r.pick([' ', '  ']))}`, cms: `本报记者 ${names.join(' ')}` };
    }
    case 'square': {
      const [reporter = '', helper] = draw(pool, r.chance(0.3) ? 2 : 1, r);
      const credits = helper ? `记者 ${reporter} 通讯员 ${helper}` : `记者 ${reporter}`;
      return { place: 'block', text: `${square()}${credits}`, cms: credits };
    }
    case 'wentu': {
      const [name = ''] = draw(pool, 1, r);
      return { place: 'block', text: `${r.chance(0.7) ? square() : ''}文/图 ${name}`, cms: `文/图 ${name}` };
    }
    case 'split': {
      const [writer = '', photographer = ''] = draw(pool, 2, r);
      return { place: 'block', text: `${r.chance(0.5) ? square() : ''}文/${writer} 图/${photographer}`, cms: `文/${writer} 图/${photographer}` };
    }
    case 'agency': {
      const names = draw(pool, r.int(1, 2), r);
      return { place: 'block', text: `新华社记者 ${names.join(' ')}`, cms: `新华社记者 ${names.join(' ')}` };
    }
    case 'dateline-staff': {
      const names = draw(pool, r.weighted([[1, 3], [2, 1]]), r);
      return { place: 'prefix', text: `本报${r.pick(CITIES)}${dispatchDay(date)}电（记者 ${names.join('、')}）${sep}`, cms: `记者 ${names.join(' ')}` };
    }
    case 'dateline-news': {
      const [reporter = '', helper] = draw(pool, r.chance(0.6) ? 2 : 1, r);
      const credits = helper ? `通讯员 ${helper} 记者 ${reporter}` : `记者 ${reporter}`;
      return { place: 'prefix', text: `本报讯（${credits}）${sep}`, cms: credits };
    }
    case 'dateline-agency': {
      const names = draw(pool, r.int(1, 2), r);
      return { place: 'prefix', text: `新华社${r.pick(CITIES)}${dispatchDay(date)}电（记者 ${names.join('、')}）${sep}`, cms: `新华社记者 ${names.join(' ')}` };
    }
    case 'dateline-bare':
      return { place: 'prefix', text: `据新华社电${r.pick([' ', '  '])}`, cms: '新华社' };
    case 'trailing': {
      const [name = ''] = draw(pool, 1, r);
      return r.chance(0.6)
        ? { place: 'suffix', text: `（${name}）`, cms: name }
        : { place: 'suffix', text: `（记者 ${name}）`, cms: `记者 ${name}` };
    }
    default: {
      const unknown: never = kind;
      throw new Error(`printByline: unknown byline kind ${String(unknown)}`);
    }
  }
}

/** `（下转第二版）`, `下转第2版▶`, `转第2版` … */
export function jumpOutLine(page: number, r: Random): string {
  return r.pick([`（下转第${chineseNumber(page)}版）`, `（下转第${page}版）`, `下转第${page}版▶`, `转第${page}版`, `（转第${page}版）`]);
}

/** `（上接第一版）`, `上接第1版` … */
export function jumpInLine(page: number, r: Random): string {
  return r.pick([`（上接第${chineseNumber(page)}版）`, `（上接第${page}版）`, `上接第${page}版`, `◀上接第${page}版`]);
}

const EDITOR_LINES: readonly (readonly string[])[] = [
  ['责任编辑', '版式设计'],
  ['本版编辑', '校对'],
  ['本版责编'],
  ['责任编辑', '美编', '校对'],
];

/** Invented page credits for a page whose e-paper text has none: `责任编辑：某某` … */
export function inventCredits(r: Random): string[] {
  const roles = r.pick(EDITOR_LINES);
  const names = draw(EDITORS, roles.length, r);
  return roles.map((role, i) => `${role}：${names[i] ?? ''}`);
}

/** The page's credits on one line, as the foot (or head) of a page prints them. */
export const editorLine = (credits: readonly string[], r: Random): string => credits.join(r.pick(['  ', ' ', '   ']));
