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

export function decode(model: Model, emission: Float64Array, n: number): Reading {
  const R = ROLE_COUNT;
  const T = model.transition;
  const fwd = new Float64Array(n * R).fill(-Infinity);
  const back = new Int16Array(n * R).fill(-1);
  for (let r = 0; r < R; r++) fwd[r] = model.start[r]! + emission[r]!;
  for (let i = 1; i < n; i++) {
    const base = i * R;
    const prevBase = (i - 1) * R;
    for (let r = 0; r < R; r++) {
      let best = -Infinity;
      let arg = -1;
      for (let p = 0; p < R; p++) {
        const t = T[p * R + r]!;
        if (t === -Infinity) continue;
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
      for (let q = 0; q < R; q++) {
        const t = T[r * R + q]!;
        if (t === -Infinity) continue;
        const s = t + emission[nextBase + q]! + bwd[nextBase + q]!;
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
