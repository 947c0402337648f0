import { describe, expect, it } from 'vitest';
import { digitKey, repeatedPositions } from './digit-index';

describe('digit keys', () => {
  it('digitKey: equal digits give equal keys, the last 15 digits count, anything else is NaN', () => {
    expect(digitKey('660123456789012345')).toBe(digitKey('770123456789012345'));
    expect(digitKey('660123456789012345')).toBe(123456789012345);
    expect(digitKey('0123')).toBe(123);
    expect(digitKey('EE123456789KR')).toBeNaN();
  });

  it('tells keys apart that share their low 32 bits, and finds the one repeat among 100,000 sequential IDs', () => {
    expect(Array.from(repeatedPositions(Float64Array.from([2 ** 40 + 7, 7, 123456789012345, 2 ** 40 + 7]))!)).toEqual([1, 0, 0, 1]);
    expect(repeatedPositions(Float64Array.from([2 ** 40 + 7, 7, 2 ** 41 + 7]))).toBeNull();
    const base = 660000000000000;
    const keys = Float64Array.from({ length: 100_000 }, (_, i) => base + i * 17);
    expect(repeatedPositions(keys)).toBeNull();
    keys[99_999] = keys[4_321];
    const flagged = repeatedPositions(keys)!;
    expect([...flagged.keys()].filter((i) => flagged[i])).toEqual([4_321, 99_999]);
  });

  it('flags every position of a repeated key, and nothing when all are unique', () => {
    expect(repeatedPositions(Float64Array.from([1, 2, 3, NaN, NaN]))).toBeNull();
    expect(Array.from(repeatedPositions(Float64Array.from([5, 1, 5, NaN, 5, 2]))!)).toEqual([1, 0, 1, 0, 1, 0]);
  });
});
