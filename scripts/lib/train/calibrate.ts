// One scale for all the weights of a model, chosen so that the 0–1 scores the ingest
// reports mean what they say: the scale of lowest log-loss on the training data.

/**
 * The scale in [lo, hi] that minimises `loss`, by golden-section search on log(scale)
 * (`rounds` steps; the loss is assumed to have one minimum there).
 */
export function bestScale(loss: (scale: number) => number, lo: number, hi: number, rounds: number): number {
  let a0 = Math.log(lo);
  let b0 = Math.log(hi);
  const phi = (Math.sqrt(5) - 1) / 2;
  for (let k = 0; k < rounds; k++) {
    const a = b0 - phi * (b0 - a0);
    const b = a0 + phi * (b0 - a0);
    if (loss(Math.exp(a)) < loss(Math.exp(b))) b0 = b;
    else a0 = a;
  }
  return Math.exp((a0 + b0) / 2);
}
