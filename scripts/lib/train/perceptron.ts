// An averaged structured perceptron (Collins 2002) for the page model: decode each
// training page with the current weights, and where the best reading differs from the
// labelled one, add the labelled reading's features and subtract the predicted one's.
// The averaged weights (the mean over every step) are what is kept: they generalise
// far better than the last ones. Deterministic: pages in a fixed order, no sampling.
import { normalizeLine } from '#src/ingest/blocks.ts';
import { decode } from '#src/ingest/decoder.ts';
import { FEATURE_NAMES, featureIndex, pageFeatures } from '#src/ingest/features.ts';
import { compileModel, emissionScores, SHARES, type Model, type WeightsData } from '#src/ingest/model.ts';
import { ROLES, ROLE_COUNT, roleIndex, type Role } from '#src/ingest/roles.ts';
import type { Block } from '#src/ingest/types.ts';
import type { LabelledPage } from './labelled.ts';

interface Prepared {
  name: string;
  features: number[][];
  roles: Role[];
  /** How much this page counts (our convention pages are few; they count more). */
  weight: number;
}

/** `width: false`: read the page without its column width (features.ts pageShapes). */
export const prepare = (page: LabelledPage, weight = 1, options: { width?: boolean } = {}): Prepared => {
  const blocks: Block[] = page.texts.map((t, i) => ({ text: normalizeLine(t), line: i + 1, block: i + 1 }));
  return { name: page.name, features: pageFeatures(blocks, options), roles: page.roles, weight };
};

/** Weights keyed as the data file keys them: `role feature`, `a>b`, `^role`, `role$`. */
class Averaged {
  readonly w = new Map<string, number>();
  private readonly total = new Map<string, number>();
  private readonly stamp = new Map<string, number>();
  step = 0;
  add(key: string, delta: number): void {
    this.settle(key);
    this.w.set(key, (this.w.get(key) ?? 0) + delta);
  }
  private settle(key: string): void {
    const last = this.stamp.get(key) ?? 0;
    this.total.set(key, (this.total.get(key) ?? 0) + (this.w.get(key) ?? 0) * (this.step - last));
    this.stamp.set(key, this.step);
  }
  averaged(): Map<string, number> {
    const out = new Map<string, number>();
    for (const key of this.w.keys()) {
      this.settle(key);
      const v = (this.total.get(key) ?? 0) / Math.max(1, this.step);
      if (Math.abs(v) >= 0.005) out.set(key, Math.round(v * 100) / 100);
    }
    return out;
  }
}

/** Keys → the data file's tables. */
function toData(weights: Map<string, number>, about: string): WeightsData {
  const data: WeightsData = { about, emission: {}, transition: {}, start: {}, end: {} };
  for (const [key, v] of [...weights].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (key.startsWith('^')) data.start[key.slice(1) as Role] = v;
    else if (key.endsWith('$')) data.end[key.slice(0, -1) as Role] = v;
    else if (key.includes('>')) data.transition[key] = v;
    else {
      const [role, feature] = key.split(' ') as [Role, string];
      (data.emission[role] ??= {})[feature] = v;
    }
  }
  return data;
}

function fromData(data: WeightsData): Map<string, number> {
  const out = new Map<string, number>();
  for (const [role, fs] of Object.entries(data.emission)) for (const [f, v] of Object.entries(fs ?? {})) out.set(`${role} ${f}`, v);
  for (const [k, v] of Object.entries(data.transition)) out.set(k, v);
  for (const [r, v] of Object.entries(data.start)) out.set(`^${r}`, v ?? 0);
  for (const [r, v] of Object.entries(data.end)) out.set(`${r}$`, v ?? 0);
  return out;
}

/** The keys a reading of a page scores: every block's features under its role, and each transition. */
function readingKeys(p: Prepared, roles: readonly Role[]): string[] {
  const keys: string[] = [];
  roles.forEach((role, i) => {
    // A role that shares another's features (SHARES) learns on its own row; the shared row learns from its own role only.
    for (const f of p.features[i]!) keys.push(`${role} ${FEATURE_NAMES[f]}`);
    keys.push(i === 0 ? `^${role}` : `${roles[i - 1]}>${role}`);
  });
  keys.push(`${roles.at(-1)}$`);
  return keys;
}

