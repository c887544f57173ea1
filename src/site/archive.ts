// 往期: edition dates grouped by year and month. Thousands of editions stay
// usable because the index shows only years → months (at most 12 links a year),
// and each month gets its own calendar page.

export interface MonthSummary {
  year: number;
  month: number;
  /** Edition dates of that month, oldest first. */
  dates: string[];
}

export interface YearSummary {
  year: number;
  /** Months that have editions, January first. */
  months: MonthSummary[];
}

/** Months with editions, newest first. */
export function monthsOf(dates: readonly string[]): MonthSummary[] {
  const byMonth = new Map<string, MonthSummary>();
  for (const date of [...new Set(dates)].sort()) {
    const year = Number(date.slice(0, 4));
    const month = Number(date.slice(5, 7));
    const key = date.slice(0, 7);
    const entry = byMonth.get(key) ?? { year, month, dates: [] };
    entry.dates.push(date);
    byMonth.set(key, entry);
  }
  return [...byMonth.values()].reverse();
}

/** Years with editions, newest first, each with its months in calendar order. */
export function yearsOf(dates: readonly string[]): YearSummary[] {
  const years = new Map<number, MonthSummary[]>();
  for (const m of monthsOf(dates)) {
    const list = years.get(m.year) ?? [];
    list.unshift(m);
    years.set(m.year, list);
  }
  return [...years.entries()].map(([year, months]) => ({ year, months }));
}
