// Root-relative URLs → URLs relative to the page that holds them, so one dist/ works
// from a CDN (at any path) and from disk. Run once over the built HTML by the
// post-build (src/build/part.ts, src/build/postbuild.ts): the pages and
// src/site/paths.ts keep writing root-relative paths, and this is the one place that
// turns a page's URLs relative.
import { relativeUrl } from '#src/site/paths.ts';

/**
 * Attributes that hold a URL the browser follows or loads; `data-hant-*` are the 繁體
 * switch's script and data (src/components/ScriptSwitch.astro), loaded when a reader switches.
 */
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'poster', 'srcset', 'imagesrcset', 'data-hant-src', 'data-hant-script']);
/** Elements whose content is raw text, never markup (skipped whole, bar their opening tag). */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title']);

const TAG = /<!--[\s\S]*?-->|<([a-zA-Z][\w-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*)\s*\/?>/gu;
const ATTRIBUTE = /(\s+)([^\s"'>/=]+)(\s*=\s*)("[^"]*"|'[^']*'|[^\s"'>]+)/gu;

/** Where a URL sits: `a`/`href`, `img`/`src`… (tag and attribute lower-cased). */
export type UrlMapper = (url: string, where: { tag: string; attribute: string }) => string;

function rewriteValue(tag: string, name: string, value: string, map: UrlMapper): string {
  const where = { tag, attribute: name };
  if (!name.endsWith('srcset')) return map(value, where);
  return value
    .split(',')
    .map((candidate) => candidate.replace(/^(\s*)(\S+)/u, (_m, space: string, url: string) => space + map(url, where)))
    .join(',');
}

/**
 * Rewrites every URL attribute of `html` with `map` (default: relative to the page at
 * `pagePath`). Script, style and other raw-text contents are left byte for byte, so
 * the CSP hashes Astro wrote stay valid; `<link rel=canonical|alternate>` stay absolute.
 */
export function relativizeHtml(html: string, pagePath: string, map: UrlMapper = (url) => relativeUrl(pagePath, url)): string {
  const lowered = html.toLowerCase();
  let out = '';
  let at = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    const [whole, tag, attributes = ''] = m;
    if (!tag) continue; // a comment
    const rewritten = attributes.replace(ATTRIBUTE, (all, space: string, name: string, eq: string, quoted: string) => {
      if (!URL_ATTRIBUTES.has(name.toLowerCase())) return all;
      const quote = quoted.startsWith('"') || quoted.startsWith("'") ? quoted[0]! : '';
      const value = quote ? quoted.slice(1, -1) : quoted;
      return `${space}${name}${eq}${quote}${rewriteValue(tag.toLowerCase(), name.toLowerCase(), value, map)}${quote}`;
    });
    out += `${html.slice(at, m.index)}<${tag}${rewritten}${whole.slice(1 + tag.length + attributes.length)}`;
    at = m.index + whole.length;
    const lower = tag.toLowerCase();
    if (RAW_TEXT.has(lower)) {
      const close = lowered.indexOf(`</${lower}`, at);
      const end = close < 0 ? html.length : close;
      out += html.slice(at, end);
      at = end;
      TAG.lastIndex = end;
    }
  }
  return out + html.slice(at);
}

/** Every URL attribute value of `html`, with where it sits. */
export function urlReferences(html: string): Array<{ url: string; tag: string; attribute: string }> {
  const found: Array<{ url: string; tag: string; attribute: string }> = [];
  relativizeHtml(html, '/', (url, where) => {
    found.push({ url, ...where });
    return url;
  });
  return found;
}
