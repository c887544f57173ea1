// The link checker's own tests, on small sites made in memory (no build needed).
import { describe, expect, test } from 'vitest';
import { anchorsOf, checkLinks, cssUrls, htmlReferences, resolveReference, srcsetUrls } from '../../../scripts/lib/linkcheck.ts';
import { siteFromRecord } from '../../../scripts/lib/site-files.ts';
import { servedFile, urlOfFile } from '#src/site/paths.ts';

const page = (body: string, head = '') => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;

describe('urlOfFile', () => {
  test.each([
    ['index.html', '/'],
    ['2026/04/02/index.html', '/2026/04/02/'],
    ['404.html', '/404.html'],
    ['rss.xml', '/rss.xml'],
  ])('%s is served at %s', (file, path) => expect(urlOfFile(file)).toBe(path));
});

describe('servedFile', () => {
  const files = new Set(['index.html', 'a/index.html', '404.html', '_astro/x.css', 'b.html', '中文/index.html']);
  test.each([
    ['/', 'index.html'],
    ['/a/', 'a/index.html'],
    ['/a', 'a/index.html'],
    ['/404.html', '404.html'],
    ['/_astro/x.css', '_astro/x.css'],
    ['/b', 'b.html'],
    ['/%E4%B8%AD%E6%96%87/', '中文/index.html'],
  ])('%s is served by %s', (path, file) => expect(servedFile(path, files)).toBe(file));
  test.each(['/c/', '/a/b', '/_astro/y.css', '/%E0%A4%A'])('%s has no file', (path) => expect(servedFile(path, files)).toBeUndefined());
});

describe('resolveReference', () => {
  test.each([
    ['/2026/04/02/', '/', '/2026/04/02/', ''],
    ['03/', '/2026/04/02/01/', '/2026/04/02/01/03/', ''],
    ['../', '/2026/04/02/01/03/', '/2026/04/02/01/', ''],
    ['../../02/01/', '/2026/04/02/01/01/', '/2026/04/02/02/01/', ''],
    ['#main', '/a/', '/a/', 'main'],
    ['/a/?q=1#x', '/', '/a/', 'x'],
    ['style.css', '/404.html', '/style.css', ''],
  ])('%s on %s resolves to %s', (url, from, path, fragment) => {
    expect(resolveReference(url, from)).toEqual({ kind: 'internal', path, fragment });
  });
  test('a URL on the configured site origin is internal', () => {
    expect(resolveReference('https://zs.example/2026/04/02/', '/', ['https://zs.example'])).toEqual({
      kind: 'internal',
      path: '/2026/04/02/',
      fragment: '',
    });
  });
  test.each(['https://cdn.example/x.js', '//cdn.example/x.js', 'http://zs.example/'])('%s is external', (url) => {
    expect(resolveReference(url, '/', ['https://zs.example']).kind).toBe('external');
  });
  test.each(['mailto:a@b.c', 'tel:123', 'data:image/png;base64,AA', 'javascript:void(0)'])('%s is ignored', (url) => {
    expect(resolveReference(url, '/').kind).toBe('ignored');
  });
});

describe('srcsetUrls', () => {
  test.each([
    ['a.jpg 1x, b.jpg 2x', ['a.jpg', 'b.jpg']],
    ['/a.jpg 320w,/b.jpg 640w', ['/a.jpg', '/b.jpg']],
    ['only.jpg', ['only.jpg']],
  ])('%s', (srcset, urls) => expect(srcsetUrls(srcset)).toEqual(urls));
});

describe('cssUrls', () => {
  test('finds url() in every quoting and @import, not in comments', () => {
    const css = `@import "base.css"; a{background:url(a.png)} b{background:url('b.png')} c{background:url( "c.png" )} /* url(no.png) */`;
    expect(cssUrls(css)).toEqual(['a.png', 'b.png', 'c.png', 'base.css']);
  });
});

describe('htmlReferences', () => {
  test('collects href, src, srcset, poster, inline style url() and og:image, but not form actions', () => {
    const html = page(
      `<a href="/x/">x</a><img src="i.png" srcset="i1.png 1x, i2.png 2x" alt=""><video poster="p.jpg"></video>
       <div style="background:url(bg.png)"></div><form action="/search/"><input name="q"></form>`,
      `<link rel="stylesheet" href="/s.css"><script src="/j.js"></script><meta property="og:image" content="/og.png"><style>h1{background:url(h.png)}</style>`,
    );
    expect(htmlReferences(html).map((r) => r.url).sort()).toEqual(
      ['/x/', 'i.png', 'i1.png', 'i2.png', 'p.jpg', 'bg.png', '/s.css', '/j.js', '/og.png', 'h.png'].sort(),
    );
  });
  test('reads nothing inside a script as a reference', () => {
    expect(htmlReferences(page(`<script>const a = '<a href="/nowhere/">';</script>`))).toEqual([]);
  });
});

describe('anchorsOf', () => {
  test('ids and named anchors', () => {
    expect([...anchorsOf(page('<main id="main"></main><a name="old"></a>'))].sort()).toEqual(['main', 'old']);
  });
});

describe('checkLinks', () => {
  const site = siteFromRecord({
    'index.html': page('<a href="/a/">a</a><a href="a/#part">part</a><a href="https://other.example/">other</a><a href="mailto:x@y.z">mail</a>', '<link rel="stylesheet" href="/_astro/s.css">'),
    'a/index.html': page('<h2 id="part">p</h2><a href="../">home</a><a href="#part">self</a><img src="pic.png" alt="">'),
    'a/pic.png': 'png',
    '_astro/s.css': 'body{background:url(./bg.png)}',
    '_astro/bg.png': 'png',
  });

  test('a site whose links all resolve has no broken link', () => {
    const report = checkLinks(site);
    expect(report.broken).toEqual([]);
    expect(report.filesChecked).toBe(3);
    expect(report.internal).toBe(7);
    expect(report.external).toEqual(['https://other.example/']);
  });

  test('reports each broken href, src, CSS url and fragment with its source file', () => {
    const broken = siteFromRecord({
      'index.html': page('<a href="/missing/">m</a><a href="/a/#nope">f</a>', '<link rel="stylesheet" href="/_astro/s.css">'),
      'a/index.html': page('<img src="gone.png" alt=""><a href="#main">skip</a>'),
      '_astro/s.css': 'body{background:url(bg.png)}',
    });
    const report = checkLinks(broken);
    expect(report.broken.map((b) => [b.source, b.url, b.reason])).toEqual([
      ['_astro/s.css', 'bg.png', 'no file for /_astro/bg.png'],
      ['a/index.html', 'gone.png', 'no file for /a/gone.png'],
      ['a/index.html', '#main', 'a/index.html has no element with id "main"'],
      ['index.html', '/missing/', 'no file for /missing/'],
      ['index.html', '/a/#nope', 'a/index.html has no element with id "nope"'],
    ]);
  });

  test('checks canonical links on the configured site origin against the site files', () => {
    const withCanonical = siteFromRecord({
      'index.html': page('', '<link rel="canonical" href="https://zs.example/gone/">'),
    });
    expect(checkLinks(withCanonical).broken).toEqual([]);
    expect(checkLinks(withCanonical, { siteOrigins: ['https://zs.example'] }).broken).toHaveLength(1);
  });

  test('resolves relative links against <base href>', () => {
    const based = siteFromRecord({
      'x/index.html': page('<a href="y/">y</a>', '<base href="/root/">'),
      'root/y/index.html': page(''),
    });
    expect(checkLinks(based).broken).toEqual([]);
  });
});
