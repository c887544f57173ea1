// The build cache: what `npm run build` keeps between builds so that the next one
// redoes only what changed (docs/operators.md, "The build cache"). One folder,
// `.build-cache/` in the project (git-ignored; not under node_modules/, which `npm ci`
// deletes), so CI keeps it with one cache step:
//   .build-cache/astro/      Astro's cacheDir: its content data store and its incremental
//                            build (incremental-build.json and a copy of every keyed page)
//   .build-cache/postbuild/  the post-build's: per edition its search records, offline
//                            files and relative pages; per index part its Pagefind files
//   .build-cache/stamp.json  what the cache was built from (below); written last
// (a shard build's under .build-cache/shard-<name>/: cacheFolder()).
//
// Never stale: content is checked piece by piece (page cacheKeys, src/site/cache-keys.ts;
// each edition's built files, src/build/part-cache.ts), and everything else that shapes
// the output is in the stamp: every file of src/, public/ and the build scripts, the
// Astro config, package.json and the lockfile, the Node version, SITE_URL, SHARD,
// HANT_VARIANT, CONTENT_MDX and the part size. A stamp that differs, a missing stamp (no cache, or a build that
// did not finish: the stamp is removed when a build starts and written when it has
// succeeded) or `--full` throws the whole folder away: a full build.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export const CACHE_DIR = '.build-cache';
export const ASTRO_CACHE_SUBDIR = 'astro';
export const POSTBUILD_CACHE_SUBDIR = 'postbuild';

/**
 * The cache of this build, from the project root: `.build-cache/`, or for a shard
 * build (SHARD=2025) `.build-cache/shard-2025/`, so that shards built one after the
 * other in one folder keep a cache each.
 */
export const cacheFolder = (shardName: string | undefined): string => (shardName ? `${CACHE_DIR}/shard-${shardName}` : CACHE_DIR);
const STAMP_FILE = 'stamp.json';

/** Project files and folders whose every byte can change the output. */
const CODE_INPUTS = ['src', 'public', 'scripts/build.ts', 'scripts/postbuild.ts', 'astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json'];
/** Environment variables the build reads. */
const ENV_INPUTS = ['SITE_URL', 'SHARD', 'SEARCH_PART_ARTICLES', 'HANT_VARIANT', 'CONTENT_MDX'];

export type Stamp = Record<string, string>;

function filesUnder(root: string, path: string): string[] {
  const full = join(root, path);
  if (!existsSync(full)) return [];
  if (!statSync(full).isDirectory()) return [path];
  return readdirSync(full, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(root, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
}

/** One digest per input, so a discarded cache can say which input changed. */
export function buildStamp(root: string, env: NodeJS.ProcessEnv, extra: Record<string, string> = {}): Stamp {
  const stamp: Stamp = { node: process.version };
  for (const input of CODE_INPUTS) {
    const hash = createHash('sha256');
    for (const file of filesUnder(root, input)) hash.update(`${file}\0`).update(readFileSync(join(root, file))).update('\0');
    stamp[input] = hash.digest('base64url');
  }
  for (const name of ENV_INPUTS) stamp[name] = env[name] ?? '';
  return { ...stamp, ...extra };
}

export type CacheState =
  | { kind: 'reused' }
  | { kind: 'full'; reason: 'asked' | 'no cache' | 'unfinished' | 'changed'; changed?: string[] };

/** Why the cache is not used, in a word an operator can act on. */
export function describeState(state: CacheState): string {
  switch (state.kind) {
    case 'reused':
      return 'reusing the cache of the previous build';
    case 'full':
      switch (state.reason) {
        case 'asked':
          return 'full build (--full): cache discarded';
        case 'no cache':
          return 'full build: no cache yet';
        case 'unfinished':
          return 'full build: the previous build did not finish, its cache is discarded';
        case 'changed':
          return `full build: ${state.changed!.join(', ')} changed since the cache was made, cache discarded`;
        default: {
          const never: never = state.reason;
          return never;
        }
      }
    default: {
      const never: never = state;
      return never;
    }
  }
}

/**
 * Decides whether the cache in `cacheDir` can be used with `stamp`, discards it when
 * not, and removes its stamp until sealCache(): a build that fails or is stopped
 * leaves a cache the next build will not trust.
 */
export function openCache(cacheDir: string, stamp: Stamp, full: boolean): CacheState {
  const stampFile = join(cacheDir, STAMP_FILE);
  const state = ((): CacheState => {
    if (full) return { kind: 'full', reason: 'asked' };
    if (!existsSync(cacheDir)) return { kind: 'full', reason: 'no cache' };
    if (!existsSync(stampFile)) return { kind: 'full', reason: 'unfinished' };
    let before: Stamp;
    try {
      before = JSON.parse(readFileSync(stampFile, 'utf8')) as Stamp;
    } catch {
      return { kind: 'full', reason: 'unfinished' };
    }
    const changed = [...new Set([...Object.keys(before), ...Object.keys(stamp)])].filter((k) => before[k] !== stamp[k]).sort();
    return changed.length > 0 ? { kind: 'full', reason: 'changed', changed } : { kind: 'reused' };
  })();
  if (state.kind === 'full') rmSync(cacheDir, { recursive: true, force: true });
  else rmSync(stampFile, { force: true });
  return state;
}

/** After a build that succeeded: the cache is complete and may be used by the next. */
export function sealCache(cacheDir: string, stamp: Stamp): void {
  writeFileSync(join(cacheDir, STAMP_FILE), `${JSON.stringify(stamp, null, 2)}\n`);
}
