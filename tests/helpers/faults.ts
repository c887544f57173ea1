// For the fault tests: the CLIs bundled once (esbuild) so that each of the many
// processes a test kills starts in a fraction of tsx's time, a folder's state as
// path → bytes, and a process killed at a seeded point.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { build } from 'esbuild';
import { REPO_ROOT } from '../../scripts/lib/project-build.ts';

/** scripts/<name>.ts bundled into a folder under the repository (so packages resolve from its node_modules). */
export async function bundleClis(names: readonly string[]): Promise<{ dir: string; cli: (name: string) => string; remove: () => void }> {
  mkdirSync(join(REPO_ROOT, 'tmp'), { recursive: true });
  const dir = mkdtempSync(join(REPO_ROOT, 'tmp', 'fault-bin-'));
  await build({
    entryPoints: names.map((n) => join(REPO_ROOT, 'scripts', `${n}.ts`)),
    outdir: dir,
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    logLevel: 'error',
    outExtension: { '.js': '.mjs' },
  });
  return { dir, cli: (name) => join(dir, `${name}.mjs`), remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
  out: string;
}

/**
 * Runs `node cli args` with `env`; kills it with SIGKILL after `killAfterMs` when
 * given (a real kill at a random moment, beside the injected SAFE_WRITE_KILL_AT points).
 */
export function runCli(cli: string, args: readonly string[], { cwd, env = {}, killAfterMs }: { cwd: string; env?: Record<string, string>; killAfterMs?: number }): Promise<Exit> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [cli, ...args], { cwd, env: { ...process.env, NO_COLOR: '1', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (out += c.toString()));
    const timer = killAfterMs === undefined ? undefined : setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    child.on('error', fail);
    child.on('close', (code, signal) => {
      if (timer) clearTimeout(timer);
      done({ code, signal, out });
    });
  });
}

/** Every file under `dir` (dot files included) as path → bytes, paths with `/`. */
export function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    const full = join(e.parentPath, e.name);
    files.set(relative(dir, full).split(sep).join('/'), readFileSync(full).toString('base64'));
  }
  return files;
}

export const same = (a: Map<string, string>, b: Map<string, string>): boolean => a.size === b.size && [...a].every(([k, v]) => b.get(k) === v);

/** The seeded randomness of the fault tests (a failure names its trial and can be replayed): the synthetic archive's mulberry32. */
export { rng as seeded } from '../../scripts/lib/synthetic-pages.ts';
