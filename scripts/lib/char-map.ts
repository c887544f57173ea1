// Build time: the Traditional → Simplified character map for search, cut down to the
// characters whose Simplified form occurs in the indexed text (a query character
// that folds to anything else cannot match anyway). Generated from OpenCC's
// dictionaries through opencc-js, so the browser never loads the full converter.
import * as OpenCC from 'opencc-js';
import type { CharMap } from '../../src/lib/search/fold.ts';

type Dict = string;
const locales = OpenCC.Locale as unknown as { from: Record<string, Dict[][]>; to: Record<string, Dict[][]> };

/** Every single character that OpenCC knows as a Traditional or regional form. */
function traditionalCharacters(): Set<string> {
  const chars = new Set<string>();
  for (const groups of [locales.to.cn, locales.from.tw, locales.from.hk]) {
    for (const dict of (groups ?? []).flat()) {
      for (const entry of dict.split('|')) {
        const [key, ...values] = entry.split(' ');
        for (const word of [key, ...values]) if (word && Array.from(word).length === 1) chars.add(word);
      }
    }
  }
  return chars;
}

export function buildCharMap(corpus: string): CharMap {
  const present = new Set(Array.from(corpus));
  const converters = (['tw', 'hk', 't'] as const).map((from) => OpenCC.Converter({ from, to: 'cn' }));
  const map: Record<string, string> = {};
  for (const ch of [...traditionalCharacters()].sort()) {
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
