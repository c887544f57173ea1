import { describe, expect, test } from 'vitest';
import { editionToYaml, mergeEdition, parseEditionYaml } from '#src/ingest/edition-data.ts';
import { hasConflicts, otherFormatPath, planWrites } from '#src/ingest/plan.ts';

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

describe('planWrites: 01-03.md and 01-03.mdx are one article slot', () => {
  test.each([
    ['.mdx exists, .md wanted', 'e/01-03.md', 'e/01-03.mdx'],
    ['.md exists, .mdx wanted', 'e/01-03.mdx', 'e/01-03.md'],
  ])('%s: a conflict whatever the old file holds; with force a replace that names the old file', (_name, path, old) => {
    for (const held of ['edited', 'A']) {
      const existing = new Map([[old, held]]);
      const refused = planWrites([{ path, content: 'A' }], existing, false, [old]);
      expect(refused.files).toEqual([{ path, content: 'A', status: 'conflict', replaces: old }]);
      expect(hasConflicts(refused)).toBe(true);
      const forced = planWrites([{ path, content: 'A' }], existing, true, [old]);
      expect(forced.files).toEqual([{ path, content: 'A', status: 'replace', replaces: old }]);
      expect(hasConflicts(forced)).toBe(false);
      // Accounted for by the replace, so never reported as a journalist's extra file.
      expect(forced.strays).toEqual([]);
    }
  });
  test('both extensions present: still a conflict, since one of them must go', () => {
    const existing = new Map([['01-03.md', 'A'], ['01-03.mdx', 'A']]);
    expect(planWrites([{ path: '01-03.md', content: 'A' }], existing, false).files[0]).toMatchObject({ status: 'conflict', replaces: '01-03.mdx' });
  });
});

describe('otherFormatPath', () => {
  test.each([
    ['content/editions/2026-04-02/01-03.md', 'content/editions/2026-04-02/01-03.mdx'],
    ['content/editions/2026-04-02/01-03.mdx', 'content/editions/2026-04-02/01-03.md'],
    ['content/editions/2026-04-02/edition.yaml', undefined],
  ])('%s → %s', (path, other) => expect(otherFormatPath(path)).toBe(other));
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
