// npm run bench -- --articles N [--then-add-edition [--days D]] [--then-correct] [--runs R]
//                  [--no-peer] [--keep] [--part-articles P] [--all-mdx]
// Generates a deterministic synthetic archive of N articles (the sample's shapes, made
// by the real ingest) in a private copy of the project under tmp/ and builds it as
// `npm run build` does, with no cache: the full build. In the same run:
//  - the peer: the same article files built by Eleventy with a minimal layout, then
//    indexed by the Pagefind CLI (scripts/lib/eleventy-peer.ts), and the ratio;
//  - --then-add-edition: one more edition of about 50 articles, built again with the
//    cache of the full build; --then-correct: then one old article corrected, built
//    again; each with its time and peak beside the full build's, and what each step
//    reused and redid; --days D adds D editions, one build each (day 1 of a round
//    archive fills the newest index part, the costly day; the days after are usual);
//  - the floor: reading the same Markdown, rendering it with Sätteri and writing it.
// --runs R does it all R times (a new copy each time) and prints the median of each
// figure: the machine may be shared, so compare ratios within one run.
// --all-mdx writes every article as .mdx, to measure what the ingest's `.md` saves.
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { markdownToHtml } from 'satteri';
import { buildCopy, buildSyntheticSite, parseArticles, type Build, type Step } from './lib/bench-build.ts';
import { runPeer, type PeerRun } from './lib/eleventy-peer.ts';
import { peakBetween } from './lib/process-memory.ts';
import { addSyntheticEdition, correctOldArticle } from './lib/synthetic-archive.ts';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '1000' },
    keep: { type: 'boolean', default: false },
    'part-articles': { type: 'string' },
    'all-mdx': { type: 'boolean', default: false },
    'then-add-edition': { type: 'boolean', default: false },
    'then-correct': { type: 'boolean', default: false },
    days: { type: 'string', default: '1' },
    'no-peer': { type: 'boolean', default: false },
    runs: { type: 'string', default: '1' },
  },
});
const articles = parseArticles(values.articles, 'bench');
const runs = parseArticles(values.runs, 'bench');
const days = parseArticles(values.days, 'bench');
const partArticles = values['part-articles'] === undefined ? undefined : parseArticles(values['part-articles'], 'bench');
const env: Record<string, string> = partArticles ? { SEARCH_PART_ARTICLES: String(partArticles) } : {};

const seconds = (s: Step) => (s.end - s.start) / 1000;
const peak = (s: Step) => peakBetween(s.samples, s.start, s.end);
const gb = (bytes: number) => `${(bytes / 2 ** 30).toFixed(2)} GB`;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

