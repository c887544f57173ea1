// The `cacheKey` of each dated page for Astro's incremental build
// (`experimental.incrementalBuild`, astro.config.mjs): Astro re-renders a page whose
// key differs from the previous build's, and copies the earlier output otherwise.
// So a key is a digest of everything the page shows, and nothing else:
//  - an article: its file (frontmatter data and body) and everything around the body
//    that articleView() works out: edition and page labels, previous/next article,
//    jump lines (other articles of the edition), the back link, the photos' images;
//  - an edition front page and each of its pages (版): the edition (paper, date, every
//    page's number, name and banner, and every article as shown in a teaser). Neither
//    links to another edition, so a new edition changes no older edition's pages;
//  - a month of 往期: its dates, their lead headlines and the months before and after.
// The code that renders them is not in the key: Astro hashes each page's module
// graph itself, and the build's cache stamp (src/build/cache.ts) throws the whole
// cache away when any source file, the lockfile, SITE_URL or SHARD changes.
import { createHash } from 'node:crypto';
import type { MonthSummary } from './archive.ts';
import { articleView } from './article-view.ts';
import type { ArticleEntry, EditionView, PageView } from './editions.ts';

/** A short digest of JSON-able data (object keys in the order the code builds them, which is fixed). */
export function digestOf(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('base64url');
}

/** What an article's own file holds: its data and its Markdown body. */
const articleData = (entry: ArticleEntry) => ({ id: entry.id, file: entry.filePath, data: entry.data, body: entry.body });

export function articleCacheKey(entry: ArticleEntry, edition: EditionView, page: PageView, images: readonly unknown[]): string {
  // No site URL: it is in Astro's config hash, which clears the whole cache when it changes.
  return digestOf({ article: articleData(entry), view: articleView(entry, edition, page, undefined), images });
}

/** For the edition's front page and each of its pages (版). */
export function editionCacheKey(edition: EditionView): string {
  return digestOf({
    date: edition.date,
    paper: edition.paper,
    pages: edition.pages.map((p) => ({ number: p.number, name: p.name, banner: p.banner, articles: p.articles.map(articleData) })),
  });
}

export function monthCacheKey(month: MonthSummary, headlines: readonly string[], later: MonthSummary | undefined, earlier: MonthSummary | undefined): string {
  const at = (m: MonthSummary | undefined) => m && { year: m.year, month: m.month };
  return digestOf({ month, headlines, later: at(later), earlier: at(earlier) });
}
