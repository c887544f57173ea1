// Figures over many scored pages, and the pages that went worst. Pure.
import { FIELDS, type ArticleScore, type Field, type Flaw, type PageScore } from './score.ts';

export interface Tally {
  right: number;
  total: number;
}

export interface FieldSummary {
  /** Every article, a refused page's counting as wrong. */
  all: Tally;
  /** Articles of pages the ingest read. */
  read: Tally;
  /** Read pages: articles whose truth has the field, and those whose truth has none. */
  present: Tally;
  absent: Tally;
  unscored: number;
}

export interface Summary {
  pages: number;
  refused: number;
  crashed: number;
  articles: number;
  boundary: { all: Tally; read: Tally; flaws: Record<Flaw, number> };
  fields: Record<Field, FieldSummary>;
  /** Read pages only. */
  han: { total: number; lost: number; pagesWithLoss: number };
  credits: Tally;
  /** Read pages: articles the ingest flagged as drafts, wrong ones, and both. */
  drafts: { flagged: number; wrong: number; both: number };
  refusals: { reason: string; count: number; example: string }[];
}

const tally = (): Tally => ({ right: 0, total: 0 });
const count = (t: Tally, right: boolean): void => {
  t.total++;
  if (right) t.right++;
};

/** An article a reader would find wrong: its boundaries or its headline. */
export const isWrong = (a: ArticleScore): boolean => a.flaws.length > 0 || a.fields.some((f) => f.field === 'title' && f.verdict === 'wrong');

/** A refusal message with its particulars (numbers, quoted text) taken out, to group alike ones. */
export const refusalReason = (message: string): string =>
  message
    .replace(/[「“"`（(][^」”"`）)]*[」”"`）)]/gu, '…')
    .replace(/\d+/gu, 'N')
    .slice(0, 90);

export function summarise(pages: readonly PageScore[]): Summary {
  const flaws: Record<Flaw, number> = { refused: 0, missing: 0, split: 0, merged: 0, 'lost-text': 0, 'with-credits': 0 };
  const fields = Object.fromEntries(FIELDS.map((f) => [f, { all: tally(), read: tally(), present: tally(), absent: tally(), unscored: 0 }])) as Record<Field, FieldSummary>;
  const boundary = { all: tally(), read: tally(), flaws };
  const han = { total: 0, lost: 0, pagesWithLoss: 0 };
  const credits = tally();
  const drafts = { flagged: 0, wrong: 0, both: 0 };
  const refusals = new Map<string, { count: number; example: string }>();
  let articles = 0;
  for (const p of pages) {
    const read = p.refused === undefined;
    if (p.refused) {
      const reason = `${p.refused.crash ? 'crash: ' : ''}${refusalReason(p.refused.message)}`;
      const r = refusals.get(reason) ?? { count: 0, example: `${p.date} p${p.page}` };
      r.count++;
      refusals.set(reason, r);
    } else {
      han.total += p.han.total;
      han.lost += p.han.lost;
      if (p.han.lost > 0) han.pagesWithLoss++;
      if (p.credits !== undefined) count(credits, p.credits);
    }
    for (const a of p.articles) {
      articles++;
      for (const f of a.flaws) flaws[f]++;
      count(boundary.all, a.flaws.length === 0);
      if (read) count(boundary.read, a.flaws.length === 0);
      for (const r of a.fields) {
        const s = fields[r.field];
        if (r.verdict === 'unscored') {
          s.unscored++;
          continue;
        }
        count(s.all, r.verdict === 'right');
        if (!read) continue;
        count(s.read, r.verdict === 'right');
        count(r.present ? s.present : s.absent, r.verdict === 'right');
      }
      if (!read) continue;
      const wrong = isWrong(a);
      if (a.draft) drafts.flagged++;
      if (wrong) drafts.wrong++;
      if (wrong && a.draft) drafts.both++;
    }
  }
  return {
    pages: pages.length,
    refused: pages.filter((p) => p.refused).length,
    crashed: pages.filter((p) => p.refused?.crash).length,
    articles,
    boundary,
    fields,
    han,
    credits,
    drafts,
    refusals: [...refusals.entries()].map(([reason, r]) => ({ reason, ...r })).sort((a, b) => b.count - a.count),
  };
}

/** How bad a read page is: wrong boundaries weigh most, then wrong fields, then lost characters. */
export function badness(p: PageScore): number {
  if (p.refused) return Number.POSITIVE_INFINITY;
  const n = Math.max(1, p.articles.length);
  const boundaries = p.articles.filter((a) => a.flaws.length > 0).length / n;
  const fields = p.articles.reduce((sum, a) => sum + a.fields.filter((f) => f.verdict === 'wrong').length, 0) / (n * FIELDS.length);
  const lost = p.han.total === 0 ? 0 : p.han.lost / p.han.total;
  return 3 * boundaries + fields + 2 * lost;
}

/** The n worst pages the ingest read (refused pages are summarised by reason instead). */
export const worstPages = (pages: readonly PageScore[], n: number): PageScore[] =>
  pages
    .filter((p) => !p.refused)
    .map((p) => ({ p, b: badness(p) }))
    .sort((x, y) => y.b - x.b || x.p.date.localeCompare(y.p.date) || x.p.page - y.p.page)
    .slice(0, n)
    .map(({ p }) => p);
