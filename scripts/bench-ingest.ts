// npm run bench:ingest [-- --pages 1000 --seed 1]
// Ingests N synthetic pages (the sample's shapes) on one core and prints, each beside
// a floor measured in the same command:
//   pipeline  bytes → validated MDX in memory (ingestPage), vs. decoding and splitting
//             the same bytes into lines;
//   edition   the real command path as editors run it, one command per edition folder
//             of 8 pages (runIngest: read, plan, report, link jumps, write all-or-
//             nothing) into a temporary folder, vs. reading the same files and writing
//             as many files with no parsing;
//   page      the same, one command per page file (`--date … --page …`).
// The target (≥ 200 pages/s) is for the edition path, the command an editor runs daily.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ingestPage } from '#src/ingest/page.ts';
import { runIngest } from '#src/ingest/run.ts';
import { sampleShapes, syntheticPage } from './lib/synthetic-pages.ts';

const { values } = parseArgs({ options: { pages: { type: 'string', default: '1000' }, seed: { type: 'string', default: '1' } } });
const pages = Number(values.pages);
const seed = Number(values.seed);
const work = mkdtempSync(join(tmpdir(), 'bench-ingest-'));

const dateOf = (i: number): string => new Date(Date.UTC(2020, 0, 1) + Math.floor(i / 8) * 86_400_000).toISOString().slice(0, 10);
const pageOf = (i: number): number => (i % 8) + 1;

const shapes = sampleShapes();
const texts = Array.from({ length: pages }, (_, i) => syntheticPage(shapes, seed, i, pageOf(i)));
const bytes = texts.map((t) => new TextEncoder().encode(t));
// Raw pages as an editor keeps them: content/raw/<date>/01.txt …
const rawDir = join(work, 'raw');
const raws = texts.map((text, i) => {
  const dir = join(rawDir, dateOf(i));
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${String(pageOf(i)).padStart(2, '0')}.txt`);
  writeFileSync(path, text);
  return path;
});
const editions = [...new Set(raws.map((_, i) => dateOf(i)))].map((date) => join(rawDir, date));

interface Timing {
  wall: number;
  cpu: number;
}
function time(fn: () => void): Timing {
  const cpu0 = process.cpuUsage();
  const start = process.hrtime.bigint();
  fn();
  const cpu = process.cpuUsage(cpu0);
  return { wall: Number(process.hrtime.bigint() - start) / 1e9, cpu: (cpu.user + cpu.system) / 1e6 };
}

// Pipeline and its floor, in memory.
let lineCount = 0;
const memFloor = time(() => {
  for (const b of bytes) lineCount += new TextDecoder().decode(b).split('\n').filter((l) => l.trim()).length;
});
let articles = 0;
const pipeline = time(() => {
  bytes.forEach((b, i) => {
    articles += ingestPage({ bytes: b, date: dateOf(i), page: pageOf(i) }).articles.length;
  });
});

// The command path and its floor, on disk.
const floorOut = join(work, 'floor');
const ioFloor = time(() => {
  raws.forEach((path, i) => {
    const dir = join(floorOut, dateOf(i));
    mkdirSync(dir, { recursive: true });
    readFileSync(path, 'utf8')
      .split('\n\n□')
      .forEach((chunk, k) => writeFileSync(join(dir, `${pageOf(i)}-${k}.mdx`), chunk));
  });
});
let failures = 0;
const io = { out: () => {}, err: (l: string) => void (failures++, console.error(l)) };
const edition = time(() => {
  for (const folder of editions) runIngest([folder, '--out', join(work, 'by-edition')], io);
});
const perPage = time(() => {
  raws.forEach((path, i) => {
    runIngest([path, '--date', dateOf(i), '--page', String(pageOf(i)), '--page-name', `第${pageOf(i)}版`, '--out', join(work, 'by-page')], io);
  });
});
const peakRss = process.resourceUsage().maxRSS / 1024;
rmSync(work, { recursive: true, force: true });

const row = (name: string, t: Timing, floor: Timing, floorName: string): string =>
  `  ${name.padEnd(9)} ${(pages / t.wall).toFixed(0).padStart(6)} pages/s  (${t.wall.toFixed(2)} s wall, ${t.cpu.toFixed(2)} s cpu)   ` +
  `floor ${(pages / floor.wall).toFixed(0)} pages/s (${floorName})   ratio ${(t.wall / floor.wall).toFixed(1)}×`;

console.log(`bench:ingest  ${pages} synthetic pages (seed ${seed}), ${articles} articles, ${lineCount} lines, one core, ${failures} failures`);
console.log(row('pipeline', pipeline, memFloor, 'decode + split lines'));
console.log(row('edition', edition, ioFloor, 'read + write, no parsing'));
console.log(row('page', perPage, ioFloor, 'read + write, no parsing'));
console.log(`  memory    peak RSS ${peakRss.toFixed(0)} MiB`);
console.log(`  target    ≥ 200 pages/s through the command, a whole edition at a time: ${pages / edition.wall >= 200 ? 'met' : 'NOT met'}`);
process.exitCode = failures > 0 ? 1 : 0;
