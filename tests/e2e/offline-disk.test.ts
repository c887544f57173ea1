// The site read from disk, as a reader who downloaded it double-clicks it: first the
// whole dist/ (dist/index.html via file://), then one edition's zip unpacked into a
// temporary folder. In Debian's Chromium with no extra flag (a reader has none): every
// page reachable from index.html opens, loads all it needs without a console error
// or failed request, no link leads to a folder listing; then the search page, from
// disk, finds the right articles for three queries (Simplified, Traditional, full-width).
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { REPO_ROOT } from '../../scripts/lib/project-build.ts';
import { launchChromium } from '../helpers/chromium.ts';
import { sampleArticles, SAMPLE_DATE } from '../helpers/sample.ts';
import { searchFor } from '../helpers/search.ts';
import { fileMode, isFolder, type SiteMode } from '../helpers/site-modes.ts';
import { editionPath } from '#src/site/paths.ts';

const siteDir = inject('siteDir');
const articles = sampleArticles();
const byTitle = (part: string) => articles.find((a) => a.data.title.includes(part))!.url;
const SITE_URL = 'https://zsdaily.example.com/';
const ZIP = join(siteDir, editionPath(SAMPLE_DATE).slice(1), `zsdaily-${SAMPLE_DATE}.zip`);

let browser: Browser;
let unzipped: string;
beforeAll(async () => {
  browser = await launchChromium();
  mkdirSync(join(REPO_ROOT, 'tmp'), { recursive: true });
  unzipped = mkdtempSync(join(REPO_ROOT, 'tmp', 'offline-zip-'));
  for (const [path, bytes] of Object.entries(unzipSync(readFileSync(ZIP)))) {
    if (path.endsWith('/')) continue;
    mkdirSync(dirname(join(unzipped, path)), { recursive: true });
    writeFileSync(join(unzipped, path), bytes);
  }
});
afterAll(async () => {
  await browser?.close();
  if (unzipped) rmSync(unzipped, { recursive: true, force: true });
});

type Walk = { pages: string[]; files: string[]; online: string[]; problems: string[] };

/** Opens index.html and every page reachable from it, as the reader's browser sees the links. */
async function walk(mode: SiteMode): Promise<Walk> {
  const reader = await mode.reader(browser, { width: 1280 });
  const seen = new Set<string>();
  const queue = [mode.url('/')];
  const found: Walk = { pages: [], files: [], online: [], problems: reader.problems };
  try {
    while (queue.length > 0) {
      const url = queue.shift()!;
      if (seen.has(url)) continue;
      seen.add(url);
      await reader.page.goto(url);
      found.pages.push(mode.pathOf(url) ?? url);
      const text = await reader.page.locator('body').innerText();
      if (/Index of|上级目录|Parent Directory/u.test(text)) found.problems.push(`${url} shows a folder listing`);
      const targets = await reader.page.evaluate(() => [
        ...[...document.querySelectorAll('a[href]')].map((a) => (a as HTMLAnchorElement).href),
        ...[...document.querySelectorAll('form[action]')].map((f) => (f as HTMLFormElement).action),
      ]);
      for (const target of targets) {
        const u = new URL(target);
        u.hash = '';
        u.search = '';
        if (u.protocol === 'http:' || u.protocol === 'https:') {
          found.online.push(u.href);
        } else if (mode.pathOf(u) === undefined) {
          found.problems.push(`${url} links outside the site: ${target}`);
        } else if (isFolder(u.href)) {
          found.problems.push(`${url} links to a folder (a listing from disk): ${target}`);
        } else if (u.pathname.endsWith('.html')) {
          queue.push(u.href);
        } else if (!statSync(decodeURI(u.pathname), { throwIfNoEntry: false })?.isFile()) {
          found.problems.push(`${url} links to a missing file: ${target}`);
        } else {
          found.files.push(mode.pathOf(u)!);
        }
      }
    }
  } finally {
    await reader.context.close();
  }
  return found;
}

