import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { REPO_ROOT } from '../../helpers/astro-build.ts';
import { PHOTO_EXTENSIONS } from '#src/content/check-article.ts';
import { readFrontmatter } from '#src/content/frontmatter.ts';
import { nearestName } from '#src/content/nearest.ts';
import { compileProblem } from '#src/content/compile.ts';
import { formatProblem } from '#src/content/problem.ts';

const FILE = `---
title: 标题
date: 2026-04-02
page: 1
order: 2
photos:
  - caption: 说明
    src: ./a.jpg
---

正文。
`;

describe('readFrontmatter', () => {
  const source = readFrontmatter(FILE);
  test('reads values as Astro does: an unquoted date is a date', () => {
    expect(source.data['date']).toEqual(new Date('2026-04-02T00:00:00Z'));
    expect(source.hasFrontmatter).toBe(true);
  });
  test.each([
    [['title'], 2],
    [['order'], 5],
    [['photos', 0], 7],
    [['photos', 0, 'src'], 8],
    [['photos', 0, 'alt'], 7],
    [['kicker'], 1],
  ])('the line of %j is %i (the nearest present parent for a missing key, else 1)', (path, line) => {
    expect(source.lineOf(path)).toBe(line);
  });
  test('counts lines after blank lines above the fence, and reports YAML errors at their line', () => {
    const shifted = readFrontmatter(`\n\n${FILE}`);
    expect(shifted.lineOf(['order'])).toBe(7);
    expect(readFrontmatter('---\ntitle: a\npage: [1\n---\n').yamlErrors[0]?.line).toBeGreaterThanOrEqual(3);
  });
  test('a file without frontmatter', () => {
    expect(readFrontmatter('正文').hasFrontmatter).toBe(false);
  });
});

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

describe('PHOTO_EXTENSIONS', () => {
  test('are the extensions of the site’s image glob (src/lib/photo-files.ts)', () => {
    const source = readFileSync(join(REPO_ROOT, 'src/lib/photo-files.ts'), 'utf8');
    const glob = /\*\.\{([^}]+)\}'/.exec(source)?.[1];
    expect(glob?.split(',')).toEqual([...PHOTO_EXTENSIONS]);
  });
});
