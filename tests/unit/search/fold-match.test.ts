import { describe, expect, test } from 'vitest';
import { foldText, mayNeedCharMap, queryTerms } from '#src/search/fold.ts';
import { containsAll, countAll, excerpt, matchRanges } from '#src/search/match.ts';
import { compareRanked, type Ranked } from '#src/search/rank.ts';
import { buildCharMap } from '#src/search/build/char-map.ts';

const PAGE = '本报讯 我市已实现基本医保参保人员长期护理保险全覆盖。推广“5G+AR”远程急救系统，全市长护险参保人数达101.76万人。';
const map = buildCharMap(`${PAGE}一目了然`);

describe('queryTerms', () => {
  test.each([
    ['长护险', ['长护险']],
    ['長護險', ['长护险']],
    ['５Ｇ', ['5g']],
    ['５Ｇ＋ＡＲ', ['5g+ar']],
    ['  医保   参保 ', ['医保', '参保']],
    ['医保\u3000参保', ['医保', '参保']],
    ['，', []],
    ['舟山,宁波', ['舟山宁波']],
    ['"长护险"', ['长护险']],
    ['「長護險」', ['长护险']],
    ['“海员 优先”', ['海员优先']],
    ['"海员  优先" 医保', ['海员优先', '医保']],
    ['『一目 瞭然』', ['一目了然']],
    ['"长护险', ['长护险']],
    ['(医保 参保)', ['医保参保']],
    ['3.5亿', ['3.5亿']],
    ['３．５亿', ['3.5亿']],
    ['3。5', ['35']],
    ['1,000人', ['1000人']],
    ['5%', ['5%']],
    ['" " 「」', []],
  ])('%s → %j', (q, terms) => {
    expect(queryTerms(q, map)).toEqual(terms);
  });
  test('mayNeedCharMap only for Han queries', () => {
    expect(mayNeedCharMap('長護險')).toBe(true);
    expect(mayNeedCharMap('5G')).toBe(false);
  });
});

describe('exact matching', () => {
  const folded = foldText(PAGE, map);
  test.each([
    ['长护险', true],
    ['長護險', true],
    ['５Ｇ＋ＡＲ', true],
    ['5g', true],
    ['本报讯我市', true],
    ['医保 急救', true],
    ['医保 海员', false],
    ['护险长', false],
    ['101.76万', true],
    ['101，76', false],
    ['10176', false],
    ['全覆盖.推广', true],
    ['全覆盖，推广', true],
    ['保险全覆盖推广', true],
    ['"5G+AR"', true],
    ['「5G+AR」远程', true],
    ['推广5G', true],
    ['护险 "全市长"', true],
    ['覆盖推广5g+ar远程急救系统全市', true],
    ['"全覆盖 急救"', false],
  ])('%s → %s', (q, expected) => {
    expect(containsAll(folded, queryTerms(q, map))).toBe(expected);
  });
  test('an empty query matches nothing', () => {
    expect(containsAll(folded, queryTerms('   ', map))).toBe(false);
  });
  test('counts every occurrence of every term', () => {
    expect(countAll(folded, queryTerms('参保 全', map))).toBe(4);
  });
});

describe('highlighting', () => {
  test('ranges point at the page text, across skipped spaces and folded widths', () => {
    const source = '本报讯 我市推广５Ｇ网络';
    const f = foldText(source);
    const ranges = matchRanges(source, f, queryTerms('讯我市 5g'));
    expect(ranges.map((r) => source.slice(r.start, r.end))).toEqual(['讯 我市', '５Ｇ']);
  });
  test('a match across punctuation highlights the marks between its characters', () => {
    const source = '舟山、宁波两地';
    expect(matchRanges(source, foldText(source), queryTerms('舟山,宁波')).map((r) => source.slice(r.start, r.end))).toEqual(['舟山、宁波']);
  });
  test('excerpt alternates plain and matched parts around the first match', () => {
    const source = 'A'.repeat(100) + '长护险' + 'B'.repeat(100);
    const ranges = matchRanges(source, foldText(source), ['长护险']);
    const e = excerpt(source, ranges, 40);
    expect(e.parts[1]).toBe('长护险');
    expect(e.clippedStart && e.clippedEnd).toBe(true);
    expect(e.parts.join('').length).toBe(40);
  });
});

describe('compareRanked', () => {
  const r = (over: Partial<Ranked>): Ranked => ({ inHeadline: false, count: 1, date: '2026-04-02', page: 1, order: 1, ...over });
  test('headline matches, then occurrences, then newest, then page order', () => {
    const list = [r({ order: 3 }), r({ count: 5 }), r({ inHeadline: true }), r({ date: '2026-04-03' }), r({ order: 2 })];
    expect(list.sort(compareRanked)).toEqual([r({ inHeadline: true }), r({ count: 5 }), r({ date: '2026-04-03' }), r({ order: 2 }), r({ order: 3 })]);
  });
});

describe('buildCharMap', () => {
  test('maps Traditional and regional forms to the Simplified characters of the corpus only', () => {
    expect(map).toMatchObject({ 長: '长', 護: '护', 險: '险', 員: '员' });
    expect(buildCharMap('海员')).toEqual(expect.objectContaining({ 員: '员' }));
    expect(buildCharMap('海员')['長']).toBeUndefined();
  });
});
