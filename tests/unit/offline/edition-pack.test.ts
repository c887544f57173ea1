import { describe, expect, test } from 'vitest';
import { editionFiles, editionManifest, editionPack, type BuiltSite } from '#src/offline/build/edition-pack.ts';
import { urlOfFile, fileOfUrl } from '#src/site/paths.ts';

const page = (body: string) => `<!DOCTYPE html><html><head><link rel="icon" href="/favicon.svg"></head><body><a href="/">今日</a><a href="/archive/">往期</a><form action="/search/"></form>${body}</body></html>`;
const pages: Record<string, string> = {
  'index.html': page('<a href="/2026/04/02/">x</a>'),
  '2026/04/02/index.html': page('<a href="/2026/04/02/01/">第01版</a><a href="/2026/04/02/zsdaily-2026-04-02.zip">下载</a>'),
  '2026/04/02/01/index.html': page('<a href="/2026/04/02/01/01/">文</a>'),
  '2026/04/02/01/01/index.html': page('<img src="/_astro/p.webp" alt=""><a href="/2026/04/02/01/p.jpg">原图</a><a href="/2026/04/01/">昨日</a>'),
  '2026/04/01/index.html': page(''),
  'search/index.html': page('<script src="/search/search-ui.js" defer></script>'),
};
const site: BuiltSite = {
  files: new Set([...Object.keys(pages), 'favicon.svg', '_astro/p.webp', '_astro/other.webp', '2026/04/02/01/p.jpg', '2026/04/02/zsdaily-2026-04-02.zip', 'search/search-ui.js']),
  html: (file) => pages[file]!,
};

describe('URLs and files', () => {
  test.each([
    ['/', 'index.html'],
    ['/2026/04/02/', '2026/04/02/index.html'],
    ['/favicon.svg?v=2', 'favicon.svg'],
    ['/search/?q=x#r', 'search/index.html'],
  ])('fileOfUrl(%s) = %s', (url, file) => {
    expect(fileOfUrl(url)).toBe(file);
    if (!url.includes('?') && !url.includes('.svg')) expect(urlOfFile(file)).toBe(url);
  });
});

describe('editionFiles', () => {
  test("an edition's pages, what they load, and its own files they link (not the zip, not other editions)", () => {
    expect(editionFiles(site, '2026-04-02')).toEqual({
      pages: ['2026/04/02/01/01/index.html', '2026/04/02/01/index.html', '2026/04/02/index.html'],
      assets: ['2026/04/02/01/p.jpg', '_astro/p.webp', 'favicon.svg'],
    });
  });
  test('the service worker list names pages by their clean URLs', () => {
    expect(editionManifest('2026-04-02', editionFiles(site, '2026-04-02')).urls).toEqual([
      '2026/04/02/01/01/', '2026/04/02/01/', '2026/04/02/', '2026/04/02/01/p.jpg', '_astro/p.webp', 'favicon.svg',
    ]);
  });
});

describe('editionPack', () => {
  const pack = editionPack(site, '2026-04-02', 'https://zsdaily.example.com/', { searchData: '/*data*/' });
  const text = (path: string) => {
    const entry = pack.get(path);
    if (!entry || !('text' in entry)) throw new Error(`${path} is not a made file of the pack`);
    return entry.text;
  };
  test('holds the pages, their files, the search page and the offline index; nothing of other editions', () => {
    expect([...pack.keys()].sort()).toEqual([
      '2026/04/02/01/01/index.html', '2026/04/02/01/index.html', '2026/04/02/01/p.jpg', '2026/04/02/index.html', '2026/04/02/search-data.js',
      '_astro/p.webp', 'favicon.svg', 'index.html', 'search/editions.js', 'search/index.html', 'search/search-ui.js',
    ]);
    expect(text('search/editions.js')).toBe('self.zsdailyEditions=["2026/04/02"];\n');
  });
  test('links inside the pack end in index.html (they open from disk without JavaScript); others go to the online site', () => {
    const article = text('2026/04/02/01/01/index.html');
    expect(article).toContain('<a href="https://zsdaily.example.com/">今日</a>');
    expect(article).toContain('<a href="https://zsdaily.example.com/archive/">往期</a>');
    expect(article).toContain('<a href="https://zsdaily.example.com/2026/04/01/">昨日</a>');
    expect(article).toContain('<form action="../../../../../search/index.html">');
    expect(article).toContain('<img src="../../../../../_astro/p.webp"');
    expect(article).toContain('<a href="../p.jpg">原图</a>');
    expect(text('2026/04/02/index.html')).toContain('<a href="https://zsdaily.example.com/2026/04/02/zsdaily-2026-04-02.zip">下载</a>');
  });
  test('the top index.html is the edition front page, its links from the top folder', () => {
    expect(text('index.html')).toContain('<a href="2026/04/02/01/index.html">第01版</a>');
    expect(text('index.html')).toContain('<link rel="icon" href="favicon.svg">');
  });
});
