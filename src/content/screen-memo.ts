// The screen's verdicts kept from one `npm run build` to the next. Astro's glob loader
// hands every file to its entry type (and so to the screen, loader.ts) before it
// compares the file's digest with the data store's, so an unchanged archive was
// screened again on every build: at 20,000 articles about 12 s of a build that
// corrected one article (profiled at 5,000: 3.4 s). A verdict depends only on the
// file's path and text and on the code and settings the build stamp covers
// (src/build/cache.ts: src/, the lockfile, CONTENT_MDX …), so it is kept under a
// digest of path and text in a file that names the stamp it was made under; a file of
// another stamp is not read. `npm run build` passes its stamp (STAMP_VARIABLE); without
// it (`astro dev`, a bare `astro build`, the check) nothing is kept and every file is
// screened.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Screened } from './loader.ts';

/** The environment variable through which `npm run build` (scripts/build.ts) gives `astro build` its stamp. */
export const STAMP_VARIABLE = 'NEWSPAPER_BUILD_STAMP';

export interface VerdictMemo {
  /** The kept verdict on this text, or `screen()`'s. */
  verdict(file: string, text: string, screen: () => Screened): Screened;
  /** Keeps this build's verdicts (only those: a deleted file's goes) for the next build. */
  save(): void;
  /** How many verdicts came from the previous build. */
  reused(): number;
}

interface MemoFile {
  stamp: string;
  verdicts: Record<string, Screened>;
}

function read(path: string, stamp: string): Record<string, Screened> {
  try {
    const data = JSON.parse(readFileSync(path, 'utf8')) as Partial<MemoFile> | null;
    return data?.stamp === stamp && typeof data.verdicts === 'object' && data.verdicts !== null ? data.verdicts : {};
  } catch {
    return {}; // none yet, or cut short: every file is screened
  }
}

/** The memo kept at `path` under `stamp`; with either missing, one that keeps nothing. */
export function verdictMemo(path: string | undefined, stamp: string | undefined): VerdictMemo {
  if (!path || !stamp) return { verdict: (_file, _text, screen) => screen(), save: () => {}, reused: () => 0 };
  const kept = read(path, stamp);
  const made: Record<string, Screened> = {};
  let reused = 0;
  return {
    verdict(file, text, screen) {
      const key = createHash('sha256').update(file).update('\0').update(text).digest('base64url');
      const known = Object.hasOwn(kept, key) ? kept[key] : undefined;
      if (known) reused++;
      return (made[key] = known ?? screen());
    },
    save() {
      mkdirSync(dirname(path), { recursive: true });
      const tmp = `${path}.${process.pid}.tmp`;
      writeFileSync(tmp, JSON.stringify({ stamp, verdicts: made } satisfies MemoFile));
      renameSync(tmp, path);
    },
    reused: () => reused,
  };
}
