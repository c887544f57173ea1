// Writes that survive faults, one mechanism for every command that changes files in
// place (the ingest and `npm run new` in an edition folder, assemble and the build
// swapping in a whole site):
//  - a lock per target (src/content/lock.ts), so two commands on one edition run
//    one after the other and neither loses the other's page;
//  - a journal (`.<name>.journal.json` beside the target): every new file is first
//    written in full under a temporary name, then the list of renames is written in
//    one atomic step, then the renames run. Killed before the journal, nothing has
//    changed and the temporary files are debris; killed after it, every file on disk
//    is still whole (a rename is atomic) and the next command on that target finishes
//    the renames first (`recover`). So the target ends as before or as after, never
//    between, and `npm run check` reports what an interrupted command left.
import { spawn } from 'node:child_process';
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { ensureFolder, lockHolder, WriteError } from './lock.ts';

/** Test hook for the fault tests: `SAFE_WRITE_KILL_AT=n` kills this process at the n-th step of a commit. */
const KILL_AT = Number(process.env['SAFE_WRITE_KILL_AT'] ?? 0);
let step = 0;
function faultPoint(): void {
  if (KILL_AT > 0 && ++step === KILL_AT) process.kill(process.pid, 'SIGKILL');
}

export const journalPath = (target: string): string => join(dirname(target), `.${basename(target)}.journal.json`);
/** Temporary names: this module's, and the ingest's before it (`01-01.md.ingest-PID.tmp`). */
export const TEMP_FILE = /(?:\.writing-\d+\.tmp|\.ingest-\d+\.tmp)$/u;

/** One step of a journal: a rename. `fresh` when `to` is a new name that exists only once the step is done. */
interface Step {
  from: string;
  to: string;
  fresh?: true;
}

interface Journal {
  steps: Step[];
  /** Removed once every rename is done (replaced files, the old copy of a site). */
  removes: string[];
}

function writeDurably(file: string, content: string | Uint8Array): void {
  writeAllDurably([{ path: file, content }], false);
}

/** Files kept open at once while their writes are flushed together. */
const OPEN_AT_ONCE = 64;

/**
 * Writes every file, then flushes them: one flush after many writes costs less than a
 * flush after each (the disk's journal commits fewer times), and a file is still on
 * disk in full before anything is renamed onto it.
 */
function writeAllDurably(files: ReadonlyArray<{ path: string; content: string | Uint8Array }>, faults = true): void {
  for (let from = 0; from < files.length; from += OPEN_AT_ONCE) {
    const fds: number[] = [];
    try {
      for (const f of files.slice(from, from + OPEN_AT_ONCE)) {
        const fd = openSync(f.path, 'w');
        fds.push(fd);
        writeSync(fd, typeof f.content === 'string' ? Buffer.from(f.content) : f.content);
        if (faults) faultPoint();
      }
      for (const fd of fds) fsyncSync(fd);
    } finally {
      for (const fd of fds) closeSync(fd);
    }
  }
}

function run(target: string, journal: Journal): void {
  const file = journalPath(target);
  const tmp = `${file}.writing-${process.pid}.tmp`;
  writeDurably(tmp, JSON.stringify(journal));
  renameSync(tmp, file); // from here on, the change will happen: at once, or on the next run
  faultPoint();
  replay(journal);
  rmSync(file, { force: true });
}

/** Does what is left of a journal: a step is done once its `from` is gone (or its fresh `to` is there). */
function replay(journal: Journal): void {
  for (const s of journal.steps) {
    if (!existsSync(s.from) || (s.fresh && existsSync(s.to))) continue;
    renameSync(s.from, s.to);
    faultPoint();
  }
  for (const r of journal.removes) {
    rmSync(r, { recursive: true, force: true });
    faultPoint();
  }
}

/** What recover found and did, for the command to say. */
export interface Recovery {
  /** A journal was finished: the interrupted command's changes are now all in place. */
  finished: boolean;
  /** Temporary files and folders of interrupted commands that were removed. */
  removed: string[];
}

const debrisIn = (dir: string, name: string) =>
  existsSync(dir)
    ? readdirSync(dir).filter((f) => f.startsWith(`.${name}.new-`) || f.startsWith(`.${name}.old-`) || f.startsWith(`.${name}-assembling-`) || f.startsWith(`.${name}.journal.json.writing-`) || f.startsWith(`.${name}.lock.stale-`))
    : [];

/**
 * Finishes what an interrupted command on `target` left (call it holding the lock):
 * its journal's renames are done; its temporary files (inside `target` when it is a
 * folder of files, beside it when it is a site) are removed.
 */
