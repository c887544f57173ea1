// The command lines of the post-build and of assemble: wrong use gets the reason and
// exit 2, and writes nothing (scripts/postbuild.ts, scripts/assemble.ts).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { REPO_ROOT } from '../../../scripts/lib/project-build.ts';

const dir = mkdtempSync(join(tmpdir(), 'build-commands-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const tsx = (script: string, args: string[]) =>
  spawnSync(process.execPath, [join(REPO_ROOT, 'node_modules/tsx/dist/cli.mjs'), join(REPO_ROOT, 'scripts', script), ...args], { encoding: 'utf8', cwd: dir });

test('postbuild on a folder that is not a built site says to build first', () => {
  const r = tsx('postbuild.ts', [dir]);
  expect(r.status).toBe(2);
  expect(r.stderr).toContain(`${dir} has no index.html: run \`astro build\` first (npm run build does both).`);
  expect(readdirSync(dir)).toEqual([]);
});

test('postbuild refuses a part size that is not a whole number', () => {
  const r = tsx('postbuild.ts', [dir, '--part-articles', '0']);
  expect(r.status).toBe(2);
  expect(r.stderr).toContain('--part-articles must be a whole number ≥ 1, not "0"');
});

test('assemble without --out or shards shows its usage; a folder that is no shard is named', () => {
  const usage = tsx('assemble.ts', [dir]);
  expect(usage.status).toBe(2);
  expect(usage.stderr).toContain('Usage: npm run assemble -- --out <folder> [--force] <shard dist> <shard dist> …');
  const out = join(dir, 'site');
  const notShard = tsx('assemble.ts', ['--out', out, dir]);
  expect(notShard.status).toBe(1);
  expect(notShard.stderr).toContain(`${dir} is not a built site (no build.json): run \`SHARD=<year> npm run build\` for it first.`);
  expect(existsSync(out)).toBe(false);
});
