// `npm run build [-- --out dist] [post-build options]`: `astro build`, then the
// post-build (scripts/postbuild.ts), into a new folder beside `--out`, which is
// swapped into place only when both succeeded (src/content/safe-write.ts). A failed
// or killed build leaves `--out` as it was (the last good build, or nothing): never a
// dist/ without its search index that looks deployable.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { rmSync } from 'node:fs';
import { acquireLock, WriteError } from '#src/content/lock.ts';
import { recover, swapInto, workFolderFor } from '#src/content/safe-write.ts';

const require = createRequire(import.meta.url);
const ASTRO = join(dirname(require.resolve('astro/package.json')), 'bin', 'astro.mjs');
const TSX = require.resolve('tsx/cli');
const POSTBUILD = join(dirname(new URL(import.meta.url).pathname), 'postbuild.ts');

const args = process.argv.slice(2);
const at = args.indexOf('--out');
const out = resolve(at >= 0 ? (args[at + 1] ?? 'dist') : 'dist');
const postArgs = at >= 0 ? [...args.slice(0, at), ...args.slice(at + 2)] : args;

const step = (command: string[]) =>
  new Promise<number>((done) => {
    const child = spawn(process.execPath, command, { stdio: 'inherit' });
    child.on('close', (code, signal) => done(code ?? (signal ? 1 : 0)));
  });

let release: () => void;
try {
  release = acquireLock(out, 'npm run build');
} catch (error) {
  console.error(`[build] ${(error as WriteError).message}`);
  process.exit(1);
}
recover(out); // what a killed build left: its half-written folder
const work = workFolderFor(out);
const fail = (what: string, code: number) => {
  rmSync(work, { recursive: true, force: true });
  release();
  console.error(`[build] ${what} failed: ${out} is as it was (the last good build, or none); nothing of this build is in it. Fix the cause above and run npm run build again.`);
  process.exit(code || 1);
};
const site = await step([ASTRO, 'build', '--root', process.cwd(), '--outDir', work]);
if (site !== 0) fail('astro build', site);
const post = await step([TSX, POSTBUILD, work, ...postArgs]);
if (post !== 0) fail('the post-build', post);
swapInto(work, out);
release();
console.log(`[build] ${out}: the new site is in place.`);
