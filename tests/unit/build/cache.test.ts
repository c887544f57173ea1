// When the build cache is used and when it is thrown away (src/build/cache.ts): a
// build reuses it only when the previous build finished and every input that is not
// content is the same; otherwise it says why and the build is full.
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { buildStamp, cacheFolder, describeState, openCache, sealCache } from '#src/build/cache.ts';

const dir = mkdtempSync(join(tmpdir(), 'build-cache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function project(name: string): string {
  const root = join(dir, name);
  mkdirSync(join(root, 'src', 'site'), { recursive: true });
  writeFileSync(join(root, 'src', 'site', 'a.ts'), 'export const a = 1;\n');
  writeFileSync(join(root, 'package-lock.json'), '{}\n');
  mkdirSync(join(root, 'content', 'editions', '2026-04-02'), { recursive: true });
  writeFileSync(join(root, 'content', 'editions', '2026-04-02', '01-01.md'), '---\ntitle: 一\n---\n');
  return root;
}

describe('buildStamp', () => {
  test('changes with a source file, the lockfile and SITE_URL, not with content', () => {
    const root = project('stamp');
    const before = buildStamp(root, { SITE_URL: 'https://a.example' });
    writeFileSync(join(root, 'content', 'editions', '2026-04-02', '01-01.md'), '---\ntitle: 二\n---\n');
    expect(buildStamp(root, { SITE_URL: 'https://a.example' })).toEqual(before);
    writeFileSync(join(root, 'src', 'site', 'a.ts'), 'export const a = 2;\n');
    const code = buildStamp(root, { SITE_URL: 'https://a.example' });
    expect(code.src).not.toBe(before.src);
    expect(code['package-lock.json']).toBe(before['package-lock.json']);
    writeFileSync(join(root, 'package-lock.json'), '{"lockfileVersion":3}\n');
    expect(buildStamp(root, { SITE_URL: 'https://a.example' })['package-lock.json']).not.toBe(before['package-lock.json']);
    expect(buildStamp(root, { SITE_URL: 'https://b.example' }).SITE_URL).toBe('https://b.example');
    expect(buildStamp(root, { SHARD: '2025' }).SHARD).toBe('2025');
  });
});

describe('openCache', () => {
  const cache = join(dir, 'cache');
  const stamp = { src: 'x', SITE_URL: 'https://a.example' };
  const filled = () => {
    mkdirSync(join(cache, 'astro'), { recursive: true });
    writeFileSync(join(cache, 'astro', 'page.html'), '<p>');
  };

  test('no cache: a full build', () => {
    rmSync(cache, { recursive: true, force: true });
    expect(openCache(cache, stamp, false)).toEqual({ kind: 'full', reason: 'no cache' });
  });

  test('a cache without a stamp (a build that failed or was stopped) is thrown away', () => {
    filled();
    expect(openCache(cache, stamp, false)).toEqual({ kind: 'full', reason: 'unfinished' });
    expect(existsSync(cache)).toBe(false);
  });

  test('a sealed cache with the same stamp is reused, and unsealed until the build succeeds', () => {
    filled();
    sealCache(cache, stamp);
    expect(openCache(cache, stamp, false)).toEqual({ kind: 'reused' });
    expect(readdirSync(cache)).toEqual(['astro']);
    // The build did not seal it again: the next build does not trust it.
    expect(openCache(cache, stamp, false).kind).toBe('full');
  });

  test('a changed input throws it away and is named', () => {
    filled();
    sealCache(cache, stamp);
    const state = openCache(cache, { ...stamp, SITE_URL: 'https://b.example', lockfile: 'y' }, false);
    expect(state).toEqual({ kind: 'full', reason: 'changed', changed: ['SITE_URL', 'lockfile'] });
    expect(describeState(state)).toBe('full build: SITE_URL, lockfile changed since the cache was made, cache discarded');
    expect(existsSync(cache)).toBe(false);
  });

  test('--full throws away even a good cache', () => {
    filled();
    sealCache(cache, stamp);
    expect(describeState(openCache(cache, stamp, true))).toBe('full build (--full): cache discarded');
    expect(existsSync(cache)).toBe(false);
  });
});

test('a shard keeps a cache of its own', () => {
  expect(cacheFolder(undefined)).toBe('.build-cache');
  expect(cacheFolder('2025')).toBe('.build-cache/shard-2025');
});
