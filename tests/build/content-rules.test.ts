// The journalist-facing rules, each on its own copy of the project (the repository's
// content/ is never written): a hand-written .md appears at the next build, a draft
// does not, a second page brings page links and jump links, and a missing or wrong
// field or a taken date/page/order stops the build with a message naming file and field.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkLinks, formatBroken } from '../../scripts/lib/linkcheck.ts';
import { configuredSiteOrigin } from '../../scripts/lib/site-config.ts';
import { buildFixture, copyProject, removeFixture, REPO_ROOT, writeFiles, type BuildResult } from '../../scripts/lib/project-build.ts';
import { runIngest } from '#src/ingest/run.ts';
import { expectInOrder, linksTo, readPage, siteOf, textOf } from '../helpers/built-site.ts';
import { sampleArticles, SAMPLE_DATE } from '../helpers/sample.ts';
import { editionPath, pagePath, articlePath } from '#src/site/paths.ts';

const EDITION_DIR = `content/editions/${SAMPLE_DATE}`;
const articles = sampleArticles();

type Fixture = BuildResult & { root: string };
const fixtures: Fixture[] = [];
afterAll(async () => {
  for (const f of fixtures) await removeFixture(f.root);
});
async function build(label: string, prepare: (root: string) => Promise<void>): Promise<Fixture> {
  const fixture = await buildFixture(label, prepare);
  fixtures.push(fixture);
  return fixture;
}
function edit(root: string, rel: string, change: (text: string) => string): void {
  const path = join(root, rel);
  const before = readFileSync(path, 'utf8');
  const after = change(before);
  if (after === before) throw new Error(`fixture edit changed nothing in ${rel}`);
  writeFileSync(path, after);
}

const JOURNALIST_MD = `---
kicker: 方便市民夜间出行
title: 海岛公交开通三条夜间线路
byline: 记者 王小明
date: 2026-04-02
page: 1
order: 6
photos:
  - caption: 夜间公交首班车驶出朱家尖站
    src: ./night-bus.png
    alt: 一辆亮着灯的公交车停在站台旁
---

本报讯 记者从市交通运输局获悉，本市首批三条夜间公交线路昨晚开通。

## 三条线路先行

夜间线路连接新城、老城和朱家尖，每半小时一班。

> **出行提示**
>
> 夜间线路票价与日间相同。
>
> 可使用公交卡和移动支付。
`;

