// /build.json: what this build holds — the shard (SHARD=2025, src/build/shard.ts) or the
// whole archive, and its editions. `npm run assemble` reads it to put shards together
// (src/build/assemble.ts) and writes the assembled site's own.
import type { APIRoute } from 'astro';
import { loadEditions } from '#src/site/load.ts';
import { currentShard } from '#src/build/shard.ts';
import type { BuildInfo } from '#src/build/build-info.ts';

export const GET: APIRoute = async () => {
  const shard = currentShard();
  const info: BuildInfo = {
    shard: shard?.name ?? null,
    years: shard ? [shard.fromYear, shard.toYear] : null,
    editions: (await loadEditions()).map((e) => e.date),
  };
  return new Response(`${JSON.stringify(info, null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } });
};
