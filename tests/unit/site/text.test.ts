import { describe, expect, test } from 'vitest';
import { bodyParagraphs, bodyText } from '#src/site/body-text.ts';
import { articleLead, firstSentences } from '#src/site/lead.ts';
import { countReadingUnits, readingMinutes } from '#src/site/reading-time.ts';
import { headlineLines } from '#src/site/headline.ts';

const mdx = `<Aside title="攻坚清单">
  框里的话。
</Aside>

## 【一线探访】

位于定海的产业园，是一处新战场。该产业园自2024年布局规划。

## 一场“抢时”赛跑

第二段**加粗**。
`;

const mdxFile = (body: string) => ({ body, filePath: 'content/editions/2026-04-02/01-01.mdx' });
const mdFile = (body: string) => ({ body, filePath: 'content/editions/2026-04-02/01-02.md' });

describe('bodyParagraphs', () => {
  test('keeps paragraphs in order and leaves out boxes and headings', () => {
    expect(bodyParagraphs(mdxFile(mdx))).toEqual(['位于定海的产业园，是一处新战场。该产业园自2024年布局规划。', '第二段加粗。']);
  });
  test('leaves out a `> ` blockquote box of a .md file', () => {
    expect(bodyParagraphs(mdFile('> **清单**\n> 一条。\n\n正文。'))).toEqual(['正文。']);
  });
  test('drops emphasis, links and escapes', () => {
    expect(bodyParagraphs(mdFile('见[通知](https://x.example)，**重要**，价格\\{待定\\}'))).toEqual(['见通知，重要，价格{待定}']);
  });
  test('reads character references as the characters they stand for (the ingest writes `&#x69;mport` in .mdx)', () => {
    expect(bodyParagraphs(mdxFile('&#x69;mport 商品同比增长。\n'))).toEqual(['import 商品同比增长。']);
    expect(bodyParagraphs(mdFile('沪&amp;甬 &lt;b&gt;两地\n'))).toEqual(['沪&甬 <b>两地']);
  });
  test('raw HTML is not text', () => {
    expect(bodyParagraphs(mdFile('正文<span>字</span>。\n'))).toEqual(['正文字。']);
  });
  test('a line break inside a paragraph reads as a space', () => {
    expect(bodyParagraphs(mdFile('第一行\n第二行\n'))).toEqual(['第一行 第二行']);
  });
  test('a body read again (kept from the first parse) gives the same paragraphs, and changing them changes nothing kept', () => {
    const body = '头一段。\n\n第二段。\n';
    const first = bodyParagraphs(mdFile(body));
    first.push('改动');
    expect(bodyParagraphs(mdFile(body))).toEqual(['头一段。', '第二段。']);
  });
  test('the same body is read as MDX in an .mdx file and as Markdown in an .md file, whichever comes first', () => {
    // Braces are text in Markdown; in MDX they hold an expression, here a comment.
    const body = '正文{/* 注 */}。\n';
    expect(bodyParagraphs(mdxFile(body))).toEqual(['正文/* 注 */。']);
    expect(bodyParagraphs(mdFile(body))).toEqual(['正文{/* 注 */}。']);
  });
});

describe('bodyText', () => {
  test('keeps every word a reader reads, boxes and headings included', () => {
    const text = bodyText(mdxFile(mdx));
    expect(text).toContain('框里的话');
    expect(text).toContain('【一线探访】');
    expect(text).not.toContain('Aside');
  });
});

describe('firstSentences', () => {
  test('takes whole sentences while they fit', () => {
    expect(firstSentences('第一句。第二句！第三句很长很长。', 9)).toBe('第一句。第二句！');
  });
  test('keeps a closing quote with its sentence', () => {
    expect(firstSentences('他说：“好。”然后走了。', 7)).toBe('他说：“好。”');
  });
  test('cuts a first sentence longer than the limit with an ellipsis', () => {
    expect(firstSentences('一二三四五六七八九十', 5)).toBe('一二三四…');
  });
});

describe('articleLead', () => {
  test('is the first sentences of the first paragraph, without the dateline', () => {
    expect(articleLead(mdFile('本报讯 我市已实现全覆盖。记者获悉，参保人数超百万。\n\n第二段。'), 20)).toBe('我市已实现全覆盖。');
  });
  test('is empty for a body without prose', () => {
    expect(articleLead(mdFile('## 只有标题'))).toBe('');
    expect(articleLead({})).toBe('');
  });
});

describe('reading time', () => {
  test('counts Han characters and Latin words, not punctuation', () => {
    expect(countReadingUnits('5G远程急救，AR眼镜。')).toBe(8);
  });
  test('is whole minutes at 400 characters a minute, at least one', () => {
    expect(readingMinutes(mdFile('字'.repeat(400)))).toBe(1);
    expect(readingMinutes(mdFile('字'.repeat(401)))).toBe(2);
    expect(readingMinutes(mdFile(''))).toBe(1);
  });
});

describe('headlineLines', () => {
  test.each([
    ['统筹抓好春耕生产 不断开创新局面', ['统筹抓好春耕生产', '不断开创新局面']],
    ['首个“海员优先”就医通道在六横启用', ['首个“海员优先”就医通道在六横启用']],
    ['推广5G AR远程急救', ['推广5G AR远程急救']],
  ])('%s', (title, lines) => expect(headlineLines(title)).toEqual(lines));
});
