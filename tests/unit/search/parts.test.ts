// How the archive is cut into index parts and how several builds' parts are listed
// as one (src/search/parts.ts).
import { describe, expect, test } from 'vitest';
import { mergeManifests, parseManifest, splitParts, urlDate, yearGroups, type PartsManifest } from '#src/search/parts.ts';

/** `perDay` articles on each of `days` days from 2016-01-01. */
function archive(days: number, perDay: number): Array<{ url: string }> {
  const items: Array<{ url: string }> = [];
  for (let d = 0; d < days; d++) {
    const date = new Date(Date.UTC(2016, 0, 1) + d * 86_400_000).toISOString().slice(0, 10).replaceAll('-', '/');
    for (let o = 1; o <= perDay; o++) items.push({ url: `/${date}/01/${String(o).padStart(2, '0')}/` });
  }
  return items;
}

describe('splitParts', () => {
  test('one part when everything fits, named by its dates', () => {
    const parts = splitParts(archive(3, 5), 100);
    expect(parts.map((p) => p.part)).toEqual([{ dir: 'parts/2016-01-01_2016-01-03/', from: '2016-01-01', to: '2016-01-03', articles: 15 }]);
  });

  test('parts of the size counted from the oldest, the rest in quarters, newest first, every article in exactly one, no edition cut in two', () => {
    const items = archive(100, 7); // 700 articles
    // 301 (43 days), 301, and the 98 left: in runs of at least 75 (a quarter of 300), 77 and 21.
    const parts = splitParts(items, 300);
    expect(parts.map((p) => p.part.articles)).toEqual([21, 77, 301, 301]);
    expect(parts.map((p) => p.part.to)).toEqual([...parts.map((p) => p.part.to)].sort().reverse());
    expect(parts.flatMap((p) => p.items).sort((a, b) => a.url.localeCompare(b.url))).toEqual(items);
    for (const { part, items: run } of parts) {
      expect(part.articles).toBe(run.length);
      expect(run.length).toBeLessThan(300 + 7);
      expect(urlDate(run[0]!.url)).toBe(part.from);
      expect(urlDate(run.at(-1)!.url)).toBe(part.to);
    }
    const dates = parts.map((p) => new Set(p.items.map((i) => urlDate(i.url))));
    for (const [i, a] of dates.entries()) for (const b of dates.slice(i + 1)) expect([...a].filter((d) => b.has(d))).toEqual([]);
  });

  test('a new edition changes only the newest part; an older part keeps its name and articles', () => {
    const before = splitParts(archive(100, 7), 300);
    const after = splitParts(archive(101, 7), 300);
    expect(after.slice(1)).toEqual(before.slice(1));
    // 105 left after 43 + 43 days: a quarter of 77 (11 days), and the 28 of the last 4 days.
    expect(after[0]!.part).toEqual({ dir: 'parts/2016-04-07_2016-04-10/', from: '2016-04-07', to: '2016-04-10', articles: 28 });
    // The quarters fill one after the other: 77, 77, 77, then the rest.
    expect(splitParts(archive(128, 7), 300).map((p) => p.part.articles)).toEqual([63, 77, 77, 77, 301, 301]);
    // Once the rest holds the size, it closes as one part and its quarters go (one re-index);
    // the next edition starts a quarter of its own.
    expect(splitParts(archive(129, 7), 300).map((p) => p.part.articles)).toEqual([301, 301, 301]);
    expect(splitParts(archive(130, 7), 300).map((p) => p.part.articles)).toEqual([7, 301, 301, 301]);
  });

  test('an edition larger than the part size stays whole', () => {
    const parts = splitParts(archive(2, 10), 4);
    expect(parts.map((p) => p.part.articles)).toEqual([10, 10]);
  });

  test('no articles, no parts; a bad size is refused', () => {
    expect(splitParts([], 10)).toEqual([]);
    expect(() => splitParts(archive(1, 1), 0)).toThrow(/whole number ≥ 1/u);
    expect(() => splitParts([{ url: '/search/' }], 10)).toThrow(/not inside an edition folder: \/search\//u);
  });
});

describe('mergeManifests', () => {
  const manifest = (...ranges: Array<[string, string]>): PartsManifest => ({
    version: 1,
    parts: ranges.map(([from, to]) => ({ dir: `parts/${from}_${to}/`, from, to, articles: 1 })),
  });

  test('lists every build’s parts, newest first', () => {
    const merged = mergeManifests([manifest(['2025-07-01', '2025-12-31'], ['2025-01-01', '2025-06-30']), manifest(['2026-01-01', '2026-04-02'])]);
    expect(merged.parts.map((p) => p.from)).toEqual(['2026-01-01', '2025-07-01', '2025-01-01']);
  });

  test('two builds that indexed the same dates are an error naming both parts', () => {
    expect(() => mergeManifests([manifest(['2025-01-01', '2025-12-31']), manifest(['2025-12-01', '2026-04-02'])])).toThrow(
      /parts\/2025-01-01_2025-12-31\/ and parts\/2025-12-01_2026-04-02\/ overlap/u,
    );
  });

  test('parseManifest refuses what is not a manifest', () => {
    expect(() => parseManifest('{"parts": 3}', 'x/parts.json')).toThrow(/x\/parts.json is not a search parts manifest/u);
    expect(parseManifest(JSON.stringify(manifest(['2025-01-01', '2025-01-02'])), 'p').parts).toHaveLength(1);
  });
});

test('yearGroups: parts by the year of their last date, newest first', () => {
  const part = (from: string, to: string) => ({ dir: `parts/${from}_${to}/`, from, to, articles: 1 });
  const groups = yearGroups([part('2026-01-01', '2026-04-02'), part('2025-10-01', '2026-01-01'), part('2025-07-01', '2025-09-30'), part('2024-01-01', '2025-06-30')]);
  expect(groups.map((g) => [g.year, g.parts.length])).toEqual([
    ['2026', 2],
    ['2025', 2],
  ]);
  expect(yearGroups([])).toEqual([]);
});