export function recover(target: string): Recovery {
  const file = journalPath(target);
  let finished = false;
  if (existsSync(file)) {
    replay(JSON.parse(readFileSync(file, 'utf8')) as Journal);
    rmSync(file, { force: true });
    finished = true;
  }
  const parent = dirname(target);
  const removed = debrisIn(parent, basename(target)).map((f) => join(parent, f));
  if (existsSync(target) && statSync(target).isDirectory()) removed.push(...readdirSync(target).filter((f) => TEMP_FILE.test(f)).map((f) => join(target, f)));
  for (const r of removed) rmSync(r, { recursive: true, force: true });
  return { finished, removed };
}

/** What an interrupted command left at `target`, for `npm run check` (nothing while a live command holds the lock). */
export function leftovers(target: string): { journal: boolean; temps: string[] } {
  if (lockHolder(target)) return { journal: false, temps: [] };
  const temps = existsSync(target) && statSync(target).isDirectory() ? readdirSync(target).filter((f) => TEMP_FILE.test(f)).sort() : [];
  return { journal: existsSync(journalPath(target)), temps };
}

export interface FileWrite {
  path: string;
  content: string;
}

/**
 * Writes `files` into the folder `dir` all or nothing (hold `dir`'s lock): each in
 * full under a temporary name first, then renamed into place by a journal; `removes`
 * are deleted once all are in place (an article that moved to the other extension).
 */
export function commitFiles(dir: string, files: readonly FileWrite[], removes: readonly string[] = []): void {
  ensureFolder(dir);
  const temps = files.map((f) => join(dirname(f.path), `.${basename(f.path)}.writing-${process.pid}.tmp`));
  try {
    writeAllDurably(files.map((f, i) => ({ path: temps[i]!, content: f.content })));
  } catch (cause) {
    for (const t of temps) rmSync(t, { force: true });
    throw new WriteError(`could not write into ${dir} (${(cause as NodeJS.ErrnoException).code ?? (cause as Error).message}); nothing was changed.`, { cause });
  }
  run(dir, { steps: files.map((f, i) => ({ from: temps[i]!, to: f.path })), removes: [...removes] });
}

/**
 * A new folder beside `target` to build its replacement in (swapInto renames it into
 * place). Its name is the same every time, not one per process: Astro writes the out
 * folder's path into the code of `astro:assets`, so a new name each build made every
 * page that shows an image (every article) a changed page to Astro's incremental build.
 * One command at a time holds `target`'s lock, so one name is enough; what a killed
 * command left there is emptied first (and `recover` removes it as debris).
 */
export function workFolderFor(target: string): string {
  const work = join(dirname(target), `.${basename(target)}.new-work`);
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  return work;
}

/**
 * Puts the folder `work` in the place of `target` (hold `target`'s lock): the old
 * `target` is renamed aside, `work` renamed in, the old one deleted, by a journal, so
 * an interrupted swap is finished by the next `recover`: the site is the old one or
 * the new one, whole, never a half-deleted mix. With `deleteOld: false` the old one is
 * only renamed aside (`.<target>.old-<pid>`), and its path returned.
 */
export function swapInto(work: string, target: string, { deleteOld = true }: { deleteOld?: boolean } = {}): string | undefined {
  const old = join(dirname(target), `.${basename(target)}.old-${process.pid}`);
  const hasOld = existsSync(target);
  run(target, {
    steps: [...(hasOld ? [{ from: target, to: old, fresh: true as const }] : []), { from: work, to: target }],
    removes: hasOld && deleteOld ? [old] : [],
  });
  // Not deleted: the caller's to delete; left over, it is debris the next recover() removes.
  return hasOld && !deleteOld ? old : undefined;
}

/**
 * Deletes a folder that is no longer in use (an old site after a swap) by a process
 * of its own that outlives this one: it is first renamed `.<target>.deleting-<pid>`, a
 * name no command reads, so nobody waits for it (at 20,000 articles an old site's
 * 100,000 files took 11 s to delete). A deletion cut short (the machine stopped) is
 * taken up again by `resumeDeletions`.
 */
export function deleteInBackground(folder: string, target: string): void {
  const doomed = join(dirname(target), `.${basename(target)}.deleting-${process.pid}-${Date.now()}`);
  renameSync(folder, doomed);
  removeDetached(doomed);
}

function removeDetached(folder: string): void {
  spawn(process.execPath, ['-e', 'require("node:fs").rmSync(process.env.DELETE_FOLDER, { recursive: true, force: true })'], {
    detached: true,
    stdio: 'ignore',
    env: { ...process.env, DELETE_FOLDER: folder },
  }).unref();
}

/** Starts again the deletions of `.<target>.deleting-*` folders that a stopped machine left (two removers of one folder do no harm). */
export function resumeDeletions(target: string): void {
  const parent = dirname(target);
  if (!existsSync(parent)) return;
  for (const f of readdirSync(parent)) if (f.startsWith(`.${basename(target)}.deleting-`)) removeDetached(join(parent, f));
}
