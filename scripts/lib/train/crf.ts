// Training the page model as a linear-chain CRF (Lafferty et al. 2001, the model GROBID
// uses): the weights that make the labelled readings of the training pages most
// probable, with an L2 penalty, by AdaGrad steps page after page. The decoder still
// reads a page by Viterbi; the CRF only sets the weights, and gives them a scale at
// which the review report's 0–1 scores are probabilities. Then our own convention pages
// (the sample and pages we wrote) are corrected on with the smallest steps that make
// each read exactly as labelled. Deterministic: pages in a fixed order, no sampling.
import { normalizeLine } from '#src/ingest/blocks.ts';
import { decode } from '#src/ingest/decoder.ts';
import { FEATURE_COUNT, FEATURE_NAMES, featureIndex, pageFeatures } from '#src/ingest/features.ts';
import { SHARES, emissionScores, type Model, type WeightsData } from '#src/ingest/model.ts';
import { GRAMMAR } from '#src/ingest/grammar.ts';
import { ROLES, ROLE_COUNT, roleIndex } from '#src/ingest/roles.ts';
import type { Block } from '#src/ingest/types.ts';
import { bestScale } from './calibrate.ts';
import type { LabelledPage } from './labelled.ts';

const R = ROLE_COUNT;

export interface Prepared {
  name: string;
  features: number[][];
  roles: number[];
  /** How much this page counts (our convention pages are few; they count more). */
  weight: number;
}

/** `width: false`: read the page without its column width (features.ts pageShapes). */
/** Whether the page grammar and the gates allow the labelled reading (an e-paper article with a 主题 and no text does not). */
export function readable(p: Prepared): boolean {
  const model = compile(zeros());
  const e = emissionScores(model, p.features);
  const y = p.roles;
  return y.every((r, i) => e[i * R + r]! > -Infinity && (i === 0 ? model.start[r]! > -Infinity : model.transition[y[i - 1]! * R + r]! > -Infinity)) && model.end[y.at(-1)!]! > -Infinity;
}

export function prepare(page: LabelledPage, weight = 1, options: { width?: boolean } = {}): Prepared {
  const blocks: Block[] = page.texts.map((t, i) => ({ text: normalizeLine(t), line: i + 1, block: i + 1 }));
  return { name: page.name, features: pageFeatures(blocks, options), roles: page.roles.map(roleIndex), weight };
}

/** The parameters: emission θ[f·R + r] (a role's own column; SHARES add another's), transitions, start, end. */
interface Params {
  emission: Float64Array;
  transition: Float64Array;
  start: Float64Array;
  end: Float64Array;
}

const zeros = (): Params => ({
  emission: new Float64Array(FEATURE_COUNT * R),
  transition: new Float64Array(R * R),
  start: new Float64Array(R),
  end: new Float64Array(R),
});

/** For each role, the parameter columns its score reads: its own, and the role it shares features with. */
const COLUMNS: number[][] = ROLES.map((role, r) => {
  const shared = SHARES[role];
  return shared === undefined ? [r] : [r, roleIndex(shared)];
});

/** θ → the model the decoder reads (what compileModel makes of the weights file). */
function compile(p: Params, scale = 1): Model {
  const emission = new Float64Array(FEATURE_COUNT * R);
  for (let f = 0; f < FEATURE_COUNT; f++) {
    for (let r = 0; r < R; r++) {
      let w = 0;
      for (const c of COLUMNS[r]!) w += p.emission[f * R + c]!;
      emission[f * R + r] = w * scale;
    }
  }
  const transition = new Float64Array(R * R).map((_, i) => (GRAMMAR.allowed[i] ? p.transition[i]! * scale : -Infinity));
  const start = new Float64Array(R).map((_, r) => (GRAMMAR.start[r] ? p.start[r]! * scale : -Infinity));
  const end = new Float64Array(R).map((_, r) => (GRAMMAR.end[r] ? p.end[r]! * scale : -Infinity));
  return { emission, transition, start, end, kicker: {} };
}

