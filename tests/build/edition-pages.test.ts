// The edition's front-page view, its page (版) and the home page, read from the
// built HTML: masthead, list of pages, banner, every article in reading order with
// its headline hierarchy, a short lead and a link; and the archive's calendar.
import { join } from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { expectInOrder, linksTo, readPage, squash, textOf, type BuiltPage } from '../helpers/built-site.ts';
import { leadWords, sampleArticles, sampleEdition, SAMPLE_DATE } from '../helpers/sample.ts';
import { editionPath, pagePath } from '#src/site/paths.ts';

const siteDir = inject('siteDir');
const articles = sampleArticles();
const edition = sampleEdition();
const EDITION = editionPath(SAMPLE_DATE);

/** Each article's head and lead, in reading order, as a reader scans the page. */
function frontSequence(withLead: boolean): string[] {
  return articles.flatMap((a) => {
    const head = [a.data.column, a.data.kicker, a.data.title, a.data.subtitle].filter((x): x is string => x !== undefined);
    return withLead ? [...head, leadWords(a)] : head;
  });
}

function expectArticleLinks(page: BuiltPage): void {
  for (const a of articles) {
    const links = linksTo(page.root, page.path, a.url);
    expect(links.length, `${page.path}: no link to ${a.url}`).toBeGreaterThan(0);
    expect(links.some((l) => textOf(l).includes(squash(a.data.title))), `${page.path}: the headline "${a.data.title}" links to ${a.url}`).toBe(true);
  }
}

