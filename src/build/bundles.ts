// The scripts bundled with esbuild into classic scripts, since module scripts do
// not run from disk: the search page's UI, the service worker and the 简/繁 switch. Written into dist/
// by the post-build; served on request by `astro dev` (dev-bundles.ts).
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { HANT_SWITCH_FILE, serviceWorkerPath, SEARCH_UI_FILE } from '#src/site/paths.ts';

const here = dirname(fileURLToPath(import.meta.url));

/** Entry → output (from the site root). */
export const BUNDLES = [
  { entry: join(here, '../search/browser/search-page.ts'), out: SEARCH_UI_FILE },
  { entry: join(here, '../offline/browser/sw.ts'), out: serviceWorkerPath.slice(1) },
  { entry: join(here, '../hant/browser/switch.ts'), out: HANT_SWITCH_FILE },
];

export async function bundle(entry: string): Promise<string> {
  const result = await build({ entryPoints: [entry], bundle: true, format: 'iife', target: 'es2022', minify: true, write: false, legalComments: 'none' });
  return result.outputFiles[0]!.text;
}
