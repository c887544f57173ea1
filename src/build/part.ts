// One part of the archive after Astro has written it: a run of editions (see
// src/search/parts.ts), processed in a process of its own so that parts run side
// by side on a machine's cores and each Pagefind service's memory is given back when
// its part is done. In order:
//  1. the articles' search records, read from their built pages (records.ts);
//  2. the part's Traditional → Simplified map (returned: the post-build writes the
//     union of the parts') and its Pagefind index (one custom record per article;
//     src/search/record.ts says why), slimmed (pagefind-bundle.ts);
//  3. per edition: its 繁體 data (zh-hant.js, src/hant/build/hant-data.ts), its offline
//     index (search-data.js), the list the service worker keeps (offline.json) and the
//     zip to take away, made from the root-relative pages;
//  4. the part's pages made relative (src/offline/build/relative.ts), edition by
//     edition after its zip, which needs them root-relative.
// With a cache (job.cacheDir; src/build/part-cache.ts), an edition whose built files
// are unchanged keeps its records, and, when its cut of the map and the 繁體 standard
// are unchanged too, its 繁體 data, offline files and relative pages; a part whose editions are all unchanged keeps its
// Pagefind index and map. Only what changed is done again.
// Run as `node src/build/part.ts <job.json>`: prints a JSON summary line, or
// exits 1 with the reason on stderr.
import { readFileSync, rmSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { close, createIndex } from 'pagefind';
import { editionFiles, editionManifest, editionPack, type BuiltSite } from '#src/offline/build/edition-pack.ts';
import { relativizeHtml } from '#src/offline/build/relative.ts';
import { zipFiles } from '#src/offline/build/zip.ts';
import { buildCharMap } from '#src/search/build/char-map.ts';
import type { CharMap } from '#src/search/fold.ts';
import { cutCharMap, offlineDataScript } from '#src/search/offline-data.ts';
import { urlDate, type IndexPart } from '#src/search/parts.ts';
import { encodeText, indexWords } from '#src/search/record.ts';
import { editionFolder, editionManifestPath, editionZipName, editionZipPath, fileOfUrl, hantDataPath, PAGEFIND_DIR, SEARCH_DATA_FILE, urlOfFile } from '#src/site/paths.ts';
import { dropUnusedFiles, slimFragments } from '#src/search/build/pagefind-bundle.ts';
import type { SearchMetaFile } from '#src/search/build/article-meta.ts';
import { searchRecord, type SearchRecord } from '#src/search/build/records.ts';
import { replaceFile } from './links.ts';
import { stopwatch } from './stopwatch.ts';
import { builtSite } from './site-files.ts';
import { digest, editionEntry, editionIdentity, editionMeta, editionOfflineEntry, editionOwnFiles, IDENTITY_FILE, indexKey, knownInputKey, partEntry } from './part-cache.ts';
import { hantData, pageTexts } from '#src/hant/build/hant-data.ts';
import { hantScript } from '#src/hant/convert.ts';
import type { HantVariant } from '#src/hant/variant.ts';

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
  /** The post-build's cache folder (src/build/part-cache.ts); none: everything is done afresh. */
  cacheDir?: string | undefined;
  /** A digest of what every edition's offline files share: the search page, the scripts, the site-wide 繁體 data, SITE_URL. */
  sharedKey: string;
  /** The Traditional standard of the 繁體 switch (HANT_VARIANT). */
  hantVariant: HantVariant;
}

/** What a part took from the cache and what it did again. */
export interface PartReuse {
  /** Editions whose records came from the cache (their built files were unchanged). */
  records: number;
  /** Whether the Pagefind index and map came from the cache. */
  index: boolean;
  /** Editions whose offline files and relative pages came from the cache. */
  offline: number;
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
  /** The largest edition's 繁體 data, gzip bytes (budget: 15 KB for a typical article's, docs/developers.md). */
  largestHantData: { date: string; gzipBytes: number };
  /** Seconds per step, for the post-build's report. */
  seconds: Record<'records' | 'index' | 'offline' | 'relative', number>;
  reused: PartReuse;
}

const recordText = (records: readonly SearchRecord[]): string => records.flatMap((r) => [...r.blocks, ...Object.values(r.meta)]).join('\n');

