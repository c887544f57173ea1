// Debian's Chromium driven by playwright-core (never a downloaded browser). When it
// is missing the browser tests fail saying how to install it; they are never skipped.
import { chromium, type Browser } from 'playwright-core';
import { assertChromium, CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/lib/chromium.ts';

export async function launchChromium(): Promise<Browser> {
  assertChromium();
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}
