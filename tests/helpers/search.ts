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
