// Command-line arguments of `npm run ingest`, checked before any file is read.
import { parseArgs } from 'node:util';
import { isIsoDate } from '#src/content/date.ts';

export interface IngestOptions {
  raw: string;
  date: string;
  page: number;
  pageName?: string;
  paper?: string;
  out: string;
  force: boolean;
  dryRun: boolean;
}

export const USAGE =
  'usage: npm run ingest -- <raw.txt> --date YYYY-MM-DD --page N [--page-name 要闻] [--paper 舟山日报] [--out content/editions] [--force] [--dry-run]';

export class UsageError extends Error {}

export function parseIngestArgs(argv: readonly string[]): IngestOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        date: { type: 'string' },
        page: { type: 'string' },
        'page-name': { type: 'string' },
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
  if (positionals.length !== 1) throw new UsageError(`expected one raw page file, got ${positionals.length}\n${USAGE}`);
  const date = values.date ?? '';
  if (!isIsoDate(date)) {
    throw new UsageError(`--date "${date}" is not a calendar date; write it YYYY-MM-DD, e.g. --date 2026-04-02`);
  }
  const pageText = values.page ?? '';
  if (!/^[1-9]\d{0,2}$/u.test(pageText)) {
    throw new UsageError(`--page "${pageText}" is not a page number; give the 版次 as a whole number from 1, e.g. --page 2`);
  }
  const name = values['page-name']?.trim();
  if (name === '') throw new UsageError('--page-name is empty; give the page name as printed, e.g. --page-name 要闻');
  return {
    raw: positionals[0]!,
    date,
    page: Number(pageText),
    ...(name ? { pageName: name } : {}),
    ...(values.paper?.trim() ? { paper: values.paper.trim() } : {}),
    out: values.out,
    force: values.force,
    dryRun: values['dry-run'],
  };
}
