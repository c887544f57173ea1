// Query sets for judging search, made from the articles' own text with a fixed seed,
// each query with the articles that truly hold it. The truth is `includes` on the
// Simplified source text with the marks readers are promised never count taken out
// of both sides (see `bare`): written with regular expressions of its own, it shares
// no code with the search's folding, so the search cannot grade itself.
import * as OpenCC from 'opencc-js';
import { rng } from './synthetic-pages.ts';

export interface SearchDoc {
  url: string;
  /** The article's texts (headline lines, byline, captions, paragraphs…), each searched on its own. */
  texts: string[];
}

export interface Query {
  /** What the reader types. */
  query: string;
  /** The Simplified, half-width words that a relevant article holds, all of them. */
  words: string[];
}

export interface QuerySet {
  name: string;
  queries: Query[];
}

const HAN = /\p{Script=Han}/u;
const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });

/**
 * The promise of the search page's help line, as the truth applies it: spaces,
 * punctuation and quote marks (any width) never decide a match; a decimal point
 * between digits (`3.5`) and the percent and per-mille signs do.
 */
export function bare(text: string): string {
  return text.replace(/(?<![0-9０-９])[.．]|[.．](?![0-9０-９])/gu, '').replace(/(?![.．%％‰‱])[\p{P}~～\s]/gu, '');
}

/** Articles holding every word, each word within one of its texts, marks aside (see `bare`). */
export function relevantUrls(docs: readonly SearchDoc[], words: readonly string[]): string[] {
  return docs.filter((d) => words.every((w) => d.texts.some((t) => bare(t).includes(bare(w))))).map((d) => d.url);
}

function randomSubstrings(docs: readonly SearchDoc[], count: number, seed: number): Query[] {
  const random = rng(seed);
  const texts = docs.flatMap((d) => d.texts).filter((t) => Array.from(t).length >= 6);
  const queries: Query[] = [];
  for (let guard = 0; queries.length < count && guard < count * 50; guard++) {
    const chars = Array.from(texts[Math.floor(random() * texts.length)]!);
    const length = 2 + Math.floor(random() * 5);
    const start = Math.floor(random() * (chars.length - length + 1));
    const q = chars.slice(start, start + length).join('');
    // A query is something a reader could type: it holds a Chinese character and no space.
    if (!HAN.test(q) || /\s/u.test(q)) continue;
    queries.push({ query: q, words: [q] });
  }
  return queries;
}

function uniqueMatches(docs: readonly SearchDoc[], pattern: RegExp): string[] {
  const found = new Set<string>();
  for (const t of docs.flatMap((d) => d.texts)) for (const m of t.matchAll(pattern)) found.add(m[0]);
  return [...found].sort();
}

const FULL_WIDTH_OFFSET = 0xfee0;
/** `5G+AR` → `５Ｇ＋ＡＲ`: how a phone's full-width keyboard types it. */
export function toFullWidth(text: string): string {
  return text.replace(/[!-~]/gu, (ch) => String.fromCharCode(ch.charCodeAt(0) + FULL_WIDTH_OFFSET));
}

/** How readers type the marks of the text: another mark in place of the printed one. */
const TYPED_FOR: Readonly<Record<string, string[]>> = {
  '、': [',', '，', '.'], '，': [',', '.', '、'], '。': ['.', ',', '，'], '：': [':', '，'], '；': [';', ','], '？': ['?'], '！': ['!'],
  '—': ['-'], '…': ['...'], '·': ['.', ''], '（': ['('], '）': [')'], '《': ['<'], '》': ['>'],
};

/** Text around one of the marks above, with the mark typed as another (`舟山、宁波` → `舟山,宁波`). */
function otherMarks(docs: readonly SearchDoc[], random: () => number): Query[] {
  const found = new Map<string, Query>();
  for (const t of docs.flatMap((d) => d.texts)) {
    for (const m of t.matchAll(/[\p{Script=Han}A-Za-z0-9]{2,4}([、，。：；？！—…·（）《》])[\p{Script=Han}A-Za-z0-9]{1,4}/gu)) {
      const choices = TYPED_FOR[m[1]!]!;
      const chosen = choices[Math.floor(random() * choices.length)]!;
      // A full stop between digits is a decimal point, which counts: `3、5` is not `3.5`.
      const typed = chosen === '.' && /\d[^\d]\d/u.test(m[0]) ? ',' : chosen;
      const query = m[0].replace(m[1]!, typed);
      if (!found.has(query)) found.set(query, { query, words: [m[0]] });
    }
  }
  return [...found.values()];
}

/** Quoted text (`推广“5G+AR”远程`) asked with ASCII quotes and with corner brackets. */
function otherQuotes(docs: readonly SearchDoc[]): Query[] {
  const found = new Map<string, Query>();
  for (const t of docs.flatMap((d) => d.texts)) {
    for (const m of t.matchAll(/([\p{Script=Han}]{0,2})“([^“”]{1,10})”([\p{Script=Han}]{0,2})/gu)) {
      const [whole, before = '', inner = '', after = ''] = m;
      // One style an occurrence, in turn: ASCII quotes, corner brackets, double corner brackets.
      const [open, close] = ([['"', '"'], ['「', '」'], ['『', '』']] as const)[found.size % 3]!;
      const query = `${before}${open}${inner}${close}${after}`;
      if (!/\s/u.test(inner) && !found.has(query)) found.set(query, { query, words: [whole] });
    }
  }
  return [...found.values()];
}

/** `count` of `items` drawn without replacement, in their order. */
function sample<T>(items: readonly T[], count: number, random: () => number): T[] {
  if (items.length <= count) return [...items];
  const keep = new Set<number>();
  while (keep.size < count) keep.add(Math.floor(random() * items.length));
  return items.filter((_, i) => keep.has(i));
}

