// `npm run check [-- files…] [--root dir]`: every problem of the content at once,
// without a build. With files (the pre-commit hook's staged files) only their
// problems are shown, but each is still checked against its whole edition.
import { existsSync } from 'node:fs';
import { join, posix } from 'node:path';
import { parseArgs } from 'node:util';
import { editionDirs, fromRoot, looseArticles, readEdition } from './content-files.ts';
import { checkEdition } from '#src/content/check-edition.ts';
import { byPlace, formatProblem, type Problem } from '#src/content/problem.ts';
import { EDITION_FILE, ARTICLE_FILE } from '#src/content/defaults.ts';

export const CHECK_USAGE = 'usage: npm run check [-- <file>…] [--root content/editions]';

export interface CheckIo {
  cwd: string;
  out: (line: string) => void;
  err: (line: string) => void;
}

const isContentFile = (path: string) => ARTICLE_FILE.test(path) || posix.basename(path) === EDITION_FILE;

/** The site would build it, but it belongs to no edition. */
const loose = (file: string): Problem => ({
  file,
  line: 1,
  field: 'folder',
  zh: '稿件没有放在日期文件夹里；改法：把文件移到以出版日期命名的文件夹，如 2026-04-02/',
  en: 'the article is not in an edition folder. Fix: move it into the folder named after its date, e.g. 2026-04-02/.',
});

/** Runs the check; the exit code: 0 when nothing must be fixed, 1 for problems, 2 for bad arguments. */
export function runCheck(argv: readonly string[], io: CheckIo): number {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], allowPositionals: true, options: { root: { type: 'string', default: 'content/editions' } } });
  } catch (err) {
    io.err(`${(err as Error).message}\n${CHECK_USAGE}`);
    return 2;
  }
  const root = fromRoot(io.cwd, parsed.values.root);
  const given = parsed.positionals.map((p) => fromRoot(io.cwd, p)).filter(isContentFile);
  // A staged deletion has no file left to check; its folder is checked through the others.
  const files = given.filter((f) => existsSync(join(io.cwd, f)));
  if (parsed.positionals.length === 0 && !existsSync(join(io.cwd, root))) {
    io.err(`[check] ${root}: no such folder\n${CHECK_USAGE}`);
    return 2;
  }
  const dirs = parsed.positionals.length > 0 ? [...new Set(files.map((f) => posix.dirname(f)))].sort() : editionDirs(io.cwd, root);
  const wanted = new Set(files);
  const concerns = (p: Problem) => wanted.size === 0 || wanted.has(p.file) || (p.also ?? []).some((f) => wanted.has(f));
  const editions = dirs.map((dir) => readEdition(io.cwd, dir));
  const all = [...editions.flatMap(checkEdition), ...(parsed.positionals.length > 0 ? [] : looseArticles(io.cwd, root).map(loose))];
  const shown = (parsed.positionals.length > 0 ? all.filter(concerns) : all).sort(byPlace);
  const fileCount = parsed.positionals.length > 0 ? files.length : editions.reduce((n, e) => n + e.articles.length + (e.editionText === undefined ? 0 : 1), 0);

  for (const p of shown) io.out(formatProblem(p));
  const errors = shown.filter((p) => !p.note);
  if (errors.length > 0) {
    const inFiles = new Set(errors.map((p) => p.file)).size;
    io.err(`[check] ${errors.length} 个问题要改（${inFiles} 个文件）/ ${errors.length} problem(s) to fix in ${inFiles} file(s); 改好后再运行 npm run check`);
    return 1;
  }
  io.out(`[check] ${fileCount} 个文件没有问题 / ${fileCount} file(s) OK in ${editions.length} edition(s)`);
  return 0;
}
