// A month as a calendar grid, weeks starting on Monday (GB/T 7408, and how
// Chinese wall calendars print it). Days outside the month are `null` cells so
// every week has seven.

export const WEEKDAY_HEADERS = ['一', '二', '三', '四', '五', '六', '日'] as const;

export interface CalendarDay {
  /** `YYYY-MM-DD`. */
  date: string;
  day: number;
  /** True when an edition exists for this date. */
  hasEdition: boolean;
}

export type CalendarWeek = (CalendarDay | null)[];

/** The weeks of `month` (1–12) of `year`; `editions` holds the dates that link. */
export function monthGrid(year: number, month: number, editions: ReadonlySet<string>): CalendarWeek[] {
  const first = new Date(Date.UTC(year, month - 1, 1));
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const lead = (first.getUTCDay() + 6) % 7;
  const cells: (CalendarDay | null)[] = Array.from({ length: lead }, () => null);
  for (let day = 1; day <= days; day++) {
    const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    cells.push({ date, day, hasEdition: editions.has(date) });
  }
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks: CalendarWeek[] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}
