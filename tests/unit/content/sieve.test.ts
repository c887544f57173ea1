// The content loader's sieve (src/content/sieve.ts): the glob loader is handed only the
// files that may have changed since the last build whose checks passed; the others
// keep their stored entry. The glob loader here is a stand-in that does what Astro's
// does with a file list (read each file, store it under its path with a digest of its
// text, remove the stored entries it did not meet), so the test can count what it read.
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { DataStore, Loader, LoaderContext } from 'astro/loaders';
import { z } from 'astro/zod';
import { glob as listFiles } from 'tinyglobby';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { AFTER_CHECKS, explained, type AfterChecks } from '#src/content/loader.ts';
import { STAMP_VARIABLE } from '#src/content/screen-memo.ts';
import { identityOf, keptEntry, RACY_MS, recordOf, sievedGlob, type GlobOptions } from '#src/content/sieve.ts';

type Entry = NonNullable<ReturnType<DataStore['get']>>;

function memoryStore(): DataStore & { addAssetImports: (assets: string[], file?: string) => void; modules: string[]; assets: string[] } {
  const entries = new Map<string, Entry>();
  const modules: string[] = [];
  const assets: string[] = [];
  return {
    get: ((id: string) => entries.get(id)) as DataStore['get'],
    entries: () => [...entries],
    set: (entry) => (entries.set(entry.id, entry as Entry), true),
    values: () => [...entries.values()],
    keys: () => [...entries.keys()],
    delete: (id) => void entries.delete(id),
    clear: () => entries.clear(),
    has: (id) => entries.has(id),
    addModuleImport: (file) => void modules.push(file),
    addAssetImports: (list) => void assets.push(...list),
    modules,
    assets,
  };
}

const digestOf = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16);

/** What Astro's glob loader does with the files its pattern lists; `read` counts the files it read. */
function standInGlob(read: string[]) {
  return (options: GlobOptions): Loader => ({
    name: 'glob-loader',
    async load(ctx: LoaderContext) {
      const root = new URL(ctx.config.root).pathname;
      const base = join(root, options.base);
      const untouched = new Set(ctx.store.keys());
      for (const file of await listFiles(options.pattern, { cwd: base, expandDirectories: false })) {
        const text = readFileSync(join(base, file), 'utf8');
        read.push(file);
        const id = file.replace(/\.md$/u, '');
        untouched.delete(id);
        const deferredRender = text.includes('<Aside');
        ctx.store.set({ id, data: { title: text.split('\n')[0]! }, body: text, filePath: `content/${file}`, digest: digestOf(text), ...(deferredRender ? { deferredRender } : {}) });
      }
      for (const id of untouched) ctx.store.delete(id);
    },
  });
}

let root: string;
let store: ReturnType<typeof memoryStore>;
const OPTIONS: GlobOptions = { pattern: '*/*.md', base: './content' };
const write = (file: string, text: string, ageMs = 60_000) => {
  const path = join(root, 'content', file);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
  const when = new Date(Date.now() - ageMs);
  utimesSync(path, when, when);
};

function context(after?: AfterChecks): LoaderContext {
  const ctx = {
    collection: 'articles',
    store,
    config: { root: pathToFileURL(`${root}/`), cacheDir: pathToFileURL(join(root, '.cache/')) },
    logger: { info: () => {}, warn: () => {}, error: () => {}, debug: () => {} },
  } as unknown as LoaderContext;
  return after ? Object.assign(ctx, { [AFTER_CHECKS]: after }) : ctx;
}

/** One build's load through the sieve, as `explained` runs it when the checks pass. */
async function build(): Promise<string[]> {
  const read: string[] = [];
  const after: AfterChecks = [];
  await sievedGlob(OPTIONS, standInGlob(read)).load(context(after));
  for (const keep of after) keep();
  return read.sort();
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'sieve-'));
  store = memoryStore();
  process.env[STAMP_VARIABLE] = 'stamp-1';
  write('2016-01-01/01-01.md', '甲\n正文');
  write('2016-01-01/01-02.md', '乙\n<Aside title="相关链接">正文</Aside>');
  write('2016-01-02/01-01.md', '丙\n正文');
});
afterEach(() => {
  delete process.env[STAMP_VARIABLE];
  rmSync(root, { recursive: true, force: true });
});

test('the first build reads every file; the next reads none of the unchanged ones and keeps their entries', async () => {
  expect(await build()).toEqual(['2016-01-01/01-01.md', '2016-01-01/01-02.md', '2016-01-02/01-01.md']);
  const before = store.values().map((e) => e.id).sort();
  store.modules.length = 0;
  expect(await build()).toEqual([]);
  expect(store.values().map((e) => e.id).sort()).toEqual(before);
  // As the glob loader does for an entry it skips: the MDX module is still imported.
  expect(store.modules).toEqual(['content/2016-01-01/01-02.md']);
});

