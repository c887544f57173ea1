import { describe, expect, test } from 'vitest';
import { formatDateZh, publishedAt, publishedIso, weekdayZh } from '#src/site/dates.ts';
import { formatLunarZh, lunarDate, lunarDayName } from '#src/site/lunar.ts';

describe('formatDateZh', () => {
  test('writes the date without leading zeros, as printed', () => {
    expect(formatDateZh('2026-04-02')).toBe('2026年4月2日');
  });
});

describe('weekdayZh', () => {
  test.each([
    ['2026-04-02', '星期四'],
    ['2026-04-05', '星期日'],
    ['2026-04-06', '星期一'],
  ])('%s is %s', (date, out) => expect(weekdayZh(date)).toBe(out));
});

describe('publishedAt', () => {
  test('an edition is published at midnight China time', () => {
    expect(publishedAt('2026-04-02').toISOString()).toBe('2026-04-01T16:00:00.000Z');
    expect(publishedIso('2026-04-02')).toBe('2026-04-02T00:00:00+08:00');
  });
});

describe('lunarDayName', () => {
  test.each([
    [1, '初一'],
    [10, '初十'],
    [11, '十一'],
    [15, '十五'],
    [20, '二十'],
    [21, '廿一'],
    [29, '廿九'],
    [30, '三十'],
  ])('%i → %s', (day, out) => expect(lunarDayName(day)).toBe(out));
  test('refuses a day no lunar month has', () => {
    expect(() => lunarDayName(31)).toThrow(RangeError);
  });
});

describe('lunar dates', () => {
  test.each([
    ['2026-04-02', '农历丙午年二月十五'],
    // 春节 2026 and the leap sixth month of 2025, checked against published calendars.
    ['2026-02-17', '农历丙午年正月初一'],
    ['2025-07-25', '农历乙巳年闰六月初一'],
    ['2026-02-16', '农历乙巳年腊月廿九'],
  ])('%s is %s', (date, out) => expect(formatLunarZh(date)).toBe(out));
  test('gives the parts separately', () => {
    expect(lunarDate('2026-04-02')).toEqual({ yearName: '丙午', month: '二月', day: '十五' });
  });
});
