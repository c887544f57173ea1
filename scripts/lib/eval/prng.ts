// A seeded pseudo-random stream for the eval layout: the same key always gives the
// same page, so a figure measured today can be measured again after the ingest changes.
// Streams are keyed by name (`2019-10-05/4/3`), so one article's draws never shift
// when a neighbour changes.

/** FNV-1a over the UTF-16 code units: a stable 32-bit seed from a key. */
export function seedOf(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [lo, hi], both included; lo when hi < lo. */
  int(lo: number, hi: number): number;
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** One item by weight: `[[value, weight], …]`. */
  weighted<T>(items: readonly (readonly [T, number])[]): T;
}

/** mulberry32, seeded from a key. */
export function random(key: string): Random {
  let a = seedOf(key);
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hi: number): number => (hi < lo ? lo : lo + Math.floor(next() * (hi - lo + 1)));
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick<T>(items: readonly T[]): T {
      const item = items[int(0, items.length - 1)];
      if (item === undefined) throw new Error('random.pick: empty list (a layout table is empty; check its definition)');
      return item;
    },
    weighted<T>(items: readonly (readonly [T, number])[]): T {
      const total = items.reduce((sum, [, w]) => sum + w, 0);
      let r = next() * total;
      for (const [value, w] of items) {
        r -= w;
        if (r < 0) return value;
      }
      const last = items.at(-1);
      if (last === undefined) throw new Error('random.weighted: empty list (a layout table is empty; check its definition)');
      return last[0];
    },
  };
}

/** A seeded Fisher–Yates shuffle (a new array). */
export function shuffled<T>(items: readonly T[], key: string): T[] {
  const r = random(key);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = r.int(0, i);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}
