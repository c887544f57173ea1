// Which files a run writes, leaves alone, or refuses to touch. Pure: the CLI reads
// the existing files and hands their contents in.
import { basename, join } from 'node:path';
import type { EditionInput } from '#src/content/edition.ts';
import { EDITION_FILE, newPageName, pageFilePrefix, PAPER_NAME } from '#src/content/defaults.ts';
import { editionToYaml, mergeEdition } from './edition-data.ts';
import type { IngestedPage } from './page.ts';

/**
 * `update`: a data file merged with what it held (a new page added to the edition).
 * `replace`: the article is written and the same article under the other extension
 * (`replaces`) is removed, with `--force` only.
 */
export type WriteStatus = 'new' | 'unchanged' | 'update' | 'overwrite' | 'replace' | 'conflict';

export interface PlannedFile {
  path: string;
  content: string;
  status: WriteStatus;
  /** The same article slot under the other extension (`01-03.mdx` for `01-03.md`), which exists. */
  replaces?: string;
}

export interface WritePlan {
  files: PlannedFile[];
  /** Article files of this page that exist but this run does not produce. */
  strays: string[];
}

/**
 * `01-03.md` ⇄ `01-03.mdx`: one article slot, whichever format it is written in (the
 * ingest picks the format by the body, a journalist may pick either), so a run must
 * never leave the old one beside the new one, nor remove it unasked.
 */
export function otherFormatPath(path: string): string | undefined {
  if (path.endsWith('.mdx')) return path.slice(0, -1);
  if (path.endsWith('.md')) return `${path}x`;
  return undefined;
}

/**
 * An existing file with other content is a `conflict` (an editor may have fixed it)
 * unless `force` is set, when it becomes an `overwrite`. The same article under the
 * other extension is a `conflict` too, whatever it holds; with `force`, a `replace`.
 */
export function planWrites(
  wanted: ReadonlyArray<{ path: string; content: string }>,
  existing: ReadonlyMap<string, string>,
  force: boolean,
  pageFiles: readonly string[] = [],
): WritePlan {
  const files = wanted.map(({ path, content }): PlannedFile => {
    const other = otherFormatPath(path);
    if (other !== undefined && existing.has(other)) return { path, content, status: force ? 'replace' : 'conflict', replaces: other };
    const old = existing.get(path);
    if (old === undefined) return { path, content, status: 'new' };
    if (old === content) return { path, content, status: 'unchanged' };
    return { path, content, status: force ? 'overwrite' : 'conflict' };
  });
  const accounted = new Set(files.flatMap((f) => (f.replaces ? [f.path, f.replaces] : [f.path])));
  return { files, strays: pageFiles.filter((p) => !accounted.has(p)) };
}

export const hasConflicts = (plan: WritePlan): boolean => plan.files.some((f) => f.status === 'conflict');

/** One page of a run, ingested. */
export interface PlannedPage {
  page: number;
  ingested: IngestedPage;
}

export interface EditionPlanInput {
  /** The edition folder, content/editions/<date>. */
  dir: string;
  date: string;
  /** `--paper`, when given. */
  paper?: string;
  /** Page names given on the command line (`--page-name`, `--page-names`). */
  names: ReadonlyMap<number, string>;
  force: boolean;
  pages: readonly PlannedPage[];
  /** edition.yaml as it is (text and parsed), when there is one. */
  edition?: { text: string; data: EditionInput };
  /** Contents of the existing files among the slots the run writes (see articleSlots). */
  existing: ReadonlyMap<string, string>;
  /** Every article file in the folder. */
  articleFiles: readonly string[];
}

export interface EditionPlan extends WritePlan {
  /** Why edition.yaml would change in a way only `--force` may allow. */
  editionConflicts: string[];
}

/** The article files a run writes, and the same slots under the other extension: what the plan needs read. */
export function articleSlots(dir: string, pages: readonly PlannedPage[]): string[] {
  return pages.flatMap((p) => p.ingested.articles.flatMap((a) => [join(dir, a.fileName), otherFormatPath(join(dir, a.fileName))!]));
}

/**
 * Every file of the run: each page's articles, then edition.yaml with every page of
 * the run merged in. A page keeps the name edition.yaml gives it unless the command
 * line names it; a new page gets the 版名 its 版头 line prints (page-header.ts), else
 * the default name (src/content/defaults.ts).
 */
export function planEdition(input: EditionPlanInput): EditionPlan {
  const { dir, pages, force } = input;
  const old = input.edition?.data;
  const paper = input.paper ?? old?.paper ?? PAPER_NAME;
  let edition = old;
  const editionConflicts: string[] = [];
  for (const { page, ingested } of pages) {
    const merged = mergeEdition(edition, {
      paper,
      date: input.date,
      page,
      name: input.names.get(page) ?? old?.pages.find((p) => p.number === page)?.name ?? ingested.header?.name ?? newPageName(page),
      ...(ingested.banner ? { banner: ingested.banner } : {}),
      ...(ingested.credits ? { credits: ingested.credits } : {}),
    });
    edition = merged.edition;
    editionConflicts.push(...merged.conflicts);
  }
  if (!edition) throw new Error('planEdition: a run has at least one page');
  const wanted = pages.flatMap((p) => p.ingested.articles.map((a) => ({ path: join(dir, a.fileName), content: a.content })));
  const prefixes = pages.map((p) => pageFilePrefix(p.page));
  const pageFiles = input.articleFiles.filter((f) => prefixes.some((prefix) => basename(f).startsWith(prefix)));
  const result = planWrites(wanted, input.existing, force, pageFiles);
  const editionText = editionToYaml(edition);
  const before = input.edition?.text;
  const status: WriteStatus =
    before === undefined ? 'new'
    : before === editionText ? 'unchanged'
    : editionConflicts.length > 0 ? (force ? 'overwrite' : 'conflict')
    : 'update';
  result.files.push({ path: join(dir, EDITION_FILE), content: editionText, status });
  return { ...result, editionConflicts };
}
