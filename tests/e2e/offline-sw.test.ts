// Reading offline on the served site: the service worker keeps an edition a reader
// opened (the page says 已离线保存), and once the connection drops the edition and
// its articles still open, each saying it is a saved copy; the home page served from
// the cache says it may not be the latest edition.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { REPO_ROOT } from '../../scripts/lib/project-build.ts';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';
import { useServedSite } from '../helpers/served-site.ts';
import { openReader } from '../helpers/reader.ts';
import { sampleArticles, SAMPLE_DATE } from '../helpers/sample.ts';
import { editionFolder, editionPath } from '#src/site/paths.ts';

const articles = sampleArticles();
const SHOTS = join(REPO_ROOT, 'tmp', 'screenshots');
const site = useServedSite();
beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
});

test('an edition opened online is kept whole and re-opens offline, marked as a saved copy', async () => {
  const reader = await openReader(site.browser, site.server.origin, { width: 390 });
  const { context, page, problems } = reader;
  try {
    await page.goto(`${site.server.origin}${editionPath(SAMPLE_DATE)}`);
    const saved = page.locator('[data-offline-edition]');
    await expect.poll(() => saved.isVisible(), { timeout: 20_000 }).toBe(true);
    expect(await saved.textContent()).toContain('已离线保存');
    expect(await page.locator('a[data-download]').textContent()).toContain('下载本期（离线阅读）');
    // Fresh from the network: no saved-copy notice.
    expect(await page.locator('[data-offline-notice]').isVisible()).toBe(false);
    await page.screenshot({ path: join(SHOTS, 'edition-offline-saved.png'), fullPage: false });
    // The first page only installs the worker; from now on what the reader opens is kept.
    await page.goto(`${site.server.origin}/`);
    expect(await page.locator('[data-offline-notice]').isVisible()).toBe(false);
    expect(problems).toEqual([]);

    await context.setOffline(true);
    await page.goto(`${site.server.origin}${editionPath(SAMPLE_DATE)}`);
    await expect.poll(() => page.locator('h1').first().innerText()).toContain('舟山日报');
    const notice = page.locator('[data-offline-notice]');
    expect(await notice.isVisible()).toBe(true);
    expect(await notice.innerText()).toContain('可能不是最新内容');
    expect(await page.locator('[data-offline-edition]').isVisible()).toBe(true);
    await page.screenshot({ path: join(SHOTS, 'edition-offline-copy.png'), fullPage: false });

    // An article of that edition never opened before: kept with the edition.
    const last = articles.at(-1)!;
    await page.goto(`${site.server.origin}${last.url}`);
    expect(await page.locator('h1').innerText()).toContain(last.data.title.slice(0, 6));
    expect(await page.locator('[data-offline-notice]').isVisible()).toBe(true);

    // The home page from the cache never passes for today's paper.
    await page.goto(`${site.server.origin}/`);
    expect(await page.locator('[data-offline-notice]').innerText()).toContain('今日首页也未必是最新一期');
  } finally {
    await context.setOffline(false);
    await context.close();
  }
});

/**
 * The worker's save, asked the way the edition page asks it, on a copy of the site the
 * test can change: a page that answers 404, an article added to the edition.
 */
describe('an edition is marked saved only when every file of it was stored, and saved again when its files change', () => {
  let copyDir: string;
  let server: StaticServer;
  beforeAll(async () => {
    copyDir = mkdtempSync(join(tmpdir(), 'sw-site-'));
    cpSync(inject('siteDir'), copyDir, { recursive: true });
    server = await serveStatic(copyDir);
  });
  afterAll(async () => {
    await server?.close();
    rmSync(copyDir, { recursive: true, force: true });
  });

  const manifestFile = () => join(copyDir, `${editionFolder(SAMPLE_DATE)}/offline.json`);
  const ask = (page: Page) =>
    page.evaluate(async (edition) => {
      const worker = (await navigator.serviceWorker.ready).active!;
      return new Promise<boolean>((answer) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = (event) => answer((event.data as { saved: boolean }).saved);
        worker.postMessage({ save: edition }, [channel.port2]);
      });
    }, editionFolder(SAMPLE_DATE));
  const cached = (page: Page, path: string) => page.evaluate(async (url) => (await caches.match(url)) !== undefined, new URL(path, server.origin).href);

  test('one page answering 404 leaves the edition unsaved; once it answers, it is saved; an added article is saved with it', async () => {
    const reader = await openReader(site.browser, server.origin, { width: 390 });
    const { context, page } = reader;
    const last = articles.at(-1)!;
    const lastFile = join(copyDir, last.url, 'index.html');
    const kept = readFileSync(lastFile);
    try {
      rmSync(lastFile);
      await page.goto(`${server.origin}${editionPath(SAMPLE_DATE)}`);
      expect(await ask(page)).toBe(false);
      expect(await cached(page, `/${editionFolder(SAMPLE_DATE)}/offline.json`)).toBe(false);
      await page.reload();
      await page.waitForTimeout(1_000);
      expect(await page.locator('[data-offline-edition]').isVisible()).toBe(false);

      writeFileSync(lastFile, kept);
      expect(await ask(page)).toBe(true);
      expect(await cached(page, last.url)).toBe(true);

      // The edition gains an article: its offline.json lists one more page.
      const added = `${editionPath(SAMPLE_DATE)}01/99/`;
      mkdirSync(join(copyDir, added), { recursive: true });
      writeFileSync(join(copyDir, added, 'index.html'), kept);
      const manifest = JSON.parse(readFileSync(manifestFile(), 'utf8')) as { urls: string[] };
      writeFileSync(manifestFile(), JSON.stringify({ ...manifest, urls: [...manifest.urls, added.slice(1)] }));
      expect(await cached(page, added)).toBe(false);
      // The reader opens the edition again: the page has it saved, yet asks, and the worker saves the new list.
      await page.reload();
      await expect.poll(() => cached(page, added), { timeout: 15_000 }).toBe(true);
      expect(await page.locator('[data-offline-edition]').isVisible()).toBe(true);
    } finally {
      writeFileSync(lastFile, kept);
      await context.close();
    }
  });
});
