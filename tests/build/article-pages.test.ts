// Every article of the sample edition, read from the built HTML: the printed head in
// order (栏目, 引题, 主题, 副题, byline), the body in file order (section labels,
// subheadings, paragraphs), captions as figures, boxes as <aside>, the jump line,
// the article's place in the edition and its metadata.
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { configuredSiteOrigin } from '../../scripts/lib/site-config.ts';
import { expectInOrder, linksTo, readPage, squash, textOf, type BuiltPage } from '../helpers/built-site.ts';
import { REPO_ROOT } from '../../scripts/lib/project-build.ts';
import { bylineNames, sampleArticles, sampleEdition, SAMPLE_DATE, type SampleArticle } from '../helpers/sample.ts';
import { editionPath, pagePath } from '#src/site/paths.ts';
import { decodeQrSvg } from '../helpers/qr.ts';

const siteDir = inject('siteDir');
const articles = sampleArticles();
const edition = sampleEdition();
let siteOrigin = '';
beforeAll(async () => {
  siteOrigin = (await configuredSiteOrigin(REPO_ROOT)) ?? '';
});

test('the sample edition has the five articles of page 1 these tests are written for', () => {
  expect(articles.map((a) => a.url)).toEqual([1, 2, 3, 4, 5].map((n) => `/2026/04/02/01/0${n}/`));
});

