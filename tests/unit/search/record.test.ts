import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { searchRecord } from '../../../src/integrations/search-records.ts';
import { decodeRecord, encodeRecord, pagefindQuery } from '../../../src/lib/search/record.ts';

describe('encodeRecord / decodeRecord', () => {
  test('every character becomes a word, and the blocks come back as printed', () => {
    const blocks = ['本报讯 我市已实现全覆盖。', '推广“5G+AR”远程急救', '记者 岑瑜 通讯员 孙靓'];
    const encoded = encodeRecord(blocks);
    expect(encoded.startsWith('本 报 讯 \ue000 我 市')).toBe(true);
    expect(decodeRecord(encoded)).toEqual(blocks);
  });
  test('surrogate pairs stay whole', () => {
    expect(decodeRecord(encodeRecord(['𠮷野家']))).toEqual(['𠮷野家']);
  });
  test('decoding survives Pagefind collapsing the spaces', () => {
    expect(decodeRecord(encodeRecord(['甲 乙', '丙']).replace(/ +/gu, '  '))).toEqual(['甲 乙', '丙']);
  });
});

describe('pagefindQuery', () => {
  test.each([
    [['长护险'], '长 护 险'],
    [['5g+ar'], '5 g a r'],
    [['医保', '参保'], '医 保 参 保'],
    [['，'], ''],
  ])('%j → %s', (terms, q) => {
    expect(pagefindQuery(terms)).toBe(q);
  });
});

describe('searchRecord', () => {
  const html = `<html><body><header>站点</header><article data-pagefind-body data-pagefind-filter="date:2026-04-02, page:第01版 要闻" data-pagefind-meta="date:2026-04-02, page:1, order:3, pageName:要闻">
    <p data-pagefind-meta="column" data-pagefind-filter="column">聚力·一线行</p>
    <p data-pagefind-meta="kicker">引题在此</p><h1><span>全市长护险</span> <span>实现全覆盖</span></h1>
    <p data-pagefind-meta="subtitle">——副题</p><p data-pagefind-meta="byline">记者 岑瑜</p>
    <p data-pagefind-ignore>2026年4月2日 阅读约 1 分钟</p>
    <figure><figcaption>图说</figcaption></figure>
    <div><h2>【一线探访】</h2><p>本报讯 我市已实现。</p><aside><p>攻坚清单</p><p>第一项</p></aside></div>
  </article><footer>页脚</footer></body></html>`;
  test('reads blocks in order without ignored parts, and the declared meta and filters', () => {
    expect(searchRecord(html, '/2026/04/02/01/03/')).toEqual({
      url: '/2026/04/02/01/03/',
      blocks: ['聚力·一线行', '引题在此', '全市长护险 实现全覆盖', '——副题', '记者 岑瑜', '图说', '【一线探访】', '本报讯 我市已实现。', '攻坚清单', '第一项'],
      meta: { date: '2026-04-02', page: '1', order: '3', pageName: '要闻', column: '聚力·一线行', kicker: '引题在此', subtitle: '副题', byline: '记者 岑瑜', title: '全市长护险 实现全覆盖' },
      filters: { date: ['2026-04-02'], page: ['第01版 要闻'], column: ['聚力·一线行'] },
    });
  });
  test('a page without data-pagefind-body is not an article', () => {
    expect(searchRecord('<html><body><h1>往期</h1></body></html>', '/archive/')).toBeUndefined();
  });
});