function floor(editionsDir: string, out: string): { seconds: number; files: number } {
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

/** What one build did, read from its output. */
interface Measured {
  label: string;
  site: number;
  post: number;
  total: number;
  sitePeak: number;
  postPeak: number;
  peak: number;
  /** Pages (and other routes) Astro rendered, one log line each. */
  pagesRendered: number;
  /** Pages Astro reused from its cache instead of rendering ("(cached)": found in place; "(restored)": copied). */
  pagesReused: number;
  /** The post-build's lines per part (what it reused and redid). */
  parts: string[];
  /** The post-build's own split of its time (`site data …, parts …, site pages …, cache …`). */
  postSteps: string;
  /** Astro's own figures, seconds: content sync and types, Vite's bundle (the .mdx articles are modules), generating the pages. */
  astro: { sync: number; bundle: number; generate: number };
}

/** `850ms`, `3.16s`, `1m 10s` → seconds. */
function durationSeconds(text: string): number {
  const m = /^(?:(\d+)m )?([\d.]+)(ms|s)$/u.exec(text);
  if (!m) return Number.NaN;
  return Number(m[1] ?? 0) * 60 + Number(m[2]) / (m[3] === 'ms' ? 1000 : 1);
}

/** A figure from Astro's log (`[types] Generated 3.16s`, `[vite] ✓ built in 4.77s`, `✓ Completed in 4.76s.` after "generating static routes"). */
function astroFigures(lines: readonly string[]): Measured['astro'] {
  const after = (re: RegExp, from = 0) => {
    for (let i = from; i < lines.length; i++) {
      const m = re.exec(lines[i]!);
      if (m) return { value: durationSeconds(m[1]!), at: i };
    }
    return { value: Number.NaN, at: lines.length };
  };
  const generating = lines.findIndex((l) => l.includes('generating static routes'));
  // Astro writes `850ms`, `3.16s` or `1m 10s`.
  const duration = String.raw`((?:\d+m )?[\d.]+m?s)`;
  return {
    sync: after(new RegExp(String.raw`\[types\] Generated ${duration}`, 'u')).value,
    bundle: after(new RegExp(String.raw`\[vite\] ✓ built in ${duration}`, 'u')).value,
    generate: generating < 0 ? Number.NaN : after(new RegExp(String.raw`^(?:\S+ )?✓ Completed in ${duration}`, 'u'), generating).value,
  };
}

function measure(label: string, build: Build, root: string): Measured {
  if (build.code !== 0 || !build.post) {
    console.error(build.all.lines.map((l) => l.text).join('\n'));
    console.error(`[bench] the ${label} build failed (exit ${build.code}); the copy is kept in ${root}`);
    process.exit(1);
  }
  const text = build.site.lines.map((l) => l.text);
  return {
    label,
    site: seconds(build.site),
    post: seconds(build.post),
    total: seconds(build.all),
    sitePeak: peak(build.site),
    postPeak: peak(build.post),
    peak: peak(build.all),
    pagesRendered: text.filter((l) => /[├└]─ \S+ \(\+[\d.]+m?s\)\s*$/u.test(l)).length,
    pagesReused: text.filter((l) => /\((?:restored|cached)\)$/u.test(l)).length,
    parts: build.post.lines.filter((l) => /\[postbuild\] part /u.test(l.text)).map((l) => l.text.replace(/^.*\[postbuild\] /u, '')),
    postSteps: /\((site data [^)]*)\)\s*$/u.exec(build.post.lines.map((l) => l.text).find((t) => /\[postbuild\] indexed /u.test(t)) ?? '')?.[1] ?? 'not reported',
    astro: astroFigures(text),
  };
}

interface RunResult {
  builds: Measured[];
  peer?: PeerRun;
  floor: { seconds: number; files: number };
  made: { articles: number; editions: number };
  mdx: number;
  added: Array<{ date: string; articles: number; pages: number }>;
  corrected?: string;
  root: string;
  /** Bytes of dist/ and of the build cache after the last build. */
  sizes?: { dist: number; cache: number };
}

function folderBytes(dir: string): number {
  let bytes = 0;
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) if (e.isFile()) bytes += statSync(join(e.parentPath, e.name)).size;
  return bytes;
}

async function oneRun(): Promise<RunResult> {
  // The peer first, on the archive the full build gets: the builds with the cache then
  // follow the full build directly (run between them, its 7 GB pushed their files out of memory).
  let peer: PeerRun | undefined;
  const beforeBuild = values['no-peer'] ? undefined : async (editionsDir: string, root: string) => void (peer = await runPeer(join(root, 'peer'), editionsDir));
  const full = await buildSyntheticSite(articles, env, { allMdx: values['all-mdx'], ...(beforeBuild ? { beforeBuild } : {}) });
  const { root, editionsDir, made } = full;
  const builds = [measure('full', full, root)];
  const mdx = readdirSync(editionsDir).flatMap((d) => readdirSync(join(editionsDir, d))).filter((f) => f.endsWith('.mdx')).length;
  const result: RunResult = { builds, floor: floor(editionsDir, join(root, 'floor')), made, mdx, root, added: [], ...(peer ? { peer } : {}) };
  // One build per day added: the day an edition fills the newest index part is the
  // costly one (the part closes and is indexed whole, src/search/parts.ts), the next is a usual day.
  if (values['then-add-edition']) {
    for (let day = 1; day <= days; day++) {
      result.added.push(addSyntheticEdition(editionsDir));
      builds.push(measure(days > 1 ? `add an edition (day ${day})` : 'add an edition', await buildCopy(root, env), root));
    }
  }
  if (values['then-correct']) {
    result.corrected = correctOldArticle(editionsDir).slice(editionsDir.length + 1);
    builds.push(measure('correct an old article', await buildCopy(root, env), root));
  }
  result.sizes = { dist: folderBytes(join(root, 'dist')), cache: folderBytes(join(root, '.build-cache')) };
  if (!values.keep) rmSync(root, { recursive: true, force: true });
  return result;
}

