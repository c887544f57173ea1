// /search-meta.json: every article's search meta and filters (src/search/build/article-meta.ts),
// for the post-build, which indexes them and removes this file from dist/.
import type { APIRoute } from 'astro';
import { articleSearchMeta, type SearchMetaFile } from '#src/search/build/article-meta.ts';
import { loadEditions } from '#src/site/load.ts';
import { articlePath } from '#src/site/paths.ts';

export const GET: APIRoute = async () => {
  const out: SearchMetaFile = {};
  for (const edition of await loadEditions()) {
    for (const page of edition.pages) {
      for (const { data } of page.articles) out[articlePath(data.date, data.page, data.order)] = articleSearchMeta(data, page);
    }
  }
  return new Response(JSON.stringify(out), { headers: { 'Content-Type': 'application/json' } });
};
