// `npm run ingest`: one raw page, or a folder of them (a whole edition). Parse the
// arguments → read the raw pages and the edition folder → the pure steps (ingest
// every page, link the jumps across pages) → plan the writes → report → write all
// files of the run or none. Returns the exit code so tests can drive it without a process.
import { readFileSync, statSync } from 'node:fs';
import { basename, isAbsolute, join, relative, resolve } from 'node:path';
import { type EditionInput } from '#src/content/edition.ts';
import { EDITION_FILE, pageFilePrefix } from '#src/content/defaults.ts';
import { UsageError, parseIngestArgs, type IngestOptions } from './args.ts';
import { parseEditionYaml } from './edition-data.ts';
import { articleFilesIn, filedArticles, readIfExists, readRawFolder, writeAll, type FiledArticle } from './files.ts';
import { UnreadablePages, ingestLinked, linkJumps, missingMessage, runParts, type JumpLinks, type OutsidePage, type RunPage } from './jumps.ts';
import type { IngestedPage } from './page.ts';
import { articleSlots, hasConflicts, planEdition, type EditionPlan } from './plan.ts';
import { IngestError } from './types.ts';

export interface Output {
  out: (line: string) => void;
  err: (line: string) => void;
}

/** A path as an editor would type it: relative inside the project, absolute outside. */
const rel = (p: string): string => {
  const r = relative(process.cwd(), p);
  return r && !r.startsWith('..') && !isAbsolute(r) ? r : resolve(p);
};

const isDirectory = (path: string): boolean => {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
};

// ── read ────────────────────────────────────────────────────────────────────

interface RawRun {
  pages: RunPage[];
  /** Files of a raw folder that are not page files. */
  skipped: string[];
}

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

// ── report ──────────────────────────────────────────────────────────────────

function reportPage(file: string, date: string, page: number, result: IngestedPage, plan: EditionPlan, dryRun: boolean, io: Output): void {
  io.out(`[ingest] ${rel(file)} (${result.encoding}): ${date} page ${page}, ${result.articles.length} article(s)${result.banner ? `, banner "${result.banner}"` : ''}`);
  const close = result.review.filter((n) => n.gap !== undefined).sort((a, b) => a.gap! - b.gap! || a.line - b.line);
  const notes = result.review.filter((n) => n.gap === undefined);
  io.out(result.review.length > 0 ? 'Review: decisions that could go either way; check them in the files below' : 'Review: nothing to check');
  if (close.length > 0) io.out('Close calls of the page model, closest first:');
  for (const n of close) io.out(`  ${rel(file)}:${n.line} (block ${n.block}): ${n.message}`);
  if (close.length > 0 && notes.length > 0) io.out('Other notes, in page order:');
  for (const n of notes) io.out(`  ${rel(file)}:${n.line} (block ${n.block}): ${n.message}`);
  io.out(dryRun ? 'Files (dry run: nothing is written):' : 'Files:');
  const titles = new Map(result.articles.map((a) => [a.fileName, a.data.title]));
  for (const f of plan.files.filter((f) => titles.has(basename(f.path)))) {
    const other = !f.replaces ? '' : f.status === 'replace' ? `  (removes ${rel(f.replaces)})` : `  (${rel(f.replaces)} holds this article; --force replaces it)`;
    io.out(`  ${f.status.padEnd(9)} ${rel(f.path)}  ${titles.get(basename(f.path))}${other}`);
  }
  const prefix = pageFilePrefix(page);
  for (const s of plan.strays.filter((s) => basename(s).startsWith(prefix))) io.out(`  kept      ${rel(s)}  (not produced by this page; remove it by hand if it is stale)`);
}

function reportJumps(jumps: JumpLinks, io: Output): void {
  if (jumps.pairs.length + jumps.missing.length === 0) return;
  io.out(`Jumps: ${jumps.pairs.length} linked, ${jumps.missing.length} without their other half`);
  const at = (file: string, line: number | undefined) => `${rel(file)}${line !== undefined ? `:${line}` : ''}`;
  for (const { on, from } of jumps.pairs) {
    io.out(`  linked    ${at(on.file, on.onLine)} 下转第${from.page}版 → ${at(from.file, from.fromLine)} 上接第${on.page}版  ${on.title}`);
  }
  for (const c of jumps.crowded) io.out(`  note      ${c.count} stories jump from page ${c.on} to page ${c.from}: paired in reading order on both pages; check that each part has its story's title`);
  for (const m of jumps.missing) io.out(`  missing   ${at(m.part.file, m.direction === 'on' ? m.part.onLine : m.part.fromLine)}: ${missingMessage(m)}`);
}

function reportEdition(opts: IngestOptions, run: RawRun, results: readonly IngestedPage[], plan: EditionPlan, io: Output): void {
  if (opts.kind === 'edition') {
    const articles = results.reduce((n, r) => n + r.articles.length, 0);
    io.out(`[ingest] ${rel(opts.folder)}: edition ${opts.date}, ${run.pages.length} page(s) (${run.pages.map((p) => p.page).join(', ')}), ${articles} article(s)`);
    for (const s of run.skipped) io.out(`  skipped   ${rel(s)}  (not a page file: pages are named by their number, 01.txt, 02.txt …)`);
    for (const page of opts.pageNames.keys()) {
      if (!run.pages.some((p) => p.page === page)) io.out(`  --page-names names page ${page}, which this folder does not hold; ignored`);
    }
  }
  const edition = plan.files.find((f) => basename(f.path) === EDITION_FILE)!;
  io.out(`  ${edition.status.padEnd(9)} ${rel(edition.path)}`);
  for (const c of plan.editionConflicts) io.out(`  ${EDITION_FILE}: ${c}`);
}

function refuse(plan: EditionPlan, io: Output): void {
  const conflicts = plan.files.filter((f) => f.status === 'conflict');
  const differ = conflicts.filter((f) => !f.replaces).map((f) => rel(f.path));
  const moved = conflicts.filter((f) => f.replaces).map((f) => `${rel(f.replaces!)} (now ${rel(f.path)})`);
  if (differ.length > 0) {
    io.err(`[ingest] refused: ${differ.length} existing file(s) differ from what this run gives (an editor may have fixed them): ${differ.join(', ')}. Nothing was written. Re-run with --force to overwrite them.`);
  }
  if (moved.length > 0) {
    io.err(
      `[ingest] refused: ${moved.length} existing file(s) hold an article that this run now writes under the other extension (an article without a box is .md, one with a box .mdx): ${moved.join(', ')}. ` +
        'Nothing was written. Re-run with --force to write the new file and remove the old one; if you edited the old one, copy it elsewhere first and carry your edits over.',
    );
  }
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
  } catch (err) {
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