/** Apply one weight change to the compiled model the decoder reads (what compileModel would give). */
function applyKey(model: Model, key: string, delta: number, sharers: (role: Role) => Role[]): void {
  const R = ROLE_COUNT;
  if (key.startsWith('^')) {
    const r = roleIndex(key.slice(1) as Role);
    if (model.start[r] !== -Infinity) model.start[r]! += delta;
  } else if (key.endsWith('$')) {
    const r = roleIndex(key.slice(0, -1) as Role);
    if (model.end[r] !== -Infinity) model.end[r]! += delta;
  } else if (key.includes('>')) {
    const [a, b] = key.split('>') as [Role, Role];
    const i = roleIndex(a) * R + roleIndex(b);
    if (model.transition[i] !== -Infinity) model.transition[i]! += delta;
  } else {
    const [role, feature] = key.split(' ') as [Role, string];
    const f = featureIndex(feature);
    if (f === undefined) throw new Error(`perceptron: unknown feature "${feature}"`);
    for (const r of sharers(role)) model.emission[f * R + roleIndex(r)]! += delta;
  }
}

/** Negative log-likelihood of the labelled roles under each block's softmax of max-marginals, at weights × `scale`. */
function nll(model: Model, pages: readonly Prepared[], scale: number): number {
  const R = ROLE_COUNT;
  let sum = 0;
  for (const p of pages) {
    const e = emissionScores(model, p.features).map((x) => x * scale);
    const scaled: Model = { ...model, transition: model.transition.map((x) => x * scale), start: model.start.map((x) => x * scale), end: model.end.map((x) => x * scale) };
    const reading = decode(scaled, e, p.features.length);
    p.roles.forEach((role, i) => {
      const m = reading.marginals.subarray(i * R, (i + 1) * R);
      const top = Math.max(...m);
      let z = 0;
      for (const x of m) if (x > -Infinity) z += Math.exp(x - top);
      const own = m[roleIndex(role)]!;
      sum += own === -Infinity ? 50 : top - own + Math.log(z);
    });
  }
  return sum;
}

/**
 * The perceptron fixes where the best reading is, not how sure it should be: scale all
 * weights so that the 0–1 scores of the review report are calibrated (lowest
 * log-loss of the labelled roles), found by golden-section search on log(scale).
 */
function calibrate(model: Model, pages: readonly Prepared[]): number {
  let lo = Math.log(1e-3);
  let hi = Math.log(2);
  const phi = (Math.sqrt(5) - 1) / 2;
  let a = hi - phi * (hi - lo);
  let b = lo + phi * (hi - lo);
  let fa = nll(model, pages, Math.exp(a));
  let fb = nll(model, pages, Math.exp(b));
  for (let k = 0; k < 18; k++) {
    if (fa < fb) {
      hi = b;
      b = a;
      fb = fa;
      a = hi - phi * (hi - lo);
      fa = nll(model, pages, Math.exp(a));
    } else {
      lo = a;
      a = b;
      fa = fb;
      b = lo + phi * (hi - lo);
      fb = nll(model, pages, Math.exp(b));
    }
  }
  return Math.exp((lo + hi) / 2);
}

/** How far above the next best reading (in unscaled weight units) each of our pages must be read. */
const MUST_MARGIN = 1;

/** The score of reading page `p` with `roles` under the compiled model (what the decoder maximises). */
function pathScore(model: Model, p: Prepared, roles: readonly Role[]): number {
  const R = ROLE_COUNT;
  let s = 0;
  roles.forEach((role, i) => {
    const r = roleIndex(role);
    for (const f of p.features[i]!) s += model.emission[f * R + r]!;
    s += i === 0 ? model.start[r]! : model.transition[roleIndex(roles[i - 1]!) * R + r]!;
  });
  return s + model.end[roleIndex(roles.at(-1)!)]!;
}

