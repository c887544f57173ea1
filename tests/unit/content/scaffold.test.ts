import { describe, expect, test } from 'vitest';
import { ArticleSchema } from '#src/content/article.ts';
import { articleText, nextOrder, PLACEHOLDER_TITLE } from '#src/cli/scaffold.ts';
import { readFrontmatter } from '#src/content/frontmatter.ts';
import { NewUsageError, parseNewArgs } from '#src/cli/new-args.ts';
import { articleFileName } from '#src/content/defaults.ts';

describe('nextOrder', () => {
  test.each([
    [[], 1, 1],
    [[{ page: 1, order: 1 }, { page: 1, order: 5 }, { page: 2, order: 9 }], 1, 6],
    [[{ page: 1, order: 1 }], 2, 1],
    [[{ page: 3, order: 2 }, { page: 3, order: 2 }], 3, 3],
  ])('after %j on page %i is %i', (existing, page, expected) => {
    expect(nextOrder(existing, page)).toBe(expected);
  });
});

describe('articleFileName', () => {
  test.each([
    [1, 3, '01-03.md'],
    [12, 10, '12-10.md'],
  ])('page %i order %i → %s', (page, order, name) => expect(articleFileName(page, order)).toBe(name));
});

describe('articleText', () => {
  test('without a title: a placeholder and draft: true, valid for the shared schema', () => {
    const { data } = readFrontmatter(articleText({ date: '2026-04-02', page: 2, order: 1 }));
    expect(ArticleSchema.parse(data)).toEqual({ title: PLACEHOLDER_TITLE, date: '2026-04-02', page: 2, order: 1, draft: true });
  });
  test('with a title that YAML would misread, quoted and not a draft', () => {
    const { data } = readFrontmatter(articleText({ date: '2026-04-02', page: 1, order: 7, title: '数据: 一季度 #1' }));
    expect(ArticleSchema.parse(data)).toEqual({ title: '数据: 一季度 #1', date: '2026-04-02', page: 1, order: 7 });
  });
});

describe('parseNewArgs', () => {
  test('reads date, page, title, page name and out', () => {
    expect(parseNewArgs(['--date', '2026-04-02', '--page', '3', '--title', ' 主题 ', '--page-name', '综合'])).toEqual({
      date: '2026-04-02',
      page: 3,
      title: '主题',
      pageName: '综合',
      out: 'content/editions',
    });
  });
  test.each([[['--date', '2026-4-2', '--page', '1']], [['--date', '2026-04-02', '--page', '1.5']], [['--date', '2026-04-02']], [['x']]])(
    'refuses %j',
    (argv) => expect(() => parseNewArgs(argv)).toThrow(NewUsageError),
  );
});
