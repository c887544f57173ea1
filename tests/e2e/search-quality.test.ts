// Search quality over the built sample edition, in Chromium, through the search page a
// reader uses: query sets made from the articles' own text (fixed seed), each scored
// for recall, precision and hit@1 against plain substring truth. Prints the table.
import type { Page } from 'playwright-core';
import { beforeAll, expect, test } from 'vitest';
import { querySets, relevantUrls, score, type SearchDoc, type SetScore } from '../../scripts/lib/search-queries.ts';
import { useServedSite } from '../helpers/served-site.ts';
import { sampleArticles } from '../helpers/sample.ts';
import { searchAll } from '../helpers/search.ts';

const site = useServedSite();
let page: Page;

const docs: SearchDoc[] = sampleArticles().map((a) => ({
  url: a.url,
  texts: [
    a.data.column, a.data.kicker, a.data.title, a.data.subtitle, a.data.byline,
    ...(a.data.photos ?? []).map((p) => p.caption),
    ...a.blocks.flatMap((b) => (b.type === 'aside' ? [b.title, ...b.items] : [b.text])),
  ].filter((t): t is string => Boolean(t)),
}));

beforeAll(async () => {
  page = await site.browser.newPage();
  await page.goto(`${site.server.origin}/search/`);
});

const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(7);

test('recall 100%, precision 100% and hit@1 ≥ 99% on every query set', async () => {
  const scores: SetScore[] = [];
  const misses: string[] = [];
  for (const set of querySets(docs)) {
    expect(set.queries.length, `query set "${set.name}" is empty: the generator found nothing to ask`).toBeGreaterThan(0);
    const runs = [];
    const answers = await searchAll(page, set.queries.map((q) => q.query));
    for (const [i, q] of set.queries.entries()) {
      const relevant = relevantUrls(docs, q.words);
      const returned = answers[i]!;
      const wrong = returned.filter((u) => !relevant.includes(u));
      const missing = relevant.filter((u) => !returned.includes(u));
      if (wrong.length || missing.length) misses.push(`${set.name} "${q.query}": missing ${missing.join(' ') || '-'}, wrong ${wrong.join(' ') || '-'}`);
      runs.push({ relevant, returned });
    }
    scores.push(score(set.name, runs));
  }
  console.log(['set                  queries  recall precision  hit@1', ...scores.map((s) => `${s.name.padEnd(20)} ${String(s.queries).padStart(7)} ${pct(s.recall)} ${pct(s.precision)} ${pct(s.hitAt1)}`)].join('\n'));
  expect(misses).toEqual([]);
  for (const s of scores) {
    expect(s.recall, s.name).toBe(1);
    expect(s.precision, s.name).toBe(1);
    expect(s.hitAt1, s.name).toBeGreaterThanOrEqual(0.99);
  }
}, 300_000);
