// Jumps across the pages of one edition: a story printed on page 1 that says
// 下转第2版 and its part on page 2 that says 上接第1版. Pure: the pages are ingested
// in memory and the edition folder is read through the functions handed in.
//
// Two steps. `ingestLinked` ingests every page of a run so that a continued part
// printed without its headline borrows the title of its first part even when that part
// is on another page of the same run (page.ts looks it up through `known`). `linkJumps`
// pairs every jump of the run with its other half and says which have none.
import { ingestPage, type IngestedPage } from './page.ts';
import { IngestError, type KnownArticle } from './types.ts';

/** One raw page of the run. */
export interface RunPage {
  page: number;
  /** Its raw file, for messages. */
  file: string;
  bytes: Uint8Array;
}

/** Raw files of a run that are not pages (empty, binary, undecodable): the run writes nothing. */
export class UnreadablePages extends Error {
  constructor(readonly failures: ReadonlyArray<{ file: string; error: IngestError }>) {
    super(`${failures.length} raw file(s) are not newspaper pages`);
    this.name = 'UnreadablePages';
  }
}

/**
 * Ingests the pages of a run until the titles that continued parts borrow across pages
 * settle. `outside` gives the edition's articles of pages that are not in the run (read
 * only when a headless continued part asks; the run's own pages are being replaced, so
 * their old files are never asked). Each pass settles one more link of a chain (page 3
 * continues page 2, which continues page 1), so n pages need at most n passes; a page is
 * read again only when it asked and what the run's other pages give has changed.
 */
export function ingestLinked(pages: readonly RunPage[], date: string, outside: () => readonly KnownArticle[]): IngestedPage[] {
  const asked = new Set<number>();
  const once = (p: RunPage, others: readonly KnownArticle[]): IngestedPage =>
    ingestPage({
      bytes: p.bytes,
      date,
      page: p.page,
      known: () => {
        asked.add(p.page);
        return [...outside(), ...others];
      },
    });
  const failures: Array<{ file: string; error: IngestError }> = [];
  const results = pages.flatMap((p) => {
    try {
      return [once(p, [])];
    } catch (error) {
      if (!(error instanceof IngestError)) throw error;
      failures.push({ file: p.file, error });
      return [];
    }
  });
  // Every page that is not a page is named at once, not one a run.
  if (failures.length > 0) throw new UnreadablePages(failures);
  /** What each page's `known` held of the run's other pages when it was last ingested. */
  const seen = new Map<number, string>();
  for (let pass = 0; pass < pages.length; pass++) {
    const run = results.flatMap((r) => r.articles.map(knownOf));
    let changed = false;
    pages.forEach((p, i) => {
      if (!asked.has(p.page)) return;
      const others = run.filter((a) => a.page !== p.page);
      const key = JSON.stringify(others);
      if (key === (seen.get(p.page) ?? '[]')) return;
      seen.set(p.page, key);
      results[i] = once(p, others);
      changed = true;
    });
    if (!changed) break;
  }
  return results;
}

const knownOf = (a: IngestedPage['articles'][number]): KnownArticle => ({
  page: a.data.page,
  order: a.data.order,
  title: a.data.title,
  ...(a.data.continuedOn !== undefined ? { continuedOn: a.data.continuedOn } : {}),
});

/** An article part with its jumps, from a page of the run or from the edition folder. */
export interface JumpPart {
  page: number;
  order: number;
  title: string;
  continuedOn?: number;
  continuedFrom?: number;
  /** The raw page file (a part of this run) or the article file (a part already in the edition). */
  file: string;
  /** Line of the 下转 / 上接 line in `file`, when it is a raw page. */
  onLine?: number;
  fromLine?: number;
}

export type JumpDirection = 'on' | 'from';

/** 下转 (`on`) on one page, 上接 (`from`) on the other. */
export interface JumpPair {
  on: JumpPart;
  from: JumpPart;
}

/** Why a jump of the run has no other half. */
export type MissingHalf =
  /** The page it names is neither in the run nor in the edition folder. */
  | { kind: 'page-absent' }
  /** That page is there, but none of its parts jumps back to this page. */
  | { kind: 'no-jump-back' }
  /** Parts of that page jump back, but each is the other half of an earlier jump. */
  | { kind: 'all-paired'; count: number };

export interface MissingJump {
  part: JumpPart;
  direction: JumpDirection;
  /** The page the jump line names. */
  target: number;
  why: MissingHalf;
}

export interface JumpLinks {
  pairs: JumpPair[];
  missing: MissingJump[];
  /** Two pages joined by more than one story: paired in reading order, worth a look. */
  crowded: Array<{ on: number; from: number; count: number }>;
}

/** What the edition folder holds for a page that is not in the run. */
export interface OutsidePage {
  /** The page is in edition.yaml or has article files. */
  present: boolean;
  parts: readonly JumpPart[];
}

const inReadingOrder = (a: JumpPart, b: JumpPart): number => a.page - b.page || a.order - b.order;

