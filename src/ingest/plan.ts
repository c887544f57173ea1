// Which files a run writes, leaves alone, or refuses to touch. Pure: the CLI reads
// the existing files and hands their contents in.

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