const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');
console.log(`bench  load average before: ${load()} (1, 5, 15 min; 2 cores: above 2 the machine is shared and absolute seconds stretch)`);
const results: RunResult[] = [];
for (let i = 0; i < runs; i++) {
  results.push(await oneRun());
  const r = results.at(-1)!;
  console.log(`run ${i + 1}/${runs}: ${r.builds.map((b) => `${b.label} ${b.total.toFixed(1)} s`).join(', ')}${r.peer ? `, peer ${(r.peer.eleventy.seconds + r.peer.pagefind.seconds).toFixed(1)} s` : ''}; load average now ${load()}`);
}

const first = results[0]!;
const m = (pick: (r: RunResult) => number) => median(results.map(pick));
const of = (label: string) => (r: RunResult) => r.builds.find((b) => b.label === label)!;
const full = of('full');
console.log(`\nbench  ${first.made.articles} articles in ${first.made.editions} editions (synthetic, seed 7; ${first.mdx} as .mdx, the rest .md), 2 cores; ${runs > 1 ? `median of ${runs} runs` : 'one run'}`);
for (const label of first.builds.map((b) => b.label)) {
  const b = of(label);
  const one = b(first);
  console.log(`  ${label}${label === 'full' ? ' (no cache)' : ' (with the cache of the build before)'}`);
  console.log(`    site   astro build: ${one.pagesRendered + one.pagesReused} routes (${one.pagesRendered} rendered, ${one.pagesReused} reused from Astro's cache) in ${m((r) => b(r).site).toFixed(1)} s, peak ${gb(m((r) => b(r).sitePeak))}`);
  console.log(`           of which content sync ${m((r) => b(r).astro.sync).toFixed(1)} s, Vite bundle ${m((r) => b(r).astro.bundle).toFixed(1)} s, pages ${m((r) => b(r).astro.generate).toFixed(1)} s (Astro's own figures)`);
  console.log(`    post   post-build (search index, offline files, links): ${m((r) => b(r).post).toFixed(1)} s, peak ${gb(m((r) => b(r).postPeak))}, ${one.parts.length} part(s)`);
  console.log(`           of which ${one.postSteps} (the first run's)`);
  for (const line of one.parts) console.log(`             ${line}`);
  console.log(`    build  ${m((r) => b(r).total).toFixed(1)} s in all (cache check included), peak ${gb(m((r) => b(r).peak))}`);
  if (label !== 'full') {
    console.log(`    ratio  ${label} / full build: time ${(m((r) => b(r).total / full(r).total) * 100).toFixed(1)}%, peak ${(m((r) => b(r).peak / full(r).peak) * 100).toFixed(0)}%`);
  }
}
for (const added of first.added) console.log(`  added  ${added.date}: ${added.articles} articles on ${added.pages} pages`);
if (first.corrected) console.log(`  fixed  ${first.corrected}: one sentence added`);
if (first.peer) {
  const p = first.peer;
  const eleventy = m((r) => r.peer!.eleventy.seconds);
  const pagefind = m((r) => r.peer!.pagefind.seconds);
  console.log(`  peer   Eleventy 3 (markdown-it, minimal layout): ${p.articles} articles in ${eleventy.toFixed(1)} s, peak ${gb(m((r) => r.peer!.eleventy.peakBytes))}; Pagefind CLI over its output: ${pagefind.toFixed(1)} s, peak ${gb(m((r) => r.peer!.pagefind.peakBytes))}`);
  console.log(`  ratio  full build / peer = ${m((r) => full(r).total / (r.peer!.eleventy.seconds + r.peer!.pagefind.seconds)).toFixed(2)}× (${m((r) => full(r).total).toFixed(1)} s against ${(eleventy + pagefind).toFixed(1)} s)`);
}
if (first.sizes) console.log(`  disk   dist/ ${gb(first.sizes.dist)}, the build cache (.build-cache/) ${gb(first.sizes.cache)}`);
console.log(`  floor  ${first.floor.files} articles in ${m((r) => r.floor.seconds).toFixed(1)} s (read, Sätteri markdownToHtml, write); full build / floor = ${m((r) => full(r).total / r.floor.seconds).toFixed(0)}×`);
console.log(`  load   average after: ${load()}${values.keep ? `   (kept in ${results.map((r) => r.root).join(', ')})` : ''}`);
