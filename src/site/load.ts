// The one place pages read the collections: every page gets the same editions,
// built once per build (src/site/editions.ts does the work).

import { resolve } from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import { catalogDates, currentShard } from '#src/build/shard.ts';
import { buildEditions, type EditionView, type PageView } from './editions.ts';

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

let catalog: string[] | undefined;

/**
 * Every edition date of the archive, newest first, for the pages that link across
 * it (往期 and its months). The editions themselves in a whole build; in a shard
 * build (SHARD=2025, src/build/shard.ts) also the other shards' dates, read from
 * content/editions/ (the build runs in the project's root) without building them.
 */
export async function loadCatalog(): Promise<string[]> {
  if (!currentShard()) return (await loadEditions()).map((e) => e.date);
  catalog ??= catalogDates(resolve('content/editions'));
  return catalog;
}