function logSumExp(xs: Float64Array, from: number, n: number): number {
  let top = -Infinity;
  for (let k = 0; k < n; k++) if (xs[from + k]! > top) top = xs[from + k]!;
  if (top === -Infinity) return -Infinity;
  let s = 0;
  for (let k = 0; k < n; k++) s += Math.exp(xs[from + k]! - top);
  return top + Math.log(s);
}

/**
 * Forward–backward on one page: the negative log-likelihood of its labelled reading,
 * and the gradient (expected minus labelled feature counts) added into `grad`.
 */
function pageGradient(model: Model, p: Prepared, grad: Params): number {
  const n = p.features.length;
  const e = emissionScores(model, p.features);
  const T = model.transition;
  const alpha = new Float64Array(n * R);
  const beta = new Float64Array(n * R);
  const tmp = new Float64Array(R);
  for (let r = 0; r < R; r++) alpha[r] = model.start[r]! + e[r]!;
  for (let i = 1; i < n; i++) {
    for (let r = 0; r < R; r++) {
      for (let q = 0; q < R; q++) tmp[q] = alpha[(i - 1) * R + q]! + T[q * R + r]!;
      alpha[i * R + r] = e[i * R + r]! + logSumExp(tmp, 0, R);
    }
  }
  for (let r = 0; r < R; r++) beta[(n - 1) * R + r] = model.end[r]!;
  for (let i = n - 2; i >= 0; i--) {
    for (let r = 0; r < R; r++) {
      for (let q = 0; q < R; q++) tmp[q] = T[r * R + q]! + e[(i + 1) * R + q]! + beta[(i + 1) * R + q]!;
      beta[i * R + r] = logSumExp(tmp, 0, R);
    }
  }
  for (let r = 0; r < R; r++) tmp[r] = alpha[(n - 1) * R + r]! + model.end[r]!;
  const logZ = logSumExp(tmp, 0, R);
  // The labelled reading's score.
  let gold = 0;
  const y = p.roles;
  for (let i = 0; i < n; i++) {
    gold += e[i * R + y[i]!]!;
    gold += i === 0 ? model.start[y[0]!]! : T[y[i - 1]! * R + y[i]!]!;
  }
  gold += model.end[y[n - 1]!]!;
  if (!Number.isFinite(gold)) throw new Error(`${p.name}: the labelled reading is not allowed by the page grammar or the gates (grammar.ts, model.ts GATES)`);
  const w = p.weight;
  // Emission and start/end: expected (marginal) minus labelled.
  for (let i = 0; i < n; i++) {
    const fs = p.features[i]!;
    for (let r = 0; r < R; r++) {
      const m = Math.exp(alpha[i * R + r]! + beta[i * R + r]! - logZ) - (y[i] === r ? 1 : 0);
      if (m === 0 || !Number.isFinite(m)) continue;
      for (const c of COLUMNS[r]!) for (const f of fs) grad.emission[f * R + c]! += w * m;
      if (i === 0) grad.start[r]! += w * m;
      if (i === n - 1) grad.end[r]! += w * m;
    }
  }
  // Transitions: pair marginals minus labelled pairs.
  for (let i = 0; i + 1 < n; i++) {
    for (let a = 0; a < R; a++) {
      const fa = alpha[i * R + a]!;
      if (fa === -Infinity) continue;
      for (let b = 0; b < R; b++) {
        const t = T[a * R + b]!;
        if (t === -Infinity) continue;
        const m = Math.exp(fa + t + e[(i + 1) * R + b]! + beta[(i + 1) * R + b]! - logZ);
        if (m > 1e-12) grad.transition[a * R + b]! += w * m;
      }
    }
    grad.transition[y[i]! * R + y[i + 1]!]! -= w;
  }
  return w * (logZ - gold);
}

export interface CrfOptions {
  epochs: number;
  /** L2 penalty per parameter, over the whole training set. */
  l2: number;
  /** AdaGrad's base step. */
  rate: number;
}

