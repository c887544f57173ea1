// The page budgets of issue 3, measured on built HTML: no external JavaScript, each
// inline script under 2 KB, an article's HTML + CSS under 30 KB uncompressed, and
// nothing loaded or linked from another origin. `npm run budgets` prints these
// figures; tests/build/budgets.test.ts asserts the same limits with this module.
import { parse } from 'node-html-parser';
import type { SiteFiles } from './site-files.ts';
import { gzipSync } from 'node:zlib';
import { HANT_DATA_FILE, HANT_SWITCH_FILE, pageKind, servedFile, urlOfFile, type PageKind } from '#src/site/paths.ts';

/** 1 KB = 1024 bytes, as browsers' and Lighthouse's byte counts show them. */
export const LIMITS = {
  externalScripts: 0,
  inlineScriptBytes: 2 * 1024,
  articleHtmlCssBytes: 30 * 1024,
  /** What the 简/繁 switch loads when a reader picks 繁 (its script and the edition's data), gzip. */
  hantGzipBytes: 15 * 1024,
} as const;

/** One 繁體 data file and what switching costs with it: the data, and the data with the switch's script (gzip bytes). */
export interface HantMeasure {
  file: string;
  dataGzipBytes: number;
  withScriptGzipBytes: number;
}

/** Every 繁體 data file of the site (each edition's, and the site-wide pages'), measured. */
export function measureHant(site: SiteFiles): HantMeasure[] {
  const gz = (file: string) => gzipSync(site.read(file)).byteLength;
  const script = site.files.has(HANT_SWITCH_FILE) ? gz(HANT_SWITCH_FILE) : 0;
  return [...site.files]
    .filter((f) => f === HANT_DATA_FILE || f.endsWith(`/${HANT_DATA_FILE}`))
    .sort()
    .map((file) => ({ file, dataGzipBytes: gz(file), withScriptGzipBytes: gz(file) + script }));
}

export function hantViolations(m: HantMeasure): string[] {
  return m.withScriptGzipBytes > LIMITS.hantGzipBytes ? [`${m.file}: the 繁體 switch loads ${m.withScriptGzipBytes} B gzip with it; limit ${LIMITS.hantGzipBytes}`] : [];
}

export type PageMeasure = {
  file: string;
  kind: PageKind;
  htmlBytes: number;
  /** Bytes of the stylesheets the page links (each counted once per page). */
  cssBytes: number;
  /** Bytes of its `<style>` elements: already part of `htmlBytes`, shown apart for the record. */
  inlineCssBytes: number;
  /** Linked stylesheets that are not files of the site. */
  missingStylesheets: string[];
  /** Byte size of each inline `<script>` (JSON-LD included: it ships in the page too). */
  inlineScriptBytes: number[];
  /** `src` of every `<script src>`. */
  externalScripts: string[];
};

const bytes = (text: string) => Buffer.byteLength(text, 'utf8');

/** Measures one built HTML page of `site`. */
export function measurePage(site: SiteFiles, file: string): PageMeasure {
  const html = site.read(file);
  const root = parse(html, { blockTextElements: { script: true, style: true, noscript: true } });
  const pagePath = urlOfFile(file);
  const stylesheets = new Set<string>();
  const missingStylesheets: string[] = [];
  for (const link of root.querySelectorAll('link[href]')) {
    const rel = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    if (!rel.includes('stylesheet')) continue;
    const href = link.getAttribute('href')!;
    const url = new URL(href, `http://site.invalid${pagePath}`);
    const target = url.origin === 'http://site.invalid' ? servedFile(url.pathname, site.files) : undefined;
    if (target) stylesheets.add(target);
    else missingStylesheets.push(href);
  }
  const scripts = root.querySelectorAll('script');
  return {
    file,
    kind: pageKind(file),
    htmlBytes: bytes(html),
    cssBytes: [...stylesheets].reduce((sum, css) => sum + site.size(css), 0),
    inlineCssBytes: root.querySelectorAll('style').reduce((sum, style) => sum + bytes(style.innerHTML), 0),
    missingStylesheets,
    inlineScriptBytes: scripts.filter((s) => !s.hasAttribute('src')).map((s) => bytes(s.innerHTML)),
    externalScripts: scripts.filter((s) => s.hasAttribute('src')).map((s) => s.getAttribute('src')!),
  };
}

