import { describe, expect, test } from 'vitest';
import { formatHitMeta } from '#src/search/text.ts';

describe('formatHitMeta', () => {
  test('date, page label (版次 of two digits and the page name) and column', () => {
    expect(formatHitMeta({ date: '2026-04-02', page: 1, pageName: '要闻', column: '攻坚一线行' })).toBe('2026年4月2日 · 第01版 要闻 · 攻坚一线行');
  });
  test('a page named as the default is not named twice', () => {
    expect(formatHitMeta({ date: '2026-04-02', page: 3, pageName: '第03版' })).toBe('2026年4月2日 · 第03版');
    expect(formatHitMeta({ date: '2026-04-02', page: 12 })).toBe('2026年4月2日 · 第12版');
  });
});