/**
 * Weights never learned (kept at zero): how a page opens, for the lines of a headline
 * stack. Which of 栏目, 引题 or 主题 tops a page's first article is one paper's habit
 * (the development corpus opens 45% of its pages with a 栏目 line), not a convention of
 * Chinese dailies; learned, it made every page's first line a 栏目. The lines' own
 * shapes and their neighbours decide there as anywhere else on the page.
 */
const FROZEN: ReadonlySet<string> = (() => {
  const keys = new Set<string>();
  const features = ['first', 'pos:0'].map((f) => featureIndex(f)!);
  for (const role of ['column', 'kicker', 'title', 'briefTitle'] as const) {
    const r = roleIndex(role);
    keys.add(`s${r}`);
    for (const f of features) keys.add(`e${f * R + r}`);
  }
  return keys;
})();
const frozenKey = (key: 'emission' | 'transition' | 'start' | 'end', k: number): boolean =>
  (key === 'start' && FROZEN.has(`s${k}`)) || (key === 'emission' && FROZEN.has(`e${k}`));

export const DEFAULT_CRF: CrfOptions = { epochs: 14, l2: 0.5, rate: 0.3 };

/** One AdaGrad step on every parameter the gradient touched, with its share of the L2 penalty. */
function step(theta: Params, grad: Params, hist: Params, rate: number, l2Share: number): void {
  for (const key of ['emission', 'transition', 'start', 'end'] as const) {
    const t = theta[key];
    const g = grad[key];
    const h = hist[key];
    for (let k = 0; k < t.length; k++) {
      let gk = g[k]!;
      if (gk === 0) continue;
      if (frozenKey(key, k)) {
        g[k] = 0;
        continue;
      }
      gk += l2Share * t[k]!;
      h[k]! += gk * gk;
      t[k]! -= (rate * gk) / (Math.sqrt(h[k]!) + 1e-8);
      g[k] = 0;
    }
  }
}

/** The parameter indices (emission, transition …) a reading of the page scores, with their counts. */
function readingCounts(p: Prepared, roles: readonly number[], sign: number, out: Map<string, number>): void {
  const add = (key: string, d: number): void => void out.set(key, (out.get(key) ?? 0) + d);
  roles.forEach((r, i) => {
    for (const c of COLUMNS[r]!) for (const f of p.features[i]!) add(`e${f * R + c}`, sign);
    add(i === 0 ? `s${r}` : `t${roles[i - 1]! * R + r}`, sign);
  });
  add(`z${roles.at(-1)!}`, sign);
}

function param(theta: Params, key: string): { array: Float64Array; at: number } {
  const at = Number(key.slice(1));
  const array = key[0] === 'e' ? theta.emission : key[0] === 't' ? theta.transition : key[0] === 's' ? theta.start : theta.end;
  return { array, at };
}

/** How far above the next best reading (in weight units) each of our pages must be read. */
const MUST_MARGIN = 1;

/** Our pages, read exactly as labelled: smallest (passive-aggressive) steps towards each labelled reading. */
function correct(theta: Params, must: readonly Prepared[]): number[] {
  const errors: number[] = [];
  for (let round = 0; round < 200 && must.length > 0; round++) {
    let wrong = 0;
    for (const p of must) {
      const model = compile(theta);
      const reading = decode(model, emissionScores(model, p.features), p.features.length).roles.map(roleIndex);
      const bad = reading.filter((r, i) => r !== p.roles[i]).length;
      if (bad === 0) continue;
      wrong += bad;
      const diff = new Map<string, number>();
      readingCounts(p, p.roles, 1, diff);
      readingCounts(p, reading, -1, diff);
      let norm = 0;
      let margin = MUST_MARGIN;
      for (const key of [...diff.keys()]) if (FROZEN.has(key)) diff.delete(key);
      for (const [key, d] of diff) {
        norm += d * d;
        const { array, at } = param(theta, key);
        margin -= array[at]! * d;
      }
      const tau = norm === 0 ? 0 : Math.max(margin, 0) / norm;
      for (const [key, d] of diff) {
        const { array, at } = param(theta, key);
        array[at]! += tau * d;
      }
    }
    errors.push(wrong);
    if (wrong === 0) break;
  }
  return errors;
}

