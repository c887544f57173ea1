// A headline block that holds the 引题 and the 主题 on one line: where, if anywhere, the
// 引题 ends. Extraction leaves a space between printed lines, so the candidates are the
// spaces of the block (and none: a two-line 主题, or one wrapped in large type). Each
// candidate is scored by learned weights (`kicker` in weights.json, learned by
// `npm run train:ingest` from laid-out corpus pages and our own examples); the best wins.
import { hasOpenPair, isSpeechKicker } from './shapes.ts';
import { charLength } from './text.ts';

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

const FUNCTION_END = /[的地得和与及或对把被从向在将为了着过等之其而且并是]$/u;

/** Features of reading `parts[0..k)` as the 引题 and the rest as the 主题 (k = 0: no 引题). */
export function kickerFeatures(parts: readonly string[], k: number): string[] {
  const spaces = parts.length - 1;
  if (k === 0) return ['none', `none:spaces:${Math.min(spaces, 3)}`, `none:len:${bucket(charLength(parts.join('')))}`];
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
  add('left-speech', isSpeechKicker(left.replace(/(?:——|—)$/u, '')));
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
  add('first-space', k === 1);
  add('last-space', k === spaces);
  return f;
}

const score = (weights: Readonly<Record<string, number>>, features: readonly string[]): number => features.reduce((s, f) => s + (weights[f] ?? 0), 0);

/** The parts of a cleaned headline text (one space between printed lines). */
export const headlineParts = (text: string): string[] => text.split(' ').filter((p) => p !== '');

/** The best reading of a one-block headline: 引题 + 主题 split at one of its spaces, or all 主题. */
export function readKicker(text: string, weights: Readonly<Record<string, number>>): KickerReading {
  const parts = headlineParts(text);
  if (parts.length < 2) return { title: text, score: 1 };
  const reading = (k: number): { kicker?: string; title: string } =>
    k === 0 ? { title: parts.join(' ') } : { kicker: parts.slice(0, k).join(' '), title: parts.slice(k).join(' ') };
  const scored = parts.map((_, k) => ({ k, s: score(weights, kickerFeatures(parts, k)) }));
  // Deterministic order: best score first, then fewer parts in the 引题.
  scored.sort((a, b) => b.s - a.s || a.k - b.k);
  const [best, next] = scored as [{ k: number; s: number }, { k: number; s: number }];
  const z = scored.reduce((sum, c) => sum + Math.exp(c.s - best.s), 0);
  return { ...reading(best.k), score: 1 / z, other: { ...reading(next.k), score: Math.exp(next.s - best.s) / z } };
}
