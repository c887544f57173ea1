import { describe, expect, test } from 'vitest';
import { articleProblems } from '#src/content/findings.ts';
import { ArticleSchema } from '#src/content/article.ts';
import { ARTICLE_HELP, explainFrontmatter, valueAt, type FieldIssue } from '#src/content/explain.ts';

const entry = (filePath: string, date: string, page: number, order: number, draft?: boolean) => ({
  filePath,
  data: { date, page, order, draft },
});

describe('articleProblems', () => {
  test('names both files that claim one date/page/order, and how to fix it', () => {
    const [problem, ...rest] = articleProblems([
      entry('content/editions/2026-04-02/01-03.md', '2026-04-02', 1, 3),
      entry('content/editions/2026-04-02/kuaixun.md', '2026-04-02', 1, 3),
    ]);
    expect(rest).toEqual([]);
    expect(problem).toContain('content/editions/2026-04-02/01-03.md and content/editions/2026-04-02/kuaixun.md');
    expect(problem).toContain('page 1 order 3');
    expect(problem).toContain('Fix:');
  });
  test('ignores a draft that shares a place with a published article', () => {
    expect(
      articleProblems([
        entry('content/editions/2026-04-02/01-03.md', '2026-04-02', 1, 3),
        entry('content/editions/2026-04-02/01-03-new.md', '2026-04-02', 1, 3, true),
      ]),
    ).toEqual([]);
  });
  test('reports a date that is not the folder’s date', () => {
    const [problem] = articleProblems([entry('content/editions/2026-04-02/a.md', '2026-04-03', 1, 1)]);
    expect(problem).toMatch(/a\.md: field `date` is "2026-04-03".*folder of 2026-04-02.*Fix: write `date: "2026-04-02"`/);
  });
  test('finds nothing wrong in agreeing files', () => {
    expect(
      articleProblems([
        entry('content/editions/2026-04-02/01-01.mdx', '2026-04-02', 1, 1),
        entry('content/editions/2026-04-02/01-02.md', '2026-04-02', 1, 2),
      ]),
    ).toEqual([]);
  });
});

function explain(data: Record<string, unknown>): string {
  const result = ArticleSchema.safeParse(data);
  if (result.success) throw new Error('expected the frontmatter to fail');
  return explainFrontmatter('content/editions/2026-04-02/x.md', result.error.issues as unknown as FieldIssue[], ARTICLE_HELP, data);
}

describe('explainFrontmatter', () => {
  const valid = { title: '标题', date: '2026-04-02', page: 1, order: 1 };

  test('names the file, the field, what was expected, what was found and the fix', () => {
    const message = explain({ ...valid, page: '一' });
    expect(message).toMatch(/^content\/editions\/2026-04-02\/x\.md: /);
    expect(message).toContain('`page`: expected a number, found the text "一". Fix: write the page number without quotes, `page: 1`.');
  });
  test('says a required field is missing', () => {
    const { title: _title, ...rest } = valid;
    expect(explain(rest)).toContain('`title`: missing; expected text. Fix: write the headline');
  });
  test('lists the known fields for a misspelt one', () => {
    expect(explain({ ...valid, subtitel: '副题' })).toMatch(/`subtitel`: unknown field\. Fix: check the spelling.*subtitle/);
  });
  test('explains a bad date with the expected form', () => {
    expect(explain({ ...valid, date: '4月2日' })).toMatch(/`date`: .*YYYY-MM-DD.*Fix: write the edition date in quotes/);
  });
  test('names nested fields of photos', () => {
    expect(explain({ ...valid, photos: [{ src: 'a.jpg', alt: '图' }] })).toContain('`photos[0].caption`: missing');
  });
});

describe('valueAt', () => {
  test('follows a path into lists and objects', () => {
    expect(valueAt({ photos: [{ caption: 'c' }] }, ['photos', 0, 'caption'])).toBe('c');
    expect(valueAt({ a: 1 }, ['a', 'b'])).toBeUndefined();
  });
});
