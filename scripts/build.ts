// `npm run build [-- --full] [-- <outDir> | --out <outDir>] [post-build options]`:
// `astro build`, then the post-build (scripts/postbuild.ts: search index, offline
// files, relative links), each in a process of its own so that Astro's memory is
// given back before Pagefind needs its own.
// - The build cache (.build-cache/, src/build/cache.ts): each step reuses what is
//   unchanged since the previous build; `--full` discards the cache first (a build
//   with no cache, or whose inputs other than content changed, is full anyway). The
//   cache is sealed only when both steps succeeded.
// - Never a half-built site: both steps write into a folder beside the output, which
//   is swapped into place only when both succeeded (src/content/safe-write.ts). A failed
//   or killed build leaves the output as it was (the last good build, or nothing).
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { placeCachedPages, removeUnbuiltPages } from '#src/build/astro-pages.ts';
import { ASTRO_CACHE_SUBDIR, buildStamp, cacheFolder, describeState, openCache, POSTBUILD_CACHE_SUBDIR, sealCache } from '#src/build/cache.ts';
import { currentShard } from '#src/build/shard.ts';
import { STAMP_VARIABLE } from '#src/content/screen-memo.ts';
import { acquireLock, WriteError } from '#src/content/lock.ts';
import { deleteInBackground, recover, resumeDeletions, swapInto, workFolderFor } from '#src/content/safe-write.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    full: { type: 'boolean', default: false },
    out: { type: 'string' },
    'part-articles': { type: 'string' },
    concurrency: { type: 'string' },
  },
});
const root = process.cwd();
const out = resolve(values.out ?? positionals[0] ?? 'dist');
const shard = (() => {
  try {
    return currentShard();
  } catch (error) {
    console.error(`[build] ${(error as Error).message}`);
    process.exit(2);
  }
})();
const cache = cacheFolder(shard?.name);
const cacheDir = join(root, cache);
const time = () => new Date().toTimeString().slice(0, 8);
const log = (line: string) => console.log(`${time()} [build] ${line}`);

/**
 * Runs `args` with this Node, output passed through; `typescript` adds the TypeScript
 * loader this script runs under (tsx). Astro runs without it, as `astro build` would:
 * the loader's hooks would see every module Astro and Vite load.
 */
function step(args: string[], { typescript = false, env = {} }: { typescript?: boolean; env?: Record<string, string> } = {}): Promise<number> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [...(typescript ? process.execArgv : []), ...args], { stdio: 'inherit', env: { ...process.env, ...env } });
    child.on('error', fail);
    child.on('close', (code, signal) => done(code ?? (signal ? 1 : 0)));
  });
}

let release: () => void;
try {
  release = acquireLock(out, 'npm run build');
} catch (error) {
  console.error(`[build] ${(error as WriteError).message}`);
  process.exit(1);
}
recover(out); // what a killed build left: its half-written folder, a swap to finish
resumeDeletions(out); // old sites whose deletion a stopped machine cut short
const work = workFolderFor(out);
const fail = (what: string, code: number): never => {
  rmSync(work, { recursive: true, force: true });
  release();
  console.error(`[build] ${what} failed: ${out} is as it was (the last good build, or none); nothing of this build is in it. Fix the cause above and run npm run build again.`);
  process.exit(code || 1);
};

const stamp = buildStamp(root, process.env, values['part-articles'] ? { partArticles: values['part-articles'] } : {});
const state = openCache(cacheDir, stamp, values.full);
log(`${describeState(state)} (${cache}/)`);
mkdirSync(cacheDir, { recursive: true });

const astro = join(createRequire(import.meta.url).resolve('astro/package.json'), '..', 'bin', 'astro.mjs');
const astroCache = join(cacheDir, ASTRO_CACHE_SUBDIR);
// The previous build's pages, linked in place so that Astro need not copy the unchanged ones.
const placing = Date.now();
const placed = state.kind === 'full' ? [] : placeCachedPages(astroCache, work);
const astroStarted = Date.now();
log(`astro build${placed.length ? ` (${placed.length} pages of the previous build placed for it in ${((astroStarted - placing) / 1000).toFixed(1)} s)` : ''}`);
// --force: Astro itself also ignores its incremental manifest and content store.
// BUILD_PAGES_PLACED on every build (full too): it is part of Astro's config, whose hash keys Astro's cache.
// The stamp: the content loader keeps the screen's verdicts under it (src/content/screen-memo.ts).
const stampDigest = createHash('sha256').update(JSON.stringify(stamp)).digest('base64url');
const site = await step([astro, 'build', '--root', root, '--outDir', work, ...(state.kind === 'full' ? ['--force'] : [])], { env: { BUILD_PAGES_PLACED: '1', [STAMP_VARIABLE]: stampDigest } });
if (site !== 0) fail('astro build', site);
const unbuilt = removeUnbuiltPages(astroCache, work, placed, astroStarted);
if (unbuilt.length) log(`${unbuilt.length} page(s) of the previous build no longer built: removed`);

log('post-build');
const passed = (['part-articles', 'concurrency'] as const).flatMap((name) => (values[name] ? [`--${name}`, values[name]] : []));
const post = await step([join(root, 'scripts', 'postbuild.ts'), work, '--cache', join(cacheDir, POSTBUILD_CACHE_SUBDIR), ...passed], { typescript: true });
if (post !== 0) fail('the post-build', post);

const old = swapInto(work, out, { deleteOld: false });
sealCache(cacheDir, stamp);
// Deleted by a process that outlives this one: its files are not the cache's (links.ts), and nobody needs to wait.
if (old) deleteInBackground(old, out);
release();
log(`${out}: the new site is in place${old ? ' (the old one is being deleted in the background)' : ''}; the cache is kept in ${cache}/ for the next build`);
