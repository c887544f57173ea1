// Every URL of the site is built here, so the scheme lives in one place (see the
// README, "Site URLs"). Paths are root-relative, end in a slash (build.format
// 'directory') and use only ASCII: the date, then two-digit page and order. The
// built pages carry them relative to each page (src/integrations/offline.ts), so the
// same dist/ works from a CDN and from disk.

/** Two digits at least: 1 → "01", 12 → "12", 100 → "100". */
export function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/** Splits a `YYYY-MM-DD` edition date into its URL segments. */
export function dateSegments(date: string): { year: string; month: string; day: string } {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) throw new Error(`[site] expected a date written YYYY-MM-DD, got "${date}"`);
  return { year: m[1]!, month: m[2]!, day: m[3]! };
}

export const homePath = '/';
export const archivePath = '/archive/';
/** Reserved for the search issue; the header's GET form points here with `q`. */
export const searchPath = '/search/';
export const rssPath = '/rss.xml';

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

/** `/2026/04/02/zsdaily-2026-04-02.zip`: the edition to take away (pages, assets, offline search). */
export function editionZipPath(date: string): string {
  return `${editionPath(date)}${editionZipName(date)}`;
}

/** The zip's file name, also the folder it unpacks into (`zsdaily-2026-04-02`). */
export function editionZipName(date: string): string {
  return `zsdaily-${date}.zip`;
}

/** `/2026/04/02/offline.json`: what the service worker keeps of an edition (see src/lib/offline). */
export function editionManifestPath(date: string): string {
  return `${editionPath(date)}offline.json`;
}

/** The service worker, at the root so that its scope is the whole site. */
export const serviceWorkerPath = '/sw.js';
