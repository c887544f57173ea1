// Hostile content, as a careless or hostile contributor would commit it, each case
// with the check's exact words (`file:line: field: 中文` then the English). The unit
// tier runs `npm run check` on all of them at once (tests/unit/content/hostile.test.ts);
// the build tier puts them all in one copy of the project and holds the build to the
// same words, file and line (tests/build/hostile.test.ts), and asserts the HTML of
// what is published after cleaning.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../../scripts/lib/project-build.ts';
import { SAMPLE } from './content-copy.ts';

/** A published article's frontmatter on page 1 of the sample edition: body text starts on line 8 (plus one per extra line). */
export const fm = (order: number, extra = ''): string => `---\ntitle: 标题${order}\ndate: "2026-04-02"\npage: 1\norder: ${order}\n${extra}---\n\n`;
export const at = (order: number, ext: 'md' | 'mdx'): string => `${SAMPLE}/01-${order}.${ext}`;

export interface HostileCase {
  name: string;
  files: Record<string, string | Buffer>;
  /** The check's problems for these files, each exactly as printed. */
  check: string[];
  /** Refused: the build stops, with the same words for each problem. Else published after cleaning. */
  refused: boolean;
}

const ESM_ZH = '是程序代码（import/export），稿件里不能写；改法：删去这一行，方框直接写 <Aside title="标题">……</Aside>，不用 import';
const ESM_EN = ': import and export are program code, which an article may not hold. Fix: delete the line; a box is <Aside title="…">…</Aside>, which needs no import.';
const esm = (file: string, line: number, code: string) => `${file}:${line}: MDX: “${code}”${ESM_ZH}\n  \`${code}\`${ESM_EN}`;
const expr = (file: string, line: number, code: string) =>
  `${file}:${line}: MDX: “{${code}}”是程序表达式，稿件里不能写；改法：要写花括号本身请写成 \\{ \\}（或全角“｛｝”），否则删去\n  \`{${code}}\` is a program expression, which an article may not hold. Fix: write \\{ and \\} for the braces themselves (or full-width ｛｝), or remove the expression.`;
const element = (file: string, line: number, name: string) =>
  `${file}:${line}: MDX: <${name}> 不是网站提供的组件，.mdx 稿件只能用 <Aside title="…">；改法：删去这个标签（要写“<”本身请写 \\<），或改用方框\n  <${name}> is not a component the site provides; an .mdx article may use only <Aside title="…">. Fix: remove the tag (write \\< for the character itself), or use a box.`;
const attribute = (file: string, line: number, attr: string) =>
  `${file}:${line}: MDX: <Aside> 的属性“${attr}”不行，组件只接受用引号写的文字：title="…"；改法：写成 <Aside title="标题">\n  <Aside ${attr}>: a component takes only title="text", written as quoted text. Fix: write <Aside title="标题">.`;
const placement = (file: string, line: number) =>
  `${file}:${line}: MDX: <Aside> 方框要单独成段，放在正文最外层，不能放在段落、列表、引用或另一个方框里；改法：<Aside title="…"> 和 </Aside> 各占一行，方框前后各空一行\n  <Aside> must stand on its own lines at the top level of the body, not inside a paragraph, list, quotation or another box. Fix: put <Aside title="…"> and </Aside> each on a line of its own, with blank lines around the box.`;
const removed = (file: string, line: number, tag: string, page = false) =>
  `${file}:${line}: HTML: <${tag}> 不会发布，网站会连同里面的内容一起删掉（稿件里不能有${page ? '页面设置' : '脚本、样式、框架或表单'}）；改法：删去它\n  <${tag}> is not published: the site drops it with everything inside it (articles may not hold ${page ? 'page settings' : 'scripts, styles, frames or forms'}). Fix: delete it.`;
const unwrapped = (file: string, line: number, tag: string) =>
  `${file}:${line}: HTML: <${tag}> 标签不会发布，网站会删掉这个标签（文字保留）；改法：删去标签，改用 Markdown 写法（**加粗**、[链接](https://…)、> 引用）\n  <${tag}> is not published: the site drops the tag (its text stays). Fix: delete the tag; write Markdown instead (**bold**, [link](https://…), > quote).`;
