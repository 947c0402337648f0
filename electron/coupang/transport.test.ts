import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildQuery } from './query';
import { sign } from './sign';
import { createTransport, readTimeoutFor } from './transport';
import { errorFromNetwork } from './errors';
import { startConnectProxy, startRecordingServer, startSocks5Proxy, type RecordingServer } from './test-servers';

let server: RecordingServer;
beforeAll(async () => {
  server = await startRecordingServer();
});
afterAll(async () => {
  await server.close();
});

const PATH = '/v2/providers/seller_api/apis/api/v1/marketplace/seller-products';

function signedRequest(query: string) {
  const s = sign({ accessKey: 'ak', secretKey: 'sk', method: 'GET', path: PATH, query });
  return { pathAndQuery: `${PATH}?${query}`, stringToSign: s.stringToSign, signedDate: s.signedDate };
}

describe('transport', () => {
  const tricky = [
    buildQuery({ vendorId: 'A00012345', sellerProductName: '원피스 a~b*c+d/e:f', createdAtFrom: '2025-07-29T00:01+09:00' }),
    'vendorId=A00012345&sellerProductName=a%7Eb', // V06: an encoded ~ must not come back as ~
    'vendorId=A00012345&sellerProductName=a~b', // V05
    'vendorId=A00012345&sellerProductName=blue+dress', // V08: + stays +
    'vendorId=A00012345&violationTypes=ATTR&violationTypes=MOTA_V2',
  ];

  for (const proxy of ['direct', 'connect', 'socks5'] as const) {
    it(`puts the signed query on the wire byte for byte (${proxy})`, async () => {
      const p = proxy === 'connect' ? await startConnectProxy() : proxy === 'socks5' ? await startSocks5Proxy() : null;
      const t = createTransport({ proxyUrl: p?.url ?? null });
      try {
        server.requests.length = 0;
        for (const q of tricky) {
          const { pathAndQuery, stringToSign, signedDate } = signedRequest(q);
          const res = await t.send({ origin: server.url, pathAndQuery, method: 'GET', headers: { 'x-test': '1' } });
          expect(res.status).toBe(200);
          const got = server.requests.at(-1)!;
          expect(got.url).toBe(pathAndQuery);
          // what the server would verify: signed-date + method + path + query as received
          const [path, query = ''] = got.url.split(/\?(.*)/s);
          expect(signedDate + got.method + path + query).toBe(stringToSign);
        }
        if (p && 'plainRequests' in p) {
          expect(p.connects.length).toBeGreaterThan(0);
          expect(p.plainRequests).toEqual([]);
        }
        if (p) expect(p.connects[0]).toBe(`127.0.0.1:${server.port}`);
      } finally {
        await t.close();
        await p?.close();
      }
    });
  }

  it('sends bodies and headers unchanged', async () => {
    const t = createTransport();
    try {
      await t.send({
        origin: server.url,
        pathAndQuery: '/x',
        method: 'POST',
        headers: { 'content-type': 'application/json;charset=UTF-8', 'x-requested-by': 'A1' },
        body: '{"id":642538971006401429,"name":"한글"}',
      });
      const got = server.requests.at(-1)!;
      expect(got.body).toBe('{"id":642538971006401429,"name":"한글"}');
      expect(got.headers['content-type']).toBe('application/json;charset=UTF-8');
      expect(got.headers['x-requested-by']).toBe('A1');
    } finally {
      await t.close();
    }
  });

  it('times out reading headers and reports it as a timeout (read) / unknown outcome (write)', async () => {
    const silent = http.createServer(() => {});
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
    const port = (silent.address() as AddressInfo).port;
    const t = createTransport();
    try {
      const err = await t
        .send({ origin: `http://127.0.0.1:${port}`, pathAndQuery: '/slow', method: 'GET', headers: {}, readTimeoutMs: 200 })
        .catch((e) => e);
      expect(err.code).toBe('UND_ERR_HEADERS_TIMEOUT');
      expect(errorFromNetwork({ endpointId: 'x', error: err, isRead: true, viaProxy: false }).kind).toBe('timeout');
      expect(errorFromNetwork({ endpointId: 'x', error: err, isRead: false, viaProxy: false }).kind).toBe('unknown-outcome');
    } finally {
      await t.close();
      silent.closeAllConnections();
      await new Promise((r) => silent.close(r));
    }
  });

  it('connection refused is a network error that never left', async () => {
    const probe = http.createServer();
    await new Promise<void>((r) => probe.listen(0, '127.0.0.1', r));
    const port = (probe.address() as AddressInfo).port;
    await new Promise((r) => probe.close(r));
    const t = createTransport();
    try {
      const err = await t.send({ origin: `http://127.0.0.1:${port}`, pathAndQuery: '/', method: 'POST', headers: {}, body: '{}' }).catch((e) => e);
      const mapped = errorFromNetwork({ endpointId: 'x', error: err, isRead: false, viaProxy: false });
      expect(mapped.kind).toBe('network');
      expect(mapped.explanationKo).toContain('전송되지 않았습니다');
    } finally {
      await t.close();
    }
  });

  it('a TLS handshake failure is kind tls', async () => {
    const t = createTransport({ connectTimeoutMs: 2000 });
    try {
      const err = await t.send({ origin: `https://127.0.0.1:${server.port}`, pathAndQuery: '/', method: 'GET', headers: {} }).catch((e) => e);
      expect(errorFromNetwork({ endpointId: 'x', error: err, isRead: true, viaProxy: false }).kind).toBe('tls');
    } finally {
      await t.close();
    }
  });

  it('waits longer than the X-EXTENDED-TIMEOUT it asks for', () => {
    expect(readTimeoutFor(undefined)).toBe(30_000);
    expect(readTimeoutFor(90_000)).toBe(95_000);
    expect(readTimeoutFor(1000)).toBe(30_000);
  });

  it('rejects unknown proxy schemes with a Korean message', () => {
    expect(() => createTransport({ proxyUrl: 'ftp://x:1' })).toThrow('지원하지 않는 프록시');
    expect(() => createTransport({ proxyUrl: 'not a url' })).toThrow('프록시 주소 형식');
  });
});
