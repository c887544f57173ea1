// One edition prepared for layout: its stories page by page, the stories the e-paper
// shows on two pages (a page-1 story continued inside: the e-paper repeats the whole
// text on both pages, print cuts it with a jump line), and the names its bylines may use.
import { random } from './prng.ts';
import type { Edition } from './corpus.ts';
import { REPORTERS } from './names.ts';
import { toStory, type Story } from './story.ts';
import { compact } from './text.ts';

/** Where a story two pages share is cut: whole paragraphs before `paragraph`, then `offset` characters of it. */
export interface Cut {
  paragraph: number;
  offset?: number;
}

export type JumpRole =
  | { kind: 'source'; to: number; cut: Cut }
  | { kind: 'continuation'; from: number; cut: Cut; title: string };

export interface EditionPlan {
  date: string;
  pages: { page: number; stories: Story[] }[];
  /** By storyKey(page, order). */
  jumps: Map<string, JumpRole>;
  /** Reporters' names for bylines the layout adds: this edition's own, topped up from a fixed list. */
  names: string[];
}

export const storyKey = (page: number, order: number): string => `${page}-${order}`;

/** The two parts of a story cut at `cut`. */
export function splitAt(paragraphs: readonly string[], cut: Cut): [string[], string[]] {
  const head = paragraphs.slice(0, cut.paragraph);
  const tail = paragraphs.slice(cut.paragraph);
  if (cut.offset === undefined) return [head, tail];
  const [cutOne = '', ...after] = tail;
  const cs = Array.from(cutOne);
  return [[...head, cs.slice(0, cut.offset).join('')], [cs.slice(cut.offset).join(''), ...after]];
}

/** A cut leaving text on both pages: a paragraph boundary, or inside a paragraph. */
export function chooseCut(paragraphs: readonly string[], key: string): Cut {
  const r = random(`cut/${key}`);
  const n = paragraphs.length;
  const inside = (i: number): Cut => {
    const len = Array.from(paragraphs[i] ?? '').length;
    return { paragraph: i, offset: r.int(Math.max(1, Math.floor(len * 0.2)), Math.max(1, Math.ceil(len * 0.8) - 1)) };
  };
  if (n === 1) return inside(0);
  const k = r.int(1, Math.max(1, Math.floor(n * 0.7)));
  const long = Array.from(paragraphs[k] ?? '').length >= 10;
  return k < n && long && r.chance(0.5) ? inside(k) : { paragraph: k };
}

function planJumps(date: string, pages: EditionPlan['pages']): Map<string, JumpRole> {
  const copies = new Map<string, Story[]>();
  for (const { stories } of pages) {
    for (const s of stories) {
      if (s.paragraphs.join('').length < 20) continue;
      // Same title, same paragraphs: the cut then falls at the same place in both copies.
      const key = `${compact(s.title)}\u0000${s.paragraphs.map(compact).join('\u0001')}`;
      copies.set(key, [...(copies.get(key) ?? []), s]);
    }
  }
  const jumps = new Map<string, JumpRole>();
  for (const list of copies.values()) {
    const [source, continuation] = list;
    // A third copy (rare) is printed whole: print has one continuation.
    if (!source || !continuation || source.page === continuation.page) continue;
    const cut = chooseCut(source.paragraphs, `${date}/${source.page}-${source.order}`);
    jumps.set(storyKey(source.page, source.order), { kind: 'source', to: continuation.page, cut });
    jumps.set(storyKey(continuation.page, continuation.order), { kind: 'continuation', from: source.page, cut, title: source.title });
  }
  return jumps;
}

function editionNames(pages: EditionPlan['pages']): string[] {
  const own = new Set<string>();
  for (const { stories } of pages) for (const s of stories) if (s.byline.kind === 'cms') for (const n of s.byline.names) own.add(n);
  const names = [...own].filter((n) => /^\p{Script=Han}{2,4}$/u.test(n)).sort();
  return names.length >= 6 ? names : [...names, ...REPORTERS.filter((n) => !own.has(n))];
}

export function planEdition(edition: Edition): EditionPlan {
  const pages = edition.pages
    .map(({ page, articles }) => ({ page, stories: articles.flatMap((a) => toStory(a) ?? []) }))
    .filter((p) => p.stories.length > 0);
  return { date: edition.date, pages, jumps: planJumps(edition.date, pages), names: editionNames(pages) };
}