describe.each([
  ['edition', EDITION],
  ['home (the latest edition)', '/'],
])('the %s front page', (_name, path) => {
  let page: BuiltPage;
  beforeAll(() => {
    page = readPage(siteDir, path);
  });

  test('a shared link shows the edition card: the masthead and date, a 1200×630 PNG of this site', async () => {
    const image = page.root.querySelector('meta[property="og:image"]')?.getAttribute('content') ?? '';
    const { pathname, origin } = new URL(image);
    expect(origin).toBe(new URL(page.root.querySelector('meta[property="og:url"]')!.getAttribute('content')!).origin);
    expect(pathname).toBe('/2026/04/02/share-card.png');
    const card = await sharp(join(siteDir, pathname)).metadata();
    expect([card.format, card.width, card.height]).toEqual(['png', 1200, 630]);
    expect(page.root.querySelector('meta[property="og:image:alt"]')?.getAttribute('content')).toBe('舟山日报 2026年4月2日');
  });

  test('has a masthead with the paper name, the date and its weekday', () => {
    const text = textOf(page.root.querySelector('main') ?? page.root);
    expectInOrder(text, [edition.paper, '2026年4月2日', '星期四'], path);
  });

  test('links the masthead date to the edition’s own shareable page', () => {
    expect(linksTo(page.root.querySelector('.masthead')!, path, EDITION)).toHaveLength(1);
  });

  test('gives the 农历 date correctly when it gives one', () => {
    // 2026-04-02 is 丙午年二月十五 in the almanac; ICU's Chinese calendar agrees.
    const parts = new Intl.DateTimeFormat('zh-CN-u-ca-chinese', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' })
      .formatToParts(new Date(`${SAMPLE_DATE}T00:00:00Z`));
    const part = (type: string) => parts.find((p) => p.type === type)?.value;
    expect([part('yearName'), part('month'), part('day')]).toEqual(['丙午', '二月', '15']);
    const text = textOf(page.root);
    if (text.includes('农历') || page.root.querySelector('[data-lunar]')) expect(text).toMatch(/二月(十五|15日?)/);
  });

  test('lists the pages of the edition as 第NN版 版名, each linking to its page', () => {
    for (const p of edition.pages) {
      const links = linksTo(page.root, path, pagePath(SAMPLE_DATE, p.number));
      expect(links.length, `${path}: no link to page ${p.number}`).toBeGreaterThan(0);
      const label = links.map((l) => textOf(l)).join('|');
      expect(label).toMatch(new RegExp(`第0?${p.number}版`));
      expect(textOf(page.root)).toContain(squash(p.name));
    }
  });

  test('shows each page banner', () => {
    for (const p of edition.pages) if (p.banner) expect(textOf(page.root)).toContain(squash(p.banner));
  });

  test('shows every article in reading order with 栏目, 引题, 主题, 副题 and a short lead', () => {
    expectInOrder(textOf(page.root.querySelector('main') ?? page.root), frontSequence(true), path);
  });

  test('links every headline to its article', () => expectArticleLinks(page));

  test('gives the lead story a heading of a higher rank than the others, or a larger one', () => {
    const headingOf = (title: string) =>
      page.root.querySelectorAll('h1, h2, h3, h4').find((h) => textOf(h).includes(squash(title)));
    const lead = headingOf(articles[0]!.data.title);
    const others = articles.slice(1).map((a) => headingOf(a.data.title));
    expect(lead, `${path}: the lead's headline is not a heading`).toBeDefined();
    others.forEach((h, i) => expect(h, `${path}: the headline of ${articles[i + 1]!.url} is not a heading`).toBeDefined());
    const rank = (h: NonNullable<typeof lead>) => Number(h.tagName.slice(1));
    // Same rank is allowed here: the browser test compares the rendered sizes.
    for (const h of others) expect(rank(lead!)).toBeLessThanOrEqual(rank(h!));
  });

  test('has no draft and no article of another edition', () => {
    const articleLinks = page.root
      .querySelectorAll('a[href]')
      .map((a) => new URL(a.getAttribute('href')!, `http://x${path}`).pathname)
      .filter((p) => /^\/\d{4}\/\d{2}\/\d{2}\/\d{2}\/\d{2}\/$/.test(p));
    expect(new Set(articleLinks)).toEqual(new Set(articles.map((a) => a.url)));
  });
});

describe('page 01 (版)', () => {
  const path = pagePath(SAMPLE_DATE, 1);
  let page: BuiltPage;
  beforeAll(() => {
    page = readPage(siteDir, path);
  });

  test('names itself 第01版 要闻 with its banner', () => {
    const text = textOf(page.root.querySelector('main') ?? page.root);
    const p1 = edition.pages.find((p) => p.number === 1)!;
    expect(text).toMatch(/第0?1版/);
    expect(text).toContain(squash(p1.name));
    if (p1.banner) expect(text).toContain(squash(p1.banner));
  });

  test('shows its articles in reading order with their headline hierarchy and lead', () => {
    expectInOrder(textOf(page.root.querySelector('main') ?? page.root), frontSequence(true), path);
  });

  test('links every headline to its article and back to the edition', () => {
    expectArticleLinks(page);
    expect(linksTo(page.root, path, EDITION).length).toBeGreaterThan(0);
  });

  test('links to no previous or next page: the sample edition has one page', () => {
    expect(page.root.querySelectorAll('a[rel~="prev"], a[rel~="next"]')).toEqual([]);
  });
});

describe('archive (往期)', () => {
  test('/archive/ lists the editions by month, linking to the month and to the edition', () => {
    const page = readPage(siteDir, '/archive/');
    expect(textOf(page.root)).toMatch(/2026年0?4月/);
    expect(linksTo(page.root, page.path, '/archive/2026/04/').length).toBeGreaterThan(0);
  });

  test('/archive/2026/04/ is a calendar of April 2026: days 1–30, the 2nd linking to its edition', () => {
    const page = readPage(siteDir, '/archive/2026/04/');
    const main = page.root.querySelector('main') ?? page.root;
    const dayCells = main
      .querySelectorAll('td, li, a, span, div, time, [role="gridcell"]')
      .filter((el) => el.querySelectorAll('td, li, div').length === 0)
      .map((el) => textOf(el))
      .filter((t) => /^\d{1,2}$/.test(t))
      .map(Number);
    const days = new Set(dayCells);
    for (let d = 1; d <= 30; d++) expect(days.has(d), `day ${d} is missing from the calendar`).toBe(true);
    expect(days.has(31), 'April has no 31st').toBe(false);
    const toEdition = linksTo(main, page.path, EDITION);
    expect(toEdition.map((a) => textOf(a))).toContain('2');
    // Days without an edition are not links.
    const dayLinks = main.querySelectorAll('a').filter((a) => /^\d{1,2}$/.test(textOf(a)));
    expect(dayLinks.map((a) => textOf(a))).toEqual(['2']);
  });

  test('the edition is reachable from the home page through 往期', () => {
    const home = readPage(siteDir, '/');
    expect(linksTo(home.root, '/', '/archive/').length).toBeGreaterThan(0);
  });
});
