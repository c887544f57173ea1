// "Never stale": a build that reuses the cache of the build before gives, byte for
// byte, the dist/ a full build of the same content gives. A copy of the project with a
// small synthetic archive (four editions, index parts of about 30 articles) is built
// in full, then with its cache after adding an edition, and again after correcting
// an old article and deleting another; then `npm run build -- --full` in the same
// copy must write the same files with the same bytes, and nothing more.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { astroBuild, copyProject, removeFixture, type BuildResult } from '../../scripts/lib/project-build.ts';
import { addSyntheticEdition, correctOldArticle, writeSyntheticArchive } from '../../scripts/lib/synthetic-archive.ts';

const ENV = { SEARCH_PART_ARTICLES: '30' };
const STOPPED_DELETION = '.dist.deleting-1-0';

function tree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    const path = join(e.parentPath, e.name);
    out[relative(dir, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
  }
  return out;
}

let root: string;
let editionsDir: string;
const builds: Record<'full' | 'added' | 'changed' | 'again', BuildResult | undefined> = { full: undefined, added: undefined, changed: undefined, again: undefined };
let incremental: Record<string, string>;
let added: { date: string };
let corrected: string;
let deleted: string;
/** Astro's cached pages after the last incremental build, by path. */
let astroCopies: Record<string, string>;

const build = async (full = false) => {
  const result = await astroBuild(root, join(root, 'dist'), ENV, { full });
  if (!result.ok) throw new Error(`build failed:\n${result.output}`);
  return result;
};

beforeAll(async () => {
  root = await copyProject('incremental');
  editionsDir = join(root, 'content', 'editions');
  writeSyntheticArchive(editionsDir, 100);
  builds.full = await build();
  added = addSyntheticEdition(editionsDir, 20);
  // What a machine stopped in the middle of deleting an old site leaves: the next build takes it up.
  mkdirSync(join(root, STOPPED_DELETION, '2016', '01'), { recursive: true });
  writeFileSync(join(root, STOPPED_DELETION, '2016', '01', 'index.html'), 'old');
  builds.added = await build();
  corrected = correctOldArticle(editionsDir);
  // An article in the middle of an edition: its neighbours' previous/next links change.
  const day = join(editionsDir, '2016-01-02');
  deleted = join(day, readdirSync(day).filter((f) => /\.mdx?$/u.test(f)).sort()[2]!);
  rmSync(deleted);
  builds.changed = await build();
  incremental = tree(join(root, 'dist'));
  astroCopies = Object.fromEntries(
    readdirSync(join(root, '.build-cache', 'astro', 'dist'), { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && e.name.endsWith('.html'))
      .map((e) => [relative(join(root, '.build-cache', 'astro', 'dist'), join(e.parentPath, e.name)), readFileSync(join(e.parentPath, e.name), 'utf8')]),
  );
  builds.again = await build(true);
}, 900_000);
afterAll(async () => {
  if (root) await removeFixture(root);
});

test('the first build has no cache and says so; the next ones reuse it', () => {
  expect(builds.full!.output).toContain('full build: no cache yet');
  for (const b of [builds.added!, builds.changed!]) {
    expect(b.output).toContain('reusing the cache of the previous build');
    // Astro found pages in place (linked by the driver) instead of rendering them, and the post-build kept parts.
    expect(b.output).toMatch(/pages of the previous build placed for it/u);
    expect(b.output).toMatch(/\(cached\)/u);
    expect(b.output).toMatch(/reused: records of [1-9]\d*\/\d+ editions, the index/u);
    // The content loader kept the unchanged articles without reading them (src/content/sieve.ts).
    expect(b.output).toMatch(/\b[1-9]\d* of \d+ file\(s\) unchanged since the last build, kept without reading them/u);
  }
  // Articles of an older edition are reused, not rendered (a work folder named anew
  // each build once changed Astro's code for images and so every article page).
  const older = Object.keys(tree(join(root, 'dist'))).filter((f) => /^2016\/01\/01\/\d{2}\/\d{2}\/index\.html$/u.test(f));
  expect(older.length).toBeGreaterThan(0);
  for (const f of older) expect(builds.added!.output).toContain(`/${f} (cached)`);
  expect(builds.again!.output).toContain('full build (--full): cache discarded');
  expect(builds.again!.output).not.toMatch(/\((?:restored|cached)\)/u);
  expect(builds.again!.output).not.toMatch(/placed for it/u);
  expect(builds.again!.output).not.toMatch(/unchanged since the last build/u);
});

test('adding an edition, correcting an article and deleting one give the full build’s dist/, byte for byte', () => {
  const full = tree(join(root, 'dist'));
  // Every file, every byte; the comparison lists what differs.
  expect(Object.keys(incremental).sort()).toEqual(Object.keys(full).sort());
  const differ = Object.keys(full).filter((f) => full[f] !== incremental[f]);
  expect(differ).toEqual([]);
});

test('the pages linked into dist/ leave Astro’s cached copies as Astro wrote them', () => {
  // The post-build makes every page's links relative; had it written into a linked page
  // instead of replacing it (src/build/links.ts), Astro's copy would hold relative links.
  const pages = Object.keys(astroCopies);
  expect(pages.length).toBeGreaterThan(100);
  expect(pages.filter((p) => /(?:href|src)="\.\.?\//u.test(astroCopies[p]!))).toEqual([]);
  expect(pages.filter((p) => !/href="\/20\d\d\//u.test(astroCopies[p]!))).toEqual([]);
  // The deleted article is neither in Astro's cache nor in dist/.
  const gone = relative(editionsDir, deleted).replace(/^(\d{4})-(\d\d)-(\d\d)\/(\d\d)-(\d\d)\.mdx?$/u, '$1/$2/$3/$4/$5/index.html');
  expect(gone).toMatch(/^2016\/01\/02\/\d\d\/\d\d\/index\.html$/u);
  expect(pages).not.toContain(gone);
  expect(Object.keys(incremental)).not.toContain(gone);
});

test('old sites are deleted in the background, also one whose deletion was cut short; no old site is left beside dist/', async () => {
  expect(builds.added!.output).toContain('the old one is being deleted in the background');
  const leftovers = () => readdirSync(root).filter((f) => f.startsWith('.dist.') && f !== '.dist.lock');
  for (let i = 0; i < 100 && leftovers().length > 0; i++) await new Promise((done) => setTimeout(done, 100));
  expect(leftovers()).toEqual([]);
  expect(existsSync(join(root, STOPPED_DELETION))).toBe(false);
});

test('the incremental build shows the change: the correction, the new edition, the deleted article gone', () => {
  const dist = join(root, 'dist');
  expect(Object.keys(incremental)).toContain(`${added.date.replaceAll('-', '/')}/index.html`);
  const oldest = readFileSync(join(dist, '2016/01/01/01/01/index.html'), 'utf8');
  expect(corrected).toMatch(/2016-01-01/u);
  expect(oldest).toContain('（本文有更正：数字已核实。）');
  expect(deleted).toMatch(/2016-01-02/u);
  expect(builds.changed!.output).toMatch(/reused: records of \d+\/\d+ editions, no index/u);
});
