// The one place pages read the collections: every page gets the same editions,
// built once per build (src/lib/edition-index.ts does the work).

import { getCollection, type CollectionEntry } from 'astro:content';
import { buildEditions, type EditionView, type PageView } from './edition-index.ts';

export type ArticleItem = CollectionEntry<'articles'>;
export type Edition = EditionView<ArticleItem>;
export type Page = PageView<ArticleItem>;

let editions: Promise<Edition[]> | undefined;

/** Every edition, newest first; drafts left out. */
export function loadEditions(): Promise<Edition[]> {
  editions ??= (async () => buildEditions(await getCollection('articles'), await getCollection('editions')))();
  return editions;
}

/** The paper's name on pages that belong to no edition (archive, 404). */
export const SITE_NAME = '舟山日报';