const dropped = (file: string, line: number, tag: string, attr: string, value: string) => {
  const handler = attr.startsWith('on');
  return `${file}:${line}: HTML: <${tag}> 的 ${attr}="${value}" 不会发布，网站会删掉它（${handler ? '事件属性是程序代码' : '只保留 http(s)、mailto 链接和本站的图片'}）；改法：删去这个属性\n  <${tag} ${attr}="${value}">: the site drops this attribute (${handler ? 'event handlers are code' : 'only links to http(s) and mailto, and images that are the site’s own files, are kept'}). Fix: remove it.`;
};
const notImage = (file: string, field: string, src: string, image: string, empty: boolean) =>
  `${file}:8: ${field}: 图片文件（${field}）是“${src}”，但 ${image} ${empty ? '是空文件（0 字节）' : '不是网站能读的图片'}；改法：重新导出图片（存为 JPEG 或 PNG），替换这个文件\n  field \`${field}\` is "${src}" but ${image} is ${empty ? 'an empty file (0 bytes)' : 'not an image the site can read'}; expected a .jpg, .png, .webp or .avif picture. Fix: save the picture again (export it as JPEG or PNG) and replace the file.`;
const strayImage = (file: string, empty: boolean) =>
  `${file}:1: photo: 这个文件名是图片，却${empty ? '是空文件（0 字节）' : '不是网站能读的图片'}；网站构建时会读每一张图片，读到它就会停下；改法：重新导出为 JPEG 或 PNG，或删去这个文件\n  this is ${empty ? 'an empty file (0 bytes)' : 'a file that is not an image the site can read'}, with an image's name; the build reads every image in the edition folders and stops at it. Fix: export the picture again as JPEG or PNG, or delete the file.`;
const photoLines = (src: string) => `photos:\n  - caption: 图\n    src: ${src}\n    alt: 一张图\n`;

/** An alias bomb: nine lines that expand to 9^9 strings. */
const BOMB = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]', ...Array.from({ length: 8 }, (_, i) => {
  const [name, prev] = [String.fromCharCode(98 + i), String.fromCharCode(97 + i)];
  return `${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`;
})].join('\n');

const JPEG = () => readFileSync(join(REPO_ROOT, 'tests/fixtures/photos/sea.jpg'));
const INVALID_UTF8 = () => Buffer.concat([Buffer.from(`${fm(36)}第一段正常。\n\n第二段`), Buffer.from([0xff, 0xfe]), Buffer.from('坏了。\n')]);

