// "Did you mean …?" for a misspelt field name: the known name with the fewest
// single-letter edits, if it is close enough to be a likely typo.
import { distance } from 'fastest-levenshtein';

/** The nearest of `known` to `name` (case ignored), when at most a third of it differs. */
export function nearestName(name: string, known: readonly string[]): string | undefined {
  const lower = name.toLowerCase();
  let best: { name: string; d: number } | undefined;
  for (const candidate of known) {
    const d = distance(lower, candidate.toLowerCase());
    if (!best || d < best.d) best = { name: candidate, d };
  }
  return best && best.d <= Math.max(2, Math.ceil(name.length / 3)) ? best.name : undefined;
}
