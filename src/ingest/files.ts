// File-system side of the ingest, kept apart from the pure steps: reading what an
// edition folder already holds, and writing a plan all-or-nothing.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ARTICLE_FILE } from '#src/content/defaults.ts';
import { readFrontmatter } from '#src/content/frontmatter.ts';
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
  if (!existsSync(dir)) return [];
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
 * Every file is first written beside its target, then all are renamed into place:
 * a failure while writing leaves the folder as it was. A file that replaces the same
 * article under the other extension removes it only once the new one is in place,
 * so no step can leave the article with no file at all.
 */
export function writeAll(files: readonly PlannedFile[], dir: string): void {
  const pending = files.filter((f) => f.status !== 'unchanged' && f.status !== 'conflict');
  mkdirSync(dir, { recursive: true });
  const temps: string[] = [];
  try {
    for (const f of pending) {
      const tmp = `${f.path}.ingest-${process.pid}.tmp`;
      writeFileSync(tmp, f.content, 'utf8');
      temps.push(tmp);
    }
  } catch (cause) {
    for (const t of temps) rmSync(t, { force: true });
    throw new Error(`could not write into ${dir}; nothing was changed`, { cause });
  }
  pending.forEach((f, i) => {
    renameSync(temps[i]!, f.path);
    if (f.replaces) rmSync(f.replaces, { force: true });
  });
}
