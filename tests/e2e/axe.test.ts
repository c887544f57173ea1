// axe-core in Debian's Chromium on the home page, the edition, its page and every
// article, on a phone in light and dark colour schemes and on a desktop: no violation.
import AxeBuilder from '@axe-core/playwright';
import { describe, expect, test } from 'vitest';
import { useServedSite } from '../helpers/served-site.ts';
import { openReader, type ReaderOptions } from '../helpers/reader.ts';
import { sampleArticles, SAMPLE_DATE } from '../helpers/sample.ts';
import { editionPath, pagePath } from '#src/site/paths.ts';

const PAGES = ['/', editionPath(SAMPLE_DATE), pagePath(SAMPLE_DATE, 1), ...sampleArticles().map((a) => a.url), '/archive/', '/archive/2026/04/', '/404.html'];
const SETTINGS: [string, ReaderOptions][] = [
  ['390 px, light', { width: 390, colorScheme: 'light' }],
  ['390 px, dark', { width: 390, colorScheme: 'dark' }],
  ['1280 px, light', { width: 1280, colorScheme: 'light' }],
];

const site = useServedSite();

describe.each(SETTINGS)('axe at %s', (_name, options) => {
  test.each(PAGES.map((p) => [p]))('%s has no violation', async (path) => {
    const reader = await openReader(site.browser, site.server.origin, options);
    try {
      await reader.page.goto(`${site.server.origin}${path}`);
      const results = await new AxeBuilder({ page: reader.page }).analyze();
      const violations = results.violations.map(
        (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(', ')}`,
      );
      expect(violations).toEqual([]);
      expect(results.passes.length, 'axe ran its rules').toBeGreaterThan(10);
      expect(reader.problems).toEqual([]);
    } finally {
      await reader.context.close();
    }
  });
});
