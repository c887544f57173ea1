// The search itself, independent of the page: Pagefind finds the candidates (its
// recall is fine), then every candidate's text is checked for the exact query after
// folding, so no result is ever shown that does not contain what was asked.
// Pagefind is passed in, so the same logic runs in the browser and in unit tests.
import { foldText, mayNeedCharMap, queryTerms, type CharMap } from './fold.ts';
import { containsAll, countAll, excerpt, matchRanges, type Excerpt } from './match.ts';
import { compareRanked, type Ranked } from './rank.ts';
import { decodeRecord, pagefindQuery } from './record.ts';

/** What the search needs of Pagefind's browser API. */
export interface PagefindLike {
  search(query: string, options?: { filters?: Record<string, string[]> }): Promise<{ results: Array<{ data(): Promise<PagefindData> }> } | null>;
}

export interface PagefindData {
  url: string;
  content: string;
  meta: Record<string, string | undefined>;
}

export interface SearchHit extends Ranked {
  url: string;
  title: string;
  kicker?: string;
  column?: string;
  pageName?: string;
  excerpt: Excerpt;
}

export interface SearchOutcome {
  terms: string[];
  hits: SearchHit[];
}

/** Loads the Traditional → Simplified map once, and only for a query with Chinese characters. */
export function lazyCharMap(load: () => Promise<CharMap>): (query: string) => Promise<CharMap> {
  let pending: Promise<CharMap> | undefined;
  return (query) => {
    if (!mayNeedCharMap(query)) return Promise.resolve({});
    pending ??= load().catch(() => ({}));
    return pending;
  };
}

/** A term counts only inside one block: a query never matches across a paragraph break. */
function toHit(data: PagefindData, terms: string[], map: CharMap): SearchHit | undefined {
  const blocks = decodeRecord(data.content).map((source) => ({ source, folded: foldText(source, map) }));
  if (terms.length === 0 || !terms.every((t) => blocks.some((b) => b.folded.text.includes(t)))) return undefined;
  const { title = '', kicker, column, subtitle, date = '', page = '0', order = '0', pageName } = data.meta;
  const headline = foldText([kicker, title, subtitle].filter(Boolean).join(' '), map);
  const headlineTexts = new Set([kicker, title, subtitle && `——${subtitle}`, column, data.meta.byline].filter(Boolean));
  // Show the context from the text itself rather than the headline above it.
  const shown = blocks.find((b) => !headlineTexts.has(b.source) && terms.some((t) => b.folded.text.includes(t))) ?? blocks.find((b) => terms.some((t) => b.folded.text.includes(t)))!;
  return {
    url: data.url,
    title,
    ...(kicker ? { kicker } : {}),
    ...(column ? { column } : {}),
    ...(pageName ? { pageName } : {}),
    inHeadline: containsAll(headline, terms),
    count: blocks.reduce((n, b) => n + countAll(b.folded, terms), 0),
    date,
    page: Number(page),
    order: Number(order),
    excerpt: excerpt(shown.source, matchRanges(shown.source, shown.folded, terms)),
  };
}

export async function searchArticles(
  pagefind: PagefindLike,
  query: string,
  charMap: (query: string) => Promise<CharMap>,
  filters: Record<string, string[]> = {},
): Promise<SearchOutcome> {
  const map = await charMap(query);
  const terms = queryTerms(query, map);
  if (terms.length === 0) return { terms, hits: [] };
  // Pagefind gets every letter and digit of the terms as a word of its own, as the
  // articles were indexed; the exact check in toHit still sees the punctuation.
  const words = pagefindQuery(terms);
  if (!words) return { terms, hits: [] };
  const found = await pagefind.search(words, { filters });
  const datas = await Promise.all((found?.results ?? []).map((r) => r.data()));
  const hits = datas.flatMap((d) => toHit(d, terms, map) ?? []);
  return { terms, hits: hits.sort(compareRanked) };
}
