// A headline block that holds the 引题 and the 主题 on one line: where, if anywhere, the
// 引题 ends. Extraction leaves a space between printed lines, so the candidates are the
// spaces of the block (and none: a two-line 主题, or one wrapped in large type). Each
// candidate is scored by learned weights (`kicker` in weights.json, learned by
// `npm run train:ingest` from laid-out corpus pages and our own examples); the best wins.
import { hasOpenPair, isSpeechKicker } from './shapes.ts';
import { charLength, isHanCodePoint } from './text.ts';

export interface KickerReading {
  kicker?: string;
  title: string;
  /** The 0–1 score of this reading (softmax over the candidate readings; the weights are calibrated). */
  score: number;
  /** The runner-up reading and its score, for the review report. */
  other?: { kicker?: string; title: string; score: number };
}

const bucket = (n: number): string => (n <= 3 ? '1-3' : n <= 6 ? '4-6' : n <= 10 ? '7-10' : n <= 15 ? '11-15' : n <= 22 ? '16-22' : '23+');

function ratioBucket(r: number): string {
  if (r < 0.5) return '<0.5';
  if (r < 0.8) return '<0.8';
  if (r < 1.2) return '<1.2';
  if (r < 1.5) return '<1.5';
  if (r < 2) return '<2';
  if (r < 3) return '<3';
  return '3+';
}

/** A verb of what happened, closing a clause (`中办国办印发`, `…举行交流赛`, `…杂志发表…文章`): the news that an 引题 states before its 主题. */
const EVENT_VERB = /(?:印发|发表|举行|召开|举办|发布|启动|出台|开展|部署|强调|指出|会见|报告|获|致力|打造|推进|实施|简化|提速|开幕|闭幕)/u;
/** When: `截至4月底`, `…行动开展以来`, `“五一”假期前三日`, `…70周年`, `…之际`. */
const OCCASION = /(?:^截至|以来$|之际$|周年$|前夕$|期间$|[前后头首][一二三四五六七八九十\d]+[日天月年周]$)/u;
const DIGIT = /[0-9０-９]/u;
/** Who speaks or acts, alone in the 引题: `中组部`, `外交部发言人`, `中央纪委国家监委`, `浙商银行`, `华润集团——`. */
const ACTOR_END = /(?:部|委|办|局|署|院|厅|会|社|集团|公司|银行|中心|政府|法院|检察院|发言人|负责人|委员|代表|主任|书记|部长|市长|省长)$/u;
const lengths = (ps: readonly string[]): number[] => ps.map(charLength);
/** Two or more parts of one length: a line set in parallel (对仗), which a split does not cut through. */
const parallel = (ps: readonly string[]): boolean => ps.length >= 2 && lengths(ps).every((n, _, all) => n === all[0] && n >= 2);

const FUNCTION_END = /[的地得和与及或对把被从向在将为了着过等之其而且并是]$/u;

/**
 * The pairs of Han characters printed side by side in the page's lines. A space in a
 * headline between two characters that the page also prints together (`中 国`, `违纪
 * 违法`) is more likely a line wrapped inside a word than the end of an 引题.
 */
export function hanPairs(texts: readonly string[]): Set<string> {
  const pairs = new Set<string>();
  for (const t of texts) {
    let prev = '';
    for (const ch of t) {
      if (!isHanCodePoint(ch.codePointAt(0)!)) {
        prev = '';
        continue;
      }
      if (prev !== '') pairs.add(prev + ch);
      prev = ch;
    }
  }
  return pairs;
}

/**
 * For each space of a headline (before parts[1], parts[2] …): whether the characters
 * either side of it are printed together elsewhere on the page (`pairs`: hanPairs).
 */
export function spacesInWords(parts: readonly string[], pairs: ReadonlySet<string>): boolean[] {
  return parts.slice(1).map((p, j) => pairs.has((Array.from(parts[j]!).at(-1) ?? '') + (Array.from(p)[0] ?? '')));
}

/**
 * Features of reading `parts[0..k)` as the 引题 and the rest as the 主题 (k = 0: no 引题);
 * `inWords`, when the page is known, is spacesInWords of the parts.
 */
