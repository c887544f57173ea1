// The service worker (bundled to /sw.js at build; registered by the inline script in
// src/components/Offline.astro over http/https only). It keeps what a reader opened,
// and an edition whole once a page of it asks, for when the connection drops.
import { CACHE_NAME, SAVED_HEADER, complete, evictions, handles, isManifest, markOfflineCopy, planSave, storable, type EditionManifest } from './sw-logic.ts';
import { EDITION_FOLDER, manifestPathOf } from '#src/site/paths.ts';

// The few worker types used, declared here: the project's lib is the DOM's.
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  request: Request;
  respondWith(response: Promise<Response>): void;
}
interface ExtendableMessageEvent extends ExtendableEvent {
  data: unknown;
  ports: readonly MessagePort[];
}
interface WorkerScope {
  registration: { scope: string };
  skipWaiting(): Promise<void>;
  clients: { claim(): Promise<void> };
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
  addEventListener(type: 'message', listener: (event: ExtendableMessageEvent) => void): void;
}
const worker = self as unknown as WorkerScope;
const scope = new URL(worker.registration.scope);

worker.addEventListener('install', (event) => event.waitUntil(worker.skipWaiting()));
worker.addEventListener('activate', (event) => event.waitUntil(worker.clients.claim()));

/** A copy of `response` that remembers when it was saved. */
async function stamped(response: Response): Promise<Response> {
  const headers = new Headers(response.headers);
  headers.set(SAVED_HEADER, new Date().toISOString());
  return new Response(await response.blob(), { status: response.status, statusText: response.statusText, headers });
}

/** Deletes the oldest responses once the cache holds more than it may (see evictions). */
async function trim(cache: Cache): Promise<void> {
  const requests = await cache.keys();
  const entries = await Promise.all(
    requests.map(async (r) => ({ url: r.url, savedAt: (await cache.match(r))?.headers.get(SAVED_HEADER) ?? '' })),
  );
  await Promise.all(evictions(entries, scope).map((url) => cache.delete(url)));
}

let putsSinceTrim = 0;
async function keep(cache: Cache, request: Request | string, response: Response): Promise<void> {
  if (!storable(response)) return;
  await cache.put(request, await stamped(response.clone()));
  // Counting the cache on every response would cost more than it saves.
  if (++putsSinceTrim >= 25) {
    putsSinceTrim = 0;
    await trim(cache);
  }
}

async function fromNetworkElseCache(request: Request): Promise<Response> {
  const cache = await caches.open(CACHE_NAME);
  try {
    const response = await fetch(request);
    await keep(cache, request, response);
    return response;
  } catch (offline) {
    const copy = await cache.match(request, { ignoreVary: true });
    if (!copy) throw offline;
    if (request.mode !== 'navigate' || !(copy.headers.get('content-type') ?? '').includes('text/html')) return copy;
    // Say on the page that it is a copy: it may not be the latest edition.
    const html = markOfflineCopy(await copy.text(), copy.headers.get(SAVED_HEADER) ?? '');
    return new Response(html, { status: copy.status, headers: copy.headers });
  }
}

worker.addEventListener('fetch', (event) => {
  if (!handles(event.request.method, new URL(event.request.url), scope)) return;
  event.respondWith(fromNetworkElseCache(event.request));
});

async function savedManifest(cache: Cache, url: string): Promise<EditionManifest | undefined> {
  const saved: unknown = await (await cache.match(url))?.json().catch(() => undefined);
  return isManifest(saved) ? saved : undefined;
}

/**
 * Keeps every file of an edition, or says it could not. The manifest goes in last and
 * only when every file answered 200, so its presence means "complete"; when the
 * edition's file list has changed since it was saved (an article added), it is saved
 * again, and until that succeeds it is not marked as saved.
 */
async function saveEdition(edition: string): Promise<boolean> {
  const cache = await caches.open(CACHE_NAME);
  const manifestUrl = new URL(manifestPathOf(edition), scope).href;
  const saved = await savedManifest(cache, manifestUrl);
  let response: Response;
  try {
    response = await fetch(manifestUrl, { cache: 'no-cache' });
  } catch {
    return saved !== undefined; // offline: the saved copy is what there is
  }
  const fresh: unknown = await response.clone().json().catch(() => undefined);
  if (!response.ok || !isManifest(fresh)) return false;
  const plan = planSave(saved, fresh);
  if (plan.kind === 'up-to-date') return true;
  if (plan.replacing) await cache.delete(manifestUrl); // the saved copy is not this edition any more
  const files = await Promise.all(
    plan.urls.map(async (path) => {
      const url = new URL(path, scope).href;
      const got = await fetch(url).catch(() => undefined);
      return { url, response: got };
    }),
  );
  if (!complete(files.map((f) => f.response))) return false;
  for (const f of files) await keep(cache, f.url, f.response!);
  await keep(cache, manifestUrl, response);
  await trim(cache);
  return true;
}

// A page of an edition asks `{ save: '2026/04/02' }` on a MessagePort and hears `{ saved }`.
worker.addEventListener('message', (event) => {
  const data = event.data as { save?: unknown } | null;
  const port = event.ports[0];
  if (typeof data?.save !== 'string' || !EDITION_FOLDER.test(data.save)) return;
  const edition = data.save;
  event.waitUntil(
    saveEdition(edition)
      .catch(() => false)
      .then((saved) => port?.postMessage({ edition, saved })),
  );
});
