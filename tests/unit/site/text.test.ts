import { describe, expect, test } from 'vitest';
import { bodyParagraphs, bodyText, plainInline } from '#src/site/body-text.ts';
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

describe('bodyParagraphs', () => {
  test('keeps paragraphs in order and leaves out boxes and headings', () => {
    expect(bodyParagraphs(mdx)).toEqual(['位于定海的产业园，是一处新战场。该产业园自2024年布局规划。', '第二段加粗。']);
  });
  test('leaves out a `> ` blockquote box of a .md file', () => {
    expect(bodyParagraphs('> **清单**\n> 一条。\n\n正文。')).toEqual(['正文。']);
  });
});

describe('plainInline', () => {
  test('drops emphasis, links and escapes', () => {
    expect(plainInline('见[通知](https://x.example)，**重要**，价格\\{待定\\}')).toBe('见通知，重要，价格{待定}');
  });
});

describe('bodyText', () => {
  test('keeps every word a reader reads, boxes and headings included', () => {
    const text = bodyText(mdx);
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
    expect(articleLead('本报讯 我市已实现全覆盖。记者获悉，参保人数超百万。\n\n第二段。', 20)).toBe('我市已实现全覆盖。');
  });
  test('is empty for a body without prose', () => {
    expect(articleLead('## 只有标题')).toBe('');
    expect(articleLead(undefined)).toBe('');
  });
});

describe('reading time', () => {
  test('counts Han characters and Latin words, not punctuation', () => {
    expect(countReadingUnits('5G远程急救，AR眼镜。')).toBe(8);
  });
  test('is whole minutes at 400 characters a minute, at least one', () => {
    expect(readingMinutes('字'.repeat(400))).toBe(1);
    expect(readingMinutes('字'.repeat(401))).toBe(2);
    expect(readingMinutes('')).toBe(1);
  });
});

describe('headlineLines', () => {
  test.each([
    ['统筹抓好春耕生产 不断开创新局面', ['统筹抓好春耕生产', '不断开创新局面']],
    ['首个“海员优先”就医通道在六横启用', ['首个“海员优先”就医通道在六横启用']],
    ['推广5G AR远程急救', ['推广5G AR远程急救']],
  ])('%s', (title, lines) => expect(headlineLines(title)).toEqual(lines));
});
