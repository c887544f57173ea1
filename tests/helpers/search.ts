// Driving the search page as a reader: type in the header box, wait until the result
// list says it is final for that query, read the result links.
import type { Page } from 'playwright-core';

export async function searchFor(page: Page, typed: string): Promise<string[]> {
  const box = page.locator('#site-search');
  // The page searches for what the box holds, less the spaces around it.
  const query = typed.trim();
  const current = await page.locator('#search-results').getAttribute('data-query');
  if (current !== query) {
    await box.fill(typed);
    // Enter searches at once (typing alone waits for a pause in the keystrokes).
    await box.press('Enter');
    await page.waitForFunction(
      (q) => {
        const list = document.querySelector('#search-results');
        return list?.getAttribute('aria-busy') === 'false' && list.getAttribute('data-query') === q;
      },
      query,
      { timeout: 15_000 },
    );
  }
  return page.locator('#search-results li.search-hit h2 a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

/**
 * Many queries through the same search page, as a reader would submit them one after
 * another (the box's value, then its form's submit), but driven from inside the page:
 * one round trip for the whole list instead of several a query, so a quality run of
 * hundreds of queries costs the search's own time, not the browser protocol's.
 */
export async function searchAll(page: Page, queries: readonly string[]): Promise<string[][]> {
  return page.evaluate(async (list) => {
    const box = document.querySelector<HTMLInputElement>('#site-search')!;
    const results = document.querySelector<HTMLElement>('#search-results')!;
    const settled = (query: string) =>
      new Promise<void>((done, fail) => {
        const ready = () => results.getAttribute('aria-busy') === 'false' && results.getAttribute('data-query') === query;
        if (ready()) return done();
        const timer = setTimeout(() => fail(new Error(`no final results for "${query}" within 15 s`)), 15_000);
        const watch = new MutationObserver(() => {
          if (!ready()) return;
          watch.disconnect();
          clearTimeout(timer);
          done();
        });
        watch.observe(results, { attributes: true, attributeFilter: ['aria-busy', 'data-query'] });
      });
    const out: string[][] = [];
    for (const typed of list) {
      const query = typed.trim();
      if (results.getAttribute('data-query') !== query) {
        box.value = typed;
        box.form!.requestSubmit();
        await settled(query);
      }
      out.push([...results.querySelectorAll<HTMLAnchorElement>('li.search-hit h2 a')].map((a) => new URL(a.href).pathname));
    }
    return out;
  }, queries);
}
