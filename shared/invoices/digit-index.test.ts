import { describe, expect, it } from 'vitest';
import { DigitKeyIndex, digitKey, repeatedPositions } from './digit-index';

describe('digit keys', () => {
  it('digitKey: equal digits give equal keys, the last 15 digits count, anything else is NaN', () => {
    expect(digitKey('660123456789012345')).toBe(digitKey('770123456789012345'));
    expect(digitKey('660123456789012345')).toBe(123456789012345);
    expect(digitKey('0123')).toBe(123);
    expect(digitKey('EE123456789KR')).toBeNaN();
  });

  it('the index gives back what was stored, tells what a key replaced, and never stores NaN', () => {
    const index = new DigitKeyIndex(3);
    expect(index.set(123456789012345, 0)).toBe(-1);
    expect(index.set(2 ** 40 + 7, 1)).toBe(-1);
    expect(index.set(7, 2)).toBe(-1); // same low 32 bits as 2^40 + 7
    expect(index.set(123456789012345, 5)).toBe(0);
    expect([index.get(123456789012345), index.get(2 ** 40 + 7), index.get(7), index.get(8)]).toEqual([5, 1, 2, -1]);
    expect(index.set(NaN, 1)).toBe(-1);
    expect(index.get(NaN)).toBe(-1);
    expect(() => index.set(9, 3)).toThrow(RangeError);
  });

  it('holds 100,000 sequential IDs without losing one', () => {
    const base = 660000000000000;
    const index = new DigitKeyIndex(100_000);
    for (let i = 0; i < 100_000; i++) index.set(base + i * 17, i);
    let wrong = 0;
    for (let i = 0; i < 100_000; i++) if (index.get(base + i * 17) !== i || index.get(base + i * 17 + 1) !== -1) wrong++;
    expect(wrong).toBe(0);
  });

  it('flags every position of a repeated key, and nothing when all are unique', () => {
    expect(repeatedPositions(Float64Array.from([1, 2, 3, NaN, NaN]))).toBeNull();
    expect(Array.from(repeatedPositions(Float64Array.from([5, 1, 5, NaN, 5, 2]))!)).toEqual([1, 0, 1, 0, 1, 0]);
  });
});
