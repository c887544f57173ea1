import { describe, expect, test } from 'vitest';
import { monthsOf, yearsOf } from '#src/site/archive.ts';
import { monthGrid } from '#src/site/calendar.ts';

const dates = ['2026-04-02', '2025-12-31', '2026-04-01', '2026-03-15', '2026-04-02'];

describe('monthsOf', () => {
  test('groups dates by month, newest month first, days oldest first, duplicates once', () => {
    expect(monthsOf(dates)).toEqual([
      { year: 2026, month: 4, dates: ['2026-04-01', '2026-04-02'] },
      { year: 2026, month: 3, dates: ['2026-03-15'] },
      { year: 2025, month: 12, dates: ['2025-12-31'] },
    ]);
  });
});

describe('yearsOf', () => {
  test('lists years newest first with their months in calendar order', () => {
    const years = yearsOf(dates);
    expect(years.map((y) => y.year)).toEqual([2026, 2025]);
    expect(years[0]!.months.map((m) => m.month)).toEqual([3, 4]);
  });
  test('stays small for ten years of daily editions: one entry per month', () => {
    const many: string[] = [];
    for (let t = Date.UTC(2016, 0, 1); t < Date.UTC(2026, 0, 1); t += 86_400_000) many.push(new Date(t).toISOString().slice(0, 10));
    const years = yearsOf(many);
    expect(years).toHaveLength(10);
    expect(years.every((y) => y.months.length === 12)).toBe(true);
  });
});

describe('monthGrid', () => {
  test('starts weeks on Monday and pads with empty cells', () => {
    // April 2026 starts on a Wednesday and has 30 days.
    const weeks = monthGrid(2026, 4, new Set(['2026-04-02']));
    expect(weeks).toHaveLength(5);
    expect(weeks[0]!.slice(0, 2)).toEqual([null, null]);
    expect(weeks[0]![2]).toEqual({ date: '2026-04-01', day: 1, hasEdition: false });
    expect(weeks[0]![3]).toEqual({ date: '2026-04-02', day: 2, hasEdition: true });
    expect(weeks.every((w) => w.length === 7)).toBe(true);
    expect(weeks.flat().filter(Boolean)).toHaveLength(30);
  });
  test('handles a leap February', () => {
    expect(monthGrid(2028, 2, new Set()).flat().filter(Boolean)).toHaveLength(29);
  });
});
