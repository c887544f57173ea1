// Build time: the Traditional → Simplified character map for search, cut down to the
// characters whose Simplified form occurs in the indexed text (a query character
// that folds to anything else cannot match anyway). Generated from OpenCC's
// dictionaries through opencc-js, so the browser never loads the full converter.
import * as OpenCC from 'opencc-js';
import type { CharMap } from '../fold.ts';

type Dict = string;
const locales = OpenCC.Locale as unknown as { from: Record<string, Dict[][]>; to: Record<string, Dict[][]> };

/** Every word (character or phrase) that OpenCC knows as a Traditional or regional form. */
function traditionalWords(): { chars: Set<string>; phrases: Set<string> } {
  const chars = new Set<string>();
  const phrases = new Set<string>();
  for (const groups of [locales.to.cn, locales.from.tw, locales.from.hk]) {
    for (const dict of (groups ?? []).flat()) {
      for (const entry of dict.split('|')) {
        const [key, ...values] = entry.split(' ');
        for (const word of [key, ...values]) {
          if (!word) continue;
          (Array.from(word).length === 1 ? chars : phrases).add(word);
        }
      }
    }
  }
  return { chars, phrases };
}

/**
 * Characters map alone; a phrase is kept only where converting it differs from
 * converting its characters one by one (`一目瞭然`: `瞭` alone stays `瞭`) and its
 * Simplified form occurs in the corpus.
 */
export function buildCharMap(corpus: string): CharMap {
  const present = new Set(Array.from(corpus));
  const converters = (['tw', 'hk', 't'] as const).map((from) => OpenCC.Converter({ from, to: 'cn' }));
  const map: Record<string, string> = {};
  const { chars, phrases } = traditionalWords();
  for (const phrase of [...phrases].sort()) {
    const simple = converters[2]!(phrase);
    if (simple === phrase || !corpus.includes(simple)) continue;
    const charByChar = Array.from(phrase).map((ch) => converters[2]!(ch)).join('');
    if (charByChar !== simple) map[phrase] = simple;
  }
  for (const ch of [...chars].sort()) {
    for (const convert of converters) {
      const simple = convert(ch);
      if (simple !== ch && Array.from(simple).length === 1 && present.has(simple)) {
        map[ch] = simple;
        break;
      }
    }
  }
  return map;
}
