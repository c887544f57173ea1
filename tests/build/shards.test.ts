// The archive built in two shards, separately (as two CI jobs would), and assembled
// into one site (src/build/shard.ts, src/build/assemble.ts): each shard holds only its
// year; the assembled site has both, its archive pages link across the shards with
// no broken link, and a search in Chromium spans both shards, whose index comes in
// several parts each (SEARCH_PART_ARTICLES=2): the newest year first, older years when
// the reader asks for more or the newest holds too few.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkLinks, formatBroken } from '../../scripts/lib/linkcheck.ts';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';
import { assemble } from '#src/build/assemble.ts';
import { parseManifest } from '#src/search/parts.ts';
import { buildFixture, removeFixture, writeFiles } from '../../scripts/lib/project-build.ts';
import { linksTo, readPage, siteOf } from '../helpers/built-site.ts';
import { launchChromium } from '../helpers/chromium.ts';
import { searchFor } from '../helpers/search.ts';
import { sampleArticles } from '../helpers/sample.ts';

/** Three editions at the end of 2025, two articles each, with words found nowhere else. */
const OLD_DATES = ['2025-11-30', '2025-12-30', '2025-12-31'];
const oldArticle = (date: string, order: number) =>
  `---\ntitle: 往期第${order}篇 ${date}\ndate: "${date}"\npage: 1\norder: ${order}\n---\n\n本报讯 舟山渔场${date.slice(5).replace('-', '月')}日开渔，${order === 1 ? '带鱼丰收' : '梭子蟹上市'}，沈家门码头一片繁忙。\n`;

/** Three January 2026 editions of five articles, sharing 沈家门码头 with 2025's: more than a screen of results. */
const NEW_DATES = ['2026-01-05', '2026-01-06', '2026-01-07'];
const newArticle = (date: string, order: number) =>
  `---\ntitle: 新年第${order}篇 ${date}\ndate: "${date}"\npage: 1\norder: ${order}\n---\n\n本报讯 新年伊始，沈家门码头第${order}号泊位迎来首批渔船。\n`;

async function addEditions(root: string): Promise<void> {
  const files: Record<string, string> = {};
  const edition = (date: string, make: (date: string, order: number) => string, orders: number[]) => {
    files[`content/editions/${date}/edition.yaml`] = `paper: 舟山日报\ndate: "${date}"\npages:\n  - number: 1\n    name: 要闻\n`;
    for (const order of orders) files[`content/editions/${date}/01-0${order}.md`] = make(date, order);
  };
  for (const date of OLD_DATES) edition(date, oldArticle, [1, 2]);
  for (const date of NEW_DATES) edition(date, newArticle, [1, 2, 3, 4, 5]);
  await writeFiles(root, files);
}

type Fixture = Awaited<ReturnType<typeof buildFixture>>;
let shard2025: Fixture;
let shard2026: Fixture;
let site: string;

beforeAll(async () => {
  const env = (year: string) => ({ SHARD: year, SEARCH_PART_ARTICLES: '2' });
  // One after the other: two builds at once would only fight over the 2 cores.
  shard2025 = await buildFixture('shard-2025', addEditions, env('2025'));
  if (!shard2025.ok) throw new Error(`shard 2025 failed:\n${shard2025.output}`);
  shard2026 = await buildFixture('shard-2026', addEditions, env('2026'));
  if (!shard2026.ok) throw new Error(`shard 2026 failed:\n${shard2026.output}`);
  site = join(shard2026.root, 'assembled');
  assemble([shard2026.outDir, shard2025.outDir], site);
}, 300_000);
afterAll(async () => {
  for (const f of [shard2025, shard2026]) if (f) await removeFixture(f.root);
});

const editionDirs = (dist: string) => readdirSync(dist).filter((d) => /^\d{4}$/u.test(d));

describe('each shard', () => {
  test('holds only its own year, and its own index parts', () => {
    expect(editionDirs(shard2025.outDir)).toEqual(['2025']);
    expect(editionDirs(shard2026.outDir)).toEqual(['2026']);
    const parts = (dist: string) => parseManifest(readFileSync(join(dist, 'pagefind', 'parts.json'), 'utf8'), dist).parts;
    // Parts of two articles, never cutting an edition: one part per edition here.
    expect(parts(shard2025.outDir).map((p) => p.from)).toEqual([...OLD_DATES].reverse());
    expect(parts(shard2026.outDir).map((p) => p.from)).toEqual(['2026-04-02', ...[...NEW_DATES].reverse()]);
  });

  test('still links the whole archive: 往期 lists the other shard’s months', () => {
    const archive = readPage(shard2025.outDir, '/archive/');
    expect(linksTo(archive.root, '/archive/', '/archive/2026/04/').length).toBeGreaterThan(0);
    expect(existsSync(join(shard2025.outDir, 'archive', '2026'))).toBe(false);
  });

  test('writes its own sitemap files', () => {
    expect(readdirSync(shard2025.outDir).filter((f) => f.startsWith('sitemap'))).toEqual(['sitemap-2025-0.xml', 'sitemap-2025-index.xml']);
    const urls = readFileSync(join(shard2025.outDir, 'sitemap-2025-0.xml'), 'utf8');
    expect(urls).toContain('/2025/12/31/');
    // Site-wide pages are the newest shard's to list.
    expect(urls).not.toMatch(/<loc>[^<]*\/archive\/<\/loc>/u);
  });
});

