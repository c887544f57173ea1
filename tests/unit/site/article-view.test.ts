import { describe, expect, test } from 'vitest';
import { buildEditions } from '#src/site/editions.ts';
import { articleView } from '#src/site/article-view.ts';
import { article, edition } from './fixtures.ts';

const date = '2026-04-02';
const first = article({ date, page: 1, order: 1, title: '芯片项目', byline: '记者 岑瑜', continuedOn: 2 }, '本报讯 第一句。第二句。');
const second = article({ date, page: 1, order: 2, title: '第二篇' });
const rest = article({ date, page: 2, order: 1, title: '芯片项目', continuedFrom: 1 });
const [e] = buildEditions([rest, second, first], [edition(date, [{ number: 1, name: '要闻' }])]);
const view = (entry: typeof first) => articleView(entry, e!, e!.pages.find((p) => p.number === entry.data.page)!, 'https://x.example');

describe('articleView', () => {
  test('builds path, title and the description from the lead', () => {
    expect(view(first)).toMatchObject({
      path: '/2026/04/02/01/01/',
      title: '芯片项目 · 舟山日报',
      description: '第一句。第二句。',
      pageLabel: '第01版 要闻',
    });
  });
  test('leads back to the edition and its page', () => {
    const v = view(first);
    expect(v.breadcrumb.map((l) => l.href)).toEqual(['/2026/04/02/', '/2026/04/02/01/']);
    expect(v.back).toEqual({ href: '/2026/04/02/', label: '返回2026年4月2日报纸' });
  });
  test('walks the edition: previous and next article across pages', () => {
    expect(view(first).prev).toBeUndefined();
    expect(view(second).prev?.href).toBe('/2026/04/02/01/01/');
    expect(view(second).next).toEqual({ href: '/2026/04/02/02/01/', label: '芯片项目' });
  });
  test('splits the jump lines into 上接 before and 下转 after the body', () => {
    expect(view(first).jumpsOn).toEqual([{ direction: 'on', page: 2, href: '/2026/04/02/02/01/' }]);
    expect(view(first).jumpsFrom).toEqual([]);
    expect(view(rest).jumpsFrom[0]?.href).toBe('/2026/04/02/01/01/');
  });
  test('describes the article for search engines with an absolute URL and the byline’s authors', () => {
    expect(view(first).jsonLd).toMatchObject({ mainEntityOfPage: 'https://x.example/2026/04/02/01/01/', articleSection: '要闻', author: [{ name: '岑瑜' }] });
  });
});
