// Which .mdx bodies the build reads as Markdown (src/content/mdx-as-markdown.ts):
// only those whose one MDX construct is a top-level <Aside title="…">, written as
// the `.md` box form; anything else of MDX keeps the body MDX.
import { describe, expect, test } from 'vitest';
import { markdownOfMdx } from '#src/content/mdx-as-markdown.ts';

describe('markdownOfMdx', () => {
  test('an <Aside> box becomes the `> **标题**` box, the rest stays as it was', () => {
    const body = '<Aside title="攻坚清单">\n  第一条，5~10元。\n\n  第二条\n</Aside>\n\n## 【一线探访】\n\n正文一段。\n';
    expect(markdownOfMdx(body)).toBe('> **攻坚清单**\n>\n> 第一条，5\\~10元。\n>\n> 第二条\n\n## 【一线探访】\n\n正文一段。\n');
  });

  test('a body with no MDX at all is Markdown as it is', () => {
    expect(markdownOfMdx('正文。\n')).toBe('正文。\n');
  });

  test.each([
    ['an import', 'import X from "./x.astro";\n\n正文。\n'],
    ['an expression', '今年{1 + 1}次。\n'],
    ['another component', '<Figure src="a.jpg" />\n'],
    ['a second attribute', '<Aside title="甲" tone="red">\n  乙\n</Aside>\n'],
    ['a title that is an expression', '<Aside title={t}>\n  乙\n</Aside>\n'],
    ['a component inside the box', '<Aside title="甲">\n  <Aside title="乙">丙</Aside>\n</Aside>\n'],
    ['MDX that does not parse', '<Aside title="甲">\n'],
  ])('%s keeps the body MDX', (_what, body) => {
    expect(markdownOfMdx(body)).toBeUndefined();
  });
});
