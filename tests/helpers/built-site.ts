// Reading the built site in tests: a page by its URL, its text without layout
// whitespace, its links resolved to root-relative paths, and an order check that
// says which piece is missing or out of place.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { expect } from 'vitest';
import { servedFile } from '#src/site/paths.ts';
import { siteFromDir, type SiteFiles } from '../../scripts/lib/site-files.ts';

export type BuiltPage = { path: string; file: string; html: string; root: HTMLElement };

/** All whitespace removed: the site may break lines or add spaces where print has none. */
export const squash = (text: string) => text.replace(/\s+/g, '');

export function parseHtml(html: string): HTMLElement {
  return parse(html, { comment: false, blockTextElements: { script: true, style: true, noscript: true, pre: true } });
}

/** The page served at `urlPath`; fails the test, naming the URL, when there is none. */
export function readPage(siteDir: string, urlPath: string): BuiltPage {
  const site = siteOf(siteDir);
  const file = servedFile(urlPath, site.files);
  if (!file) throw new Error(`the built site has no page at ${urlPath} (looked in ${siteDir})`);
  const html = readFileSync(join(siteDir, file), 'utf8');
  return { path: urlPath, file, html, root: parseHtml(html) };
}

export function hasFile(siteDir: string, rel: string): boolean {
  return existsSync(join(siteDir, rel));
}

const sites = new Map<string, SiteFiles>();
export function siteOf(siteDir: string): SiteFiles {
  let site = sites.get(siteDir);
  if (!site) sites.set(siteDir, (site = siteFromDir(siteDir)));
  return site;
}

/** Text of an element with scripts and styles left out, whitespace removed. */
export function textOf(el: HTMLElement): string {
  const clone = parseHtml(el.outerHTML);
  for (const drop of clone.querySelectorAll('script, style, noscript, template')) drop.remove();
  return squash(clone.textContent);
}

/** Root-relative path (with #fragment if any) of every `<a href>` under `el`. */
export function linkPaths(el: HTMLElement, pagePath: string): string[] {
  return el.querySelectorAll('a[href]').map((a) => {
    const url = new URL(a.getAttribute('href')!, `http://site.invalid${pagePath}`);
    return url.origin === 'http://site.invalid' ? url.pathname + url.hash : url.href;
  });
}

/** The `<a>` elements under `el` whose href resolves to `target` (a root-relative path). */
export function linksTo(el: HTMLElement, pagePath: string, target: string): HTMLElement[] {
  return el.querySelectorAll('a[href]').filter((a) => {
    const url = new URL(a.getAttribute('href')!, `http://site.invalid${pagePath}`);
    return url.origin === 'http://site.invalid' && url.pathname === target;
  });
}

/**
 * Asserts that each piece occurs in `text`, each after the previous one (both
 * squashed). The failure names the first piece not found after its predecessor.
 */
export function expectInOrder(text: string, pieces: readonly string[], where: string): void {
  const haystack = squash(text);
  let at = 0;
  let previous = '(start)';
  for (const raw of pieces) {
    const piece = squash(raw);
    const found = haystack.indexOf(piece, at);
    if (found < 0) {
      const anywhere = haystack.indexOf(piece);
      expect.fail(
        anywhere < 0
          ? `${where}: "${raw}" is missing`
          : `${where}: "${raw}" appears (at ${anywhere}) but not after "${previous}" (which ends at ${at}): reading order is wrong`,
      );
    }
    at = found + piece.length;
    previous = raw;
  }
}
