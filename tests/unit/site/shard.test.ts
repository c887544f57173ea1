// SHARD=… builds (src/build/shard.ts): reading the variable, the folders a shard loads,
// and the catalog of every edition date that keeps archive pages linking across shards.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import picomatch from 'picomatch';
import { afterAll, describe, expect, test } from 'vitest';
import { catalogDates, inShard, latestCatalogDate, parseShard, shardGlob } from '#src/build/shard.ts';

describe('parseShard', () => {
  test('a year, a range, or nothing (the whole archive)', () => {
    expect(parseShard('2025')).toEqual({ name: '2025', fromYear: 2025, toYear: 2025 });
    expect(parseShard(' 2016-2018 ')).toEqual({ name: '2016-2018', fromYear: 2016, toYear: 2018 });
    expect(parseShard(undefined)).toBeUndefined();
    expect(parseShard('')).toBeUndefined();
  });

  test.each(['25', '2025-', '2018-2016', 'latest', '2025,2026'])('"%s" is refused with what is expected', (value) => {
    expect(() => parseShard(value)).toThrow(`SHARD must be a year (SHARD=2025) or a range of years (SHARD=2016-2018), not "${value}"`);
  });
});

describe('shardGlob and inShard', () => {
  const matches = (glob: string, path: string) => picomatch(glob)(path);

  test('a shard loads its years’ folders and nothing else', () => {
    const one = shardGlob(parseShard('2025'), '*.{md,mdx}');
    expect(matches(one, '2025-12-31/01-01.md')).toBe(true);
    expect(matches(one, '2025-01-01/01-02.mdx')).toBe(true);
    expect(matches(one, '2026-01-01/01-01.md')).toBe(false);
    expect(matches(one, '2024-12-31/01-01.md')).toBe(false);
    const range = shardGlob(parseShard('2016-2018'), 'edition.yaml');
    expect(['2016-01-01', '2017-06-30', '2018-12-31', '2019-01-01', '2015-12-31'].map((d) => matches(range, `${d}/edition.yaml`))).toEqual([true, true, true, false, false]);
    expect(shardGlob(undefined, '*.{md,mdx}')).toBe('**/*.{md,mdx}');
  });

  test('inShard', () => {
    expect(inShard(parseShard('2016-2018'), '2018-12-31')).toBe(true);
    expect(inShard(parseShard('2016-2018'), '2019-01-01')).toBe(false);
    expect(inShard(undefined, '1999-01-01')).toBe(true);
  });
});

describe('catalogDates', () => {
  const dir = mkdtempSync(join(tmpdir(), 'shard-catalog-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const article = (draft: boolean) => `---\ntitle: 标题\ndate: "x"\npage: 1\norder: 1\n${draft ? 'draft: true\n' : ''}---\n\n正文。\n`;
  const write = (path: string, text: string) => {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  };

  test('every date folder with a published article, newest first; drafts, empty folders and other files left out', () => {
    write('2025-12-31/01-01.md', article(false));
    write('2026-04-02/01-01.mdx', article(false));
    write('2026-04-02/01-02.md', article(true));
    write('2026-04-03/01-01.md', article(true)); // only a draft
    write('2026-04-04/edition.yaml', 'paper: 舟山日报\n'); // no article
    write('2026-04-05/photo.jpg', 'x');
    write('notes/01-01.md', article(false)); // not a date folder
    expect(catalogDates(dir)).toEqual(['2026-04-02', '2025-12-31']);
    expect(latestCatalogDate(dir)).toBe('2026-04-02');
  });
});
