// File-system side of the ingest, kept apart from the pure steps: reading what an
// edition folder already holds, and writing a plan all-or-nothing.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ARTICLE_FILE } from '#src/content/defaults.ts';
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

/** Frontmatter of the edition's existing articles; files that do not parse are skipped here (the site's checks report them). */
export function knownArticles(dir: string): KnownArticle[] {
  const known: KnownArticle[] = [];
  for (const path of articleFilesIn(dir)) {
    const data = readFrontmatter(readFileSync(path, 'utf8')).data as Partial<Record<keyof KnownArticle, unknown>>;
    if (typeof data.page === 'number' && typeof data.order === 'number' && typeof data.title === 'string') {
      known.push({ page: data.page, order: data.order, title: data.title, ...(typeof data.continuedOn === 'number' ? { continuedOn: data.continuedOn } : {}) });
    }
  }
  return known;
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
