// The budgets module on pages made in memory: each limit trips exactly past its line.
import { describe, expect, test } from 'vitest';
import { budgetViolations, foreignReferences, isForeignUrl, LIMITS, measurePage } from '../../../scripts/lib/budgets.ts';
import { siteFromRecord } from '../../../scripts/lib/site-files.ts';
import { pageKind } from '#src/site/paths.ts';

const ARTICLE = '2026/04/02/01/03/index.html';
const page = (head: string, body = '<p>正文</p>') => `<!doctype html><html lang="zh-CN"><head>${head}</head><body>${body}</body></html>`;

describe('pageKind', () => {
  test.each([
    ['index.html', 'home'],
    ['2026/04/02/index.html', 'edition'],
    ['2026/04/02/01/index.html', 'page'],
    [ARTICLE, 'article'],
    ['archive/index.html', 'archive'],
    ['archive/2026/04/index.html', 'archive'],
    ['404.html', 'other'],
    ['2026/04/02/01/03/extra/index.html', 'other'],
  ])('%s is %s', (file, kind) => expect(pageKind(file)).toBe(kind));
});

describe('measurePage', () => {
  test('counts HTML bytes (UTF-8), each linked stylesheet once, inline and external scripts', () => {
    const html = page(
      '<link rel="stylesheet" href="/_astro/a.css"><link rel="stylesheet" href="../../../../../_astro/a.css"><link rel="preload" href="/_astro/b.css">' +
        '<script type="application/ld+json">{"a":1}</script><script src="/_astro/x.js"></script>',
      '<p>中文</p><script>go()</script>',
    );
    const site = siteFromRecord({ [ARTICLE]: html, '_astro/a.css': 'p{margin:0}', '_astro/b.css': 'x'.repeat(100) });
    expect(measurePage(site, ARTICLE)).toEqual({
      file: ARTICLE,
      kind: 'article',
      htmlBytes: Buffer.byteLength(html),
      cssBytes: 11,
      inlineCssBytes: 0,
      missingStylesheets: [],
      inlineScriptBytes: [7, 4],
      externalScripts: ['/_astro/x.js'],
    });
    expect(Buffer.byteLength(html)).toBeGreaterThan(html.length); // 中文 is 3 bytes a character
  });
  test('counts inline <style> bytes apart, inside the HTML bytes', () => {
    const html = page('<style>p{color:red}</style><style>中{}</style>');
    const m = measurePage(siteFromRecord({ [ARTICLE]: html }), ARTICLE);
    expect(m.inlineCssBytes).toBe(12 + 5); // 中 is 3 bytes
    expect(m.htmlBytes).toBe(Buffer.byteLength(html));
  });
  test('names a linked stylesheet that is not in the site', () => {
    const site = siteFromRecord({ [ARTICLE]: page('<link rel="stylesheet" href="/_astro/gone.css">') });
    expect(measurePage(site, ARTICLE).missingStylesheets).toEqual(['/_astro/gone.css']);
  });
});

describe('budgetViolations', () => {
  const base = { file: ARTICLE, kind: 'article' as const, htmlBytes: 1000, cssBytes: 1000, inlineCssBytes: 0, missingStylesheets: [], inlineScriptBytes: [], externalScripts: [] };
  test('a page within every budget has no violation', () => expect(budgetViolations(base)).toEqual([]));
  test('any external script is a violation', () => {
    expect(budgetViolations({ ...base, externalScripts: ['/a.js'] })).toHaveLength(1);
  });
  test('an inline script is allowed up to one byte under 2 KB', () => {
    expect(budgetViolations({ ...base, inlineScriptBytes: [LIMITS.inlineScriptBytes - 1] })).toEqual([]);
    expect(budgetViolations({ ...base, inlineScriptBytes: [10, LIMITS.inlineScriptBytes] })).toEqual([
      `${ARTICLE}: inline script #2 is 2048 bytes; limit < 2048`,
    ]);
  });
  test('an article is allowed HTML + CSS up to one byte under 30 KB; other pages are not held to it', () => {
    const under = { ...base, htmlBytes: 20_000, cssBytes: LIMITS.articleHtmlCssBytes - 20_001 };
    expect(budgetViolations(under)).toEqual([]);
    expect(budgetViolations({ ...under, cssBytes: under.cssBytes + 1 })).toHaveLength(1);
    expect(budgetViolations({ ...under, cssBytes: under.cssBytes + 1, kind: 'edition' })).toEqual([]);
  });
});

describe('foreignReferences', () => {
  const SITE = 'https://zs.example';
  test('allows the site URL in canonical and alternate links and relative URLs anywhere', () => {
    const html = page(
      `<link rel="canonical" href="${SITE}/2026/04/02/"><link rel="alternate" type="application/rss+xml" href="${SITE}/rss.xml">` +
        `<meta property="og:image" content="https://elsewhere.example/x.png"><link rel="stylesheet" href="/_astro/a.css">`,
      '<a href="/2026/04/02/">今日</a><img src="../x.png" alt=""><form action="/search/"><input name="q"></form>',
    );
    expect(foreignReferences(html, SITE)).toEqual([]);
  });
  test.each([
    ['<script src="https://cdn.example/a.js"></script>', '<script src="https://cdn.example/a.js">'],
    ['<link rel="stylesheet" href="//fonts.example/css">', '<link href="//fonts.example/css">'],
    ['<img src="http://img.example/a.png" alt="">', '<img src="http://img.example/a.png">'],
    ['<img srcset="/a.png 1x, https://img.example/b.png 2x" alt="">', '<img srcset="https://img.example/b.png">'],
    ['<a href="https://zs.example/2026/04/02/">the site, but absolute in a link</a>', '<a href="https://zs.example/2026/04/02/">'],
    ['<link rel="canonical" href="https://other.example/">', '<link href="https://other.example/">'],
    ['<style>body{background:url("https://img.example/bg.png")}</style>', '<style> url(https://img.example/bg.png)'],
    ['<div style="background:url(//img.example/bg.png)"></div>', '<div> url(//img.example/bg.png)'],
  ])('flags %s', (snippet, expected) => {
    expect(foreignReferences(page('', snippet), SITE)).toEqual([expected]);
  });
});

describe('isForeignUrl', () => {
  test.each([
    ['https://a.example/', true],
    ['HTTP://a.example/', true],
    ['//a.example/x', true],
    ['/x/', false],
    ['x.png', false],
    ['mailto:a@b.c', false],
    ['#top', false],
  ])('%s → %s', (url, foreign) => expect(isForeignUrl(url)).toBe(foreign));
});
