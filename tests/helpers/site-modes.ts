// The same built site reached two ways: served over http (as a CDN serves it) and
// opened from disk (file://, as a reader who downloaded it double-clicks it). Tests
// written against a SiteMode run unchanged in both: URLs in, site paths out.
import { existsSync, statSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';
import { openReader, type Reader, type ReaderOptions } from './reader.ts';
import { fileOfUrl, urlOfFile } from '#src/site/paths.ts';

export interface SiteMode {
  name: 'http' | 'file';
  /** The address of a site path (`/search/?q=…`, `/2026/04/02/`) in this mode. */
  url(path: string): string;
  /** A browser URL back to its site path (`…/dist/2026/04/02/index.html` → `/2026/04/02/`); undefined outside the site. */
  pathOf(url: string | URL): string | undefined;
  reader(browser: Browser, options: ReaderOptions): Promise<Reader>;
  close(): Promise<void>;
}

export async function httpMode(dir: string): Promise<SiteMode> {
  const server: StaticServer = await serveStatic(dir);
  return {
    name: 'http',
    url: (path) => `${server.origin}${path}`,
    pathOf: (url) => {
      const u = new URL(url);
      return u.origin === server.origin ? u.pathname : undefined;
    },
    reader: (browser, options) => openReader(browser, server.origin, options),
    close: () => server.close(),
  };
}

/** The site folder `dir` opened from disk. Pages are files: a folder path gets its index.html. */
export function fileMode(dir: string): SiteMode {
  const root = pathToFileURL(dir.endsWith('/') ? dir : `${dir}/`).href;
  return {
    name: 'file',
    url: (path) => {
      const cut = path.search(/[?#]/u);
      return `${root}${encodeURI(fileOfUrl(path) ?? '')}${cut < 0 ? '' : path.slice(cut)}`;
    },
    pathOf: (url) => {
      const u = new URL(url);
      if (u.protocol !== 'file:' || !u.href.startsWith(root)) return undefined;
      return urlOfFile(decodeURI(u.pathname).slice(new URL(root).pathname.length));
    },
    // Pages opened from disk have the opaque origin "null"; file URLs pass the reader's
    // other-origin guard, anything on http(s) is still refused and reported.
    reader: (browser, options) => openReader(browser, 'null', options),
    close: async () => {},
  };
}

/** True when a file URL names a folder (what the browser would show as a listing). */
export function isFolder(url: string): boolean {
  const path = decodeURI(new URL(url).pathname);
  return path.endsWith('/') || (existsSync(path) && statSync(path).isDirectory());
}