export const REFUSED: HostileCase[] = [
  {
    name: 'an .mdx article that runs a command at build and prints it (import, export, {expressions})',
    files: { [at(11, 'mdx')]: `${fm(11)}import { execSync } from "node:child_process"\nexport const who = execSync("id").toString()\n\n{who} {process.env.HOME}\n` },
    check: [esm(at(11, 'mdx'), 8, 'import { execSync } from "node:child_process"'), expr(at(11, 'mdx'), 11, 'who'), expr(at(11, 'mdx'), 11, 'process.env.HOME')],
    refused: true,
  },
  {
    name: '{process.exit(1)}, {alert(1)} and {张三}: expressions, whatever they hold',
    files: { [at(12, 'mdx')]: `${fm(12)}正文 {process.exit(1)}\n\n{alert(1)} 和 {张三}\n` },
    check: [expr(at(12, 'mdx'), 8, 'process.exit(1)'), expr(at(12, 'mdx'), 10, 'alert(1)'), expr(at(12, 'mdx'), 10, '张三')],
    refused: true,
  },
  {
    name: 'export default: a layout of the article’s own',
    files: { [at(13, 'mdx')]: `${fm(13)}export default function Layout(p) { return p.children }\n\n正文\n` },
    check: [esm(at(13, 'mdx'), 8, 'export default function Layout(p) { return p.children }')],
    refused: true,
  },
  {
    name: 'JSX that is not a site component: an HTML tag with a handler, a component of its own, a fragment',
    files: { [at(14, 'mdx')]: `${fm(14)}<div onClick={() => fetch("/x")}>点我</div>\n\n<Chart data="x" />\n\n正文 <>片段</>\n` },
    check: [element(at(14, 'mdx'), 8, 'div'), element(at(14, 'mdx'), 10, 'Chart'), element(at(14, 'mdx'), 12, '<>')],
    refused: true,
  },
  {
    name: '<Aside> with props that are code, a spread, a bare prop, or a prop it does not take',
    files: { [at(15, 'mdx')]: `${fm(15)}<Aside title={globalThis.x}>\n  甲\n</Aside>\n\n<Aside {...props} hidden>\n  乙\n</Aside>\n\n<Aside title="丙" onclick="x()">\n  丙\n</Aside>\n` },
    check: [attribute(at(15, 'mdx'), 8, 'title={…}'), attribute(at(15, 'mdx'), 12, '{...props}'), attribute(at(15, 'mdx'), 12, 'hidden'), attribute(at(15, 'mdx'), 16, 'onclick')],
    refused: true,
  },
  {
    name: '<Aside> inside a paragraph, and a box inside a box',
    files: { [at(16, 'mdx')]: `${fm(16)}正文里 <Aside title="甲">行内</Aside> 一个。\n\n<Aside title="外">\n  <Aside title="内">\n    里面\n  </Aside>\n</Aside>\n` },
    check: [placement(at(16, 'mdx'), 8), placement(at(16, 'mdx'), 11)],
    refused: true,
  },
  {
    name: 'an alias bomb in the frontmatter (the check and the build read nothing of it)',
    files: { [at(17, 'md')]: `---\ntitle: 炸弹\n${BOMB}\n---\n\n正文\n` },
    check: [
      `${at(17, 'md')}:4: frontmatter: 这段 YAML 的别名（*名字）展开超过 100 份，没有读取（几行这样的写法就能占满构建机器的内存）；改法：不要用 & 和 *，把每个值直接写出来\n  the YAML's aliases (*name) expand past 100 copies, so it was not read (a few such lines can fill the build machine's memory). Fix: write each value out instead of using & and *.`,
    ],
    refused: true,
  },
  {
    name: 'a frontmatter of 70 KB',
    files: { [at(18, 'md')]: `---\ntitle: 长\nsubtitle: "${'长'.repeat(24_000)}"\n---\n\n正文\n` },
    check: [
      `${at(18, 'md')}:2: frontmatter: 这段 YAML 有 71 KB，超过上限 64 KB，没有读取；改法：这里只写文章信息的各个字段，长文字放进正文\n  the YAML is 71 KB, more than the 64 KB it may be, so it was not read. Fix: keep only the article's fields here and put long text in the body.`,
    ],
    refused: true,
  },
  {
    name: 'frontmatter that is not YAML: the build says it as the check does, instead of a YAML stack trace',
    files: { [at(19, 'md')]: `---\ntitle: [没关\ndate: "2026-04-02"\npage: 1\norder: 19\n---\n\n正文\n` },
    check: [
      `${at(19, 'md')}:3: frontmatter: 文章信息不是正确的 YAML（Flow sequence in block collection must be sufficiently indented and end with a ]）；改法：每行写成“字段: 值”，冒号后空一格，值里有冒号或引号时整个值加引号\n  the frontmatter is not valid YAML (Flow sequence in block collection must be sufficiently indented and end with a ]). Fix: write one \`field: value\` a line, a space after the colon, and quote a value that holds a colon or quote.`,
    ],
    refused: true,
  },
  {
    name: 'a 0-byte photo and a text file named .jpg',
    files: {
      [at(20, 'md')]: `${fm(20, photoLines('./empty-20.jpg'))}正文\n`,
      [`${SAMPLE}/empty-20.jpg`]: '',
      [at(21, 'md')]: `${fm(21, photoLines('./text-21.jpg'))}正文\n`,
      [`${SAMPLE}/text-21.jpg`]: 'this is not a picture\n',
    },
    check: [
      notImage(at(20, 'md'), 'photos[0].src', './empty-20.jpg', `${SAMPLE}/empty-20.jpg`, true),
      notImage(at(21, 'md'), 'photos[0].src', './text-21.jpg', `${SAMPLE}/text-21.jpg`, false),
      strayImage(`${SAMPLE}/empty-20.jpg`, true),
      strayImage(`${SAMPLE}/text-21.jpg`, false),
    ],
    refused: true,
  },
  {
    name: 'a photo outside content/editions (a real image, reached by ../)',
    files: { [at(22, 'md')]: `${fm(22, photoLines('../../../tests/fixtures/photos/sea.jpg'))}正文\n` },
    check: [
      `${at(22, 'md')}:8: photos[0].src: 图片文件（photos[0].src）是“../../../tests/fixtures/photos/sea.jpg”，指到了 content/editions/ 之外（tests/fixtures/photos/sea.jpg），网站只从各期文件夹取图；改法：把图片存到文章旁边，写 \`src: ./photo.jpg\`\n  field \`photos[0].src\` is "../../../tests/fixtures/photos/sea.jpg", which leads out of content/editions/ (to tests/fixtures/photos/sea.jpg); the site takes photos only from the edition folders. Fix: save the picture beside the article and write \`src: ./photo.jpg\`.`,
    ],
    refused: true,
  },
  {
    name: 'an image no article uses, that is not an image',
    files: { [`${SAMPLE}/img/stray.png`]: 'PNG? no' },
    check: [strayImage(`${SAMPLE}/img/stray.png`, false)],
    refused: true,
  },
  {
    name: 'a byte that is not UTF-8, at its line',
    files: { [at(36, 'md')]: INVALID_UTF8() },
    check: [
      `${at(36, 'md')}:10: encoding: 这一行有不是 UTF-8 编码的字节（显示为 �），网页上会显示成 �；改法：把文件另存为 UTF-8 编码，再重打这个字\n  this line holds a byte that is not UTF-8 (shown as �); the page would show it as �. Fix: save the file as UTF-8 (in the editor: File › Save with Encoding › UTF-8) and retype the character.`,
    ],
    refused: true,
  },
  {
    name: 'an edition dated 9999 that would become the home page',
    files: {
      'content/editions/9999-01-01/01-01.md': '---\ntitle: 未来\ndate: "9999-01-01"\npage: 1\norder: 1\n---\n\n正文\n',
      'content/editions/9999-01-01/edition.yaml': 'paper: 舟山日报\ndate: "9999-01-01"\npages:\n  - number: 1\n    name: 要闻\n',
    },
    check: [
      `content/editions/9999-01-01/01-01.md:3: date: 日期（date）是 9999-01-01，比今天（${new Date().toISOString().slice(0, 10)}）晚了 7 天以上；最新的一期会成为网站首页，这一期会顶替今天的报纸；改法：改正日期，或先写 \`draft: true\`，到期再发布\n  field \`date\` is "9999-01-01", more than 7 days after today (${new Date().toISOString().slice(0, 10)}); the newest edition becomes the home page, so this one would replace today's paper. Fix: correct the date, or set \`draft: true\` until it is due.`,
    ],
    refused: true,
  },
  {
    name: 'a frontmatter `layout:` (MDX would import that module)',
    files: { [at(23, 'mdx')]: `${fm(23, 'layout: ../../../scripts/evil.mjs\n')}正文\n` },
    check: [
      `${at(23, 'mdx')}:6: layout: 不认识的字段“layout”；改法：删去这一行。能用的字段：column、kicker、title、subtitle、byline、date、page、order、photos、continuedFrom、continuedOn、corrections、draft\n  \`layout\`: unknown field. Fix: check the spelling or remove it; known fields are column, kicker, title, subtitle, byline, date, page, order, photos, continuedFrom, continuedOn, corrections, draft.`,
    ],
    refused: true,
  },
];

