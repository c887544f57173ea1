// Writes that survive faults, one mechanism for every command that changes files in
// place (the ingest and `npm run new` in an edition folder, assemble and the build
// swapping in a whole site):
//  - a lock per target (`.<name>.lock` beside it, holding the owner's pid), so two
//    commands on one edition run one after the other and neither loses the other's
//    page; a lock whose process is gone is taken over;
//  - a journal (`.<name>.journal.json` beside the target): every new file is first
//    written in full under a temporary name, then the list of renames is written in
//    one atomic step, then the renames run. Killed before the journal, nothing has
//    changed and the temporary files are debris; killed after it, every file on disk
//    is still whole (a rename is atomic) and the next command on that target finishes
//    the renames first (`recover`). So the target ends as before or as after, never
//    between, and `npm run check` reports what an interrupted command left.
// Locks are per machine (a pid means nothing on another host): one checkout, one machine.
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync, statSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** A write that could not be done, said so a person can act: what, where, how to fix. */
export class WriteError extends Error {}

/** Test hook for the fault tests: `SAFE_WRITE_KILL_AT=n` kills this process at the n-th step of a commit. */
const KILL_AT = Number(process.env['SAFE_WRITE_KILL_AT'] ?? 0);
let step = 0;
function faultPoint(): void {
  if (KILL_AT > 0 && ++step === KILL_AT) process.kill(process.pid, 'SIGKILL');
}

const lockPath = (target: string) => join(dirname(target), `.${basename(target)}.lock`);
export const journalPath = (target: string): string => join(dirname(target), `.${basename(target)}.journal.json`);
/** Temporary names: this module's, and the ingest's before it (`01-01.md.ingest-PID.tmp`). */
export const TEMP_FILE = /(?:\.writing-\d+\.tmp|\.ingest-\d+\.tmp)$/u;

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

interface LockOwner {
  pid: number;
  since: string;
  command: string;
}

function readOwner(file: string): LockOwner | undefined {
  try {
    const owner = JSON.parse(readFileSync(file, 'utf8')) as LockOwner;
    return typeof owner.pid === 'number' ? owner : undefined;
  } catch {
    return undefined; // gone, or being written this instant
  }
}

/** The owner of `target`'s lock when a live process holds it (for the check: its temporary files are not debris). */
export function lockHolder(target: string): LockOwner | undefined {
  const owner = readOwner(lockPath(target));
  return owner && alive(owner.pid) ? owner : undefined;
}

/** Makes `dir` (and its parents); returns the first folder it had to create, if any. */
function ensureFolder(dir: string): string | undefined {
  let created: string | undefined;
  try {
    created = mkdirSync(dir, { recursive: true });
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    const why = code === 'EEXIST' || code === 'ENOTDIR' ? 'a file stands where a folder is needed' : `it cannot be created (${code ?? 'error'})`;
    throw new WriteError(`cannot write into ${dir}: ${why}. Fix: give a folder you can write to, or move the file away.`, { cause });
  }
  if (statSync(dir).isDirectory() !== true) throw new WriteError(`cannot write into ${dir}: it is a file, not a folder. Fix: give a folder, or move the file away.`);
  return created;
}

/** Removes the folders ensureFolder made for a lock when nothing was written in them after all. */
function removeIfEmpty(dir: string, upTo: string | undefined): void {
  if (!upTo) return;
  for (let d = dir; d.length >= upTo.length; d = dirname(d)) {
    try {
      rmdirSync(d);
    } catch {
      return; // not empty: something was written
    }
    if (d === upTo) return;
  }
}

/**
 * Takes `target`'s lock, waiting up to `waitMs` for another command that holds it,
 * and returns its release. A lock left by a process that no longer runs is taken over.
 */
export function acquireLock(target: string, command: string, { waitMs = 120_000 } = {}): () => void {
  const created = ensureFolder(dirname(target));
  const file = lockPath(target);
  const me: LockOwner = { pid: process.pid, since: new Date().toISOString(), command };
  const deadline = Date.now() + waitMs;
  for (;;) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, JSON.stringify(me));
      closeSync(fd);
      return () => {
        rmSync(file, { force: true });
        removeIfEmpty(dirname(target), created);
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw new WriteError(`cannot lock ${target} (${(err as NodeJS.ErrnoException).code ?? 'error'}): ${dirname(target)} must be a folder you can write to.`, { cause: err });
      }
    }
    const owner = readOwner(file);
    if (owner && !alive(owner.pid)) {
      takeOver(file, owner);
      continue;
    }
    if (Date.now() > deadline) {
      throw new WriteError(
        `${target} is being written by another command (${owner ? `${owner.command}, pid ${owner.pid}, since ${owner.since}` : 'unknown'}); waited ${Math.round(waitMs / 1000)} s. ` +
          `Fix: let it finish and run again; if no such command is running, delete ${file}.`,
      );
    }
    sleep(25);
  }
}

/** Runs `fn` holding `target`'s lock (see acquireLock). */
export function withLock<T>(target: string, command: string, fn: () => T, options: { waitMs?: number } = {}): T {
  const release = acquireLock(target, command, options);
  try {
    return fn();
  } finally {
    release();
  }
}

/** Moves a dead owner's lock aside, then checks that it was that one (not a lock a live process took meanwhile). */
function takeOver(file: string, dead: LockOwner): void {
  const aside = `${file}.stale-${process.pid}`;
  try {
    renameSync(file, aside);
  } catch {
    return; // someone else took it over first
  }
  const moved = readOwner(aside);
  if (moved && moved.pid !== dead.pid && alive(moved.pid) && !existsSync(file)) renameSync(aside, file);
  else rmSync(aside, { force: true });
}

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
  const fd = openSync(file, 'w');
  try {
    writeSync(fd, typeof content === 'string' ? Buffer.from(content) : content);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
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
  const temps: string[] = [];
  try {
    for (const f of files) {
      const tmp = join(dirname(f.path), `.${basename(f.path)}.writing-${process.pid}.tmp`);
      temps.push(tmp);
      writeDurably(tmp, f.content);
      faultPoint();
    }
  } catch (cause) {
    for (const t of temps) rmSync(t, { force: true });
    throw new WriteError(`could not write into ${dir} (${(cause as NodeJS.ErrnoException).code ?? (cause as Error).message}); nothing was changed.`, { cause });
  }
  run(dir, { steps: files.map((f, i) => ({ from: temps[i]!, to: f.path })), removes: [...removes] });
}

/** A new folder beside `target` to build its replacement in (swapInto renames it into place). */
export function workFolderFor(target: string): string {
  const work = join(dirname(target), `.${basename(target)}.new-${process.pid}`);
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  return work;
}

/**
 * Puts the folder `work` in the place of `target` (hold `target`'s lock): the old
 * `target` is renamed aside, `work` renamed in, the old one deleted, by a journal, so
 * an interrupted swap is finished by the next `recover`: the site is the old one or
 * the new one, whole, never a half-deleted mix.
 */
export function swapInto(work: string, target: string): void {
  const old = join(dirname(target), `.${basename(target)}.old-${process.pid}`);
  const hasOld = existsSync(target);
  run(target, {
    steps: [...(hasOld ? [{ from: target, to: old, fresh: true as const }] : []), { from: work, to: target }],
    removes: hasOld ? [old] : [],
  });
}
