// A reader's walk through the built site in Debian's Chromium, on a phone (390 px) and
// a desktop (1280 px): home → 往期 → the month → the edition → 第01版 → the lead
// article → 下一篇 → 往期, clicking what a reader clicks. No console error, no failed
// request, nothing from another origin, nothing wider than the screen.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { REPO_ROOT } from '../../scripts/lib/project-build.ts';
import { useServedSite } from '../helpers/served-site.ts';
import { openReader, type Reader } from '../helpers/reader.ts';
import { sampleArticles, SAMPLE_DATE } from '../helpers/sample.ts';
import { editionPath, pagePath } from '#src/site/paths.ts';

const articles = sampleArticles();
const SHOTS = join(REPO_ROOT, 'tmp', 'screenshots');
const site = useServedSite();

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
});

/** Clicks the first visible link to `path` (resolved) and waits for that page. */
async function follow(page: Page, path: string, name?: RegExp): Promise<void> {
  const candidates = page.locator('a[href]').filter({ visible: true });
  const hrefs = await candidates.evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  const texts = await candidates.allInnerTexts();
  const index = hrefs.findIndex((h, i) => h === path && (!name || name.test(texts[i]!.replace(/\s+/g, ''))));
  expect(index, `${page.url()}: no visible link to ${path}${name ? ` reading ${name}` : ''}`).toBeGreaterThanOrEqual(0);
  await Promise.all([page.waitForURL((url) => url.pathname === path), candidates.nth(index).click()]);
  await page.waitForLoadState('load');
}

async function expectFitsScreen(page: Page, where: string): Promise<void> {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  expect(scrollWidth, `${where}: page is ${scrollWidth}px wide in a ${innerWidth}px window`).toBeLessThanOrEqual(innerWidth);
}

async function fontSizeOf(page: Page, text: string): Promise<number> {
  const heading = page.locator('h1, h2, h3, h4', { hasText: text.split(' ')[0]! }).first();
  return heading.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
}

describe.each([390, 1280])('a reader at %i px', (width) => {
  let reader: Reader;
  beforeAll(async () => {
    reader = await openReader(site.browser, site.server.origin, { width });
  });
  afterAll(async () => {
    await reader?.context.close();
  });

  test('walks home → archive → month → edition → page → article → next article → archive without a problem', async () => {
    const { page, problems } = reader;
    const shot = (name: string) => page.screenshot({ path: join(SHOTS, `${width}-${name}.png`), fullPage: true });
    const edition = editionPath(SAMPLE_DATE);

    await page.goto(`${site.server.origin}/`);
    await expect.poll(() => page.title()).not.toBe('');
    await expectFitsScreen(page, 'home');
    await shot('home');

    await follow(page, '/archive/', /往期/);
    await expectFitsScreen(page, 'archive');
    await follow(page, '/archive/2026/04/');
    await expectFitsScreen(page, 'archive month');
    await shot('archive-month');
    await follow(page, edition, /^2$/);
    await expectFitsScreen(page, 'edition');
    await shot('edition');

    // The lead story carries the weight it has in print.
    const lead = await fontSizeOf(page, articles[0]!.data.title);
    for (const other of articles.slice(1)) {
      expect(lead, `lead headline vs ${other.url}`).toBeGreaterThan(await fontSizeOf(page, other.data.title));
    }

    await follow(page, pagePath(SAMPLE_DATE, 1), /第0?1版/);
    await expectFitsScreen(page, 'page 01');
    await shot('page-01');

    await follow(page, articles[0]!.url, new RegExp(articles[0]!.data.title.slice(0, 6)));
    await expect.poll(() => page.locator('h1').innerText()).toContain(articles[0]!.data.title.slice(0, 6));
    await expectFitsScreen(page, 'article');
    await shot('article');

    await follow(page, articles[1]!.url);
    await expect.poll(() => page.locator('h1').innerText()).toContain(articles[1]!.data.title.slice(0, 6));
    await expectFitsScreen(page, 'next article');
    await shot('next-article');

    await follow(page, '/archive/', /往期/);
    await expect.poll(() => page.locator('h1').innerText()).toContain('往期');

    expect(problems).toEqual([]);
  });
});

describe('the font-size control', () => {
  test.each([true, false])('enlarges the text with JavaScript %s, without a problem', async (javaScriptEnabled) => {
    const reader = await openReader(site.browser, site.server.origin, { width: 390, javaScriptEnabled });
    try {
      const { page, problems } = reader;
      await page.goto(`${site.server.origin}${articles[0]!.url}`);
      const first = articles[0]!.blocks.find((b) => b.type === 'paragraph');
      const paragraph = page.locator('main p').filter({ hasText: first?.type === 'paragraph' ? first.text.slice(0, 8) : '(none)' }).first();
      const before = await paragraph.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
      const group = page.getByRole('group', { name: '字号' });
      await group.locator('label').last().click();
      await expect.poll(() => paragraph.evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBeGreaterThan(before);
      await expectFitsScreen(page, 'article at the largest text size');
      expect(problems).toEqual([]);
    } finally {
      await reader.context.close();
    }
  });

  test('remembers the choice on the next page when JavaScript is on', async () => {
    const reader = await openReader(site.browser, site.server.origin, { width: 1280 });
    try {
      const { page, problems } = reader;
      await page.goto(`${site.server.origin}${articles[0]!.url}`);
      const rootSize = () => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
      const before = await rootSize();
      await page.getByRole('group', { name: '字号' }).locator('label').last().click();
      await expect.poll(rootSize).toBeGreaterThan(before);
      const chosen = await rootSize();
      await follow(page, articles[1]!.url);
      expect(await rootSize()).toBe(chosen);
      expect(problems).toEqual([]);
    } finally {
      await reader.context.close();
    }
  });
});