/** What a page breaks of the budgets, one sentence each; empty when within. */
export function budgetViolations(m: PageMeasure): string[] {
  const out: string[] = [];
  if (m.externalScripts.length > LIMITS.externalScripts) {
    out.push(`${m.file}: ${m.externalScripts.length} external script(s) (${m.externalScripts.join(', ')}); allowed ${LIMITS.externalScripts}`);
  }
  m.inlineScriptBytes.forEach((size, i) => {
    if (size >= LIMITS.inlineScriptBytes) out.push(`${m.file}: inline script #${i + 1} is ${size} bytes; limit < ${LIMITS.inlineScriptBytes}`);
  });
  if (m.kind === 'article' && m.htmlBytes + m.cssBytes >= LIMITS.articleHtmlCssBytes) {
    out.push(`${m.file}: HTML ${m.htmlBytes} + CSS ${m.cssBytes} = ${m.htmlBytes + m.cssBytes} bytes; limit < ${LIMITS.articleHtmlCssBytes}`);
  }
  if (m.missingStylesheets.length > 0) out.push(`${m.file}: stylesheet(s) not in the site: ${m.missingStylesheets.join(', ')}`);
  return out;
}

/** Pages the script budgets apply to: the reader's pages of an edition. */
export const BUDGETED_KINDS: readonly PageKind[] = ['home', 'edition', 'page', 'article'];

/**
 * URLs on another origin that a page loads or links to (src, srcset, href, poster,
 * CSS url()). The only absolute URLs allowed are the site's own in the metadata
 * that must be absolute: `<link rel="canonical">` and `<link rel="alternate">`
 * (meta `content` and JSON-LD are not loads and are not looked at here).
 */
export function foreignReferences(html: string, siteOrigin: string): string[] {
  const root = parse(html, { blockTextElements: { script: true, style: true, noscript: true } });
  const found: string[] = [];
  for (const el of root.querySelectorAll('*')) {
    const tag = el.tagName.toLowerCase();
    const rel = (el.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    for (const attribute of ['href', 'src', 'poster', 'data', 'action', 'formaction', 'srcset', 'imagesrcset']) {
      const value = el.getAttribute(attribute);
      if (value === undefined) continue;
      const urls = attribute.endsWith('srcset') ? value.split(',').map((c) => c.trim().split(/\s+/)[0] ?? '') : [value];
      for (const url of urls) {
        if (!isForeignUrl(url)) continue;
        const sameSiteMetadata =
          tag === 'link' && (rel.includes('canonical') || rel.includes('alternate')) && safeOrigin(url) === siteOrigin;
        if (!sameSiteMetadata) found.push(`<${tag} ${attribute}="${url}">`);
      }
    }
    const css = tag === 'style' ? el.innerHTML : (el.getAttribute('style') ?? '');
    for (const m of css.matchAll(/url\(\s*["']?((?:https?:)?\/\/[^"')]+)/gi)) found.push(`<${tag}> url(${m[1]})`);
    for (const m of css.matchAll(/@import\s+["']((?:https?:)?\/\/[^"']+)/gi)) found.push(`<${tag}> @import ${m[1]}`);
  }
  return found;
}

/** True for a URL that names a host: `https://…`, `http:…`, `//host/…`. */
export function isForeignUrl(url: string): boolean {
  const trimmed = url.trim();
  return /^(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(trimmed) || /^https?:/i.test(trimmed);
}

function safeOrigin(url: string): string | undefined {
  try {
    return new URL(url, 'https://protocol-relative.invalid').origin;
  } catch {
    return undefined;
  }
}