/**
 * Pairs the jumps of the run's parts: the k-th part of page p that says 下转第q版 with
 * the k-th part of page q that says 上接第p版, in reading order on each page. This agrees
 * with the titles page.ts borrows: a part without a headline can only open its page
 * (the page grammar), so it is the first of them and takes the first story's title.
 * Pages outside the run are asked for only when a jump of the run names them, and
 * their own jumps are not reported: `npm run check` speaks for files the run does not write.
 */
export function linkJumps(run: readonly JumpPart[], outside: (page: number) => OutsidePage): JumpLinks {
  const runPages = new Set(run.map((p) => p.page));
  const named = new Set(run.flatMap((p) => [p.continuedOn, p.continuedFrom]).filter((n): n is number => n !== undefined && !runPages.has(n)));
  const elsewhere = new Map([...named].sort((a, b) => a - b).map((n) => [n, outside(n)] as const));
  const parts = [...run, ...[...elsewhere.values()].flatMap((o) => o.parts)].sort(inReadingOrder);
  const present = (page: number): boolean => runPages.has(page) || elsewhere.get(page)?.present === true;

  const key = (on: number, from: number): string => `${on}→${from}`;
  const ons = new Map<string, JumpPart[]>();
  const froms = new Map<string, JumpPart[]>();
  for (const p of parts) {
    if (p.continuedOn !== undefined) push(ons, key(p.page, p.continuedOn), p);
    if (p.continuedFrom !== undefined) push(froms, key(p.continuedFrom, p.page), p);
  }

  const pairs: JumpPair[] = [];
  const missing: MissingJump[] = [];
  const crowded: JumpLinks['crowded'] = [];
  for (const k of new Set([...ons.keys(), ...froms.keys()])) {
    const a = ons.get(k) ?? [];
    const b = froms.get(k) ?? [];
    const [on = 0, from = 0] = k.split('→').map(Number);
    if (Math.max(a.length, b.length) > 1) crowded.push({ on, from, count: Math.max(a.length, b.length) });
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      const x = a[i];
      const y = b[i];
      if (x && y) pairs.push({ on: x, from: y });
      else if (x && runPages.has(x.page)) missing.push({ part: x, direction: 'on', target: from, why: why(present(from), b.length) });
      else if (y && runPages.has(y.page)) missing.push({ part: y, direction: 'from', target: on, why: why(present(on), a.length) });
    }
  }
  const byPart = (a: { part: JumpPart }, b: { part: JumpPart }) => inReadingOrder(a.part, b.part);
  return {
    pairs: pairs.sort((a, b) => inReadingOrder(a.on, b.on)),
    missing: missing.sort(byPart),
    crowded: crowded.sort((a, b) => a.on - b.on || a.from - b.from),
  };
}

function why(pagePresent: boolean, otherSide: number): MissingHalf {
  if (!pagePresent) return { kind: 'page-absent' };
  return otherSide === 0 ? { kind: 'no-jump-back' } : { kind: 'all-paired', count: otherSide };
}

function push<K, V>(map: Map<K, V[]>, k: K, v: V): void {
  const list = map.get(k);
  if (list) list.push(v);
  else map.set(k, [v]);
}

/** The run's parts as `linkJumps` wants them: each article of each page, with its raw file. */
export function runParts(pages: ReadonlyArray<{ file: string; ingested: IngestedPage }>): JumpPart[] {
  return pages.flatMap(({ file, ingested }) =>
    ingested.articles.map((a): JumpPart => ({
      page: a.data.page,
      order: a.data.order,
      title: a.data.title,
      file,
      ...(a.data.continuedOn !== undefined ? { continuedOn: a.data.continuedOn, ...(a.jumpLines.on ? { onLine: a.jumpLines.on.line } : {}) } : {}),
      ...(a.data.continuedFrom !== undefined ? { continuedFrom: a.data.continuedFrom, ...(a.jumpLines.from ? { fromLine: a.jumpLines.from.line } : {}) } : {}),
    })),
  );
}

/** One line of the report for a jump without its other half: where, which page it names, what is missing. */
export function missingMessage(m: MissingJump): string {
  const said = m.direction === 'on' ? `下转第${m.target}版` : `上接第${m.target}版`;
  const back = m.direction === 'on' ? `上接第${m.part.page}版` : `下转第${m.part.page}版`;
  switch (m.why.kind) {
    case 'page-absent':
      return `${said}, but page ${m.target} is neither in this run nor in the edition: ingest page ${m.target} (its part must say ${back}), or correct the jump line`;
    case 'no-jump-back':
      return `${said}, but no article of page ${m.target} says ${back}: check the jump lines of both pages (a misprinted page number?)`;
    case 'all-paired':
      return `${said}, but page ${m.target} has only ${m.why.count} part(s) that say ${back}, each paired with an earlier story: check the jump lines of both pages`;
    default: {
      const never: never = m.why;
      return never;
    }
  }
}
