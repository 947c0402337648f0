// Seeded randomness: every generated datum (vendors, places, later orders) must be reproducible
// from the seed alone, so tests and screenshots see the same world on every run.

export interface Rng {
  /** Uniform float in [0, 1). */
  next(): number;
  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  bool(probability?: number): boolean;
  /** `length` characters drawn from `alphabet`. */
  chars(length: number, alphabet: string): string;
  hex(length: number): string;
  digits(length: number): string;
  /** An independent stream, so adding draws in one domain never shifts another domain's data. */
  fork(label: string): Rng;
}

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a over the label mixed with the parent seed: stable sub-seeds without shared state. */
export function deriveSeed(seed: number, label: string): number {
  let h = (0x811c9dc5 ^ (seed >>> 0)) >>> 0;
  for (let i = 0; i < label.length; i++) {
    h ^= label.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

export function createRng(seed: number): Rng {
  const next = mulberry32(seed);
  const rng: Rng = {
    next,
    int(min, max) {
      return min + Math.floor(next() * (max - min + 1));
    },
    pick(items) {
      if (items.length === 0) throw new Error('pick from an empty list');
      return items[Math.floor(next() * items.length)];
    },
    bool(probability = 0.5) {
      return next() < probability;
    },
    chars(length, alphabet) {
      let out = '';
      for (let i = 0; i < length; i++) out += alphabet[Math.floor(next() * alphabet.length)];
      return out;
    },
    hex(length) {
      return rng.chars(length, '0123456789abcdef');
    },
    digits(length) {
      return rng.chars(length, '0123456789');
    },
    fork(label) {
      return createRng(deriveSeed(seed, label));
    },
  };
  return rng;
}
