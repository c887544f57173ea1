// `npm run new`: the file-system side. Reads what the edition folder holds,
// writes the new article (never over an existing file) and, when the page is new,
// the edition file through the ingest's own mergeEdition/editionToYaml.
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { editionToYaml, mergeEdition, parseEditionYaml } from '#src/ingest/edition-data.ts';
import { articleFilesIn, readIfExists } from '#src/ingest/files.ts';
import { NewUsageError, parseNewArgs } from './new-args.ts';
import { articleText, nextOrder, type Placed } from './scaffold.ts';
import { readFrontmatter } from '#src/content/frontmatter.ts';
import { articleFileName, EDITION_FILE, newPageName, PAPER_NAME } from '#src/content/defaults.ts';
import { withLock, WriteError } from '#src/content/lock.ts';
import { commitFiles, recover, type FileWrite } from '#src/content/safe-write.ts';

export interface NewIo {
  cwd: string;
  out: (line: string) => void;
  err: (line: string) => void;
}

/** Page and order of each article already in `dir`, drafts and unfinished files included. */
function placedIn(dir: string): Placed[] {
  return articleFilesIn(dir).flatMap((file) => {
    const { data } = readFrontmatter(readFileSync(file, 'utf8'));
    return typeof data['page'] === 'number' && typeof data['order'] === 'number' ? [{ page: data['page'], order: data['order'] }] : [];
  });
}

/** Exit code: 0 written, 1 refused (file exists, edition file unreadable), 2 bad arguments. */
export function runNew(argv: readonly string[], io: NewIo): number {
  let opts;
  try {
    opts = parseNewArgs(argv);
  } catch (err) {
    if (!(err instanceof NewUsageError)) throw err;
    io.err(`[new] ${err.message}`);
    return 2;
  }
  // --out may be absolute: the folder is where it says, and so is the path printed.
  const dir = resolve(io.cwd, opts.out, opts.date);
  const inside = relative(io.cwd, dir);
  const relDir = (inside && !inside.startsWith('..') && !isAbsolute(inside) ? inside : dir).split(sep).join('/');
  try {
    // Two `npm run new` at once on one edition take one order each, one after the other.
    return withLock(dir, 'npm run new', () => {
      recover(dir);
      return scaffoldInto(dir, relDir, opts, io);
    });
  } catch (err) {
    if (!(err instanceof WriteError)) throw err;
    io.err(`[new] 写不进去 / ${err.message}`);
    return 1;
  }
}

function scaffoldInto(dir: string, relDir: string, opts: ReturnType<typeof parseNewArgs>, io: NewIo): number {
  const order = nextOrder(placedIn(dir), opts.page);
  const name = articleFileName(opts.page, order);
  const relFile = `${relDir}/${name}`;
  const taken = [name, name.replace(/\.md$/, '.mdx')].find((f) => existsSync(join(dir, f)));
  if (taken) {
    io.err(`[new] ${relDir}/${taken} 已经存在，不会改动它；请直接编辑它，或换一个版次 / ${relDir}/${taken} already exists and is left as it is; edit it, or choose another page`);
    return 1;
  }

  const editionPath = join(dir, EDITION_FILE);
  const editionText = readIfExists(editionPath);
  let existing;
  try {
    existing = editionText === undefined ? undefined : parseEditionYaml(editionText);
  } catch {
    io.err(`[new] ${relDir}/${EDITION_FILE} 有错误，先运行 npm run check 改好它 / ${relDir}/${EDITION_FILE} is not valid; run npm run check and fix it first`);
    return 1;
  }
  const listed = existing?.pages.find((p) => p.number === opts.page);
  const writes: FileWrite[] = [{ path: join(dir, name), content: articleText({ date: opts.date, page: opts.page, order, title: opts.title }) }];
  if (!listed) {
    const { edition } = mergeEdition(existing, {
      paper: existing?.paper ?? PAPER_NAME,
      date: opts.date,
      page: opts.page,
      name: opts.pageName ?? newPageName(opts.page),
    });
    writes.push({ path: editionPath, content: editionToYaml(edition) });
  }
  // The article and the edition file together or not at all.
  commitFiles(dir, writes);
  if (!listed) io.out(`[new] 第${opts.page}版已加入 ${relDir}/${EDITION_FILE} / page ${opts.page} added to ${relDir}/${EDITION_FILE}`);
  else if (opts.pageName && opts.pageName !== listed.name) {
    io.out(`[new] 第${opts.page}版的版名仍是“${listed.name}”，要改请编辑 ${EDITION_FILE} / page ${opts.page} keeps its name "${listed.name}"; edit ${EDITION_FILE} to change it`);
  }
  io.out(relFile);
  return 0;
}
