// The built site as the checkers see it: a set of file paths relative to the output
// folder (forward slashes, no leading slash) and a way to read one. The checkers take
// this value, not a folder, so their tests can hand them a site made in memory.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { siteFiles } from '#src/build/site-files.ts';

export type SiteFiles = {
  /** Every file, e.g. `index.html`, `2026/04/02/index.html`, `_astro/a.css`. */
  files: ReadonlySet<string>;
  /** The file's bytes as UTF-8 text. */
  read: (file: string) => string;
  /** The file's size in bytes. */
  size: (file: string) => number;
};

/** A site made in memory from `{ path: text }`. */
export function siteFromRecord(record: Record<string, string>): SiteFiles {
  return {
    files: new Set(Object.keys(record)),
    read: (file) => {
      const text = record[file];
      if (text === undefined) throw new Error(`no file ${file}`);
      return text;
    },
    size: (file) => Buffer.byteLength(record[file] ?? ''),
  };
}

/** The files of an output folder on disk (read when asked, then kept). */
export function siteFromDir(dir: string): SiteFiles {
  const files = siteFiles(dir);
  const cache = new Map<string, Buffer>();
  const bytes = (file: string) => {
    let buffer = cache.get(file);
    if (!buffer) cache.set(file, (buffer = readFileSync(join(dir, file))));
    return buffer;
  };
  return { files, read: (file) => bytes(file).toString('utf8'), size: (file) => bytes(file).length };
}
