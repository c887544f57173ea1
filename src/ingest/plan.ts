// Which files a run writes, leaves alone, or refuses to touch. Pure: the CLI reads
// the existing files and hands their contents in.

/** `update`: a data file merged with what it held (a new page added to the edition). */
export type WriteStatus = 'new' | 'unchanged' | 'update' | 'overwrite' | 'conflict';

export interface PlannedFile {
  path: string;
  content: string;
  status: WriteStatus;
}

export interface WritePlan {
  files: PlannedFile[];
  /** Article files of this page that exist but this run does not produce. */
  strays: string[];
}

/**
 * An existing file with other content is a `conflict` (an editor may have fixed it)
 * unless `force` is set, when it becomes an `overwrite`.
 */
export function planWrites(
  wanted: ReadonlyArray<{ path: string; content: string }>,
  existing: ReadonlyMap<string, string>,
  force: boolean,
  pageFiles: readonly string[] = [],
): WritePlan {
  const files = wanted.map(({ path, content }): PlannedFile => {
    const old = existing.get(path);
    if (old === undefined) return { path, content, status: 'new' };
    if (old === content) return { path, content, status: 'unchanged' };
    return { path, content, status: force ? 'overwrite' : 'conflict' };
  });
  const produced = new Set(wanted.map((w) => w.path));
  return { files, strays: pageFiles.filter((p) => !produced.has(p)) };
}

export const hasConflicts = (plan: WritePlan): boolean => plan.files.some((f) => f.status === 'conflict');
