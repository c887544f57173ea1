// `npm run budgets [-- <dir>]`: prints the budgets of issue 3 for every reader page of
// a built site (dist/ by default; `npm run build` first): HTML and CSS bytes, inline
// script bytes, external scripts, other-origin references, and what the 简/繁 switch
// loads (gzip). Exits 1 past a limit.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { BUDGETED_KINDS, budgetViolations, foreignReferences, hantViolations, LIMITS, measureHant, measurePage } from './lib/budgets.ts';
import { configuredSiteOrigin } from './lib/site-config.ts';
import { siteFromDir } from './lib/site-files.ts';
import { pageKind } from '#src/site/paths.ts';

const projectRoot = resolve(import.meta.dirname, '..');
const dir = resolve(process.argv[2] ?? resolve(projectRoot, 'dist'));
if (!existsSync(resolve(dir, 'index.html'))) {
  console.error(`[budgets] ${dir} has no index.html: build the site first (npm run build).`);
  process.exit(2);
}

const site = siteFromDir(dir);
const origin = (await configuredSiteOrigin(projectRoot)) ?? '';
const pages = [...site.files].filter((f) => BUDGETED_KINDS.includes(pageKind(f))).sort();
const problems: string[] = [];
const rows = pages.map((file) => {
  const m = measurePage(site, file);
  problems.push(...budgetViolations(m), ...foreignReferences(site.read(file), origin).map((r) => `${file}: other origin ${r}`));
  return {
    page: file.replace(/index\.html$/, '') || '/',
    kind: m.kind,
    'HTML B': m.htmlBytes,
    'of which <style> B': m.inlineCssBytes,
    'linked CSS B': m.cssBytes,
    'HTML+CSS B': m.htmlBytes + m.cssBytes,
    'inline scripts B': m.inlineScriptBytes.join(' + ') || '0',
    'external scripts': m.externalScripts.length,
  };
});

console.log(
  `Limits: external scripts ${LIMITS.externalScripts}; each inline script < ${LIMITS.inlineScriptBytes} B; ` +
    `article HTML+CSS < ${LIMITS.articleHtmlCssBytes} B; no other origin.`,
);
console.table(rows);
const hant = measureHant(site);
for (const m of hant) problems.push(...hantViolations(m));
console.log(`What the 简/繁 switch loads when a reader picks 繁 (gzip; limit ${LIMITS.hantGzipBytes} B): the page's data file and the switch's script.`);
console.table(hant.map((m) => ({ 'data file': m.file, 'data B': m.dataGzipBytes, 'with the script B': m.withScriptGzipBytes })));
if (problems.length > 0) {
  console.error(`[budgets] ${problems.length} over budget:\n${problems.join('\n')}`);
  process.exit(1);
}
console.log(`[budgets] ${rows.length} pages and ${hant.length} 繁體 data files within budget.`);
