// After `astro build`: the search index, offline reading and relative links, over the
// built dist/ (see docs/operators.md, "Large archives"). Runs as its own process (scripts/postbuild.ts)
// so that Astro's memory is given back before Pagefind needs its own: Pagefind holds
// a whole index in memory while writing it (~0.4 MB per article, measured), so the
// archive is cut into parts (src/search/parts.ts), each done by a child process
// (part.ts), as many at a time as the machine has cores (at most 2 by default).
// Then what belongs to no part: the manifest of the parts, the list of editions for
// reading from disk, the two bundled scripts, and the other pages made relative.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pLimit from 'p-limit';
import { relativizeHtml } from '#src/offline/build/relative.ts';
import { editionsScript } from '#src/search/offline-data.ts';
import { splitParts, type PartsManifest } from '#src/search/parts.ts';
import { BUNDLES, bundle } from './bundles.ts';
import type { PartJob, PartSummary } from './part.ts';
import { builtSite, siteFiles } from './site-files.ts';
import type { SearchMetaFile } from '#src/search/build/article-meta.ts';
import { articleUrls, CHAR_MAP_NAME, editionDates, editionFolder, EDITIONS_SCRIPT, MANIFEST_NAME, NOT_FOUND_FILE, PAGEFIND_DIR, SEARCH_META_FILE, urlOfFile } from '#src/site/paths.ts';

export interface PostBuildOptions {
  siteUrl: string;
  /** Articles per part: Pagefind needs ~0.5 MB per article while it writes (measured), so 2,500 keeps two parts in flight near 3 GB. */
  partArticles?: number;
  /** Parts processed at once; by default the machine's cores, at most 2. */
  concurrency?: number;
  log?: (line: string) => void;
}

export interface PostBuildSummary {
  articles: number;
  editions: number;
  parts: PartSummary[];
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

export async function postBuild(outDir: string, options: PostBuildOptions): Promise<PostBuildSummary> {
  const log = options.log ?? (() => {});
  for (const { entry, out } of BUNDLES) writeFileSync(join(outDir, out), await bundle(entry));
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
  let summaries: PartSummary[];
  try {
    summaries = await Promise.all(
      parts.map(({ part, items }, i) => limit(async () => {
        const job: PartJob = {
          outDir,
          siteUrl: options.siteUrl,
          part,
          dates: dates.filter((d) => d >= part.from && d <= part.to),
          articles: Object.fromEntries(items.map((a) => [a.url, meta[a.url]!])),
          files: fileList,
        };
        const file = join(jobs, `part-${i}.json`);
        writeFileSync(file, JSON.stringify(job));
        const summary = await runPart(file, part.dir);
        const s = summary.seconds;
        log(`part ${part.dir}: ${summary.articles} articles, ${summary.editions} editions (records ${s.records} s, index ${s.index} s, offline ${s.offline} s, links ${s.relative} s)`);
        return summary;
      })),
    );
  } finally {
    rmSync(jobs, { recursive: true, force: true });
  }
  mkdirSync(join(outDir, PAGEFIND_DIR), { recursive: true });
  const manifest: PartsManifest = { version: 1, parts: parts.map((p) => p.part) };
  writeFileSync(join(outDir, PAGEFIND_DIR, MANIFEST_NAME), `${JSON.stringify(manifest, null, 2)}\n`);
  writeFileSync(join(outDir, PAGEFIND_DIR, CHAR_MAP_NAME), JSON.stringify(Object.assign({}, ...summaries.map((s) => s.map))));
  writeFileSync(join(outDir, EDITIONS_SCRIPT), editionsScript(dates.map(editionFolder)));

  const editionFolders = new Set(dates.map((d) => `${editionFolder(d)}/`));
  const site = builtSite(outDir, files);
  for (const file of files) {
    if (!file.endsWith('.html') || file === NOT_FOUND_FILE) continue; // served at any depth: its links stay root-relative
    if (editionFolders.has(file.slice(0, 11))) continue; // done with its part
    writeFileSync(join(outDir, file), relativizeHtml(site.html(file), urlOfFile(file)));
  }
  return { articles: articles.length, editions: dates.length, parts: summaries };
}