async function searchFromDisk(mode: SiteMode): Promise<{ hits: Record<string, string[]>; problems: string[] }> {
  const reader = await mode.reader(browser, { width: 390 });
  const { page } = reader;
  try {
    // From the front page's header box, as a reader starts a search.
    await page.goto(mode.url('/'));
    await page.locator('#site-search').fill('长护险');
    await Promise.all([page.waitForURL((u) => mode.pathOf(u) === '/search/'), page.locator('#site-search').press('Enter')]);
    await page.waitForSelector('#search-results[aria-busy="false"][data-query]', { state: 'attached' });
    const hits: Record<string, string[]> = {};
    for (const q of ['长护险', '海員優先', '５Ｇ＋ＡＲ']) {
      const links = await searchFor(page, q).then(() =>
        page.locator('#search-results li.search-hit h2 a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href)),
      );
      hits[q] = links.map((l) => mode.pathOf(l) ?? l);
      // A result opens its article (a file, not a folder listing).
      for (const l of links) expect(isFolder(l), l).toBe(false);
    }
    return { hits, problems: reader.problems };
  } finally {
    await reader.context.close();
  }
}

const expectedHits = () => ({ 长护险: [byTitle('长护险')], 海員優先: [byTitle('海员优先')], '５Ｇ＋ＡＲ': [byTitle('六干')] });

describe('dist/ opened from disk', () => {
  const mode = () => fileMode(siteDir);

  test('every page reachable from index.html opens, with all it loads, and no link to a folder', async () => {
    const result = await walk(mode());
    expect(result.problems).toEqual([]);
    const expected = ['/', '/archive/', '/archive/2026/04/', '/search/', editionPath(SAMPLE_DATE), ...articles.map((a) => a.url)];
    expect(result.pages).toEqual(expect.arrayContaining(expected));
    expect(result.files).toContain(`${editionPath(SAMPLE_DATE)}zsdaily-${SAMPLE_DATE}.zip`);
    expect(result.online).toEqual([]);
  });

  test('the search page finds the right articles from disk', async () => {
    const { hits, problems } = await searchFromDisk(mode());
    expect(hits).toEqual(expectedHits());
    expect(problems).toEqual([]);
  });
});

describe(`the zip of ${SAMPLE_DATE}, unpacked`, () => {
  const mode = () => fileMode(join(unzipped, `zsdaily-${SAMPLE_DATE}`));

  test('every page reachable from its index.html opens; links out of the zip go to the online site', async () => {
    const result = await walk(mode());
    expect(result.problems).toEqual([]);
    expect(result.pages).toEqual(expect.arrayContaining(['/', '/search/', editionPath(SAMPLE_DATE), ...articles.map((a) => a.url)]));
    expect(result.pages.filter((p) => p.startsWith('/archive/'))).toEqual([]);
    expect(result.online.length).toBeGreaterThan(0);
    for (const url of result.online) expect(url.startsWith(SITE_URL), url).toBe(true);
  });

  test('the search page finds the right articles from disk', async () => {
    const { hits, problems } = await searchFromDisk(mode());
    expect(hits).toEqual(expectedHits());
    expect(problems).toEqual([]);
  });

  test('the 简/繁 switch works from the zip: its front page and an article in 繁體, nothing online', async () => {
    const reader = await mode().reader(browser, { width: 1280 });
    const { page } = reader;
    try {
      await page.goto(mode().url('/'));
      await page.locator('label[for="zh-hant"]').click();
      await page.waitForSelector('html[data-hant="on"]', { state: 'attached' });
      expect(await page.locator('main').innerText()).toContain('長護險');
      await page.goto(mode().url(byTitle('长护险')));
      await page.waitForSelector('html[data-hant="on"]', { state: 'attached' });
      expect(await page.locator('h1').innerText()).toContain('全市長護險參保人數超百萬');
      expect(reader.requests.filter((u) => !u.startsWith('file:'))).toEqual([]);
      expect(reader.problems).toEqual([]);
    } finally {
      await reader.context.close();
    }
  });
});