/** A 64×48 red PNG: a real image for Astro's image pipeline. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAEAAAAAwCAIAAAAuKetIAAAACXBIWXMAAAPoAAAD6AG1e1JrAAAAfElEQVRoge2SAQkAQBCDlsT+UYz1McbxAwPoWITTpG7gAqiv6C7EXVI3cAHUV3QX4i6pG7gA6iu6C3GX1A1cAPUV3YW4S+oGLoD6iu5C3CV1AxdAfUV3Ie6SuoELoL6iuxB3Sd3ABVBf0V2Iu6Ru4AKor+guxF1SN/DzgAeJJzC1j9JECgAAAABJRU5ErkJggg==',
  'base64',
);

const DRAFT_MDX = `---
title: 这篇草稿不应出现在网站上
date: "2026-04-02"
page: 1
order: 7
draft: true
---

草稿正文不应发布。
`;

describe('a journalist adds a .md file and a draft, with no other change', () => {
  let fixture: Fixture;
  beforeAll(async () => {
    fixture = await build('journalist', async (root) =>
      writeFiles(root, {
        [`${EDITION_DIR}/01-06.md`]: JOURNALIST_MD,
        [`${EDITION_DIR}/night-bus.png`]: PNG,
        [`${EDITION_DIR}/01-07.mdx`]: DRAFT_MDX,
      }),
    );
    if (!fixture.ok) throw new Error(`build failed:\n${fixture.output}`);
  });
  const url = articlePath(SAMPLE_DATE, 1, 6);

  test('the .md article has its page with head, subheading, box and paragraphs in order', () => {
    const page = readPage(fixture.outDir, url);
    const main = page.root.querySelector('main') ?? page.root;
    expect(page.root.querySelectorAll('h1').map((h) => textOf(h))).toEqual(['海岛公交开通三条夜间线路']);
    expectInOrder(textOf(main), ['方便市民夜间出行', '海岛公交开通三条夜间线路', '记者 王小明', '本市首批三条夜间公交线路', '三条线路先行', '每半小时一班'], url);
    expect(main.querySelectorAll('h2, h3').map((h) => textOf(h))).toContain('三条线路先行');
    const box = main.querySelectorAll('aside').find((a) => textOf(a).startsWith('出行提示'));
    expect(box, 'the > **出行提示** blockquote is not an <aside> box').toBeDefined();
    expectInOrder(textOf(box!), ['出行提示', '夜间线路票价与日间相同。', '可使用公交卡和移动支付。'], `${url} <aside>`);
  });

  test('its photo shows as a same-origin picture with its alt text and caption, and every link of the site resolves', async () => {
    const page = readPage(fixture.outDir, url);
    const figure = page.root.querySelector('main figure');
    expect(figure, 'the photo has no <figure>').not.toBeNull();
    const img = figure!.querySelector('img');
    expect(img, 'the photo with src has no <img>').not.toBeNull();
    expect(img!.getAttribute('alt')).toBe('一辆亮着灯的公交车停在站台旁');
    expect(textOf(figure!.querySelector('figcaption')!)).toContain('夜间公交首班车驶出朱家尖站');
    expect(img!.getAttribute('src')).not.toMatch(/^(https?:)?\/\//);
    const origin = (await configuredSiteOrigin(REPO_ROOT))!;
    const report = checkLinks(siteOf(fixture.outDir), { siteOrigins: [origin] });
    expect(formatBroken(report.broken)).toBe('');
    expect(report.external).toEqual([]);
  });

  test('the .md article joins the edition after the others, and the feed and sitemap', () => {
    const edition = readPage(fixture.outDir, editionPath(SAMPLE_DATE));
    expectInOrder(textOf(edition.root), [...articles.map((a) => a.data.title), '海岛公交开通三条夜间线路'], edition.path);
    expect(linksTo(edition.root, edition.path, url).length).toBeGreaterThan(0);
    const previous = readPage(fixture.outDir, articles.at(-1)!.url);
    expect(linksTo(previous.root, previous.path, url).length, 'the last sample article links to it as next').toBeGreaterThan(0);
    const site = siteOf(fixture.outDir);
    expect(site.read('rss.xml')).toContain(`${url}</link>`);
    const sitemaps = [...site.files].filter((f) => /^sitemap-\d+\.xml$/.test(f)).map((f) => site.read(f)).join('');
    expect(sitemaps).toContain(`${url}</loc>`);
  });

  test('the draft is built nowhere: no page, no link, not in the feed or sitemap', () => {
    const site = siteOf(fixture.outDir);
    expect(site.files.has(`${articlePath(SAMPLE_DATE, 1, 7).slice(1)}index.html`)).toBe(false);
    const mentions = [...site.files]
      .filter((f) => /\.(html|xml|txt|json)$/.test(f))
      .filter((f) => site.read(f).includes('这篇草稿不应出现') || site.read(f).includes(articlePath(SAMPLE_DATE, 1, 7)));
    expect(mentions).toEqual([]);
  });
});

describe('an edition with a second page carrying the rest of the lead story, and a third page ingested without a name', () => {
  let fixture: Fixture;
  let ingested: { code: number; out: string };
  const first = articles[0]!; // continuedOn: 2 in the sample
  const restUrl = articlePath(SAMPLE_DATE, 2, 1);
  beforeAll(async () => {
    expect(first.data.continuedOn).toBe(2);
    fixture = await build('two-pages', async (root) => {
      edit(root, `${EDITION_DIR}/edition.yaml`, (yaml) => `${yaml.trimEnd()}\n  - number: 2\n    name: 综合\n`);
      await writeFiles(root, {
        [`${EDITION_DIR}/02-01.mdx`]: `---\ntitle: ${first.data.title}\ndate: "2026-04-02"\npage: 2\norder: 1\ncontinuedFrom: 1\n---\n\n项目从签约到开工只用了一个月。\n`,
      });
      // As an editor ingests a page: no --page-name.
      const lines: string[] = [];
      const args = ['tests/fixtures/pages/page-3.txt', '--date', SAMPLE_DATE, '--page', '3', '--out', join(root, 'content/editions')];
      ingested = { code: runIngest(args, { out: (l) => lines.push(l), err: (l) => lines.push(l) }), out: lines.join('\n') };
    });
    if (!fixture.ok) throw new Error(`build failed:\n${fixture.output}`);
  });

  test('the ingested page 3 is named 第03版 in edition.yaml, and its pages read 第03版 once, never 第3版', () => {
    expect(ingested.code, ingested.out).toBe(0);
    expect(readFileSync(join(fixture.root, EDITION_DIR, 'edition.yaml'), 'utf8')).toMatch(/- number: 3\n {4}name: 第03版\n/);
    const p3 = readPage(fixture.outDir, pagePath(SAMPLE_DATE, 3));
    const edition = readPage(fixture.outDir, editionPath(SAMPLE_DATE));
    for (const page of [p3, edition, readPage(fixture.outDir, articlePath(SAMPLE_DATE, 3, 1))]) {
      const text = textOf(page.root);
      expect(text, page.path).toContain('第03版');
      expect(text, page.path).not.toContain('第3版');
      expect(text, page.path).not.toMatch(/第03版\s*第03版/);
    }
    expectInOrder(textOf(p3.root), ['第03版', '海岛夜间公交线路开通首周客流过万'], p3.path);
  });

  test('下转第2版 on the lead story links to its other part, and 上接第1版 links back', () => {
    const lead = readPage(fixture.outDir, first.url);
    const on = lead.root.querySelectorAll('a').filter((a) => /下转第0?2版/.test(textOf(a)));
    expect(on, '下转第2版 is not a link although page 2 exists').toHaveLength(1);
    const onTarget = new URL(on[0]!.getAttribute('href')!, `http://x${first.url}`).pathname;
    expect([restUrl, pagePath(SAMPLE_DATE, 2)]).toContain(onTarget);
    const rest = readPage(fixture.outDir, restUrl);
    const from = rest.root.querySelectorAll('a').filter((a) => /上接第0?1版/.test(textOf(a)));
    expect(from, '上接第1版 is not a link').toHaveLength(1);
    expect([first.url, pagePath(SAMPLE_DATE, 1)]).toContain(new URL(from[0]!.getAttribute('href')!, `http://x${restUrl}`).pathname);
  });

  test('page 01 links to page 02 as next, page 02 to page 01 as previous and to page 03 as next', () => {
    const p1 = readPage(fixture.outDir, pagePath(SAMPLE_DATE, 1));
    const p2 = readPage(fixture.outDir, pagePath(SAMPLE_DATE, 2));
    const target = (a: (typeof p1.root), from: string) => new URL(a.getAttribute('href')!, `http://x${from}`).pathname;
    expect(p1.root.querySelectorAll('a[rel~="next"]').map((a) => target(a, p1.path))).toEqual([pagePath(SAMPLE_DATE, 2)]);
    expect(p1.root.querySelectorAll('a[rel~="prev"]')).toEqual([]);
    expect(p2.root.querySelectorAll('a[rel~="prev"]').map((a) => target(a, p2.path))).toEqual([pagePath(SAMPLE_DATE, 1)]);
    expect(p2.root.querySelectorAll('a[rel~="next"]').map((a) => target(a, p2.path))).toEqual([pagePath(SAMPLE_DATE, 3)]);
    expectInOrder(textOf(p2.root), ['第02版', '综合', first.data.title, '项目从签约到开工'], p2.path);
  });

  test('the edition lists both pages and reads page 1 then page 2', () => {
    const edition = readPage(fixture.outDir, editionPath(SAMPLE_DATE));
    expect(linksTo(edition.root, edition.path, pagePath(SAMPLE_DATE, 2)).length).toBeGreaterThan(0);
    expect(textOf(edition.root)).toContain('综合');
    const last = articles.at(-1)!.data.title;
    expectInOrder(textOf(edition.root.querySelector('main') ?? edition.root), [last, '第02版'], edition.path);
  });

  test('the last article of page 1 leads on to the first of page 2', () => {
    const last = readPage(fixture.outDir, articles.at(-1)!.url);
    expect(linksTo(last.root, last.path, restUrl).length).toBeGreaterThan(0);
  });
});

/**
 * Mistakes a build must stop on, each in a file of its own: one copy of the project
 * holds them all, and one `astro sync` (the build's first step, with the build's own
 * loader and messages) must name every one of them, each with its file and field.
 */
