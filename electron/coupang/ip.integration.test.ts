// Static-IP registration: the sandbox only accepts 127.0.0.2; a direct call comes from 127.0.0.1
// and is refused, the same call through a proxy that leaves from 127.0.0.2 goes through.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CoupangApiError } from './errors';
import { canBindLoopback, startConnectProxy, startSocks5Proxy, type ConnectProxy, type SocksProxy } from './test-servers';
import { admin, openSandbox, sandboxClient, sandboxRequests, type Sandbox } from './test-sandbox';

let sb: Sandbox;
let connectProxy: ConnectProxy;
let socksProxy: SocksProxy;
const multiLoopback = await canBindLoopback('127.0.0.2');

beforeAll(async () => {
  sb = await openSandbox({ allowIps: ['127.0.0.2'] });
  connectProxy = await startConnectProxy({ localAddress: '127.0.0.2' });
  socksProxy = await startSocks5Proxy({ localAddress: '127.0.0.2' });
});
afterAll(async () => {
  await connectProxy?.close();
  await socksProxy?.close();
  await sb?.close();
});

describe.skipIf(!multiLoopback)('IP allow-list through proxies', () => {
  it('a direct call is refused as ip-not-allowed, with the egress IP in the Korean explanation', async () => {
    const client = sandboxClient(sb);
    try {
      const err = await client.places.listOutbound({ pageNum: 1, pageSize: 1 }).catch((e) => e);
      expect(err).toBeInstanceOf(CoupangApiError);
      expect(err).toMatchObject({ kind: 'ip-not-allowed', httpStatus: 403, coupangMessage: '[FORBIDDEN] Not allowed IP', egressIp: '127.0.0.1' });
      expect(err.explanationKo).toContain('127.0.0.1');
      expect(err.explanationKo).toContain('등록되어 있지 않아');
      expect(err.fixKo).toContain('30분');
      await expect(client.egressIp()).resolves.toEqual({ ip: '127.0.0.1', via: 'direct' });
    } finally {
      await client.close();
    }
  });

  it('the same call through an HTTP CONNECT proxy leaving from 127.0.0.2 succeeds', async () => {
    const client = sandboxClient(sb, { proxyUrl: connectProxy.url });
    const since = Date.now();
    try {
      const res = await client.places.listOutbound({ pageNum: 1, pageSize: 1 });
      expect(res.httpStatus).toBe(200);
      await expect(client.egressIp()).resolves.toEqual({ ip: '127.0.0.2', via: 'proxy' });
      // the proxy only relayed a tunnel; the sandbox saw the proxy's outbound address
      expect(connectProxy.plainRequests).toEqual([]);
      expect(connectProxy.connects.length).toBeGreaterThan(0);
      const log = await sandboxRequests(sb, since);
      expect(log.every((e) => e.ip === '127.0.0.2')).toBe(true);
    } finally {
      await client.close();
    }
  });

  it('and through a SOCKS5 proxy leaving from 127.0.0.2', async () => {
    const client = sandboxClient(sb, { proxyUrl: socksProxy.url });
    try {
      const res = await client.places.listOutbound({ pageNum: 1, pageSize: 1 });
      expect(res.httpStatus).toBe(200);
      await expect(client.egressIp()).resolves.toEqual({ ip: '127.0.0.2', via: 'proxy' });
      expect(socksProxy.connects.length).toBeGreaterThan(0);
    } finally {
      await client.close();
    }
  });

  it('a dead proxy is a network error that names the proxy', async () => {
    const client = sandboxClient(sb, { proxyUrl: 'http://127.0.0.1:1' });
    try {
      const err = await client.places.createOutbound({ userId: 'u', shippingPlaceName: 'x', placeAddresses: [] }).catch((e) => e);
      expect(err.kind).toBe('network');
      expect(err.fixKo).toContain('프록시');
      const ip = await client.egressIp();
      expect(ip.ip).toBeNull();
      expect(ip.via).toBe('proxy');
    } finally {
      await client.close();
    }
  });

  it('lifting the allow-list lets direct calls through again', async () => {
    await admin(sb, 'POST', '/allow-ips', { ips: null });
    const client = sandboxClient(sb);
    try {
      await expect(client.places.listOutbound({ pageNum: 1, pageSize: 1 })).resolves.toMatchObject({ httpStatus: 200 });
    } finally {
      await client.close();
      await admin(sb, 'POST', '/allow-ips', { ips: ['127.0.0.2'] });
    }
  });
});
