// `npm run audit`: builds the site, serves dist/ on 127.0.0.1 and runs Lighthouse 13
// (mobile: the default config's emulated phone and simulated throttling) with
// Debian's Chromium on the home page, the latest edition and its first article.
// Prints the four category scores per page; exits 1 when accessibility, best
// practices or SEO is under 100, or performance under 95.
// Options: --runs N (median performance of N runs, default 1), --dir <built site>.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { assertChromium, CHROMIUM_ARGS, CHROMIUM_PATH } from './lib/chromium.ts';
import { serveStatic } from './lib/static-server.ts';

const THRESHOLDS = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 } as const;
type Category = keyof typeof THRESHOLDS;
const CATEGORIES = Object.keys(THRESHOLDS) as Category[];

const { values } = parseArgs({ options: { runs: { type: 'string', default: '1' }, dir: { type: 'string' } } });
const runs = Math.max(1, Number(values.runs));
const projectRoot = resolve(import.meta.dirname, '..');
const dir = resolve(values.dir ?? join(projectRoot, 'dist'));
if (!existsSync(join(dir, 'index.html'))) {
  console.error(`[audit] ${dir} has no index.html: build the site first (npm run build).`);
  process.exit(2);
}
assertChromium();
assertChineseFont();

/**
 * Readers' phones have Chinese fonts. On a machine with none, Chromium looks through
 * every font for each Han character, and Lighthouse measures that search: the article
 * page's Style & Layout took 229–304 ms (4× throttled, three runs) without a Chinese
 * font and a median of 134 ms over five runs with Debian's fonts-noto-cjk, and its
 * performance fell to 96–98 on some runs. So the audit refuses to run without one.
 */
function assertChineseFont(): void {
  const found = spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' });
  if (found.error) {
    console.warn('[audit] fc-list not found: cannot tell whether a Chinese font is installed; without one the performance figures are not a phone\'s');
    return;
  }
  if (found.stdout.trim() === '') {
    console.error('[audit] no Chinese font on this machine (`fc-list :lang=zh` lists none), so Lighthouse would time Chromium searching every font for each character, not the page. Install one (Debian: apt-get install fonts-noto-cjk) and run again.');
    process.exit(2);
  }
}

/** The latest edition folder (YYYY/MM/DD) of the built site and its first article. */
function pagesToAudit(): { name: string; path: string }[] {
  const sub = (path: string, pattern: RegExp) =>
    existsSync(join(dir, path)) ? readdirSync(join(dir, path)).filter((n) => pattern.test(n)).sort() : [];
  const year = sub('', /^\d{4}$/).at(-1);
  const month = year && sub(year, /^\d{2}$/).at(-1);
  const day = month && sub(`${year}/${month}`, /^\d{2}$/).at(-1);
  if (!day) throw new Error(`[audit] no edition (YYYY/MM/DD/index.html) in ${dir}`);
  const edition = `/${year}/${month}/${day}/`;
  const page = sub(edition, /^\d{2}$/)[0];
  const article = page && sub(`${edition}${page}`, /^\d{2}$/)[0];
  if (!article) throw new Error(`[audit] no article (YYYY/MM/DD/PP/OO/index.html) under ${edition}`);
  return [
    { name: 'home', path: '/' },
    { name: 'edition', path: edition },
    { name: 'article', path: `${edition}${page}/${article}/` },
  ];
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const server = await serveStatic(dir);
const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: CHROMIUM_ARGS, logLevel: 'error' });
const reportsDir = join(projectRoot, 'tmp', 'lighthouse');
mkdirSync(reportsDir, { recursive: true });
const rows: Record<string, string | number>[] = [];
const failures: string[] = [];
try {
  for (const { name, path } of pagesToAudit()) {
    const url = server.origin + path;
    const scores: Record<Category, number[]> = { performance: [], accessibility: [], 'best-practices': [], seo: [] };
    for (let run = 0; run < runs; run++) {
      const result = await lighthouse(url, { port: chrome.port, logLevel: 'error', output: 'json', onlyCategories: CATEGORIES });
      if (!result) throw new Error(`[audit] Lighthouse returned nothing for ${url}`);
      const { lhr } = result;
      if (lhr.runtimeError) throw new Error(`[audit] ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
      writeFileSync(join(reportsDir, `${name}-${run + 1}.json`), JSON.stringify(lhr));
      for (const category of CATEGORIES) {
        const score = Math.round((lhr.categories[category]?.score ?? 0) * 100);
        scores[category].push(score);
        if (run === 0 && score < 100) {
          // Say which audits cost points, so a score under 100 can be acted on.
          for (const ref of lhr.categories[category]?.auditRefs ?? []) {
            const audit = lhr.audits[ref.id];
            if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) {
              console.log(`  ${name} ${category}: ${ref.id} ${Math.round(audit.score * 100)} — ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}`);
            }
          }
        }
      }
    }
    const row: Record<string, string | number> = { page: name, url: path };
    for (const category of CATEGORIES) {
      const score = median(scores[category]);
      row[category] = runs > 1 ? `${score} (${scores[category].join('/')})` : score;
      if (score < THRESHOLDS[category]) failures.push(`${name} ${category} ${score} < ${THRESHOLDS[category]}`);
    }
    rows.push(row);
  }
} finally {
  chrome.kill();
  await server.close();
}

console.table(rows);
console.log(`Lighthouse ${(await import('lighthouse/package.json', { with: { type: 'json' } })).default.version}, ${CHROMIUM_PATH}, mobile; reports in ${reportsDir}`);
if (failures.length > 0) {
  console.error(`[audit] under the bar: ${failures.join('; ')}`);
  process.exit(1);
}
console.log('[audit] every page meets performance ≥ 95 and 100 in accessibility, best practices and SEO.');
