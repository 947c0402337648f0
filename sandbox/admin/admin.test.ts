import { describe, expect, it } from 'vitest';
import { parseQuery } from '../gateway/query';
import { placesDomain } from '../routes/places';
import { resolveOptions, Runtime } from '../runtime';
import { handleAdmin } from './admin';

const rt = () => new Runtime(resolveOptions({ seed: 3, startAt: '2025-07-01T00:00:00Z' }));
const req = (method: string, pathAndQuery: string, body?: unknown, ip = '127.0.0.1') => {
  const [path, query = ''] = pathAndQuery.split('?');
  return { method, path, query: parseQuery(query), rawBody: body === undefined ? '' : JSON.stringify(body), ip };
};

describe('admin API', () => {
  it('answers loopback callers only', () => {
    const r = rt();
    expect(handleAdmin(r, req('GET', '/__sandbox/whoami', undefined, '192.168.1.10')).status).toBe(403);
    expect(handleAdmin(r, req('GET', '/__sandbox/whoami', undefined, '::ffff:127.0.0.1')).json).toEqual({ ip: '::ffff:127.0.0.1' });
  });

  it('describes the whole state', () => {
    const state = handleAdmin(rt(), req('GET', '/__sandbox/state')).json as any;
    expect(Object.keys(state)).toEqual(['vendors', 'rate', 'faults', 'clock', 'requests', 'domains']);
    expect(state.vendors.map((v: any) => v.role)).toEqual(['demo', 'foreign']);
    expect(state.rate).toMatchObject({ rate: 10, blockSeconds: 5, edgeBlockErrorsPerSecond: null, blocked: {} });
    expect(state.clock.kst).toBe('2025-07-01T09:00:00+09:00');
    const demo = state.vendors[0].vendorId;
    expect(state.domains.places[demo].outbound).toHaveLength(2);
    expect(state.domains.places[demo].returns).toHaveLength(1);
  });

  it('validates and applies faults, rate, allow-list and clock', () => {
    const r = rt();
    expect(handleAdmin(r, req('POST', '/__sandbox/faults', { serverErrorRate: 3 })).status).toBe(400);
    expect(handleAdmin(r, req('POST', '/__sandbox/faults', { latencyMs: 20, scope: 'reads' })).json).toEqual({ faults: { serverErrorRate: 0, latencyMs: 20, resetRate: 0, timeoutAfterWriteRate: 0, scope: 'reads' } });
    expect((handleAdmin(r, req('DELETE', '/__sandbox/faults')).json as any).faults.latencyMs).toBe(0);

    expect(handleAdmin(r, req('POST', '/__sandbox/rate', { rate: 0 })).status).toBe(400);
    expect((handleAdmin(r, req('POST', '/__sandbox/rate', { rate: 3, edgeBlockErrorsPerSecond: 20 })).json as any).rate).toMatchObject({ rate: 3, blockSeconds: 5, edgeBlockErrorsPerSecond: 20 });

    expect(handleAdmin(r, req('POST', '/__sandbox/allow-ips', { vendorId: 'A99999999', ips: [] })).status).toBe(400);
    expect(handleAdmin(r, req('POST', '/__sandbox/allow-ips', { ips: 'x' })).status).toBe(400);
    expect(handleAdmin(r, req('POST', '/__sandbox/allow-ips', { vendorId: r.state.foreign.vendorId, ips: ['10.1.1.1'] })).json).toEqual({ vendorId: r.state.foreign.vendorId, ips: ['10.1.1.1'] });

    const before = r.clock.now();
    const clock = (handleAdmin(r, req('POST', '/__sandbox/clock', { advanceMinutes: 90, timeScale: 0 })).json as any).clock;
    expect(clock.timeScale).toBe(0);
    expect(clock.now - before).toBeGreaterThanOrEqual(90 * 60_000);
  });

  it('resets to the start options', () => {
    const r = rt();
    handleAdmin(r, req('POST', '/__sandbox/faults', { resetRate: 1 }));
    handleAdmin(r, req('POST', '/__sandbox/allow-ips', { ips: ['10.0.0.1'] }));
    handleAdmin(r, req('POST', '/__sandbox/clock', { advanceMinutes: 60 }));
    const places = () => (handleAdmin(r, req('GET', '/__sandbox/state')).json as any).domains.places[r.state.demo.vendorId].outbound;
    const seeded = places();
    r.state.store(r.state.demo.vendorId).get(placesDomain).outbound.pop();
    expect(places()).toHaveLength(1);
    handleAdmin(r, req('POST', '/__sandbox/reset'));
    expect(places()).toEqual(seeded);
    expect(r.faults.resetRate).toBe(0);
    expect(r.allowList.get(r.state.demo.vendorId)).toBeNull();
    expect(r.clock.now()).toBeLessThan(Date.parse('2025-07-01T00:01:00Z'));
  });

  it('rejects bad bodies and unknown endpoints', () => {
    const r = rt();
    expect(handleAdmin(r, { ...req('POST', '/__sandbox/faults'), rawBody: '{' }).status).toBe(400);
    expect(handleAdmin(r, req('GET', '/__sandbox/nothing')).status).toBe(404);
    expect(handleAdmin(r, req('GET', '/__sandbox/requests?since=abc')).status).toBe(400);
  });
});
