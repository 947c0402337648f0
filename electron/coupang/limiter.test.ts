import { afterEach, describe, expect, it } from 'vitest';
import {
  getLimiterStats,
  getVendorLimiter,
  resetVendorLimiters,
  resumeVendor,
  VendorBlockedError,
  VendorLimiter,
} from './limiter';
import { ManualClock, flush } from './test-clock';

function maxInAnyWindow(times: readonly number[], windowMs = 1000): number {
  const sorted = [...times].sort((a, b) => a - b);
  let best = 0;
  let lo = 0;
  for (let hi = 0; hi < sorted.length; hi++) {
    while (sorted[hi] - sorted[lo] >= windowMs) lo++;
    best = Math.max(best, hi - lo + 1);
  }
  return best;
}

function make(clock: ManualClock, rate = 10, extra = {}) {
  return new VendorLimiter('A00000001', { clock, ratePerSecond: rate, backoffBaseMs: 1000, backoffMaxMs: 4000, slowdownMs: 5000, recoveryMs: 3000, ...extra });
}

afterEach(() => resetVendorLimiters());

describe('VendorLimiter', () => {
  it('never lets more than the rate through in any one-second window', async () => {
    const clock = new ManualClock();
    const l = make(clock, 10);
    const times: number[] = [];
    const all = Array.from({ length: 100 }, () => l.acquire().then((t) => times.push(t)));
    await clock.advance(15_000);
    await Promise.all(all);
    expect(times).toHaveLength(100);
    expect(maxInAnyWindow(times)).toBeLessThanOrEqual(10);
    // and it is not needlessly slow: ~9.7/s with the default guard
    expect(times[times.length - 1] - times[0]).toBeLessThan(10_500);
  });

  it('keeps the guarantee when the rate goes back up after a slowdown', async () => {
    const clock = new ManualClock();
    const l = make(clock, 10, { slowdownMs: 2000 });
    l.noteWarning();
    const times: number[] = [];
    const all = Array.from({ length: 60 }, () => l.acquire().then((t) => times.push(t)));
    await clock.advance(20_000);
    await Promise.all(all);
    expect(maxInAnyWindow(times)).toBeLessThanOrEqual(10);
  });

  it('keeps its rate when its timers fire late (busy event loop), still within the window', async () => {
    // Every timer fires 30 ms late: counted from the late sends, 8/s would become 6.3/s.
    class LateClock extends ManualClock {
      setTimeout(fn: () => void, ms: number): unknown {
        return super.setTimeout(fn, ms + 30);
      }
    }
    const clock = new LateClock();
    const l = make(clock, 8);
    const times: number[] = [];
    const all = Array.from({ length: 100 }, () => l.acquire().then((t) => times.push(t)));
    await clock.advance(20_000);
    await Promise.all(all);
    expect(maxInAnyWindow(times)).toBeLessThanOrEqual(8);
    // 99 sends at 1025/8 ms are 12.7 s; counted from the late sends they took 15.7 s.
    expect(times[times.length - 1] - times[0]).toBeLessThan(13_500);
  });

  it('clamps the rate to 10 and defaults to 8', () => {
    const clock = new ManualClock();
    expect(new VendorLimiter('v', { clock, ratePerSecond: 50 }).stats().ratePerSecond).toBe(10);
    expect(new VendorLimiter('v', { clock }).stats().ratePerSecond).toBe(8);
  });

  it('serves user calls before queued bulk work', async () => {
    const clock = new ManualClock();
    const l = make(clock, 2);
    const order: string[] = [];
    const ps = [
      ...Array.from({ length: 4 }, (_, i) => l.acquire({ priority: 'bulk' }).then(() => order.push(`bulk${i}`))),
    ];
    await flush();
    ps.push(l.acquire({ priority: 'user' }).then(() => order.push('user0')));
    ps.push(l.acquire().then(() => order.push('user1')));
    expect(l.stats().queued).toEqual({ user: 2, bulk: 3 });
    await clock.advance(5000);
    await Promise.all(ps);
    expect(order).toEqual(['bulk0', 'user0', 'user1', 'bulk1', 'bulk2', 'bulk3']);
  });

  it('puts a call coming back from a 429 ahead of the queue', async () => {
    const clock = new ManualClock();
    const l = make(clock, 1);
    await l.acquire();
    const order: string[] = [];
    const ps = [l.acquire().then(() => order.push('queued')), l.acquire({ front: true }).then(() => order.push('requeued'))];
    await clock.advance(3000);
    await Promise.all(ps);
    expect(order).toEqual(['requeued', 'queued']);
  });

  it('halves the rate after X-CAG-Warnings and restores it later', async () => {
    const clock = new ManualClock();
    const l = make(clock, 8);
    l.noteWarning();
    expect(l.stats().ratePerSecond).toBe(4);
    expect(l.stats().reasonKo).toContain('절반');
    await clock.advance(5001);
    expect(l.stats().ratePerSecond).toBe(8);
  });

  it('pauses the whole queue on 429, grows the pause, then resumes at half rate', async () => {
    const clock = new ManualClock();
    const l = make(clock, 10);
    const t0 = clock.now();
    const until = l.note429(t0);
    expect(until - t0).toBe(1000);
    let s = l.stats();
    expect(s.paused).toBe(true);
    expect(s.pausedUntil).toBe(until);
    expect(s.reasonKo).toContain('429');
    // answers to requests already in flight do not stretch the same pause
    expect(l.note429(t0 - 5)).toBe(until);

    let got = 0;
    const p = l.acquire().then((t) => {
      got = t;
    });
    await clock.advance(900);
    expect(got).toBe(0);
    await clock.advance(200);
    await p;
    expect(got).toBe(until);
    s = l.stats();
    expect(s.paused).toBe(false);
    expect(s.ratePerSecond).toBe(5);

    // a fresh 429 soon after doubles the pause, capped at backoffMaxMs
    const t1 = clock.now();
    expect(l.note429(t1) - t1).toBe(2000);
    await clock.advance(2001);
    const t2 = clock.now();
    expect(l.note429(t2) - t2).toBe(4000);
    await clock.advance(4001);
    const t3 = clock.now();
    expect(l.note429(t3) - t3).toBe(4000);
  });

  it('forgets the 429 streak after a calm recovery period', async () => {
    const clock = new ManualClock();
    const l = make(clock, 10);
    l.note429(clock.now());
    await clock.advance(1000 + 3000 + 10);
    const t = clock.now();
    expect(l.note429(t) - t).toBe(1000);
  });

  it('blocks every queued and new call until resume()', async () => {
    const clock = new ManualClock();
    const l = make(clock, 1);
    await l.acquire();
    const queued = l.acquire({ priority: 'bulk' });
    l.block('쿠팡이 차단했습니다');
    await expect(queued).rejects.toBeInstanceOf(VendorBlockedError);
    await expect(l.acquire()).rejects.toThrow('쿠팡이 차단했습니다');
    expect(l.stats()).toMatchObject({ blocked: true, reasonKo: '쿠팡이 차단했습니다' });
    l.resume();
    expect(l.stats().blocked).toBe(false);
    expect(l.stats().ratePerSecond).toBe(0.5);
    const p = l.acquire();
    await clock.advance(3000);
    await expect(p).resolves.toBeTypeOf('number');
  });

  it('drops a waiter whose signal aborts', async () => {
    const clock = new ManualClock();
    const l = make(clock, 1);
    await l.acquire();
    const ac = new AbortController();
    const p = l.acquire({ signal: ac.signal });
    ac.abort(new Error('그만'));
    await expect(p).rejects.toThrow('그만');
    expect(l.stats().queued.user).toBe(0);
  });

  it('counts requestsLastSecond for the status bar', async () => {
    const clock = new ManualClock();
    const l = make(clock, 10);
    const ps = Array.from({ length: 5 }, () => l.acquire());
    await clock.advance(600);
    await Promise.all(ps);
    expect(l.stats().requestsLastSecond).toBe(5);
    await clock.advance(1000);
    expect(l.stats().requestsLastSecond).toBe(0);
  });
});

describe('vendor registry', () => {
  it('shares one limiter per vendorId and exposes stats and resume', () => {
    const a = getVendorLimiter('A1', { ratePerSecond: 5 });
    const b = getVendorLimiter('A1');
    expect(a).toBe(b);
    expect(getLimiterStats('A1').ratePerSecond).toBe(5);
    getVendorLimiter('A1', { ratePerSecond: 9 });
    expect(getLimiterStats('A1').ratePerSecond).toBe(9);
    a.block('막힘');
    expect(getLimiterStats('A1').blocked).toBe(true);
    resumeVendor('A1');
    expect(getLimiterStats('A1').blocked).toBe(false);
    expect(getLimiterStats('unknown')).toMatchObject({ blocked: false, paused: false, ratePerSecond: 8 });
  });
});
