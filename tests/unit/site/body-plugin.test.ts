import { describe, expect, test } from 'vitest';
import { markdownToHtml, mdxToJs } from 'satteri';
import { newspaperBody } from '#src/site/markdown-plugin.ts';

const html = (md: string) => markdownToHtml(md, { hastPlugins: [newspaperBody] }).html;

describe('newspaperBody', () => {
  test('marks a 【…】 heading as a section label and leaves a subheading alone', () => {
    const out = html('## 【一线探访】\n\n## 一场“抢时”赛跑\n');
    expect(out).toContain('<h2 class="section-label"');
    expect(out).toMatch(/<h2[^>]*>一场“抢时”赛跑<\/h2>/);
    expect(out).not.toMatch(/class="section-label"[^>]*>一场/);
  });
  test('turns a `> **标题**` blockquote into the Aside box markup', () => {
    const out = html('> **攻坚清单**\n>\n> 第一段。\n>\n> 第二段。\n');
    expect(out.trim()).toBe('<aside class="box" data-box=""><p class="box-title">攻坚清单</p><p>第一段。</p><p>第二段。</p></aside>');
  });
  test('keeps text on the title’s next line as the box’s first paragraph', () => {
    expect(html('> **清单**\n> 紧接的一行。\n')).toContain('<p class="box-title">清单</p><p>紧接的一行。</p>');
  });
  test('leaves an ordinary quotation a blockquote', () => {
    expect(html('> 普通引文，**重点**在后。\n')).toContain('<blockquote>');
  });
  test('runs in MDX too', () => {
    const { code } = mdxToJs('## 【记者手记】\n\n正文。\n', { hastPlugins: [newspaperBody] });
    expect(code).toContain('section-label');
  });
});
