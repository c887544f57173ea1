// Which pages an eval run measures: all, or a seeded sample spread over the corpus.
import type { EditionPlan } from './edition.ts';
import { shuffled } from './prng.ts';

export interface PageRef {
  date: string;
  page: number;
}

const order = (a: PageRef, b: PageRef): number => a.date.localeCompare(b.date) || a.page - b.page;

/** The same corpus and N give the same pages, in edition order (so a continued part follows its first part). */
export function selectPages(plans: readonly EditionPlan[], n?: number): PageRef[] {
  const all = plans.flatMap((p) => p.pages.map(({ page }) => ({ date: p.date, page })));
  if (n === undefined || n >= all.length) return all.sort(order);
  return shuffled(all, 'eval-ingest/pages').slice(0, n).sort(order);
}
