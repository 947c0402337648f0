// Injected server faults: reads recover by retrying, a write whose answer was lost is reported as
// unknown-outcome and is never sent twice.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CoupangApiError } from './errors';
import { admin, NEW_OUTBOUND, openSandbox, sandboxClient, sandboxRequests, type Sandbox } from './test-sandbox';

let sb: Sandbox;
beforeAll(async () => {
  sb = await openSandbox({ seed: 11 });
});
afterAll(async () => {
  await sb?.close();
});
afterEach(async () => {
  await admin(sb, 'DELETE', '/faults');
});

const retry = { baseDelayMs: 50, maxDelayMs: 400 };

async function outboundNames(): Promise<string[]> {
  const state = await admin(sb, 'GET', '/state');
  return state.domains.places[sb.vendorId].outbound.map((p: { shippingPlaceName: string }) => p.shippingPlaceName);
}

describe('fault handling against the sandbox', () => {
  it('with 30% injected 5xx on reads, every read succeeds', async () => {
    await admin(sb, 'POST', '/faults', { serverErrorRate: 0.3, scope: 'reads' });
    const client = sandboxClient(sb, { ratePerSecond: 10, retry, limiter: { slowdownMs: 500 } });
    const since = Date.now();
    try {
      const results = await Promise.all(Array.from({ length: 40 }, () => client.places.listOutbound({ pageNum: 1, pageSize: 5 })));
      expect(results.every((r) => r.httpStatus === 200 && Array.isArray(r.data.content))).toBe(true);
      const log = await sandboxRequests(sb, since);
      const failures = log.filter((e) => e.status >= 500).length;
      expect(failures).toBeGreaterThan(0);
      expect(log.filter((e) => e.status === 200)).toHaveLength(40);
    } finally {
      await client.close();
    }
  }, 60_000);

  it('reads survive dropped connections too', async () => {
    await admin(sb, 'POST', '/faults', { resetRate: 0.3, scope: 'reads' });
    const client = sandboxClient(sb, { ratePerSecond: 10, retry, limiter: { slowdownMs: 500 } });
    try {
      const results = await Promise.all(Array.from({ length: 20 }, () => client.places.listOutbound({ pageNum: 1, pageSize: 5 })));
      expect(results.every((r) => r.httpStatus === 200)).toBe(true);
    } finally {
      await client.close();
    }
  }, 60_000);

  it('a write applied behind an injected 504 is unknown-outcome and is not resent', async () => {
    await admin(sb, 'POST', '/faults', { timeoutAfterWriteRate: 1, scope: 'writes' });
    const client = sandboxClient(sb, { retry });
    const name = `504 테스트 출고지 ${Date.now() % 100000}`;
    const since = Date.now();
    try {
      const err = await client.places.createOutbound(NEW_OUTBOUND(name)).catch((e) => e);
      expect(err).toBeInstanceOf(CoupangApiError);
      expect(err.kind).toBe('unknown-outcome');
      expect(err.httpStatus).toBe(504);
      expect(err.explanationKo).toContain('알 수 없습니다');
      expect(err.fixKo).toContain('조회');
      const posts = (await sandboxRequests(sb, since)).filter((e) => e.method === 'POST');
      expect(posts).toHaveLength(1);
      expect((await outboundNames()).filter((n) => n === name)).toHaveLength(1);

      // reconcile by reading: the place is there
      await admin(sb, 'DELETE', '/faults');
      const found = await client.places.listOutbound({ placeNames: name });
      expect(found.data.content?.map((p) => p.shippingPlaceName)).toEqual([name]);
    } finally {
      await client.close();
    }
  });

  it('a write whose connection is dropped is unknown-outcome; one refused before sending is network', async () => {
    await admin(sb, 'POST', '/faults', { resetRate: 1, scope: 'writes' });
    const client = sandboxClient(sb, { retry });
    const name = `리셋 테스트 ${Date.now() % 100000}`;
    try {
      const err = await client.places.createOutbound(NEW_OUTBOUND(name)).catch((e) => e);
      expect(err.kind).toBe('unknown-outcome');
    } finally {
      await client.close();
    }
    const refused = sandboxClient({ ...sb, baseUrl: 'http://127.0.0.1:1' } as Sandbox, { retry });
    try {
      const err = await refused.places.createOutbound(NEW_OUTBOUND(`${name}-2`)).catch((e) => e);
      expect(err.kind).toBe('network');
      expect(err.explanationKo).toContain('전송되지 않았습니다');
    } finally {
      await refused.close();
    }
  });
});
