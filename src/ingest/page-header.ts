// The 版头 (page header) that extraction keeps at the top (or foot) of a page:
// `舟山日报 2026年4月2日 星期四 第2版 综合`, `2026年4月2日 星期四 A3 要闻`,
// `第5版：国际新闻`. It names the paper, the date, the weekday, the page number and
// the page's name (版名): page data, never an article. Read by rule, before the page
// model (which never saw such lines), so that the line cannot open an article.
import { parsePageNumber } from './text.ts';
import type { Block } from './types.ts';

export interface PageHeader {
  /** The 版名 the header gives (`综合`, `国际新闻`), when it gives one. */
  name?: string;
  /** The page number it prints (`第2版`, `A3`, `02版`). */
  page?: number;
  /** The date it prints, as YYYY-MM-DD. */
  date?: string;
}

const DATE = /(\d{4})\s*[年.\-/]\s*(\d{1,2})\s*[月.\-/]\s*(\d{1,2})\s*日?/u;
const WEEKDAY = /(?:星期|周|礼拜)[一二三四五六日天]/u;
/** `第2版`, `第 二 版`, `02版`, `A3版`, `A3` alone (a section letter and a number). */
const PAGE = /第\s*([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})\s*版|(?<![0-9A-Za-z])(?:[A-H]\s*)?([0-9]{1,2})\s*版|(?<![0-9A-Za-z])[A-H]([0-9]{1,2})(?![0-9A-Za-z])/u;
/** A paper's name: `…日报`, `…晚报`, `…报` of a few characters at most. */
const PAPER = /[\p{Script=Han}]{1,8}(?:日报|晚报|早报|商报|时报|都市报|报)/u;
/** A 版头 is a short line with no sentence in it. */
const MAX_CHARS = 60;
/** Only these first and last blocks of a page can be its header. */
const HEAD_BLOCKS = 3;
const FOOT_BLOCKS = 2;

const pad = (n: string): string => n.padStart(2, '0');

/** The page header a line is, or undefined. Two of date, weekday and page number make one (a date alone opens many a paragraph). */
export function pageHeader(text: string): PageHeader | undefined {
  if (Array.from(text).length > MAX_CHARS || /[。，；！？]/u.test(text)) return undefined;
  const date = DATE.exec(text);
  const weekday = WEEKDAY.exec(text);
  const page = PAGE.exec(text);
  if ([date, weekday, page].filter(Boolean).length < 2) return undefined;
  const number = page ? parsePageNumber((page[1] ?? page[2] ?? page[3] ?? '').normalize('NFKC')) : undefined;
  // What is left once the paper, the date, the weekday and the page number are taken out is the 版名.
  let rest = text;
  for (const m of [date, weekday, page]) if (m) rest = rest.replace(m[0], ' ');
  rest = rest.replace(PAPER, ' ').replace(/[：:|｜·•\-—_／/【】[\]（）()]/gu, ' ').replace(/\s+/gu, ' ').trim();
  const name = /^[\p{Script=Han}]{2,8}$/u.test(rest) ? rest : undefined;
  return {
    ...(name ? { name } : {}),
    ...(number !== undefined ? { page: number } : {}),
    ...(date ? { date: `${date[1]}-${pad(date[2]!)}-${pad(date[3]!)}` } : {}),
  };
}

export interface HeaderSplit {
  /** The header lines found, with what each gives. */
  headers: Array<{ block: Block; header: PageHeader }>;
  /** The page's other blocks, for the page model. */
  rest: Block[];
}

/** Takes the 版头 lines off the top and the foot of a page. */
export function splitPageHeaders(blocks: readonly Block[]): HeaderSplit {
  const headers: HeaderSplit['headers'] = [];
  const rest: Block[] = [];
  blocks.forEach((block, i) => {
    const header = i < HEAD_BLOCKS || i >= blocks.length - FOOT_BLOCKS ? pageHeader(block.text) : undefined;
    if (header) headers.push({ block, header });
    else rest.push(block);
  });
  // A page of nothing but such lines is read as it is: the model's reading says what it holds.
  return rest.length === 0 ? { headers: [], rest: [...blocks] } : { headers, rest };
}
