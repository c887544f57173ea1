// The service worker's decisions, kept pure so they are unit-tested (sw.ts only wires
// them to the browser's events). Policy: network first, always; the cache answers only
// when the network does not, and a page it answers says so (never a stale edition
// shown as the latest without a word).
import { manifestPathOf } from '#src/site/paths.ts';

/** One cache for everything: pages the reader opened, editions kept whole, their assets. */
export const CACHE_NAME = 'zsdaily-offline-v1';
/** Header stored with each cached copy: when it was saved (ISO 8601). */
export const SAVED_HEADER = 'x-zsdaily-saved';
/** Set on <html> of a page served from the cache; the page's script shows the notice. */
export const OFFLINE_COPY_ATTRIBUTE = 'data-offline-copy';

/** Only the site's own GETs are the worker's business (not another origin, not a form POST). */
export function handles(method: string, url: URL, scope: URL): boolean {
  return method === 'GET' && url.origin === scope.origin && url.pathname.startsWith(scope.pathname) && (url.protocol === 'http:' || url.protocol === 'https:');
}

/** Marks a cached page as a copy, with when it was saved, on its <html> element. */
export function markOfflineCopy(html: string, savedAt: string): string {
  const safe = savedAt.replace(/[^\dTZ:.+-]/gu, '');
  return html.replace(/<html\b/iu, `<html ${OFFLINE_COPY_ATTRIBUTE}="${safe}"`);
}

/** The manifest an edition's offline.json holds: paths below the site root, pages as folders. */
export interface EditionManifest {
  edition: string;
  urls: string[];
}

export function isManifest(value: unknown): value is EditionManifest {
  const v = value as EditionManifest;
  return typeof v === 'object' && v !== null && typeof v.edition === 'string' && Array.isArray(v.urls) && v.urls.every((u) => typeof u === 'string');
}

/**
 * How many responses the cache may hold: about twenty editions with their pages and
 * files. Past that the oldest go first, so a phone's storage does not fill up.
 */
export const MAX_CACHED = 600;

export interface CachedEntry {
  /** Full URL of the cached request. */
  url: string;
  /** When it was saved (SAVED_HEADER), ISO 8601; '' when unknown (oldest). */
  savedAt: string;
}

/**
 * The URLs to delete so at most `max` remain: the oldest first. An edition that loses
 * any file also loses its manifest, so it is never shown as 已离线保存 while incomplete.
 */
export function evictions(entries: readonly CachedEntry[], scope: URL, max = MAX_CACHED): string[] {
  if (entries.length <= max) return [];
  const oldest = [...entries].sort((a, b) => a.savedAt.localeCompare(b.savedAt) || a.url.localeCompare(b.url)).slice(0, entries.length - max);
  const gone = new Set(oldest.map((e) => e.url));
  for (const e of oldest) {
    const edition = /^(\d{4}\/\d{2}\/\d{2})\//u.exec(new URL(e.url).pathname.slice(scope.pathname.length))?.[1];
    if (edition) gone.add(new URL(manifestPathOf(edition), scope).href);
  }
  return [...gone].filter((url) => entries.some((e) => e.url === url));
}

/** True when two manifests list the same files (in any order): the saved copy is then the current edition. */
export function sameFiles(a: EditionManifest, b: EditionManifest): boolean {
  const [x, y] = [new Set(a.urls), new Set(b.urls)];
  return x.size === y.size && [...y].every((u) => x.has(u));
}

/** What to do with an edition the page asks to keep, given the saved manifest (if any) and the one the network gave. */
export type SavePlan = { kind: 'up-to-date' } | { kind: 'save'; urls: string[]; replacing: boolean };

export function planSave(saved: EditionManifest | undefined, fresh: EditionManifest): SavePlan {
  if (saved && sameFiles(saved, fresh)) return { kind: 'up-to-date' };
  return { kind: 'save', urls: [...fresh.urls], replacing: saved !== undefined };
}

/** A fetched file the cache may keep: answered 200-299 from this site (not a 404, a 500 or a redirect elsewhere). */
export function storable(response: { ok: boolean; type: string } | undefined): boolean {
  return response !== undefined && response.ok && response.type === 'basic';
}

/** An edition is saved only when every one of its files was fetched whole; one 404 or 500 and it is not. */
export function complete(responses: readonly ({ ok: boolean; type: string } | undefined)[]): boolean {
  return responses.every(storable);
}
