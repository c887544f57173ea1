// The screen's verdicts kept from one `npm run build` to the next. Astro's glob loader
// hands every file to its entry type (and so to the screen, loader.ts) before it
// compares the file's digest with the data store's, so an unchanged archive was
// screened again on every build: at 20,000 articles about 12 s of a build that
// corrected one article (profiled at 5,000: 3.4 s). A verdict depends only on the
// file's path and text and on the code and settings the build stamp covers
// (src/build/cache.ts: src/, the lockfile, CONTENT_MDX …), so it is kept under the
// path with a digest of the text, in a file that names the stamp it was made under; a
// file of another stamp is not read. The sieve (sieve.ts) leaves most files unread, and
// their verdicts are carried over, so a build that reads them all again (a copied
// project, every file touched) finds them. `npm run build` passes its stamp (STAMP_VARIABLE); without
// it (`astro dev`, a bare `astro build`, the check) nothing is kept and every file is
// screened.
import { createHash } from 'node:crypto';
import type { Screened } from './loader.ts';
import { readStamped, writeStamped } from './stamped-record.ts';

/** The environment variable through which `npm run build` (scripts/build.ts) gives `astro build` its stamp. */
export const STAMP_VARIABLE = 'NEWSPAPER_BUILD_STAMP';

export interface VerdictMemo {
  /** The kept verdict on this text, or `screen()`'s. */
  verdict(file: string, text: string, screen: () => Screened): Screened;
  /**
   * Keeps, for the next build, the verdict of each file in `present` (the files the
   * collection holds now): this build's, or for a file not read this build (sieve.ts:
   * unchanged since the last build) the one kept before. A deleted file's goes.
   */
  save(present: Iterable<string>): void;
  /** How many verdicts came from the previous build. */
  reused(): number;
}

interface Kept {
  /** A digest of the text the verdict was made on. */
  text: string;
  screened: Screened;
}

/** The memo kept at `path` under `stamp`; with either missing, one that keeps nothing. */
export function verdictMemo(path: string | undefined, stamp: string | undefined): VerdictMemo {
  if (!path || !stamp) return { verdict: (_file, _text, screen) => screen(), save: () => {}, reused: () => 0 };
  const kept = readStamped<Kept>(path, stamp); // none yet, cut short or of another stamp: every file is screened
  const made = new Map<string, Kept>();
  let reused = 0;
  return {
    verdict(file, text, screen) {
      const digest = createHash('sha256').update(text).digest('base64url');
      const known = Object.hasOwn(kept, file) && kept[file]!.text === digest ? kept[file]!.screened : undefined;
      if (known) reused++;
      const screened = known ?? screen();
      made.set(file, { text: digest, screened });
      return screened;
    },
    save(present) {
      const verdicts: Record<string, Kept> = {};
      for (const file of present) {
        const v = made.get(file) ?? (Object.hasOwn(kept, file) ? kept[file] : undefined);
        if (v) verdicts[file] = v;
      }
      writeStamped(path, stamp, verdicts);
    },
    reused: () => reused,
  };
}
