import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { backgroundAllowed, backgroundRefresh, repeat } from './repeat';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('repeat', () => {
  it('runs after the first delay, then an interval after each run ends, never two at once', async () => {
    const starts: number[] = [];
    let active = 0;
    let most = 0;
    const loop = repeat({
      name: 't',
      firstDelayMs: 100,
      intervalMs: 1000,
      run: async () => {
        starts.push(Date.now());
        most = Math.max(most, ++active);
        await new Promise((r) => setTimeout(r, 300)); // a run longer than nothing, shorter than the interval
        active--;
      },
    });
    const t0 = Date.now();
    await vi.advanceTimersByTimeAsync(99);
    expect(starts).toEqual([]);
    await vi.advanceTimersByTimeAsync(1 + 300 + 1000 + 300 + 1000);
    expect(starts.map((t) => t - t0)).toEqual([100, 1400, 2700]);
    expect(most).toBe(1);
    const stopping = loop.stop(); // the third run is still going
    await vi.advanceTimersByTimeAsync(10_000);
    await stopping;
    expect(starts).toHaveLength(3);
  });

  it('a failed run is logged and the loop goes on; stop waits for a run in progress', async () => {
    const log = vi.fn();
    let runs = 0;
    let finished = 0;
    const loop = repeat({
      name: 'inquiries.background',
      firstDelayMs: 0,
      intervalMs: 10,
      log,
      run: async () => {
        runs++;
        if (runs === 1) throw new Error('쿠팡 응답 없음');
        await new Promise((r) => setTimeout(r, 50));
        finished++;
      },
    });
    await vi.advanceTimersByTimeAsync(15);
    expect(log).toHaveBeenCalledWith({ level: 'warn', event: 'inquiries.background.error', error: '쿠팡 응답 없음' });
    expect(runs).toBe(2);
    const stopping = loop.stop();
    await vi.advanceTimersByTimeAsync(50);
    await stopping;
    expect(finished).toBe(1);
    await vi.advanceTimersByTimeAsync(1000);
    expect(runs).toBe(2);
  });
});

describe('backgroundRefresh', () => {
  it('syncs only while the store is open and a connection can be had; no connection is not an error', async () => {
    const db = { open: true };
    let connected = false;
    const sync = vi.fn(async () => {});
    const log = vi.fn();
    const refresh = backgroundRefresh({ name: 'returns.background', timing: { firstDelayMs: 10, intervalMs: 10 }, db, connection: async () => { if (!connected) throw new Error('활성 프로필이 없습니다'); }, sync, log });
    refresh.start();
    refresh.start(); // a second start keeps the one loop
    await vi.advanceTimersByTimeAsync(35);
    expect(sync).not.toHaveBeenCalled();
    connected = true;
    await vi.advanceTimersByTimeAsync(10);
    expect(sync).toHaveBeenCalledTimes(1);
    db.open = false;
    await vi.advanceTimersByTimeAsync(50);
    expect(sync).toHaveBeenCalledTimes(1);
    expect(log).not.toHaveBeenCalled();
    await refresh.stop();
  });
});

describe('backgroundAllowed', () => {
  it('WINGDESK_BACKGROUND=0 stops every loop; WINGDESK_ORDERS_BACKGROUND=0 only the orders', () => {
    expect(backgroundAllowed('inquiries', {})).toBe(true);
    expect(backgroundAllowed('orders', { WINGDESK_BACKGROUND: '0' })).toBe(false);
    expect(backgroundAllowed('returns', { WINGDESK_BACKGROUND: '0' })).toBe(false);
    expect(backgroundAllowed('orders', { WINGDESK_ORDERS_BACKGROUND: '0' })).toBe(false);
    expect(backgroundAllowed('inquiries', { WINGDESK_ORDERS_BACKGROUND: '0' })).toBe(true);
  });
});
