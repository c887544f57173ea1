// The writing guide shows its examples in full: what it shows must be the files
// the tests check (content/examples), so the guide cannot drift from a passing file.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { REPO_ROOT } from '../../../scripts/lib/project-build.ts';

const guide = readFileSync(join(REPO_ROOT, 'content', '写稿指南.md'), 'utf8');
const example = (name: string) => readFileSync(join(REPO_ROOT, 'content', 'examples', '2026-04-09', name), 'utf8');
const block = (lang: string) => new RegExp(`\`\`\`${lang}\\n([\\s\\S]*?)\`\`\`\\n`).exec(guide)?.[1];

describe('写稿指南', () => {
  test.each([
    ['md', '01-01.md'],
    ['mdx', '01-02.mdx'],
    ['yaml', 'edition.yaml'],
  ])('its first ```%s block is content/examples/2026-04-09/%s', (lang, file) => {
    const shown = block(lang);
    if (lang === 'yaml') expect(shown).toBe(example(file).replace('  - number: 2', '    banner: 通栏标语（可选）\n  - number: 2'));
    else expect(shown).toBe(example(file));
  });
  test('is linked from the README', () => {
    expect(readFileSync(join(REPO_ROOT, 'README.md'), 'utf8')).toContain('](content/写稿指南.md)');
  });
  test('names every check message it explains the way the check words it', () => {
    for (const words of ['不认识的字段', '都是 2026-04-02 第1版第3篇', '但本期还没有第2版', '缺少图片替代文字', '正文无法编译']) {
      expect(guide).toContain(words);
    }
  });
});
