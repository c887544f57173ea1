// Files the build reuses are placed by hard link, not copied: at 20,000 articles Astro
// copied 25,000 unchanged pages from its cache one by one, half of what rendering them
// cost. A link shares the file with the cache it came from, so the rule for every
// writer of the output is: replace a file (remove, then write), never write into it,
// or the cache changes with it. `replaceFile` and `placeFile` are that rule;
// tests/build/incremental.test.ts (Astro's cached pages still root-relative after three
// builds on one cache) fails when a writer forgets.
import { constants, copyFileSync, linkSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Where a link cannot be made (another file system, a file system without links), a copy. */
const NO_LINK = new Set(['EXDEV', 'EPERM', 'ENOTSUP', 'EMLINK', 'EOPNOTSUPP']);

const folderFor = (file: string): void => void mkdirSync(dirname(file), { recursive: true });

/** `to` becomes the file `from` (a link, or a copy where links cannot be made), replacing what was at `to`. */
export function placeFile(from: string, to: string): void {
  folderFor(to);
  rmSync(to, { force: true });
  try {
    linkSync(from, to);
  } catch (error) {
    if (!NO_LINK.has((error as NodeJS.ErrnoException).code ?? '')) throw error;
    copyFileSync(from, to, constants.COPYFILE_FICLONE);
  }
}

/** A file or a folder's files, each placed as placeFile does. */
export function placeTree(from: string, to: string): void {
  if (!statSync(from).isDirectory()) return placeFile(from, to);
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = join(from, entry.name);
    if (entry.isDirectory()) placeTree(source, join(to, entry.name));
    else placeFile(source, join(to, entry.name));
  }
}

/** Writes `data` as a new file at `file`: what was there (perhaps a link into a cache) is removed, not written into. */
export function replaceFile(file: string, data: string | Uint8Array): void {
  folderFor(file);
  rmSync(file, { force: true });
  writeFileSync(file, data);
}
