// `npm run build` = `astro build` then this (scripts/build.ts), over dist/ (or the
// folder given): the search index in parts, offline reading and relative links
// (src/build/postbuild.ts); `--cache <folder>` reuses and keeps what is unchanged.
// Exits 1 with the reason on any error; a failed post-build leaves a dist/ that must
// not be deployed, and says so.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { SITE_URL } from '#src/site/site-url.ts';
import { postBuild } from '#src/build/postbuild.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { 'part-articles': { type: 'string' }, concurrency: { type: 'string' }, cache: { type: 'string' } },
});
const outDir = resolve(positionals[0] ?? 'dist');
const whole = (name: string, text: string | undefined) => {
  if (text === undefined) return undefined;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) {
    console.error(`[postbuild] --${name} must be a whole number ≥ 1, not "${text}"`);
    process.exit(2);
  }
  return n;
};
const partArticles = whole('part-articles', values['part-articles'] ?? process.env.SEARCH_PART_ARTICLES);
const concurrency = whole('concurrency', values.concurrency);
if (!existsSync(resolve(outDir, 'index.html'))) {
  console.error(`[postbuild] ${outDir} has no index.html: run \`astro build\` first (npm run build does both).`);
  process.exit(2);
}

const started = Date.now();
const time = () => new Date().toTimeString().slice(0, 8);
try {
  const summary = await postBuild(outDir, {
    siteUrl: SITE_URL,
    ...(partArticles ? { partArticles } : {}),
    ...(concurrency ? { concurrency } : {}),
    ...(values.cache ? { cacheDir: resolve(values.cache) } : {}),
    log: (line) => console.log(`${time()} [postbuild] ${line}`),
  });
  const zips = summary.parts.reduce((n, p) => n + p.zipBytes, 0);
  const largest = summary.parts.map((p) => p.largestZip).sort((a, b) => b.bytes - a.bytes)[0];
  console.log(
    `${time()} [postbuild] indexed ${summary.articles} article(s) in ${summary.parts.length} part(s); ${summary.editions} edition zip(s), ` +
      `${(zips / 2 ** 20).toFixed(1)} MB in all${largest ? `, largest ${largest.date} ${largest.bytes} bytes` : ''}; links made relative; ${((Date.now() - started) / 1000).toFixed(1)} s ` +
      `(${Object.entries(summary.seconds).map(([step, s]) => `${step} ${s.toFixed(1)} s`).join(', ')})`,
  );
} catch (error) {
  console.error(`[postbuild] ${(error as Error).message}\n[postbuild] ${outDir} is incomplete (no search index or offline files): fix the cause and run npm run build again; do not deploy it.`);
  process.exit(1);
}
