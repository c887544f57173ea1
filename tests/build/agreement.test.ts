// `npm run check` and the build agree. One build of a private copy of the project
// (scripts/lib/project-build.ts) holding every kind of file the check accepts —
// the writing guide's examples, a scaffolded, filled-in article, and a photo in each
// image format the check takes — must succeed and show them. Then bad files are added to that copy and Astro's content sync
// (the build's first step, with the build's own loader and messages) must fail
// with messages the check prints word for word (English and Chinese), and more. (Sync stops before any
// page is built, so this costs seconds, not another build.)
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { astroBuild, copyProject, REPO_ROOT, removeFixture, type BuildResult } from '../../scripts/lib/project-build.ts';
import { check, SAMPLE, scaffold } from '../helpers/content-copy.ts';
import { fillIn } from '../helpers/fill-in.ts';
import { PHOTO_EXTENSIONS } from '#src/content/photos.ts';

/** One photo for each extension of PHOTO_EXTENSIONS, as the file names a photographer would give. */
const PHOTOS = PHOTO_EXTENSIONS.map((ext, i) => [`photo-${i}.${ext}`, `sea.${ext.toLowerCase() === 'jpeg' ? 'jpg' : ext.toLowerCase()}`] as const);
const PHOTO_ARTICLE = `---
title: 每种图片格式都能登上网页
date: "2026-04-02"
page: 1
order: 7
photos:
${PHOTOS.map(([name], i) => `  - caption: 第${i + 1}张图\n    src: ./${name}\n    alt: 一片蓝色的海面 ${i + 1}`).join('\n')}
---

正文。
`;

let root: string;
let build: BuildResult;
let accepted: { code: number; out: string };

beforeAll(async () => {
  root = await copyProject('journalist-agree');
  cpSync(join(root, 'content/examples/2026-04-09'), join(root, 'content/editions/2026-04-09'), { recursive: true });
  const made = scaffold(root, '--date', '2026-04-02', '--page', '1');
  const file = join(root, made.out);
  writeFileSync(file, fillIn(readFileSync(file, 'utf8')));
  for (const [name, from] of PHOTOS) cpSync(join(REPO_ROOT, 'tests/fixtures/photos', from), join(root, SAMPLE, name));
  writeFileSync(join(root, SAMPLE, '01-07.md'), PHOTO_ARTICLE);
  accepted = check(root);
  build = await astroBuild(root, join(root, 'dist'));
}, 180_000);
afterAll(async () => {
  if (root) await removeFixture(root);
});

const page = (url: string) => readFileSync(join(root, 'dist', url, 'index.html'), 'utf8');

describe('every file the check accepts builds', () => {
  test('the check accepts the examples and the scaffolded article', () => {
    expect(accepted.code, accepted.out).toBe(0);
  });
  test('the build succeeds', () => {
    expect(build.ok, build.output).toBe(true);
  });
  test.each([
    ['/2026/04/09/01/01/', '海岛公交开通三条夜间线路'],
    ['/2026/04/09/01/02/', '今年计划新增绿化面积三千亩'],
    ['/2026/04/09/02/01/', '下一步还将在普陀、岱山开通夜间线路'],
    ['/2026/04/02/01/06/', '夜间线路连接新城、老城和朱家尖'],
  ])('%s shows its article', (url, words) => {
    expect(page(url)).toContain(words);
  });
  test('the example photo is an optimised image with its alt, and the correction shows as 更正', () => {
    const html = page('/2026/04/09/01/01/');
    expect(html).toMatch(/<img[^>]+alt="傍晚的海边，天空和海面连成一片"/);
    expect(html).toContain('更正');
    expect(html).toContain('应为“每半小时一班”');
  });
  test('a shared link of an article with a photo shows its first photo, as a JPEG of this site', async () => {
    const html = page('/2026/04/02/01/07/');
    const meta = (p: string) => new RegExp(`<meta property="${p}" content="([^"]*)"`).exec(html)?.[1];
    const image = new URL(meta('og:image') ?? 'x:');
    expect(image.origin).toBe(new URL(meta('og:url') ?? 'y:').origin);
    expect(image.pathname).toMatch(/\.jpg$/u);
    const file = await sharp(join(root, 'dist', image.pathname)).metadata();
    expect(file.format).toBe('jpeg');
    expect([meta('og:image:width'), meta('og:image:height')]).toEqual([String(file.width), String(file.height)]);
    expect(meta('og:image:alt')).toBe('一片蓝色的海面 1');
    expect(meta('og:type')).toBe('article');
    expect(meta('og:title')).toBe('每种图片格式都能登上网页');
  });
  test('a photo of every extension the check accepts is an image on the page (the site glob finds them all)', () => {
    const html = page('/2026/04/02/01/07/');
    for (let i = 0; i < PHOTOS.length; i++) expect(html, PHOTOS[i]![0]).toMatch(new RegExp(`<img[^>]+alt="一片蓝色的海面 ${i + 1}"`));
  });
  test('the MDX example keeps its box and escaped braces', () => {
    const html = page('/2026/04/09/01/02/');
    expect(html).toContain('植树清单');
    expect(html).toContain('{去年}');
  });
});

