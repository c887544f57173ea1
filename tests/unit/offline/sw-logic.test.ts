import { describe, expect, test } from 'vitest';
import { handles, isManifest, manifestPathOf, markOfflineCopy } from '../../../src/lib/offline/sw-logic.ts';

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
