// npm run bench -- --articles N [--keep]
// Generates a deterministic synthetic archive of N articles (the sample's shapes, made
// by the real ingest) in a private copy of the project under tmp/, builds it exactly
// as `npm run build` does (astro build, whose integration also writes the Pagefind
// index), and prints wall time, peak memory of the whole process tree and pages/s for
// the site and for the index, beside a floor measured in the same run: reading the
// same Markdown, rendering it with a fast parser (Sätteri) and writing the HTML.
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { markdownToHtml } from 'satteri';
import { REPO_ROOT, copyProject } from '../tests/helpers/astro-build.ts';
import { peakBetween, sampleMemory } from './lib/process-memory.ts';
import { writeSyntheticArchive } from './lib/synthetic-archive.ts';

const { values } = parseArgs({ options: { articles: { type: 'string', default: '1000' }, keep: { type: 'boolean', default: false } } });
const articles = Number(values.articles);
if (!Number.isInteger(articles) || articles < 1) {
  console.error('[bench] --articles must be a whole number ≥ 1, e.g. npm run bench -- --articles 5000');
  process.exit(2);
}

const root = await copyProject(`bench-${articles}`);
const editionsDir = join(root, 'content', 'editions');
rmSync(editionsDir, { recursive: true, force: true });
const made = writeSyntheticArchive(editionsDir, articles);

interface Line {
  at: number;
  text: string;
}

function build(): Promise<{ lines: Line[]; code: number | null; start: number; end: number; samples: ReturnType<ReturnType<typeof sampleMemory>['stop']> }> {
  const astro = join(REPO_ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const start = Date.now();
  const child = spawn(process.execPath, [astro, 'build', '--root', root, '--outDir', join(root, 'dist')], {
    cwd: root,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const memory = sampleMemory(child.pid!);
  const lines: Line[] = [];
  let pending = '';
  const onData = (chunk: Buffer) => {
    pending += chunk.toString();
    const parts = pending.split('\n');
    pending = parts.pop() ?? '';
    for (const text of parts) lines.push({ at: Date.now(), text });
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  return new Promise((done) => child.on('close', (code) => done({ lines, code, start, end: Date.now(), samples: memory.stop() })));
}

function floor(): { seconds: number; files: number } {
  const out = join(root, 'floor');
  const started = Date.now();
  let files = 0;
  for (const date of readdirSync(editionsDir)) {
    mkdirSync(join(out, date), { recursive: true });
    for (const f of readdirSync(join(editionsDir, date))) {
      if (!/\.mdx?$/u.test(f)) continue;
      const body = readFileSync(join(editionsDir, date, f), 'utf8').replace(/^---\n[\s\S]*?\n---\n/u, '');
      writeFileSync(join(out, date, f.replace(/\.mdx?$/u, '.html')), markdownToHtml(body).html);
      files++;
    }
  }
  return { seconds: (Date.now() - started) / 1000, files };
}

const run = await build();
if (run.code !== 0) {
  console.error(run.lines.map((l) => l.text).join('\n'));
  console.error(`[bench] astro build failed (exit ${run.code}); the copy is kept in ${root}`);
  process.exit(1);
}
// Pages are rendered once Astro reports its build step complete; the index is written
// in the integration's build:done hook, which logs when it is done.
const rendered = run.lines.findLast((l) => /\[build\] ✓ Completed in/u.test(l.text))?.at ?? run.end;
const indexed = run.lines.find((l) => /\[newspaper-search-index\]/u.test(l.text))?.at ?? run.end;
const pages = Number(/(\d+) page\(s\) built/u.exec(run.lines.map((l) => l.text).join('\n'))?.[1] ?? 0);
const f = floor();
if (!values.keep) rmSync(root, { recursive: true, force: true });

const s = (ms: number) => ms / 1000;
const gb = (bytes: number) => `${(bytes / 2 ** 30).toFixed(2)} GB`;
const siteSeconds = s(rendered - run.start) + s(run.end - indexed);
const indexSeconds = s(indexed - rendered);
const total = s(run.end - run.start);
console.log(`bench  ${made.articles} articles in ${made.editions} editions (synthetic, seed 7), 2 cores`);
console.log(`  site   ${pages} pages in ${siteSeconds.toFixed(1)} s, ${(pages / siteSeconds).toFixed(0)} pages/s, peak ${gb(peakBetween(run.samples, run.start, rendered))}`);
console.log(`  index  ${made.articles} articles in ${indexSeconds.toFixed(1)} s, ${(made.articles / indexSeconds).toFixed(0)} articles/s, peak ${gb(peakBetween(run.samples, rendered, indexed))}`);
console.log(`  build  ${total.toFixed(1)} s in all, peak ${gb(peakBetween(run.samples, run.start, run.end))}`);
console.log(`  floor  ${f.files} articles in ${f.seconds.toFixed(1)} s, ${(f.files / f.seconds).toFixed(0)} articles/s (read, Sätteri markdownToHtml, write)`);
console.log(`  ratio  build / floor = ${(total / f.seconds).toFixed(1)}×${values.keep ? `   (kept in ${root})` : ''}`);
