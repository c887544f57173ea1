// Builds the site the way `npm run build` does, but from a private copy of the
// project, for the tests and the benchmarks: neither may write into the repository's
// content/ or dist/, and two builds must not share Astro's cache (node_modules/.astro
// under the root).
import { spawn, type ChildProcessByStdio } from 'node:child_process';
import type { Readable } from 'node:stream';
import { cp, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * Copies live under the repository (in its git-ignored tmp/) so that Node and Vite
 * resolve packages from the repository's node_modules by walking up, while each copy
 * keeps its own node_modules/.astro cache.
 */
const COPIES_DIR = join(REPO_ROOT, 'tmp', 'site-tests');

/** Top-level entries that are not part of what Astro builds from. */
const NOT_COPIED = new Set(['node_modules', 'dist', '.git', '.astro', 'tmp', 'tests', '.ci', '.bench', '.build-cache']);

/** Copies the project (work tree as it is now, untracked files included) to a fresh folder. */
export async function copyProject(label: string): Promise<string> {
  await mkdir(COPIES_DIR, { recursive: true });
  const root = await mkdtemp(join(COPIES_DIR, `${label}-`));
  for (const entry of await readdir(REPO_ROOT)) {
    if (NOT_COPIED.has(entry)) continue;
    await cp(join(REPO_ROOT, entry), join(root, entry), { recursive: true });
  }
  return root;
}

/** Writes files (paths relative to the copy's root), creating folders as needed. */
export async function writeFiles(root: string, files: Record<string, string | Buffer>): Promise<void> {
  for (const [rel, text] of Object.entries(files)) {
    const path = join(root, rel);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, text);
  }
}

export type BuildResult = { ok: boolean; code: number | null; output: string; outDir: string; ms: number };

/** The build (see buildCommand) on a copy, with this Node, no telemetry and no colours. */
export function spawnBuildStep(root: string, args: string[], env: Record<string, string> = {}): ChildProcessByStdio<null, Readable, Readable> {
  return spawn(process.execPath, args, {
    cwd: root,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

function run(root: string, args: string[], env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((done, fail) => {
    const child = spawnBuildStep(root, args, env);
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', fail);
    child.on('close', (code) => done({ code, output }));
  });
}

/**
 * The command of `npm run build` (package.json: scripts/build.ts, which runs `astro
 * build` and then the post-build with the copy's own build cache, .build-cache/), for
 * a copy of the project, run in the copy's root. `full` is `npm run build -- --full`.
 */
export function buildCommand(root: string, outDir: string, { full = false } = {}): string[] {
  return [join(REPO_ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(root, 'scripts', 'build.ts'), outDir, ...(full ? ['--full'] : [])];
}

/**
 * Runs `npm run build` on `root` into `outDir` with the Node that runs the tests
 * (Node 22 from node_modules/.bin under `npm test`). Never throws on a failed build:
 * the caller decides whether failure is the expected outcome.
 */
export async function astroBuild(root: string, outDir: string, env: Record<string, string> = {}, { full = false } = {}): Promise<BuildResult> {
  const started = Date.now();
  const { code, output } = await run(root, buildCommand(root, outDir, { full }), env);
  return { ok: code === 0, code, output, outDir, ms: Date.now() - started };
}

/** Copies the project, lets `prepare` change the copy, builds it. */
export async function buildFixture(
  label: string,
  prepare: (root: string) => Promise<void> = async () => {},
  env: Record<string, string> = {},
): Promise<BuildResult & { root: string }> {
  const root = await copyProject(label);
  await prepare(root);
  const result = await astroBuild(root, join(root, 'dist'), env);
  return { ...result, root };
}

export async function removeFixture(root: string): Promise<void> {
  if (!root.startsWith(COPIES_DIR + '/')) throw new Error(`refusing to remove ${root}: not a test fixture`);
  await rm(root, { recursive: true, force: true });
}
