// Client behaviour against a scripted local HTTP server (the sandbox has its own integration tests).
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createCoupangClient } from './client';
import { CoupangApiError } from './errors';
import { getLimiterStats, resetVendorLimiters, resumeVendor } from './limiter';
import { startRecordingServer, type RecordedRequest, type RecordingServer } from './test-servers';
import type { ClientOptions } from './types';
import type http from 'node:http';

let server: RecordingServer;
let seq = 0;

beforeAll(async () => {
  server = await startRecordingServer();
});
afterAll(async () => {
  await server.close();
});
afterEach(() => {
  server.respond = (_req, res) => json(res, 200, { code: 200, message: 'OK', data: {} });
  server.requests.length = 0;
  resetVendorLimiters();
});

function json(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(typeof body === 'string' ? body : JSON.stringify(body));
}

function client(extra: Partial<ClientOptions> = {}) {
  const vendorId = `A0000${String(++seq).padStart(4, '0')}`;
  return createCoupangClient({
    baseUrl: server.url,
    credentials: { vendorId, accessKey: 'ak-test', secretKey: 'sk-test-secret' },
    ratePerSecond: 10,
    limiter: { backoffBaseMs: 300, backoffMaxMs: 1200, slowdownMs: 500, recoveryMs: 500 },
    retry: { baseDelayMs: 10, maxDelayMs: 50 },
    ...extra,
  });
}

const outboundBody = {
  userId: 'wing-user',
  shippingPlaceName: '본사 창고',
  placeAddresses: [{ addressType: 'JIBUN', countryCode: 'KR', companyContactNumber: '02-1234-5678', returnZipCode: '10516', returnAddress: '경기도 파주시', returnAddressDetail: '1' }],
};