describe('the assembled site', () => {
  test('has both years, site-wide pages from the newest shard, and one manifest of every part', () => {
    expect(editionDirs(site)).toEqual(['2025', '2026']);
    expect(readFileSync(join(site, 'index.html'), 'utf8')).toContain('2026年4月2日');
    const parts = parseManifest(readFileSync(join(site, 'pagefind', 'parts.json'), 'utf8'), site).parts;
    expect(parts.map((p) => p.from)).toEqual(['2026-04-02', ...[...NEW_DATES].reverse(), ...[...OLD_DATES].reverse()]);
    for (const p of parts) expect(existsSync(join(site, 'pagefind', p.dir, 'pagefind-entry.json')), p.dir).toBe(true);
    const index = readFileSync(join(site, 'sitemap-index.xml'), 'utf8');
    expect(index).toContain('sitemap-2025-0.xml');
    expect(index).toContain('sitemap-2026-0.xml');
    expect(JSON.parse(readFileSync(join(site, 'build.json'), 'utf8'))).toMatchObject({ assembledFrom: ['2025', '2026'] });
  });

  test('its month pages link across the shards, and no link is broken', () => {
    const january = readPage(site, '/archive/2026/01/');
    expect(linksTo(january.root, '/archive/2026/01/', '/archive/2025/12/').length).toBeGreaterThan(0);
    const december = readPage(site, '/archive/2025/12/');
    expect(linksTo(december.root, '/archive/2025/12/', '/archive/2026/01/').length).toBeGreaterThan(0);
    const report = checkLinks(siteOf(site), { siteOrigins: ['https://zsdaily.example.com'] });
    expect(report.broken, formatBroken(report.broken)).toEqual([]);
    expect(report.internal).toBeGreaterThan(100);
  });

  test('refuses shards that overlap or are not shards, writing nothing', () => {
    const out = join(shard2026.root, 'never');
    expect(() => assemble([shard2025.outDir, shard2025.outDir], out)).toThrow(/cover the same year/u);
    expect(() => assemble([shard2025.outDir], site)).toThrow(/exists: choose a new --out folder/u);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(shard2026.root).filter((f) => f.includes('assembling'))).toEqual([]);
  });
});

describe('search over the assembled site, in Chromium', () => {
  let server: StaticServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await serveStatic(site);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test('the newest year first; 显示更多 reaches the other shard; a word only in the older shard is found at once', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    const asked: string[] = [];
    page.on('request', (r) => asked.push(new URL(r.url()).pathname));
    const olderYear = () => asked.filter((p) => p.startsWith('/pagefind/parts/2025-'));
    await page.goto(`${server.origin}/search/`);

    // 15 articles of January 2026 and 6 of 2025 hold 沈家门码头: more than a screen from 2026 alone.
    const first = await searchFor(page, '沈家门码头');
    expect(first).toHaveLength(15);
    expect(first.every((u) => u.startsWith('/2026/01/'))).toBe(true);
    expect(olderYear()).toEqual([]);
    expect(await page.locator('#search-status').textContent()).toBe('2026年以来找到 15 篇包含“沈家门码头”的文章；更早的报纸，点“显示更多”继续查找。');
    await page.locator('button.search-more').click();
    await page.waitForFunction(() => document.querySelector('#search-results')?.getAttribute('aria-busy') === 'false' && document.querySelectorAll('#search-results li').length > 15);
    const all = await page.locator('#search-results li.search-hit h2 a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(all.filter((u) => u.startsWith('/2026/'))).toHaveLength(15);
    expect(all.filter((u) => u.startsWith('/2025/'))).toHaveLength(6);
    expect(olderYear().length).toBeGreaterThan(0);
    expect(await page.locator('#search-status').textContent()).toBe('找到 21 篇包含“沈家门码头”的文章。');

    // A fresh page: a word only 2025 has is found without asking for more, Traditional spelling too.
    await page.goto(`${server.origin}/search/`);
    expect((await searchFor(page, '带鱼丰收')).sort()).toEqual(OLD_DATES.map((d) => `/${d.replaceAll('-', '/')}/01/01/`));
    expect((await searchFor(page, '帶魚豐收')).length).toBe(OLD_DATES.length);
    // Only in the sample, in the 2026 shard.
    const sample = sampleArticles().find((a) => a.data.title.includes('长护险')) ?? sampleArticles()[0]!;
    expect(await searchFor(page, '长护险')).toContain(sample.url);
    expect(errors).toEqual([]);
    await page.close();
  });
});