const BROKEN: { name: string; file: string; change: (root: string) => Promise<void>; mentions: RegExp[] }[] = [
  {
    name: 'an article without its required `page`',
    file: `${EDITION_DIR}/01-03.md`,
    change: async (root) => edit(root, `${EDITION_DIR}/01-03.md`, (t) => t.replace(/^page: 1\n/m, '')),
    mentions: [/`page`: missing/, /expected a number/, /Fix:/, /缺少版次（page）/],
  },
  {
    name: 'an article whose `order` is not a number',
    file: `${EDITION_DIR}/01-04.md`,
    change: async (root) => edit(root, `${EDITION_DIR}/01-04.md`, (t) => t.replace(/^order: 4$/m, 'order: 第四')),
    mentions: [/`order`: expected a number, found the text "第四"/, /Fix:/, /版内顺序（order）应为数字/],
  },
  {
    name: 'an article with a field the format does not know',
    file: `${EDITION_DIR}/01-02.md`,
    change: async (root) => edit(root, `${EDITION_DIR}/01-02.md`, (t) => t.replace(/^page: 1$/m, 'page: 1\nauthor: 葛高蓉')),
    mentions: [/`author`: unknown field/, /不认识的字段“author”/],
  },
  {
    name: 'two articles claiming 2026-04-02 page 1 order 5',
    file: `${EDITION_DIR}/01-05-bis.md`,
    change: async (root) =>
      writeFiles(root, {
        [`${EDITION_DIR}/01-05-bis.md`]: `---\ntitle: 另一篇文章占了同一位置\ndate: "2026-04-02"\npage: 1\norder: 5\n---\n\n正文。\n`,
      }),
    mentions: [/01-05-bis\.md and \S+\/01-05\.md both claim 2026-04-02 page 1 order 5/, /`order`/, /Fix:/, /都是 2026-04-02 第1版第5篇/],
  },
  {
    name: 'a photo whose image file is not there',
    file: `${EDITION_DIR}/01-01.mdx`,
    change: async (root) =>
      edit(root, `${EDITION_DIR}/01-01.mdx`, (t) => t.replace('  - caption: 让客商一目了然的园区规划图', '  - caption: 让客商一目了然的园区规划图\n    src: ./plan.jpg\n    alt: 园区规划图')),
    mentions: [/field `photos\[1\]\.src` is "\.\/plan\.jpg" but there is no such image at content\/editions\/2026-04-02\/plan\.jpg/, /Fix:/],
  },
];

