// `npm run dev` as a journalist previews: a new article appears at its URL without a
// restart, and a change to it shows on the next load. Runs Astro's dev server on a
// private copy of the project (never the repository's content/), on loopback.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { copyProject, REPO_ROOT, removeFixture } from '../../scripts/lib/project-build.ts';

let root: string;
let server: ChildProcess | undefined;
let origin = '';
let output = '';

const ARTICLE = (title: string) => `---\ntitle: ${title}\ndate: 2026-04-02\npage: 1\norder: 9\nbyline: 记者 王芳\n---\n\n本报讯 昨日，全市开展植树活动。\n`;
const URL_PATH = '/2026/04/02/01/09/';

/** A port nobody listens on now (Astro reads `--port 0` as its default, 4321). */
function freePort(): Promise<number> {
  return new Promise((done) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
  });
}

async function startDev(): Promise<string> {
  const astro = join(REPO_ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const port = await freePort();
  server = spawn(process.execPath, [astro, 'dev', '--root', root, '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
    cwd: root,
    // As a journalist's shell has it: not Vitest's NODE_ENV=test and VITEST* variables,
    // under which Vite serves a test build instead.
    env: { ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('VITEST') && k !== 'NODE_ENV' && k !== 'TEST')), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((ready, fail) => {
    const timer = setTimeout(() => fail(new Error(`astro dev did not start:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      // Files are picked up once the server says it is watching them.
      if (output.includes(`127.0.0.1:${port}`) && output.includes('watching for file changes')) {
        clearTimeout(timer);
        ready(`http://127.0.0.1:${port}`);
      }
    };
    server!.stdout!.on('data', onData);
    server!.stderr!.on('data', onData);
    server!.on('exit', (code) => fail(new Error(`astro dev exited (${code}):\n${output}`)));
  });
}

/** Loads the page until it shows `text` (the dev server picks the file up on its own). */
async function waitForText(path: string, text: string): Promise<void> {
  let last = '';
  for (let i = 0; i < 60; i++) {
    const res = await fetch(origin + path);
    last = `${res.status} ${(await res.text()).slice(0, 200)}`;
    if (res.ok && last.includes(text)) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${path} never showed "${text}"; last answer: ${last}\nastro dev said:\n${output}`);
}

beforeAll(async () => {
  root = await copyProject('journalist-preview');
  origin = await startDev();
  // The first requests can meet Vite still optimising dependencies: wait for a real page.
  await waitForText('/2026/04/02/', '舟山日报');
}, 120_000);
afterAll(async () => {
  server?.kill();
  if (root) await removeFixture(root);
});

test('a new article shows at its URL, and an edit to it shows on the next load, without a restart', async () => {
  const before = await fetch(origin + URL_PATH);
  expect(before.status).toBe(404);
  const file = join(root, 'content', 'editions', '2026-04-02', 'zhishu.md');
  writeFileSync(file, ARTICLE('我市开展春季植树活动'));
  await waitForText(URL_PATH, '我市开展春季植树活动');
  writeFileSync(file, ARTICLE('我市开展春季义务植树活动'));
  await waitForText(URL_PATH, '我市开展春季义务植树活动');
}, 90_000);
