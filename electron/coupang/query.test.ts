import { describe, expect, it } from 'vitest';
import { buildQuery, encodeComponent, fillPath } from './query';

describe('query builder', () => {
  it('encodes Korean as UTF-8 with upper-case hex (V03 form)', () => {
    expect(buildQuery({ categoryName: '원피스' })).toBe('categoryName=%EC%9B%90%ED%94%BC%EC%8A%A4');
  });

  it('encodes + as %2B and space as %20', () => {
    expect(buildQuery({ createdAtFrom: '2025-07-29T00:01+09:00', q: 'blue dress' })).toBe(
      'createdAtFrom=2025-07-29T00%3A01%2B09%3A00&q=blue%20dress',
    );
  });

  it('keeps unreserved characters and encodes the rest', () => {
    expect(encodeComponent("a~b*c+d/e:f!'()")).toBe('a~b%2Ac%2Bd%2Fe%3Af%21%27%28%29');
  });

  it('repeats array keys in order (V14 form) and keeps insertion order', () => {
    expect(
      buildQuery({ vendorId: 'A00012345', violationTypes: ['ATTR', 'MOTA_V2'], violationTypeAndOr: 'OR' }),
    ).toBe('vendorId=A00012345&violationTypes=ATTR&violationTypes=MOTA_V2&violationTypeAndOr=OR');
    expect(buildQuery([['b', 1], ['a', 2], ['b', 3]])).toBe('b=1&a=2&b=3');
  });

  it('drops null/undefined but keeps empty strings', () => {
    expect(buildQuery({ a: undefined, b: null, token: '', c: false, n: 0 })).toBe('token=&c=false&n=0');
    expect(buildQuery(undefined)).toBe('');
    expect(buildQuery({})).toBe('');
  });

  it('never leaves a byte the WHATWG URL parser would rewrite', () => {
    const q = buildQuery({ s: '원피스 a~b*c+d/e:f "<>`{}|\\^#%' });
    expect(q).toMatch(/^[A-Za-z0-9\-._~%=&]*$/);
    expect(new URL('http://x/p?' + q).search.slice(1)).toBe(q);
  });

  it('fills path variables encoded and rejects missing ones', () => {
    expect(fillPath('/v/{vendorId}/items/{sku}', { vendorId: 'A1', sku: 'SKU 1/2' })).toBe('/v/A1/items/SKU%201%2F2');
    expect(() => fillPath('/v/{vendorId}', {})).toThrow();
  });
});
