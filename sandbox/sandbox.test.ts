// End-to-end over real HTTP on a random port: what a client sees from the sandboxed gateway.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type SandboxHandle } from './index';
import { admin, call, type CallOptions } from './testing/client';

const OUTBOUND = '/v2/providers/marketplace_openapi/apis/api/v2/vendor/shipping-place/outbound';
const createOutboundPath = (vendorId: string) => `/v2/providers/openapi/apis/api/v5/vendors/${vendorId}/outboundShippingCenters`;

let sb: SandboxHandle;
const demoKey = () => ({ accessKey: sb.accessKey, secretKey: sb.secretKey });
const get = (opts: Partial<CallOptions> = {}) => call(sb.baseUrl, { path: OUTBOUND, query: 'pageNum=1&pageSize=50', key: demoKey(), ...opts });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function newPlace(vendorId: string, name: string) {
  return {
    vendorId,
    userId: 'wingdesk-test',
    shippingPlaceName: name,
    usable: true,
    global: false,
    placeAddresses: [
      { addressType: 'JIBUN', countryCode: 'KR', companyContactNumber: '02-1234-5678', phoneNumber2: '010-1234-5678', returnZipCode: '06236', returnAddress: '서울특별시 강남구 역삼동 823', returnAddressDetail: `${name} 5층` },
    ],
    remoteInfos: [{ deliveryCode: 'CJGLS', jeju: 5000, notJeju: 2500 }],
  };
}

beforeAll(async () => {
  sb = await startSandbox({ seed: 1 });
});
afterAll(() => sb.close());
afterEach(async () => {
  await admin(sb.baseUrl, 'POST', '/reset');
});