/** `5G+AR` → `５G＋AR`: every other character full-width, as a phone keyboard switched midway types it. */
export function mixedWidth(text: string): string {
  let i = 0;
  return text.replace(/[!-~]/gu, (ch) => (i++ % 2 === 0 ? toFullWidth(ch) : ch));
}

export function querySets(docs: readonly SearchDoc[], seed = 20260402): QuerySet[] {
  const random = randomSubstrings(docs, 200, seed);
  const names = uniqueMatches(docs, /(?<=(?:记者|通讯员)\s(?:[\p{Script=Han}]{2,3}\s)*)[\p{Script=Han}]{2,3}/gu).map((n) => ({ query: n, words: [n] }));
  const places = uniqueMatches(docs, /[\p{Script=Han}]{2,4}(?:区|县|镇|街道|村|港|岛|市)(?=[^\p{Script=Han}]|$)|舟山|定海|普陀|岱山|嵊泗|六横|嘉兴|浙江/gu)
    .filter((p) => Array.from(p).length <= 5)
    .map((p) => ({ query: p, words: [p] }));
  const numbers = uniqueMatches(docs, /\d+(?:\.\d+)?(?:%|万|亿|元|人|个|年|月|日)?/gu)
    .filter((n) => n.length >= 2)
    .map((n) => ({ query: n, words: [n] }));
  const latin = uniqueMatches(docs, /[A-Za-z][A-Za-z0-9+]*[\p{Script=Han}]{0,2}/gu).map((l) => ({ query: l, words: [l] }));
  const traditional = [...random, ...names, ...places]
    .filter((q) => toTraditional(q.query) !== q.query)
    .map((q) => ({ query: toTraditional(q.query), words: q.words }));
  const width = [...numbers, ...latin].filter((q) => /[!-~]/u.test(q.query)).map((q) => ({ query: toFullWidth(q.query), words: q.words }));
  const lower = latin.filter((q) => q.query !== q.query.toLowerCase()).map((q) => ({ query: q.query.toLowerCase(), words: q.words }));
  const twoWords: Query[] = [];
  for (let i = 0; i + 1 < places.length && twoWords.length < 20; i += 2) {
    twoWords.push({ query: `${places[i]!.query} ${places[i + 1]!.query}`, words: [places[i]!.query, places[i + 1]!.query] });
  }
  const pick = rng(seed + 1);
  const marks = sample(otherMarks(docs, pick), 60, pick);
  // A quoted phrase is one word whatever it holds: a space typed inside it splits nothing.
  const wholeQuotes = [...random.slice(0, 24), ...names, ...places].flatMap((q, i): Query[] => {
    const chars = Array.from(q.query);
    const spaced = chars.length >= 4 ? `${chars.slice(0, 2).join('')} ${chars.slice(2).join('')}` : q.query;
    const [open, close] = ([['"', '"'], ['“', '”'], ['「', '」']] as const)[i % 3]!;
    const quoted = { query: `${open}${q.query}${close}`, words: q.words };
    return spaced === q.query ? [quoted] : [quoted, { query: `${open}${spaced}${close}`, words: q.words }];
  });
  const spaces = ['  ', '\u3000', ' \u3000 '];
  const stray = [...random.slice(0, 24), ...twoWords].map((q, i) => {
    const gap = spaces[i % spaces.length]!;
    return { query: `${gap}${q.query.split(' ').join(`${gap} `)}${i % 2 ? gap : ''}`, words: q.words };
  });
  const mixed = [...numbers, ...latin, ...marks.filter((q) => /[!-~]/u.test(q.query))].map((q) => ({ query: mixedWidth(q.query), words: q.words }));
  return [
    { name: 'random 2–6 chars', queries: random },
    { name: 'names', queries: names },
    { name: 'places', queries: places },
    { name: 'numbers', queries: numbers },
    { name: 'mixed Latin', queries: [...latin, ...lower] },
    { name: 'Traditional', queries: traditional },
    { name: 'full-width', queries: width },
    { name: 'two words', queries: twoWords },
    { name: 'another mark typed', queries: marks },
    { name: 'ASCII, corner quotes', queries: otherQuotes(docs) },
    { name: 'whole-query quotes', queries: wholeQuotes },
    { name: 'stray spaces', queries: stray },
    { name: 'mixed widths', queries: mixed },
  ];
}

export interface SetScore {
  name: string;
  queries: number;
  recall: number;
  precision: number;
  hitAt1: number;
}

/** Micro-averaged recall and precision, and the share of queries whose first result is relevant. */
export function score(name: string, runs: ReadonlyArray<{ relevant: string[]; returned: string[] }>): SetScore {
  let relevantTotal = 0;
  let found = 0;
  let returnedTotal = 0;
  let correct = 0;
  let firstRight = 0;
  let withRelevant = 0;
  for (const { relevant, returned } of runs) {
    const truth = new Set(relevant);
    relevantTotal += truth.size;
    returnedTotal += returned.length;
    const right = returned.filter((u) => truth.has(u)).length;
    correct += right;
    found += right;
    if (truth.size > 0) {
      withRelevant++;
      if (returned[0] !== undefined && truth.has(returned[0])) firstRight++;
    }
  }
  return {
    name,
    queries: runs.length,
    recall: relevantTotal === 0 ? 1 : found / relevantTotal,
    precision: returnedTotal === 0 ? 1 : correct / returnedTotal,
    hitAt1: withRelevant === 0 ? 1 : firstRight / withRelevant,
  };
}
