// File-system side of the check: which edition folders to read, and reading them.
// Kept apart from the checks themselves, which take text and answer problems.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, posix, relative, resolve, sep } from 'node:path';
import { checkArticle } from '#src/content/check-article.ts';
import type { EditionFolder } from '#src/content/check-edition.ts';
import { ARTICLE_FILE, EDITION_FILE } from '#src/content/defaults.ts';
import { fileIn, isPhotoFile } from '#src/content/photos.ts';
import { journalPath, leftovers } from '#src/content/safe-write.ts';

/** A path from `cwd`, with forward slashes (what the messages show). */
export function fromRoot(cwd: string, path: string): string {
  return relative(cwd, resolve(cwd, path)).split(sep).join('/');
}

/** The edition folders under `root`: every sub-folder holding articles or an edition file. */
export function editionDirs(cwd: string, root: string): string[] {
  const abs = join(cwd, root);
  if (!existsSync(abs)) return [];
  return readdirSync(abs, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => posix.join(fromRoot(cwd, root), d.name))
    .filter((dir) => readdirSync(join(cwd, dir)).some((f) => ARTICLE_FILE.test(f) || f === EDITION_FILE))
    .sort();
}

/** Article files lying directly in `root`, outside any edition folder. */
export function looseArticles(cwd: string, root: string): string[] {
  const abs = join(cwd, root);
  if (!existsSync(abs)) return [];
  return readdirSync(abs, { withFileTypes: true })
    .filter((d) => d.isFile() && ARTICLE_FILE.test(d.name))
    .map((d) => posix.join(fromRoot(cwd, root), d.name))
    .sort();
}

/** Reads and checks each article of `dir` (a path from `cwd`). */
export function readEdition(cwd: string, dir: string): EditionFolder {
  const names = readdirSync(join(cwd, dir)).filter((f) => ARTICLE_FILE.test(f)).sort();
  const probe = fileIn(cwd);
  const editionPath = join(cwd, dir, EDITION_FILE);
  const left = leftovers(join(cwd, dir));
  return {
    dir,
    interrupted: {
      journal: left.journal ? fromRoot(cwd, journalPath(join(cwd, dir))) : undefined,
      temps: left.temps.map((t) => `${dir}/${t}`),
    },
    editionText: existsSync(editionPath) ? readFileSync(editionPath, 'utf8') : undefined,
    articles: names.map((name) => checkArticle(`${dir}/${name}`, readFileSync(join(cwd, dir, name), 'utf8'), probe)),
    // Sub-folders too: the build's image glob reads content/editions/**.
    images: (readdirSync(join(cwd, dir), { recursive: true }) as string[])
      .map((f) => f.split(sep).join('/'))
      .filter(isPhotoFile)
      .sort()
      .map((f) => ({ file: `${dir}/${f}`, state: probe(`${dir}/${f}`) })),
  };
}
