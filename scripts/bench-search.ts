// npm run bench:search [-- --dist dist | --articles N] [--runs 5] [--keep]
// A first search, cold, in Debian's Chromium over loopback: bytes downloaded (each
// response gzip-compressed, as a CDN sends it) and time to the first results, for this
// site's search page and for stock Pagefind (its default UI over a stock index of the
// same built pages), median of N cold runs each, one query per run. With --articles
// it first builds a synthetic archive of that size (as `npm run bench` does).
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { close, createIndex } from 'pagefind';
import { chromium, type Browser, type Page } from 'playwright-core';
import { buildSyntheticSite, parseArticles } from './lib/bench-build.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH, assertChromium } from './lib/chromium.ts';
import { serveStatic } from './lib/static-server.ts';

const { values } = parseArgs({
  options: { dist: { type: 'string', default: 'dist' }, runs: { type: 'string', default: '5' }, articles: { type: 'string' }, keep: { type: 'boolean', default: false } },
});
const synthetic = values.articles === undefined ? undefined : await buildSyntheticSite(parseArticles(values.articles, 'bench:search'));
if (synthetic && synthetic.code !== 0) {
  console.error([...synthetic.site.lines, ...(synthetic.post?.lines ?? [])].map((l) => l.text).join('\n'));
  console.error(`[bench:search] the build failed; the copy is kept in ${synthetic.root}`);
  process.exit(1);
}
const dist = synthetic ? join(synthetic.root, 'dist') : values.dist;
const runs = Number(values.runs);
const QUERIES = ['长护险', '医保', '海员', '政绩观', '六横'];
if (!existsSync(join(dist, 'pagefind', 'parts.json'))) {
  console.error(`[bench:search] ${dist} has no search index: run \`npm run build\` first (or pass --dist).`);
  process.exit(1);
}
assertChromium();

/** The same built pages with a stock Pagefind index and Pagefind's default UI at /stock/. */
async function stockSite(): Promise<string> {
  const root = mkdtempSync(join(tmpdir(), 'bench-search-stock-'));
  cpSync(dist, root, { recursive: true });
  rmSync(join(root, 'pagefind'), { recursive: true, force: true });
  rmSync(join(root, '_headers'), { force: true }); // the default UI needs inline script
  const { index } = await createIndex({});
  const added = await index!.addDirectory({ path: root });
  await index!.writeFiles({ outputPath: join(root, 'pagefind') });
  await close();
  if (added.errors.length > 0) throw new Error(added.errors.join('; '));
  writeFileSync(
    join(root, 'stock.html'),
    `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><link href="/pagefind/pagefind-ui.css" rel="stylesheet">
<script src="/pagefind/pagefind-ui.js"></script></head><body><div id="search"></div>
<script>window.addEventListener('DOMContentLoaded', () => new PagefindUI({ element: '#search', showSubResults: false }));</script></body></html>`,
  );
  return root;
}

interface Run {
  bytes: number;
  /** The first search's bytes by kind of file (see `kind`). */
  byKind: Record<string, number>;
  /** Page start → first results, typing as soon as the box is there. */
  fromStartMs: number;
  /** Last keystroke → results for a second query, everything loaded. */
  fromKeyMs: number;
}

/** What a response is, for the breakdown: Pagefind's file kinds, the page, the rest. */
function kind(url: string): string {
  const path = new URL(url).pathname;
  if (/\.pf_fragment$/u.test(path)) return 'fragments';
  if (/\.pf_index$/u.test(path)) return 'index chunks';
  if (/\.pf_filter$/u.test(path)) return 'filters';
  if (/\.pf_meta$/u.test(path)) return 'meta';
  if (/wasm\.[\w-]+\.pagefind$/u.test(path)) return 'wasm';
  if (/pagefind[\w-]*\.js$/u.test(path)) return 'pagefind js';
  return 'page, ui, manifests';
}

