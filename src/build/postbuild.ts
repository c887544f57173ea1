// After `astro build`: the search index, offline reading and relative links, over the
// built dist/ (see docs/operators.md, "Large archives"). Runs as its own process (scripts/postbuild.ts)
// so that Astro's memory is given back before Pagefind needs its own: Pagefind holds
// a whole index in memory while writing it (~0.4 MB per article, measured), so the
// archive is cut into parts (src/search/parts.ts), each done by a child process
// (part.ts), as many at a time as the machine has cores (at most 2 by default).
// Before the parts: the bundled scripts and the 繁體 data of the site-wide pages (the
// zips carry both). Then what belongs to no part: the manifest of the parts, the list
// of editions for reading from disk, and the other pages made relative.
// With a cache folder (npm run build passes .build-cache/postbuild/; src/build/part-cache.ts)
// each part reuses what is unchanged since the previous build.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pLimit from 'p-limit';
import { relativizeHtml } from '#src/offline/build/relative.ts';
import { editionsScript } from '#src/search/offline-data.ts';
import { splitParts, type IndexPart, type PartsManifest } from '#src/search/parts.ts';
import { BUNDLES, bundle } from './bundles.ts';
import { replaceFile } from './links.ts';
import { stopwatch } from './stopwatch.ts';
import type { PartJob, PartSummary } from './part.ts';
import { digest, indexLikelyCached, pruneCache } from './part-cache.ts';
import { hantData, pageTexts } from '#src/hant/build/hant-data.ts';
import { hantScript } from '#src/hant/convert.ts';
import { hantVariant, type HantVariant } from '#src/hant/variant.ts';
import { searchPageWords } from '#src/search/text.ts';
import { builtSite, siteFiles } from './site-files.ts';
import type { SearchMetaFile } from '#src/search/build/article-meta.ts';
import { articleUrls, CHAR_MAP_NAME, editionDates, editionFolder, EDITIONS_SCRIPT, fileOfUrl, HANT_SWITCH_FILE, hantDataPath, MANIFEST_NAME, NOT_FOUND_FILE, PAGEFIND_DIR, SEARCH_META_FILE, SEARCH_UI_FILE, searchPath, urlOfFile } from '#src/site/paths.ts';

export interface PostBuildOptions {
  siteUrl: string;
  /** Articles per part: Pagefind needs ~0.5 MB per article while it writes (measured), so 2,500 keeps two parts in flight near 3 GB. */
  partArticles?: number;
  /** Parts processed at once; by default the machine's cores, at most 2. */
  concurrency?: number;
  /** The post-build's cache folder; none: everything is done afresh and nothing is kept. */
  cacheDir?: string;
  log?: (line: string) => void;
  /** The Traditional standard of the 繁體 switch; by default HANT_VARIANT's (src/hant/variant.ts). */
  hantVariant?: HantVariant;
}

export interface PostBuildSummary {
  articles: number;
  editions: number;
  parts: PartSummary[];
  /** Wall seconds of each step, for the report: where a build's post-build time goes. */
  seconds: Record<'site data' | 'parts' | 'site pages' | 'cache', number>;
}


const PART_SCRIPT = fileURLToPath(new URL('./part.ts', import.meta.url));

/** Runs part.ts on one job file with this same Node (22, see package.json). */
function runPart(jobFile: string, label: string): Promise<PartSummary> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [PART_SCRIPT, jobFile], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.on('error', fail);
    child.on('close', (code) => {
      if (code === 0) done(JSON.parse(out.trim().split('\n').at(-1)!) as PartSummary);
      else fail(new Error(`part ${label}: ${err.trim() || `exit ${code}`}`));
    });
  });
}

/** The edition folder (`2026/04/02/`) of a built file, if it is in one. */
const editionFolderOf = (file: string): string | undefined => /^\d{4}\/\d{2}\/\d{2}\//u.exec(file)?.[0];

/** The order parts start in: those to index again first, then by size, largest first; ties in manifest order. */
export function partStartOrder(parts: ReadonlyArray<{ articles: number; redo: boolean }>): number[] {
  return parts.map((_, i) => i).sort((a, b) => Number(parts[b]!.redo) - Number(parts[a]!.redo) || parts[b]!.articles - parts[a]!.articles || a - b);
}

