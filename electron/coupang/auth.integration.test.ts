// Signing against the sandbox's independent verifier: good signatures (tricky queries included)
// pass, and each documented 401 comes back with the right kind and Korean explanation.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCoupangClient } from './client';
import { CoupangApiError } from './errors';
import { openSandbox, sandboxClient, sandboxRequests, type Sandbox } from './test-sandbox';

let sb: Sandbox;
beforeAll(async () => {
  sb = await openSandbox();
});
afterAll(async () => {
  await sb?.close();
});

describe('authentication against the sandbox', () => {
  it('signs exactly what goes on the wire, even for Korean, +, ~, * and repeated keys', async () => {
    const client = sandboxClient(sb);
    const since = Date.now();
    try {
      const res = await client.call('places.listOutbound', {
        query: { placeNames: ['본사 출고지', 'a+b ~c*d/e:f'], pageSize: 10 },
      });
      expect(res.httpStatus).toBe(200);
      expect(res.data).toHaveProperty('content');
      const [entry] = await sandboxRequests(sb, since);
      expect(entry.query).toBe('placeNames=%EB%B3%B8%EC%82%AC%20%EC%B6%9C%EA%B3%A0%EC%A7%80&placeNames=a%2Bb%20~c%2Ad%2Fe%3Af&pageSize=10');
    } finally {
      await client.close();
    }
  });

  it('a wrong secret is 401 Invalid signature.', async () => {
    const client = createCoupangClient({ baseUrl: sb.baseUrl, credentials: { vendorId: sb.vendorId, accessKey: sb.accessKey, secretKey: 'not-the-secret' } });
    try {
      const err = await client.places.listOutbound({ pageNum: 1, pageSize: 1 }).catch((e) => e);
      expect(err).toBeInstanceOf(CoupangApiError);
      expect(err).toMatchObject({ kind: 'auth', httpStatus: 401, coupangMessage: 'Invalid signature.' });
      expect(err.explanationKo).toMatch(/서명\(HMAC\)이 맞지 않습니다/);
      expect(err.fixKo).toMatch(/Secret Key/);
    } finally {
      await client.close();
    }
  });

  it('an access key the gateway does not know is 401 with the key explanation', async () => {
    const client = createCoupangClient({
      baseUrl: sb.baseUrl,
      credentials: { vendorId: sb.vendorId, accessKey: '00000000-0000-4000-8000-000000000000', secretKey: sb.secretKey },
    });
    try {
      const err = await client.places.listOutbound({ pageNum: 1, pageSize: 1 }).catch((e) => e);
      expect(err).toMatchObject({ kind: 'auth', httpStatus: 401 });
      expect(err.coupangMessage).toMatch(/^Unknown error occurred/);
      expect(err.explanationKo).toMatch(/Access Key/);
    } finally {
      await client.close();
    }
  });

  it('another vendor\'s valid key on our vendorId path is refused (404, vendorId explanation)', async () => {
    const foreign = sb.state.foreign;
    const client = createCoupangClient({
      baseUrl: sb.baseUrl,
      credentials: { vendorId: sb.vendorId, accessKey: foreign.accessKey, secretKey: foreign.secretKey },
    });
    try {
      const err = await client.places.listReturn({ pageNum: 1, pageSize: 1 }).catch((e) => e);
      expect(err).toMatchObject({ kind: 'not-found', httpStatus: 404 });
      expect(err.fixKo).toContain('판매자ID');
    } finally {
      await client.close();
    }
  });

  it('a 10-minute-old signed-date is 401 Specified signature is expired.', async () => {
    const client = sandboxClient(sb, { now: () => new Date(Date.now() - 10 * 60_000) });
    try {
      const err = await client.places.listOutbound({ pageNum: 1, pageSize: 1 }).catch((e) => e);
      expect(err).toMatchObject({ kind: 'auth', httpStatus: 401, coupangMessage: 'Specified signature is expired.' });
      expect(err.explanationKo).toMatch(/시계|시간/);
      expect(err.fixKo).toMatch(/자동으로 설정/);
    } finally {
      await client.close();
    }
  });
});
