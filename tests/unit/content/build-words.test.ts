// The build's content errors carry the check's Chinese under each English line.
import { describe, expect, test } from 'vitest';
import { ArticleSchema } from '#src/content/article.ts';
import { ARTICLE_HELP, explainFrontmatter, type FieldIssue } from '#src/content/explain.ts';
import { articleFindings, findingZh } from '#src/content/findings.ts';
import { issueZh, ARTICLE_HELP_ZH } from '#src/content/explain-zh.ts';

describe('explainFrontmatter with Chinese', () => {
  test('puts each issue’s Chinese under its English line, and leaves the English as it was', () => {
    const data = { title: '标题', date: '2026-04-02', page: '一', order: 1, subtitel: '副' };
    const issues = ArticleSchema.safeParse(data).error!.issues as unknown as FieldIssue[];
    const english = explainFrontmatter('x.md', issues, ARTICLE_HELP, data);
    const both = explainFrontmatter('x.md', issues, ARTICLE_HELP, data, (i) => issueZh(i, data, ARTICLE_HELP, ARTICLE_HELP_ZH));
    expect(both.split('\n').filter((l) => !l.startsWith('    '))).toEqual(english.split('\n'));
    expect(both).toContain('\n    版次（page）应为数字，这里是文字“一”；改法：版次写数字，不加引号，如 `page: 1`');
    expect(both).toContain('\n    不认识的字段“subtitel”，是不是想写 subtitle');
  });
});

describe('findingZh', () => {
  test.each([
    [[{ filePath: 'content/editions/2026-04-02/a.md', data: { date: '2026-04-03', page: 1, order: 1 } }], '日期（date）是 2026-04-03，文件却在 2026-04-02 文件夹里'],
    [
      [
        { filePath: 'content/editions/2026-04-02/a.md', data: { date: '2026-04-02', page: 2, order: 1 } },
        { filePath: 'content/editions/2026-04-02/b.md', data: { date: '2026-04-02', page: 2, order: 1 } },
      ],
      '与 content/editions/2026-04-02/a.md 都是 2026-04-02 第2版第1篇',
    ],
  ])('words %j', (entries, words) => {
    const [finding] = articleFindings(entries);
    expect(findingZh(finding!)).toContain(words);
  });
});
