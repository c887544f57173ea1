// What "one edition" is as files, for the zip a reader takes away and for the list
// the service worker keeps: the edition's pages, the files they load, and (in the
// zip) the search page with the edition's offline index. Pure: the post-build
// (src/build/part.ts) reads and writes the files.
import { relativizeHtml, urlReferences } from './relative.ts';
import { editionsScript } from '#src/search/offline-data.ts';
import { EDITIONS_SCRIPT, SEARCH_DATA_FILE, SEARCH_UI_FILE, editionFolder, fileOfUrl, relativeUrl, urlOfFile } from '#src/site/paths.ts';

/** The built site as the pack needs it: its files (paths from the root) and the root-relative HTML of its pages. */
export interface BuiltSite {
  files: ReadonlySet<string>;
  html(file: string): string;
}

type Reference = ReturnType<typeof urlReferences>[number];

/** Files loaded (not linked) by a page: icons, styles, images, scripts. */
function loadedFiles(site: BuiltSite, references: readonly Reference[]): string[] {
  return references
    .filter(({ tag, attribute }) => !((tag === 'a' || tag === 'area') && attribute === 'href') && attribute !== 'action' && attribute !== 'formaction')
    .map(({ url }) => fileOfUrl(url))
    .filter((file): file is string => file !== undefined && site.files.has(file));
}

export interface EditionFiles {
  /** The edition's HTML pages: edition, pages (版), articles. */
  pages: string[];
  /** Every other site file those pages load or link to below the edition folder (photos). */
  assets: string[];
}

export function editionFiles(site: BuiltSite, date: string): EditionFiles {
  const folder = `${editionFolder(date)}/`;
  const pages = [...site.files].filter((f) => f.startsWith(folder) && f.endsWith('index.html')).sort();
  const assets = new Set<string>();
  for (const page of pages) {
    const references = urlReferences(site.html(page));
    for (const file of loadedFiles(site, references)) assets.add(file);
    for (const { url, tag } of references) {
      const file = tag === 'a' ? fileOfUrl(url) : undefined;
      if (file?.startsWith(folder) && !file.endsWith('.html') && !file.endsWith('.zip') && site.files.has(file)) assets.add(file);
    }
  }
  return { pages, assets: [...assets].sort() };
}

/** What the service worker caches for an edition: pages as their clean URLs, below the site root. */
export function editionManifest(date: string, files: EditionFiles): { edition: string; urls: string[] } {
  return { edition: editionFolder(date), urls: [...files.pages.map((f) => urlOfFile(f).slice(1)), ...files.assets] };
}

/** One zip entry: a file copied from the site, or text made for the zip. */
export type PackEntry = { copy: string } | { text: string };

/**
 * The zip of one edition, paths inside its top folder. Pages keep their site paths
 * (links between them stay relative and end in index.html, so they open from disk
 * even without JavaScript); the top index.html is the edition's front page.
 * Links to what is not in the zip (home, 往期, other editions, the feed) point at
 * the online site, so none is dead.
 */
export function editionPack(
  site: BuiltSite,
  date: string,
  siteUrl: string,
  offline: { searchData: string },
  files: EditionFiles = editionFiles(site, date),
): Map<string, PackEntry> {
  const searchPage = 'search/index.html';
  const searchAssets = loadedFiles(site, urlReferences(site.html(searchPage)));
  const inPack = new Set([...files.pages, ...files.assets, searchPage, ...searchAssets, SEARCH_UI_FILE, EDITIONS_SCRIPT]);
  const pack = new Map<string, PackEntry>();
  const rewrite = (file: string, pagePath: string) =>
    relativizeHtml(site.html(file), pagePath, (url) => {
      const target = fileOfUrl(url);
      if (target === undefined) return url;
      if (!inPack.has(target)) return new URL(url, siteUrl).href;
      const rest = url.replace(/^[^?#]*/su, '');
      return relativeUrl(pagePath, `/${target}`).replace(/[?#].*$/su, '') + rest;
    });
  for (const page of [...files.pages, searchPage]) pack.set(page, { text: rewrite(page, urlOfFile(page)) });
  pack.set('index.html', { text: rewrite(`${editionFolder(date)}/index.html`, '/') });
  for (const asset of new Set([...files.assets, ...searchAssets, SEARCH_UI_FILE])) pack.set(asset, { copy: asset });
  pack.set(`${editionFolder(date)}/${SEARCH_DATA_FILE}`, { text: offline.searchData });
  pack.set(EDITIONS_SCRIPT, { text: editionsScript([editionFolder(date)]) });
  return pack;
}
