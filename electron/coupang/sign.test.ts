import { describe, expect, it } from 'vitest';
import fixture from './hmac-vectors.fixture.json';
import { formatSignedDate, sign } from './sign';

describe('CEA signer', () => {
  it('has all 15 reference vectors', () => {
    expect(fixture.vectors).toHaveLength(15);
  });

  for (const v of fixture.vectors) {
    it(`${v.id}: ${v.note}`, () => {
      const out = sign({
        accessKey: v.accessKey,
        secretKey: v.secretKey,
        method: v.method,
        path: v.path,
        query: v.query,
        now: new Date(v.datetimeUtc),
      });
      expect(out.signedDate).toBe(v.signedDate);
      expect(out.stringToSign).toBe(v.stringToSign);
      expect(out.signature).toBe(v.signature);
      expect(out.authorization).toBe(v.authorization);
    });
  }

  it('uses the UTC date across the KST midnight boundary', () => {
    // 2025-03-01 08:30 KST is still 28 Feb in UTC
    expect(formatSignedDate(new Date('2025-03-01T08:30:00+09:00'))).toBe('250228T233000Z');
  });

  it('refuses a query that still carries "?"', () => {
    expect(() => sign({ accessKey: 'a', secretKey: 's', method: 'GET', path: '/x', query: '?a=1' })).toThrow();
  });
});