describe('coupang client', () => {
  it('signs and sends the documented headers, fills vendorId and fixed query values', async () => {
    const c = client();
    try {
      await c.orders.listByMinute({ createdAtFrom: '2025-07-29T00:01+09:00', createdAtTo: '2025-07-29T00:11+09:00', status: 'ACCEPT' });
      const r = server.requests[0];
      expect(r.method).toBe('GET');
      expect(r.url).toBe(
        `/v2/providers/openapi/apis/api/v5/vendors/${c.vendorId}/ordersheets?createdAtFrom=2025-07-29T00%3A01%2B09%3A00&createdAtTo=2025-07-29T00%3A11%2B09%3A00&searchType=timeFrame&status=ACCEPT`,
      );
      expect(r.headers.authorization).toMatch(/^CEA algorithm=HmacSHA256, access-key=ak-test, signed-date=\d{6}T\d{6}Z, signature=[0-9a-f]{64}$/);
      expect(r.headers['content-type']).toBe('application/json;charset=UTF-8');
      expect(r.headers['x-requested-by']).toBe(c.vendorId);
      expect(r.headers['x-extended-timeout']).toBe('90000');

      await c.places.listOutbound({ pageNum: 1, pageSize: 10 });
      expect(server.requests[1].url).toBe('/v2/providers/marketplace_openapi/apis/api/v2/vendor/shipping-place/outbound?pageNum=1&pageSize=10');
      expect(server.requests[1].headers['x-extended-timeout']).toBeUndefined();

      await c.settlement.listRevenueHistory({ recognitionDateFrom: '2025-01-01', recognitionDateTo: '2025-01-31' });
      expect(server.requests[2].url).toBe(
        `/v2/providers/openapi/apis/api/v1/revenue-history?vendorId=${c.vendorId}&recognitionDateFrom=2025-01-01&recognitionDateTo=2025-01-31&token=`,
      );
    } finally {
      await c.close();
    }
  });

  it('ignores a foreign vendorId in the path and sends ID strings as documented numbers', async () => {
    const c = client();
    try {
      await c.call('coupons.addDownloadCouponItems', {
        body: { couponItems: [{ couponId: '15350660', userId: 'u1', vendorItemIds: ['2306264997', '4802314648'] }] },
      });
      expect(server.requests[0].body).toBe('{"couponItems":[{"couponId":15350660,"userId":"u1","vendorItemIds":[2306264997,4802314648]}]}');
      await c.call('orders.getByShipmentBoxId', { path: { vendorId: 'C99999999', shipmentBoxId: '642538971006401429' } });
      expect(server.requests[1].url).toBe(`/v2/providers/openapi/apis/api/v5/vendors/${c.vendorId}/ordersheets/642538971006401429`);
      await c.places.createOutbound(outboundBody);
      expect(JSON.parse(server.requests[2].body).vendorId).toBe(c.vendorId);
    } finally {
      await c.close();
    }
  });

  it('refuses to send a call that misses a required value', async () => {
    const c = client();
    try {
      const err = await c.call('orders.listByDay', { query: { createdAtFrom: '2025-01-01' } }).catch((e) => e);
      expect(err).toBeInstanceOf(CoupangApiError);
      expect(err.kind).toBe('bad-request');
      expect(err.explanationKo).toContain('createdAtTo');
      expect(server.requests).toHaveLength(0);
      await expect(c.call('no.such')).rejects.toThrow('알 수 없는 API');
    } finally {
      await c.close();
    }
  });

  it('returns a lossless CoupangResult with nextToken', async () => {
    server.respond = (_r, res) =>
      json(res, 200, '{"code":200,"message":"OK","data":[{"shipmentBoxId":642538971006401429,"orderId":2000000000123}],"nextToken":"n2"}');
    const c = client();
    try {
      const r = await c.orders.listByDay({ createdAtFrom: '2025-01-01+09:00', createdAtTo: '2025-01-02+09:00', status: 'ACCEPT' });
      expect(r.httpStatus).toBe(200);
      expect(r.code).toBe(200);
      expect(r.nextToken).toBe('n2');
      expect(r.data[0].shipmentBoxId).toBe('642538971006401429');
      expect(r.data[0].orderId).toBe('2000000000123');
    } finally {
      await c.close();
    }
  });

  it('retries reads on 5xx and resets, never writes', async () => {
    let n = 0;
    server.respond = (req, res) => {
      n++;
      if (req.method === 'GET' && n <= 2) return json(res, 503, { code: 'ERROR', message: 'Service Unavailable', transactionId: 't' });
      if (req.method === 'GET' && n === 3) return void res.socket?.destroy();
      if (req.method === 'POST') return json(res, 504, { code: 'ERROR', message: 'Gateway Timeout', transactionId: 't' });
      json(res, 200, { content: [], pagination: {} });
    };
    const c = client();
    try {
      const r = await c.places.listOutbound({ pageNum: 1, pageSize: 1 });
      expect(r.httpStatus).toBe(200);
      expect(server.requests.filter((x) => x.method === 'GET')).toHaveLength(4);

      const err = await c.places.createOutbound(outboundBody).catch((e) => e);
      expect(err).toBeInstanceOf(CoupangApiError);
      expect(err.kind).toBe('unknown-outcome');
      expect(err.explanationKo).toContain('알 수 없습니다');
      expect(err.fixKo).toContain('다시 보내지 말고');
      expect(server.requests.filter((x) => x.method === 'POST')).toHaveLength(1);
    } finally {
      await c.close();
    }
  });

  it('a write answered by an API 500 is a server error with the message kept', async () => {
    server.respond = (_r, res) => json(res, 500, { code: 500, message: 'expire할 쿠폰이 존재하지 않습니다.' });
    const c = client();
    try {
      const err = await c.places.createOutbound(outboundBody).catch((e) => e);
      expect(err.kind).toBe('server');
      expect(err.coupangMessage).toBe('expire할 쿠폰이 존재하지 않습니다.');
      expect(server.requests).toHaveLength(1);
    } finally {
      await c.close();
    }
  });

  it('pauses the vendor on 429 and completes the call afterwards (writes too)', async () => {
    let n = 0;
    server.respond = (_r, res) => {
      n++;
      if (n === 1) return json(res, 429, { code: 'ERROR', message: 'Too Many Requests', transactionId: 't' }, { 'X-CAG-Warnings': 'rate-limit; used=10' });
      json(res, 200, { code: '200', message: 'SUCCESS', data: { resultCode: 'SUCCESS', resultMessage: '115' } });
    };
    const c = client();
    try {
      const t0 = Date.now();
      const r = await c.places.createOutbound(outboundBody);
      expect(r.data).toEqual({ resultCode: 'SUCCESS', resultMessage: '115' });
      expect(Date.now() - t0).toBeGreaterThanOrEqual(280);
      expect(server.requests).toHaveLength(2);
      expect(getLimiterStats(c.vendorId).ratePerSecond).toBe(5);
    } finally {
      await c.close();
    }
  });

  it('stops everything on the edge HTML 403 until a human resumes', async () => {
    server.respond = (_r, res) =>
      res.writeHead(403, { 'content-type': 'text/html' }).end('<HTML><HEAD>\n<TITLE>Access Denied</TITLE>\n</HEAD><BODY>Reference #18.1</BODY></HTML>');
    const c = client();
    try {
      const first = await c.places.listOutbound({ pageNum: 1, pageSize: 1 }).catch((e) => e);
      expect(first.kind).toBe('blocked');
      expect(first.explanationKo).toContain('차단');
      expect(getLimiterStats(c.vendorId)).toMatchObject({ blocked: true });
      const second = await c.places.listOutbound({ pageNum: 1, pageSize: 1 }).catch((e) => e);
      expect(second.kind).toBe('blocked');
      expect(server.requests).toHaveLength(1);

      server.respond = (_r, res) => json(res, 200, { content: [], pagination: {} });
      resumeVendor(c.vendorId);
      await expect(c.places.listOutbound({ pageNum: 1, pageSize: 1 })).resolves.toMatchObject({ httpStatus: 200 });
    } finally {
      await c.close();
    }
  });

  it('302 blocks as well and is not followed', async () => {
    server.respond = (_r, res) => res.writeHead(302, { location: 'https://example.com/' }).end();
    const c = client();
    try {
      const err = await c.places.listOutbound({ pageNum: 1, pageSize: 1 }).catch((e) => e);
      expect(err.kind).toBe('blocked');
      expect(err.httpStatus).toBe(302);
      expect(c.limiterStats().blocked).toBe(true);
    } finally {
      await c.close();
    }
  });

  it('explains 401s and data.success:false in Korean, keeping Coupang text', async () => {
    const answers: Array<(req: RecordedRequest, res: http.ServerResponse) => void> = [
      (_r, res) => json(res, 401, { code: 'ERROR', message: 'Invalid signature.', transactionId: 't1' }),
      (_r, res) => json(res, 401, { code: 'ERROR', message: 'Specified signature is expired.', transactionId: 't2' }),
      (_r, res) =>
        json(res, 200, { code: 200, message: 'OK', httpStatus: 200, httpStatusMessage: 'OK', errorMessage: '진행 중인 요청이 있습니다', data: { success: false, content: null, pagination: null } }),
      (_r, res) => json(res, 404, { code: 'ERROR', message: 'Not Found', transactionId: 't3' }),
    ];
    server.respond = (req, res) => answers.shift()!(req, res);
    const c = client();
    try {
      const bad = await c.places.listOutbound({ pageNum: 1 }).catch((e) => e);
      expect(bad).toMatchObject({ kind: 'auth', httpStatus: 401, coupangMessage: 'Invalid signature.', transactionId: 't1' });
      expect(bad.explanationKo).toContain('Secret Key');
      const old = await c.places.listOutbound({ pageNum: 1 }).catch((e) => e);
      expect(old.explanationKo).toContain('시계');
      const fms = await c.coupons.expireInstantCoupon({ couponId: '684245' }).catch((e) => e);
      expect(fms).toMatchObject({ kind: 'bad-request', coupangMessage: '진행 중인 요청이 있습니다' });
      expect(server.requests.at(-1)!.url).toContain('/coupons/684245?action=expire');
      const nf = await c.places.listOutbound({ pageNum: 1 }).catch((e) => e);
      expect(nf.kind).toBe('not-found');
      expect(nf.fixKo).toContain('판매자ID');
    } finally {
      await c.close();
    }
  });

  it('asks the sandbox echo for the egress IP and writes redacted logs', async () => {
    server.respond = (req, res) => {
      if (req.url === '/__sandbox/whoami') return json(res, 200, { ip: '127.0.0.1' });
      json(res, 200, { content: [], pagination: {} });
    };
    const lines: Record<string, unknown>[] = [];
    const c = client({ log: (e) => lines.push(e) });
    try {
      await expect(c.egressIp()).resolves.toEqual({ ip: '127.0.0.1', via: 'direct' });
      await c.places.listOutbound({ pageNum: 1, pageSize: 1 });
      expect(lines.some((l) => l.event === 'coupang.call' && l.status === 200)).toBe(true);
      expect(JSON.stringify(lines)).not.toContain('sk-test-secret');
      expect(JSON.stringify(lines)).not.toContain('CEA algorithm');
    } finally {
      await c.close();
    }
  });

  it('reports an unreachable echo as ip null with a Korean reason', async () => {
    const c = client({ egressEchoUrl: 'http://127.0.0.1:1/ip' });
    try {
      const r = await c.egressIp();
      expect(r.ip).toBeNull();
      expect(r.errorKo).toContain('공인 IP');
    } finally {
      await c.close();
    }
  });
});
