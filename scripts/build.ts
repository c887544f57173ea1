// `npm run build [-- --full] [-- <outDir>]`: `astro build`, then the post-build
// (scripts/postbuild.ts: search index, offline files, relative links), each in a
// process of its own so that Astro's memory is given back before Pagefind needs its
// own. With the build cache (.build-cache/, src/build/cache.ts) each step reuses
// what is unchanged since the previous build; `--full` discards the cache first (a
// build with no cache, or whose inputs other than content changed, is full anyway).
// The cache is sealed only when both steps succeeded.
import { spawn } from 'node:child_process';
import { mkdirSync, renameSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildStamp, cacheFolder, describeState, openCache, POSTBUILD_CACHE_SUBDIR, sealCache } from '#src/build/cache.ts';
import { currentShard } from '#src/build/shard.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { full: { type: 'boolean', default: false }, 'part-articles': { type: 'string' }, concurrency: { type: 'string' } },
});
const root = process.cwd();
const outDir = resolve(positionals[0] ?? 'dist');
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
function step(args: string[], { typescript = false } = {}): Promise<number> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [...(typescript ? process.execArgv : []), ...args], { stdio: 'inherit' });
    child.on('error', fail);
    child.on('close', (code, signal) => done(code ?? (signal ? 1 : 0)));
  });
}

const stamp = buildStamp(root, process.env, values['part-articles'] ? { partArticles: values['part-articles'] } : {});
const state = openCache(cacheDir, stamp, values.full);
log(`${describeState(state)} (${cache}/)`);

// Astro empties dist/ before it writes, on its one thread: at 20,000 articles that is
// seconds of removing files. Moved aside instead, the old dist/ is removed alongside.
const old = join(cacheDir, `old-dist-${process.pid}`);
let removing: Promise<void> = Promise.resolve();
try {
  mkdirSync(cacheDir, { recursive: true });
  renameSync(outDir, old);
  removing = rm(old, { recursive: true, force: true });
} catch {
  // No dist/ yet, or another file system: Astro empties it itself.
}

const astro = join(createRequire(import.meta.url).resolve('astro/package.json'), '..', 'bin', 'astro.mjs');
log('astro build');
// --force: Astro itself also ignores its incremental manifest and content store.
const site = await step([astro, 'build', '--outDir', outDir, ...(state.kind === 'full' ? ['--force'] : [])]);
if (site !== 0) process.exit(site);

log('post-build');
const passed = (['part-articles', 'concurrency'] as const).flatMap((name) => (values[name] ? [`--${name}`, values[name]] : []));
const post = await step([join(root, 'scripts', 'postbuild.ts'), outDir, '--cache', join(cacheDir, POSTBUILD_CACHE_SUBDIR), ...passed], { typescript: true });
if (post !== 0) process.exit(post);

await removing;
sealCache(cacheDir, stamp);
log(`done; the cache is kept in ${cache}/ for the next build`);
