// Debian's Chromium and the flags every headless run here uses (browser tests and
// Lighthouse alike). Nothing downloads a browser: a missing one is an install step
// (`apt-get install -y chromium`, done by .ci/run), never a skip.
import { existsSync } from 'node:fs';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Throws, saying how to install it, when Chromium is not there. */
export function assertChromium(): void {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}. Install Debian's: apt-get update && apt-get install -y chromium ` +
        `(.ci/run does this), or set CHROMIUM_PATH.`,
    );
  }
}
