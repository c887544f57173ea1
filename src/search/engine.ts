// The search itself, independent of the page: Pagefind finds the candidates (see
// record.ts for the words it indexes), then each candidate's text is checked for the
// exact query after folding, so no result is ever shown that does not contain what
// was asked. Candidates are checked in Pagefind's order, a batch at a time, so a
// query that thousands of articles hold costs one batch of fragments, not thousands.
// Pagefind is passed in, so the same logic runs in the browser, from disk (an
// adapter over the offline records) and in unit tests.
//
// A large archive's index comes in parts, grouped by year (src/search/parts.ts):
// the search starts with the newest year's parts and widens to the next older year
// only when the reader asks for more (显示更多) or the years searched hold fewer
// than a screen of results, so a first search costs one year's index, not the
// whole archive's.
import { foldText, mayNeedCharMap, queryTerms, type CharMap } from './fold.ts';
import { containsAll, countAll, excerpt, matchRanges, type Excerpt } from './match.ts';
import { compareRanked, type Ranked } from './rank.ts';
import { decodeText, pagefindQuery } from './record.ts';

/** A candidate as Pagefind returns it: its page id, and its data on demand (one fragment fetch). */
export interface PagefindResult {
  id: string;
  data(): Promise<PagefindData>;
}

/** What the search needs of Pagefind's browser API. */
export interface PagefindLike {
  search(query: string, options?: { filters?: Record<string, string[]> }): Promise<{ results: PagefindResult[] } | null>;
}

/** A candidate's data: its meta carries the article's text (`meta.text`, see record.ts). */
export interface PagefindData {
  url: string;
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
  /** The exact matches among the candidates checked so far, ranked. */
  hits: SearchHit[];
  /** Candidates Pagefind returned; all of them hold every pair of the query's characters. */
  candidates: number;
  /** Candidates checked so far; when it equals `candidates`, `hits` is complete. */
  checked: number;
  /** Checks the next batch (or widens to the next older year) and returns the outcome with its hits added. */
  more?: () => Promise<SearchOutcome>;
  /** Set while older years are not searched yet: the first year searched so far (`2025`). */
  searchedSince?: string;
}

/** How the search reaches older years of the archive; none from disk or for a small site. */
export interface Widening {
  /** The oldest year searched so far, or undefined once every year is. */
  searchedSince(): string | undefined;
  /** Adds the next older year's parts to what Pagefind searches. */
  widen(): Promise<void>;
}

/** Candidates checked per batch: enough for a first screen of results. */
export const BATCH = 12;

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
  const blocks = decodeText(data.meta.text ?? '').map((source) => ({ source, folded: foldText(source, map) }));
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
  batch = BATCH,
  widening?: Widening,
): Promise<SearchOutcome> {
  const map = await charMap(query);
  const terms = queryTerms(query, map);
  const words = pagefindQuery(terms);
  if (!words) return { terms, hits: [], candidates: 0, checked: 0 };
  // Candidates not checked yet, in Pagefind's order. After widening the search runs
  // again over more parts: the candidates already taken (by Pagefind's page id) are
  // left out, so each article's fragment is fetched once.
  const seen = new Set<string>();
  const queue: PagefindResult[] = [];
  let checked = 0;
  const gather = async () => {
    for (const r of (await pagefind.search(words, { filters }))?.results ?? []) {
      if (seen.has(r.id)) continue;
      seen.add(r.id);
      queue.push(r);
    }
  };
  const canWiden = () => widening?.searchedSince() !== undefined;
  /** Checks batches until `want` more hits are found or nothing is left, widening as needed. */
  const step = async (hits: SearchHit[], want: number): Promise<SearchOutcome> => {
    let all = hits;
    do {
      if (queue.length === 0 && canWiden()) {
        await widening!.widen();
        await gather();
        continue;
      }
      const slice = queue.splice(0, batch);
      const datas = await Promise.all(slice.map((r) => r.data()));
      all = [...all, ...datas.flatMap((d) => toHit(d, terms, map) ?? [])].sort(compareRanked);
      checked += slice.length;
    } while (all.length - hits.length < want && (queue.length > 0 || canWiden()));
    const since = widening?.searchedSince();
    const more = queue.length > 0 || since !== undefined;
    return { terms, hits: all, candidates: seen.size, checked, ...(more ? { more: () => step(all, batch) } : {}), ...(since ? { searchedSince: since } : {}) };
  };
  await gather();
  return step([], batch);
}
