// Exact matching and highlighting: a result is shown only when its text holds every
// term of the query (after folding). This is what makes the results trustworthy.
import type { FoldedText } from './fold.ts';

export function occurrences(haystack: string, needle: string): number[] {
  const at: number[] = [];
  if (!needle) return at;
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + 1)) at.push(i);
  return at;
}

export function containsAll(folded: FoldedText, terms: readonly string[]): boolean {
  return terms.length > 0 && terms.every((t) => folded.text.includes(t));
}

export function countAll(folded: FoldedText, terms: readonly string[]): number {
  return terms.reduce((n, t) => n + occurrences(folded.text, t).length, 0);
}

/** A range of the source text, [start, end) in code units. */
export interface Range {
  start: number;
  end: number;
}

/** Source ranges of every occurrence of every term, sorted and merged. */
export function matchRanges(source: string, folded: FoldedText, terms: readonly string[]): Range[] {
  const ranges: Range[] = [];
  for (const term of terms) {
    for (const at of occurrences(folded.text, term)) {
      const start = folded.origin[at]!;
      const lastUnit = folded.origin[at + term.length - 1]!;
      const cp = source.codePointAt(lastUnit) ?? 0;
      ranges.push({ start, end: lastUnit + (cp > 0xffff ? 2 : 1) });
    }
  }
  ranges.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Range[] = [];
  for (const r of ranges) {
    const last = merged.at(-1);
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else merged.push({ ...r });
  }
  return merged;
}

export interface Excerpt {
  /** Text pieces, alternating plain and matched, starting with plain (maybe empty). */
  parts: string[];
  clippedStart: boolean;
  clippedEnd: boolean;
}

/** A window of about `width` characters around the first match, split into plain/match parts. */
export function excerpt(source: string, ranges: readonly Range[], width = 80): Excerpt {
  const first = ranges[0];
  const from = first ? Math.max(0, first.start - Math.floor(width / 3)) : 0;
  const to = Math.min(source.length, from + width);
  const parts: string[] = [];
  let pos = from;
  for (const r of ranges) {
    if (r.end <= from || r.start >= to) continue;
    const s = Math.max(r.start, from);
    const e = Math.min(r.end, to);
    parts.push(source.slice(pos, s), source.slice(s, e));
    pos = e;
  }
  parts.push(source.slice(pos, to));
  return { parts, clippedStart: from > 0, clippedEnd: to < source.length };
}