/** Allowed, but published only after cleaning: the check says what is dropped; the build publishes the rest. */
export const CLEANED: (HostileCase & { url: string; html: { has: (string | RegExp)[]; not: (string | RegExp)[] } })[] = [
  {
    name: 'a <meta> refresh that would send every reader to another site',
    files: { [at(24, 'md')]: `${fm(24)}正文一。\n\n<meta http-equiv="refresh" content="0;url=https://evil.example/">\n\n正文二。\n` },
    check: [removed(at(24, 'md'), 10, 'meta', true)],
    refused: false,
    url: '/2026/04/02/01/24/',
    html: { has: ['正文一。', '正文二。'], not: ['evil.example', /<meta[^>]+refresh/] },
  },
  {
    name: '<script>, <style>, <iframe>, <base> and <svg><script> in the body',
    files: {
      [at(25, 'md')]: `${fm(25)}甲 <script>alert(1)</script> 乙\n\n<style>body{display:none}</style>\n\n<iframe src="https://evil.example/"><p>框</p></iframe>\n\n<base href="https://evil.example/">\n\n<svg><script>alert(2)</script></svg>\n\n丙。\n`,
    },
    check: [removed(at(25, 'md'), 8, 'script'), removed(at(25, 'md'), 10, 'style'), removed(at(25, 'md'), 12, 'iframe'), removed(at(25, 'md'), 14, 'base', true), removed(at(25, 'md'), 16, 'svg')],
    refused: false,
    url: '/2026/04/02/01/25/',
    html: { has: ['甲', '乙', '丙。'], not: ['alert(1)', 'alert(2)', 'display:none', 'evil.example', '<iframe', '<svg', '框'] },
  },
  {
    name: 'event handlers and javascript:/data:/vbscript: links, in HTML and in Markdown (entity-encoded too)',
    files: {
      [at(26, 'md')]: `${fm(26)}<img src="./none.png" onerror="alert(1)"> <span onclick="alert(2)">点</span>\n\n<a href="javascript:alert(3)">一</a> [二](javascript:alert(4)) [三](javascript&#58;alert(5)) [四](data:text/html,x) <a href="vbscript:x">五</a>\n\n[好链接](https://www.zhoushan.gov.cn/) 和 [邮件](mailto:news@example.org)\n`,
    },
    check: [
      dropped(at(26, 'md'), 8, 'img', 'onerror', 'alert(1)'),
      dropped(at(26, 'md'), 8, 'span', 'onclick', 'alert(2)'),
      dropped(at(26, 'md'), 10, 'a', 'href', 'javascript:alert(3)'),
      dropped(at(26, 'md'), 10, 'a', 'href', 'javascript:alert(4)'),
      dropped(at(26, 'md'), 10, 'a', 'href', 'javascript:alert(5)'),
      dropped(at(26, 'md'), 10, 'a', 'href', 'data:text/html,x'),
      dropped(at(26, 'md'), 10, 'a', 'href', 'vbscript:x'),
    ],
    refused: false,
    url: '/2026/04/02/01/26/',
    html: { has: ['<a href="https://www.zhoushan.gov.cn/">好链接</a>', '<a href="mailto:news@example.org">邮件</a>', '>点</span>'], not: ['onerror', 'onclick', 'javascript:', 'vbscript:', 'data:text/html'] },
  },
  {
    name: 'a <form> (its tag dropped, its text kept) and an image from another site',
    files: { [at(27, 'md')]: `${fm(27)}<form action="https://evil.example/"><p>表单里的字</p></form>\n\n<img src="https://tracker.example/p.gif" alt="跟踪">\n` },
    check: [unwrapped(at(27, 'md'), 8, 'form'), dropped(at(27, 'md'), 10, 'img', 'src', 'https://tracker.example/p.gif')],
    refused: false,
    url: '/2026/04/02/01/27/',
    html: { has: ['表单里的字', 'alt="跟踪"'], not: ['<form', 'tracker.example'] },
  },
  {
    name: 'a mutation-XSS classic: a title attribute that closes <noscript>',
    files: { [at(28, 'md')]: `${fm(28)}<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>\n\n正文。\n` },
    check: [removed(at(28, 'md'), 8, 'noscript')],
    refused: false,
    url: '/2026/04/02/01/28/',
    // The title attribute keeps its text: inert, an attribute value, never markup (the DOM checks below).
    html: { has: ['正文。'], not: ['<noscript'] },
  },
  {
    name: 'DOM clobbering names and footnotes: ids get the user-content- prefix once, footnote links still lead to their note',
    files: { [at(29, 'md')]: `${fm(29)}<img name="querySelector" alt="图"> 注释在此[^1]。\n\n[^1]: 这是注释。\n` },
    check: [],
    refused: false,
    url: '/2026/04/02/01/29/',
    html: { has: ['name="user-content-querySelector"', 'href="#user-content-fn-1"', 'id="user-content-fn-1"'], not: ['name="querySelector"', 'user-content-user-content-'] },
  },
];

/** Content that must pass untouched: the closed language is not a straitjacket. */
export const ALLOWED: HostileCase[] = [
  {
    name: 'a box, escaped braces and a comment in .mdx; HTML comments (the scaffold’s hints) in .md',
    files: {
      [at(30, 'mdx')]: `${fm(30)}<Aside title="提示">\n  价格 \\{以实际为准\\}，用 \\<br\\> 换行\n\n  第二段\n</Aside>\n\n正文 **加粗** [链接](https://www.zhoushan.gov.cn/)。\n`,
      [at(31, 'md')]: `${fm(31)}<!-- 编辑备注：不发布 -->\n\n正文 <sup>1</sup> <b>粗</b>。\n`,
    },
    check: [],
    refused: false,
  },
];

/** The build's words for a check message: `file:line: English` then the Chinese (src/content/loader.ts). */
export function buildForm(checkMessage: string): string {
  const [head, english] = checkMessage.split('\n  ') as [string, string];
  const m = /^(\S+?:\d+): [^:]+?: (.*)$/su.exec(head)!;
  return `${m[1]}: ${english}\n  ${m[2]}`;
}

export const jpeg = JPEG;
