// Each mistake a journalist can make, made in a copy of the content, and the
// check's exact words for it: file:line, field, Chinese, then the build's English.
import { afterEach, describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../../../scripts/lib/project-build.ts';
import { check, contentCopy, SAMPLE, type ContentCopy } from '../../helpers/content-copy.ts';

const GOOD = `---
title: 海岛公交开通三条夜间线路
byline: 记者 王小明
date: "2026-04-02"
page: 1
order: 6
---

本报讯 本市首批三条夜间公交线路昨晚开通。
`;
const NEW = `${SAMPLE}/01-06.md`;
const PAGE2 = `${SAMPLE}/02-01.md`;
const on = (text: string, from: string, to: string) => {
  if (!text.includes(from)) throw new Error(`"${from}" not in the text`);
  return text.replace(from, to);
};
/** Page 2 in the edition, and the sample's own 下转第2版 taken away so only the case's jump is judged. */
function withPage2(c: ContentCopy): void {
  c.edit(`${SAMPLE}/01-01.mdx`, (t) => on(t, 'continuedOn: 2\n', ''));
  c.edit(`${SAMPLE}/edition.yaml`, (t) => `${t}  - number: 2\n    name: 综合\n`);
}

/** The problems the check printed, notes and the summary left out. */
function problems(c: ContentCopy): { code: number; problems: string[] } {
  const lines: string[] = [];
  const { code, out } = check(c.root);
  for (const block of out.split(/\n(?=\S)/)) if (!block.includes('（提示）') && !block.startsWith('[check]')) lines.push(block);
  return { code, problems: lines };
}

let copy: ContentCopy | undefined;
afterEach(() => copy?.remove());

const CASES: [string, (c: ContentCopy) => void, string][] = [
  [
    'a missing required field, on line 1',
    (c) => c.write(NEW, on(GOOD, 'title: 海岛公交开通三条夜间线路\n', '')),
    `${NEW}:1: title: 缺少主题（title），应为文字；改法：写主题，如 \`title: 全市长护险参保人数超百万\`
  \`title\`: missing; expected text. Fix: write the headline (主题) as \`title: 全市长护险参保人数超百万\`.`,
  ],
  [
    'a field of the wrong type, on its own line',
    (c) => c.write(NEW, on(GOOD, 'page: 1', 'page: 一')),
    `${NEW}:5: page: 版次（page）应为数字，这里是文字“一”；改法：版次写数字，不加引号，如 \`page: 1\`
  \`page\`: expected a number, found the text "一". Fix: write the page number without quotes, \`page: 1\`.`,
  ],
  [
    'a date not written YYYY-MM-DD',
    (c) => c.write(NEW, on(GOOD, 'date: "2026-04-02"', 'date: 4月2日')),
    `${NEW}:4: date: 日期（date）应写成年-月-日，如 2026-04-02，这里是文字“4月2日”；改法：日期加引号写成年-月-日，如 \`date: "2026-04-02"\`
  \`date\`: expected a date written YYYY-MM-DD, e.g. 2026-04-02; got "4月2日", found the text "4月2日". Fix: write the edition date in quotes, \`date: "2026-04-02"\`.`,
  ],
  [
    'an unknown field, with the nearest known name',
    (c) => c.write(NEW, on(GOOD, 'byline:', 'bylin:')),
    `${NEW}:3: bylin: 不认识的字段“bylin”，是不是想写 byline；改法：改成 \`byline\`，或删去这一行。能用的字段：column、kicker、title、subtitle、byline、date、page、order、photos、continuedFrom、continuedOn、corrections、draft
  \`bylin\`: unknown field; did you mean \`byline\`? Fix: check the spelling or remove it; known fields are column, kicker, title, subtitle, byline, date, page, order, photos, continuedFrom, continuedOn, corrections, draft.`,
  ],
  [
    'frontmatter that is not YAML',
    (c) => c.write(NEW, on(GOOD, 'title: 海岛公交开通三条夜间线路', 'title: [海岛公交')),
    `${NEW}:3: frontmatter: 文章信息不是正确的 YAML（Flow sequence in block collection must be sufficiently indented and end with a ]）；改法：每行写成“字段: 值”，冒号后空一格，值里有冒号或引号时整个值加引号
  the frontmatter is not valid YAML (Flow sequence in block collection must be sufficiently indented and end with a ]). Fix: write one \`field: value\` a line, a space after the colon, and quote a value that holds a colon or quote.`,
  ],
  [
    'two articles on one date/page/order, naming both files',
    (c) => c.write(NEW, on(GOOD, 'order: 6', 'order: 3')),
    `${NEW}:6: order: 与 ${SAMPLE}/01-03.md 都是 2026-04-02 第1版第3篇；改法：把其中一篇的 order（或 page）改掉，或在不发布的那篇写 \`draft: true\`
  ${SAMPLE}/01-03.md and ${NEW} both claim 2026-04-02 page 1 order 3; expected one article per date/page/order. Fix: give one of them another \`order\` (or \`page\`), or set \`draft: true\` on the one that should not be published.`,
  ],
  [
    'a date that is not the folder’s',
    (c) => c.write(NEW, on(GOOD, 'date: "2026-04-02"', 'date: "2026-04-03"')),
    `${NEW}:4: date: 日期（date）是 2026-04-03，文件却在 2026-04-02 文件夹里；改法：写 \`date: "2026-04-02"\`，或把文件移到 2026-04-03/ 文件夹
  field \`date\` is "2026-04-03" but the file is in the folder of 2026-04-02; expected the folder's date. Fix: write \`date: "2026-04-02"\`, or move the file to the folder 2026-04-03/.`,
  ],
  [
    'continuedOn: N with no article on page N continued from here',
    (c) => {
      withPage2(c);
      c.write(NEW, on(GOOD, 'order: 6', 'order: 6\ncontinuedOn: 2'));
      c.write(PAGE2, on(on(GOOD, 'page: 1', 'page: 2'), 'order: 6', 'order: 1'));
    },
    `${NEW}:7: continuedOn: 下转第2版，但第2版没有写 \`continuedFrom: 1\` 的文章；改法：在第2版接续的那篇写 \`continuedFrom: 1\`（上接第1版），或改正这里的版次
  \`continuedOn\` is 2 but no article on page 2 has \`continuedFrom: 1\`. Fix: write \`continuedFrom: 1\` in the part on page 2, or correct the page number here.`,
  ],
  [
    'continuedFrom: N with no article on page N continued to here',
    (c) => {
      withPage2(c);
      c.write(PAGE2, on(on(GOOD, 'page: 1', 'page: 2'), 'order: 6', 'order: 1\ncontinuedFrom: 1'));
    },
    `${PAGE2}:7: continuedFrom: 上接第1版，但第1版没有写 \`continuedOn: 2\` 的文章；改法：在第1版接续的那篇写 \`continuedOn: 2\`（下转第2版），或改正这里的版次
  \`continuedFrom\` is 1 but no article on page 1 has \`continuedOn: 2\`. Fix: write \`continuedOn: 2\` in the part on page 1, or correct the page number here.`,
  ],
  [
    'a photo whose file is not next to the article',
    (c) => c.write(NEW, on(GOOD, 'order: 6', 'order: 6\nphotos:\n  - caption: 夜间公交\n    src: ./gongjiao.jpg\n    alt: 一辆公交车')),
    `${NEW}:9: photos[0].src: 图片文件（photos[0].src）是“./gongjiao.jpg”，但 ${SAMPLE}/gongjiao.jpg 不存在；改法：把 .jpg/.png/.webp/.avif 图片放到文章文件旁边，或改正文件名
  field \`photos[0].src\` is "./gongjiao.jpg" but there is no such image at ${SAMPLE}/gongjiao.jpg; expected a .jpg, .png, .webp or .avif file next to the article. Fix: add the file or correct the name.`,
  ],
  [
    'a photo with a file but no alt',
    (c) => {
      c.write(`${SAMPLE}/gongjiao.jpg`, readFileSync(join(REPO_ROOT, 'tests/fixtures/photos/sea.jpg')));
      c.write(NEW, on(GOOD, 'order: 6', 'order: 6\nphotos:\n  - caption: 夜间公交\n    src: ./gongjiao.jpg'));
    },
    `${NEW}:8: photos[0].alt: 这张图有图片文件（src），缺少图片替代文字（photos[0].alt）；改法：在 src 下面加一行，写图上是什么，如 \`    alt: 工人在产业园工地上浇筑混凝土\`
  \`photos[0].alt\`: a photo with \`src\` needs \`alt\` (describe what the picture shows). Fix: write a list, each item with a caption: \`photos:\` then \`  - caption: 图片说明\`.`,
  ],
  [
    'a photo in a format the site does not take',
    (c) => {
      c.write(`${SAMPLE}/gongjiao.gif`, 'not read by the check');
      c.write(NEW, on(GOOD, 'order: 6', 'order: 6\nphotos:\n  - caption: 夜间公交\n    src: ./gongjiao.gif\n    alt: 一辆公交车'));
    },
    `${NEW}:9: photos[0].src: 图片文件（photos[0].src）是“./gongjiao.gif”，网站只认 .jpg/.jpeg/.png/.webp/.avif 图片；改法：把图片另存为 .jpg 或 .png，放到文章文件旁边
  field \`photos[0].src\` is "./gongjiao.gif" but there is no such image at ${SAMPLE}/gongjiao.gif; expected a .jpg, .png, .webp or .avif file next to the article. Fix: add the file or correct the name.`,
  ],
  [
    'an article outside any edition folder',
    (c) => c.write('content/editions/kuaixun.md', GOOD),
    `content/editions/kuaixun.md:1: folder: 稿件没有放在日期文件夹里；改法：把文件移到以出版日期命名的文件夹，如 2026-04-02/
  the article is not in an edition folder. Fix: move it into the folder named after its date, e.g. 2026-04-02/.`,
  ],
  [
    'an article in a folder that is not a date',
    (c) => c.write('content/editions/april/01-01.md', GOOD),
    `content/editions/april/01-01.md:1: folder: 文件夹“april”不是日期，稿件要放在以出版日期命名的文件夹里；改法：把文件移到 content/editions/<年-月-日>/，如 2026-04-02/
  the folder "april" is not a date; articles live in a folder named after the edition date. Fix: move the file to a folder such as 2026-04-02/.`,
  ],
  [
    'an article on a page edition.yaml does not list',
    (c) => c.write(`${SAMPLE}/03-01.md`, on(on(GOOD, 'page: 1', 'page: 3'), 'order: 6', 'order: 1')),
    `${SAMPLE}/03-01.md:5: page: 第3版不在本期 edition.yaml 的版面列表里；改法：在 edition.yaml 的 pages 下加 \`- number: 3\` 和 \`name: 版名\`，或改正版次
  page 3 is not among the pages of edition.yaml. Fix: add \`- number: 3\` with \`name: …\` under \`pages\` in edition.yaml, or correct the page.`,
  ],
  [
    'an edition.yaml whose date is not its folder’s',
    (c) => c.edit(`${SAMPLE}/edition.yaml`, (t) => on(t, 'date: "2026-04-02"', 'date: "2026-04-01"')),
    `${SAMPLE}/edition.yaml:2: date: 出版日期（date）是 2026-04-01，文件却在 2026-04-02 文件夹里；改法：写 \`date: "2026-04-02"\`
  \`date\` is "2026-04-01" but the file is in the folder of 2026-04-02. Fix: write \`date: "2026-04-02"\`.`,
  ],
  [
    'an edition folder without edition.yaml',
    (c) => c.write('content/editions/2026-04-05/01-01.md', on(GOOD.replaceAll('2026-04-02', '2026-04-05'), 'order: 6', 'order: 1')),
    `content/editions/2026-04-05/edition.yaml:1: edition.yaml: 这一期没有 edition.yaml（报名和各版版名）；改法：在这个文件夹里新建 edition.yaml，写 \`paper: 舟山日报\`、\`date: "2026-04-05"\` 和 pages 列表（见写稿指南“版面文件”）；用 npm run new 写稿时会自动建好
  this edition has no edition.yaml (paper name and page names). Fix: create it with \`paper: 舟山日报\`, \`date: "2026-04-05"\` and a list of \`pages\` (see the writing guide); \`npm run new\` creates it for you.`,
  ],
  [
    'MDX that does not compile, at the line of the error',
    (c) => c.write(`${SAMPLE}/01-06.mdx`, `${GOOD}\n面积 {三千亩\n`),
    `${SAMPLE}/01-06.mdx:11: MDX: 正文无法编译（第 4 列：Unexpected end of file in expression, expected a corresponding closing brace for \`{\` (mdx-jsx:unexpected-character)）；改法：.mdx 里 { } < > 是语法符号，要写这些字符本身请在前面加反斜杠（\\{ \\< ），或改用全角“＜＞”；<Aside title="…"> 这样的组件必须有配对的 </Aside>
  the body does not compile: Unexpected end of file in expression, expected a corresponding closing brace for \`{\` (mdx-jsx:unexpected-character). Fix: in .mdx, { } < > are syntax; write \\{ or \\< for the character itself (or full-width ＜＞), and close every component such as <Aside title="…"> with </Aside>.`,
  ],
];

describe('npm run check names each mistake exactly', () => {
  test('the sample edition with a good new article passes', () => {
    copy = contentCopy();
    copy.write(NEW, GOOD);
    expect(problems(copy)).toEqual({ code: 0, problems: [] });
  });
  test.each(CASES)('%s', (_name, make, expected) => {
    copy = contentCopy();
    make(copy);
    expect(problems(copy)).toEqual({ code: 1, problems: [expected] });
  });
  test('every problem at once, file by file and line by line, with a count', () => {
    copy = contentCopy();
    copy.write(NEW, on(on(GOOD, 'page: 1', 'page: 一'), 'byline:', 'bylin:'));
    copy.write(`${SAMPLE}/01-07.mdx`, `${on(GOOD, 'order: 6', 'order: 7')}\n{\n`);
    const { code, out } = check(copy.root);
    expect(code).toBe(1);
    // The sample's own 下转第2版 is a note (page 2 is not in the edition yet): shown, not counted.
    expect(out.match(/^content\S+:\d+: \S+:/gm)).toEqual([
      `${SAMPLE}/01-01.mdx:13: continuedOn:`,
      `${NEW}:3: bylin:`,
      `${NEW}:5: page:`,
      `${SAMPLE}/01-07.mdx:11: MDX:`,
    ]);
    expect(out.split('\n').at(-1)).toBe('[check] 3 个问题要改（2 个文件）/ 3 problem(s) to fix in 2 file(s); 改好后再运行 npm run check');
  });
});

describe('npm run check notes a byline written as printed', () => {
  /** The notes the check printed about the new file. */
  const notes = (c: ContentCopy) => check(c.root).out.split(/\n(?=\S)/).filter((b) => b.startsWith(`${NEW}:`) && b.includes('（提示）'));
  test.each([
    [
      'with the □ mark',
      '□记者 王小明',
      `${NEW}:3: byline: （提示）署名前面不要“□”；改法：写 \`byline: 记者 王小明\`
  (note) the byline starts with the print mark "□". Fix: write \`byline: 记者 王小明\`.`,
    ],
    [
      'as the whole dateline',
      '本报讯（记者 王小明）',
      `${NEW}:3: byline: （提示）署名里写了电头“本报讯（记者 王小明）”；改法：电头留在正文第一段，署名只写人名和身份，如 \`byline: 记者 某某\`
  (note) the byline holds the dateline "本报讯（记者 王小明）". Fix: keep the dateline in the first paragraph and write only the credit here, e.g. \`byline: 记者 某某\`.`,
    ],
  ])('%s: a note, the build takes it', (_name, byline, expected) => {
    copy = contentCopy();
    copy.write(NEW, on(GOOD, 'byline: 记者 王小明', `byline: ${byline}`));
    expect(notes(copy)).toEqual([expected]);
    expect(check(copy.root).code).toBe(0);
  });
  test('an agency byline is what the format wants: no note', () => {
    copy = contentCopy();
    copy.write(NEW, on(GOOD, 'byline: 记者 王小明', 'byline: 新华社记者 李宣良 李清华'));
    expect(notes(copy)).toEqual([]);
  });
});
