// From the two collections to the newspaper's structure: editions (newest first)
// → pages (by number) → articles (by reading order). Pure: it takes plain entries
// shaped like the collection entries, so tests need no Astro.

import type { Article } from '#src/content/article.ts';
import type { Edition } from '#src/content/edition.ts';
import { defaultPageName, PAPER_NAME } from '#src/content/defaults.ts';


/** The part of a `CollectionEntry<'articles'>` this module reads. */
export interface ArticleEntry {
  id: string;
  filePath?: string | undefined;
  body?: string | undefined;
  data: Article;
}

/** The part of a `CollectionEntry<'editions'>` this module reads. */
export interface EditionEntry {
  data: Edition;
}

export interface PageView<A extends ArticleEntry = ArticleEntry> {
  number: number;
  /** 版名 from edition.yaml, or `第NN版` for a page it does not list. */
  name: string;
  banner?: string | undefined;
  articles: A[];
}

export interface EditionView<A extends ArticleEntry = ArticleEntry> {
  date: string;
  paper: string;
  /** Pages that hold at least one published article, by number. */
  pages: PageView<A>[];
}

/** Page then order: the reading order of a whole edition. */
export function byPageAndOrder(a: ArticleEntry, b: ArticleEntry): number {
  return a.data.page - b.data.page || a.data.order - b.data.order;
}

/** Published articles only: `draft: true` is never built. */
export function published<A extends ArticleEntry>(articles: readonly A[]): A[] {
  return articles.filter((a) => a.data.draft !== true);
}

/**
 * Editions, newest first, each with its pages and their articles in reading
 * order. A date with articles but no edition.yaml still gets an edition, and a
 * page edition.yaml does not name is called `第NN版`, so a journalist's new file
 * appears with no other change. Drafts are left out.
 */
export function buildEditions<A extends ArticleEntry>(
  articles: readonly A[],
  editions: readonly EditionEntry[],
): EditionView<A>[] {
  const meta = new Map(editions.map((e) => [e.data.date, e.data]));
  const byDate = new Map<string, A[]>();
  for (const a of published(articles)) {
    const list = byDate.get(a.data.date) ?? [];
    list.push(a);
    byDate.set(a.data.date, list);
  }
  return [...byDate.entries()]
    .sort(([a], [b]) => (a < b ? 1 : a > b ? -1 : 0))
    .map(([date, list]) => {
      const edition = meta.get(date);
      const numbers = [...new Set(list.map((a) => a.data.page))].sort((a, b) => a - b);
      const pages = numbers.map((number): PageView<A> => {
        const page = edition?.pages.find((p) => p.number === number);
        return {
          number,
          name: page?.name ?? defaultPageName(number),
          banner: page?.banner,
          articles: list.filter((a) => a.data.page === number).sort(byPageAndOrder),
        };
      });
      return { date, paper: edition?.paper ?? PAPER_NAME, pages };
    });
}

/** All articles of an edition in reading order. */
export function editionArticles<A extends ArticleEntry>(edition: EditionView<A>): A[] {
  return edition.pages.flatMap((p) => p.articles);
}

/** `第01版 要闻`, or just `第03版` when the page has no name of its own. */
export function pageLabel(page: Pick<PageView, 'number' | 'name'>): string {
  const number = defaultPageName(page.number);
  return page.name === number ? number : `${number} ${page.name}`;
}
