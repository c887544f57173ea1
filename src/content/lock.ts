// One command at a time per target (an edition folder, a site): a lock file beside
// the target (`.<name>.lock`) holding the owner's pid, taken with an exclusive create,
// waited for while its owner runs, taken over once its owner is gone. Used by the
// journaled writes of src/content/safe-write.ts. Locks are per machine: a pid means
// nothing on another host, so one checkout is written from one machine.
import { closeSync, mkdirSync, openSync, readFileSync, renameSync, rmdirSync, rmSync, statSync, writeSync, existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** A write that could not be done, said so a person can act: what, where, how to fix. */
export class WriteError extends Error {}

export const lockPath = (target: string): string => join(dirname(target), `.${basename(target)}.lock`);
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
export function ensureFolder(dir: string): string | undefined {
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

