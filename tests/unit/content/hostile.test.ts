// Hostile content (tests/helpers/hostile-cases.ts) in one copy of the content: the
// check's exact words for each, file and line; what must pass, passes. The build
// tier holds the build to the same words (tests/build/hostile.test.ts).
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { check, contentCopy, type ContentCopy } from '../../helpers/content-copy.ts';
import { ALLOWED, CLEANED, REFUSED, type HostileCase } from '../../helpers/hostile-cases.ts';
import { bodyProblems } from '#src/content/body-check.ts';
import { mdxMode } from '#src/content/mdx-rules.ts';
import { readFrontmatter } from '#src/content/frontmatter.ts';

let copy: ContentCopy;
let blocks: string[];
let code: number;

beforeAll(() => {
  copy = contentCopy();
  for (const c of [...REFUSED, ...CLEANED, ...ALLOWED]) for (const [rel, text] of Object.entries(c.files)) copy.write(rel, text);
  const run = check(copy.root);
  code = run.code;
  // One block a problem: `file:line: field: …` and its indented English.
  blocks = run.out.split(/\n(?=\S)/u).filter((b) => !b.startsWith('[check]') && !b.includes('（提示）'));
});
afterAll(() => copy?.remove());

const ofCase = (c: HostileCase) => blocks.filter((b) => Object.keys(c.files).some((f) => b.startsWith(`${f}:`)));

describe('npm run check on hostile content: the exact words, file and line, for every case', () => {
  test('the check fails, and it did not crash on any of them', () => {
    expect(code).toBe(1);
  });
  test.each([...REFUSED, ...CLEANED].map((c) => [c.name, c] as const))('%s', (_name, c) => {
    expect(ofCase(c)).toEqual(c.check);
  });
  test.each(ALLOWED.map((c) => [c.name, c] as const))('passes: %s', (_name, c) => {
    expect(ofCase(c)).toEqual([]);
  });
  test('nothing else is reported: every problem printed belongs to a case', () => {
    const all = [...REFUSED, ...CLEANED, ...ALLOWED].flatMap((c) => c.check);
    expect([...blocks].sort()).toEqual([...all].sort());
  });
});

describe('the MDX setting', () => {
  test('CONTENT_MDX is closed unless it says open; any other value is refused with the setting’s name', () => {
    expect(mdxMode({})).toBe('closed');
    expect(mdxMode({ CONTENT_MDX: 'closed' })).toBe('closed');
    expect(mdxMode({ CONTENT_MDX: 'open' })).toBe('open');
    expect(() => mdxMode({ CONTENT_MDX: 'yes' })).toThrow('CONTENT_MDX="yes": expected "closed" (the default) or "open" (see docs/operators.md, "MDX").');
  });
  test('open MDX lets an import and an expression through, and still names a component nobody provides', () => {
    const text = '---\ntitle: a\n---\n\nimport Chart from "./chart.astro"\n\n{1 + 1} <Chart /> <Box />\n';
    expect(bodyProblems('a.mdx', text, 'closed').map((p) => `${p.line}: ${p.en.slice(0, 12)}`)).toEqual(['5: `import Char', '7: `{1 + 1}` is', '7: <Chart> is n', '7: <Box> is not']);
    expect(bodyProblems('a.mdx', text, 'open')).toMatchObject([{ line: 7, field: 'MDX', zh: expect.stringContaining('<Box> 网站不认识') }]);
  });
});

describe('the frontmatter reader is bounded', () => {
  test('an alias bomb is refused in milliseconds, not expanded', () => {
    const bomb = REFUSED.find((c) => c.name.startsWith('an alias bomb'))!;
    const started = performance.now();
    const source = readFrontmatter(String(Object.values(bomb.files)[0]));
    expect(source.limit).toEqual({ line: 4, what: 'aliases' });
    expect(source.data).toEqual({});
    expect(performance.now() - started).toBeLessThan(500);
  });
  test('a few aliases, as YAML allows them, are read', () => {
    expect(readFrontmatter('---\ntitle: &t 标题\nsubtitle: *t\n---\n').data).toEqual({ title: '标题', subtitle: '标题' });
  });
});
