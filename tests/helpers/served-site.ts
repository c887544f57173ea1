// The built site served on loopback and Debian's Chromium, for one test file: started
// before its tests, closed after them.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';
import { launchChromium } from './chromium.ts';

export interface ServedSite {
  server: StaticServer;
  browser: Browser;
}

export function useServedSite(): ServedSite {
  const site = {} as ServedSite;
  beforeAll(async () => {
    site.server = await serveStatic(inject('siteDir'));
    site.browser = await launchChromium();
  });
  afterAll(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}
