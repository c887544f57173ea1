// Every URL of the site and every file of the built site, in one place: pages, the
// build, the offline files, the search, the shards, the scripts and the tests all ask
// here (see docs/developers.md, "Site URLs"). Page paths are root-relative, end in a
// slash (Astro's build.format 'directory': `/a/b/` is the file `a/b/index.html`) and
// use only ASCII: the date, then page and order of two digits at least. The
// post-build makes them relative to each page (src/offline/build/relative.ts), so the
// same dist/ works from a CDN and from disk. Pure and free of Node built-ins: the
// browser bundles (search page, service worker, offline links) use it too.
import { pad2 } from '#src/content/defaults.ts';

/** Splits a `YYYY-MM-DD` edition date into its URL segments. */
export function dateSegments(date: string): { year: string; month: string; day: string } {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) throw new Error(`[site] expected a date written YYYY-MM-DD, got "${date}"`);
  return { year: m[1]!, month: m[2]!, day: m[3]! };
}

export const homePath = '/';
export const archivePath = '/archive/';
/** The header's GET form points here with `q`. */
export const searchPath = '/search/';
export const rssPath = '/rss.xml';
/** Served at any depth by a CDN for a missing page, so its links stay root-relative. */
export const NOT_FOUND_FILE = '404.html';

/** `/2026/04/02/`: the edition's front-page view. */
export function editionPath(date: string): string {
  const { year, month, day } = dateSegments(date);
  return `/${year}/${month}/${day}/`;
}

/** `/2026/04/02/01/`: one page (版) of an edition. */
export function pagePath(date: string, page: number): string {
  return `${editionPath(date)}${pad2(page)}/`;
}

/** `/2026/04/02/01/03/`: one article, by page and reading order. */
export function articlePath(date: string, page: number, order: number): string {
  return `${pagePath(date, page)}${pad2(order)}/`;
}

/** `/archive/2026/04/`: the calendar of one month. */
export function archiveMonthPath(year: number, month: number): string {
  return `${archivePath}${year}/${pad2(month)}/`;
}

/** The route params of `src/pages/[year]/[month]/[day]/…` for an edition date. */
export function editionParams(date: string): { year: string; month: string; day: string } {
  return dateSegments(date);
}

/** An absolute URL on `site` (Astro.site) for canonical links, feeds and JSON-LD. */
export function absoluteUrl(path: string, site: URL | string | undefined): string {
  return new URL(path, site ?? 'http://localhost/').href;
}

// ---- The built site's files -------------------------------------------------------

/** `2026-04-02` → `2026/04/02`: the edition's folder, below the site root. */
export const editionFolder = (date: string): string => date.replaceAll('-', '/');

/** An edition folder as the service worker is asked to keep it (`2026/04/02`). */
export const EDITION_FOLDER = /^\d{4}\/\d{2}\/\d{2}$/u;

