// What the search shows of an article besides its text (headline parts, date, page)
// and the filters it can be narrowed by, taken from the article's data, not read back
// from its page: src/pages/search-meta.json.ts writes them for every article at build,
// and the post-build hands them to Pagefind with the text read from the built page
// (records.ts). Pagefind keeps meta and filter values as strings.
import type { Article } from '#src/content/article.ts';
import { pageLabel, type PageView } from '#src/site/editions.ts';

export interface ArticleSearchMeta {
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/** `/2026/04/02/01/03/` → its meta and filters: what search-meta.json holds. */
export type SearchMetaFile = Record<string, ArticleSearchMeta>;

export function articleSearchMeta(a: Article, page: Pick<PageView, 'number' | 'name'>): ArticleSearchMeta {
  const meta: Record<string, string> = { title: a.title, date: a.date, page: String(a.page), order: String(a.order), pageName: page.name };
  for (const key of ['kicker', 'subtitle', 'column', 'byline'] as const) {
    const value = a[key];
    if (value) meta[key] = value;
  }
  return {
    meta,
    filters: { date: [a.date], page: [pageLabel(page)], ...(a.column ? { column: [a.column] } : {}) },
  };
}
