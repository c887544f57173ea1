// The one frontmatter reader (src/content/frontmatter.ts): where each key stands, and
// the same values as the reader the build uses (Astro's parseFrontmatter, js-yaml).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { describe, expect, test } from 'vitest';
import { readFrontmatter, readYaml } from '#src/content/frontmatter.ts';

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


/** Every article and edition file the repository holds: what journalists and the ingest write. */
function contentFiles(): string[] {
  const out: string[] = [];
  for (const root of ['content/editions', 'content/examples']) {
    for (const date of readdirSync(root)) {
      for (const f of readdirSync(join(root, date))) if (/\.(mdx?|yaml)$/u.test(f)) out.push(join(root, date, f));
    }
  }
  return out;
}

const TRICKY = [
  ['quoted and unquoted dates', '---\ndate: 2026-04-02\nother: "2026-04-02"\nstamp: 2026-04-02T08:00:00+08:00\n---\n'],
  ['numbers, booleans and YAML 1.1 words', '---\npage: 01\norder: 0x10\ndraft: yes\nok: true\nnone: null\ntilde: ~\nfloat: 1.50\n---\n'],
  ['block scalars and comments', '---\n# a comment\ntitle: >\n  第一行\n  第二行\nkicker: |\n  引题\n---\n'],
  ['a BOM, CRLF and blank lines above the fence', '\uFEFF---\r\ntitle: 标题\r\npage: 2\r\n---\r\n正文'],
  ['leading blank lines', '\n\n---\ntitle: 标题\n---\n'],
  ['lists of maps', '---\nphotos:\n  - caption: 甲\n    src: ./a.jpg\n    alt: 乙\ncorrections:\n  - date: "2026-04-03"\n    text: 改正。\n---\n'],
  ['quotes and colons', "---\ntitle: '数据: 一季度 #1'\nsubtitle: \"——副题\"\n---\n"],
  ['no frontmatter at all', '正文，没有文章信息。\n'],
] as const;

describe('readFrontmatter reads what Astro reads', () => {
  test.each(contentFiles())('%s', (file) => {
    const text = readFileSync(file, 'utf8');
    const ours = file.endsWith('.yaml') ? readYaml(text, 1).data : readFrontmatter(text).data;
    const astro = file.endsWith('.yaml') ? parseFrontmatter(`---\n${text}---\n`).frontmatter : parseFrontmatter(text).frontmatter;
    expect(ours).toEqual(astro);
  });
  test.each(TRICKY)('%s', (_name, text) => {
    expect(readFrontmatter(text).data).toEqual(parseFrontmatter(text).frontmatter);
  });
  test('the body is what follows the closing fence, as Astro leaves it', () => {
    expect(readFrontmatter(FILE).body).toBe(parseFrontmatter(FILE).content);
  });
});
