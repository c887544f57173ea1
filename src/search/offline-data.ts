// Search without a server (a page opened from disk, where module scripts and
// Pagefind's fetches are refused): each edition ships its articles' records as a
// classic script (`YYYY/MM/DD/search-data.js`) that pushes them onto a global, and
// this adapter answers the engine's PagefindLike calls from them. Every record that
// passes the filters is a candidate, so recall is complete by construction and the
// engine's exact folded check decides, as it does online: same results, same rules.
import type { CharMap } from './fold.ts';
import type { PagefindData, PagefindLike } from './engine.ts';
import { encodeText } from './record.ts';

/** The global each edition's search-data.js pushes onto (a classic script can only share through one). */
export const OFFLINE_GLOBAL = 'zsdailySearchData';
/** The global `search/editions.js` sets: the editions whose data the search page loads from disk. */
export const EDITIONS_GLOBAL = 'zsdailyEditions';

export interface OfflineRecord {
  /** Root-relative URL of the article, as Pagefind stores it. */
  url: string;
  blocks: string[];
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/** What one edition's search-data.js carries: its records and the char map cut to its text. */
export interface OfflineEdition {
  edition: string;
  charMap: Record<string, string>;
  records: OfflineRecord[];
}

/** The classic script for one edition: no module syntax, no fetch. */
export function offlineDataScript(data: OfflineEdition): string {
  // JSON is a JS expression; U+2028/9 are escaped by JSON.stringify since ES2019.
  return `(self.${OFFLINE_GLOBAL}=self.${OFFLINE_GLOBAL}||[]).push(${JSON.stringify(data)});\n`;
}

/** The classic script listing the editions a copy of the site holds (`2026/04/02` each). */
export function editionsScript(editions: readonly string[]): string {
  return `self.${EDITIONS_GLOBAL}=${JSON.stringify(editions)};\n`;
}

/** The full map keeps only entries whose Simplified side occurs in `text` (as the build cuts it for the site). */
export function cutCharMap(map: CharMap, text: string): Record<string, string> {
  const present = new Set(Array.from(text));
  const out: Record<string, string> = {};
  for (const [from, to] of Object.entries(map)) {
    if (Array.from(from).length === 1 ? present.has(to) : text.includes(to)) out[from] = to;
  }
  return out;
}

export interface OfflinePagefind extends PagefindLike {
  filters(): Promise<Record<string, Record<string, number>>>;
  charMap(): CharMap;
}

const passes = (record: OfflineRecord, filters: Record<string, string[]>) =>
  Object.entries(filters).every(([key, wanted]) => wanted.every((v) => record.filters[key]?.includes(v)));

export function offlinePagefind(editions: readonly OfflineEdition[]): OfflinePagefind {
  const records = editions.flatMap((e) => e.records);
  const map: Record<string, string> = Object.assign({}, ...editions.map((e) => e.charMap)) as Record<string, string>;
  return {
    async search(_words, options) {
      const chosen = records.filter((r) => passes(r, options?.filters ?? {}));
      return {
        results: chosen.map((r) => ({ id: r.url, data: async (): Promise<PagefindData> => ({ url: r.url, meta: { ...r.meta, text: encodeText(r.blocks) } }) })),
      };
    },
    async filters() {
      const counts: Record<string, Record<string, number>> = {};
      for (const r of records) for (const [key, values] of Object.entries(r.filters)) for (const v of values) (counts[key] ??= {})[v] = ((counts[key] ??= {})[v] ?? 0) + 1;
      return counts;
    },
    charMap: () => map,
  };
}