export function kickerFeatures(parts: readonly string[], k: number, inWords?: readonly boolean[]): string[] {
  const spaces = parts.length - 1;
  if (k === 0) {
    const f = ['none', `none:spaces:${Math.min(spaces, 3)}`, `none:len:${bucket(charLength(parts.join('')))}`];
    if (parallel(parts)) f.push('none:parallel');
    if (inWords?.some(Boolean)) f.push('none:in-word');
    return f;
  }
  const left = parts.slice(0, k).join(' ');
  const right = parts.slice(k).join(' ');
  const l = charLength(left);
  const r = charLength(right);
  const longestRight = Math.max(...parts.slice(k).map(charLength));
  const f = ['split', `left:${bucket(l)}`, `right:${bucket(r)}`, `ratio:${ratioBucket(l / Math.max(1, r))}`, `ratio-line:${ratioBucket(l / Math.max(1, longestRight))}`];
  const add = (name: string, on: boolean): void => {
    if (on) f.push(name);
  };
  add('left-dash', /(?:——|—|--)$/u.test(left));
  // The 引题 without its closing dash, for the cues read from its words.
  const leftWords = left.replace(/(?:——|—)$/u, '');
  add('left-speech', isSpeechKicker(leftWords));
  add('left-colon', /[：:]$/u.test(left));
  add('left-spaced', k > 1);
  add('right-spaced', parts.length - k > 1);
  add('right-quote', /^[“"‘]/u.test(right));
  add('left-quote-end', /[”"’]$/u.test(left));
  add('left-open', hasOpenPair(left));
  add('left-func-end', FUNCTION_END.test(left));
  add('left-tiny', l <= 3);
  add('right-tiny', r <= 3);
  add('han-han', /\p{Script=Han}$/u.test(left) && /^\p{Script=Han}/u.test(right));
  add('left-comma', /[，、]/u.test(left));
  add('right-comma', /[，、]/u.test(right));
  add('left-name', /^\p{Script=Han}{2,4}(?:在|到|给|同|与|会见|主持|出席)/u.test(left));
  add('left-event', EVENT_VERB.test(left));
  add('right-event', EVENT_VERB.test(right));
  add('left-occasion', OCCASION.test(leftWords));
  add('left-digit', DIGIT.test(left));
  add('left-actor', ACTOR_END.test(leftWords));
  add('right-digit', DIGIT.test(right));
  add('left-book', /《[^》]+》$/u.test(left));
  add('left-parallel', parallel(parts.slice(0, k)));
  add('right-parallel', parallel(parts.slice(k)));
  // The parts either side of the split are as long as each other: the split cuts a parallel pair in two.
  add('cuts-pair', charLength(parts[k - 1]!) === charLength(parts[k]!) && charLength(parts[k]!) >= 3);
  add('split-in-word', inWords?.[k - 1] === true);
  add('first-space', k === 1);
  add('last-space', k === spaces);
  return f;
}

const score = (weights: Readonly<Record<string, number>>, features: readonly string[]): number => features.reduce((s, f) => s + (weights[f] ?? 0), 0);

/** The parts of a cleaned headline text (one space between printed lines). */
export const headlineParts = (text: string): string[] => text.split(' ').filter((p) => p !== '');

/**
 * The best reading of a one-block headline: 引题 + 主题 split at one of its spaces, or all
 * 主题. `pairs` gives the page's hanPairs, asked for only when the line has a space.
 */
export function readKicker(text: string, weights: Readonly<Record<string, number>>, pairs?: () => ReadonlySet<string>): KickerReading {
  const parts = headlineParts(text);
  if (parts.length < 2) return { title: text, score: 1 };
  const reading = (k: number): { kicker?: string; title: string } =>
    k === 0 ? { title: parts.join(' ') } : { kicker: parts.slice(0, k).join(' '), title: parts.slice(k).join(' ') };
  const inWords = pairs && spacesInWords(parts, pairs());
  const scored = parts.map((_, k) => ({ k, s: score(weights, kickerFeatures(parts, k, inWords)) }));
  // Deterministic order: best score first, then fewer parts in the 引题.
  scored.sort((a, b) => b.s - a.s || a.k - b.k);
  const [best, next] = scored as [{ k: number; s: number }, { k: number; s: number }];
  const z = scored.reduce((sum, c) => sum + Math.exp(c.s - best.s), 0);
  return { ...reading(best.k), score: 1 / z, other: { ...reading(next.k), score: Math.exp(next.s - best.s) / z } };
}
