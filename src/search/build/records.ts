// Built article page + its search meta → the search record Pagefind gets. Only the
// text is read from the page: the blocks a reader sees inside [data-pagefind-body],
// less [data-pagefind-ignore] (the date line, jump lines). The meta and filters come
// from the article's data (article-meta.ts), never parsed back out of the HTML.
import { parse, type HTMLElement } from 'node-html-parser';
import type { ArticleSearchMeta } from './article-meta.ts';

export interface SearchRecord extends ArticleSearchMeta {
  url: string;
  blocks: string[];
}

const BLOCKS = 'h1, h2, h3, h4, h5, h6, p, li, figcaption, dt, dd, td, th, blockquote';
const text = (el: HTMLElement) => el.textContent.replace(/\s+/gu, ' ').trim();

/**
 * The part of a page that can hold the article: its <main>. The <head> before it is
 * two thirds of a page (inline CSS, the CSP's hashes, JSON-LD) and parsing it took a
 * third of this step (measured); a page without <main> is parsed whole.
 */
function mainOf(html: string): string {
  const start = html.indexOf('<main');
  const end = html.lastIndexOf('</main>');
  return start >= 0 && end > start ? html.slice(start, end + '</main>'.length) : html;
}

/** The text blocks of a built article page, in reading order; undefined for a page that is no article. */
export function articleBlocks(html: string): string[] | undefined {
  const body = parse(mainOf(html), { comment: false }).querySelector('[data-pagefind-body]') ?? parse(html, { comment: false }).querySelector('[data-pagefind-body]');
  if (!body) return undefined;
  for (const ignored of body.querySelectorAll('[data-pagefind-ignore]')) ignored.remove();
  return body
    .querySelectorAll(BLOCKS)
    .filter((el) => !el.querySelector(BLOCKS))
    .map(text)
    .filter(Boolean);
}

export function searchRecord(html: string, url: string, { meta, filters }: ArticleSearchMeta): SearchRecord | undefined {
  const blocks = articleBlocks(html);
  return blocks && { url, blocks, meta, filters };
}
