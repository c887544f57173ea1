// /build.json: what this build holds — the shard (SHARD=2025, src/lib/shard.ts) or the
// whole archive, and its editions. `npm run assemble` reads it to put shards together
// (src/shards/assemble.ts) and writes the assembled site's own.
import type { APIRoute } from 'astro';
import { loadEditions } from '../lib/site-data.ts';
import { currentShard } from '../lib/shard.ts';

export interface BuildInfo {
  /** The shard's name (`2025`, `2016-2018`); null for a whole or assembled archive. */
  shard: string | null;
  years: [number, number] | null;
  /** Edition dates built here, newest first. */
  editions: string[];
  /** For an assembled site: the shards it was made of, oldest first. */
  assembledFrom?: string[];
}

export const GET: APIRoute = async () => {
  const shard = currentShard();
  const info: BuildInfo = {
    shard: shard?.name ?? null,
    years: shard ? [shard.fromYear, shard.toYear] : null,
    editions: (await loadEditions()).map((e) => e.date),
  };
  return new Response(`${JSON.stringify(info, null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } });
};
