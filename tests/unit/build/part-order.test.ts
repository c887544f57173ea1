// Which index parts the post-build starts first. A part whose Pagefind index is made
// again is most of a correction's post-build, so it must not wait behind parts that
// only copy their files from the cache; and the guess that sends it first must read
// a changed or re-rendered page as a change.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { partStartOrder } from '#src/build/postbuild.ts';
import { editionEntry, editionIdentity, editionMeta, IDENTITY_FILE, indexKey, indexLikelyCached, partEntry } from '#src/build/part-cache.ts';
import type { SearchMetaFile } from '#src/search/build/article-meta.ts';

test('parts to index again start first, the largest first; then the others by size', () => {
  const order = partStartOrder([
    { articles: 2500, redo: false },
    { articles: 600, redo: true },
    { articles: 2500, redo: false },
    { articles: 2400, redo: true },
    { articles: 640, redo: false },
  ]);
  expect(order).toEqual([3, 1, 0, 2, 4]);
});

let dir: string;
const outDir = () => join(dir, 'dist');
const cacheDir = () => join(dir, 'cache');
const partDir = 'parts/2016-01-01_2016-01-02/';
const dates = ['2016-01-01', '2016-01-02'];
const articles = {
  '/2016/01/01/01/01/': { title: '甲' },
  '/2016/01/02/01/01/': { title: '乙' },
} as unknown as SearchMetaFile;
const own = (date: string) => [`${date.replaceAll('-', '/')}/01/01/index.html`, `${date.replaceAll('-', '/')}/index.html`].sort();
const byFolder = () => new Map(dates.map((d) => [`${d.replaceAll('-', '/')}/`, own(d)]));

/** What part.ts leaves in the cache after indexing the part: each edition's identity and key, and the part's key. */
function sealAsBuilt() {
  const keys = dates.map((date) => {
    const key = `key-of-${date}`;
    editionEntry(cacheDir(), date).write(IDENTITY_FILE, `${editionIdentity(outDir(), own(date), date, editionMeta(articles, date), 'shared')}\n${key}`);
    return key;
  });
  partEntry(cacheDir(), partDir).seal(indexKey(partDir, keys));
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'part-order-'));
  for (const date of dates) {
    for (const file of own(date)) {
      mkdirSync(join(outDir(), file, '..'), { recursive: true });
      writeFileSync(join(outDir(), file), `<p>${file}</p>`);
    }
  }
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

test('a part whose pages are the ones of the last build is expected to keep its index', () => {
  sealAsBuilt();
  expect(indexLikelyCached(outDir(), cacheDir(), partDir, dates, byFolder(), articles, 'shared')).toBe(true);
});

test('a page written again, other meta, other shared inputs or no cache: the index is expected to be made again', () => {
  expect(indexLikelyCached(outDir(), cacheDir(), partDir, dates, byFolder(), articles, 'shared')).toBe(false);
  sealAsBuilt();
  expect(indexLikelyCached(outDir(), cacheDir(), partDir, dates, byFolder(), articles, 'other shared')).toBe(false);
  const changedMeta = { ...articles, '/2016/01/02/01/01/': { title: '丙' } } as unknown as SearchMetaFile;
  expect(indexLikelyCached(outDir(), cacheDir(), partDir, dates, byFolder(), changedMeta, 'shared')).toBe(false);
  // Rendered again after a correction: a new file in place of the old one.
  const page = join(outDir(), own('2016-01-02')[0]!);
  rmSync(page);
  writeFileSync(page, '<p>更正后的一句。</p>');
  expect(indexLikelyCached(outDir(), cacheDir(), partDir, dates, byFolder(), articles, 'shared')).toBe(false);
});
