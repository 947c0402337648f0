// The edge's "Access Denied" page after too many errors: the client stops the whole vendor until
// a human resumes, and nothing else reaches the sandbox meanwhile.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCoupangClient } from './client';
import { getLimiterStats, resumeVendor } from './limiter';
import { openSandbox, sandboxClient, sandboxRequests, type Sandbox } from './test-sandbox';

let sb: Sandbox;
beforeAll(async () => {
  sb = await openSandbox({ edgeBlockErrorsPerSecond: 3, edgeBlockSeconds: 1 });
});
afterAll(async () => {
  await sb?.close();
});

describe('edge block against the sandbox', () => {
  it('stops every call for the vendor on 403 Access Denied until resumeVendor()', async () => {
    const wrong = createCoupangClient({ baseUrl: sb.baseUrl, credentials: { vendorId: sb.vendorId, accessKey: sb.accessKey, secretKey: 'wrong-secret' } });
    const good = sandboxClient(sb);
    try {
      const kinds: string[] = [];
      for (let i = 0; i < 4; i++) kinds.push(await wrong.places.listOutbound({ pageNum: 1, pageSize: 1 }).catch((e) => e.kind));
      expect(kinds).toEqual(['auth', 'auth', 'auth', 'blocked']);
      const stats = getLimiterStats(sb.vendorId);
      expect(stats.blocked).toBe(true);
      expect(stats.reasonKo).toMatch(/차단/);

      // the good client shares the vendor's limiter: refused locally, nothing is sent
      const before = (await sandboxRequests(sb)).length;
      const err = await good.places.listOutbound({ pageNum: 1, pageSize: 1 }).catch((e) => e);
      expect(err.kind).toBe('blocked');
      expect(err.explanationKo).toMatch(/차단/);
      expect((await sandboxRequests(sb)).length).toBe(before);

      await new Promise((r) => setTimeout(r, 1100));
      resumeVendor(sb.vendorId);
      await expect(good.places.listOutbound({ pageNum: 1, pageSize: 1 })).resolves.toMatchObject({ httpStatus: 200 });
      expect(getLimiterStats(sb.vendorId).blocked).toBe(false);
    } finally {
      await wrong.close();
      await good.close();
    }
  });
});
