// Root-relative URLs → URLs relative to the page that holds them, so one dist/ works
// from a CDN (at any path) and from disk. Run once over the built HTML (see
// src/integrations/offline.ts): the pages and src/lib/urls.ts keep writing
// root-relative paths, and this is the one place that turns them relative.

/** The folder of a page's URL path: `/a/b/` → `/a/b/`, `/a/x.html` → `/a/`. */
function folderOf(pagePath: string): string[] {
  const parts = pagePath.split('/').slice(1);
  parts.pop(); // the file name, or '' after the trailing slash
  return parts;
}

/**
 * `to` (root-relative, may carry ?query and #hash) as seen from the page at
 * `pagePath`: `/2026/04/02/` → `/archive/` is `../../../archive/`; the page itself
 * is `./`. Anything that is not root-relative (`//host`, `https:`, `#x`) is returned as is.
 */
export function relativeUrl(pagePath: string, to: string): string {
  if (!to.startsWith('/') || to.startsWith('//')) return to;
  const cut = to.search(/[?#]/u);
  const path = cut < 0 ? to : to.slice(0, cut);
  const rest = cut < 0 ? '' : to.slice(cut);
  const from = folderOf(pagePath);
  const target = path.split('/').slice(1);
  const file = target.pop() ?? '';
  let same = 0;
  while (same < from.length && same < target.length && from[same] === target[same]) same++;
  const up = '../'.repeat(from.length - same);
  const down = target.slice(same).map((s) => `${s}/`).join('');
  const rel = `${up}${down}${file}`;
  return `${rel === '' ? './' : rel}${rest}`;
}

/** Attributes that hold a URL the browser follows or loads. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'poster', 'srcset', 'imagesrcset']);
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
