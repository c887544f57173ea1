// Astro integration: after the pages are written, index the articles with Pagefind
// (the Extended build) through its Node API, one custom record per article page (see
// src/lib/search/record.ts for why), and write the Traditional → Simplified map the
// search page folds queries with, and for reading from disk each edition's offline
// index (YYYY/MM/DD/search-data.js: the same records, the map cut to that edition's
// text; see src/lib/search/offline.ts). Any indexing error fails the build.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';
import { buildCharMap } from '../lib/search/char-map.ts';
import { CHAR_MAP_FILE, PAGEFIND_DIR, SEARCH_DATA_FILE } from '../lib/search/paths.ts';
import { cutCharMap, offlineDataScript, type OfflineRecord } from '../lib/search/offline.ts';
import { encodeText, indexWords } from '../lib/search/record.ts';
import { searchRecord, type SearchRecord } from './search-records.ts';

function articleRecords(outDir: string): SearchRecord[] {
  const records: SearchRecord[] = [];
  for (const entry of readdirSync(outDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || entry.name !== 'index.html') continue;
    const file = join(entry.parentPath, entry.name);
    const html = readFileSync(file, 'utf8');
    if (!html.includes('data-pagefind-body')) continue;
    const url = `/${relative(outDir, entry.parentPath).split(sep).join('/')}/`.replace(/\/+/gu, '/');
    const record = searchRecord(html, url);
    if (record) records.push(record);
  }
  return records.sort((a, b) => a.url.localeCompare(b.url));
}

export async function indexSite(outDir: string): Promise<{ pages: number; mapEntries: number; offlineBytes: number }> {
  const records = articleRecords(outDir);
  // The map first: the index words are made from the folded text, as queries are.
  const map = buildCharMap(records.flatMap((r) => [...r.blocks, ...Object.values(r.meta)]).join('\n'));
  const { index, errors } = await createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    for (const r of records) {
      const headlines = [r.meta.kicker, r.meta.title, r.meta.subtitle].filter((t): t is string => Boolean(t));
      const added = await index.addCustomRecord({
        url: r.url,
        content: indexWords(r.blocks, headlines, map),
        language: 'zh-cn',
        meta: { ...r.meta, text: encodeText(r.blocks) },
        filters: r.filters,
      });
      if (added.errors.length > 0) throw new Error(`Pagefind rejected ${r.url}: ${added.errors.join('; ')}`);
    }
    const written = await index.writeFiles({ outputPath: join(outDir, PAGEFIND_DIR) });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
  } finally {
    await close();
  }
  mkdirSync(join(outDir, PAGEFIND_DIR), { recursive: true });
  writeFileSync(join(outDir, CHAR_MAP_FILE), JSON.stringify(map));
  const offlineBytes = writeOfflineIndexes(outDir, records, map);
  return { pages: records.length, mapEntries: Object.keys(map).length, offlineBytes };
}

/** One classic script per edition folder (from the article URL `/YYYY/MM/DD/PP/OO/`); returns the largest size. */
function writeOfflineIndexes(outDir: string, records: readonly SearchRecord[], map: Record<string, string>): number {
  const byEdition = new Map<string, OfflineRecord[]>();
  for (const r of records) {
    const edition = /^\/(\d{4}\/\d{2}\/\d{2})\//u.exec(r.url)?.[1];
    if (!edition) throw new Error(`an indexed page is not inside an edition folder: ${r.url}`);
    byEdition.set(edition, [...(byEdition.get(edition) ?? []), r]);
  }
  let largest = 0;
  for (const [edition, list] of byEdition) {
    const text = list.flatMap((r) => [...r.blocks, ...Object.values(r.meta)]).join('\n');
    const script = offlineDataScript({ edition, charMap: cutCharMap(map, text), records: list });
    writeFileSync(join(outDir, edition, SEARCH_DATA_FILE), script);
    largest = Math.max(largest, Buffer.byteLength(script));
  }
  return largest;
}

export function searchIndex(): AstroIntegration {
  return {
    name: 'newspaper-search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        try {
          const { pages, mapEntries, offlineBytes } = await indexSite(fileURLToPath(dir));
          logger.info(`Pagefind indexed ${pages} article(s); the Traditional map has ${mapEntries} entries; largest offline index ${offlineBytes} bytes`);
        } catch (cause) {
          throw new Error(`[search] Failed to build the search index: ${(cause as Error).message}`, { cause });
        }
      },
    },
  };
}