async function writeIndex(outputPath: string, records: readonly SearchRecord[], map: CharMap): Promise<number> {
  const { index, errors } = await createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    // One record at a time: records in flight together gave the same bytes in a test of
    // 1,500, but saved little (writing the index is most of this step) and Pagefind does
    // not promise an order for concurrent messages.
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


/**
 * The edition's files under its folder (as Astro wrote them), its articles' meta and the
 * shared inputs. Reading every byte of 25,000 pages took 5–8 s a part when they were no
 * longer in memory, so the key is also kept under the files' identity
 * (part-cache.ts, editionIdentity): when that identity is the one of the last build,
 * so is the key, without reading a byte.
 */
function editionInputKey(outDir: string, files: readonly string[], date: string, articles: SearchMetaFile, sharedKey: string, cacheDir: string): string {
  const own = editionOwnFiles(files, date);
  const meta = editionMeta(articles, date);
  const identity = editionIdentity(outDir, own, date, meta, sharedKey);
  const known = knownInputKey(cacheDir, date, identity);
  if (known) return known;
  const key = digest(sharedKey, date, ...own.flatMap((file) => [file, readFileSync(join(outDir, file))]), ...meta);
  editionEntry(cacheDir, date).write(IDENTITY_FILE, `${identity}\n${key}`);
  return key;
}

/** An edition's offline files from its root-relative pages: search-data.js, offline.json and the zip. */
function writeOffline(outDir: string, site: BuiltSite, date: string, siteUrl: string, searchData: string): { zipLength: number; dataLength: number } {
  replaceFile(join(outDir, editionFolder(date), SEARCH_DATA_FILE), searchData);
  const packFiles = editionFiles(site, date);
  replaceFile(join(outDir, editionManifestPath(date).slice(1)), JSON.stringify(editionManifest(date, packFiles)));
  const top = editionZipName(date).replace(/\.zip$/u, '');
  const entries = [...editionPack(site, date, siteUrl, { searchData }, packFiles)].map(
    ([path, packEntry]) => [`${top}/${path}`, 'copy' in packEntry ? readFileSync(join(outDir, packEntry.copy)) : Buffer.from(packEntry.text)] as const,
  );
  // mtime fixed: the same edition gives the same zip bytes on every build.
  const zip = zipFiles(entries, { level: 6, mtime: new Date('2000-01-01T00:00:00Z') });
  replaceFile(join(outDir, editionZipPath(date).slice(1)), zip);
  return { zipLength: zip.byteLength, dataLength: Buffer.byteLength(searchData) };
}

export async function processPart(job: PartJob): Promise<PartSummary> {
  const { outDir, siteUrl, part, dates, cacheDir } = job;
  const lap = stopwatch();
  const files = [...job.files].sort();
  // The editions' 繁體 data files are the part's to write: listed with the site's
  // files, so the zips and the service worker's lists carry them like any loaded file.
  const site = builtSite(outDir, new Set([...files, ...dates.map((d) => hantDataPath(d).slice(1))]));
  const reused: PartReuse = { records: 0, index: false, offline: 0 };

  const inputKeys = new Map(dates.map((date) => [date, cacheDir ? editionInputKey(outDir, files, date, job.articles, job.sharedKey, cacheDir) : '']));
  const urlsByDate = Map.groupBy(Object.keys(job.articles), urlDate);
  const byDate = new Map<string, SearchRecord[]>();
  for (const date of dates) {
    const entry = cacheDir ? editionEntry(cacheDir, date) : undefined;
    if (entry?.has(inputKeys.get(date)!)) {
      byDate.set(date, JSON.parse(entry.read('records.json').toString('utf8')) as SearchRecord[]);
      reused.records++;
      continue;
    }
    const list = (urlsByDate.get(date) ?? []).flatMap((url) => searchRecord(site.html(fileOfUrl(url)!), url, job.articles[url]!) ?? []);
    byDate.set(date, list);
    if (entry) {
      entry.clear();
      editionOfflineEntry(cacheDir!, date).clear(); // its offline files were made from the old pages
      entry.write('records.json', JSON.stringify(list));
      entry.seal(inputKeys.get(date)!);
    }
  }
  // In the order the articles came (URL order), as the index was always fed.
  const byUrl = new Map([...byDate.values()].flat().map((r) => [r.url, r]));
  const records = Object.keys(job.articles).flatMap((url) => byUrl.get(url) ?? []);
  const seconds = { records: lap(), index: 0, offline: 0, relative: 0 };

  const indexDir = join(outDir, PAGEFIND_DIR, part.dir);
  const partCache = cacheDir ? partEntry(cacheDir, part.dir) : undefined;
  const partKey = indexKey(part.dir, dates.map((d) => inputKeys.get(d)!));
  let map: CharMap;
  let fragmentBytesSaved = 0;
  if (partCache?.has(partKey)) {
    map = JSON.parse(partCache.read('map.json').toString('utf8')) as CharMap;
    partCache.copyOut('index', indexDir);
    reused.index = true;
  } else {
    // The map first: the index words are made from the folded text, as queries are.
    map = buildCharMap(recordText(records));
    fragmentBytesSaved = await writeIndex(indexDir, records, map);
    if (partCache) {
      partCache.clear();
      partCache.write('map.json', JSON.stringify(map));
      partCache.copyIn(indexDir, 'index');
      partCache.seal(partKey);
    }
  }
  seconds.index = lap();

  let zipBytes = 0;
  let largestZip = { date: '', bytes: 0 };
  let largestOfflineIndex = 0;
  let largestHantData = { date: '', gzipBytes: 0 };
  let relativeSeconds = 0;
  for (const date of dates) {
    const list = byDate.get(date) ?? [];
    const charMap = cutCharMap(map, recordText(list));
    const folder = `${editionFolder(date)}/`;
    const pages = files.filter((f) => f.startsWith(folder) && f.endsWith('.html'));
    const zipFile = editionZipPath(date).slice(1);
    const manifestFile = editionManifestPath(date).slice(1);
    const dataFile = `${folder}${SEARCH_DATA_FILE}`;
    const hantFile = hantDataPath(date).slice(1);
    const made = [dataFile, manifestFile, zipFile, hantFile, ...pages];
    const entry = cacheDir ? editionOfflineEntry(cacheDir, date) : undefined;
    const offlineKey = digest(inputKeys.get(date)!, JSON.stringify(charMap), job.hantVariant);
    let zipLength: number;
    let dataLength: number;
    if (entry?.has(offlineKey)) {
      for (const file of made) entry.copyOut(join('out', file), join(outDir, file));
      zipLength = statSync(join(outDir, zipFile)).size;
      dataLength = statSync(join(outDir, dataFile)).size;
      reused.offline++;
    } else {
      entry?.clear();
      // From the pages' own text, before their links are made relative (the zip needs them root-relative).
      replaceFile(join(outDir, hantFile), hantScript(hantData(pages.flatMap((page) => pageTexts(site.html(page))), job.hantVariant)));
      ({ zipLength, dataLength } = writeOffline(outDir, site, date, siteUrl, offlineDataScript({ edition: editionFolder(date), charMap, records: list })));
      const started = Date.now();
      for (const file of pages) replaceFile(join(outDir, file), relativizeHtml(site.html(file), urlOfFile(file)));
      relativeSeconds += (Date.now() - started) / 1000;
      if (entry) {
        rmSync(entry.path('out'), { recursive: true, force: true });
        for (const file of made) entry.copyIn(join(outDir, file), join('out', file));
        entry.seal(offlineKey);
      }
    }
    for (const file of pages) site.forget(file);
    const hantGzip = gzipSync(readFileSync(join(outDir, hantFile))).byteLength;
    if (hantGzip > largestHantData.gzipBytes) largestHantData = { date, gzipBytes: hantGzip };
    largestOfflineIndex = Math.max(largestOfflineIndex, dataLength);
    zipBytes += zipLength;
    if (zipLength > largestZip.bytes) largestZip = { date, bytes: zipLength };
  }
  seconds.offline = lap() - relativeSeconds;
  seconds.relative = relativeSeconds;
  return { articles: records.length, editions: dates.length, map, fragmentBytesSaved, zipBytes, largestZip, largestOfflineIndex, largestHantData, seconds, reused };
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
