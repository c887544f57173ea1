// Scoring one page: the ingest's output against the layout's truth. Pure, and blind
// to how the ingest works: it reads only OutputPage, which scripts/lib/eval/adapt.ts
// fills from the ingest's public result.
//
// Output articles are matched to truth articles by text: each block of the page
// (letters and digits only) is looked up in every output article's text; an article
// is right when one output article holds all its blocks and nothing of another.
import type { ArticleTruth, LaidOutPage, PageBlock } from './layout.ts';
import { compact, hanOf, matchKey, multiset, tidy, uncovered } from './text.ts';

export interface OutputArticle {
  title?: string;
  kicker?: string;
  subtitle?: string;
  column?: string;
  byline?: string;
  /** Body units: paragraphs, subheadings, section labels, a box's title and paragraphs. */
  paragraphs: number;
  captions: readonly string[];
  continuedOn?: number;
  continuedFrom?: number;
  draft?: boolean;
  /** Everything the article holds (its file and its fields): for matching blocks and counting characters. */
  text: string;
}

export type OutputPage =
  | { kind: 'read'; articles: readonly OutputArticle[]; /** Page data: banner, credits… */ pageText: readonly string[] }
  | { kind: 'refused'; message: string; /** Not an IngestError: the ingest crashed. */ crash: boolean };

export const FIELDS = ['title', 'kicker', 'subtitle', 'column', 'byline', 'paragraphs', 'photos', 'jumps'] as const;
export type Field = (typeof FIELDS)[number];

/** What went wrong with an article's boundaries; none = right. */
export type Flaw = 'refused' | 'missing' | 'split' | 'merged' | 'lost-text' | 'with-credits';

export interface FieldResult {
  field: Field;
  verdict: 'right' | 'wrong' | 'unscored';
  /** The truth has the field (for a count, a list or jumps: a non-zero one). */
  present: boolean;
  expected?: string;
  got?: string;
}

export interface ArticleScore {
  index: number;
  title: string;
  flaws: Flaw[];
  fields: FieldResult[];
  draft: boolean;
}

export interface PageScore {
  date: string;
  page: number;
  files: string[];
  refused?: { message: string; crash: boolean };
  articles: ArticleScore[];
  outputArticles: number;
  han: { total: number; lost: number; sample: string };
  /** Page credits found in page data; undefined when the page has none. */
  credits?: boolean;
}

const GRAM = 4;

interface Holder {
  key: string;
  grams?: Set<string>;
}

const gramsOf = (h: Holder): Set<string> => {
  if (!h.grams) {
    h.grams = new Set();
    for (let i = 0; i + GRAM <= h.key.length; i++) h.grams.add(h.key.slice(i, i + GRAM));
  }
  return h.grams;
};

/**
 * The block's text is in the holder: as a substring; a short block (a 引题 and 主题
 * printed as one line) as two substrings, as the ingest may keep them in two fields;
 * a longer block with 80% of its 4-grams, so a dateline moved into the byline or a
 * stripped marker still matches.
 */
function holds(h: Holder, key: string): boolean {
  if (h.key.includes(key)) return true;
  if (key.length >= 6 && key.length <= 80) {
    for (let i = 2; i <= key.length - 2; i++) if (h.key.includes(key.slice(0, i)) && h.key.includes(key.slice(i))) return true;
  }
  if (key.length < 12) return false;
  const grams = gramsOf(h);
  let hit = 0;
  const n = key.length - GRAM + 1;
  for (let i = 0; i < n; i++) if (grams.has(key.slice(i, i + GRAM))) hit++;
  return hit / n >= 0.8;
}

const articleOf = (b: PageBlock): number | undefined => (b.role.kind === 'credits' || b.role.kind === 'jump' ? undefined : b.role.article);

const argmax = (weights: Map<number, number>): number | undefined => {
  let best: number | undefined;
  for (const [h, w] of weights) if (best === undefined || w > (weights.get(best) ?? 0) || (w === weights.get(best) && h < best)) best = h;
  return best;
};

/** For each block: the holder it is assigned to (an output article's index, `page` for page data), or undefined. */
function assign(blocks: readonly PageBlock[], out: readonly OutputArticle[], pageText: readonly string[]): (number | 'page' | undefined)[] {
  const holders: Holder[] = out.map((a) => ({ key: matchKey(a.text) }));
  const page: Holder = { key: matchKey(pageText.join('\n')) };
  const keys = blocks.map((b) => matchKey(b.clean));
  const candidates = keys.map((key) => (key === '' ? [] : holders.flatMap((h, i) => (holds(h, key) ? [i] : []))));
  // Where a short block occurs in several articles, the one holding the rest of its article wins.
  const weights = new Map<number, Map<number, number>>();
  blocks.forEach((b, i) => {
    const a = articleOf(b);
    const c = candidates[i] ?? [];
    if (a === undefined || c.length !== 1) return;
    const w = weights.get(a) ?? new Map<number, number>();
    weights.set(a, w);
    w.set(c[0] as number, (w.get(c[0] as number) ?? 0) + (keys[i]?.length ?? 0));
  });
  return blocks.map((b, i) => {
    const key = keys[i] ?? '';
    if (key === '') return undefined;
    const c = candidates[i] ?? [];
    const a = articleOf(b);
    if (b.role.kind === 'credits' && holds(page, key)) return 'page';
    if (c.length === 1) return c[0];
    if (c.length > 1) {
      const main = a === undefined ? undefined : argmax(weights.get(a) ?? new Map());
      return main !== undefined && c.includes(main) ? main : c[0];
    }
    return holds(page, key) ? 'page' : undefined;
  });
}