describe.each(articles.map((a) => [a.url, a] as const))('article %s', (url, article) => {
  let page: BuiltPage;
  let main: BuiltPage['root'];
  const { data } = article;
  beforeAll(() => {
    page = readPage(siteDir, url);
    main = page.root.querySelector('main') ?? page.root;
  });

  test('a shared link shows the headline, the lead, the date and, without a photo, the edition card', () => {
    const meta = (property: string) => page.root.querySelector(`meta[property="${property}"]`)?.getAttribute('content');
    expect(meta('og:type')).toBe('article');
    expect(meta('og:title')).toBe(data.title);
    expect(squash(meta('og:description') ?? '')).toBe(squash(page.root.querySelector('meta[name="description"]')?.getAttribute('content') ?? '-'));
    expect(meta('og:description')?.length).toBeGreaterThan(10);
    expect(meta('article:published_time')).toBe(`${SAMPLE_DATE}T00:00:00+08:00`);
    expect(meta('og:url')).toBe(`${siteOrigin}${url}`);
    expect(data.photos?.every((p) => p.src === undefined) ?? true, 'these sample articles have captions only').toBe(true);
    expect(meta('og:image')).toBe(`${siteOrigin}/2026/04/02/share-card.png`);
    expect([meta('og:image:width'), meta('og:image:height'), meta('og:image:type')]).toEqual(['1200', '630', 'image/png']);
  });

  test('on wide screens, a QR code (手机扫码阅读) of the canonical URL, hidden on phones and in print', async () => {
    const qr = page.root.querySelector('[data-share-qr]');
    expect(qr?.textContent).toBe('手机扫码阅读');
    const svg = qr?.querySelector('svg');
    expect(svg?.getAttribute('role')).toBe('img');
    expect(await decodeQrSvg(svg!.outerHTML)).toBe(`${siteOrigin}${url}`);
    expect(page.root.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`${siteOrigin}${url}`);
  });

  test('is a zh-CN page whose only h1 is the 主题', () => {
    expect(page.root.querySelector('html')?.getAttribute('lang')).toBe('zh-CN');
    const h1s = page.root.querySelectorAll('h1');
    expect(h1s.map((h) => textOf(h))).toEqual([squash(data.title)]);
  });

  test('shows 栏目, 引题, 主题, 副题 and byline in print order', () => {
    const head = [data.column, data.kicker, data.title, data.subtitle, data.byline].filter((x): x is string => x !== undefined);
    expectInOrder(textOf(main), head, url);
  });

  test('shows every body block in file order: section labels, subheadings, paragraphs', () => {
    const sequence = article.blocks.flatMap((b) => (b.type === 'aside' ? [] : [b.text]));
    expect(sequence.length).toBeGreaterThan(0);
    expectInOrder(textOf(main), [data.title, ...sequence], url);
  });

  test('makes each level-2 heading of the file a heading of the page, below the h1', () => {
    const headings = article.blocks.filter((b) => b.type === 'heading');
    const pageHeadings = main.querySelectorAll('h2, h3, h4').map((h) => textOf(h));
    for (const heading of headings) {
      // A section label (【一线探访】) may be shown without its brackets: its words must stay.
      const words = squash(heading.text);
      const bare = words.replace(/^【(.*)】$/, '$1');
      expect(pageHeadings.some((h) => h === words || h === bare), `${url}: no h2–h4 reads "${heading.text}" (headings: ${pageHeadings.join(' | ')})`).toBe(true);
    }
  });

  test('renders each 〈Aside〉 box as an <aside> with its title first, then its items in order', () => {
    const boxes = article.blocks.filter((b) => b.type === 'aside');
    const asides = main.querySelectorAll('aside');
    for (const box of boxes) {
      const aside = asides.find((a) => textOf(a).startsWith(squash(box.title)));
      expect(aside, `${url}: no <aside> starting with its title "${box.title}"`).toBeDefined();
      expectInOrder(textOf(aside!), [box.title, ...box.items], `${url} <aside>`);
    }
    // Nothing else of the body is put in a box.
    expect(asides.filter((a) => /box|aside/.test(a.getAttribute('class') ?? '') || a.hasAttribute('data-box')).length).toBe(boxes.length);
  });

  test('shows each photo caption as a <figure> with <figcaption>, in order, with no broken image', () => {
    const photos = data.photos ?? [];
    const figures = main.querySelectorAll('figure');
    expect(figures).toHaveLength(photos.length);
    figures.forEach((figure, i) => {
      const photo = photos[i]!;
      // The caption may carry a mark such as 图 before it; its words must end the figcaption.
      const caption = textOf(figure.querySelector('figcaption') ?? figure);
      expect(caption.endsWith(squash(photo.caption)), `${url}: figure ${i + 1} reads "${caption}", expected "${photo.caption}"`).toBe(true);
      const img = figure.querySelector('img');
      if (photo.src === undefined) expect(img, `${url}: figure ${i + 1} has no picture, so no <img>`).toBeNull();
      else expect(img?.getAttribute('alt')).toBe(photo.alt);
    });
    for (const img of page.root.querySelectorAll('img')) expect(img.getAttribute('src') ?? '').not.toBe('');
  });

  test('shows 下转/上接 as the print does, linking only to a page the edition has', () => {
    const text = textOf(main);
    const pages = new Set(edition.pages.map((p) => p.number));
    for (const [field, word] of [['continuedOn', '下转'], ['continuedFrom', '上接']] as const) {
      const n = data[field];
      const pattern = new RegExp(`${word}第0?(\\d+)版`, 'g');
      const shown = [...text.matchAll(pattern)].map((m) => Number(m[1]));
      expect(shown, `${url}: ${field}`).toEqual(n === undefined ? [] : [n]);
      if (n === undefined) continue;
      const otherPageLinks = main.querySelectorAll('a').filter((a) => new RegExp(`${word}第0?${n}版`).test(textOf(a)));
      expect(otherPageLinks.length, `${url}: ${word}第${n}版 is a link exactly when page ${n} exists`).toBe(pages.has(n) ? 1 : 0);
    }
    if (data.continuedOn !== undefined) {
      // 下转 closes the first part: it comes after the last paragraph.
      const last = article.blocks.filter((b) => b.type === 'paragraph').at(-1)!;
      expectInOrder(text, [last.type === 'paragraph' ? last.text : '', `下转第`], url);
    }
  });

  test('names its date and page (第N版 版名) and its reading time in minutes', () => {
    const text = textOf(main);
    const pageName = edition.pages.find((p) => p.number === data.page)!.name;
    // 版次 with two digits, then the page's own name (article-format.md, "Page data"); textOf drops spaces.
    expect(text).toContain(`第${String(data.page).padStart(2, '0')}版${pageName}`);
    expect(page.root.querySelector(`main time[datetime^="${SAMPLE_DATE}"]`), `${url}: no <time> with the edition date`).not.toBeNull();
    expect(text).toContain('2026年4月2日');
    const minutes = /(\d+)\s*分钟/.exec(text);
    expect(minutes, `${url}: no reading time (…分钟)`).not.toBeNull();
    // Chinese is read at roughly 300–500 characters a minute.
    const chars = squash(article.blocks.map((b) => (b.type === 'aside' ? b.title + b.items.join('') : b.text)).join('')).length;
    expect(Number(minutes![1])).toBeGreaterThanOrEqual(Math.max(1, Math.floor(chars / 600)));
    expect(Number(minutes![1])).toBeLessThanOrEqual(Math.ceil(chars / 250));
  });

  test('links to the previous and next article of the edition and back to the edition', () => {
    const index = articles.indexOf(article);
    const prev: SampleArticle | undefined = articles[index - 1];
    const next: SampleArticle | undefined = articles[index + 1];
    const relPrev = page.root.querySelectorAll('a[rel~="prev"]');
    const relNext = page.root.querySelectorAll('a[rel~="next"]');
    if (prev) expect(linksTo(main, url, prev.url).length, `${url}: link to previous ${prev.url}`).toBeGreaterThan(0);
    if (next) expect(linksTo(main, url, next.url).length, `${url}: link to next ${next.url}`).toBeGreaterThan(0);
    // rel=prev/next, when used, point where they say.
    for (const a of relPrev) expect(linksTo(a.parentNode!, url, prev?.url ?? '(none)')).toContain(a);
    for (const a of relNext) expect(linksTo(a.parentNode!, url, next?.url ?? '(none)')).toContain(a);
    expect(linksTo(page.root, url, editionPath(SAMPLE_DATE)).length, `${url}: link back to the edition`).toBeGreaterThan(0);
    expect(linksTo(page.root, url, pagePath(SAMPLE_DATE, data.page)).length, `${url}: link to its page`).toBeGreaterThan(0);
  });

  test('has title, description from its text, canonical URL and Open Graph', () => {
    const head = page.root.querySelector('head')!;
    const canonical = `${siteOrigin}${url}`;
    expect(squash(head.querySelector('title')?.textContent ?? '')).toContain(squash(data.title));
    expect(head.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(canonical);
    expect(head.querySelector('meta[property="og:url"]')?.getAttribute('content')).toBe(canonical);
    expect(head.querySelector('meta[property="og:type"]')?.getAttribute('content')).toBe('article');
    expect(squash(head.querySelector('meta[property="og:title"]')?.getAttribute('content') ?? '')).toContain(squash(data.title));
    const description = squash(head.querySelector('meta[name="description"]')?.getAttribute('content') ?? '');
    expect(description.length).toBeGreaterThan(10);
    expect(description.length).toBeLessThanOrEqual(200);
    const body = squash(article.blocks.map((b) => (b.type === 'aside' ? b.items.join('') : b.text)).join(''));
    expect(body, `${url}: the description's opening should be the article's own words`).toContain(description.replace(/[…。]+$/, '').slice(0, 12));
  });

  test('carries JSON-LD NewsArticle with headline, date, authors from the byline and publisher', () => {
    const blocks = page.root.querySelectorAll('script[type="application/ld+json"]').map((s) => JSON.parse(s.textContent) as unknown);
    const all = blocks.flatMap((b) => {
      const o = b as { '@graph'?: unknown[] };
      return Array.isArray(o['@graph']) ? o['@graph'] : Array.isArray(b) ? b : [b];
    }) as Record<string, unknown>[];
    const news = all.find((o) => o['@type'] === 'NewsArticle');
    expect(news, `${url}: no NewsArticle JSON-LD`).toBeDefined();
    // Search engines cut long headlines: a shortened one must be the title's opening.
    const headline = squash(String(news!.headline)).replace(/…$/, '');
    expect(headline.length).toBeGreaterThan(4);
    expect(squash(data.title).startsWith(headline), `${url}: JSON-LD headline "${String(news!.headline)}"`).toBe(true);
    expect(String(news!.datePublished)).toMatch(/^2026-04-02/);
    const authors = JSON.stringify(news!.author ?? '');
    for (const name of bylineNames(data.byline ?? '')) expect(authors, `${url}: author ${name}`).toContain(name);
    expect(JSON.stringify(news!.publisher ?? '')).toContain(edition.paper);
  });
});
