import { describe, expect, test } from 'vitest';
import { buildEditions } from '#src/site/editions.ts';
import { jumpLabel, jumpTargets } from '#src/site/jump.ts';
import { article } from './fixtures.ts';

const date = '2026-04-02';

describe('jumpTargets', () => {
  test('links 下转 to the part on the other page that points back, preferring the same title', () => {
    const first = article({ date, page: 1, order: 1, title: '芯片项目', continuedOn: 2 });
    const other = article({ date, page: 2, order: 1, title: '别的稿', continuedFrom: 1 });
    const rest = article({ date, page: 2, order: 2, title: '芯片项目', continuedFrom: 1 });
    const [e] = buildEditions([first, other, rest], []);
    expect(jumpTargets(first, e!)).toEqual([{ direction: 'on', page: 2, href: '/2026/04/02/02/02/' }]);
    expect(jumpTargets(rest, e!)).toEqual([{ direction: 'from', page: 1, href: '/2026/04/02/01/01/' }]);
  });
  test('links to the page when no article there points back', () => {
    const first = article({ date, page: 1, order: 1, continuedOn: 2 });
    const [e] = buildEditions([first, article({ date, page: 2, order: 1 })], []);
    expect(jumpTargets(first, e!)[0]!.href).toBe('/2026/04/02/02/');
  });
  test('has no link when the page is not in the edition', () => {
    const first = article({ date, page: 1, order: 1, continuedOn: 2 });
    const [e] = buildEditions([first], []);
    expect(jumpTargets(first, e!)).toEqual([{ direction: 'on', page: 2 }]);
  });
  test('is empty for an article that is not continued', () => {
    const a = article({ date, page: 1, order: 1 });
    expect(jumpTargets(a, buildEditions([a], [])[0]!)).toEqual([]);
  });
});

describe('jumpLabel', () => {
  test('reads as printed', () => {
    expect(jumpLabel('on', 2)).toBe('下转第2版');
    expect(jumpLabel('from', 1)).toBe('上接第1版');
  });
});
