// Reading offline on the served site: the service worker keeps an edition a reader
// opened (the page says 已离线保存), and once the connection drops the edition and
// its articles still open, each saying it is a saved copy; the home page served from
// the cache says it may not be the latest edition.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { REPO_ROOT } from '../../scripts/lib/project-build.ts';
import { useServedSite } from '../helpers/served-site.ts';
import { openReader } from '../helpers/reader.ts';
import { sampleArticles, SAMPLE_DATE } from '../helpers/sample.ts';
import { editionPath } from '#src/site/paths.ts';

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
