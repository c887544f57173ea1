// Internal link checker over a built site: every href, src, srcset, poster and
// `url()` that points inside the site must name a file of the site (and, with a
// #fragment, an element id of that page). Links to other origins are counted, not
// followed; form actions are out of scope (the search page is another issue's).
import { parse, type HTMLElement } from 'node-html-parser';
import type { SiteFiles } from './site-files.ts';
import { servedFile, urlOfFile } from '#src/site/paths.ts';

/** One URL found in a file, with where it was found. */
export type Reference = { tag: string; attribute: string; url: string };

export type Broken = Reference & { source: string; reason: string };

export type LinkReport = {
  /** HTML and CSS files read. */
  filesChecked: number;
  /** References resolved inside the site. */
  internal: number;
  /** References to other origins (not followed). */
  external: string[];
  broken: Broken[];
};

export type Resolution =
  | { kind: 'internal'; path: string; fragment: string }
  | { kind: 'external'; url: string }
  | { kind: 'ignored'; reason: string };

const URL_ATTRIBUTES = ['href', 'src', 'poster', 'data'] as const;

/** Meta tags whose `content` is a URL of the page or its picture. */
const URL_METAS = new Set(['og:url', 'og:image', 'og:image:url', 'og:image:secure_url', 'twitter:image']);

/** The URLs of a `srcset` (each candidate is `url [descriptor]`). */
export function srcsetUrls(srcset: string): string[] {
  return srcset
    .split(/,\s+|,(?=\S+\s)/)
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter((url) => url !== '');
}

/** The URLs of a stylesheet: `url(...)` and `@import "..."`. */
export function cssUrls(css: string): string[] {
  const urls: string[] = [];
  const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, '');
  for (const m of withoutComments.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)'"\s]*))\s*\)/gi)) {
    urls.push(m[1] ?? m[2] ?? m[3] ?? '');
  }
  for (const m of withoutComments.matchAll(/@import\s+(?:"([^"]*)"|'([^']*)')/gi)) urls.push(m[1] ?? m[2] ?? '');
  return urls.filter((url) => url !== '');
}

function parseHtml(html: string): HTMLElement {
  return parse(html, { comment: false, blockTextElements: { script: true, style: true, noscript: true, pre: true } });
}

/** Every URL an HTML page refers to, in document order by kind. */
export function htmlReferences(html: string): Reference[] {
  const root = parseHtml(html);
  const refs: Reference[] = [];
  for (const el of root.querySelectorAll('*')) {
    const tag = el.tagName.toLowerCase();
    for (const attribute of URL_ATTRIBUTES) {
      const value = el.getAttribute(attribute);
      if (value === undefined) continue;
      if (attribute === 'data' && tag !== 'object') continue;
      if (tag === 'base') continue; // not a reference: it changes how the others resolve
      refs.push({ tag, attribute, url: value });
    }
    for (const attribute of ['srcset', 'imagesrcset']) {
      const value = el.getAttribute(attribute);
      if (value !== undefined) for (const url of srcsetUrls(value)) refs.push({ tag, attribute, url });
    }
    const style = el.getAttribute('style');
    if (style) for (const url of cssUrls(style)) refs.push({ tag, attribute: 'style', url });
    if (tag === 'style') for (const url of cssUrls(el.textContent)) refs.push({ tag, attribute: 'url()', url });
    if (tag === 'meta') {
      const name = el.getAttribute('property') ?? el.getAttribute('name') ?? '';
      const content = el.getAttribute('content');
      if (URL_METAS.has(name.toLowerCase()) && content) refs.push({ tag, attribute: `content (${name})`, url: content });
    }
  }
  return refs;
}

/** The ids (and `<a name>`s) a page defines, for #fragment links. */
export function anchorsOf(html: string): Set<string> {
  const root = parseHtml(html);
  const anchors = new Set<string>();
  for (const el of root.querySelectorAll('[id]')) anchors.add(el.getAttribute('id')!);
  for (const el of root.querySelectorAll('a[name]')) anchors.add(el.getAttribute('name')!);
  return anchors;
}

/** The `<base href>` of a page, if it has one. */
function baseHrefOf(html: string): string | undefined {
  return parseHtml(html).querySelector('base[href]')?.getAttribute('href');
}

const PLACEHOLDER_ORIGIN = 'http://site.invalid';

/**
 * Where a reference found on the page served at `pagePath` points. URLs on one of
 * `siteOrigins` (the configured site URL, used by canonical links) count as internal.
 */
export function resolveReference(raw: string, pagePath: string, siteOrigins: readonly string[] = []): Resolution {
  const url = raw.trim();
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
  if (scheme && scheme !== 'http' && scheme !== 'https') return { kind: 'ignored', reason: `${scheme}: URL` };
  let resolved: URL;
  try {
    resolved = new URL(url, PLACEHOLDER_ORIGIN + pagePath);
  } catch {
    return { kind: 'internal', path: `(unparseable URL ${url})`, fragment: '' };
  }
  const internal = resolved.origin === PLACEHOLDER_ORIGIN || siteOrigins.includes(resolved.origin);
  if (!internal) return { kind: 'external', url };
  return { kind: 'internal', path: resolved.pathname, fragment: resolved.hash.replace(/^#/, '') };
}

/** Checks every HTML and CSS file of a site; pure given `site`. */
export function checkLinks(site: SiteFiles, options: { siteOrigins?: readonly string[] } = {}): LinkReport {
  const siteOrigins = options.siteOrigins ?? [];
  const report: LinkReport = { filesChecked: 0, internal: 0, external: [], broken: [] };
  const anchorCache = new Map<string, Set<string>>();
  const anchors = (file: string) => {
    let set = anchorCache.get(file);
    if (!set) anchorCache.set(file, (set = anchorsOf(site.read(file))));
    return set;
  };

  for (const source of [...site.files].sort()) {
    const isHtml = source.endsWith('.html');
    if (!isHtml && !source.endsWith('.css')) continue;
    report.filesChecked++;
    const text = site.read(source);
    const pagePath = urlOfFile(source);
    const base = isHtml ? baseHrefOf(text) : undefined;
    const basePath = base ? new URL(base, PLACEHOLDER_ORIGIN + pagePath).pathname : pagePath;
    const refs: Reference[] = isHtml ? htmlReferences(text) : cssUrls(text).map((url) => ({ tag: 'css', attribute: 'url()', url }));

    for (const ref of refs) {
      // A bare #fragment always refers to this document, whatever <base> says.
      const resolution = resolveReference(ref.url, ref.url.trim().startsWith('#') ? pagePath : basePath, siteOrigins);
      if (resolution.kind === 'ignored') continue;
      if (resolution.kind === 'external') {
        report.external.push(ref.url);
        continue;
      }
      report.internal++;
      const target = servedFile(resolution.path, site.files);
      if (!target) {
        report.broken.push({ ...ref, source, reason: `no file for ${resolution.path}` });
        continue;
      }
      const fragment = safeDecode(resolution.fragment);
      if (fragment !== '' && fragment !== 'top' && target.endsWith('.html') && !anchors(target).has(fragment)) {
        report.broken.push({ ...ref, source, reason: `${target} has no element with id "${fragment}"` });
      }
    }
  }
  return report;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** One line per broken reference: `source: <tag attribute="url"> → reason`. */
export function formatBroken(broken: readonly Broken[]): string {
  return broken.map((b) => `${b.source}: <${b.tag} ${b.attribute}="${b.url}"> → ${b.reason}`).join('\n');
}
