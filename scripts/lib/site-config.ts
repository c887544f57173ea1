// The configured public site URL, read from astro.config.mjs so the checkers agree
// with what the build wrote into canonical links (SITE_URL overrides both).
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';

export async function configuredSiteOrigin(projectRoot: string): Promise<string | undefined> {
  const config = (await import(pathToFileURL(join(projectRoot, 'astro.config.mjs')).href)) as { default: { site?: string } };
  const site = config.default.site;
  return site ? new URL(site).origin : undefined;
}
