import { describe, expect, it } from 'vitest';
import { parseQuery } from './query';

describe('parseQuery', () => {
  it('keeps the raw string and decodes values the servlet way', () => {
    const q = parseQuery('placeNames=%EC%83%81%ED%92%88+%EC%B6%9C%EA%B3%A0%EC%A7%80&createdAtFrom=2025-07-29T00:01%2B09:00&t=a~b');
    expect(q.raw).toBe('placeNames=%EC%83%81%ED%92%88+%EC%B6%9C%EA%B3%A0%EC%A7%80&createdAtFrom=2025-07-29T00:01%2B09:00&t=a~b');
    expect(q.get('placeNames')).toBe('상품 출고지');
    expect(q.get('createdAtFrom')).toBe('2025-07-29T00:01+09:00');
    expect(q.get('t')).toBe('a~b');
  });

  it('keeps repeated keys in order and tolerates odd input', () => {
    const q = parseQuery('violationTypes=ATTR&violationTypes=MOTA_V2&flag&bad=%E0%A4%A');
    expect(q.getAll('violationTypes')).toEqual(['ATTR', 'MOTA_V2']);
    expect([q.has('flag'), q.get('flag')]).toEqual([true, '']);
    expect(q.get('bad')).toBe('%E0%A4%A');
    expect(parseQuery('').entries).toEqual([]);
  });
});