describe('startSandbox', () => {
  it('hands out a demo vendor derived from the seed', () => {
    expect(sb.baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(sb.vendorId).toMatch(/^A\d{8}$/);
    expect(sb.accessKey).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(sb.secretKey).toMatch(/^[0-9a-f]{40}$/);
    expect(sb.state.foreign.vendorId).not.toBe(sb.vendorId);
  });

  it('derives the same vendors and data from the same seed, others from another seed', async () => {
    const startAt = '2025-07-01T00:00:00Z';
    const [a, b, c] = await Promise.all([startSandbox({ seed: 42, startAt }), startSandbox({ seed: 42, startAt }), startSandbox({ seed: 43, startAt })]);
    try {
      expect([a.vendorId, a.accessKey, a.secretKey]).toEqual([b.vendorId, b.accessKey, b.secretKey]);
      expect(a.state.summaries()).toEqual(b.state.summaries());
      expect(c.vendorId === a.vendorId && c.accessKey === a.accessKey).toBe(false);
    } finally {
      await Promise.all([a.close(), b.close(), c.close()]);
    }
  });
});

describe('signed calls', () => {
  it('serves places.listOutbound in the documented shape', async () => {
    const res = await get();
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(Object.keys(res.json)).toEqual(['content', 'pagination']);
    expect(res.json.pagination).toEqual({ currentPage: 1, totalPages: 1, totalElements: 2, countPerPage: 50 });
    const place = res.json.content[0];
    expect(Object.keys(place)).toEqual(['outboundShippingPlaceCode', 'shippingPlaceName', 'placeAddresses', 'remoteInfos', 'createDate', 'usable']);
    expect(Object.keys(place.placeAddresses[0])).toEqual(['addressType', 'countryCode', 'companyContactNumber', 'phoneNumber2', 'returnZipCode', 'returnAddress', 'returnAddressDetail']);
    expect(place.createDate).toMatch(/^\d{4}\/\d{2}\/\d{2}$/);
    // Coupang documents the code as a Long: digits, unquoted.
    expect(res.text).toMatch(/"outboundShippingPlaceCode":\d+,/);
  });

  it('answers 401 "Invalid signature." to a wrong secret', async () => {
    const res = await get({ key: { accessKey: sb.accessKey, secretKey: '0'.repeat(40) } });
    expect(res.status).toBe(401);
    expect(res.json).toEqual({ code: 'ERROR', message: 'Invalid signature.', transactionId: expect.stringMatching(/^[0-9a-f-]{36}$/) });
  });

  it('answers 401 "Specified signature is expired." to a 10-minute-old signed date', async () => {
    const res = await get({ at: new Date(Date.now() - 10 * 60_000) });
    expect(res.status).toBe(401);
    expect(res.json.message).toBe('Specified signature is expired.');
  });

  it('tells missing, malformed and unknown credentials apart', async () => {
    const missing = await get({ sign: false });
    expect(missing.status).toBe(401);
    expect(missing.json).toMatchObject({ code: 'ERROR', message: 'Request is not authorized.', messages: { korean: expect.stringContaining('미인증된 요청'), english: expect.stringContaining('Unauthorized request') } });

    const malformed = await get({ sign: false, headers: { Authorization: `CEA algorithm=HmacSHA256, access-key=${sb.accessKey}` } });
    expect([malformed.status, malformed.json.message]).toEqual([401, 'HMAC format is invalid.']);

    const unknown = await get({ key: { accessKey: '00000000-0000-4000-8000-000000000000', secretKey: sb.secretKey } });
    expect([unknown.status, unknown.json.message]).toEqual([401, 'Unknown error occurred, please contact api-gateway channel for the details.']);
  });

  it('verifies the raw query: signed with %7E but sent with ~ fails, consistent bytes pass', async () => {
    const bad = await get({ query: 'placeNames=a~b', signedQuery: 'placeNames=a%7Eb' });
    expect([bad.status, bad.json.message]).toEqual([401, 'Invalid signature.']);
    for (const query of ['placeNames=a~b', 'placeNames=a%7Eb']) {
      expect((await get({ query })).status).toBe(200);
    }
  });

  it("answers 404 when a valid key of another vendor is used on this vendor's path", async () => {
    const foreign = { accessKey: sb.state.foreign.accessKey, secretKey: sb.state.foreign.secretKey };
    const res = await call(sb.baseUrl, { method: 'POST', path: createOutboundPath(sb.vendorId), key: foreign, body: newPlace(sb.vendorId, '남의 출고지') });
    expect(res.status).toBe(404);
    expect(res.json).toMatchObject({ code: 'ERROR', message: 'Not Found' });
    const state = (await admin(sb.baseUrl, 'GET', '/state')).json;
    expect(state.domains.places[sb.vendorId].outbound.map((p: any) => p.shippingPlaceName)).not.toContain('남의 출고지');
  });

  it('serves the key owner on paths without a vendorId', async () => {
    const foreign = { accessKey: sb.state.foreign.accessKey, secretKey: sb.state.foreign.secretKey };
    const mine = (await get()).json.content.map((p: any) => p.outboundShippingPlaceCode.toString());
    const theirs = (await get({ key: foreign })).json.content.map((p: any) => p.outboundShippingPlaceCode.toString());
    expect(theirs).not.toEqual(mine);
  });

  it('answers 404 in the gateway shape for unknown paths and methods', async () => {
    for (const [method, path] of [['GET', '/v2/providers/openapi/apis/api/v5/vendors/x/nothing'], ['DELETE', OUTBOUND]]) {
      const res = await call(sb.baseUrl, { method, path, key: demoKey() });
      expect(res.status).toBe(404);
      expect(res.json).toMatchObject({ code: 'ERROR', message: 'Not Found' });
    }
  });
});

describe('rate limit', () => {
  it('lets 10 calls in a second through, 429s the 11th and keeps blocking for blockSeconds', async () => {
    await admin(sb.baseUrl, 'POST', '/rate', { rate: 10, blockSeconds: 2 });
    const since = Date.now();
    const results = [];
    for (let i = 0; i < 11; i++) results.push(await get());
    const elapsed = Date.now() - since;
    expect(elapsed).toBeLessThan(1000);
    expect(results.map((r) => r.status)).toEqual([...Array(10).fill(200), 429]);
    expect(results[10].json).toMatchObject({ code: 'ERROR', message: 'Too Many Requests' });

    // X-CAG-Warnings from 90 % of the limit on.
    expect(results.slice(0, 8).every((r) => r.headers['x-cag-warnings'] === undefined)).toBe(true);
    expect(results[8].headers['x-cag-warnings']).toBe(`rate-limit; vendorId=${sb.vendorId}; limit=10; window=1s; used=9; remaining=1`);
    expect(results[9].headers['x-cag-warnings']).toContain('used=10; remaining=0');

    // Still blocked although the sliding window has room again...
    await sleep(Math.max(0, since + 1000 - Date.now()) + 50);
    const blocked = await get();
    expect(blocked.status).toBe(429);
    // ...until blockSeconds after the 11th call.
    await sleep(Math.max(0, since + elapsed + 2000 - Date.now()) + 50);
    expect((await get()).status).toBe(200);

    const log = (await admin(sb.baseUrl, 'GET', `/requests?since=${since}`)).json.requests;
    expect(log.map((e: any) => e.status)).toEqual([...Array(10).fill(200), 429, 429, 200]);
    expect(log[0]).toMatchObject({ method: 'GET', path: OUTBOUND, vendorId: sb.vendorId, time: expect.any(Number), ms: expect.any(Number) });
  });

  it('does not count admin calls', async () => {
    await admin(sb.baseUrl, 'POST', '/rate', { rate: 1, blockSeconds: 1 });
    for (let i = 0; i < 5; i++) expect((await admin(sb.baseUrl, 'GET', '/whoami')).status).toBe(200);
    expect((await get()).status).toBe(200);
  });
});

describe('IP allow-list', () => {
  it('rejects unlisted callers with 403 [FORBIDDEN] Not allowed IP and lets listed ones in', async () => {
    const set = await admin(sb.baseUrl, 'POST', '/allow-ips', { ips: ['127.0.0.2'] });
    expect(set.json).toEqual({ vendorId: sb.vendorId, ips: ['127.0.0.2'] });

    const denied = await get();
    expect(denied.status).toBe(403);
    expect(denied.json).toMatchObject({ code: 'ERROR', message: '[FORBIDDEN] Not allowed IP' });

    const allowed = await get({ localAddress: '127.0.0.2' });
    expect(allowed.status).toBe(200);
    expect((await admin(sb.baseUrl, 'GET', '/whoami', undefined, '127.0.0.2')).json).toEqual({ ip: '127.0.0.2' });

    await admin(sb.baseUrl, 'POST', '/allow-ips', { ips: null });
    expect((await get()).status).toBe(200);
  });
});

describe('faults', () => {
  it('applies a write and still answers 504 when timeoutAfterWriteRate is 1', async () => {
    await admin(sb.baseUrl, 'POST', '/faults', { timeoutAfterWriteRate: 1, scope: 'writes' });
    const res = await call(sb.baseUrl, { method: 'POST', path: createOutboundPath(sb.vendorId), key: demoKey(), body: newPlace(sb.vendorId, '타임아웃 출고지') });
    expect(res.status).toBe(504);
    expect(res.json).toMatchObject({ code: 'ERROR', message: 'Gateway Timeout' });
    const state = (await admin(sb.baseUrl, 'GET', '/state')).json;
    expect(state.domains.places[sb.vendorId].outbound.map((p: any) => p.shippingPlaceName)).toContain('타임아웃 출고지');
    // Reads are out of scope and unaffected.
    expect((await get()).status).toBe(200);
  });

  it('injects 5xx, connection resets and latency-driven 504s', async () => {
    await admin(sb.baseUrl, 'POST', '/faults', { serverErrorRate: 1 });
    const err = await get();
    expect([500, 503]).toContain(err.status);
    expect(err.json.code).toBe('ERROR');

    await admin(sb.baseUrl, 'POST', '/faults', { serverErrorRate: 0, resetRate: 1 });
    await expect(get()).rejects.toThrow(/ECONNRESET|socket hang up/);

    await admin(sb.baseUrl, 'POST', '/faults', { resetRate: 0, latencyMs: 10_000 });
    const started = Date.now();
    const slow = await get();
    expect([slow.status, slow.json.message]).toEqual([504, 'Gateway Timeout']);
    expect(Date.now() - started).toBeLessThan(1000);

    await admin(sb.baseUrl, 'DELETE', '/faults');
    expect((await get()).status).toBe(200);
    const log = (await admin(sb.baseUrl, 'GET', '/requests')).json.requests.map((e: any) => e.status);
    expect(log).toContain(0);
  });

  it('waits out latency within X-EXTENDED-TIMEOUT instead of timing out', async () => {
    await admin(sb.baseUrl, 'POST', '/faults', { latencyMs: 3100 });
    const started = Date.now();
    const res = await get({ headers: { 'X-EXTENDED-TIMEOUT': '5000' } });
    expect(res.status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(3000);
  });
});

describe('edge block', () => {
  it('answers the HTML Access Denied page after a burst of errors, for the configured time', async () => {
    await admin(sb.baseUrl, 'POST', '/rate', { edgeBlockErrorsPerSecond: 3, edgeBlockSeconds: 1 });
    const wrong = { accessKey: sb.accessKey, secretKey: 'f'.repeat(40) };
    for (let i = 0; i < 3; i++) expect((await get({ key: wrong })).status).toBe(401);
    const page = await get();
    expect(page.status).toBe(403);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.text).toContain('<TITLE>Access Denied</TITLE>');
    expect(page.text).toContain(`You don't have permission to access "http://127.0.0.1:`);
    expect(page.text).toMatch(/Reference #18\.[0-9a-f]{8}\.\d{10}\.[0-9a-f]{8}/);
    await sleep(1050);
    expect((await get()).status).toBe(200);
  });

  it('is off by default', async () => {
    const wrong = { accessKey: sb.accessKey, secretKey: 'f'.repeat(40) };
    for (let i = 0; i < 25; i++) await get({ key: wrong });
    expect((await get()).status).toBe(200);
  });
});
