// Chinese typography as the browser renders it (W3C clreq, GB/T 15834, issue 3):
// 2em first-line indent, no gap between paragraphs, line-height about 1.8, justified,
// strict line breaking, serif body and sans headings from system fonts, a
// comfortable measure on desktop; dark mode by prefers-color-scheme; print styles.
import type { Locator, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useServedSite } from '../helpers/served-site.ts';
import { openReader } from '../helpers/reader.ts';
import { sampleArticles } from '../helpers/sample.ts';

const article = sampleArticles()[0]!;
const paragraphs = article.blocks.flatMap((b) => (b.type === 'paragraph' ? [b.text] : []));

const site = useServedSite();

/** The body paragraph that starts with the words of the file's paragraph `i`. */
function bodyParagraph(page: Page, i: number): Locator {
  return page.locator('main p').filter({ hasText: paragraphs[i]!.slice(0, 12) }).first();
}

const style = (locator: Locator) =>
  locator.evaluate((el) => {
    const s = getComputedStyle(el);
    const r = el.getBoundingClientRect();
    return {
      fontSize: parseFloat(s.fontSize),
      lineHeight: parseFloat(s.lineHeight),
      textIndent: parseFloat(s.textIndent),
      textAlign: s.textAlign,
      lineBreak: s.getPropertyValue('line-break'),
      fontFamily: s.fontFamily,
      color: s.color,
      top: r.top,
      bottom: r.bottom,
      width: r.width,
    };
  });

/** The generic family a font stack falls back to (its last entry). */
const generic = (fontFamily: string) => fontFamily.split(',').at(-1)!.trim().replace(/["']/g, '');

/** Relative luminance of an `rgb(r, g, b)` colour, 0 (black) to 1 (white). */
function luminance(rgb: string): number {
  const [r, g, b] = (rgb.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
    const c = Number(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

describe.each([390, 1280])('an article at %i px', (width) => {
  test('sets body paragraphs the Chinese way', async () => {
    const reader = await openReader(site.browser, site.server.origin, { width });
    try {
      const { page } = reader;
      await page.goto(`${site.server.origin}${article.url}`);
      const [first, second] = [await style(bodyParagraph(page, 0)), await style(bodyParagraph(page, 1))];
      expect(first.textIndent / first.fontSize, 'first-line indent in em').toBeCloseTo(2, 1);
      expect(first.lineHeight / first.fontSize, 'line-height').toBeGreaterThanOrEqual(1.7);
      expect(first.lineHeight / first.fontSize, 'line-height').toBeLessThanOrEqual(2.0);
      expect(first.textAlign).toBe('justify');
      expect(first.lineBreak).toBe('strict');
      expect(second.top - first.bottom, 'gap between paragraphs (px)').toBeLessThan(1);
      expect(generic(first.fontFamily), `body font stack ${first.fontFamily}`).toBe('serif');
      const h1 = await style(page.locator('main h1'));
      expect(generic(h1.fontFamily), `headline font stack ${h1.fontFamily}`).toBe('sans-serif');
      if (width >= 1280) {
        // A comfortable measure: some 25–45 characters a line, not the window's width.
        expect(first.width / first.fontSize).toBeGreaterThanOrEqual(25);
        expect(first.width / first.fontSize).toBeLessThanOrEqual(45);
      }
      expect(reader.problems).toEqual([]);
    } finally {
      await reader.context.close();
    }
  });
});

test('follows the reader’s dark colour scheme, with light text on a dark page', async () => {
  const backgrounds: Record<string, number> = {};
  for (const colorScheme of ['light', 'dark'] as const) {
    const reader = await openReader(site.browser, site.server.origin, { width: 390, colorScheme });
    try {
      await reader.page.goto(`${site.server.origin}${article.url}`);
      const bg = await reader.page.evaluate(() => {
        for (const el of [document.body, document.documentElement]) {
          const c = getComputedStyle(el).backgroundColor;
          if (c !== 'rgba(0, 0, 0, 0)' && c !== 'transparent') return c;
        }
        return 'rgb(255, 255, 255)'; // the canvas default
      });
      backgrounds[colorScheme] = luminance(bg);
      const text = luminance((await style(bodyParagraph(reader.page, 0))).color);
      if (colorScheme === 'dark') expect(text).toBeGreaterThan(backgrounds.dark!);
      else expect(text).toBeLessThan(backgrounds.light!);
      expect(reader.problems).toEqual([]);
    } finally {
      await reader.context.close();
    }
  }
  expect(backgrounds.light!).toBeGreaterThan(0.7);
  expect(backgrounds.dark!).toBeLessThan(0.1);
});

test('prints an article without the search box and font-size control, with its text', async () => {
  const reader = await openReader(site.browser, site.server.origin, { width: 1280 });
  try {
    const { page } = reader;
    await page.goto(`${site.server.origin}${article.url}`);
    const search = page.locator('form[role="search"]');
    const fontSize = page.getByRole('group', { name: '字号' });
    expect(await search.isVisible()).toBe(true);
    await page.emulateMedia({ media: 'print' });
    expect(await search.isVisible(), 'search box in print').toBe(false);
    expect(await fontSize.isVisible(), 'font-size control in print').toBe(false);
    expect(await page.locator('main h1').isVisible()).toBe(true);
    expect(await bodyParagraph(page, 0).isVisible()).toBe(true);
  } finally {
    await reader.context.close();
  }
});
