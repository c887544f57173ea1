// The search index comes in parts: Pagefind holds a whole index in memory while it
// writes it (about 0.4 MB per article, measured; see docs/developers.md, "The build at scale"), so an
// archive is indexed a few thousand articles at a time, each part its own Pagefind
// index, and the search page merges them in the browser (Pagefind's mergeIndex).
// Parts are consecutive runs of articles in date order and are named by their date
// range, so parts made by separate shard builds (one per year, say) never collide
// and can be deployed side by side. The manifest lists them newest first.

import { PARTS_SUBDIR } from '#src/site/paths.ts';

export interface IndexPart {
  /** Folder relative to pagefind/, ending in `/`: `parts/2016-01-01_2016-07-04/`. */
  dir: string;
  from: string;
  to: string;
  articles: number;
}

export interface PartsManifest {
  version: 1;
  /** Newest first: the first part's Pagefind is the primary one, the others are merged into it. */
  parts: IndexPart[];
}

/** The date of an article URL `/YYYY/MM/DD/PP/OO/`. */
export function urlDate(url: string): string {
  const m = /^\/(\d{4})\/(\d{2})\/(\d{2})\//u.exec(url);
  if (!m) throw new Error(`an indexed page is not inside an edition folder: ${url}`);
  return `${m[1]}-${m[2]}-${m[3]}`;
}

/**
 * The newest, unfilled run is cut again into runs of a quarter of the size: a day's
 * build indexes again only the small run its edition joins (Pagefind has no
 * incremental indexing; a whole part took 12 s at 2,500 articles), at the price of at
 * most four more parts for a search of the newest year to merge. Once the unfilled
 * run holds `size` articles it closes as one part, and its quarters go: one full
 * re-index every `size` articles, as every build did before.
 */
const NEWEST_SPLIT = 4;

/** Runs of `size` items, each closed at the first edition boundary once it holds `size`; the last one holds what is left. */
function runsOf<T extends { url: string }>(items: readonly T[], size: number): T[][] {
  const runs: T[][] = [];
  let current: T[] = [];
  for (const item of items) {
    const last = current.at(-1);
    if (last && current.length >= size && urlDate(last.url) !== urlDate(item.url)) {
      runs.push(current);
      current = [];
    }
    current.push(item);
  }
  if (current.length > 0) runs.push(current);
  return runs;
}

/**
 * Splits items (sorted by URL, so by date) into runs of `size` articles, counted from
 * the oldest, never cutting an edition in two: a part closes at the first edition
 * boundary once it holds `size` articles, so it exceeds `size` by less than one edition.
 * What is left (fewer than `size`) is cut the same way into runs of a quarter of
 * `size` (NEWEST_SPLIT). The cuts depend only on the articles up to them: a new
 * edition changes the newest part alone (or starts a new one), so a build with the
 * cache (src/build/part-cache.ts) indexes only that part again. A date belongs to
 * exactly one part, and part names are unique.
 */
export function splitParts<T extends { url: string }>(items: readonly T[], size: number): Array<{ part: IndexPart; items: T[] }> {
  if (!Number.isInteger(size) || size < 1) throw new Error(`the part size must be a whole number ≥ 1, not ${size}`);
  const full = runsOf(items, size);
  const left = full.at(-1);
  const runs = left && left.length < size ? [...full.slice(0, -1), ...runsOf(left, Math.ceil(size / NEWEST_SPLIT))] : full;
  return runs
    .map((run) => {
      const from = urlDate(run[0]!.url);
      const to = urlDate(run.at(-1)!.url);
      return { part: { dir: `${PARTS_SUBDIR}/${from}_${to}/`, from, to, articles: run.length }, items: run };
    })
    .reverse();
}

/** Several builds' manifests as one (the assembled archive): newest first; overlapping parts are an error. */
export function mergeManifests(manifests: readonly PartsManifest[]): PartsManifest {
  const parts = manifests.flatMap((m) => m.parts).sort((a, b) => b.to.localeCompare(a.to));
  for (let i = 1; i < parts.length; i++) {
    const newer = parts[i - 1]!;
    const older = parts[i]!;
    if (older.to >= newer.from) {
      throw new Error(`two builds indexed the same dates: ${older.dir} and ${newer.dir} overlap. Build each year (or date range) in one shard only.`);
    }
  }
  return { version: 1, parts };
}

export function parseManifest(text: string, source: string): PartsManifest {
  let data: Partial<PartsManifest> | null;
  try {
    data = JSON.parse(text) as Partial<PartsManifest> | null;
  } catch (cause) {
    throw new Error(`${source} is not valid JSON (${(cause as Error).message}): the build that wrote it was interrupted or the file was damaged; build it again.`, { cause });
  }
  const isPart = (p: unknown) => typeof p === 'object' && p !== null && ['from', 'to', 'dir'].every((k) => typeof (p as Record<string, unknown>)[k] === 'string');
  if (data?.version !== 1 || !Array.isArray(data.parts) || !data.parts.every(isPart)) {
    throw new Error(`${source} is not a search parts manifest (version 1, a list of parts with from, to and dir): build it again.`);
  }
  return data as PartsManifest;
}

/** The parts (newest first) in groups by the year of their last date, newest year first: what the search widens by. */
export function yearGroups(parts: readonly IndexPart[]): Array<{ year: string; parts: IndexPart[] }> {
  const groups: Array<{ year: string; parts: IndexPart[] }> = [];
  for (const part of parts) {
    const year = part.to.slice(0, 4);
    const last = groups.at(-1);
    if (last?.year === year) last.parts.push(part);
    else groups.push({ year, parts: [part] });
  }
  return groups;
}
