// A reader's browser tab on the locally served site that writes down everything a
// reader would suffer: console errors (CSP violations included), script errors,
// failed requests, HTTP errors, and any request to another origin (blocked).
import type { Browser, BrowserContext, Page } from 'playwright-core';

export type Reader = { context: BrowserContext; page: Page; problems: string[]; requests: string[] };

export type ReaderOptions = {
  width: number;
  height?: number;
  javaScriptEnabled?: boolean;
  colorScheme?: 'light' | 'dark';
};

export async function openReader(browser: Browser, origin: string, options: ReaderOptions): Promise<Reader> {
  const phone = options.width < 600;
  const context = await browser.newContext({
    viewport: { width: options.width, height: options.height ?? (phone ? 844 : 900) },
    deviceScaleFactor: phone ? 2 : 1,
    isMobile: phone,
    hasTouch: phone,
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    colorScheme: options.colorScheme ?? 'light',
    locale: 'zh-CN',
  });
  const problems: string[] = [];
  const requests: string[] = [];
  // Nothing may leave the machine: another origin is recorded and refused.
  await context.route(
    (url) => url.origin !== origin && url.protocol !== 'data:',
    (route) => {
      problems.push(`request to another origin: ${route.request().url()}`);
      return route.abort('blockedbyclient');
    },
  );
  const page = await context.newPage();
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console error on ${page.url()}: ${msg.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`script error on ${page.url()}: ${error.message}`));
  page.on('request', (request) => requests.push(request.url()));
  page.on('requestfailed', (request) => {
    const error = request.failure()?.errorText ?? '';
    // ERR_ABORTED is the browser cancelling a load because the reader moved on (a
    // favicon still loading when a link is followed): nothing failed. A missing file
    // shows as an HTTP 404 below; another origin as the route above.
    if (error === 'net::ERR_ABORTED') return;
    if (!problems.some((p) => p.endsWith(request.url()))) problems.push(`failed request ${request.url()}: ${error}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()} for ${response.url()}`);
  });
  return { context, page, problems, requests };
}
