import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import vectors from './fixtures/hmac-vectors.json';
import {
  authFailureReply,
  computeSignature,
  formatSignedDate,
  parseAuthorization,
  parseSignedDate,
  verifyRequest,
  type KeyRecord,
} from './verify';

const K1: KeyRecord = { accessKey: 'a1b2c3d4-0000-4000-8000-0000000000aa', secretKey: '0123456789abcdef0123456789abcdef01234567', vendorId: 'A00012345' };
const K2: KeyRecord = { accessKey: 'test-access-key-0002', secretKey: 's3cr3t-K2-for-vectors-only-0000000000000', vendorId: 'A00012345' };
const lookup = (ak: string) => [K1, K2].find((k) => k.accessKey === ak);

function handSign(secret: string, date: string, method: string, path: string, query: string) {
  return createHmac('sha256', secret).update(date + method + path + query).digest('hex');
}
function header(key: KeyRecord, date: string, signature: string, sep = ', ') {
  return ['CEA algorithm=HmacSHA256', `access-key=${key.accessKey}`, `signed-date=${date}`, `signature=${signature}`].join(sep);
}

describe('documented vectors', () => {
  it('ships at least three vectors', () => expect(vectors.vectors.length).toBeGreaterThanOrEqual(3));

  for (const v of vectors.vectors) {
    it(`${v.id}: recomputes the signature and accepts the header`, () => {
      expect(computeSignature(v.secretKey, v.signedDate, v.method, v.path, v.query)).toBe(v.signature);
      const now = Date.parse(v.datetimeUtc);
      const result = verifyRequest({ authorization: v.authorization, method: v.method, path: v.path, rawQuery: v.query }, lookup, now);
      expect(result.ok).toBe(true);
    });
  }

  it('V05 and V06 differ only by ~ vs %7E, and each fails against the other query', () => {
    const v05 = vectors.vectors.find((v) => v.id === 'V05')!;
    const v06 = vectors.vectors.find((v) => v.id === 'V06')!;
    const now = Date.parse(v05.datetimeUtc);
    const crossed = verifyRequest({ authorization: v06.authorization, method: 'GET', path: v05.path, rawQuery: v05.query }, lookup, now);
    expect(crossed).toEqual({ ok: false, failure: 'signature', accessKey: K1.accessKey });
  });
});

describe('verifyRequest', () => {
  const now = Date.UTC(2025, 0, 15, 9, 5, 3);
  const date = '250115T090503Z';
  const path = '/v2/providers/openapi/apis/api/v5/vendors/A00012345/ordersheets';
  const query = 'createdAtFrom=2025-07-29T00:01%2B09:00&status=ACCEPT';
  const sig = handSign(K1.secretKey, date, 'GET', path, query);

  it('accepts a hand-computed signature, with or without spaces after commas', () => {
    for (const sep of [', ', ',']) {
      const r = verifyRequest({ authorization: header(K1, date, sig, sep), method: 'GET', path, rawQuery: query }, lookup, now);
      expect(r).toMatchObject({ ok: true, key: { vendorId: 'A00012345' } });
    }
  });

  it('rejects a signature made with another secret', () => {
    const bad = handSign('wrong-secret', date, 'GET', path, query);
    expect(verifyRequest({ authorization: header(K1, date, bad), method: 'GET', path, rawQuery: query }, lookup, now)).toMatchObject({ ok: false, failure: 'signature' });
  });

  it('signs the method: the same signature on POST fails', () => {
    expect(verifyRequest({ authorization: header(K1, date, sig), method: 'POST', path, rawQuery: query }, lookup, now)).toMatchObject({ failure: 'signature' });
  });

  it('compares the query byte for byte (%2B vs %2b vs +)', () => {
    for (const q of [query.replace('%2B', '%2b'), query.replace('%2B', '+')]) {
      expect(verifyRequest({ authorization: header(K1, date, sig), method: 'GET', path, rawQuery: q }, lookup, now)).toMatchObject({ failure: 'signature' });
    }
  });

  it('expires dates more than 5 minutes away in either direction, keeps those within', () => {
    const at = (offsetMs: number) => {
      const d = formatSignedDate(now + offsetMs);
      const s = handSign(K1.secretKey, d, 'GET', path, query);
      return verifyRequest({ authorization: header(K1, d, s), method: 'GET', path, rawQuery: query }, lookup, now);
    };
    expect(at(-10 * 60_000)).toMatchObject({ failure: 'expired' });
    expect(at(+6 * 60_000)).toMatchObject({ failure: 'expired' });
    expect(at(-4 * 60_000).ok).toBe(true);
    expect(at(+4 * 60_000).ok).toBe(true);
  });

  it('reports an unknown access key before looking at anything else', () => {
    const stranger = { ...K1, accessKey: 'nobody' };
    expect(verifyRequest({ authorization: header(stranger, date, sig), method: 'GET', path, rawQuery: query }, lookup, now)).toMatchObject({ failure: 'unknown-key' });
  });

  it('tells a missing header from a malformed one', () => {
    const r = (authorization: string | undefined) => verifyRequest({ authorization, method: 'GET', path, rawQuery: '' }, lookup, now);
    expect(r(undefined)).toMatchObject({ failure: 'missing' });
    expect(r('Bearer abc')).toMatchObject({ failure: 'missing' });
    expect(r(`CEA algorithm=HmacSHA1, access-key=${K1.accessKey}, signed-date=${date}, signature=${sig}`)).toMatchObject({ failure: 'format' });
    expect(r(`CEA algorithm=HmacSHA256, access-key=${K1.accessKey}, signed-date=2025-01-15, signature=${sig}`)).toMatchObject({ failure: 'format' });
    expect(r(`CEA algorithm=HmacSHA256, access-key=${K1.accessKey}, signed-date=${date}`)).toMatchObject({ failure: 'format' });
    expect(r(`CEA algorithm=HmacSHA256, access-key=${K1.accessKey}, signed-date=${date}, signature=xyz`)).toMatchObject({ failure: 'format' });
  });
});

describe('helpers', () => {
  it('parses and formats signed dates in UTC', () => {
    expect(parseSignedDate('250228T233000Z')).toBe(Date.UTC(2025, 1, 28, 23, 30, 0));
    expect(formatSignedDate(Date.UTC(2025, 1, 28, 23, 30, 0))).toBe('250228T233000Z');
    expect(parseSignedDate('250230T000000Z')).toBeNaN();
    expect(parseSignedDate('250115T246000Z')).toBeNaN();
  });

  it('parses the documented header form', () => {
    expect(parseAuthorization(vectors.vectors[0].authorization)).toEqual({
      algorithm: 'HmacSHA256',
      accessKey: K1.accessKey,
      signedDate: '250115T090503Z',
      signature: vectors.vectors[0].signature,
    });
  });

  it('answers 401 in the gateway shape, with messages for a missing header', () => {
    const missing = authFailureReply('missing');
    expect(missing.status).toBe(401);
    expect(missing.json).toMatchObject({ code: 'ERROR', message: 'Request is not authorized.', messages: { korean: expect.any(String), english: expect.any(String) } });
    expect((missing.json as { transactionId: string }).transactionId).toMatch(/^[0-9a-f-]{36}$/);
    expect(authFailureReply('signature').json).toMatchObject({ code: 'ERROR', message: 'Invalid signature.' });
  });
});
