// The one place pages read the collections: every page gets the same editions,
// built once per build (src/lib/edition-index.ts does the work).

import { getCollection, type CollectionEntry } from 'astro:content';
import { buildEditions, type EditionView, type PageView } from './edition-index.ts';

export type ArticleItem = CollectionEntry<'articles'>;
export type Edition = EditionView<ArticleItem>;
export type Page = PageView<ArticleItem>;

let editions: Promise<Edition[]> | undefined;

const build = async () => buildEditions(await getCollection('articles'), await getCollection('editions'));

/** Every edition, newest first; drafts left out. Built once per build; afresh per request in dev, so edits show. */
export function loadEditions(): Promise<Edition[]> {
  if (import.meta.env.DEV) return build();
  editions ??= build();
  return editions;
}

/** The paper's name on pages that belong to no edition (archive, 404). */
export const SITE_NAME = '舟山日报';
