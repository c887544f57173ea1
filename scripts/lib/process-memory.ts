// Peak memory of a process and all its children (Astro's Node process and the
// Pagefind binary it starts), sampled from /proc: the resident set that a machine
// must actually have, which no single process's maxRSS shows.
import { readFileSync } from 'node:fs';

function children(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/u).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

function rssKiB(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+) kB/u.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

/** Resident memory of `pid` and its descendants, in bytes. */
export function treeRss(pid: number): number {
  let total = 0;
  const stack = [pid];
  while (stack.length > 0) {
    const p = stack.pop()!;
    total += rssKiB(p);
    stack.push(...children(p));
  }
  return total * 1024;
}

export interface Sample {
  at: number;
  bytes: number;
}

/** Samples the tree every `everyMs` until stopped; returns the samples. */
export function sampleMemory(pid: number, everyMs = 100): { stop: () => Sample[] } {
  const samples: Sample[] = [];
  const timer = setInterval(() => samples.push({ at: Date.now(), bytes: treeRss(pid) }), everyMs);
  return {
    stop: () => {
      clearInterval(timer);
      return samples;
    },
  };
}

export const peakBetween = (samples: readonly Sample[], from: number, to: number): number =>
  samples.filter((s) => s.at >= from && s.at <= to).reduce((m, s) => Math.max(m, s.bytes), 0);
