// Astro integration, after the pages are written (and after search-index.ts): makes
// one dist/ that a CDN serves with clean URLs and a reader opens from disk.
//  1. bundles the search UI into a classic script (search/search-ui.js) and the
//     service worker (sw.js) with esbuild: module scripts do not run from disk;
//  2. writes search/editions.js (the editions of this copy) and, per edition,
//     offline.json (what the service worker keeps) and the zip to take away;
//  3. turns every root-relative URL of every page relative (src/lib/offline/relative.ts).
// The zips are made from the root-relative pages, before step 3 rewrites them.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { zipSync, type Zippable } from 'fflate';
import { editionFiles, editionFolder, editionManifest, editionPack, urlOfFile, type BuiltSite } from '../lib/offline/edition-pack.ts';
import { relativizeHtml } from '../lib/offline/relative.ts';
import { editionsScript } from '../lib/search/offline.ts';
import { EDITIONS_SCRIPT, SEARCH_DATA_FILE, SEARCH_UI_FILE } from '../lib/search/paths.ts';
import { editionManifestPath, editionZipName, editionZipPath, serviceWorkerPath } from '../lib/urls.ts';

const here = dirname(fileURLToPath(import.meta.url));
/** Entry → output (from the site root) of the two scripts bundled here. */
const BUNDLES = [
  { entry: join(here, '../lib/search/search-page.ts'), out: SEARCH_UI_FILE },
  { entry: join(here, '../lib/offline/sw.ts'), out: serviceWorkerPath.slice(1) },
];
/** 404.html is served at any depth by a CDN: its links must stay root-relative. */
const KEEP_ROOT_RELATIVE = new Set(['404.html']);

export async function bundle(entry: string): Promise<string> {
  const result = await build({ entryPoints: [entry], bundle: true, format: 'iife', target: 'es2022', minify: true, write: false, legalComments: 'none' });
  return result.outputFiles[0]!.text;
}

function siteFiles(outDir: string): Set<string> {
  return new Set(
    readdirSync(outDir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => relative(outDir, join(e.parentPath, e.name)).split(sep).join('/')),
  );
}

export async function makeOffline(outDir: string, siteUrl: string): Promise<{ editions: number; zipBytes: Record<string, number> }> {
  for (const { entry, out } of BUNDLES) writeFileSync(join(outDir, out), await bundle(entry));
  const files = siteFiles(outDir);
  const html = new Map<string, string>();
  const site: BuiltSite = {
    files,
    html: (file) => {
      if (!html.has(file)) html.set(file, readFileSync(join(outDir, file), 'utf8'));
      return html.get(file)!;
    },
  };
  const dates = [...files].flatMap((f) => /^(\d{4})\/(\d{2})\/(\d{2})\/index\.html$/u.exec(f)?.slice(1, 4).join('-') ?? []).sort();
  writeFileSync(join(outDir, EDITIONS_SCRIPT), editionsScript(dates.filter((d) => files.has(`${editionFolder(d)}/${SEARCH_DATA_FILE}`)).map(editionFolder)));
  const zipBytes: Record<string, number> = {};
  for (const date of dates) {
    writeFileSync(join(outDir, editionManifestPath(date).slice(1)), JSON.stringify(editionManifest(date, editionFiles(site, date))));
    const dataFile = `${editionFolder(date)}/${SEARCH_DATA_FILE}`;
    const searchData = files.has(dataFile) ? readFileSync(join(outDir, dataFile), 'utf8') : editionsScript([]);
    const top = editionZipName(date).replace(/\.zip$/u, '');
    const zippable: Zippable = {};
    for (const [path, entry] of editionPack(site, date, siteUrl, { searchData })) {
      zippable[`${top}/${path}`] = 'copy' in entry ? readFileSync(join(outDir, entry.copy)) : new TextEncoder().encode(entry.text);
    }
    // mtime fixed: the same edition gives the same zip bytes on every build.
    const zip = zipSync(zippable, { level: 9, mtime: new Date('2000-01-01T00:00:00Z') });
    writeFileSync(join(outDir, editionZipPath(date).slice(1)), zip);
    zipBytes[date] = zip.byteLength;
  }
  for (const file of files) {
    if (!file.endsWith('.html') || KEEP_ROOT_RELATIVE.has(file)) continue;
    writeFileSync(join(outDir, file), relativizeHtml(site.html(file), urlOfFile(file)));
  }
  return { editions: dates.length, zipBytes };
}

export function offline(): AstroIntegration {
  let siteUrl = 'http://localhost/';
  return {
    name: 'newspaper-offline',
    hooks: {
      'astro:config:done': ({ config }) => {
        siteUrl = config.site ?? siteUrl;
      },
      // `astro dev` has no build: bundle the two scripts on request.
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((req, res, next) => {
          const path = new URL(req.url ?? '/', 'http://dev.invalid').pathname;
          const wanted = BUNDLES.find((b) => `/${b.out}` === path);
          if (!wanted) return next();
          bundle(wanted.entry).then(
            (code) => res.setHeader('content-type', 'text/javascript').end(code),
            (error: unknown) => next(error),
          );
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        try {
          const { editions, zipBytes } = await makeOffline(fileURLToPath(dir), siteUrl);
          logger.info(`offline: ${editions} edition zip(s) (${Object.entries(zipBytes).map(([d, b]) => `${d}: ${b} bytes`).join(', ')}); links made relative`);
        } catch (cause) {
          throw new Error(`[offline] Failed to make the site readable offline: ${(cause as Error).message}`, { cause });
        }
      },
    },
  };
}
