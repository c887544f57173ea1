// Ranking of exact matches: headline matches first, then how often the query occurs,
// then the newest edition; page and reading order break ties so the order is stable.

export interface Ranked {
  /** Every term occurs in the 引题/主题/副题. */
  inHeadline: boolean;
  /** Total occurrences of the terms in the article text. */
  count: number;
  /** YYYY-MM-DD */
  date: string;
  page: number;
  order: number;
}

export function compareRanked(a: Ranked, b: Ranked): number {
  return (
    Number(b.inHeadline) - Number(a.inHeadline) ||
    b.count - a.count ||
    (a.date < b.date ? 1 : a.date > b.date ? -1 : 0) ||
    a.page - b.page ||
    a.order - b.order
  );
}