export interface TrainResult {
  data: WeightsData;
  /** Per epoch: blocks whose role the current weights got wrong, before updating. */
  errors: number[];
  /** Per round of the second phase: blocks of the must-read pages still read wrong. */
  mustErrors: number[];
  /** The calibration factor applied to the weights. */
  scale: number;
}

/**
 * `pages` are learned from for `epochs` rounds and averaged; then `must` pages (our own
 * convention pages and the sample, whose every block is hand-checked) are corrected on
 * until each is read exactly as labelled, so the learned weights never trade one of
 * them for a corpus page.
 */
export function train(pages: readonly Prepared[], epochs: number, about: string, must: readonly Prepared[] = [], init?: WeightsData): TrainResult {
  const avg = new Averaged();
  const model = compileModel({ about: '', emission: {}, transition: {}, start: {}, end: {} });
  const sharers = (role: Role): Role[] => [role, ...(Object.entries(SHARES) as [Role, Role][]).filter(([, s]) => s === role).map(([r]) => r)];
  const add = (key: string, delta: number): void => {
    avg.add(key, delta);
    applyKey(model, key, delta, sharers);
  };
  if (init) for (const [k, v] of fromData(init)) add(k, v);
  const errors: number[] = [];
  for (let epoch = 0; epoch < epochs; epoch++) {
    let wrong = 0;
    for (const p of pages) {
      avg.step++;
      const reading = decode(model, emissionScores(model, p.features), p.features.length);
      const diff = reading.roles.some((r, i) => r !== p.roles[i]);
      if (!diff) continue;
      wrong += reading.roles.filter((r, i) => r !== p.roles[i]).length;
      const counts = new Map<string, number>();
      for (const k of readingKeys(p, p.roles)) counts.set(k, (counts.get(k) ?? 0) + p.weight);
      for (const k of readingKeys(p, reading.roles)) counts.set(k, (counts.get(k) ?? 0) - p.weight);
      for (const [k, d] of counts) if (d !== 0) add(k, d);
    }
    errors.push(wrong);
  }
  const fixed = new Averaged();
  const final = compileModel({ about: '', emission: {}, transition: {}, start: {}, end: {} });
  const set = (key: string, delta: number): void => {
    fixed.add(key, delta);
    applyKey(final, key, delta, sharers);
  };
  for (const [k, v] of avg.averaged()) set(k, v);
  const mustErrors: number[] = [];
  for (let round = 0; round < 200 && must.length > 0; round++) {
    let wrong = 0;
    for (const p of must) {
      const reading = decode(final, emissionScores(final, p.features), p.features.length);
      const bad = reading.roles.filter((r, i) => r !== p.roles[i]).length;
      if (bad === 0) continue;
      wrong += bad;
      const counts = new Map<string, number>();
      for (const k of readingKeys(p, p.roles)) counts.set(k, (counts.get(k) ?? 0) + 1);
      for (const k of readingKeys(p, reading.roles)) counts.set(k, (counts.get(k) ?? 0) - 1);
      // The smallest step that puts the labelled reading a margin above the one read (passive-aggressive):
      // a full perceptron step here would move the corpus-learned weights more than our pages need.
      let norm = 0;
      for (const d of counts.values()) norm += d * d;
      const loss = pathScore(final, p, reading.roles) - pathScore(final, p, p.roles) + MUST_MARGIN;
      const tau = norm === 0 ? 0 : Math.max(loss, 0) / norm;
      for (const [k, d] of counts) if (d !== 0) set(k, tau * d);
    }
    mustErrors.push(wrong);
    if (wrong === 0) break;
  }
  const scale = calibrate(final, [...must, ...pages.filter((_, i) => i % 4 === 0)]);
  const weights = new Map<string, number>();
  for (const [k, v] of fixed.w) if (Math.abs(v * scale) >= 0.005) weights.set(k, Math.round(v * scale * 1000) / 1000);
  return { data: toData(weights, about), errors, mustErrors, scale };
}

export const ROLE_LIST = ROLES;
