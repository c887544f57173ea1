// What the build writes for reading offline: no root-relative URL left in a reader's
// page (404.html excepted: a CDN serves it at any depth), the service worker allowed
// by the CSP, each edition's offline index (the same records, one script, no module
// syntax), its list for the service worker, and its zip.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { expect, inject, test } from 'vitest';
import { urlReferences } from '#src/offline/build/relative.ts';
import type { OfflineEdition } from '#src/search/offline-data.ts';
import { siteOf } from '../helpers/built-site.ts';
import { sampleArticles, SAMPLE_DATE } from '../helpers/sample.ts';
import { editionPath } from '#src/site/paths.ts';

const siteDir = inject('siteDir');
const site = siteOf(siteDir);
const articles = sampleArticles();
const edition = editionPath(SAMPLE_DATE).slice(1);
const read = (file: string) => readFileSync(join(siteDir, file), 'utf8');

test('no page but 404.html carries a root-relative URL', () => {
  const pages = [...site.files].filter((f) => f.endsWith('.html') && f !== '404.html');
  expect(pages.length).toBeGreaterThan(5);
  for (const file of pages) {
    const rooted = urlReferences(read(file)).filter(({ url }) => url.startsWith('/') && !url.startsWith('//'));
    expect(rooted, file).toEqual([]);
  }
  expect(urlReferences(read('404.html')).some(({ url }) => url === '/archive/')).toBe(true);
});

test('the CSP lets the site register its own service worker, and only its own', () => {
  const csp = /http-equiv="content-security-policy" content="([^"]*)"/u.exec(read(`${edition}index.html`))?.[1] ?? '';
  expect(csp).toContain("worker-src 'self'");
  expect(site.files.has('sw.js')).toBe(true);
});

test("the edition's offline index is a classic script with every article's record", () => {
  const script = read(`${edition}search-data.js`);
  expect(script).not.toMatch(/\bimport\b|\bexport\b|fetch\(/u);
  const self: { zsdailySearchData?: OfflineEdition[] } = {};
  new Function('self', script)(self);
  const [data] = self.zsdailySearchData ?? [];
  expect(data?.records.map((r) => r.url).sort()).toEqual(articles.map((a) => a.url).sort());
  expect(data?.charMap).toMatchObject({ 長: '长', 護: '护', 險: '险' });
  expect(read('search/editions.js')).toBe(`self.zsdailyEditions=${JSON.stringify([edition.slice(0, -1)])};\n`);
});

test('the search page runs one classic script, no module', () => {
  const html = read('search/index.html');
  expect(html).toContain('<script src="search-ui.js" defer></script>');
  expect(html).not.toMatch(/<script[^>]*type="module"[^>]*src=/u);
});

test('the service worker list names the edition, its pages and articles', () => {
  const manifest = JSON.parse(read(`${edition}offline.json`)) as { edition: string; urls: string[] };
  expect(manifest.edition).toBe(edition.slice(0, -1));
  expect(manifest.urls).toEqual(expect.arrayContaining([edition, ...articles.map((a) => a.url.slice(1))]));
});

test('the zip holds the edition in one folder, with the search page and the offline index', () => {
  const zip = readFileSync(join(siteDir, edition, `zsdaily-${SAMPLE_DATE}.zip`));
  const names = Object.keys(unzipSync(zip));
  const top = `zsdaily-${SAMPLE_DATE}/`;
  expect(names.every((n) => n.startsWith(top))).toBe(true);
  expect(names).toEqual(
    expect.arrayContaining([`${top}index.html`, `${top}search/index.html`, `${top}search/search-ui.js`, `${top}${edition}search-data.js`, ...articles.map((a) => `${top}${a.url.slice(1)}index.html`)]),
  );
  expect(names.some((n) => n.includes('pagefind/') || n.includes('archive/'))).toBe(false);
  console.log(`[offline] ${SAMPLE_DATE}: zip ${zip.byteLength} bytes, offline index ${Buffer.byteLength(read(`${edition}search-data.js`))} bytes`);
});
