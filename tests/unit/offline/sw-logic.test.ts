import { describe, expect, test } from 'vitest';
import { complete, evictions, handles, isManifest, markOfflineCopy, planSave, sameFiles, storable } from '#src/offline/browser/sw-logic.ts';
import { manifestPathOf } from '#src/site/paths.ts';

describe('handles', () => {
  const scope = new URL('https://zsdaily.example.com/');
  test.each([
    ['GET', 'https://zsdaily.example.com/2026/04/02/', true],
    ['GET', 'https://zsdaily.example.com/favicon.svg', true],
    ['POST', 'https://zsdaily.example.com/search/', false],
    ['GET', 'https://other.example/x.js', false],
  ])('%s %s → %s', (method, url, expected) => {
    expect(handles(method, new URL(url), scope)).toBe(expected);
  });
  test('not outside the scope of a site served from a sub-folder', () => {
    expect(handles('GET', new URL('https://h.example/other/'), new URL('https://h.example/paper/'))).toBe(false);
  });
});

describe('markOfflineCopy', () => {
  test('marks <html> with when the copy was saved', () => {
    expect(markOfflineCopy('<!DOCTYPE html><html lang="zh-CN"><head>', '2026-04-02T08:00:00.000Z')).toBe(
      '<!DOCTYPE html><html data-offline-copy="2026-04-02T08:00:00.000Z" lang="zh-CN"><head>',
    );
  });
  test('a stamp that is not a date cannot inject markup', () => {
    expect(markOfflineCopy('<html>', '"><script>')).toBe('<html data-offline-copy="">');
  });
});

describe('the edition manifest', () => {
  test('lives in the edition folder', () => {
    expect(manifestPathOf('2026/04/02')).toBe('2026/04/02/offline.json');
  });
  test.each([
    [{ edition: '2026/04/02', urls: ['2026/04/02/'] }, true],
    [{ edition: '2026/04/02', urls: [1] }, false],
    [null, false],
  ])('isManifest(%j) is %s', (value, expected) => {
    expect(isManifest(value)).toBe(expected);
  });
});

describe('evictions', () => {
  const scope = new URL('https://zsdaily.example.com/');
  const entry = (path: string, savedAt: string) => ({ url: new URL(path, scope).href, savedAt });
  test('nothing goes while the cache is within its size', () => {
    expect(evictions([entry('a/', '2026-04-01T00:00:00Z')], scope, 2)).toEqual([]);
  });
  test('the oldest go first, and an edition losing a file loses its manifest too', () => {
    const entries = [
      entry('2026/04/02/01/01/', '2026-04-02T01:00:00Z'),
      entry('2026/04/02/offline.json', '2026-04-02T01:00:01Z'),
      entry('2026/04/03/', '2026-04-03T01:00:00Z'),
      entry('archive/', '2026-04-04T01:00:00Z'),
    ];
    expect(evictions(entries, scope, 3).sort()).toEqual([new URL('2026/04/02/01/01/', scope).href, new URL('2026/04/02/offline.json', scope).href].sort());
  });
  test('an entry without a saved time counts as the oldest', () => {
    expect(evictions([entry('b/', '2026-04-02T00:00:00Z'), entry('a/', '')], scope, 1)).toEqual([new URL('a/', scope).href]);
  });
});

describe('planSave', () => {
  const saved = { edition: '2026/04/02', urls: ['2026/04/02/', '2026/04/02/01/01/'] };
  test('nothing to do when the saved copy lists the same files, in any order', () => {
    expect(planSave(saved, { ...saved, urls: [...saved.urls].reverse() })).toEqual({ kind: 'up-to-date' });
  });
  test('saves again, replacing the saved copy, when the edition gained an article', () => {
    expect(planSave(saved, { ...saved, urls: [...saved.urls, '2026/04/02/01/02/'] })).toEqual({ kind: 'save', urls: [...saved.urls, '2026/04/02/01/02/'], replacing: true });
  });
  test('saves when nothing is saved yet', () => {
    expect(planSave(undefined, saved)).toEqual({ kind: 'save', urls: saved.urls, replacing: false });
  });
  test('sameFiles is not fooled by a list with one file twice', () => {
    expect(sameFiles(saved, { ...saved, urls: ['2026/04/02/', '2026/04/02/'] })).toBe(false);
  });
});

describe('complete', () => {
  const ok = { ok: true, type: 'basic' };
  test.each([
    ['every file answered 200', [ok, ok], true],
    ['one page answered 404', [ok, { ok: false, type: 'basic' }], false],
    ['one page answered 500', [{ ok: false, type: 'basic' }, ok], false],
    ['one fetch failed (offline)', [ok, undefined], false],
    ['one answer came from elsewhere (opaque redirect)', [ok, { ok: true, type: 'opaqueredirect' }], false],
  ])('%s → %s', (_name, responses, expected) => {
    expect(complete(responses)).toBe(expected);
  });
  test('storable keeps only this site’s 2xx answers', () => {
    expect(storable(ok)).toBe(true);
    expect(storable({ ok: true, type: 'cors' })).toBe(false);
  });
});
