import { describe, expect, test } from 'vitest';
import { nearestName } from '#src/content/nearest.ts';
import { compileProblem } from '#src/content/compile.ts';
import { formatProblem } from '#src/content/problem.ts';

describe('nearestName', () => {
  test.each([
    ['titel', 'title'],
    ['Subtitle', 'subtitle'],
    ['continuedon', 'continuedOn'],
    ['photo', 'photos'],
    ['headline', undefined],
  ])('%s → %s', (name, expected) => {
    expect(nearestName(name, ['title', 'subtitle', 'continuedOn', 'photos', 'page'])).toBe(expected);
  });
});

describe('compileProblem', () => {
  test('passes a box and escaped braces in MDX', () => {
    expect(compileProblem('a.mdx', '---\ntitle: a\n---\n\n<Aside title="x">\n\n文字 \\{\n\n</Aside>\n')).toBeUndefined();
  });
  test('names the file line of an unclosed component', () => {
    expect(compileProblem('a.mdx', '---\ntitle: a\n---\n\n<Aside title="x">\n\n文字\n')).toMatchObject({ line: 5, field: 'MDX' });
  });
  test('a .md file may hold braces', () => {
    expect(compileProblem('a.md', '---\ntitle: a\n---\n\n{ 不是表达式 <\n')).toBeUndefined();
  });
});

describe('formatProblem', () => {
  test('file:line: field: Chinese, then the English indented; a note is marked', () => {
    const p = { file: 'f.md', line: 3, field: 'page', zh: '中文', en: 'English' };
    expect(formatProblem(p)).toBe('f.md:3: page: 中文\n  English');
    expect(formatProblem({ ...p, note: true })).toBe('f.md:3: page: （提示）中文\n  (note) English');
  });
});

describe('compileProblem: components', () => {
  test('names a component the site does not provide, at its line', () => {
    expect(compileProblem('a.mdx', '---\ntitle: a\n---\n\n第一段\n\n<Box title="x">\n\n文字\n\n</Box>\n')).toMatchObject({
      line: 7,
      field: 'MDX',
      zh: expect.stringContaining('正文里的组件 <Box> 网站不认识'),
    });
  });
  test('accepts Aside, HTML tags and components the file imports', () => {
    const text = '---\ntitle: a\n---\n\nimport Chart, { Map as Ditu } from "./c.astro"\n\n<Aside title="x">\n\n<b>文字</b> <Chart /> <Ditu />\n\n</Aside>\n';
    expect(compileProblem('a.mdx', text)).toBeUndefined();
  });
});
