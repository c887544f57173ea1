// The ingest's public result read field by field (and new page data picked up when it appears).
import { describe, expect, test } from 'vitest';
import { adaptError, adaptIngested, knownFrom } from '../../../scripts/lib/eval/adapt.ts';

const result = {
  encoding: 'utf-8',
  banner: '通栏标语',
  credits: ['责任编辑：李四'],
  review: [{ line: 1, block: 1, message: '请检查' }],
  articles: [
    {
      fileName: '01-01.mdx',
      data: { title: '标题', kicker: '引题', byline: '记者 王一', date: '2030-03-01', page: 1, order: 1, photos: [{ caption: '图说' }], continuedOn: 2, draft: true },
      content: '---\ntitle: 标题\n---\n\n甲\n\n## 乙\n\n<Aside title="框">\n\n丙\n\n丁\n\n</Aside>\n',
      parsed: { body: [{ type: 'paragraph', text: '甲' }, { type: 'subheading', text: '乙' }, { type: 'aside', title: '框', paragraphs: ['丙', '丁'] }] },
    },
    { fileName: '01-02.md', data: { title: '第二篇', date: '2030-03-01', page: 1, order: 2 }, content: '---\ntitle: 第二篇\n---\n\n一段\n\n两段\n' },
  ],
};

describe('adaptIngested', () => {
  const out = adaptIngested(result);
  test('fields, body units (a box counts its title and paragraphs), captions, jumps, draft', () => {
    if (out.kind !== 'read') throw new Error('expected a read page');
    const [first, second] = out.articles;
    expect(first).toMatchObject({ title: '标题', kicker: '引题', byline: '记者 王一', paragraphs: 5, captions: ['图说'], continuedOn: 2, draft: true });
    expect(first?.text).toContain('丁');
    expect(second).toMatchObject({ title: '第二篇', paragraphs: 2, captions: [] });
    expect(second?.draft).toBeUndefined();
  });
  test('page data: the banner and any new top-level field, not the review notes', () => {
    if (out.kind !== 'read') throw new Error('expected a read page');
    expect(out.pageText).toEqual(['通栏标语', '责任编辑：李四']);
  });
  test('what a later page needs for a continued part', () => {
    expect(knownFrom(result)).toEqual([
      { page: 1, order: 1, title: '标题', continuedOn: 2 },
      { page: 1, order: 2, title: '第二篇' },
    ]);
  });
});

describe('adaptError', () => {
  test('an IngestError is a refusal, anything else a crash', () => {
    const refusal = Object.assign(new Error('no headline'), { name: 'IngestError' });
    expect(adaptError(refusal)).toEqual({ kind: 'refused', message: 'no headline', crash: false });
    expect(adaptError(new TypeError('x is undefined'))).toEqual({ kind: 'refused', message: 'TypeError: x is undefined', crash: true });
  });
});
