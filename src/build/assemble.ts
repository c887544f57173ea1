// `npm run assemble -- --out site shard-a/dist shard-b/dist …`: the dist/ folders of
// shard builds (SHARD=2025 npm run build, src/build/shard.ts) → one site for one CDN.
//  - Dated files (an edition's folder YYYY/…, archive/YYYY/…, pagefind/parts/…)
//    belong to one shard each: the same path with other bytes in two shards is an
//    error (two shards built the same year), never a silent choice.
//  - Site-wide files (home, 往期, search, feed, scripts…) come from the newest
//    shard, which built them knowing the whole archive (its catalog).
//  - Merged: pagefind/parts.json (search spans every shard's index parts),
//    pagefind/zh-charmap.json (the union of the shards' maps),
//    search/editions.js (reading from disk), sitemap-index.xml, build.json.
// Written to a temporary folder beside `out` and swapped into place at the end by
// renames (src/content/safe-write.ts), so a failure or a kill leaves the old site or
// the new one, whole; an existing `out` is replaced only with --force.
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { withLock } from '#src/content/lock.ts';
import { recover, swapInto, workFolderFor } from '#src/content/safe-write.ts';
import type { BuildInfo } from './build-info.ts';
import { editionsScript } from '#src/search/offline-data.ts';
import { mergeManifests, parseManifest, type PartsManifest } from '#src/search/parts.ts';
import { siteFiles } from './site-files.ts';
import { BUILD_INFO_FILE, CHAR_MAP_NAME, editionFolder, EDITIONS_SCRIPT, MANIFEST_NAME, PAGEFIND_DIR, PARTS_SUBDIR } from '#src/site/paths.ts';

export interface ShardSite {
  dir: string;
  info: BuildInfo;
}

// Edition folders, archive months and index parts are named by their dates.
const DATED = new RegExp(String.raw`^(?:\d{4}/|archive/\d{4}/|${PAGEFIND_DIR}/${PARTS_SUBDIR}/)`, 'u');
/** A shard's sitemap index (sitemap-2025-index.xml): replaced by one for the whole site. */
const SHARD_SITEMAP_INDEX = /^sitemap-[\w-]+-index\.xml$/u;

export function readShard(dir: string): ShardSite {
  const file = join(dir, BUILD_INFO_FILE);
  if (!existsSync(file)) throw new Error(`${dir} is not a built site (no ${BUILD_INFO_FILE}): run \`SHARD=<year> npm run build\` for it first.`);
  if (!existsSync(join(dir, PAGEFIND_DIR, MANIFEST_NAME))) throw new Error(`${dir} has no search index: its post-build did not run or failed (npm run build runs both steps).`);
  const info = readJson<BuildInfo | null>(file);
  if (typeof info !== 'object' || info === null || !Array.isArray(info.editions)) throw new Error(`${file} is not the build.json this project writes (no list of editions): build that shard again.`);
  if (!info.shard || !info.years) throw new Error(`${dir} is a whole-archive build, not a shard: build it with SHARD=<year> (e.g. SHARD=2025 npm run build).`);
  return { dir, info };
}

/** The shards oldest first; overlapping years are an error naming both. */
export function orderShards(shards: readonly ShardSite[]): ShardSite[] {
  const sorted = [...shards].sort((a, b) => a.info.years![0] - b.info.years![0]);
  for (let i = 1; i < sorted.length; i++) {
    const [older, newer] = [sorted[i - 1]!, sorted[i]!];
    if (newer.info.years![0] <= older.info.years![1]) {
      throw new Error(`shards ${older.info.shard} (${older.dir}) and ${newer.info.shard} (${newer.dir}) cover the same year: give each year to one shard.`);
    }
  }
  return sorted;
}

/** A shard's JSON file, or an error naming it (a damaged shard is rebuilt, not guessed at). */
function readJson<T>(file: string): T {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch (cause) {
    throw new Error(`${file} is not valid JSON (${(cause as Error).message}): that shard's build was interrupted or damaged; build it again.`, { cause });
  }
}

const sameBytes = (a: string, b: string) => readFileSync(a).equals(readFileSync(b));

function sitemapIndex(locs: readonly string[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${locs.map((l) => `<sitemap><loc>${l}</loc></sitemap>`).join('')}</sitemapindex>\n`;
}

export interface AssembleSummary {
  shards: string[];
  files: number;
  parts: number;
  editions: number;
}

export function assemble(shardDirs: readonly string[], out: string, { force = false } = {}): AssembleSummary {
  if (shardDirs.length === 0) throw new Error('no shard given: npm run assemble -- --out <folder> <shard dist> <shard dist> …');
  const target = resolve(out);
  // One assemble at a time per --out; first finish (or clear away) what an interrupted one left.
  return withLock(target, 'npm run assemble', () => {
    recover(target);
    if (existsSync(target) && !force) throw new Error(`${target} exists: choose a new --out folder, or pass --force to replace it.`);
    const shards = orderShards(shardDirs.map((d) => readShard(resolve(d))));
    const manifest = mergeManifests(shards.map((s) => parseManifest(readFileSync(join(s.dir, PAGEFIND_DIR, MANIFEST_NAME), 'utf8'), join(s.dir, PAGEFIND_DIR, MANIFEST_NAME))));
    const work = workFolderFor(target);
    try {
      const summary = assembleInto(work, shards, manifest);
      swapInto(work, target);
      return summary;
    } catch (error) {
      rmSync(work, { recursive: true, force: true });
      throw error;
    }
  });
}

function assembleInto(work: string, shards: readonly ShardSite[], manifest: PartsManifest): AssembleSummary {
  const owner = new Map<string, ShardSite>();
  const sitemapLocs: string[] = [];
  for (const shard of shards) {
    for (const file of [...siteFiles(shard.dir)].sort()) {
      if (SHARD_SITEMAP_INDEX.test(file)) {
        sitemapLocs.push(...[...readFileSync(join(shard.dir, file), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/gu)].map((m) => m[1]!));
        continue;
      }
      const from = join(shard.dir, file);
      const to = join(work, file);
      const before = owner.get(file);
      if (before && DATED.test(file) && !sameBytes(join(before.dir, file), from)) {
        throw new Error(`${file} differs between shards ${before.info.shard} (${before.dir}) and ${shard.info.shard} (${shard.dir}): a dated file belongs to one shard. Was a year built in two shards?`);
      }
      cpSync(from, to); // site-wide files: the newer shard's copy wins
      owner.set(file, shard);
    }
  }
  const editions = shards.flatMap((s) => s.info.editions).sort().reverse();
  writeFileSync(join(work, PAGEFIND_DIR, MANIFEST_NAME), `${JSON.stringify(manifest, null, 2)}\n`);
  const maps = shards.map((s) => readJson<Record<string, string>>(join(s.dir, PAGEFIND_DIR, CHAR_MAP_NAME)));
  writeFileSync(join(work, PAGEFIND_DIR, CHAR_MAP_NAME), JSON.stringify(Object.assign({}, ...maps)));
  writeFileSync(join(work, EDITIONS_SCRIPT), editionsScript([...editions].reverse().map(editionFolder)));
  writeFileSync(join(work, 'sitemap-index.xml'), sitemapIndex(sitemapLocs));
  const info: BuildInfo = { shard: null, years: null, editions, assembledFrom: shards.map((s) => s.info.shard!) };
  writeFileSync(join(work, BUILD_INFO_FILE), `${JSON.stringify(info, null, 2)}\n`);
  return { shards: info.assembledFrom!, files: owner.size, parts: manifest.parts.length, editions: editions.length };
}