describe('the build stops before rendering anything, naming every mistake with its file and field', () => {
  let root: string;
  let sync: { code: number | null; output: string };
  beforeAll(async () => {
    root = await copyProject('broken');
    for (const broken of BROKEN) await broken.change(root);
    const astro = join(REPO_ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
    const run = spawnSync(process.execPath, [astro, 'sync', '--root', root], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
    });
    sync = { code: run.status, output: `${run.stdout}${run.stderr}` };
  }, 120_000);
  afterAll(async () => {
    if (root) await removeFixture(root);
  });

  test('with a non-zero exit', () => {
    expect(sync.code, sync.output).not.toBe(0);
  });
  /** The lines of the message about `file`: from a line that names it to the next that names another file. */
  const section = (file: string): string => {
    const lines = sync.output.split('\n');
    const out: string[] = [];
    let inside = false;
    for (const line of lines) {
      const names = /^(?:\[\w+\]\s*)?(content\/\S+?\.(?:mdx?|yaml))\b/.exec(line)?.[1];
      if (names) inside = line.includes(file);
      if (inside) out.push(line);
    }
    return out.join('\n');
  };
  test.each(BROKEN.map((b) => [b.name, b] as const))('%s', (_name, broken) => {
    const text = section(broken.file);
    expect(text, `nothing in the message names ${broken.file}:\n${sync.output}`).not.toBe('');
    for (const word of broken.mentions) expect(text, `the message about ${broken.file} should match ${word}`).toMatch(word);
  });
});