/** Bad files, in two sets: Astro loads the collections together and stops at the first that fails. */
const BAD_ARTICLES: Record<string, string> = {
  [`${SAMPLE}/01-07.md`]: '---\ntitle: 甲\ndate: "2026-04-02"\npage: 一\norder: 7\nbylin: 记者 王小明\n---\n\n正文。\n',
  [`${SAMPLE}/01-08.md`]: '---\ndate: 4月2日\npage: 1\norder: 0\nphotos:\n  - src: ./a.jpg\n---\n\n正文。\n',
  [`${SAMPLE}/01-09.mdx`]: '---\ntitle: 乙\ndate: "2026-04-02"\npage: 1\norder: 9\ncontinuedOn: 1\ndraft: maybe\ncorrections:\n  - text: 更正\n---\n\n正文。\n',
};
const BAD_EDITION: Record<string, string> = {
  'content/editions/2026-04-09/edition.yaml': 'paper: ""\ndate: "2026-04-09"\npages: []\nbanner: 多余\n',
  // The sample's edition file without its paper name.
  [`${SAMPLE}/edition.yaml`]: readFileSync(join(REPO_ROOT, SAMPLE, 'edition.yaml'), 'utf8').replace(/^paper: .*\n/m, ''),
};

/** Writes `files` into the copy, runs Astro's content sync and the check, then puts the copy back. */
function withBadFiles(files: Record<string, string>): { code: number | null; output: string; checked: { code: number; out: string } } {
  const before = Object.fromEntries(Object.keys(files).map((rel) => [rel, existsSync(join(root, rel)) ? readFileSync(join(root, rel), 'utf8') : undefined]));
  for (const [rel, text] of Object.entries(files)) writeFileSync(join(root, rel), text);
  const astro = join(REPO_ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const run = spawnSync(process.execPath, [astro, 'sync', '--root', root], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  const checked = check(root);
  for (const [rel, text] of Object.entries(before)) {
    if (text === undefined) rmSync(join(root, rel));
    else writeFileSync(join(root, rel), text);
  }
  return { code: run.status, output: `${run.stdout}${run.stderr}`, checked };
}

describe.each([
  ['articles', BAD_ARTICLES, 8],
  ['edition.yaml', BAD_EDITION, 4],
])('every schema error the build raises for %s, the check reports', (_name, files, count) => {
  let sync: ReturnType<typeof withBadFiles>;
  beforeAll(() => {
    sync = withBadFiles(files);
  }, 120_000);

  test('the build stops, and so does the check', () => {
    expect(sync.code).not.toBe(0);
    expect(sync.checked.code).toBe(1);
  });
  test('each field line of the build’s message is one of the check’s English lines', () => {
    const buildLines = [...sync.output.matchAll(/^\s+- (`.+)$/gm)].map((m) => m[1]!.trim());
    expect(buildLines).toHaveLength(count);
    const checkEnglish = sync.checked.out.split('\n').filter((l) => l.startsWith('  ')).map((l) => l.trim());
    for (const line of buildLines) {
      // The check gives each unknown field its own line and adds "did you mean"; the rest is the build's.
      const guess = /^`bylin`: unknown field\./.test(line) ? line.replace('unknown field.', 'unknown field; did you mean `byline`?') : line;
      expect(checkEnglish, `the build said: ${line}`).toContain(guess);
    }
  });
  test('under each English line the build shows the check’s Chinese for it', () => {
    const pairs = [...sync.output.matchAll(/^\s+- `.+\n {4}(\S.*)$/gm)].map((m) => m[1]!);
    expect(pairs).toHaveLength(count);
    const checkChinese = sync.checked.out.split('\n').filter((l) => /^content\S+:\d+: /.test(l)).map((l) => l.replace(/^\S+:\d+: \S+: /, ''));
    for (const zh of pairs) expect(checkChinese).toContain(zh);
  });
  test('each file the build names, the check names with a line', () => {
    const named = new Set([...sync.output.matchAll(/(content\/editions\/\S+?\.(?:mdx?|yaml)): the frontmatter/g)].map((m) => m[1]!));
    expect(named).toEqual(new Set(Object.keys(files)));
    for (const file of named) expect(sync.checked.out).toMatch(new RegExp(`^${file}:\\d+: `, 'm'));
  });
});
