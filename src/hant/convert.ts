// 繁體 reading: the page's text converted to Traditional characters in the browser,
// from data made at build time for that page's edition (build/hant-data.ts): the
// characters whose Traditional form OpenCC gives in most places, and the phrases
// where context decides (`一目了然` → `一目瞭然`, `头发` → `頭髮`). Pure and shared:
// the build runs this same function over every text of the edition and adds
// phrases until it gives what OpenCC gives, so the browser's result is OpenCC's.
import { HANT_GLOBAL } from './page-parts.ts';

/** What one data file carries. */
export interface HantData {
  /** The page's `lang` once converted: zh-Hant, zh-Hant-TW or zh-Hant-HK. */
  lang: string;
  /** Simplified → Traditional characters, as pairs of code points: `长長护護…`. */
  chars: string;
  /** Phrases converted whole (longest first where two start at one place). */
  phrases: Readonly<Record<string, string>>;
}

interface Prepared {
  chars: Map<string, string>;
  phrases: RegExp | null;
}

const prepared = new WeakMap<HantData, Prepared>();

function prepare(data: HantData): Prepared {
  let p = prepared.get(data);
  if (!p) {
    const chars = new Map<string, string>();
    const cps = Array.from(data.chars);
    for (let i = 0; i + 1 < cps.length; i += 2) chars.set(cps[i]!, cps[i + 1]!);
    const keys = Object.keys(data.phrases).sort((a, b) => b.length - a.length);
    const phrases = keys.length > 0 ? new RegExp(keys.map((k) => k.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).join('|'), 'gu') : null;
    prepared.set(data, (p = { chars, phrases }));
  }
  return p;
}

/** `text` in Traditional characters: phrases first, the rest character by character. */
export function toHant(text: string, data: HantData): string {
  const { chars, phrases } = prepare(data);
  const byChar = (s: string) => {
    let out = '';
    for (const ch of s) out += chars.get(ch) ?? ch;
    return out;
  };
  if (!phrases) return byChar(text);
  let out = '';
  let at = 0;
  phrases.lastIndex = 0;
  for (let m = phrases.exec(text); m; m = phrases.exec(text)) {
    out += byChar(text.slice(at, m.index)) + data.phrases[m[0]]!;
    at = m.index + m[0].length;
  }
  return out + byChar(text.slice(at));
}

/** The data file for one page or edition: a classic script (it must load from disk too). */
export function hantScript(data: HantData): string {
  // JSON is a JS expression; U+2028/9 are escaped by JSON.stringify since ES2019.
  return `(self.${HANT_GLOBAL}=self.${HANT_GLOBAL}||{})[document.currentScript.src]=${JSON.stringify(data)};\n`;
}
