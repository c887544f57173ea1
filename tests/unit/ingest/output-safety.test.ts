// Whatever the page holds, the files are valid YAML + MDX and say exactly the text:
// checked with the parser Astro itself uses for MDX (Sätteri) and with js-yaml,
// which reads frontmatter in Astro.
import yamlLoad from 'js-yaml';
import { mdxToMdast } from 'satteri';
import { describe, expect, test } from 'vitest';
import { ArticleSchema } from '../../../src/schema/article.ts';
import { ingestBlocks } from '../../helpers/ingest.ts';

type Node = { type: string; value?: string; name?: string; children?: Node[]; attributes?: Array<{ name: string; value: unknown }> };

function textOf(node: Node): string {
  if (node.type === 'text') return node.value ?? '';
  return (node.children ?? []).map(textOf).join('');
}

/** The body as the MDX parser sees it: one string per block, boxes as `title|p1|p2`. */
function parsedBlocks(content: string): string[] {
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

const NASTY = [
  '{1+1}和{x}都不是表达式。',
  '<div>不是标签</div>，<Aside>也不是。',
  'import x from "y" 不是模块。',
  'export const a = 1 也不是。',
  '# 不是标题。',
  '> 不是引用。',
  '- 不是列表。',
  '1. 不是有序列表。',
  '* 星号 _下划线_ `反引号` [链接](http://a) 都不是语法。',
  '\\反斜杠\\ 和 &amp; 和 &lt; 保持原样。',
  '---',
  '| 表 | 格 |',
  ': 冒号开头的一行。',
  '"双引号" \'单引号\' 与 “中文引号”。',
];

describe('files stay valid whatever the text holds', () => {
  const result = ingestBlocks([
    '{标题}<有>"引号"和:冒号',
    '□记者 {张三}',
    '本报讯 开始。',
    ...NASTY,
    '【清单{1}<b>"x"】',
    '第一项<i>',
    '第二项{y}',
  ]);
  const [article] = result.articles;

  test('the body parses as MDX into exactly the paragraphs and box that were meant', () => {
    const expected = article!.parsed.body.map((b) => (b.type === 'aside' ? [b.title, ...b.paragraphs].join('|') : b.text));
    expect(parsedBlocks(article!.content)).toEqual(expected);
    expect(expected).toContain('{1+1}和{x}都不是表达式。');
    expect(expected).toContain('import x from "y" 不是模块。');
  });

  test('the frontmatter reads back the same with js-yaml (as Astro reads it) and passes the schema', () => {
    const yamlText = /^---\n([\s\S]*?)\n---\n/u.exec(article!.content)?.[1] ?? '';
    const data = yamlLoad.load(yamlText);
    expect(ArticleSchema.parse(data)).toEqual(ArticleSchema.parse(article!.data));
    expect(article!.data.title).toBe('{标题}<有>"引号"和：冒号');
  });

  test('a text that looks like YAML (dates, booleans, numbers) stays a string', () => {
    const [a] = ingestBlocks(['2026-04-02', '□记者 yes', '本报讯 开始。']).articles;
    const yamlText = /^---\n([\s\S]*?)\n---\n/u.exec(a!.content)?.[1] ?? '';
    expect(yamlLoad.load(yamlText)).toMatchObject({ title: '2026-04-02', byline: '记者 yes' });
  });
});
