// The development corpus: 人民日报 e-paper crawls, one UTF-8 file per article named
// YYYYMMDD-PP-NN.txt (date, page, order on the page), kept outside every repository.
// Lines 1–3 are 引题 / 主题 / 副题 (empty when the e-paper has none), then one line per
// <p> of the e-paper, indented with two U+3000. docs/ingest-eval.md describes the format.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { reservedIn } from './reserved.ts';
import { tidy } from './text.ts';

export interface CorpusArticle {
  /** Path relative to the corpus folder, for reports. */
  file: string;
  /** YYYY-MM-DD */
  date: string;
  page: number;
  /** Order on the page, from the file name (the e-paper's list order). */
  order: number;
  kicker?: string;
  title: string;
  subtitle?: string;
  /** The e-paper's paragraphs, white space tidied, empty ones dropped. */
  paragraphs: string[];
}

export interface CorpusPage {
  page: number;
  articles: CorpusArticle[];
}

export interface Edition {
  date: string;
  pages: CorpusPage[];
}

const FILE_NAME = /^(\d{4})(\d{2})(\d{2})-(\d{1,2})-(\d{1,3})\.txt$/u;

export function parseFileName(name: string): { date: string; page: number; order: number } | undefined {
  const m = FILE_NAME.exec(name);
  if (!m) return undefined;
  const [, y, mo, d, page, order] = m;
  return { date: `${y}-${mo}-${d}`, page: Number(page), order: Number(order) };
}

/**
 * One article file. Some <p> hold two paragraphs run together with the second's
 * indentation (`…。\u3000\u3000新华社记者 某某摄`): split there, as print shows them apart.
 */
export function parseArticle(file: string, text: string): CorpusArticle {
  const name = file.split(/[\\/]/u).at(-1) ?? file;
  const where = parseFileName(name);
  if (!where) throw new Error(`${file}: not a corpus article file name (expected YYYYMMDD-PP-NN.txt)`);
  const lines = text.replace(/^\uFEFF/u, '').replace(/\r\n?/gu, '\n').split('\n');
  const [kicker = '', title = '', subtitle = ''] = lines.slice(0, 3).map(tidy);
  const paragraphs = lines
    .slice(3)
    .flatMap((line) => line.split(/\u3000{2,}/u))
    .map(tidy)
    .filter((p) => p !== '');
  return {
    file,
    ...where,
    ...(kicker ? { kicker } : {}),
    title,
    ...(subtitle ? { subtitle } : {}),
    paragraphs,
  };
}

/** Articles → editions by date, pages by number, articles in the e-paper's order. */
export function groupEditions(articles: readonly CorpusArticle[]): Edition[] {
  const byDate = new Map<string, Map<number, CorpusArticle[]>>();
  for (const a of articles) {
    const pages = byDate.get(a.date) ?? new Map<number, CorpusArticle[]>();
    byDate.set(a.date, pages);
    pages.set(a.page, [...(pages.get(a.page) ?? []), a]);
  }
  return [...byDate.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([date, pages]) => ({
      date,
      pages: [...pages.entries()].sort(([a], [b]) => a - b).map(([page, list]) => ({ page, articles: [...list].sort((x, y) => x.order - y.order) })),
    }));
}

export interface CorpusRead {
  editions: Edition[];
  /** Folders not entered because they name a reserved month. */
  skipped: string[];
}

/**
 * Every article file under `root`, optionally only those of `months` (YYYY-MM).
 * A folder naming a reserved month is never entered, and a file of one never opened.
 */
export function readCorpus(root: string, months?: readonly string[]): CorpusRead {
  const skipped: string[] = [];
  const articles: CorpusArticle[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir).sort()) {
      const path = join(dir, entry);
      if (reservedIn(entry)) {
        skipped.push(relative(root, path) || entry);
        continue;
      }
      if (statSync(path).isDirectory()) {
        walk(path);
        continue;
      }
      const where = parseFileName(entry);
      if (!where) continue;
      if (months && !months.includes(where.date.slice(0, 7))) continue;
      articles.push(parseArticle(relative(root, path), readFileSync(path, 'utf8')));
    }
  };
  walk(root);
  return { editions: groupEditions(articles), skipped };
}
