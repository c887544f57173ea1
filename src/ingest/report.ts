// What `npm run ingest` prints: each page's review report and files, the edition data
// file, the jumps of the run, and why a run is refused. Pure but for the lines it hands
// to `io`; run.ts decides when.
import { basename, isAbsolute, relative, resolve } from 'node:path';
import { EDITION_FILE, pageFilePrefix } from '#src/content/defaults.ts';
import type { IngestOptions } from './args.ts';
import { missingMessage, type JumpLinks, type RunPage } from './jumps.ts';
import type { IngestedPage } from './page.ts';
import type { EditionPlan } from './plan.ts';

export interface Output {
  out: (line: string) => void;
  err: (line: string) => void;
}

/** The raw side of a run: its pages, and the files of a raw folder that are not page files. */
export interface RawRun {
  pages: RunPage[];
  skipped: string[];
}

/** A path as an editor would type it: relative inside the project, absolute outside. */
export const rel = (p: string): string => {
  const r = relative(process.cwd(), p);
  return r && !r.startsWith('..') && !isAbsolute(r) ? r : resolve(p);
};

export function reportPage(file: string, date: string, page: number, result: IngestedPage, plan: EditionPlan, dryRun: boolean, io: Output): void {
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

export function reportJumps(jumps: JumpLinks, io: Output): void {
  if (jumps.pairs.length + jumps.missing.length === 0) return;
  io.out(`Jumps: ${jumps.pairs.length} linked, ${jumps.missing.length} without their other half`);
  const at = (file: string, line: number | undefined) => `${rel(file)}${line !== undefined ? `:${line}` : ''}`;
  for (const { on, from } of jumps.pairs) {
    io.out(`  linked    ${at(on.file, on.onLine)} 下转第${from.page}版 → ${at(from.file, from.fromLine)} 上接第${on.page}版  ${on.title}`);
  }
  for (const c of jumps.crowded) io.out(`  note      ${c.count} stories jump from page ${c.on} to page ${c.from}: paired in reading order on both pages; check that each part has its story's title`);
  for (const m of jumps.missing) io.out(`  missing   ${at(m.part.file, m.direction === 'on' ? m.part.onLine : m.part.fromLine)}: ${missingMessage(m)}`);
}

export function reportEdition(opts: IngestOptions, run: RawRun, results: readonly IngestedPage[], plan: EditionPlan, io: Output): void {
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

export function refuse(plan: EditionPlan, io: Output): void {
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
