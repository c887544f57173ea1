// The search as a reader meets it, in Chromium on a phone and a desktop, on the site
// served over http AND opened from disk (file://, where the page falls back to the
// offline index): the same tests, the same answers. The header box on an article
// page leads to the search page with results; Traditional and full-width queries;
// filters narrow the list; the empty state says what to try; keyboard only; the
// 简/繁 switch on an article, an edition page and the results; no console error,
// failed request or other origin; axe finds no violation.
import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchChromium } from '../helpers/chromium.ts';
import type { Reader } from '../helpers/reader.ts';
import { sampleArticles } from '../helpers/sample.ts';
import { searchFor } from '../helpers/search.ts';
import { fileMode, httpMode, type SiteMode } from '../helpers/site-modes.ts';
import { HANT_STORAGE_KEY } from '#src/hant/page-parts.ts';

const articles = sampleArticles();
const byTitle = (part: string) => articles.find((a) => a.data.title.includes(part))!.url;
let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function finalList(reader: Reader): Promise<void> {
  await reader.page.waitForSelector('#search-results[aria-busy="false"][data-query]', { state: 'attached' });
}

describe.each(['http', 'file'] as const)('the site over %s', (modeName) => {
  let mode: SiteMode;
  beforeAll(async () => {
    mode = modeName === 'http' ? await httpMode(inject('siteDir')) : fileMode(inject('siteDir'));
  });
  afterAll(async () => {
    await mode?.close();
  });

  /** Where links lead, as site paths (`/2026/04/02/01/03/`), in either mode. */
  const linkPaths = async (links: import('playwright-core').Locator) =>
    (await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href))).map((href) => mode.pathOf(href));
  const search = async (reader: Reader, query: string) =>
    (await searchFor(reader.page, query)).map((path) => mode.pathOf(new URL(path, mode.url('/'))));

  describe.each([390, 1280])('at %i px', (width) => {
    let reader: Reader;
    beforeAll(async () => {
      reader = await mode.reader(browser, { width });
    });
    afterAll(async () => {
      expect(reader.problems).toEqual([]);
      await reader.context.close();
    });

    test('typing in the header box on an article page reaches the search page with results', async () => {
      const { page } = reader;
      await page.goto(mode.url(articles[0]!.url));
      // 手机扫码阅读: on a desktop's screen only, never on a phone, never on paper.
      const qr = page.locator('[data-share-qr]');
      expect(await qr.isVisible(), 'the QR code').toBe(width >= 1024);
      await page.emulateMedia({ media: 'print' });
      expect(await qr.isVisible(), 'the QR code in print').toBe(false);
      await page.emulateMedia({ media: 'screen' });
      await page.locator('#site-search').fill('长护险');
      await Promise.all([page.waitForURL((u) => mode.pathOf(u) === '/search/'), page.locator('#site-search').press('Enter')]);
      expect(new URL(page.url()).searchParams.get('q')).toBe('长护险');
      await finalList(reader);
      const hits = page.locator('#search-results li.search-hit');
      await expect.poll(() => hits.count()).toBe(1);
      expect(await linkPaths(hits.locator('h2 a'))).toEqual([byTitle('长护险')]);
      expect(await hits.locator('mark').first().textContent()).toBe('长护险');
      expect(await page.locator('#search-status').textContent()).toContain('找到 1 篇');
      expect(await hits.locator('.search-hit__meta').textContent()).toContain('2026年4月2日 · 第01版 要闻');
    });

    test('a shared link with a Traditional query finds the Simplified article', async () => {
      const { page } = reader;
      await page.goto(mode.url(`/search/?q=${encodeURIComponent('海員優先')}`));
      await finalList(reader);
      expect(await linkPaths(page.locator('#search-results li.search-hit h2 a'))).toEqual([byTitle('海员优先')]);
    });

    test('full-width letters and digits find the half-width text', async () => {
      expect(await search(reader, '５Ｇ＋ＡＲ')).toEqual([byTitle('六干')]);
    });

    test('filters narrow the results', async () => {
      const { page } = reader;
      const all = await search(reader, '记者');
      expect(all.length).toBe(5);
      // Closed until asked for: a first search does not load every part's filter values.
      expect(await page.locator('#search-filters select').count()).toBe(0);
      await page.locator('#search-filter-panel summary').click();
      const column = page.locator('#search-filters select[data-filter="column"]');
      await column.selectOption('聚力打好七大攻坚战·攻坚一线行');
      await page.waitForFunction(() => document.querySelector('#search-results')?.getAttribute('aria-busy') === 'false' && document.querySelectorAll('#search-results li').length === 1);
      expect(await linkPaths(page.locator('#search-results li.search-hit h2 a'))).toEqual([byTitle('芯片')]);
      expect(new URL(page.url()).searchParams.get('column')).toBe('聚力打好七大攻坚战·攻坚一线行');
      await column.selectOption('');
      await page.waitForFunction(() => document.querySelectorAll('#search-results li').length === 5);
    });

    test('a shared link with a filter opens the filters and applies it', async () => {
      const { page } = reader;
      const column = '聚力打好七大攻坚战·攻坚一线行';
      await page.goto(mode.url(`/search/?q=${encodeURIComponent('记者')}&column=${encodeURIComponent(column)}`));
      await finalList(reader);
      expect(await linkPaths(page.locator('#search-results li.search-hit h2 a'))).toEqual([byTitle('芯片')]);
      expect(await page.locator('#search-filter-panel').getAttribute('open')).not.toBeNull();
      expect(await page.locator('#search-filters select[data-filter="column"]').inputValue()).toBe(column);
    });

    test('no result: the status says so and what to try', async () => {
      expect(await search(reader, '火星基地')).toEqual([]);
      const status = await reader.page.locator('#search-status').textContent();
      expect(status).toContain('没有找到包含“火星基地”的文章');
      expect(status).toContain('换一个更短的词');
    });

    test('marks and quotes typed any way find the article; 显示更多 only when there is more', async () => {
      // A fresh page: the tests above leave a filter chosen.
      await reader.page.goto(mode.url('/search/'));
      const more = reader.page.locator('.search-more');
      for (const q of ['"长护险"', '「長護險」', '长护险。', '“长护 险”']) {
        expect(await search(reader, q), q).toEqual([byTitle('长护险')]);
        expect(await more.isVisible(), `${q}: every result is shown`).toBe(false);
      }
      expect(await search(reader, '火星基地')).toEqual([]);
      expect(await more.isVisible(), 'no result').toBe(false);
    });

    test('a query of any characters leaves the page working', async () => {
      const { page } = reader;
      // A link whose query is not UTF-8 (a lone surrogate's bytes): the browser reads U+FFFD.
      await page.goto(mode.url('/search/?q=%ED%A0%80%E9%95%BF'));
      await finalList(reader);
      expect(await page.locator('#search-status').textContent()).toContain('没有找到');
      const odd = ['"', '\\', '*', '"*"', '「」', `${'长护险'.repeat(166)}长护`, '<img src=x onerror=alert(1)>', '%E4%B8', '   '];
      for (const q of odd) await searchFor(page, q);
      expect(await page.locator('#search-status').textContent()).toBe('输入关键词开始搜索。');
      await searchFor(page, '"');
      expect(await page.locator('#search-status').textContent()).toContain('标点和引号不参与查找');
      expect(await search(reader, '长护险')).toEqual([byTitle('长护险')]);
    });

    test('axe finds no violation on the search page with results', async () => {
      await searchFor(reader.page, '医保');
      const { violations } = await new AxeBuilder({ page: reader.page }).analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  });

  test('简/繁: an article and an edition page switch to 繁體 and back, the choice survives a reload, search results follow', { retry: 1 }, async () => {
    const reader = await mode.reader(browser, { width: 1280 });
    const { page } = reader;
    const choose = async (script: 'hans' | 'hant') => {
      await page.locator(`label[for="zh-${script}"]`).click();
      await page.waitForSelector(`html[data-hant="${script === 'hant' ? 'on' : 'off'}"]`, { state: 'attached' });
    };
    // Once in about six runs on a loaded machine, and only over file://, a reload came back
    // unconverted (not reproduced in 65 scripted runs of the same steps): the state is put
    // in the error so that the next failure says why, and the test is tried once more.
    const converted = () =>
      page.waitForSelector('html[data-hant="on"]', { state: 'attached' }).catch(async (error: unknown) => {
        const state = await page.evaluate((key) => ({
          stored: (() => { try { return localStorage.getItem(key); } catch (e) { return `storage error: ${String(e)}`; } })(),
          hant: (document.getElementById('zh-hant') as HTMLInputElement | null)?.checked,
          scripts: [...document.scripts].map((s) => s.src).filter(Boolean),
          html: document.documentElement.dataset.hant ?? null,
        }), HANT_STORAGE_KEY);
        throw new Error(`${String(error)}\nstate after the reload: ${JSON.stringify(state)}`);
      });
    /** Each Simplified phrase is gone from the page and its Traditional form is there. */
    const expectHant = async (pairs: ReadonlyArray<readonly [string, string]>) => {
      const text = await page.locator('body').innerText();
      for (const [hans, hant] of pairs) {
        expect(text, `${hant} on ${page.url()}`).toContain(hant);
        expect(text, `${hans} left on ${page.url()}`).not.toContain(hans);
      }
    };
    // Headline, caption, box, body, byline, navigation, the QR line, the date line.
    const ARTICLE = [
      ['一目了然', '一目瞭然'], ['高端制造产业园', '高端製造產業園'], ['金富隆船舶设备项目', '金富隆船舶設備項目'], ['攻坚清单', '攻堅清單'],
      ['专精特新', '專精特新'], ['缘何四个月落户定海', '緣何四個月落戶定海'], ['记者', '記者'], ['舟山日报', '舟山日報'],
      ['要闻', '要聞'], ['字号', '字號'], ['手机扫码阅读', '手機掃碼閱讀'], ['阅读约', '閱讀約'],
    ] as const;
    const EDITION = [['长护险', '長護險'], ['海员优先', '海員優先'], ['农历', '農曆'], ['舟山日报', '舟山日報'], ['要闻', '要聞']] as const;

    await page.goto(mode.url(byTitle('芯片')));
    await page.waitForLoadState('load');
    // Until a reader picks 繁, the page loads nothing of the switch.
    expect(reader.requests.filter((u) => /hant/u.test(u))).toEqual([]);
    const simplified = await page.locator('main').innerText();
    expect(await page.locator('fieldset[data-zh-switch]').isVisible()).toBe(true);
    await choose('hant');
    await expectHant(ARTICLE);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-Hant');
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.map((v) => v.id), 'axe on the article in 繁體').toEqual([]);
    expect(await page.title()).toContain('項目');
    await page.reload();
    await converted();
    await expectHant(ARTICLE);
    expect(await page.locator('#zh-hant').isChecked()).toBe(true);
    await choose('hans');
    expect(await page.locator('main').innerText()).toBe(simplified);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');

    await page.goto(mode.url('/2026/04/02/'));
    // The edition's masthead and stories (online, 已离线保存 may appear meanwhile).
    const frontText = () => page.locator('main .masthead, main section.page-section').allInnerTexts();
    const front = await frontText();
    await choose('hant');
    await expectHant(EDITION);
    await page.goto(mode.url(`/search/?q=${encodeURIComponent('一目了然')}`));
    await converted();
    await finalList(reader);
    await expect.poll(() => page.locator('#search-results li.search-hit').innerText()).toContain('一目瞭然');
    expect(await page.locator('#search-results li.search-hit h2').innerText()).toBe('10億芯片封測項目緣何四個月落戶定海？');
    await page.goto(mode.url('/2026/04/02/'));
    await converted();
    await choose('hans');
    expect(await frontText()).toEqual(front);
    expect(reader.problems).toEqual([]);
    await reader.context.close();
  });

  test('keyboard only: Tab to the search box, type, Enter, Tab to the first result', async () => {
    const reader = await mode.reader(browser, { width: 1280 });
    const { page } = reader;
    await page.goto(mode.url('/'));
    for (let i = 0; i < 12 && (await page.evaluate(() => document.activeElement?.id)) !== 'site-search'; i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search');
    await page.keyboard.type('六横');
    await Promise.all([page.waitForURL((u) => mode.pathOf(u) === '/search/'), page.keyboard.press('Enter')]);
    await finalList(reader);
    await page.locator('#search-results li.search-hit h2 a').first().focus();
    expect(mode.pathOf(await page.evaluate(() => (document.activeElement as HTMLAnchorElement).href))).toBe(byTitle('海员优先'));
    expect(reader.problems).toEqual([]);
    await reader.context.close();
  });
});
