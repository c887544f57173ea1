// Whatever the page holds, the files are valid YAML + MDX or Markdown and say exactly
// the text: checked with the processor Astro itself uses (Sätteri: its MDX parser for
// `.mdx`, its Markdown renderer with the site's body plugin for `.md`) and with
// js-yaml, which reads frontmatter in Astro.
import yamlLoad from 'js-yaml';
import { parse as parseHtml } from 'node-html-parser';
import { markdownToHtml, mdxToMdast } from 'satteri';
import { describe, expect, test } from 'vitest';
import type { IngestedArticle } from '#src/ingest/page.ts';
import { newspaperBody } from '#src/site/markdown-plugin.ts';
import { ArticleSchema } from '#src/content/article.ts';
import { ingestBlocks } from '../../helpers/ingest.ts';

type Node = { type: string; value?: string; name?: string; children?: Node[]; attributes?: Array<{ name: string; value: unknown }> };

function textOf(node: Node): string {
  if (node.type === 'text') return node.value ?? '';
  return (node.children ?? []).map(textOf).join('');
}

/** The body as the MDX parser sees it: one string per block, boxes as `title|p1|p2`. */
function mdxBlocks(content: string): string[] {
  const tree = mdxToMdast(content) as unknown as Node;
  return (tree.children ?? [])
    .filter((n) => n.type !== 'yaml')
    .map((n) => {
      if (n.type === 'mdxJsxFlowElement') {
        const title = n.attributes?.find((a) => a.name === 'title')?.value;
        return [String(title), ...(n.children ?? []).map(textOf)].join('|');
      }
      if (n.type === 'paragraph' || n.type === 'heading') return textOf(n);
      return `unexpected ${n.type}: ${JSON.stringify(n).slice(0, 80)}`;
    });
}

/**
 * The body as a reader sees a `.md` page: Astro's Markdown rendering (GFM on, the
 * newspaper plugin), one string per top-level element, its visible text. Astro also
 * turns on smart punctuation (`"` → “, `--` → –) for .md and .mdx alike: that is the
 * site's typography, not syntax, so it is left out here.
 */
function mdBlocks(content: string): string[] {
  const { html } = markdownToHtml(content, { hastPlugins: [newspaperBody], features: { gfm: true, smartPunctuation: false } });
  return parseHtml(html).childNodes.flatMap((n) => {
    if (n.nodeType === 3) return n.rawText.trim() === '' ? [] : [`unexpected text: ${n.rawText}`];
    const el = parseHtml(n.toString()).firstChild as ReturnType<typeof parseHtml>;
    const tag = (n as unknown as { rawTagName: string }).rawTagName;
    return tag === 'p' || tag === 'h2' ? [el.textContent] : [`unexpected <${tag}>: ${n.toString().slice(0, 80)}`];
  });
}

const expectedBlocks = (a: IngestedArticle): string[] =>
  a.parsed.body.map((b) => (b.type === 'aside' ? [b.title, ...b.paragraphs].join('|') : b.text));

const HEAD = ['{标题}<有>"引号"和:冒号', '□记者 {张三}', '本报讯 开始。'];
// The box title ends in a box word (`…清单`), so that the box is one by the convention, not by the model's guess at a bare 【】.
const BOX = ['【{甲}<b>"x"清单】', '第一项<i>', '第二项{y}'];
const NASTY = [
  '{1+1}和{x}都不是表达式。',
  '{开头的大括号}不是表达式。',
  '<div>不是标签</div>，<Aside>也不是。',
  '<!-- 不是注释 -->里的字要留下。',
  'import x from "y" 不是模块。',
  'export const a = 1 也不是。',
  '# 不是标题。',
  '> 不是引用。',
  '- 不是列表。',
  '+ 也不是列表。',
  '* 星号 _下划线_ `反引号` [链接](http://a) 都不是语法。',
  '1. 不是有序列表。',
  '2026) 也不是。',
  '[x] 不是任务清单，- [ ] 也不是。',
  '[^1] 不是脚注，[a]: http://a 不是链接定义。',
  '```不是代码块。',
  '~~~ 也不是，5~10元、20~30元和~~删除线~~都不是删除线。',
  '\\反斜杠\\ 和 &amp; 和 &lt; 保持原样。',
  '&amp;开头的实体、&#x41;和&copy;也保持原样。',
  '---',
  '***',
  '| 表 | 格 |',
  '|---|---|',
  ': 冒号开头的一行。',
  '"双引号" \'单引号\' 与 “中文引号”。',
];