const kickerForm = (s: string | undefined): string => compact(s ?? '').replace(/[—–-]+$/u, '');

function same(field: Field, expected: string | undefined, got: string | undefined, norm: (s: string | undefined) => string = (s) => compact(s ?? '')): FieldResult {
  const e = norm(expected);
  const g = norm(got);
  return { field, verdict: e === g ? 'right' : 'wrong', present: e !== '', ...(e !== '' ? { expected: e } : {}), ...(g !== '' ? { got: g } : {}) };
}

function fieldResults(t: ArticleTruth, o: OutputArticle | undefined): FieldResult[] {
  const missing = (field: Field, present: boolean): FieldResult => ({ field, verdict: 'wrong', present, got: '(no output article)' });
  const results: FieldResult[] = [];
  for (const field of FIELDS) {
    switch (field) {
      case 'title':
        results.push(o ? same(field, t.title, o.title) : missing(field, true));
        break;
      case 'kicker':
        results.push(o ? same(field, t.kicker, o.kicker, kickerForm) : missing(field, t.kicker !== undefined));
        break;
      case 'subtitle':
        results.push(o ? same(field, t.subtitle, o.subtitle) : missing(field, t.subtitle !== undefined));
        break;
      case 'column':
        results.push(o ? same(field, t.column, o.column) : missing(field, t.column !== undefined));
        break;
      case 'byline': {
        const b = t.byline;
        if (b.kind === 'unsure') results.push({ field, verdict: 'unscored', present: true, expected: `(${b.reason})`, ...(o?.byline ? { got: o.byline } : {}) });
        else results.push(o ? same(field, b.kind === 'cms' ? b.text : undefined, o.byline, (s) => tidy((s ?? '').replace(/^□/u, ''))) : missing(field, b.kind === 'cms'));
        break;
      }
      case 'paragraphs':
        results.push(o ? { ...same(field, String(t.paragraphs.length), String(o.paragraphs)), present: t.paragraphs.length > 0 } : missing(field, t.paragraphs.length > 0));
        break;
      case 'photos': {
        const list = (xs: readonly string[]): string => xs.map((x) => compact(x)).sort().join(' | ');
        results.push(o ? same(field, list(t.photos), list(o.captions), (s) => s ?? '') : missing(field, t.photos.length > 0));
        break;
      }
      case 'jumps': {
        const jumps = (on?: number, from?: number): string => (on === undefined && from === undefined ? '' : `on ${on ?? '-'} from ${from ?? '-'}`);
        results.push(o ? same(field, jumps(t.continuedOn, t.continuedFrom), jumps(o.continuedOn, o.continuedFrom), (s) => s ?? '') : missing(field, t.continuedOn !== undefined || t.continuedFrom !== undefined));
        break;
      }
      default: {
        const unknown: never = field;
        throw new Error(`fieldResults: unhandled field ${String(unknown)}`);
      }
    }
  }
  return results;
}

const LOST_SAMPLE = 24;

export function scorePage(laid: LaidOutPage, out: OutputPage): PageScore {
  const need = laid.blocks.flatMap((b) => hanOf(b.clean));
  const base = { date: laid.date, page: laid.page, files: laid.files };
  const creditsHan = hanOf(laid.truth.credits.join(''));
  if (out.kind === 'refused') {
    return {
      ...base,
      refused: { message: out.message, crash: out.crash },
      articles: laid.truth.articles.map((t, index) => ({
        index,
        title: t.title,
        flaws: ['refused'],
        fields: fieldResults(t, undefined).map((f) => (f.verdict === 'unscored' ? f : { ...f, got: '(page refused)' })),
        draft: false,
      })),
      outputArticles: 0,
      han: { total: need.length, lost: need.length, sample: need.slice(0, LOST_SAMPLE).join('') },
      ...(creditsHan.length > 0 ? { credits: false } : {}),
    };
  }
  const assigned = assign(laid.blocks, out.articles, out.pageText);
  const articles = laid.truth.articles.map((t, index): ArticleScore => {
    const mine = laid.blocks.flatMap((b, i) => (articleOf(b) === index && matchKey(b.clean) !== '' ? [i] : []));
    const weights = new Map<number, number>();
    for (const i of mine) {
      const h = assigned[i];
      if (typeof h === 'number') weights.set(h, (weights.get(h) ?? 0) + matchKey(laid.blocks[i]?.clean ?? '').length);
    }
    const main = argmax(weights);
    const flaws: Flaw[] = [];
    if (main === undefined) flaws.push('missing');
    else {
      if (weights.size > 1) flaws.push('split');
      if (mine.some((i) => typeof assigned[i] !== 'number')) flaws.push('lost-text');
      const foreign = laid.blocks.filter((b, i) => assigned[i] === main && articleOf(b) !== index);
      if (foreign.some((b) => b.role.kind !== 'credits')) flaws.push('merged');
      if (foreign.some((b) => b.role.kind === 'credits')) flaws.push('with-credits');
    }
    const o = main === undefined ? undefined : out.articles[main];
    return { index, title: t.title, flaws, fields: fieldResults(t, o), draft: o?.draft === true };
  });
  const have = multiset([...out.articles.flatMap((a) => hanOf(a.text)), ...hanOf(out.pageText.join('\n'))]);
  const lost = uncovered(need, have);
  return {
    ...base,
    articles,
    outputArticles: out.articles.length,
    han: { total: need.length, lost: lost.length, sample: lost.slice(0, LOST_SAMPLE).join('') },
    ...(creditsHan.length > 0 ? { credits: uncovered(creditsHan, multiset(hanOf(out.pageText.join('\n')))).length === 0 } : {}),
  };
}
