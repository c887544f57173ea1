// `npm run ingest`: read the raw page, run the pure pipeline, report, and write all
// files or none. Returns the exit code so tests can drive it without a process.
import { readFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { type EditionInput } from '#src/content/edition.ts';
import { UsageError, parseIngestArgs, type IngestOptions } from './args.ts';
import { editionToYaml, mergeEdition, parseEditionYaml } from './edition-data.ts';
import { articleFilesIn, knownArticles, readIfExists, writeAll } from './files.ts';
import { ingestPage, type IngestedPage } from './page.ts';
import { hasConflicts, otherFormatPath, planWrites, type PlannedFile, type WritePlan } from './plan.ts';
import { IngestError } from './types.ts';
import { EDITION_FILE, newPageName, pageFilePrefix, PAPER_NAME } from '#src/content/defaults.ts';

export interface Output {
  out: (line: string) => void;
  err: (line: string) => void;
}

/** A path as an editor would type it: relative inside the project, absolute outside. */
const rel = (p: string): string => {
  const r = relative(process.cwd(), p);
  return r && !r.startsWith('..') && !isAbsolute(r) ? r : resolve(p);
};

function readRaw(path: string): Uint8Array {
  try {
    return readFileSync(path);
  } catch (cause) {
    throw new IngestError(`cannot read the raw page (${(cause as NodeJS.ErrnoException).code ?? 'error'}); check the path`);
  }
}

function parseEdition(path: string, text: string | undefined): EditionInput | undefined {
  if (text === undefined) return undefined;
  try {
    return parseEditionYaml(text);
  } catch (cause) {
    throw new Error(`[ingest] ${rel(path)}: the edition file is not valid (${(cause as Error).message.split('\n')[0]}); fix it by hand or remove it, then run again`, { cause });
  }
}

function plan(opts: IngestOptions, page: IngestedPage, dir: string): { plan: WritePlan; editionConflicts: string[] } {
  const editionPath = join(dir, EDITION_FILE);
  const oldEditionText = readIfExists(editionPath);
  const existingEdition = parseEdition(editionPath, oldEditionText);
  const oldPage = existingEdition?.pages.find((p) => p.number === opts.page);
  const merged = mergeEdition(existingEdition, {
    paper: opts.paper ?? existingEdition?.paper ?? PAPER_NAME,
    date: opts.date,
    page: opts.page,
    name: opts.pageName ?? oldPage?.name ?? newPageName(opts.page),
    ...(page.banner ? { banner: page.banner } : {}),
    ...(page.credits ? { credits: page.credits } : {}),
  });
  const wanted = page.articles.map((a) => ({ path: join(dir, a.fileName), content: a.content }));
  const existing = new Map<string, string>();
  const slots = wanted.flatMap((w) => [w.path, otherFormatPath(w.path)]).filter((p): p is string => p !== undefined);
  for (const path of slots) {
    const old = readIfExists(path);
    if (old !== undefined) existing.set(path, old);
  }
  const prefix = pageFilePrefix(opts.page);
  const pageFiles = articleFilesIn(dir).filter((p) => p.slice(dir.length + 1).startsWith(prefix));
  const result = planWrites(wanted, existing, opts.force, pageFiles);
  const editionText = editionToYaml(merged.edition);
  const editionStatus: PlannedFile['status'] =
    oldEditionText === undefined ? 'new'
    : oldEditionText === editionText ? 'unchanged'
    : merged.conflicts.length > 0 ? (opts.force ? 'overwrite' : 'conflict')
    : 'update';
  result.files.push({ path: editionPath, content: editionText, status: editionStatus });
  return { plan: result, editionConflicts: merged.conflicts };
}

function report(opts: IngestOptions, page: IngestedPage, result: WritePlan, editionConflicts: string[], io: Output): void {
  io.out(`[ingest] ${rel(opts.raw)} (${page.encoding}): ${opts.date} page ${opts.page}, ${page.articles.length} article(s)${page.banner ? `, banner "${page.banner}"` : ''}`);
  const close = page.review.filter((n) => n.gap !== undefined).sort((a, b) => a.gap! - b.gap! || a.line - b.line);
  const notes = page.review.filter((n) => n.gap === undefined);
  io.out(page.review.length > 0 ? 'Review: decisions that could go either way; check them in the files below' : 'Review: nothing to check');
  if (close.length > 0) io.out('Close calls of the page model, closest first:');
  for (const n of close) io.out(`  ${rel(opts.raw)}:${n.line} (block ${n.block}): ${n.message}`);
  if (close.length > 0 && notes.length > 0) io.out('Other notes, in page order:');
  for (const n of notes) io.out(`  ${rel(opts.raw)}:${n.line} (block ${n.block}): ${n.message}`);
  io.out(opts.dryRun ? 'Files (dry run: nothing is written):' : 'Files:');
  const titles = new Map(page.articles.map((a) => [a.fileName, a.data.title]));
  for (const f of result.files) {
    const title = titles.get(f.path.split('/').pop() ?? '');
    const other = !f.replaces ? '' : f.status === 'replace' ? `  (removes ${rel(f.replaces)})` : `  (${rel(f.replaces)} holds this article; --force replaces it)`;
    io.out(`  ${f.status.padEnd(9)} ${rel(f.path)}${title ? `  ${title}` : ''}${other}`);
  }
  for (const s of result.strays) io.out(`  kept      ${rel(s)}  (not produced by this page; remove it by hand if it is stale)`);
  for (const c of editionConflicts) io.out(`  ${EDITION_FILE}: ${c}`);
}

function refuse(result: WritePlan, io: Output): void {
  const conflicts = result.files.filter((f) => f.status === 'conflict');
  const differ = conflicts.filter((f) => !f.replaces).map((f) => rel(f.path));
  const moved = conflicts.filter((f) => f.replaces).map((f) => `${rel(f.replaces!)} (now ${rel(f.path)})`);
  if (differ.length > 0) {
    io.err(`[ingest] refused: ${differ.length} existing file(s) differ from what this page gives (an editor may have fixed them): ${differ.join(', ')}. Nothing was written. Re-run with --force to overwrite them.`);
  }
  if (moved.length > 0) {
    io.err(
      `[ingest] refused: ${moved.length} existing file(s) hold an article that this page now writes under the other extension (an article without a box is .md, one with a box .mdx): ${moved.join(', ')}. ` +
        'Nothing was written. Re-run with --force to write the new file and remove the old one; if you edited the old one, copy it elsewhere first and carry your edits over.',
    );
  }
}

export function runIngest(argv: readonly string[], io: Output): number {
  let opts: IngestOptions;
  try {
    opts = parseIngestArgs(argv);
  } catch (err) {
    if (err instanceof UsageError) {
      io.err(`[ingest] ${err.message}`);
      return 2;
    }
    throw err;
  }
  try {
    const dir = join(opts.out, opts.date);
    const page = ingestPage({ bytes: readRaw(opts.raw), date: opts.date, page: opts.page, known: () => knownArticles(dir) });
    const { plan: result, editionConflicts } = plan(opts, page, dir);
    report(opts, page, result, editionConflicts, io);
    if (hasConflicts(result)) {
      refuse(result, io);
      return opts.dryRun ? 0 : 1;
    }
    if (!opts.dryRun) writeAll(result.files, dir);
    return 0;
  } catch (err) {
    if (err instanceof IngestError) {
      const at = err.where?.line !== undefined ? `:${err.where.line}` : '';
      io.err(`[ingest] ${rel(opts.raw)}${at}: ${err.message}. Nothing was written.`);
      return 1;
    }
    if (err instanceof Error && err.message.startsWith('[ingest]')) {
      io.err(`${err.message}. Nothing was written.`);
      return 1;
    }
    throw err;
  }
}