/** Short lines with no end punctuation in an article without a dateline: subheadings, and a section label. */
const NASTY_HEADINGS = [
  '# 井号小标题 #', '1. 序号小标题', '<b>尖括号</b>{x}小标题', '~删除~小标题', '> 引号小标题', '- 横线小标题', '| 表 | 格 |',
  '`反引号`小标题', '[x] 方括号小标题', '【一线{探访}<b>】',
].flatMap((heading, i) => [heading, `第${i + 1}段正文，比它上面的小标题长得多。`]);

/** The same body twice: with a box (so `.mdx`) and without (so `.md`). */
function bothFormats(head: readonly string[], body: readonly string[]): { mdx: IngestedArticle; md: IngestedArticle } {
  return { mdx: ingestBlocks([...head, ...body, ...BOX]).articles[0]!, md: ingestBlocks([...head, ...body]).articles[0]! };
}

const CASES = [
  ['paragraphs', bothFormats(HEAD, NASTY)],
  ['subheadings and a section label', bothFormats(['小标题测试', '□记者 李四', '导语一段。'], NASTY_HEADINGS)],
] as const;

describe.each(CASES)('files stay valid whatever the text holds: %s', (_name, { mdx, md }) => {
  test('an article with a box is MDX, the same article without it Markdown', () => {
    expect(mdx.fileName).toMatch(/\.mdx$/u);
    expect(md.fileName).toMatch(/\.md$/u);
  });

  test('the .mdx body parses as MDX into exactly the paragraphs, headings and box that were meant', () => {
    expect(mdxBlocks(mdx.content)).toEqual(expectedBlocks(mdx));
  });

  test('the .md body renders as exactly the paragraphs and headings that were meant, text for text', () => {
    const expected = expectedBlocks(md);
    expect(mdBlocks(md.content)).toEqual(expected);
    expect(expected).toEqual(expectedBlocks(mdx).slice(0, -1));
  });

  test.each([
    ['.mdx', mdx],
    ['.md', md],
  ])('the %s frontmatter reads back the same with js-yaml (as Astro reads it) and passes the schema', (_ext, a) => {
    const yamlText = /^---\n([\s\S]*?)\n---\n/u.exec(a.content)?.[1] ?? '';
    expect(ArticleSchema.parse(yamlLoad.load(yamlText))).toEqual(ArticleSchema.parse(a.data));
  });
});

describe('what the cases hold', () => {
  const [[, paragraphs], [, headings]] = CASES;
  test('hostile text in the title, in paragraphs, in subheadings and in a section label', () => {
    expect(paragraphs.md.data.title).toBe('{标题}<有>"引号"和：冒号');
    expect(expectedBlocks(paragraphs.md)).toContain('{1+1}和{x}都不是表达式。');
    expect(expectedBlocks(paragraphs.mdx)).toContain('import x from "y" 不是模块。');
    const types = headings.md.parsed.body.map((b) => b.type);
    expect(types.filter((t) => t === 'subheading')).toHaveLength(9);
    expect(types).toContain('section');
  });

  test('in .md, braces and import/export are plain text and written as they are', () => {
    expect(paragraphs.md.content).toContain('\n{1+1}和{x}都不是表达式。\n');
    expect(paragraphs.md.content).toContain('\nimport x from "y" 不是模块。\n');
  });

  test('a text that looks like YAML (dates, booleans, numbers) stays a string', () => {
    const [a] = ingestBlocks(['2026-04-02', '□记者 yes', '本报讯 开始。']).articles;
    const yamlText = /^---\n([\s\S]*?)\n---\n/u.exec(a!.content)?.[1] ?? '';
    expect(yamlLoad.load(yamlText)).toMatchObject({ title: '2026-04-02', byline: '记者 yes' });
  });
});
