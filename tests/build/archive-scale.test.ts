// "The archive stays usable with thousands of editions": a copy of the project with
// a thousand generated editions before the sample's. The archive index stays small,
// every month's calendar links each of its editions, the home page stays the latest
// edition, the feed stays short, and no link of the 3000-page site is broken.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { checkLinks, formatBroken } from '../../scripts/lib/linkcheck.ts';
import { buildFixture, removeFixture, writeFiles } from '../../scripts/lib/project-build.ts';
import { linksTo, readPage, siteOf, textOf } from '../helpers/built-site.ts';
import { sampleArticles, SAMPLE_DATE } from '../helpers/sample.ts';
import { editionPath } from '#src/site/paths.ts';

const EDITIONS = 1000;
const DAY = 86_400_000;
/** The generated dates: the thousand days before the sample's. */
const dates = Array.from({ length: EDITIONS }, (_, i) => new Date(Date.parse(`${SAMPLE_DATE}T00:00:00Z`) - (i + 1) * DAY).toISOString().slice(0, 10));
const allDates = [SAMPLE_DATE, ...dates];
const months = [...new Set(allDates.map((d) => d.slice(0, 7)))];

let fixture: Awaited<ReturnType<typeof buildFixture>>;
beforeAll(async () => {
  fixture = await buildFixture('archive-scale', async (root) => {
    const files: Record<string, string> = {};
    dates.forEach((date, i) => {
      files[`content/editions/${date}/edition.yaml`] = `paper: 舟山日报\ndate: "${date}"\npages:\n  - number: 1\n    name: 要闻\n`;
      files[`content/editions/${date}/01-01.md`] = `---\ntitle: 往期头条第${i + 1}篇\ndate: "${date}"\npage: 1\norder: 1\n---\n\n本报讯 这是往期报纸的一篇文章。\n`;
    });
    await writeFiles(root, files);
  });
  if (!fixture.ok) throw new Error(`build failed:\n${fixture.output}`);
}, 300_000);
afterAll(async () => {
  if (fixture) await removeFixture(fixture.root);
});

test('the archive index links every month and stays small', () => {
  const archive = readPage(fixture.outDir, '/archive/');
  for (const month of months) {
    expect(linksTo(archive.root, '/archive/', `/archive/${month.replace('-', '/')}/`).length, `no link to ${month}`).toBeGreaterThan(0);
  }
  // Months, not editions: the page does not grow with every day.
  expect(Buffer.byteLength(archive.html)).toBeLessThan(40 * 1024);
  expect(archive.root.querySelectorAll('a[href]').length).toBeLessThan(months.length + 40);
});

test('each month’s calendar links each of its editions, and only those', () => {
  for (const month of months) {
    const path = `/archive/${month.replace('-', '/')}/`;
    const page = readPage(fixture.outDir, path);
    const editionLinks = page.root
      .querySelectorAll('a[href]')
      .map((a) => new URL(a.getAttribute('href')!, `http://x${path}`).pathname)
      .filter((p) => /^\/\d{4}\/\d{2}\/\d{2}\/$/.test(p));
    const expected = allDates.filter((d) => d.startsWith(month)).map(editionPath);
    expect(new Set(editionLinks), path).toEqual(new Set(expected));
  }
});

test('the home page is still the latest edition', () => {
  const home = readPage(fixture.outDir, '/');
  expect(textOf(home.root)).toContain('2026年4月2日');
  for (const a of sampleArticles()) expect(linksTo(home.root, '/', a.url).length).toBeGreaterThan(0);
});

test('the feed carries the latest articles, not the whole archive', () => {
  const rss = siteOf(fixture.outDir).read('rss.xml');
  const items = rss.match(/<item>/g) ?? [];
  expect(items.length).toBeGreaterThanOrEqual(sampleArticles().length);
  expect(items.length).toBeLessThanOrEqual(100);
  for (const a of sampleArticles()) expect(rss).toContain(`${a.url}</link>`);
});

test('no link of the whole site is broken', () => {
  const report = checkLinks(siteOf(fixture.outDir));
  expect(report.filesChecked).toBeGreaterThan(3 * EDITIONS);
  expect(formatBroken(report.broken)).toBe('');
});
