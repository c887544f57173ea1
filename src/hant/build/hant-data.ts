// Build time: the 繁體 data of one edition (or of the site-wide pages), made from the
// texts its pages show. OpenCC (opencc-js, phrase-level) converts each text; the data
// keeps each character's most frequent Traditional form, then phrases wherever that
// alone gives something else, checked by running the browser's own function
// (../convert.ts) over every text until it gives exactly OpenCC's result.
import * as OpenCC from 'opencc-js';
import { parse, type HTMLElement, type Node } from 'node-html-parser';
import { toHant, type HantData } from '../convert.ts';
import { HANT_VARIANTS, type HantVariant } from '../variant.ts';

import { CONVERTED_ATTRIBUTES, SKIPPED_ELEMENTS } from '../page-parts.ts';

const HAN = /\p{Script=Han}/u;

/** Every text of a page the switch converts: its title, its body's text nodes and the attributes above, those with Chinese characters. */
export function pageTexts(html: string): string[] {
  const root = parse(html, { comment: false, blockTextElements: { script: true, style: true, noscript: true, pre: true } });
  const texts: string[] = [];
  const title = root.querySelector('title');
  if (title) texts.push(title.text);
  const walk = (node: Node) => {
    if (node.nodeType === 3) texts.push(node.text);
    if (node.nodeType !== 1) return;
    const el = node as HTMLElement;
    if ((SKIPPED_ELEMENTS as readonly string[]).includes(el.rawTagName?.toLowerCase() ?? '')) return;
    for (const name of CONVERTED_ATTRIBUTES) {
      const value = el.getAttribute(name);
      if (value) texts.push(value);
    }
    el.childNodes.forEach(walk);
  };
  const body = root.querySelector('body');
  if (body) walk(body);
  return texts.filter((t) => HAN.test(t));
}

const converters = new Map<HantVariant, (text: string) => string>();
function converter(variant: HantVariant): (text: string) => string {
  let c = converters.get(variant);
  if (!c) converters.set(variant, (c = OpenCC.Converter({ from: 'cn', to: variant })));
  return c;
}

/** The first code-point index where `a` and `b` differ, or -1. */
function firstDifference(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) if (a[i] !== b[i]) return i;
  return -1;
}

/** Rounds of adding phrases before a text still converted wrongly is given whole. */
const ROUNDS = 6;

/** `convert` is OpenCC's for the variant; tests pass others to reach the rare paths. */
export function hantData(texts: Iterable<string>, variant: HantVariant, convert: (text: string) => string = converter(variant)): HantData {
  const pairs = [...new Set(texts)].map((source) => ({ source, target: convert(source) }));
  const phrases: Record<string, string> = {};
  // Characters: the Traditional form each takes most often in these texts.
  const counts = new Map<string, Map<string, number>>();
  for (const { source, target } of pairs) {
    const s = Array.from(source);
    const t = Array.from(target);
    if (s.length !== t.length) {
      phrases[source] = target; // OpenCC changed the length: rare, given whole
      continue;
    }
    s.forEach((ch, i) => {
      const seen = counts.get(ch) ?? new Map<string, number>();
      seen.set(t[i]!, (seen.get(t[i]!) ?? 0) + 1);
      counts.set(ch, seen);
    });
  }
  let chars = '';
  for (const [ch, seen] of [...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const [best] = [...seen].sort((x, y) => y[1] - x[1] || (x[0] === ch ? -1 : y[0] === ch ? 1 : 0))[0]!;
    if (best !== ch) chars += ch + best;
  }
  // convert.ts prepares a data object once (by identity): each round checks a new one.
  const current = (): HantData => ({ lang: HANT_VARIANTS[variant], chars, phrases: { ...phrases } });
  let data = current();
  // Phrases: around each place the characters alone get wrong, the shortest window
  // that converts right; a window that another text needs otherwise grows.
  for (let round = 0; ; round++) {
    const wrong = pairs.filter(({ source, target }) => toHant(source, data) !== target);
    if (wrong.length === 0) break;
    // Past ROUNDS every wrong text is given whole, which nothing can spoil for it
    // (it starts where the text starts and is the longest there); a text holding it
    // may go wrong and be given whole in turn, so this ends within one round per text.
    if (round > ROUNDS + pairs.length) throw new Error(`[hant] the conversion data does not settle: ${wrong[0]!.source.slice(0, 40)}`);
    for (const { source, target } of wrong) {
      const s = Array.from(source);
      const t = Array.from(target);
      if (round >= ROUNDS || s.length !== t.length) {
        phrases[source] = target;
        continue;
      }
      const at = firstDifference(Array.from(toHant(source, data)), t);
      for (let width = 1 + round; ; width++) {
        const from = Math.max(0, at - width);
        const to = Math.min(s.length, at + width + 1);
        const key = s.slice(from, to).join('');
        const value = t.slice(from, to).join('');
        if (phrases[key] === undefined || phrases[key] === value) {
          phrases[key] = value;
          break;
        }
        if (from === 0 && to === s.length) {
          phrases[key] = value;
          break;
        }
      }
    }
    data = current();
  }
  return data;
}
