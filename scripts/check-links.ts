// `npm run check:links [-- <dir>]`: checks every internal href/src/srcset/url() of a
// built site (dist/ by default; run `npm run build` first) and lists the broken ones
// with the file they are in. Exits 1 when any is broken.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { checkLinks, formatBroken } from './lib/linkcheck.ts';
import { configuredSiteOrigin } from './lib/site-config.ts';
import { siteFromDir } from './lib/site-files.ts';

const projectRoot = resolve(import.meta.dirname, '..');
const dir = resolve(process.argv[2] ?? resolve(projectRoot, 'dist'));

if (!existsSync(resolve(dir, 'index.html'))) {
  console.error(`[check:links] ${dir} has no index.html: build the site first (npm run build).`);
  process.exit(2);
}

const origin = await configuredSiteOrigin(projectRoot);
const report = checkLinks(siteFromDir(dir), { siteOrigins: origin ? [origin] : [] });
const external = new Set(report.external);
console.log(
  `[check:links] ${report.filesChecked} HTML/CSS files, ${report.internal} internal references, ` +
    `${external.size} distinct external URLs (not followed), ${report.broken.length} broken.`,
);
for (const url of external) console.log(`  external: ${url}`);
if (report.broken.length > 0) {
  console.error(formatBroken(report.broken));
  process.exit(1);
}
