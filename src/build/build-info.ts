// What a build holds, as `/build.json` says it (src/pages/build.json.ts writes it,
// `npm run assemble` reads the shards' and writes the assembled site's own).

export interface BuildInfo {
  /** The shard's name (`2025`, `2016-2018`); null for a whole or assembled archive. */
  shard: string | null;
  years: [number, number] | null;
  /** Edition dates built here, newest first. */
  editions: string[];
  /** For an assembled site: the shards it was made of, oldest first. */
  assembledFrom?: string[];
}
