// Command-line arguments of `npm run ingest`, checked before any file is read: one
// page file (`01.txt --date … --page …`) or a folder of them (a whole edition).
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { isIsoDate } from '#src/content/date.ts';

interface RunOptions {
  date: string;
  paper?: string;
  out: string;
  force: boolean;
  dryRun: boolean;
}

/** One page: `npm run ingest -- 01.txt --date 2026-04-02 --page 1`. */
export interface PageOptions extends RunOptions {
  kind: 'page';
  raw: string;
  page: number;
  pageName?: string;
}

/** A whole edition: `npm run ingest -- content/raw/2026-04-02/`, pages numbered by their file names. */
export interface EditionOptions extends RunOptions {
  kind: 'edition';
  folder: string;
  /** From `--page-names 1=要闻,2=综合`; pages it does not name keep their name in edition.yaml, else the default. */
  pageNames: ReadonlyMap<number, string>;
}

export type IngestOptions = PageOptions | EditionOptions;

export const USAGE = [
  'usage: npm run ingest -- <raw.txt> --date YYYY-MM-DD --page N [--page-name 要闻] [--paper 舟山日报] [--out content/editions] [--force] [--dry-run]',
  '       npm run ingest -- <folder of 01.txt, 02.txt …> [--date YYYY-MM-DD] [--page-names 1=要闻,2=综合] [--paper 舟山日报] [--out content/editions] [--force] [--dry-run]',
].join('\n');

export class UsageError extends Error {}

const PAGE_NUMBER = /^[1-9]\d{0,2}$/u;

/**
 * `1=要闻,2=综合`: page number = name, separated by commas (ASCII or full-width, as an
 * input method types them).
 */
export function parsePageNames(text: string): Map<number, string> {
  const names = new Map<number, string>();
  for (const item of text.split(/[,，]/u)) {
    const m = /^\s*([^=＝]*?)\s*[=＝]\s*(.*?)\s*$/u.exec(item);
    const [page, name] = [m?.[1] ?? '', m?.[2] ?? ''];
    if (!m || !PAGE_NUMBER.test(page) || name === '') {
      throw new UsageError(`--page-names: "${item.trim()}" is not page=name; write the 版次 and the page name, e.g. --page-names 1=要闻,2=综合`);
    }
    if (names.has(Number(page))) throw new UsageError(`--page-names names page ${page} twice ("${names.get(Number(page))}" and "${name}"); give each page once`);
    names.set(Number(page), name);
  }
  return names;
}

/**
 * `isDirectory` is how the caller tells a folder from a file (run.ts asks the file
 * system), so that this stays a pure function of its inputs.
 */
export function parseIngestArgs(argv: readonly string[], isDirectory: (path: string) => boolean): IngestOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        date: { type: 'string' },
        page: { type: 'string' },
        'page-name': { type: 'string' },
        'page-names': { type: 'string' },
        paper: { type: 'string' },
        out: { type: 'string', default: 'content/editions' },
        force: { type: 'boolean', default: false },
        'dry-run': { type: 'boolean', default: false },
      },
    });
  } catch (err) {
    throw new UsageError(`${(err as Error).message}\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1) throw new UsageError(`expected one raw page file or one folder of them, got ${positionals.length}\n${USAGE}`);
  const target = positionals[0]!;
  const common = {
    ...(values.paper?.trim() ? { paper: values.paper.trim() } : {}),
    out: values.out,
    force: values.force,
    dryRun: values['dry-run'],
  };

  if (isDirectory(target)) {
    if (values.page !== undefined) {
      throw new UsageError(`--page is for one page file; the pages of the folder ${target} are numbered by their file names (01.txt is page 1). Leave out --page, or give one file`);
    }
    if (values['page-name'] !== undefined) {
      throw new UsageError(`--page-name is for one page file; name the pages of a folder with --page-names 1=要闻,2=综合`);
    }
    const folderName = basename(target.replace(/[\\/]+$/u, ''));
    const fromFolder = isIsoDate(folderName) ? folderName : undefined;
    const date = values.date ?? fromFolder;
    if (date === undefined) {
      throw new UsageError(`the folder name "${folderName}" is not a date; give the edition's date with --date YYYY-MM-DD, or name the folder after it (content/raw/2026-04-02/)`);
    }
    checkDate(date);
    if (fromFolder !== undefined && date !== fromFolder) {
      throw new UsageError(`--date ${date} but the folder is named ${fromFolder}; leave out --date, or rename the folder`);
    }
    const pageNames = values['page-names'] === undefined ? new Map<number, string>() : parsePageNames(values['page-names']);
    return { kind: 'edition', folder: target, date, pageNames, ...common };
  }

  if (values['page-names'] !== undefined) {
    throw new UsageError('--page-names is for a folder of pages; for one page file use --page-name 要闻');
  }
  const date = values.date ?? '';
  checkDate(date);
  const pageText = values.page ?? '';
  if (!PAGE_NUMBER.test(pageText)) {
    throw new UsageError(`--page "${pageText}" is not a page number; give the 版次 as a whole number from 1, e.g. --page 2`);
  }
  const name = values['page-name']?.trim();
  if (name === '') throw new UsageError('--page-name is empty; give the page name as printed, e.g. --page-name 要闻');
  return { kind: 'page', raw: target, date, page: Number(pageText), ...(name ? { pageName: name } : {}), ...common };
}

function checkDate(date: string): void {
  if (!isIsoDate(date)) {
    throw new UsageError(`--date "${date}" is not a calendar date; write it YYYY-MM-DD, e.g. --date 2026-04-02`);
  }
}
