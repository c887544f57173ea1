import { describe, expect, test } from 'vitest';
import { absoluteUrl, archiveMonthPath, articlePath, dateSegments, editionPath, pagePath } from '#src/site/paths.ts';
import { pad2 } from '#src/content/defaults.ts';

describe('pad2', () => {
  test.each([
    [1, '01'],
    [12, '12'],
    [100, '100'],
  ])('%i → %s', (n, out) => expect(pad2(n)).toBe(out));
});

describe('dateSegments', () => {
  test('splits an edition date into year, month and day', () => {
    expect(dateSegments('2026-04-02')).toEqual({ year: '2026', month: '04', day: '02' });
  });
  test('refuses anything but YYYY-MM-DD, naming the value', () => {
    expect(() => dateSegments('2026-4-2')).toThrow('"2026-4-2"');
  });
});

describe('site URLs', () => {
  test('edition, page and article URLs nest, end in a slash and pad page and order', () => {
    expect(editionPath('2026-04-02')).toBe('/2026/04/02/');
    expect(pagePath('2026-04-02', 1)).toBe('/2026/04/02/01/');
    expect(articlePath('2026-04-02', 1, 3)).toBe('/2026/04/02/01/03/');
    expect(articlePath('2026-12-31', 12, 10)).toBe('/2026/12/31/12/10/');
  });
  test('archive months are /archive/YYYY/MM/', () => {
    expect(archiveMonthPath(2026, 4)).toBe('/archive/2026/04/');
  });
  test('absolute URLs are made on the configured site', () => {
    expect(absoluteUrl('/2026/04/02/', 'https://news.example.org')).toBe('https://news.example.org/2026/04/02/');
    expect(absoluteUrl('/rss.xml', new URL('https://a.example/'))).toBe('https://a.example/rss.xml');
  });
});
