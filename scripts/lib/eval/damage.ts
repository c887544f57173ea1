// What extraction from a printed page does to text that the truth keeps clean:
// paragraphs cut at column feet, half-width punctuation, line-wrap spaces in headlines.
import type { Random } from './prng.ts';
import { besideChinese, chars, isHan } from './text.ts';

const HALF: Readonly<Record<string, string>> = { '，': ',', '？': '?', '：': ':', '；': ';', '（': '(', '）': ')' };

/**
 * Full-width `，？：；（）` → half-width at `rate`, only where a reader (and the
 * ingest's rule in seed-page.md) can tell it back: beside Chinese text, never
 * touching a digit or a Latin letter.
 */
export function halfWidth(text: string, rate: number, r: Random): string {
  if (rate <= 0) return text;
  const cs = chars(text);
  return cs
    .map((c, i) => {
      const half = HALF[c];
      if (half === undefined) return c;
      return besideChinese(cs[i - 1] ?? '', cs[i + 1] ?? '') && r.chance(rate) ? half : c;
    })
    .join('');
}

/** A line wrap inside a headline: one space between two Han characters, away from the ends. */
export function wrapSpace(text: string, r: Random): string {
  const cs = chars(text);
  const spots = cs.map((_, i) => i).filter((i) => i >= 3 && i <= cs.length - 3 && isHan(cs[i - 1] ?? '') && isHan(cs[i] ?? ''));
  if (spots.length === 0) return text;
  const at = r.pick(spots);
  return [...cs.slice(0, at), ' ', ...cs.slice(at)].join('');
}

/** Characters a printed line of a body column holds: a page's style (narrow to wide columns). */
export const COLUMN_WIDTHS = [10, 11, 12, 13, 14, 15, 16] as const;

/**
 * Where a paragraph is cut at column feet: none, one or (very long ones) two
 * offsets, more often the longer it is. A column ends at the end of a printed line,
 * so a cut falls only there: after the first line (`width - 2` characters, the
 * 2-character indent) or after any further full line (`width` more each). The piece
 * before a cut is at least one line; the piece after may be one character (the
 * sample's `集中会` + `诊`). A paragraph that fits on its first line is never cut.
 */
export function cutOffsets(length: number, scale: number, r: Random, width: number): number[] {
  const first = width - 2;
  if (first < 1 || length <= first) return [];
  // Line ends strictly inside the paragraph: first, first + width, …  < length.
  const ends = Math.floor((length - 1 - first) / width) + 1;
  const lineEnd = (): number => first + r.int(0, ends - 1) * width;
  const cuts = new Set<number>();
  if (r.chance(Math.min(0.7, (scale * length) / 400))) cuts.add(lineEnd());
  if (length > 300 && r.chance(Math.min(0.5, (scale * (length - 300)) / 600))) cuts.add(lineEnd());
  return [...cuts].sort((a, b) => a - b);
}

/** The pieces of a text cut at offsets (code points). */
export function piecesAt(text: string, offsets: readonly number[]): string[] {
  const cs = chars(text);
  const bounds = [0, ...offsets, cs.length];
  return bounds.slice(1).map((end, i) => cs.slice(bounds[i], end).join(''));
}
