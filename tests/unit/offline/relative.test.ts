import { describe, expect, test } from 'vitest';
import { relativizeHtml, urlReferences } from '#src/offline/build/relative.ts';
import { relativeUrl } from '#src/site/paths.ts';

describe('relativeUrl', () => {
  test.each([
    ['/', '/', './'],
    ['/', '/archive/', 'archive/'],
    ['/', '/favicon.svg', 'favicon.svg'],
    ['/2026/04/02/', '/', '../../../'],
    ['/2026/04/02/', '/2026/04/02/', './'],
    ['/2026/04/02/', '/2026/04/02/01/', '01/'],
    ['/2026/04/02/01/03/', '/2026/04/02/01/02/', '../02/'],
    ['/2026/04/02/01/03/', '/search/?q=%E5%8C%BB', '../../../../../search/?q=%E5%8C%BB'],
    ['/2026/04/02/01/', '/2026/04/02/01/#top', './#top'],
    ['/search/', '/search/', './'],
    ['/rss.xml', '/archive/', 'archive/'],
  ])('from %s to %s is %s', (from, to, expected) => {
    expect(relativeUrl(from, to)).toBe(expected);
  });
  test.each(['https://zsdaily.example.com/', '//cdn.example/x.js', '#main', 'mailto:x@y.z', 'zsdaily.zip', ''])('leaves %j as it is', (url) => {
    expect(relativeUrl('/2026/04/02/', url)).toBe(url);
  });
});

describe('relativizeHtml', () => {
  test('rewrites href, src, srcset and action, and nothing else', () => {
    const html =
      '<link rel="canonical" href="https://site.example/2026/04/02/"><link rel="icon" href="/favicon.svg">' +
      '<a href="/archive/" data-x="/keep/">往期</a><img src="/_astro/a.webp" srcset="/_astro/a.webp 1x, /_astro/b.webp 2x" alt="">' +
      '<form action="/search/" method="get"></form><meta property="og:url" content="/2026/">';
    expect(relativizeHtml(html, '/2026/04/02/')).toBe(
      '<link rel="canonical" href="https://site.example/2026/04/02/"><link rel="icon" href="../../../favicon.svg">' +
        '<a href="../../../archive/" data-x="/keep/">往期</a><img src="../../../_astro/a.webp" srcset="../../../_astro/a.webp 1x, ../../../_astro/b.webp 2x" alt="">' +
        '<form action="../../../search/" method="get"></form><meta property="og:url" content="/2026/">',
    );
  });

  test('leaves script and style contents byte for byte (their CSP hashes stay valid), but not a script src', () => {
    const html = `<script type="module">const a = '<a href="/x/">';</script><style>a[href="/x/"]{color:red}</style><script src="/search/search-ui.js" defer></script>`;
    expect(relativizeHtml(html, '/search/')).toBe(
      `<script type="module">const a = '<a href="/x/">';</script><style>a[href="/x/"]{color:red}</style><script src="search-ui.js" defer></script>`,
    );
  });

  test('a ">" inside another attribute does not end the tag early', () => {
    expect(relativizeHtml('<a title="a > b" href="/archive/">x</a>', '/')).toBe('<a title="a > b" href="archive/">x</a>');
  });

  test('comments, attributes without a value and single quotes', () => {
    expect(relativizeHtml(`<!-- <a href="/x/"> --><input hidden><a href='/x/'>x</a>`, '/y/')).toBe(`<!-- <a href="/x/"> --><input hidden><a href='../x/'>x</a>`);
  });

  test('a mapper decides per URL, knowing the tag and attribute', () => {
    const seen: string[] = [];
    relativizeHtml('<a href="/a/">a</a><img src="/b.png" alt="">', '/', (url, { tag, attribute }) => {
      seen.push(`${tag}.${attribute}=${url}`);
      return url;
    });
    expect(seen).toEqual(['a.href=/a/', 'img.src=/b.png']);
  });
});

describe('urlReferences', () => {
  test('lists every URL attribute with its place', () => {
    expect(urlReferences('<link rel="icon" href="/f.svg"><a href="/a/">a</a><script>x("/no/")</script>')).toEqual([
      { url: '/f.svg', tag: 'link', attribute: 'href' },
      { url: '/a/', tag: 'a', attribute: 'href' },
    ]);
  });
});