/** Negative log-likelihood of the labelled roles under each block's softmax of max-marginals, at weights × `scale`. */
function maxMarginalLoss(theta: Params, pages: readonly Prepared[], scale: number): number {
  const model = compile(theta, scale);
  let sum = 0;
  for (const p of pages) {
    const reading = decode(model, emissionScores(model, p.features), p.features.length);
    p.roles.forEach((role, i) => {
      const m = reading.marginals.subarray(i * R, (i + 1) * R);
      const top = Math.max(...m);
      let z = 0;
      for (const x of m) if (x > -Infinity) z += Math.exp(x - top);
      const own = m[role]!;
      sum += own === -Infinity ? 50 : top - own + Math.log(z);
    });
  }
  return sum;
}

/**
 * The review report scores a block by the softmax of max-marginals (the best reading
 * with each role), not by the CRF's sum over readings: the scale that calibrates those
 * scores on the training pages, by golden-section search on log(scale).
 */
function calibrate(theta: Params, pages: readonly Prepared[]): number {
  return bestScale((scale) => maxMarginalLoss(theta, pages, scale), 0.05, 5, 16);
}

/** Smaller weights than this are left out of the data file: they change no reading. */
const KEEP_ABOVE = 0.01;

function toData(theta: Params, scale: number, about: string): WeightsData {
  const round = (v: number): number => Math.round(v * scale * 100) / 100;
  const data: WeightsData = { about, emission: {}, transition: {}, start: {}, end: {} };
  ROLES.forEach((role, r) => {
    const row: Record<string, number> = {};
    for (let f = 0; f < FEATURE_COUNT; f++) {
      const v = theta.emission[f * R + r]!;
      if (Math.abs(v * scale) >= KEEP_ABOVE) row[FEATURE_NAMES[f]!] = round(v);
    }
    if (Object.keys(row).length > 0) data.emission[role] = row;
    if (GRAMMAR.start[r] && Math.abs(theta.start[r]! * scale) >= KEEP_ABOVE) data.start[role] = round(theta.start[r]!);
    if (GRAMMAR.end[r] && Math.abs(theta.end[r]! * scale) >= KEEP_ABOVE) data.end[role] = round(theta.end[r]!);
    ROLES.forEach((next, q) => {
      const v = theta.transition[r * R + q]!;
      if (GRAMMAR.allowed[r * R + q] && Math.abs(v * scale) >= KEEP_ABOVE) data.transition[`${role}>${next}`] = round(v);
    });
  });
  return data;
}

export interface TrainResult {
  data: WeightsData;
  /** Per epoch: the training pages' negative log-likelihood per block. */
  loss: number[];
  /** Per round of the second phase: blocks of our pages still read wrong. */
  mustErrors: number[];
  /** The calibration factor applied to the weights. */
  scale: number;
}

/**
 * `pages` are learned from for `options.epochs` rounds; then `must` pages (our own
 * convention pages and the sample, whose every block is hand-checked) are corrected
 * on until each is read exactly as labelled.
 */
export function train(pages: readonly Prepared[], about: string, must: readonly Prepared[] = [], options: CrfOptions = DEFAULT_CRF): TrainResult {
  const theta = zeros();
  const grad = zeros();
  const hist = zeros();
  const blocks = pages.reduce((n, p) => n + p.features.length * p.weight, 0);
  const l2Share = options.l2 / Math.max(1, pages.length);
  const loss: number[] = [];
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    let sum = 0;
    for (const p of pages) {
      sum += pageGradient(compile(theta), p, grad);
      step(theta, grad, hist, options.rate, l2Share);
    }
    loss.push(sum / blocks);
  }
  const mustErrors = correct(theta, must);
  const scale = calibrate(theta, [...must, ...pages.filter((_, i) => i % 4 === 0)]);
  return { data: toData(theta, scale, about), loss, mustErrors, scale };
}
