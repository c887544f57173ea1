import { describe, expect, test } from 'vitest';
import { buildEditions, editionArticles, pageLabel, published } from '#src/site/editions.ts';
import { neighbours } from '#src/site/neighbours.ts';
import { article, edition } from './fixtures.ts';

const d1 = '2026-04-02';
const d2 = '2026-04-03';

describe('buildEditions', () => {
  const articles = [
    article({ date: d1, page: 2, order: 1 }),
    article({ date: d1, page: 1, order: 2 }),
    article({ date: d1, page: 1, order: 1 }),
    article({ date: d2, page: 1, order: 1 }),
    article({ date: d1, page: 1, order: 3, draft: true }),
  ];
  const editions = buildEditions(articles, [edition(d1, [{ number: 1, name: '要闻', banner: '标语' }, { number: 4, name: '空版' }])]);

  test('lists editions newest first', () => {
    expect(editions.map((e) => e.date)).toEqual([d2, d1]);
  });
  test('orders pages by number and articles by reading order', () => {
    const e = editions[1]!;
    expect(e.pages.map((p) => p.number)).toEqual([1, 2]);
    expect(e.pages[0]!.articles.map((a) => a.data.order)).toEqual([1, 2]);
  });
  test('leaves drafts out', () => {
    expect(editionArticles(editions[1]!).some((a) => a.data.draft)).toBe(false);
  });
  test('takes names and banners from edition.yaml and names other pages by number', () => {
    const [p1, p2] = editions[1]!.pages;
    expect(p1).toMatchObject({ name: '要闻', banner: '标语' });
    expect(p2!.name).toBe('第02版');
  });
  test('omits pages that hold no published article', () => {
    expect(editions[1]!.pages.some((p) => p.number === 4)).toBe(false);
  });
  test('gives a date without edition.yaml an edition of the default paper', () => {
    expect(editions[0]!.paper).toBe('舟山日报');
  });
  test('walks an edition in page-then-order reading order', () => {
    expect(editionArticles(editions[1]!).map((a) => `${a.data.page}-${a.data.order}`)).toEqual(['1-1', '1-2', '2-1']);
  });
});

describe('published', () => {
  test('keeps articles without draft or with draft: false', () => {
    const list = [article({ date: d1, page: 1, order: 1, draft: false }), article({ date: d1, page: 1, order: 2, draft: true })];
    expect(published(list)).toHaveLength(1);
  });
});

describe('pageLabel', () => {
  test('joins number and name, without repeating an unnamed page', () => {
    expect(pageLabel({ number: 1, name: '要闻' })).toBe('第01版 要闻');
    expect(pageLabel({ number: 3, name: '第03版' })).toBe('第03版');
  });
});

describe('neighbours', () => {
  const list = ['a', 'b', 'c'];
  test.each([
    ['a', { prev: undefined, next: 'b' }],
    ['b', { prev: 'a', next: 'c' }],
    ['c', { prev: 'b', next: undefined }],
  ])('around %s', (item, out) => expect(neighbours(list, (x) => x === item)).toEqual(out));
  test('is empty for an item not in the list', () => {
    expect(neighbours(list, (x) => x === 'z')).toEqual({});
  });
});
