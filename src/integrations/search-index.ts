// Astro integration: after the pages are written, index the articles with Pagefind
// (the Extended build, which segments Chinese) through its Node API, and write the
// Traditional → Simplified map the search page folds queries with. Any indexing
// error fails the build.
import { readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';
import { buildCharMap } from '../../scripts/lib/char-map.ts';
import { CHAR_MAP_FILE, PAGEFIND_DIR } from '../lib/search/paths.ts';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name));
}

/** The indexed text of a page: what sits inside its data-pagefind-body element. */
const BODY = /<[a-z]+[^>]*\sdata-pagefind-body[\s>][\s\S]*/u;

async function indexSite(outDir: string): Promise<{ pages: number; mapEntries: number }> {
  const { index, errors } = await createIndex({ forceLanguage: 'zh-cn' });
  if (!index) throw new Error(`[search] Pagefind could not start: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: outDir });
  if (added.errors.length > 0) throw new Error(`[search] Pagefind could not index ${outDir}: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: join(outDir, PAGEFIND_DIR) });
  if (written.errors.length > 0) throw new Error(`[search] Pagefind could not write its index: ${written.errors.join('; ')}`);
  await close();

  let corpus = '';
  for (const file of htmlFiles(outDir)) {
    const body = BODY.exec(readFileSync(file, 'utf8'));
    if (body) corpus += body[0];
  }
  const map = buildCharMap(corpus);
  mkdirSync(join(outDir, PAGEFIND_DIR), { recursive: true });
  writeFileSync(join(outDir, CHAR_MAP_FILE), JSON.stringify(map));
  return { pages: added.page_count, mapEntries: Object.keys(map).length };
}

export function searchIndex(): AstroIntegration {
  return {
    name: 'newspaper-search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        try {
          const { pages, mapEntries } = await indexSite(fileURLToPath(dir));
          logger.info(`Pagefind indexed ${pages} article page(s); Traditional map has ${mapEntries} characters`);
        } catch (cause) {
          throw new Error('[search] Failed to build the search index.', { cause });
        }
      },
    },
  };
}