async function coldRun(browser: Browser, url: string, input: string, done: (page: Page, q: string) => Promise<void>, query: string, second: string): Promise<Run> {
  const context = await browser.newContext();
  const page = await context.newPage();
  let bytes = 0;
  let byKind: Record<string, number> = {};
  const pending: Promise<void>[] = [];
  page.on('response', (response) => {
    pending.push(
      response.body().then(
        (body) => {
          const size = Math.min(body.length, gzipSync(body).length);
          bytes += size;
          byKind[kind(response.url())] = (byKind[kind(response.url())] ?? 0) + size;
        },
        () => undefined,
      ),
    );
  });
  const start = Date.now();
  await page.goto(url, { waitUntil: 'load' });
  await page.locator(input).waitFor();
  await page.locator(input).pressSequentially(query);
  await done(page, query);
  const fromStartMs = Date.now() - start;
  await Promise.all(pending);
  const firstBytes = bytes;
  const firstByKind = byKind;
  byKind = {};
  await page.waitForLoadState('networkidle');
  await page.locator(input).fill(second.slice(0, -1));
  await page.locator(input).pressSequentially(second.slice(-1));
  const key = Date.now();
  await done(page, second);
  const fromKeyMs = Date.now() - key;
  await context.close();
  return { bytes: firstBytes, byKind: firstByKind, fromStartMs, fromKeyMs };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const ours = await serveStatic(dist);
const stockRoot = await stockSite();
const stock = await serveStatic(stockRoot);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const results: Record<'ours' | 'stock', Run[]> = { ours: [], stock: [] };
for (let i = 0; i < runs; i++) {
  const q = QUERIES[i % QUERIES.length]!;
  const q2 = QUERIES[(i + 1) % QUERIES.length]!;
  results.ours.push(
    await coldRun(browser, `${ours.origin}/search/`, '#site-search', async (page, query) => {
      await page.waitForFunction((qq) => document.querySelector('#search-results')?.getAttribute('data-query') === qq && document.querySelector('#search-results li'), query);
    }, q, q2),
  );
  results.stock.push(
    await coldRun(browser, `${stock.origin}/stock.html`, '.pagefind-ui__search-input', async (page, query) => {
      // The default UI shows "N results for <query>" once the list is there.
      await page.waitForFunction((qq) => document.querySelector('.pagefind-ui__message')?.textContent?.includes(qq) && document.querySelector('.pagefind-ui__result-link'), query);
    }, q, q2),
  );
}
await browser.close();
await ours.close();
await stock.close();
rmSync(stockRoot, { recursive: true, force: true });

const row = (name: string, r: Run[]) =>
  `  ${name.padEnd(6)} ${(median(r.map((x) => x.bytes)) / 1024).toFixed(1).padStart(7)} KB first search  ${String(median(r.map((x) => x.fromStartMs))).padStart(6)} ms page start → results  ${String(median(r.map((x) => x.fromKeyMs))).padStart(5)} ms last keystroke → results (loaded)`;
const site = synthetic ? `${synthetic.made.articles} synthetic articles` : dist;
console.log(`bench:search  ${site}: first search, cold, median of ${runs} runs (queries ${QUERIES.slice(0, runs).join(' ')}), responses gzip-compressed`);
console.log(row('ours', results.ours));
console.log(row('stock', results.stock));
const breakdown = (r: Run[]) => {
  // The run whose total is the median, so the parts add up to the figure above.
  const mid = [...r].sort((a, b) => a.bytes - b.bytes)[Math.floor(r.length / 2)]!;
  return Object.entries(mid.byKind).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${(v / 1024).toFixed(1)}`).join(', ');
};
console.log(`  ours   first search in KB: ${breakdown(results.ours)}`);
console.log(`  stock  first search in KB: ${breakdown(results.stock)}`);
const ratio = median(results.ours.map((x) => x.bytes)) / median(results.stock.map((x) => x.bytes));
console.log(`  bytes  ours / stock = ${ratio.toFixed(2)} (budget ≤ 1.10)`);
if (synthetic && !values.keep) rmSync(synthetic.root, { recursive: true, force: true });
