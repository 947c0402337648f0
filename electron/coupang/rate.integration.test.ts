// Real HTTP, real signatures: the client's limiter against the sandbox's per-vendor throttle.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LimiterStats } from './limiter';
import { admin, maxInAnyWindow, openSandbox, sandboxClient, sandboxRequests, type Sandbox } from './test-sandbox';

let sb: Sandbox;
beforeAll(async () => {
  sb = await openSandbox();
});
afterAll(async () => {
  await sb?.close();
});

describe('rate limiting against the sandbox', () => {
  it('200 concurrent reads at client rate 10: zero 429s, never more than 10 in any second', async () => {
    await admin(sb, 'POST', '/rate', { rate: 10, blockSeconds: 5 });
    const client = sandboxClient(sb, { ratePerSecond: 10, limiter: { slowdownMs: 1000 } });
    const seen: LimiterStats[] = [];
    const off = client.onLimiterChange((s) => seen.push(s));
    const since = Date.now();
    try {
      const results = await Promise.all(
        Array.from({ length: 200 }, (_, i) => client.places.listOutbound({ pageNum: 1, pageSize: 1 + (i % 10) }, { priority: i % 2 ? 'bulk' : 'user' })),
      );
      expect(results.every((r) => r.httpStatus === 200)).toBe(true);
      const log = (await sandboxRequests(sb, since)).filter((e) => e.vendorId === sb.vendorId);
      expect(log).toHaveLength(200);
      expect(log.filter((e) => e.status === 429)).toHaveLength(0);
      expect(maxInAnyWindow(log.map((e) => e.time))).toBeLessThanOrEqual(10);
      // the client's own view, as the status bar shows it
      expect(Math.max(...seen.map((s) => s.requestsLastSecond))).toBeLessThanOrEqual(10);
      expect(seen.some((s) => s.paused)).toBe(false);
    } finally {
      off();
      await client.close();
    }
  }, 90_000);

  it('with the sandbox limit below the client rate: 429s, a pause, and every call still completes', async () => {
    await admin(sb, 'POST', '/rate', { rate: 3, blockSeconds: 1 });
    const client = sandboxClient(sb, {
      ratePerSecond: 8,
      limiter: { backoffBaseMs: 500, backoffMaxMs: 2000, recoveryMs: 3000, slowdownMs: 1000 },
    });
    const seen: LimiterStats[] = [];
    const off = client.onLimiterChange((s) => seen.push(s));
    const since = Date.now();
    try {
      const results = await Promise.all(Array.from({ length: 12 }, () => client.places.listOutbound({ pageNum: 1, pageSize: 1 })));
      expect(results).toHaveLength(12);
      expect(results.every((r) => r.httpStatus === 200)).toBe(true);
      const log = (await sandboxRequests(sb, since)).filter((e) => e.vendorId === sb.vendorId);
      expect(log.filter((e) => e.status === 429).length).toBeGreaterThan(0);
      expect(log.filter((e) => e.status === 200)).toHaveLength(12);
      expect(seen.some((s) => s.paused && s.pausedUntil !== null && s.reasonKo?.includes('429'))).toBe(true);
    } finally {
      off();
      await client.close();
      await admin(sb, 'POST', '/rate', { rate: 10, blockSeconds: 5 });
    }
  }, 90_000);
});
