// npm run bench -- --articles N [--keep] [--part-articles P] [--all-mdx]
// Generates a deterministic synthetic archive of N articles (the sample's shapes, made
// by the real ingest) in a private copy of the project under tmp/, builds it exactly
// as `npm run build` does (astro build, then scripts/postbuild.ts), and prints wall
// time, peak memory of each step's whole process tree and pages/s for the site and
// for the post-build (search index, offline files, relative links), beside a floor
// measured in the same run: reading the same Markdown, rendering it with a fast
// parser (Sätteri) and writing the HTML. --all-mdx writes every article as .mdx (as
// the ingest did before plain articles became .md), to measure the difference.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { markdownToHtml } from 'satteri';
import { buildSyntheticSite, parseArticles, type Step } from './lib/bench-build.ts';
import { peakBetween } from './lib/process-memory.ts';

const { values } = parseArgs({
  options: { articles: { type: 'string', default: '1000' }, keep: { type: 'boolean', default: false }, 'part-articles': { type: 'string' }, 'all-mdx': { type: 'boolean', default: false } },
});
const articles = parseArticles(values.articles, 'bench');
const partArticles = values['part-articles'] === undefined ? undefined : parseArticles(values['part-articles'], 'bench');

const run = await buildSyntheticSite(articles, partArticles ? { SEARCH_PART_ARTICLES: String(partArticles) } : {}, { allMdx: values['all-mdx'] });
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

if (run.code !== 0 || !run.post) {
  console.error([...run.site.lines, ...(run.post?.lines ?? [])].map((l) => l.text).join('\n'));
  console.error(`[bench] the build failed (exit ${run.code}); the copy is kept in ${root}`);
  process.exit(1);
}
const site = run.site;
const post: Step = run.post;
const pages = Number(/(\d+) page\(s\) built/u.exec(site.lines.map((l) => l.text).join('\n'))?.[1] ?? 0);
const partLines = post.lines.filter((l) => /\[postbuild\] part /u.test(l.text)).map((l) => l.text.replace(/^.*\[postbuild\] /u, ''));
const f = floor();
const mdx = readdirSync(editionsDir).flatMap((d) => readdirSync(join(editionsDir, d))).filter((f) => f.endsWith('.mdx')).length;
if (!values.keep) rmSync(root, { recursive: true, force: true });

const seconds = (s: Step) => (s.end - s.start) / 1000;
const peak = (s: Step) => peakBetween(s.samples, s.start, s.end);
const gb = (bytes: number) => `${(bytes / 2 ** 30).toFixed(2)} GB`;
const total = seconds(site) + seconds(post);
console.log(`bench  ${made.articles} articles in ${made.editions} editions (synthetic, seed 7; ${mdx} as .mdx, the rest .md), 2 cores`);
console.log(`  site   astro build: ${pages} pages in ${seconds(site).toFixed(1)} s, ${(pages / seconds(site)).toFixed(0)} pages/s, peak ${gb(peak(site))}`);
console.log(
  `  index  post-build (search index, offline files, links): ${made.articles} articles in ${seconds(post).toFixed(1)} s, ` +
    `${(made.articles / seconds(post)).toFixed(0)} articles/s, peak ${gb(peak(post))}, ${partLines.length} part(s)`,
);
for (const line of partLines) console.log(`         ${line}`);
console.log(`  build  ${total.toFixed(1)} s in all, ${(pages / total).toFixed(0)} pages/s, peak ${gb(Math.max(peak(site), peak(post)))}`);
console.log(`  floor  ${f.files} articles in ${f.seconds.toFixed(1)} s, ${(f.files / f.seconds).toFixed(0)} articles/s (read, Sätteri markdownToHtml, write)`);
console.log(`  ratio  build / floor = ${(total / f.seconds).toFixed(1)}×${values.keep ? `   (kept in ${root})` : ''}`);
