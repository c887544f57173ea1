// `npm run ingest`: one raw page, or a folder of them (a whole edition). Parse the
// arguments → read the raw pages and the edition folder → the pure steps (ingest
// every page, link the jumps across pages) → plan the writes → report → write all
// files of the run or none. Returns the exit code so tests can drive it without a process.
import { readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { type EditionInput } from '#src/content/edition.ts';
import { EDITION_FILE, pageFilePrefix } from '#src/content/defaults.ts';
import { UsageError, parseIngestArgs, type IngestOptions } from './args.ts';
import { parseEditionYaml } from './edition-data.ts';
import { articleFilesIn, filedArticles, inEdition, readIfExists, readRawFolder, writeAll, type FiledArticle } from './files.ts';
import { WriteError } from '#src/content/lock.ts';
import { UnreadablePages, ingestLinked, linkJumps, runParts, type OutsidePage } from './jumps.ts';
import { articleSlots, hasConflicts, planEdition } from './plan.ts';
import { refuse, rel, reportEdition, reportJumps, reportPage, type Output, type RawRun } from './report.ts';
import { IngestError } from './types.ts';

const isDirectory = (path: string): boolean => {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
};

// ── read ────────────────────────────────────────────────────────────────────

function readRaw(path: string): Uint8Array {
  try {
    return readFileSync(path);
  } catch (cause) {
    throw new IngestError(`cannot read the raw page (${(cause as NodeJS.ErrnoException).code ?? 'error'}); check the path`);
  }
}

function readRawRun(opts: IngestOptions): RawRun {
  const listed = opts.kind === 'page' ? { pages: [{ page: opts.page, path: opts.raw }], skipped: [] } : readRawFolder(opts.folder);
  const failures: Array<{ file: string; error: IngestError }> = [];
  const pages = listed.pages.flatMap(({ page, path }) => {
    try {
      return [{ page, file: path, bytes: readRaw(path) }];
    } catch (error) {
      if (!(error instanceof IngestError)) throw error;
      failures.push({ file: path, error });
      return [];
    }
  });
  if (failures.length > 0) throw new UnreadablePages(failures);
  return { pages, skipped: listed.skipped };
}

interface EditionFolder {
  edition?: { text: string; data: EditionInput };
  articleFiles: string[];
  /** The articles already in the folder, read on first use only (a run rarely needs them). */
  filed: () => FiledArticle[];
  /** The articles of one page: only its files are read (`02-…`, and files named otherwise, which may say any page). */
  filedOn: (page: number) => FiledArticle[];
}

/** `01-03.md`: named by page and order, as the ingest and `npm run new` name files. */
const PLACED_NAME = /^\d{2,}-\d{2,}\.mdx?$/u;

function readEditionFolder(dir: string): EditionFolder {
  const path = join(dir, EDITION_FILE);
  const text = readIfExists(path);
  let data: EditionInput | undefined;
  if (text !== undefined) {
    try {
      data = parseEditionYaml(text);
    } catch (cause) {
      throw new Error(`[ingest] ${rel(path)}: the edition file is not valid (${(cause as Error).message.split('\n')[0]}); fix it by hand or remove it, then run again`, { cause });
    }
  }
  const articleFiles = articleFilesIn(dir);
  const read = new Map<string, FiledArticle[]>();
  const filedIn = (paths: readonly string[]): FiledArticle[] =>
    paths.flatMap((p) => {
      let got = read.get(p);
      if (!got) read.set(p, (got = filedArticles([p])));
      return got;
    });
  return {
    ...(text !== undefined && data ? { edition: { text, data } } : {}),
    articleFiles,
    filed: () => filedIn(articleFiles),
    filedOn: (page) => {
      const prefix = pageFilePrefix(page);
      return filedIn(articleFiles.filter((f) => basename(f).startsWith(prefix) || !PLACED_NAME.test(basename(f)))).filter((a) => a.page === page);
    },
  };
}

/** The contents of the slots that exist: only files the folder listing holds are read. */
function readExisting(slots: readonly string[], articleFiles: readonly string[]): Map<string, string> {
  const there = new Set(articleFiles);
  const existing = new Map<string, string>();
  for (const path of slots) {
    const old = there.has(path) ? readIfExists(path) : undefined;
    if (old !== undefined) existing.set(path, old);
  }
  return existing;
}

// ── the command ─────────────────────────────────────────────────────────────

export function runIngest(argv: readonly string[], io: Output): number {
  let opts: IngestOptions;
  try {
    opts = parseIngestArgs(argv, isDirectory);
  } catch (err) {
    if (err instanceof UsageError) {
      io.err(`[ingest] ${err.message}`);
      return 2;
    }
    throw err;
  }
  try {
    // Read.
    const run = readRawRun(opts);
    const dir = join(opts.out, opts.date);
    // The edition folder is read, planned against and written under its lock (files.ts).
    return inEdition(dir, !opts.dryRun, io.out, () => {
      const folder = readEditionFolder(dir);
      const inRun = new Set(run.pages.map((p) => p.page));
      // Pure steps: the edition's other pages are asked for only when a jump needs them.
      const results = ingestLinked(run.pages, opts.date, () => folder.filed().filter((a) => !inRun.has(a.page)));
      const jumps = linkJumps(
        runParts(run.pages.map((p, i) => ({ file: p.file, ingested: results[i]! }))),
        (page): OutsidePage => {
          const parts = folder.filedOn(page);
          return { present: parts.length > 0 || folder.edition?.data.pages.some((p) => p.number === page) === true, parts };
        },
      );
      // Plan.
      const pages = run.pages.map((p, i) => ({ page: p.page, ingested: results[i]! }));
      const names = opts.kind === 'edition' ? opts.pageNames : new Map(opts.pageName ? [[opts.page, opts.pageName]] : []);
      const plan = planEdition({
        dir,
        date: opts.date,
        ...(opts.paper ? { paper: opts.paper } : {}),
        names,
        force: opts.force,
        pages,
        ...(folder.edition ? { edition: folder.edition } : {}),
        existing: readExisting(articleSlots(dir, pages), folder.articleFiles),
        articleFiles: folder.articleFiles,
      });
      // Report.
      run.pages.forEach((p, i) => reportPage(p.file, opts.date, p.page, results[i]!, plan, opts.dryRun, io));
      reportEdition(opts, run, results, plan, io);
      reportJumps(jumps, io);
      if (hasConflicts(plan)) {
        refuse(plan, io);
        return opts.dryRun ? 0 : 1;
      }
      // Write.
      if (!opts.dryRun) writeAll(plan.files, dir);
      return 0;
    });
  } catch (err) {
    if (err instanceof WriteError) {
      io.err(`[ingest] ${err.message}`);
      return 1;
    }
    if (err instanceof UnreadablePages) {
      for (const { file, error } of err.failures) {
        const at = error.where?.line !== undefined ? `:${error.where.line}` : '';
        io.err(`[ingest] ${rel(file)}${at}: ${error.message}. Nothing was written.`);
      }
      return 1;
    }
    if (err instanceof Error && err.message.startsWith('[ingest]')) {
      io.err(`${err.message}. Nothing was written.`);
      return 1;
    }
    throw err;
  }
}