test('a changed, a new and a deleted file: only the first two are read, the deleted one’s entry goes', async () => {
  await build();
  write('2016-01-01/01-01.md', '甲\n正文，更正后多了一句。');
  write('2016-01-03/01-01.md', '丁\n新的一期');
  rmSync(join(root, 'content', '2016-01-02/01-01.md'));
  expect(await build()).toEqual(['2016-01-01/01-01.md', '2016-01-03/01-01.md']);
  expect(store.values().map((e) => e.id).sort()).toEqual(['2016-01-01/01-01', '2016-01-01/01-02', '2016-01-03/01-01']);
  expect(store.get('2016-01-01/01-01')!.data).toEqual({ title: '甲' });
  expect(store.get('2016-01-01/01-01')!.body).toContain('更正后');
});

test('a file changed just before the scan is read again by the next build (its time may hide a later change)', async () => {
  write('2016-01-02/01-01.md', '丙\n正文', 0);
  await build();
  expect(await build()).toEqual(['2016-01-02/01-01.md']);
});

test('without the stamp, without the checks, or under another stamp, every file is read', async () => {
  await build();
  const all = ['2016-01-01/01-01.md', '2016-01-01/01-02.md', '2016-01-02/01-01.md'];
  process.env[STAMP_VARIABLE] = 'stamp-2';
  expect(await build()).toEqual(all);
  delete process.env[STAMP_VARIABLE];
  expect(await build()).toEqual(all);
  process.env[STAMP_VARIABLE] = 'stamp-2';
  const read: string[] = [];
  await sievedGlob(OPTIONS, standInGlob(read)).load(context()); // not wrapped by explained
  expect(read.sort()).toEqual(all);
});

test('nothing is recorded when the checks fail: the next build reads the file again and says its problem again', async () => {
  const read: string[] = [];
  const loader = explained(sievedGlob(OPTIONS, standInGlob(read)), {
    schema: z.object({ title: z.string() }),
    help: {},
    check: (entries) => entries.filter((e) => e.data.title === '乙').map((e) => `${e.filePath}: 乙 is not allowed here`),
  });
  const ctx = { ...context(), parseData: async ({ data }: { data: unknown }) => data, generateDigest: digestOf } as unknown as LoaderContext;
  await expect(loader.load(ctx)).rejects.toThrow(/乙 is not allowed here/u);
  read.length = 0;
  await expect(loader.load(ctx)).rejects.toThrow(/乙 is not allowed here/u);
  expect(read.sort()).toEqual(['2016-01-01/01-01.md', '2016-01-01/01-02.md', '2016-01-02/01-01.md']);
});

test('an entry is kept only under its recorded identity, path and digest', () => {
  const path = join(mkdtempSync(join(tmpdir(), 'sieve-id-')), 'a.md');
  writeFileSync(path, '一');
  const identity = identityOf(path);
  expect(identityOf(path)).toEqual(identity);
  writeFileSync(path, '一二');
  expect(identityOf(path).key).not.toBe(identity.key);
  const s = memoryStore();
  s.set({ id: 'a', data: {}, filePath: 'content/a.md', digest: 'd1' });
  const recorded = { identity: identity.key, id: 'a', digest: 'd1' };
  expect(keptEntry(recorded, identity, s, 'content/a.md')?.id).toBe('a');
  expect(keptEntry(undefined, identity, s, 'content/a.md')).toBeUndefined();
  expect(keptEntry(recorded, { ...identity, key: 'other' }, s, 'content/a.md')).toBeUndefined();
  expect(keptEntry(recorded, identity, s, 'content/b.md')).toBeUndefined();
  // The store kept another text than the one recorded (a build stopped between the two writes).
  expect(keptEntry({ ...recorded, digest: 'd0' }, identity, s, 'content/a.md')).toBeUndefined();
  s.delete('a');
  expect(keptEntry(recorded, identity, s, 'content/a.md')).toBeUndefined();
  rmSync(join(path, '..'), { recursive: true, force: true });
});

test('the record leaves out files not loaded and files changed within RACY_MS of the scan', () => {
  const now = 1_000_000_000;
  const listed = new Map([
    ['old.md', { key: 'k1', mtimeMs: now - RACY_MS - 1 }],
    ['fresh.md', { key: 'k2', mtimeMs: now - RACY_MS + 1 }],
    ['refused.md', { key: 'k3', mtimeMs: now - 60_000 }],
  ]);
  const entries: Record<string, { id: string; digest: string }> = { 'old.md': { id: 'old', digest: 'd' }, 'fresh.md': { id: 'fresh', digest: 'e' } };
  expect(recordOf(listed, (f) => entries[f], now)).toEqual({ 'old.md': { identity: 'k1', id: 'old', digest: 'd' } });
});
