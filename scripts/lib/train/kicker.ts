// The kicker splitter's weights (src/ingest/kicker.ts): an averaged multiclass
// perceptron over the candidate readings of one-block headlines (no split, or a split
// at one of the spaces). Corpus examples are learned from for a few rounds and
// averaged; then our own examples are corrected on until each is read as written.
// Deterministic: examples in a fixed order.
import { headlineParts, kickerFeatures } from '#src/ingest/kicker.ts';
import { bestScale } from './calibrate.ts';
import type { KickerExample } from './labelled.ts';

interface Prepared {
  candidates: string[][];
  truth: number;
}

function prepare(e: KickerExample): Prepared | undefined {
  const parts = headlineParts(e.text);
  const truth = e.kicker === undefined ? 0 : headlineParts(e.kicker).length;
  if (parts.length < 2 || truth >= parts.length) return undefined;
  return { candidates: parts.map((_, k) => kickerFeatures(parts, k, e.inWords)), truth };
}

const scoreOf = (w: ReadonlyMap<string, number>, fs: readonly string[]): number => fs.reduce((s, f) => s + (w.get(f) ?? 0), 0);

function predict(w: ReadonlyMap<string, number>, p: Prepared): number {
  let best = 0;
  let bestScore = -Infinity;
  p.candidates.forEach((fs, k) => {
    const s = scoreOf(w, fs);
    if (s > bestScore) {
      best = k;
      bestScore = s;
    }
  });
  return best;
}

export interface KickerTrainResult {
  weights: Record<string, number>;
  /** Corpus examples read wrong per round, before each update. */
  errors: number[];
  /** Our examples still read wrong per correcting round. */
  mustErrors: number[];
  /** The factor the weights were scaled by, so that the softmax of the readings' scores is calibrated. */
  scale: number;
}

/** Negative log-likelihood of the right readings under the softmax of the scores × `scale`. */
function nll(w: ReadonlyMap<string, number>, data: readonly Prepared[], scale: number): number {
  let sum = 0;
  for (const p of data) {
    const s = p.candidates.map((fs) => scale * scoreOf(w, fs));
    const top = Math.max(...s);
    sum += top - s[p.truth]! + Math.log(s.reduce((z, x) => z + Math.exp(x - top), 0));
  }
  return sum;
}

/** The scale of lowest log-loss, by golden-section search on log(scale): the review's 0–1 scores then mean what they say. */
function calibrate(w: ReadonlyMap<string, number>, data: readonly Prepared[]): number {
  return bestScale((scale) => nll(w, data, scale), 1e-3, 10, 40);
}

export function trainKicker(examples: readonly KickerExample[], must: readonly KickerExample[], epochs = 10): KickerTrainResult {
  const data = examples.flatMap((e) => prepare(e) ?? []);
  const w = new Map<string, number>();
  const total = new Map<string, number>();
  const stamp = new Map<string, number>();
  let step = 0;
  const add = (f: string, d: number): void => {
    total.set(f, (total.get(f) ?? 0) + (w.get(f) ?? 0) * (step - (stamp.get(f) ?? 0)));
    stamp.set(f, step);
    w.set(f, (w.get(f) ?? 0) + d);
  };
  // Towards the right reading's features, away from the wrong one's.
  const update = (change: (f: string, d: number) => void, p: Prepared, got: number): void => {
    for (const f of p.candidates[p.truth]!) change(f, 1);
    for (const f of p.candidates[got]!) change(f, -1);
  };
  const errors: number[] = [];
  for (let epoch = 0; epoch < epochs; epoch++) {
    let wrong = 0;
    for (const p of data) {
      step++;
      const got = predict(w, p);
      if (got === p.truth) continue;
      wrong++;
      update(add, p, got);
    }
    errors.push(wrong);
  }
  const averaged = new Map<string, number>();
  for (const f of w.keys()) {
    const sum = (total.get(f) ?? 0) + (w.get(f) ?? 0) * (step - (stamp.get(f) ?? 0));
    averaged.set(f, sum / Math.max(1, step));
  }
  const ours = must.map((e) => {
    const p = prepare(e);
    if (!p) throw new Error(`kickers: "${e.text}" has no reading with 引题 "${e.kicker}" (the 引题 must be the first printed lines of the headline)`);
    return p;
  });
  const mustErrors: number[] = [];
  for (let round = 0; round < 100; round++) {
    let wrong = 0;
    for (const p of ours) {
      const got = predict(averaged, p);
      if (got === p.truth) continue;
      wrong++;
      update((f, d) => averaged.set(f, (averaged.get(f) ?? 0) + d * 0.1), p, got);
    }
    mustErrors.push(wrong);
    if (wrong === 0) break;
  }
  const scale = calibrate(averaged, [...data, ...ours]);
  const weights: Record<string, number> = {};
  for (const [f, v] of [...averaged].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) if (Math.abs(v * scale) >= 0.005) weights[f] = Math.round(v * scale * 1000) / 1000;
  return { weights, errors, mustErrors, scale };
}
