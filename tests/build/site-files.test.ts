// What every page carries (language, metadata, RSS link, search form, a strict CSP)
// and the site-wide files: _headers, robots.txt, 404.html, rss.xml, the sitemap.
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { headersFor, parseHeadersFile } from '../../scripts/lib/headers-file.ts';
import { configuredSiteOrigin } from '../../scripts/lib/site-config.ts';
import { urlOfFile, editionPath, pagePath } from '#src/site/paths.ts';
import { REPO_ROOT } from '../../scripts/lib/project-build.ts';
import { linksTo, parseHtml, readPage, siteOf, squash } from '../helpers/built-site.ts';
import { allowsByHash, isExecutableScriptType, parseCsp, scriptSources, styleSources } from '../helpers/csp.ts';
import { sampleArticles, SAMPLE_DATE } from '../helpers/sample.ts';

const siteDir = inject('siteDir');
const site = siteOf(siteDir);
const htmlFiles = [...site.files].filter((f) => f.endsWith('.html')).sort();
const articles = sampleArticles();
let origin = '';
beforeAll(async () => {
  origin = (await configuredSiteOrigin(REPO_ROOT)) ?? '';
  expect(origin).toMatch(/^https?:\/\//);
});

test('the build has the pages of the URL design', () => {
  const expected = [
    'index.html',
    '404.html',
    'archive/index.html',
    'archive/2026/04/index.html',
    '2026/04/02/index.html',
    '2026/04/02/01/index.html',
    ...articles.map((a) => `${a.url.slice(1)}index.html`),
  ];
  for (const file of expected) expect(site.files.has(file), `missing ${file}`).toBe(true);
});

describe.each(htmlFiles.map((f) => [f]))('%s', (file) => {
  const root = () => parseHtml(site.read(file));

  test('is zh-CN with a title, a description and a viewport', () => {
    const r = root();
    expect(r.querySelector('html')?.getAttribute('lang')).toBe('zh-CN');
    expect(squash(r.querySelector('title')?.textContent ?? '')).not.toBe('');
    expect((r.querySelector('meta[name="description"]')?.getAttribute('content') ?? '').trim()).not.toBe('');
    expect(r.querySelector('meta[name="viewport"]')?.getAttribute('content')).toContain('width=device-width');
  });

  test('links the RSS feed and has the header search form (GET /search/ with q)', () => {
    const r = root();
    const rss = r.querySelector('link[rel="alternate"][type="application/rss+xml"]');
    expect(rss, 'no RSS <link rel="alternate">').not.toBeNull();
    expect(new URL(rss!.getAttribute('href')!, `${origin}${urlOfFile(file)}`).pathname).toBe('/rss.xml');
    const form = r.querySelectorAll('form').find((f) => new URL(f.getAttribute('action') ?? '', `${origin}${urlOfFile(file)}`).pathname === '/search/');
    expect(form, 'no form with action /search/').toBeDefined();
    expect((form!.getAttribute('method') ?? 'get').toLowerCase()).toBe('get');
    expect(form!.querySelector('input[name="q"]')).not.toBeNull();
  });

  test("has a CSP without 'unsafe-inline' for scripts that allows each of its inline scripts and styles by hash", () => {
    const r = root();
    const meta = r.querySelectorAll('meta').find((m) => (m.getAttribute('http-equiv') ?? '').toLowerCase() === 'content-security-policy');
    expect(meta, 'no <meta http-equiv="content-security-policy">').toBeDefined();
    const csp = parseCsp(meta!.getAttribute('content') ?? '');
    const scripts = scriptSources(csp);
    expect(scripts, 'the CSP has neither script-src nor default-src').toBeDefined();
    expect(scripts).not.toContain("'unsafe-inline'");
    expect(scripts).not.toContain("'unsafe-eval'");
    expect(scripts).not.toContain('*');
    for (const script of r.querySelectorAll('script:not([src])')) {
      if (!isExecutableScriptType(script.getAttribute('type'))) continue;
      expect(allowsByHash(scripts!, script.innerHTML), `inline script not allowed by the CSP: ${script.innerHTML.slice(0, 80)}`).toBe(true);
    }
    const styles = styleSources(csp) ?? [];
    if (!styles.includes("'unsafe-inline'")) {
      for (const style of r.querySelectorAll('style')) {
        expect(allowsByHash(styles, style.innerHTML), `<style> not allowed by the CSP: ${style.innerHTML.slice(0, 80)}`).toBe(true);
      }
    }
  });
});

describe('_headers', () => {
  test('sends the usual security headers to every page', () => {
    expect(site.files.has('_headers'), 'dist/_headers is missing').toBe(true);
    const rules = parseHeadersFile(site.read('_headers'));
    for (const path of ['/', editionPath(SAMPLE_DATE), articles[0]!.url, '/404.html']) {
      const headers = headersFor(rules, path);
      expect(headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(headers.get('referrer-policy'), path).toMatch(/^(no-referrer|same-origin|strict-origin|strict-origin-when-cross-origin)$/);
      // No page may be framed: the old header for old browsers, the CSP directive for the rest.
      expect(headers.get('x-frame-options'), path).toBe('DENY');
      expect(parseCsp(headers.get('content-security-policy') ?? '').get('frame-ancestors'), path).toEqual(["'none'"]);
      expect(headers.get('permissions-policy'), path).toMatch(/\bcamera=\(\)/);
      expect(headers.get('strict-transport-security'), path).toMatch(/^max-age=\d{8,}/);
      const cspHeader = headers.get('content-security-policy');
      if (cspHeader) expect(scriptSources(parseCsp(cspHeader)) ?? []).not.toContain("'unsafe-inline'");
    }
  });
});

describe('robots.txt', () => {
  test('allows crawling and names the sitemap on the site URL', () => {
    const robots = site.read('robots.txt');
    expect(robots).toMatch(/^User-agent:\s*\*/im);
    expect(robots).not.toMatch(/^Disallow:\s*\/\s*$/im);
    expect(robots).toContain(`Sitemap: ${origin}/sitemap-index.xml`);
  });
});

describe('404.html', () => {
  test('is a zh-CN page that says so and links home and to the archive', () => {
    const page = readPage(siteDir, '/404.html');
    expect(page.root.querySelector('html')?.getAttribute('lang')).toBe('zh-CN');
    expect(squash(page.root.querySelector('main')?.textContent ?? page.root.textContent)).toMatch(/404|找不到|未找到|不存在/);
    expect(linksTo(page.root, '/404.html', '/').length).toBeGreaterThan(0);
    expect(linksTo(page.root, '/404.html', '/archive/').length).toBeGreaterThan(0);
  });
});

describe('rss.xml', () => {
  test('is an RSS 2.0 feed with an item per article: its title and absolute link', () => {
    const rss = site.read('rss.xml');
    expect(rss).toMatch(/^<\?xml[^>]*\?>\s*<rss[^>]*version="2\.0"/);
    const items = [...rss.matchAll(/<item>([\s\S]*?)<\/item>/g)].map((m) => m[1]!);
    const field = (item: string, name: string) =>
      (new RegExp(`<${name}>(?:<!\\[CDATA\\[)?([\\s\\S]*?)(?:\\]\\]>)?</${name}>`).exec(item)?.[1] ?? '').trim();
    const links = items.map((i) => field(i, 'link'));
    for (const a of articles) {
      const at = links.indexOf(`${origin}${a.url}`);
      expect(at, `no item links ${origin}${a.url}`).toBeGreaterThanOrEqual(0);
      expect(squash(field(items[at]!, 'title'))).toContain(squash(a.data.title));
      // The paper's date is a day in Beijing time, whatever zone the feed writes it in.
      const published = new Date(field(items[at]!, 'pubDate'));
      expect(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(published)).toBe(SAMPLE_DATE);
    }
    expect(items).toHaveLength(articles.length);
  });
});

describe('sitemap', () => {
  test('sitemap-index.xml leads to every page of the edition, the home page and the archive', () => {
    const index = site.read('sitemap-index.xml');
    const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname.slice(1));
    expect(sitemaps.length).toBeGreaterThan(0);
    const urls = sitemaps.flatMap((file) => [...site.read(file).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!));
    const expected = ['/', '/archive/', '/archive/2026/04/', editionPath(SAMPLE_DATE), pagePath(SAMPLE_DATE, 1), ...articles.map((a) => a.url)];
    for (const path of expected) expect(urls).toContain(`${origin}${path}`);
    expect(urls.filter((u) => /404/.test(u))).toEqual([]);
  });
});
