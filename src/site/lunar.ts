// 农历 from the ICU Chinese calendar that ships inside Node (Intl, `ca-chinese`):
// a maintained astronomical implementation, no dependency, nothing fetched. ICU
// gives the 干支 year name and the month name (闰 included); the day comes as a
// number, which is written here the way a calendar prints it (初一 … 三十).

const DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'] as const;

/** Day of a lunar month as printed: 1 → 初一, 10 → 初十, 20 → 二十, 21 → 廿一, 30 → 三十. */
export function lunarDayName(day: number): string {
  if (!Number.isInteger(day) || day < 1 || day > 30) throw new RangeError(`[site] no lunar day ${day}`);
  if (day <= 10) return `初${DIGITS[day]}`;
  if (day < 20) return `十${DIGITS[day - 10]}`;
  if (day === 20) return '二十';
  if (day < 30) return `廿${DIGITS[day - 20]}`;
  return '三十';
}

const formatter = new Intl.DateTimeFormat('zh-CN-u-ca-chinese', {
  timeZone: 'UTC',
  year: 'numeric',
  month: 'long',
  day: 'numeric',
});

export interface LunarDate {
  /** 干支 year, e.g. 丙午. */
  yearName: string;
  /** Month as printed, e.g. 正月, 二月, 闰六月. */
  month: string;
  /** Day as printed, e.g. 十五. */
  day: string;
}

/** The lunar date of a `YYYY-MM-DD` date, or undefined where the runtime lacks the calendar. */
export function lunarDate(date: string): LunarDate | undefined {
  const parts = formatter.formatToParts(new Date(`${date}T00:00:00Z`));
  const get = (type: string) => parts.find((p) => p.type === type)?.value;
  const yearName = get('yearName');
  const month = get('month');
  const day = Number(get('day'));
  if (!yearName || !month || !Number.isInteger(day) || day < 1) return undefined;
  return { yearName, month, day: lunarDayName(day) };
}

/** `2026-04-02` → `农历丙午年二月十五`; empty when the calendar is unavailable. */
export function formatLunarZh(date: string): string {
  const l = lunarDate(date);
  return l ? `农历${l.yearName}年${l.month}${l.day}` : '';
}
