// The offline adapter gives the engine the same results as Pagefind would: every
// record passing the filters is a candidate and the engine's exact check decides.
import { describe, expect, test } from 'vitest';
import { buildCharMap } from '#src/search/build/char-map.ts';
import { searchArticles } from '#src/search/engine.ts';
import { cutCharMap, editionsScript, offlineDataScript, offlinePagefind, type OfflineEdition } from '#src/search/offline-data.ts';

const record = (url: string, title: string, text: string, column?: string) => ({
  url,
  blocks: [title, text],
  meta: { title, date: url.slice(1, 11).replaceAll('/', '-'), page: '1', order: url.slice(-3, -1) },
  filters: { date: [url.slice(1, 11).replaceAll('/', '-')], ...(column ? { column: [column] } : {}) },
});
const records = [
  record('/2026/04/02/01/03/', '全市长护险参保人数超百万', '推广“5G+AR”远程急救系统，一目了然。', '民生'),
  record('/2026/04/02/01/05/', '首个“海员优先”就业服务站', '六横镇的海员服务中心。'),
];
const corpus = records.flatMap((r) => [...r.blocks, r.meta.title]).join('\n');
const edition: OfflineEdition = { edition: '2026/04/02', charMap: buildCharMap(corpus), records };
const pagefind = offlinePagefind([edition]);
const charMap = async () => pagefind.charMap();
const urls = async (q: string, filters = {}) => (await searchArticles(pagefind, q, charMap, filters)).hits.map((h) => h.url);

describe('offlinePagefind with the engine', () => {
  test.each([
    ['长护险', ['/2026/04/02/01/03/']],
    ['長護險', ['/2026/04/02/01/03/']],
    ['５Ｇ＋ＡＲ', ['/2026/04/02/01/03/']],
    ['一目瞭然', ['/2026/04/02/01/03/']],
    ['心', ['/2026/04/02/01/05/']],
    ['海员 中心', ['/2026/04/02/01/05/']],
    ['火星', []],
  ])('%s finds %j', async (q, expected) => {
    expect(await urls(q)).toEqual(expected);
  });
  test('filters narrow the candidates as Pagefind filters do', async () => {
    expect(await urls('服务', { column: ['民生'] })).toEqual([]);
    expect(await urls('急救', { column: ['民生'] })).toEqual(['/2026/04/02/01/03/']);
  });
  test('filter counts, for the search page selects', async () => {
    expect(await pagefind.filters()).toEqual({ date: { '2026-04-02': 2 }, column: { 民生: 1 } });
  });
});

describe('the offline scripts', () => {
  test('search-data.js is a classic script that pushes the edition onto a global', () => {
    const self: { zsdailySearchData?: OfflineEdition[] } = {};
    new Function('self', offlineDataScript(edition))(self);
    new Function('self', offlineDataScript(edition))(self);
    expect(self.zsdailySearchData).toEqual([edition, edition]);
  });
  test('editions.js names the editions', () => {
    const self: { zsdailyEditions?: string[] } = {};
    new Function('self', editionsScript(['2026/04/02']))(self);
    expect(self.zsdailyEditions).toEqual(['2026/04/02']);
  });
  test('cutting the site map to an edition keeps what its text can match', () => {
    const full = buildCharMap(`${corpus}\n国家`);
    expect(cutCharMap(full, corpus)).toEqual(buildCharMap(corpus));
  });
});
