// File-system side of the ingest, kept apart from the pure steps: reading what an
// edition folder already holds, and writing a plan all-or-nothing.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { ARTICLE_FILE, rawPageNumber } from '#src/content/defaults.ts';
import { readFrontmatter } from '#src/content/frontmatter.ts';
import { withLock } from '#src/content/lock.ts';
import { commitFiles, recover } from '#src/content/safe-write.ts';
import type { KnownArticle } from './types.ts';
import type { PlannedFile } from './plan.ts';

/** One system call, not two: the common case on a fresh edition is "not there". */
export function readIfExists(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
}

export function articleFilesIn(dir: string): string[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return [];
  return readdirSync(dir)
    .filter((f) => ARTICLE_FILE.test(f))
    .sort()
    .map((f) => join(dir, f));
}

/** An article already in the edition folder, as far as the ingest needs it: 上接 titles and jump halves. */
export interface FiledArticle extends KnownArticle {
  continuedFrom?: number;
  /** Its path, for the report. */
  file: string;
}

/** Frontmatter of these article files; files that do not parse are skipped here (the site's checks report them). */
export function filedArticles(paths: readonly string[]): FiledArticle[] {
  const known: FiledArticle[] = [];
  for (const path of paths) {
    const data = readFrontmatter(readFileSync(path, 'utf8')).data as Partial<Record<keyof FiledArticle, unknown>>;
    if (typeof data.page === 'number' && typeof data.order === 'number' && typeof data.title === 'string') {
      known.push({
        page: data.page,
        order: data.order,
        title: data.title,
        file: path,
        ...(typeof data.continuedOn === 'number' ? { continuedOn: data.continuedOn } : {}),
        ...(typeof data.continuedFrom === 'number' ? { continuedFrom: data.continuedFrom } : {}),
      });
    }
  }
  return known;
}

/** The page files of a raw edition folder, by page number, and what else the folder holds. */
export interface RawFolder {
  pages: Array<{ page: number; path: string }>;
  /** What is not a page file (`notes.txt`, `01.pdf`, a subfolder), left alone. */
  skipped: string[];
}

/**
 * The page files of `folder` (`01.txt` …, src/content/defaults.ts rawPageNumber), in
 * page order. Two files for one page (`1.txt` and `01.txt`) are an error: which one
 * is the page is for an editor to say.
 */
export function readRawFolder(folder: string): RawFolder {
  const entries = readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const pages: RawFolder['pages'] = [];
  const skipped: string[] = [];
  for (const entry of entries) {
    const { name } = entry;
    const page = entry.isDirectory() ? undefined : rawPageNumber(name);
    if (page === undefined) {
      skipped.push(join(folder, name));
      continue;
    }
    const twin = pages.find((p) => p.page === page);
    if (twin) {
      throw new Error(`[ingest] ${folder}: ${basename(twin.path)} and ${name} are both page ${page}; keep one of them (move the other out of the folder), then run again`);
    }
    pages.push({ page, path: join(folder, name) });
  }
  if (pages.length === 0) {
    throw new Error(`[ingest] ${folder}: no page files in this folder; expected one file a page named by its number (01.txt, 02.txt …)`);
  }
  return { pages: pages.sort((a, b) => a.page - b.page), skipped };
}

/**
 * Runs `fn` (read the edition, plan, write) holding the edition folder's lock, so two
 * ingests of one edition run one after the other and neither loses the other's page,
 * after finishing whatever an interrupted ingest left there (src/content/safe-write.ts).
 * A dry run writes nothing, so it neither locks nor repairs.
 */
export function inEdition<T>(dir: string, write: boolean, say: (line: string) => void, fn: () => T): T {
  if (!write) return fn();
  return withLock(dir, 'npm run ingest', () => {
    const { finished, removed } = recover(dir);
    if (finished) say(`[ingest] ${dir}: finished the writes of an interrupted ingest first`);
    if (removed.length > 0) say(`[ingest] ${dir}: removed ${removed.length} temporary file(s) left by an interrupted ingest`);
    return fn();
  });
}

/**
 * All or nothing (src/content/safe-write.ts): every file is first written in full
 * under a temporary name, then all are renamed into place by one journal, so a
 * failure or a kill leaves the folder as it was or, once the next ingest finishes the
 * journal, as planned. A file that replaces the same article under the other
 * extension is removed only once the new one is in place.
 */
export function writeAll(files: readonly PlannedFile[], dir: string): void {
  const pending = files.filter((f) => f.status !== 'unchanged' && f.status !== 'conflict');
  commitFiles(dir, pending.map((f) => ({ path: f.path, content: f.content })), pending.flatMap((f) => (f.replaces ? [f.replaces] : [])));
}
