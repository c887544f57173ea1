// The budgets of issue 3 on the built sample, with the module `npm run budgets` prints
// from: no external JavaScript, inline scripts under 2 KB, article HTML + CSS under
// 30 KB, nothing from another origin.
import { beforeAll, expect, inject, test } from 'vitest';
import { BUDGETED_KINDS, budgetViolations, foreignReferences, hantViolations, isForeignUrl, measureHant, measurePage } from '../../scripts/lib/budgets.ts';
import { cssUrls } from '../../scripts/lib/linkcheck.ts';
import { configuredSiteOrigin } from '../../scripts/lib/site-config.ts';
import { REPO_ROOT } from '../../scripts/lib/project-build.ts';
import { siteOf } from '../helpers/built-site.ts';
import { sampleArticles } from '../helpers/sample.ts';
import { pageKind } from '#src/site/paths.ts';

const siteDir = inject('siteDir');
const site = siteOf(siteDir);
const files = [...site.files].sort();
let origin = '';
beforeAll(async () => {
  origin = (await configuredSiteOrigin(REPO_ROOT)) ?? '';
});

test('the budgets cover the home page, the edition, its page and every article', () => {
  const kinds = files.filter((f) => BUDGETED_KINDS.includes(pageKind(f))).map((f) => pageKind(f));
  expect(kinds.filter((k) => k === 'article')).toHaveLength(sampleArticles().length);
  expect(kinds).toContain('home');
  expect(kinds).toContain('edition');
  expect(kinds).toContain('page');
});

test.each(files.filter((f) => BUDGETED_KINDS.includes(pageKind(f))).map((f) => [f]))('%s is within budget', (file) => {
  const m = measurePage(site, file);
  expect(budgetViolations(m)).toEqual([]);
  // The figures behind it, so a failure shows them.
  expect(m.externalScripts).toEqual([]);
  expect(m.htmlBytes).toBeGreaterThan(0);
});

test.each(files.filter((f) => f.endsWith('.html')).map((f) => [f]))('%s references no other origin', (file) => {
  expect(foreignReferences(site.read(file), origin)).toEqual([]);
});

test('the 简/繁 switch loads at most 15 KB gzip for an edition, and each page says which data is its own', () => {
  const hant = measureHant(site);
  expect(hant.map((m) => m.file)).toEqual(['2026/04/02/zh-hant.js', 'zh-hant.js']);
  for (const m of hant) expect(hantViolations(m)).toEqual([]);
  expect(site.read('2026/04/02/01/03/index.html')).toContain('data-hant-src="../../zh-hant.js"');
  expect(site.read('index.html')).toContain('data-hant-src="zh-hant.js"');
});

test('no stylesheet of the site loads anything from another origin', () => {
  const css = files.filter((f) => f.endsWith('.css'));
  const foreign = css.flatMap((f) => cssUrls(site.read(f)).filter(isForeignUrl).map((url) => `${f}: ${url}`));
  expect(foreign).toEqual([]);
});

test('the site ships no web fonts: system font stacks only', () => {
  expect(files.filter((f) => /\.(woff2?|ttf|otf|eot)$/i.test(f))).toEqual([]);
});
