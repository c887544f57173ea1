import { describe, expect, test } from 'vitest';
import { editionToYaml, mergeEdition, parseEditionYaml } from '../../../src/ingest/edition-data.ts';
import { hasConflicts, planWrites } from '../../../src/ingest/plan.ts';

describe('planWrites', () => {
  const wanted = [
    { path: 'a.mdx', content: 'A' },
    { path: 'b.mdx', content: 'B' },
    { path: 'c.mdx', content: 'C' },
  ];
  const existing = new Map([['a.mdx', 'A'], ['b.mdx', 'edited']]);

  test('new, unchanged and conflicting files; a conflict blocks the run', () => {
    const plan = planWrites(wanted, existing, false);
    expect(plan.files.map((f) => f.status)).toEqual(['unchanged', 'conflict', 'new']);
    expect(hasConflicts(plan)).toBe(true);
  });
  test('with force a conflict becomes an overwrite', () => {
    const plan = planWrites(wanted, existing, true);
    expect(plan.files.map((f) => f.status)).toEqual(['unchanged', 'overwrite', 'new']);
    expect(hasConflicts(plan)).toBe(false);
  });
  test('files of the page that this run does not produce are strays, never deleted', () => {
    expect(planWrites(wanted, existing, false, ['a.mdx', 'd.md']).strays).toEqual(['d.md']);
  });
});

describe('mergeEdition', () => {
  const page1 = { paper: '舟山日报', date: '2026-04-02', page: 1, name: '要闻', banner: '勇立潮头' };
  test('a new edition', () => {
    expect(mergeEdition(undefined, page1)).toEqual({
      edition: { paper: '舟山日报', date: '2026-04-02', pages: [{ number: 1, name: '要闻', banner: '勇立潮头' }] },
      conflicts: [],
    });
  });
  test('another page is added in page order', () => {
    const three = mergeEdition(mergeEdition(undefined, { ...page1, page: 3, name: '综合' }).edition, page1);
    expect(three.edition.pages.map((p) => p.number)).toEqual([1, 3]);
    expect(three.conflicts).toEqual([]);
  });
  test('a different name or banner for a page already there is a conflict', () => {
    const first = mergeEdition(undefined, page1).edition;
    expect(mergeEdition(first, { ...page1, name: '头版' }).conflicts).toEqual(['page 1 is "要闻" with banner "勇立潮头"; this run says "头版" with banner "勇立潮头"']);
    expect(mergeEdition(first, { ...page1, paper: '舟山晚报' }).conflicts).toEqual(['paper is "舟山日报", this run says "舟山晚报"']);
  });
  test('YAML round trip keeps the date a string', () => {
    const yaml = editionToYaml(mergeEdition(undefined, page1).edition);
    expect(yaml).toContain('date: "2026-04-02"');
    expect(parseEditionYaml(yaml)).toEqual(mergeEdition(undefined, page1).edition);
  });
});
