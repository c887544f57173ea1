import { describe, expect, test } from 'vitest';
import { searchArticles, type PagefindData, type PagefindLike, type Widening } from '#src/search/engine.ts';
import { foundText } from '#src/search/text.ts';
import { encodeText } from '#src/search/record.ts';

function fakePagefind(docs: Array<{ url: string; title: string; text: string[]; date?: string }>): PagefindLike & { loads: number; asked: string[] } {
  const fake = {
    loads: 0,
    asked: [] as string[],
    async search(words: string) {
      fake.asked.push(words);
      return {
        results: docs.map((d) => ({
          id: d.url,
          data: async (): Promise<PagefindData> => {
            fake.loads++;
            return { url: d.url, meta: { title: d.title, date: d.date ?? '2026-04-02', page: '1', order: '1', text: encodeText([d.title, ...d.text]) } };
          },
        })),
      };
    },
  };
  return fake;
}
const noMap = async () => ({});

describe('searchArticles', () => {
  test('only candidates holding the exact query are hits, headline matches first', async () => {
    const pf = fakePagefind([
      { url: '/a/', title: '别的', text: ['长护险参保。长护险'] },
      { url: '/b/', title: '长护险全覆盖', text: ['正文'] },
      { url: '/c/', title: '无关', text: ['长期护理保险'] },
    ]);
    const out = await searchArticles(pf, '长护险', noMap);
    expect(out.hits.map((h) => h.url)).toEqual(['/b/', '/a/']);
    expect(out).toMatchObject({ candidates: 3, checked: 3 });
    expect(out.more).toBeUndefined();
  });

  test('candidates are checked a batch at a time; more() checks the next batch', async () => {
    const docs = Array.from({ length: 7 }, (_, i) => ({ url: `/${i}/`, title: `标题${i}`, text: ['海员优先'] }));
    const pf = fakePagefind(docs);
    const first = await searchArticles(pf, '海员', noMap, {}, 3);
    expect(first).toMatchObject({ candidates: 7, checked: 3 });
    expect(first.hits).toHaveLength(3);
    expect(pf.loads).toBe(3);
    const second = await first.more!();
    expect(second).toMatchObject({ checked: 6 });
    const third = await second.more!();
    expect(third.hits).toHaveLength(7);
    expect(third.more).toBeUndefined();
    expect(pf.loads).toBe(7);
  });

  test('a lone surrogate, backslashes and stars are characters like any other', async () => {
    const pf = fakePagefind([{ url: '/a/', title: 'x', text: ['a\\*b\ud800c'] }]);
    expect((await searchArticles(pf, '\ud800c', noMap)).hits.map((h) => h.url)).toEqual(['/a/']);
    expect((await searchArticles(pf, '\\*b', noMap)).hits.map((h) => h.url)).toEqual(['/a/']);
  });

  test('marks typed otherwise and quotes find the printed text', async () => {
    const pf = fakePagefind([
      { url: '/a/', title: 'x', text: ['舟山、宁波两地推广“5G+AR”急救。'] },
      { url: '/b/', title: 'y', text: ['舟山宁'] },
    ]);
    for (const q of ['舟山,宁波', '"5G+AR"', '「5g+ar」急救', '急救.', '“舟山 宁波”']) expect((await searchArticles(pf, q, noMap)).hits.map((h) => h.url), q).toEqual(['/a/']);
  });

  test('a query of punctuation only asks Pagefind nothing', async () => {
    const pf = fakePagefind([{ url: '/a/', title: 'x', text: ['，'] }]);
    expect(await searchArticles(pf, '，', noMap)).toMatchObject({ hits: [], candidates: 0 });
    expect(pf.asked).toEqual([]);
  });
});

/** An archive of years, newest first, searched one more year at a time (as the browser merges parts). */
function yearsArchive(years: Array<{ year: string; docs: Array<{ url: string; text: string }> }>) {
  let merged = 1;
  const loads = new Map<string, number>();
  const pagefind: PagefindLike = {
    async search() {
      const docs = years.slice(0, merged).flatMap((y) => y.docs.map((d) => ({ ...d, date: `${y.year}-01-01` })));
      return {
        results: docs.map((d) => ({
          id: d.url,
          data: async (): Promise<PagefindData> => {
            loads.set(d.url, (loads.get(d.url) ?? 0) + 1);
            return { url: d.url, meta: { title: d.url, date: d.date, page: '1', order: '1', text: encodeText([d.text]) } };
          },
        })),
      };
    },
  };
  const widening: Widening = {
    searchedSince: () => (merged < years.length ? years[merged - 1]!.year : undefined),
    widen: async () => void merged++,
  };
  return { pagefind, widening, loads, merged: () => merged };
}

describe('searchArticles over years of parts', () => {
  const docs = (year: string, n: number, text: string) => Array.from({ length: n }, (_, i) => ({ url: `/${year}/${i}/`, text }));

  test('a common word costs the newest year only; 显示更多 widens to the next, each article fetched once', async () => {
    const archive = yearsArchive([
      { year: '2026', docs: docs('2026', 4, '海员优先') },
      { year: '2025', docs: docs('2025', 3, '海员优先') },
      { year: '2024', docs: docs('2024', 2, '海员优先') },
    ]);
    const first = await searchArticles(archive.pagefind, '海员', noMap, {}, 4, archive.widening);
    expect(first.hits.map((h) => h.url)).toEqual(docs('2026', 4, '').map((d) => d.url));
    expect(first.searchedSince).toBe('2026');
    expect(archive.merged()).toBe(1);
    expect(foundText('海员', first)).toBe('2026年以来找到 4 篇包含“海员”的文章；更早的报纸，点“显示更多”继续查找。');
    const second = await first.more!();
    expect(archive.merged()).toBe(3); // 2025 gives 3 of the 4 wanted: on to 2024
    expect(second.hits).toHaveLength(9);
    expect(second.searchedSince).toBeUndefined();
    expect(second.more).toBeUndefined();
    expect(foundText('海员', second)).toBe('找到 9 篇包含“海员”的文章。');
    expect([...archive.loads.values()].every((n) => n === 1)).toBe(true);
    expect(archive.loads.size).toBe(9);
  });

  test('a word found only in an older year is found by the first search', async () => {
    const archive = yearsArchive([
      { year: '2026', docs: docs('2026', 3, '医保') },
      { year: '2025', docs: [{ url: '/2025/x/', text: '带鱼丰收' }] },
    ]);
    const out = await searchArticles(archive.pagefind, '带鱼', noMap, {}, 12, archive.widening);
    expect(out.hits.map((h) => h.url)).toEqual(['/2025/x/']);
    expect(out.more).toBeUndefined();
  });

  test('no hit in any year: every year searched, nothing more to ask', async () => {
    const archive = yearsArchive([
      { year: '2026', docs: docs('2026', 2, '医保') },
      { year: '2025', docs: docs('2025', 2, '医保') },
    ]);
    const out = await searchArticles(archive.pagefind, '火星', noMap, {}, 12, archive.widening);
    expect(out).toMatchObject({ hits: [], candidates: 4, checked: 4 });
    expect(out.more).toBeUndefined();
    expect(archive.merged()).toBe(2);
  });
});
