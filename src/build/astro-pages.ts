// The pages of Astro's incremental build, placed in the output before `astro build`
// runs. Astro restores an unchanged page by copying it from its cache, one page after
// the other (node_modules/astro/dist/core/build/generate.js): at 20,000 articles that
// was 38.5 s of a 64.6 s incremental site step, half of what rendering them costs.
// A page already in the output it leaves in place ("(cached)" in its log), so the
// driver (scripts/build.ts) lays every page of the previous build's manifest out as a
// hard link first (links.ts: one link is a fraction of a copy), and after the build
// removes the ones Astro no longer builds (a deleted article), which Astro's own
// pruning removes from its cache only. A page Astro renders again is written over its
// link, which also writes Astro's cached copy; Astro then writes that copy with the
// same bytes. Every later writer replaces files (links.ts), so the cache keeps what
// Astro wrote. Reads Astro's manifest (`incremental-build.json`, version 1, an
// experimental format): any other version places nothing, and Astro copies as before.
import { existsSync, linkSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { placeFile } from './links.ts';

const MANIFEST = 'incremental-build.json';
const CACHED_PAGES = 'dist';

interface Manifest {
  version: number;
  routes: Record<string, { paths: Record<string, { outputFile: string }> }>;
}

/** The output files (relative to the out folder) Astro's manifest keeps a copy of; none when there is no manifest it can read. */
export function cachedPageFiles(astroCacheDir: string): string[] {
  const file = join(astroCacheDir, MANIFEST);
  if (!existsSync(file)) return [];
  let manifest: Manifest;
  try {
    manifest = JSON.parse(readFileSync(file, 'utf8')) as Manifest;
  } catch {
    return []; // Astro reads it the same way and builds in full
  }
  if (manifest.version !== 1 || typeof manifest.routes !== 'object' || manifest.routes === null) return [];
  return Object.values(manifest.routes).flatMap((route) => Object.values(route.paths ?? {}).map((p) => p.outputFile));
}

/**
 * Links each page of the previous build's manifest into `outDir` (a new, empty folder);
 * returns the pages placed. One link and, per folder, one mkdir: no check before
 * (a page missing from Astro's cache is skipped when the link fails).
 */
export function placeCachedPages(astroCacheDir: string, outDir: string): string[] {
  const placed: string[] = [];
  const folders = new Set<string>();
  for (const file of cachedPageFiles(astroCacheDir)) {
    const to = join(outDir, file);
    const folder = dirname(to);
    if (!folders.has(folder)) {
      mkdirSync(folder, { recursive: true });
      folders.add(folder);
    }
    try {
      linkSync(join(astroCacheDir, CACHED_PAGES, file), to);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') continue; // not in Astro's cache: Astro renders it
      placeFile(join(astroCacheDir, CACHED_PAGES, file), to); // a copy where links cannot be made (links.ts)
    }
    placed.push(file);
  }
  return placed;
}

/**
 * Removes the placed pages this build did not make: not in Astro's new manifest and
 * not written since `since` (the time before Astro started: a page rendered without a
 * cache key at the same path would have been written, and stays). Returns their paths.
 */
export function removeUnbuiltPages(astroCacheDir: string, outDir: string, placed: readonly string[], since: number): string[] {
  const built = new Set(cachedPageFiles(astroCacheDir));
  const removed: string[] = [];
  for (const file of placed) {
    if (built.has(file)) continue;
    const path = join(outDir, file);
    if (!existsSync(path) || statSync(path).mtimeMs >= since) continue;
    rmSync(path);
    removed.push(file);
  }
  return removed;
}
