// axe-core in Debian's Chromium on the home page, the edition, its page and every
// article, on a phone in light and dark colour schemes and on a desktop: no violation.
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { useServedSite } from '../helpers/served-site.ts';
import { openReader, type Reader, type ReaderOptions } from '../helpers/reader.ts';
import { sampleArticles, SAMPLE_DATE } from '../helpers/sample.ts';
import { editionPath, pagePath } from '#src/site/paths.ts';

const PAGES = ['/', editionPath(SAMPLE_DATE), pagePath(SAMPLE_DATE, 1), ...sampleArticles().map((a) => a.url), '/archive/', '/archive/2026/04/', '/404.html'];
const SETTINGS: [string, ReaderOptions][] = [
  ['390 px, light', { width: 390, colorScheme: 'light' }],
  ['390 px, dark', { width: 390, colorScheme: 'dark' }],
  ['1280 px, light', { width: 1280, colorScheme: 'light' }],
];

const site = useServedSite();

/** axe-core's own script, evaluated in each page before the page's scripts (CSP does not apply to it). */
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

interface AxeResults {
  violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[];
  passes: unknown[];
}

describe.each(SETTINGS)('axe at %s', (_name, options) => {
  // One tab per setting, walked from page to page as a reader would: the reader's own
  // checks (console errors, failed requests, other origins) are read page by page.
  let reader: Reader;
  beforeAll(async () => {
    reader = await openReader(site.browser, site.server.origin, options);
    await reader.context.addInitScript({ path: AXE });
  });
  afterAll(async () => {
    await reader?.context.close();
  });
  test.each(PAGES.map((p) => [p]))('%s has no violation', async (path) => {
    reader.problems.length = 0;
    await reader.page.goto(`${site.server.origin}${path}`);
    // Rules run over the whole document; only the violations' nodes are collected.
    const results = await reader.page.evaluate(() => (window as unknown as { axe: { run(ctx: Document, o: object): Promise<unknown> } }).axe.run(document, { resultTypes: ['violations'] }));
    const { violations, passes } = results as AxeResults;
    expect(violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(', ')}`)).toEqual([]);
    expect(passes.length, 'axe ran its rules').toBeGreaterThan(10);
    expect(reader.problems).toEqual([]);
  });
});
