// Built article page → the search record Pagefind gets: the text blocks a reader sees
// inside [data-pagefind-body] (less [data-pagefind-ignore]), and the meta and filters
// the page declares with Pagefind's attribute vocabulary (`key:value, key:value` for
// fixed values, `key` for an element's own text).
import { parse, type HTMLElement } from 'node-html-parser';

export interface SearchRecord {
  url: string;
  blocks: string[];
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

const BLOCKS = 'h1, h2, h3, h4, h5, h6, p, li, figcaption, dt, dd, td, th, blockquote';
const text = (el: HTMLElement) => el.textContent.replace(/\s+/gu, ' ').trim();

/** `date:2026-04-02, page:第01版 要闻` → pairs; a lone `column` → the element's text. */
function pairs(spec: string, el: HTMLElement): Array<[string, string]> {
  if (!spec.includes(':')) return [[spec.trim(), text(el)]];
  return spec.split(/,\s*(?=[A-Za-z_][\w-]*:)/u).map((part) => {
    const at = part.indexOf(':');
    return [part.slice(0, at).trim(), part.slice(at + 1).trim()];
  });
}

export function searchRecord(html: string, url: string): SearchRecord | undefined {
  const root = parse(html, { comment: false });
  const body = root.querySelector('[data-pagefind-body]');
  if (!body) return undefined;
  const meta: Record<string, string> = {};
  const filters: Record<string, string[]> = {};
  for (const el of [body, ...body.querySelectorAll('[data-pagefind-meta], [data-pagefind-filter]')]) {
    for (const [k, v] of pairs(el.getAttribute('data-pagefind-meta') ?? '', el)) if (k && v) meta[k] = v;
    for (const [k, v] of pairs(el.getAttribute('data-pagefind-filter') ?? '', el)) if (k && v) (filters[k] ??= []).push(v);
  }
  const title = body.querySelector('h1');
  if (title && !meta.title) meta.title = text(title);
  if (meta.subtitle) meta.subtitle = meta.subtitle.replace(/^——/u, '');
  for (const ignored of body.querySelectorAll('[data-pagefind-ignore]')) ignored.remove();
  const blocks = body
    .querySelectorAll(BLOCKS)
    .filter((el) => !el.querySelector(BLOCKS))
    .map(text)
    .filter(Boolean);
  return { url, blocks, meta, filters };
}
