import { describe, expect, test } from 'vitest';
import { articleSearchMeta } from '#src/search/build/article-meta.ts';
import { searchRecord } from '#src/search/build/records.ts';
import { decodeText, encodeText, indexWords, MAX_QUERY_WORDS, pagefindQuery } from '#src/search/record.ts';
import { queryTerms } from '#src/search/fold.ts';

const words = (s: string) => new Set(s.split(' '));

describe('indexWords / pagefindQuery', () => {
  const indexed = words(indexWords(['在岑港街道农事服务中心，一台台全自动育秧机。', '推广“5G+AR”远程急救'], ['全市长护险']));
  const asks = (q: string) => pagefindQuery(queryTerms(q)).split(' ');

  test.each(['中心', '心一', '心，一台', '一台台全', '育秧机', '5G+AR', '5g', 'g+a', 'AR远程', '长护险', '心', '机', '救', '市'])(
    'every word of the query “%s” is indexed for an article that holds it',
    (q) => {
      for (const w of asks(q)) {
        expect([...indexed].some((i) => i === w || (w.length === 4 && i.startsWith(w))), `${q} → ${w}`).toBe(true);
      }
    },
  );
  test('a pair that does not occur is not indexed', () => {
    expect(asks('心台').every((w) => indexed.has(w))).toBe(false);
  });
  test('words are ASCII, 6 letters for a pair and 4 for one character', () => {
    expect(asks('长护险')).toHaveLength(2);
    expect(asks('长护险').every((w) => /^[0-9a-z]{6}$/u.test(w))).toBe(true);
    expect(asks('长')).toEqual([expect.stringMatching(/^[0-9a-z]{4}$/u)]);
  });
  test('headline words count three times more, so Pagefind ranks headline matches higher', () => {
    const all = indexWords(['正文'], ['标题']).split(' ');
    const [pair] = asks('标题');
    expect(all.filter((w) => w === pair)).toHaveLength(3);
  });
  test('a long pasted query asks for a bounded number of its pairs', () => {
    const long = Array.from({ length: 500 }, (_, i) => String.fromCodePoint(0x4e00 + ((i * 7) % 900))).join('');
    expect(asks(long)).toHaveLength(MAX_QUERY_WORDS);
    expect(asks('长护险长护险')).toHaveLength(3);
  });
  test('punctuation and spaces alone ask for nothing', () => {
    expect(pagefindQuery(queryTerms('， 。'))).toBe('');
  });
  test('a Traditional text is indexed under its Simplified characters when the map says so', () => {
    expect(words(indexWords(['長護險'], [], { 長: '长', 護: '护', 險: '险' })).has(asks('长护')[0]!)).toBe(true);
  });
});

describe('encodeText / decodeText', () => {
  test('blocks survive, spaces inside them too', () => {
    const blocks = ['本报讯 我市已实现全覆盖。', '记者 岑瑜 通讯员 孙靓', '𠮷野家'];
    expect(decodeText(encodeText(blocks))).toEqual(blocks);
  });
});

describe('searchRecord', () => {
  const html = `<html><body><header>站点</header><article data-pagefind-body>
    <p>聚力·一线行</p>
    <p>引题在此</p><h1><span>全市长护险</span> <span>实现全覆盖</span></h1>
    <p>——副题</p><p>记者 岑瑜</p>
    <p data-pagefind-ignore>2026年4月2日 阅读约 1 分钟</p>
    <figure><figcaption>图说</figcaption></figure>
    <div><h2>【一线探访】</h2><p>本报讯 我市已实现。</p><aside><p>攻坚清单</p><p>第一项</p></aside></div>
  </article><footer>页脚</footer></body></html>`;
  const given = { meta: { title: '全市长护险 实现全覆盖', date: '2026-04-02' }, filters: { date: ['2026-04-02'] } };
  test('reads the text blocks in order, without ignored parts; meta and filters are the ones given', () => {
    expect(searchRecord(html, '/2026/04/02/01/03/', given)).toEqual({
      url: '/2026/04/02/01/03/',
      blocks: ['聚力·一线行', '引题在此', '全市长护险 实现全覆盖', '——副题', '记者 岑瑜', '图说', '【一线探访】', '本报讯 我市已实现。', '攻坚清单', '第一项'],
      ...given,
    });
  });
  test('a page without data-pagefind-body is not an article', () => {
    expect(searchRecord('<html><body><h1>往期</h1></body></html>', '/archive/', given)).toBeUndefined();
  });
});

describe('articleSearchMeta', () => {
  const article = { title: '全市长护险 实现全覆盖', kicker: '引题在此', subtitle: '副题', column: '聚力·一线行', byline: '记者 岑瑜', date: '2026-04-02', page: 1, order: 3 };
  test('the headline parts, date, page and order as meta; date, page label and column as filters', () => {
    expect(articleSearchMeta(article, { number: 1, name: '要闻' })).toEqual({
      meta: { title: '全市长护险 实现全覆盖', kicker: '引题在此', subtitle: '副题', column: '聚力·一线行', byline: '记者 岑瑜', date: '2026-04-02', page: '1', order: '3', pageName: '要闻' },
      filters: { date: ['2026-04-02'], page: ['第01版 要闻'], column: ['聚力·一线行'] },
    });
  });
  test('a page name holding `, title:` stays the page name (nothing is parsed back from a string)', () => {
    const { meta, filters } = articleSearchMeta({ title: '主题', date: '2026-04-02', page: 2, order: 1 }, { number: 2, name: '综合, title:假标题' });
    expect(meta).toEqual({ title: '主题', date: '2026-04-02', page: '2', order: '1', pageName: '综合, title:假标题' });
    expect(filters).toEqual({ date: ['2026-04-02'], page: ['第02版 综合, title:假标题'] });
  });
  test('absent headline parts are absent, not empty', () => {
    expect(Object.keys(articleSearchMeta({ title: '主题', date: '2026-04-02', page: 3, order: 1 }, { number: 3, name: '第03版' }).meta)).toEqual(['title', 'date', 'page', 'order', 'pageName']);
  });
});
