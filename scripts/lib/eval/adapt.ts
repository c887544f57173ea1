// The ingest's public result → what the scorer reads. Read defensively, field by
// field, from `unknown`: the ingest is going to be rewritten, and the eval must keep
// working as long as ingestPage returns articles with `data`, `content` and (for
// paragraph counts) `parsed.body`. New things are read when they appear: `data.draft`,
// and page data under any new top-level key (credits, editors…) beside `banner`.
import type { OutputArticle, OutputPage } from './score.ts';

type Rec = Record<string, unknown>;
const isRec = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v : undefined);
const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

/** Every string inside a value, depth first. */
export function stringsIn(v: unknown): string[] {
  if (typeof v === 'string') return [v];
  if (Array.isArray(v)) return v.flatMap(stringsIn);
  if (isRec(v)) return Object.values(v).flatMap(stringsIn);
  return [];
}

/** Body units of `parsed.body` (the BodyBlock union); from the Markdown body when that is absent. */
function bodyUnits(parsed: unknown, content: string | undefined): number {
  const body = isRec(parsed) ? parsed['body'] : undefined;
  if (Array.isArray(body)) {
    return body.reduce((n: number, b: unknown) => {
      if (!isRec(b)) return n;
      if (b['type'] === 'aside') return n + (str(b['title']) ? 1 : 0) + (Array.isArray(b['paragraphs']) ? b['paragraphs'].length : 0);
      return n + 1;
    }, 0);
  }
  if (content === undefined) return 0;
  const text = content.replace(/^---\n[\s\S]*?\n---\n/u, '');
  return text.split(/\n\s*\n/u).filter((p) => p.trim() !== '' && !/^<\/?Aside/u.test(p.trim())).length;
}

function article(a: unknown): OutputArticle {
  const r = isRec(a) ? a : {};
  const data = isRec(r['data']) ? r['data'] : {};
  const content = str(r['content']);
  const photos = Array.isArray(data['photos']) ? data['photos'] : [];
  const parsed = r['parsed'];
  const parsedBody = isRec(parsed) ? parsed['body'] : undefined;
  const out: OutputArticle = {
    paragraphs: bodyUnits(parsed, content),
    captions: photos.flatMap((p) => (isRec(p) && str(p['caption']) ? [p['caption'] as string] : [])),
    // The file as written, and every field and body text besides (duplicates do no harm: characters are counted one way).
    text: [content ?? '', ...stringsIn(data), ...stringsIn(parsedBody)].join('\n'),
  };
  for (const key of ['title', 'kicker', 'subtitle', 'column', 'byline'] as const) {
    const v = str(data[key]);
    if (v !== undefined) out[key] = v;
  }
  const on = num(data['continuedOn']);
  const from = num(data['continuedFrom']);
  if (on !== undefined) out.continuedOn = on;
  if (from !== undefined) out.continuedFrom = from;
  if (data['draft'] === true) out.draft = true;
  return out;
}

/** Top-level keys that are not page data. */
const NOT_PAGE_DATA = new Set(['articles', 'review', 'encoding']);

export function adaptIngested(result: unknown): OutputPage {
  const r = isRec(result) ? result : {};
  const articles = Array.isArray(r['articles']) ? r['articles'].map(article) : [];
  const pageText = Object.entries(r)
    .filter(([k]) => !NOT_PAGE_DATA.has(k))
    .flatMap(([, v]) => stringsIn(v));
  return { kind: 'read', articles, pageText };
}

/** A thrown error → a refused page; anything but an IngestError counts as a crash. */
export function adaptError(e: unknown): OutputPage {
  const name = e instanceof Error ? e.name : typeof e;
  const message = e instanceof Error ? e.message : String(e);
  return { kind: 'refused', message: name === 'IngestError' ? message : `${name}: ${message}`, crash: name !== 'IngestError' };
}

/** What a later page of the edition needs to know (KnownArticle: a continued part borrows its title). */
export function knownFrom(result: unknown): { page: number; order: number; title: string; continuedOn?: number }[] {
  const r = isRec(result) ? result : {};
  const list = Array.isArray(r['articles']) ? r['articles'] : [];
  return list.flatMap((a) => {
    const data = isRec(a) && isRec(a['data']) ? a['data'] : {};
    const page = num(data['page']);
    const order = num(data['order']);
    const title = str(data['title']);
    const on = num(data['continuedOn']);
    return page !== undefined && order !== undefined && title !== undefined ? [{ page, order, title, ...(on !== undefined ? { continuedOn: on } : {}) }] : [];
  });
}
