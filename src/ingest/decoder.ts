// The best reading of the whole page: Viterbi over the blocks with the grammar's
// transitions, and for every block the score of the best reading that gives it each
// other role (forward + backward max-sums: "max-marginals"). The gap between a
// block's best and second-best reading is how close the decision was; the review
// report lists the closest.
import type { Model } from './model.ts';
import { ROLES, ROLE_COUNT, type Role } from './roles.ts';

export interface Reading {
  roles: Role[];
  /** Score of the best reading of the page. */
  total: number;
  /** Per block and role (`i * ROLE_COUNT + r`): the best total of a page reading that gives block i role r. */
  marginals: Float64Array;
}

/** For every role, the roles the grammar lets come before it and after it (most pairs are forbidden: skipping them is most of the decoder's speed). */
interface Links {
  preds: Int16Array[];
  succs: Int16Array[];
}
const LINKS = new WeakMap<Float64Array, Links>();
function linksOf(T: Float64Array): Links {
  let links = LINKS.get(T);
  if (!links) {
    const R = ROLE_COUNT;
    const list = (f: (k: number) => number) => Int16Array.from({ length: R }, (_, k) => k).filter((k) => T[f(k)] !== -Infinity);
    links = { preds: ROLES.map((_, r) => list((p) => p * R + r)), succs: ROLES.map((_, r) => list((q) => r * R + q)) };
    LINKS.set(T, links);
  }
  return links;
}

export function decode(model: Model, emission: Float64Array, n: number): Reading {
  const R = ROLE_COUNT;
  const T = model.transition;
  const { preds, succs } = linksOf(T);
  const fwd = new Float64Array(n * R).fill(-Infinity);
  const back = new Int16Array(n * R).fill(-1);
  for (let r = 0; r < R; r++) fwd[r] = model.start[r]! + emission[r]!;
  for (let i = 1; i < n; i++) {
    const base = i * R;
    const prevBase = (i - 1) * R;
    for (let r = 0; r < R; r++) {
      // A role the block cannot have stays at -Infinity: no reading goes through it.
      if (emission[base + r] === -Infinity) continue;
      let best = -Infinity;
      let arg = -1;
      for (const p of preds[r]!) {
        const t = T[p * R + r]!;
        const s = fwd[prevBase + p]! + t;
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      fwd[base + r] = best + emission[base + r]!;
      back[base + r] = arg;
    }
  }
  const bwd = new Float64Array(n * R).fill(-Infinity);
  for (let r = 0; r < R; r++) bwd[(n - 1) * R + r] = model.end[r]!;
  for (let i = n - 2; i >= 0; i--) {
    const base = i * R;
    const nextBase = (i + 1) * R;
    for (let r = 0; r < R; r++) {
      let best = -Infinity;
      for (const q of succs[r]!) {
        const e = emission[nextBase + q]!;
        if (e === -Infinity) continue;
        const s = T[r * R + q]! + e + bwd[nextBase + q]!;
        if (s > best) best = s;
      }
      bwd[base + r] = best;
    }
  }
  let total = -Infinity;
  let last = 0;
  for (let r = 0; r < R; r++) {
    const s = fwd[(n - 1) * R + r]! + model.end[r]!;
    if (s > total) {
      total = s;
      last = r;
    }
  }
  if (total === -Infinity) throw new Error('decode: the page grammar admits no reading of this page (a bug in grammar.ts)');
  const path = new Array<number>(n);
  path[n - 1] = last;
  for (let i = n - 1; i > 0; i--) path[i - 1] = back[i * R + path[i]!]!;
  const roles = path.map((r) => ROLES[r]!);
  const marginals = new Float64Array(n * R);
  for (let k = 0; k < n * R; k++) marginals[k] = fwd[k]! + bwd[k]!;
  return { roles, total, marginals };
}