export async function postBuild(outDir: string, options: PostBuildOptions): Promise<PostBuildSummary> {
  const log = options.log ?? (() => {});
  const lap = stopwatch();
  const variant = options.hantVariant ?? hantVariant();
  for (const { entry, out } of BUNDLES) replaceFile(join(outDir, out), await bundle(entry));
  // The 繁體 data of the pages of no edition (home, archive, search, 404) and of the
  // search page's own words; each part writes its editions'.
  // The search page's has its own file: every edition's zip carries it, so it must
  // not change with the home page (see sharedKey below).
  const searchPage = fileOfUrl(searchPath)!;
  const sitePages = [...siteFiles(outDir)].filter((f) => f.endsWith('.html') && !editionFolderOf(f) && f !== searchPage);
  const siteSource = builtSite(outDir);
  replaceFile(join(outDir, hantDataPath().slice(1)), hantScript(hantData(sitePages.flatMap((f) => pageTexts(siteSource.html(f))), variant)));
  const searchHantFile = hantDataPath(undefined, searchPath).slice(1);
  replaceFile(join(outDir, searchHantFile), hantScript(hantData([...pageTexts(siteSource.html(searchPage)), ...searchPageWords()], variant)));
  const metaFile = join(outDir, SEARCH_META_FILE);
  if (!existsSync(metaFile)) throw new Error(`${outDir} has no ${SEARCH_META_FILE}: the post-build runs once, on what \`astro build\` has just written (npm run build runs both)`);
  const meta = JSON.parse(readFileSync(metaFile, 'utf8')) as SearchMetaFile;
  rmSync(metaFile); // for the post-build only, not for readers
  const files = siteFiles(outDir);
  const dates = editionDates(files);
  const articles = articleUrls(files);
  const missing = articles.filter((url) => !meta[url]);
  if (missing.length > 0) throw new Error(`${SEARCH_META_FILE} has no entry for ${missing.length} built article(s), e.g. ${missing[0]}: was dist/ built by this project's astro build?`);
  const parts = splitParts(articles.map((url) => ({ url })), options.partArticles ?? 2500);
  const jobs = mkdtempSync(join(tmpdir(), 'newspaper-postbuild-'));
  const fileList = [...files];
  const limit = pLimit(options.concurrency ?? Math.min(2, availableParallelism()));
  // What every edition's zip takes from outside its folder besides content-hashed /_astro/ files.
  const sharedKey = digest(
    options.siteUrl,
    variant,
    ...[searchPage, SEARCH_UI_FILE, HANT_SWITCH_FILE, searchHantFile].map((file) => readFileSync(join(outDir, file))),
  );
  const datesOf = (part: IndexPart) => dates.filter((d) => d >= part.from && d <= part.to);
  const partArticles = new Map(parts.map(({ part, items }) => [part.dir, Object.fromEntries(items.map((a) => [a.url, meta[a.url]!])) as SearchMetaFile]));
  const articlesOf = (part: IndexPart) => partArticles.get(part.dir)!;
  // The built files by edition folder, in the order part.ts takes them (sorted).
  const byFolder = Map.groupBy([...fileList].sort().filter((f) => editionFolderOf(f)), (f) => editionFolderOf(f)!);
  function runJob(i: number): Promise<PartSummary> {
    const { part } = parts[i]!;
    return limit(async () => {
      const job: PartJob = {
        outDir,
        siteUrl: options.siteUrl,
        part,
        dates: datesOf(part),
        articles: articlesOf(part),
        files: fileList,
        cacheDir: options.cacheDir,
        sharedKey,
        hantVariant: variant,
      };
      const file = join(jobs, `part-${i}.json`);
      writeFileSync(file, JSON.stringify(job));
      const summary = await runPart(file, part.dir);
      const s = summary.seconds;
      const r = summary.reused;
      const reuse = options.cacheDir ? `; reused: records of ${r.records}/${summary.editions} editions, ${r.index ? 'the index' : 'no index'}, offline files of ${r.offline}/${summary.editions}` : '';
      log(`part ${part.dir}: ${summary.articles} articles, ${summary.editions} editions (records ${s.records.toFixed(1)} s, index ${s.index.toFixed(1)} s, offline ${s.offline.toFixed(1)} s, links ${s.relative.toFixed(1)} s)${reuse}; largest 繁體 data ${summary.largestHantData.date} ${(summary.largestHantData.gzipBytes / 1024).toFixed(1)} KB gzip`);
      return summary;
    });
  }
  const siteData = lap();
  // The parts whose index is made again start first, the largest first; then the
  // others, largest first. In manifest order (newest first) the full part ran alone
  // after the newest part's quarters (at 5,000 articles the parts took 68 s where 52 s
  // could do); by size alone, a correction's one part to index again (21–32 s at 2,500
  // articles) started after ten parts taken from the cache (14 s on two cores).
  const redo = parts.map(({ part }) => !options.cacheDir || !indexLikelyCached(outDir, options.cacheDir, part.dir, datesOf(part), byFolder, articlesOf(part), sharedKey));
  const startOrder = partStartOrder(parts.map(({ items }, i) => ({ articles: items.length, redo: redo[i]! })));
  if (options.cacheDir) log(`parts expected to be indexed again, started first: ${parts.filter((_, i) => redo[i]).map((p) => p.part.dir).join(', ') || 'none'}`);
  const started = new Map<number, Promise<PartSummary>>();
  let summaries: PartSummary[];
  try {
    for (const i of startOrder) started.set(i, runJob(i));
    summaries = await Promise.all(parts.map((_, i) => started.get(i)!));
  } finally {
    rmSync(jobs, { recursive: true, force: true });
  }
  const partSeconds = lap();
  mkdirSync(join(outDir, PAGEFIND_DIR), { recursive: true });
  const manifest: PartsManifest = { version: 1, parts: parts.map((p) => p.part) };
  replaceFile(join(outDir, PAGEFIND_DIR, MANIFEST_NAME), `${JSON.stringify(manifest, null, 2)}\n`);
  replaceFile(join(outDir, PAGEFIND_DIR, CHAR_MAP_NAME), JSON.stringify(Object.assign({}, ...summaries.map((s) => s.map))));
  replaceFile(join(outDir, EDITIONS_SCRIPT), editionsScript(dates.map(editionFolder)));

  const editionFolders = new Set(dates.map((d) => `${editionFolder(d)}/`));
  const site = builtSite(outDir, files);
  for (const file of files) {
    if (!file.endsWith('.html') || file === NOT_FOUND_FILE) continue; // served at any depth: its links stay root-relative
    if (editionFolders.has(file.slice(0, 11))) continue; // done with its part
    replaceFile(join(outDir, file), relativizeHtml(site.html(file), urlOfFile(file)));
  }
  const sitePagesSeconds = lap();
  if (options.cacheDir) {
    const removed = pruneCache(options.cacheDir, dates, parts.map((p) => p.part.dir));
    if (removed > 0) log(`cache: removed ${removed} edition(s) or part(s) this build no longer has`);
  }
  return { articles: articles.length, editions: dates.length, parts: summaries, seconds: { 'site data': siteData, parts: partSeconds, 'site pages': sitePagesSeconds, cache: lap() } };
}
