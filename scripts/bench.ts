// npm run bench -- --articles N [--keep]
// Generates a deterministic synthetic archive of N articles (the sample's shapes, made
// by the real ingest) in a private copy of the project under tmp/, builds it exactly
// as `npm run build` does (astro build, whose integration also writes the Pagefind
// index), and prints wall time, peak memory of the whole process tree and pages/s for
// the site and for the index, beside a floor measured in the same run: reading the
// same Markdown, rendering it with a fast parser (Sätteri) and writing the HTML.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { markdownToHtml } from 'satteri';
import { buildSyntheticSite, parseArticles } from './lib/bench-build.ts';
import { peakBetween } from './lib/process-memory.ts';

const { values } = parseArgs({ options: { articles: { type: 'string', default: '1000' }, keep: { type: 'boolean', default: false } } });
const articles = parseArticles(values.articles, 'bench');

const run = await buildSyntheticSite(articles);
const { root, editionsDir, made } = run;

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