/** `/a/b/` → `a/b/index.html`, `/x.svg?v=1` → `x.svg`; undefined for what is not root-relative. */
export function fileOfUrl(url: string): string | undefined {
  if (!url.startsWith('/') || url.startsWith('//')) return undefined;
  const path = decodeURI(url.replace(/[?#].*$/su, '')).slice(1);
  return path === '' || path.endsWith('/') ? `${path}index.html` : path;
}

/** `a/b/index.html` → `/a/b/`, `404.html` → `/404.html`: the URL a file is served at. */
export function urlOfFile(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/u, '$1')}`;
}

/**
 * The file a static host serves for a URL path, among `files`, or undefined. A path
 * without a trailing slash also finds `path/index.html` (hosts redirect it) and `path.html`.
 */
export function servedFile(path: string, files: ReadonlySet<string>): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return undefined;
  }
  const rel = decoded.replace(/^\/+/, '');
  const candidates = rel === '' || rel.endsWith('/') ? [`${rel}index.html`] : [rel, `${rel}/index.html`, `${rel}.html`];
  return candidates.find((candidate) => files.has(candidate));
}

export type PageKind = 'home' | 'edition' | 'page' | 'article' | 'archive' | 'other';

const EDITION_PAGE_FILE = /^(\d{4})\/(\d{2})\/(\d{2})\/index\.html$/u;
// Page and order have two digits or more: page 100 is `…/100/`.
const PAGE_PAGE_FILE = /^\d{4}\/\d{2}\/\d{2}\/\d{2,}\/index\.html$/u;
const ARTICLE_PAGE_FILE = /^\d{4}\/\d{2}\/\d{2}\/\d{2,}\/\d{2,}\/index\.html$/u;
const ARCHIVE_PAGE_FILE = /^archive\/(?:.+\/)?index\.html$/u;

/** What a built file is, from its path (`2026/04/02/01/03/index.html` is an article). */
export function pageKind(file: string): PageKind {
  if (file === 'index.html') return 'home';
  if (EDITION_PAGE_FILE.test(file)) return 'edition';
  if (PAGE_PAGE_FILE.test(file)) return 'page';
  if (ARTICLE_PAGE_FILE.test(file)) return 'article';
  if (ARCHIVE_PAGE_FILE.test(file)) return 'archive';
  return 'other';
}

/** `2026/04/02/index.html` → `2026-04-02`: the editions a built site has, oldest first. */
export function editionDates(files: Iterable<string>): string[] {
  return [...files].flatMap((f) => EDITION_PAGE_FILE.exec(f)?.slice(1, 4).join('-') ?? []).sort();
}

/** The article pages of a built site as their URLs (`/2026/04/02/01/03/`), in date order. */
export function articleUrls(files: Iterable<string>): string[] {
  return [...files].flatMap((f) => (pageKind(f) === 'article' ? [urlOfFile(f)] : [])).sort();
}

/** `/2026/04/02/zsdaily-2026-04-02.zip`: the edition to take away (pages, assets, offline search). */
export function editionZipPath(date: string): string {
  return `${editionPath(date)}${editionZipName(date)}`;
}

/** The zip's file name, also the folder it unpacks into (`zsdaily-2026-04-02`). */
export function editionZipName(date: string): string {
  return `zsdaily-${date}.zip`;
}

/** `/2026/04/02/share-card.png`: the picture a shared link of the edition shows when its article has no photo. */
export function shareCardPath(date: string): string {
  return `${editionPath(date)}share-card.png`;
}

/** What the service worker keeps of an edition: a list in the edition's folder. */
export const OFFLINE_MANIFEST = 'offline.json';

/** `/2026/04/02/offline.json`. */
export function editionManifestPath(date: string): string {
  return `${editionPath(date)}${OFFLINE_MANIFEST}`;
}

/** `2026/04/02/offline.json`, below the service worker's scope. */
export const manifestPathOf = (folder: string): string => `${folder}/${OFFLINE_MANIFEST}`;

/** The service worker, at the root so that its scope is the whole site. */
export const serviceWorkerPath = '/sw.js';

/** What a build holds (its shard and editions), read by `npm run assemble`. */
export const BUILD_INFO_FILE = 'build.json';

/** Every article's search meta and filters, written by the build for the post-build, which removes it. */
export const SEARCH_META_FILE = 'search-meta.json';

/** The search index: Pagefind's folder, with the parts below it. */
export const PAGEFIND_DIR = 'pagefind';
/** The parts' folder, relative to PAGEFIND_DIR: `parts/2016-01-01_2016-07-04/`. */
export const PARTS_SUBDIR = 'parts';
/** The manifest of the parts: pagefind/parts.json. */
export const MANIFEST_NAME = 'parts.json';
/** The Traditional → Simplified map for queries: pagefind/zh-charmap.json. */
export const CHAR_MAP_NAME = 'zh-charmap.json';
/** The classic script (built from src/search/browser/ui.ts) the search page runs, online and from disk. */
export const SEARCH_UI_FILE = 'search/search-ui.js';
/** Lists the editions whose offline index a copy of the site holds. */
export const EDITIONS_SCRIPT = 'search/editions.js';
/** Each edition's offline index, in the edition's folder (YYYY/MM/DD/search-data.js). */
export const SEARCH_DATA_FILE = 'search-data.js';

/** Each edition's 繁體 data (YYYY/MM/DD/zh-hant.js), and the site-wide pages' at the root. */
export const HANT_DATA_FILE = 'zh-hant.js';
/** `/2026/04/02/zh-hant.js` for the pages of an edition; `/zh-hant.js` for the rest (home, archive, search). */
export function hantDataPath(date?: string): string {
  return date ? `${editionPath(date)}${HANT_DATA_FILE}` : `/${HANT_DATA_FILE}`;
}
/** The classic script (built from src/hant/browser/switch.ts) that the 简/繁 switch loads when used. */
export const HANT_SWITCH_FILE = 'hant-switch.js';

// ---- Links between pages ----------------------------------------------------------

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

/**
 * Opened from disk (file:), a link to a folder shows the folder's listing, not its
 * page: the browser does not serve index.html there as a CDN does. So under file:
 * folder links point at their index.html: `../01/` → `../01/index.html`,
 * `./?q=x` → `./index.html?q=x`; file links, fragments and other sites unchanged.
 */
export function fileHref(href: string): string {
  const cut = href.search(/[?#]/u);
  const path = cut < 0 ? href : href.slice(0, cut);
  if (path === '' || !(path.endsWith('/') || path === '.' || path === '..')) return href;
  if (/^[a-z][a-z\d+.-]*:/iu.test(path) && !path.toLowerCase().startsWith('file:')) return href;
  return `${path.endsWith('/') ? path : `${path}/`}index.html${cut < 0 ? '' : href.slice(cut)}`;
}
