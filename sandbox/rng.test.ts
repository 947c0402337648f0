import { describe, expect, it } from 'vitest';
import { createRng } from './rng';
import { deriveVendors } from './vendors';

describe('rng', () => {
  it('repeats for the same seed and differs for another', () => {
    const draw = (seed: number) => { const r = createRng(seed); return Array.from({ length: 5 }, () => r.next()); };
    expect(draw(1)).toEqual(draw(1));
    expect(draw(1)).not.toEqual(draw(2));
  });

  it('forks independent, reproducible streams', () => {
    const a = createRng(1);
    const b = createRng(1);
    a.next();
    expect(a.fork('x').hex(8)).toBe(b.fork('x').hex(8));
    expect(a.fork('x').hex(8)).not.toBe(a.fork('y').hex(8));
  });

  it('keeps ints in range', () => {
    const r = createRng(3);
    const values = Array.from({ length: 500 }, () => r.int(1, 3));
    expect(new Set(values)).toEqual(new Set([1, 2, 3]));
  });
});

describe('deriveVendors', () => {
  it('derives two distinct, well-formed vendors per seed', () => {
    const { demo, foreign } = deriveVendors(1);
    expect(deriveVendors(1)).toEqual({ demo, foreign });
    expect(demo.vendorId).not.toBe(foreign.vendorId);
    for (const v of [demo, foreign]) {
      expect(v.vendorId).toMatch(/^A000\d{5}$/);
      expect(v.secretKey).toMatch(/^[0-9a-f]{40}$/);
    }
  });
});
