import { describe, expect, test } from 'vitest';
import { fileHref } from '#src/site/paths.ts';


describe('fileHref', () => {
  test.each([
    ['../01/', '../01/index.html'],
    ['./', './index.html'],
    ['.', './index.html'],
    ['..', '../index.html'],
    ['../../search/?q=医保', '../../search/index.html?q=医保'],
    ['01/#page-1', '01/index.html#page-1'],
    ['file:///data/site/2026/', 'file:///data/site/2026/index.html'],
  ])('points the folder link %s at %s', (href, expected) => {
    expect(fileHref(href)).toBe(expected);
  });
  test.each(['#main', '../01/index.html', 'zsdaily-2026-04-02.zip', '../../rss.xml', 'https://zsdaily.example.com/', 'https://zsdaily.example.com/archive/', 'mailto:x@y.z', ''])(
    'leaves %j alone',
    (href) => {
      expect(fileHref(href)).toBe(href);
    },
  );
});
