// One part of the archive after Astro has written it: a run of editions (see
// src/search/parts.ts), processed in a process of its own so that parts run side
// by side on a machine's cores and each Pagefind service's memory is given back when
// its part is done. In order:
//  1. the articles' search records, read from their built pages (records.ts);
//  2. the part's Traditional → Simplified map (returned: the post-build writes the
//     union of the parts') and its Pagefind index (one custom record per article;
//     src/search/record.ts says why), slimmed (pagefind-bundle.ts);
//  3. per edition: its offline index (search-data.js), the list the service worker
//     keeps (offline.json) and the zip to take away, made from the root-relative pages;
//  4. the part's pages made relative (src/offline/build/relative.ts), last, as the zips
//     need them root-relative.
// Run as `node src/build/part.ts <job.json>`: prints a JSON summary line, or
// exits 1 with the reason on stderr.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { zipSync, type Zippable } from 'fflate';
import { close, createIndex } from 'pagefind';
import { editionFiles, editionManifest, editionPack } from '#src/offline/build/edition-pack.ts';
import { relativizeHtml } from '#src/offline/build/relative.ts';
import { buildCharMap } from '#src/search/build/char-map.ts';
import type { CharMap } from '#src/search/fold.ts';
import { cutCharMap, offlineDataScript } from '#src/search/offline-data.ts';
import { urlDate, type IndexPart } from '#src/search/parts.ts';
import { encodeText, indexWords } from '#src/search/record.ts';
import { editionFolder, editionManifestPath, editionZipName, editionZipPath, fileOfUrl, PAGEFIND_DIR, SEARCH_DATA_FILE, urlOfFile } from '#src/site/paths.ts';
import { dropUnusedFiles, slimFragments } from '#src/search/build/pagefind-bundle.ts';
import type { SearchMetaFile } from '#src/search/build/article-meta.ts';
import { searchRecord, type SearchRecord } from '#src/search/build/records.ts';
import { builtSite } from './site-files.ts';

/** BCP 47 "undetermined". */
export const INDEX_LANGUAGE = 'und';

export interface PartJob {
  outDir: string;
  siteUrl: string;
  part: IndexPart;
  /** The part's editions (YYYY-MM-DD). */
  dates: string[];
  /** The part's articles: URL → meta and filters (from search-meta.json). */
  articles: SearchMetaFile;
  /** Every file of the site as the post-build listed it, before any part wrote its own. */
  files: string[];
}

export interface PartSummary {
  articles: number;
  editions: number;
  /** The part's Traditional → Simplified map (the post-build writes the union of all parts'). */
  map: CharMap;
  fragmentBytesSaved: number;
  zipBytes: number;
  largestZip: { date: string; bytes: number };
  largestOfflineIndex: number;
  /** Seconds per step, for the post-build's report. */
  seconds: Record<'records' | 'index' | 'offline' | 'relative', number>;
}

const recordText = (records: readonly SearchRecord[]): string => records.flatMap((r) => [...r.blocks, ...Object.values(r.meta)]).join('\n');

async function writeIndex(outputPath: string, records: readonly SearchRecord[], map: CharMap): Promise<number> {
  const { index, errors } = await createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    for (const r of records) {
      const headlines = [r.meta.kicker, r.meta.title, r.meta.subtitle].filter((t): t is string => Boolean(t));
      const added = await index.addCustomRecord({
        url: r.url,
        content: indexWords(r.blocks, headlines, map),
        // Not a human language: the words are record.ts's ASCII pair words, and under
        // `zh-cn` Pagefind runs its Chinese segmenter over them for nothing (half the
        // time of adding, measured). The search page's Pagefind takes the one index
        // there is whatever its language (findIndex falls back to the largest).
        language: INDEX_LANGUAGE,
        meta: { ...r.meta, text: encodeText(r.blocks) },
        filters: r.filters,
      });
      if (added.errors.length > 0) throw new Error(`Pagefind rejected ${r.url}: ${added.errors.join('; ')}`);
    }
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
  } finally {
    await close();
  }
  dropUnusedFiles(outputPath);
  return slimFragments(outputPath);
}

/** Seconds since the previous call (or since it was made). */
function stopwatch(): () => number {
  let last = Date.now();
  return () => {
    const now = Date.now();
    const seconds = (now - last) / 1000;
    last = now;
    return seconds;
  };
}

export async function processPart(job: PartJob): Promise<PartSummary> {
  const { outDir, siteUrl, part, dates } = job;
  const lap = stopwatch();
  const site = builtSite(outDir, new Set(job.files));

  const records = Object.entries(job.articles).flatMap(([url, meta]) => searchRecord(site.html(fileOfUrl(url)!), url, meta) ?? []);
  const seconds = { records: lap(), index: 0, offline: 0, relative: 0 };

  // The map first: the index words are made from the folded text, as queries are.
  const map = buildCharMap(recordText(records));
  const fragmentBytesSaved = await writeIndex(join(outDir, PAGEFIND_DIR, part.dir), records, map);
  seconds.index = lap();

  const byDate = Map.groupBy(records, (r) => urlDate(r.url));
  let zipBytes = 0;
  let largestZip = { date: '', bytes: 0 };
  let largestOfflineIndex = 0;
  for (const date of dates) {
    const list = byDate.get(date) ?? [];
    const searchData = offlineDataScript({ edition: editionFolder(date), charMap: cutCharMap(map, recordText(list)), records: list });
    writeFileSync(join(outDir, editionFolder(date), SEARCH_DATA_FILE), searchData);
    largestOfflineIndex = Math.max(largestOfflineIndex, Buffer.byteLength(searchData));
    const files = editionFiles(site, date);
    writeFileSync(join(outDir, editionManifestPath(date).slice(1)), JSON.stringify(editionManifest(date, files)));
    const top = editionZipName(date).replace(/\.zip$/u, '');
    const zippable: Zippable = {};
    for (const [path, entry] of editionPack(site, date, siteUrl, { searchData }, files)) {
      zippable[`${top}/${path}`] = 'copy' in entry ? readFileSync(join(outDir, entry.copy)) : new TextEncoder().encode(entry.text);
    }
    // mtime fixed: the same edition gives the same zip bytes on every build.
    const zip = zipSync(zippable, { level: 6, mtime: new Date('2000-01-01T00:00:00Z') });
    writeFileSync(join(outDir, editionZipPath(date).slice(1)), zip);
    zipBytes += zip.byteLength;
    if (zip.byteLength > largestZip.bytes) largestZip = { date, bytes: zip.byteLength };
  }
  seconds.offline = lap();

  const folders = dates.map((d) => `${editionFolder(d)}/`);
  for (const file of site.files) {
    if (file.endsWith('.html') && folders.some((f) => file.startsWith(f))) writeFileSync(join(outDir, file), relativizeHtml(site.html(file), urlOfFile(file)));
  }
  seconds.relative = lap();
  return { articles: records.length, editions: dates.length, map, fragmentBytesSaved, zipBytes, largestZip, largestOfflineIndex, seconds };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    const job = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as PartJob;
    process.stdout.write(`${JSON.stringify(await processPart(job))}\n`);
  } catch (error) {
    process.stderr.write(`${(error as Error).stack ?? (error as Error).message}\n`);
    process.exitCode = 1;
  }
}
