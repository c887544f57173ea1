// Months kept for the final evaluation of the ingest. Nothing in the eval may read
// them, so every path and month the user names passes through here first.

export const RESERVED_MONTHS: readonly string[] = ['2019-02', '2020-01'];

// 2019-02, 2019_02, 201902, 2019.02 ; 2019年2月 ; 20190215 (a day folder or file).
const MONTH_FORMS = /(?<!\d)(\d{4})[-_.]?(\d{2})(?!\d)|(?<!\d)(\d{4})年(\d{1,2})月|(?<!\d)(\d{4})(\d{2})\d{2}(?!\d)/gu;

/** The year-months a name mentions, as YYYY-MM. */
export function monthsNamed(name: string): string[] {
  const out: string[] = [];
  for (const m of name.matchAll(MONTH_FORMS)) {
    const year = m[1] ?? m[3] ?? m[5];
    const month = m[2] ?? m[4] ?? m[6];
    if (year && month) out.push(`${year}-${month.padStart(2, '0')}`);
  }
  return out;
}

/** The reserved month a path (any of its segments) names, if any. */
export function reservedIn(path: string): string | undefined {
  for (const segment of path.split(/[\\/]/u)) {
    const hit = monthsNamed(segment).find((m) => RESERVED_MONTHS.includes(m));
    if (hit) return hit;
  }
  return undefined;
}
