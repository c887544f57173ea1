// Calendar dates as a Chinese reader sees them. Edition dates are plain
// `YYYY-MM-DD` strings; every computation is done in UTC so the build machine's
// time zone never shifts a day.

const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'] as const;

/** The UTC midnight Date of a `YYYY-MM-DD` date, for calendar arithmetic only. */
export function utcDate(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

/** `2026-04-02` → `2026年4月2日`. */
export function formatDateZh(date: string): string {
  const d = utcDate(date);
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;
}

/** `2026-04-02` → `星期四`. */
export function weekdayZh(date: string): string {
  return `星期${WEEKDAYS[utcDate(date).getUTCDay()]}`;
}

/** The moment an edition is published: midnight in China (UTC+8), for feeds and JSON-LD. */
export function publishedAt(date: string): Date {
  return new Date(`${date}T00:00:00+08:00`);
}

/** `2026-04-02` → `2026-04-02T00:00:00+08:00`, the ISO form for `datePublished`. */
export function publishedIso(date: string): string {
  return `${date}T00:00:00+08:00`;
}
