// Hostile content against the build, in ONE copy of the project
// (tests/helpers/hostile-cases.ts; the check's side is tests/unit/content/hostile.test.ts):
// 1. what is allowed but cleaned builds, and the built HTML holds only what the allowlist keeps;
// 2. what is refused stops Astro's content sync (the build's first step) with the
//    check's own words, file and line, for every case at once;
// 3. the failed `npm run build` leaves the dist/ of step 1 as it was, nothing of its own;
// 4. an .mdx that is not content (a page) is refused by the compile itself, and none of its code ran.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { astroBuild, copyProject, REPO_ROOT, removeFixture, writeFiles, type BuildResult } from '../../scripts/lib/project-build.ts';
import { ALLOWED, buildForm, CLEANED, REFUSED } from '../helpers/hostile-cases.ts';

let root: string;
let built: BuildResult;
let sync: { code: number | null; output: string };
let failed: BuildResult;
let before: { index: string; mtime: number };

const astro = (...args: string[]) =>
  spawnSync(process.execPath, [join(REPO_ROOT, 'node_modules/astro/bin/astro.mjs'), ...args, '--root', root], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
  });

beforeAll(async () => {
  root = await copyProject('hostile');
  for (const c of [...CLEANED, ...ALLOWED]) await writeFiles(root, c.files);
  built = await astroBuild(root, join(root, 'dist'));
  before = { index: readFileSync(join(root, 'dist/index.html'), 'utf8'), mtime: statSync(join(root, 'dist/index.html')).mtimeMs };
  for (const c of REFUSED) await writeFiles(root, c.files);
  const run = astro('sync');
  sync = { code: run.status, output: `${run.stdout}${run.stderr}` };
  failed = await astroBuild(root, join(root, 'dist'));
}, 240_000);
afterAll(async () => {
  if (root) await removeFixture(root);
});

const page = (url: string) => readFileSync(join(root, 'dist', url, 'index.html'), 'utf8');
/** The article's own HTML: what its body became. */
const body = (url: string) => parse(page(url)).querySelector('.article-body')!;
const DROPPED = ['script', 'style', 'meta', 'base', 'link', 'iframe', 'form', 'noscript', 'svg', 'object', 'embed'];

describe('allowed but cleaned: the build publishes what the allowlist keeps', () => {
  test('the build succeeds', () => {
    expect(built.ok, built.output).toBe(true);
  });
  test.each(CLEANED.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const article = body(c.url);
    const html = article.innerHTML;
    for (const has of c.html.has) expect(html).toMatch(has);
    for (const not of c.html.not) expect(html).not.toMatch(not);
    // Whatever the case: no element the allowlist drops, no handler, no script URL, nothing from another site.
    for (const el of article.querySelectorAll('*')) {
      expect(DROPPED, el.outerHTML).not.toContain(el.tagName.toLowerCase());
      for (const [name, value] of Object.entries(el.attributes)) {
        expect(name, el.outerHTML).not.toMatch(/^on/iu);
        if (name === 'href' || name === 'src') expect(value, el.outerHTML).not.toMatch(/^\s*(?:javascript|vbscript|data):/iu);
        if (name === 'src') expect(value, el.outerHTML).not.toMatch(/^(?:[a-z]+:)?\/\//iu);
      }
    }
  });
  test('what the allowlist drops is not in the page’s description either (it is not text a reader reads)', () => {
    expect(page('/2026/04/02/01/25/')).not.toContain('alert(');
    expect(page('/2026/04/02/01/25/')).toContain('<meta name="description" content="甲  乙');
  });
  test('the build says what it dropped, file and line, in the check’s words', () => {
    for (const c of CLEANED) {
      for (const message of c.check) expect(built.output).toContain(buildForm(message).replace(/^(\S+?:\d+): /u, '$1: (dropped) '));
    }
  });
  test('the allowed .mdx keeps its box and escaped braces; the .md comment is not published', () => {
    expect(page('/2026/04/02/01/30/')).toMatch(/<aside class="box" data-box[^>]*>\s*<p class="box-title">提示<\/p>/u);
    expect(page('/2026/04/02/01/30/')).toContain('价格 {以实际为准}，用 &lt;br&gt; 换行');
    expect(page('/2026/04/02/01/31/')).not.toContain('编辑备注');
    expect(page('/2026/04/02/01/31/')).toContain('<sup>1</sup> <b>粗</b>');
  });
});

describe('refused: the build stops before rendering, naming every file and line in the check’s words', () => {
  test('content sync fails', () => {
    expect(sync.code).not.toBe(0);
  });
  test.each(REFUSED.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    for (const message of c.check) {
      // A schema error is worded by the schema's own lines (tests/build/agreement.test.ts); the rest as `file:line: English` then the Chinese.
      if (/^\S+:\d+: layout: /u.test(message)) expect(sync.output).toContain(`- ${message.split('\n  ')[1]}`);
      else expect(sync.output).toContain(buildForm(message));
    }
  });
  test('no command of an article ran: the MDX that calls execSync was never compiled', () => {
    expect(sync.output).not.toMatch(/uid=\d+/u);
  });
});

describe('a failed build leaves no dist/ that looks deployable', () => {
  test('npm run build fails, and says dist/ is as it was', () => {
    expect(failed.ok).toBe(false);
    expect(failed.output).toContain(`[build] astro build failed: ${join(root, 'dist')} is as it was (the last good build, or none); nothing of this build is in it.`);
  });
  test('dist/ is the last good build, untouched, and no half-built folder is left beside it', () => {
    expect(readFileSync(join(root, 'dist/index.html'), 'utf8')).toBe(before.index);
    expect(statSync(join(root, 'dist/index.html')).mtimeMs).toBe(before.mtime);
    expect(existsSync(join(root, 'dist/pagefind/parts.json'))).toBe(true);
    // (An old site being deleted in the background by the good build before, `.dist.deleting-…`, is no half-built folder.)
    expect(readdirSync(root).filter((f) => f.startsWith('.dist.') && !f.startsWith('.dist.deleting-'))).toEqual([]);
  });
});

describe('an .mdx the content loader never sees is refused by the compile itself', () => {
  let run: ReturnType<typeof astro>;
  const marker = () => join(root, 'ran.txt');
  beforeAll(() => {
    for (const c of REFUSED) for (const rel of Object.keys(c.files)) rmSync(join(root, rel), { force: true });
    rmSync(join(root, 'content/editions/9999-01-01'), { recursive: true, force: true });
    writeFileSync(join(root, 'src/pages/evil.mdx'), `import { writeFileSync } from "node:fs"\nexport const x = writeFileSync(${JSON.stringify(marker())}, "ran")\n\n# {x}\n`);
    run = astro('build', '--outDir', join(root, 'dist-evil'));
  }, 120_000);
  test('the build fails, naming the file and line of the import', () => {
    expect(run.status).not.toBe(0);
    expect(`${run.stdout}${run.stderr}`).toContain('src/pages/evil.mdx:1: `import { writeFileSync } from "node:fs"`: import and export are program code');
  });
  test('and its code never ran', () => {
    expect(existsSync(marker())).toBe(false);
  });
});
