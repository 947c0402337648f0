import { describe, expect, it } from 'vitest';
import { VirtualClock } from '../../clock';
import { createRng } from '../../rng';
import type { Vendor } from '../../vendors';
import { COURIERS, invoiceNumberValid, usableCourier } from './carriers';
import { EventQueue } from './events';
import { parseDay, parseMinute } from './queries';
import { seedOrders } from './seed';
import type { OrdersState } from './types';
import { canonicalView } from './views';
import { advance, DAY, HOUR, LIST_DELAY_MS } from './world';

const START = Date.parse('2025-09-01T03:00:00Z');
const demo: Vendor = { role: 'demo', vendorId: 'A00012345', accessKey: 'a', secretKey: 's' };

function seed(orders?: number, seedValue = 1): OrdersState {
  return seedOrders({ vendor: demo, rng: createRng(seedValue), clock: new VirtualClock({ start: START, timeScale: 0 }), options: { seed: seedValue, orders } });
}

function snapshot(state: OrdersState, now: number): string {
  return JSON.stringify({
    sheets: state.sheets.map((s) => ({ ...canonicalView(s, now, LIST_DELAY_MS), history: s.history })),
    receipts: state.receipts.all(),
  });
}

describe('EventQueue', () => {
  it('pops by time, equal times in insertion order', () => {
    const q = new EventQueue();
    const times = [50, 10, 30, 10, 40, 20, 10];
    times.forEach((t, i) => q.push(t, { kind: 'sellerStop', receiptId: String(i) }));
    const out: string[] = [];
    while (q.size) {
      const e = q.pop()!;
      out.push(`${e.at}:${(e.event as { receiptId: string }).receiptId}`);
    }
    expect(out).toEqual(['10:1', '10:3', '10:6', '20:5', '30:2', '40:4', '50:0']);
  });
});

describe('seedOrders', () => {
  it('is deterministic and gives the foreign vendor no orders', () => {
    expect(snapshot(seed(300, 4), START)).toEqual(snapshot(seed(300, 4), START));
    expect(snapshot(seed(300, 4), START)).not.toEqual(snapshot(seed(300, 5), START));
    const foreign = seedOrders({ vendor: { ...demo, role: 'foreign' }, rng: createRng(1), clock: new VirtualClock({ start: START }), options: { seed: 1 } });
    expect(foreign.sheets).toHaveLength(0);
    advance(foreign, START + 10 * DAY);
    expect(foreign.sheets).toHaveLength(0);
  });

  it('seeds 5,000 orders quickly, all within the 30 days before the start', () => {
    const t0 = performance.now();
    const state = seed(5000);
    const ms = performance.now() - t0;
    // The brief asks < 2 s; the bound leaves room for a loaded CI machine.
    expect(ms).toBeLessThan(4000);
    expect(new Set(state.sheets.map((s) => s.orderId)).size).toBe(5000);
    expect(state.sheets.every((s) => s.paidAt >= START - 30 * DAY && s.paidAt <= START)).toBe(true);
    const ids = state.sheets.map((s) => s.shipmentBoxId);
    expect(new Set(ids).size).toBe(ids.length);
    // The sheets array is the list order: paidAt, then shipmentBoxId.
    for (let i = 1; i < state.sheets.length; i++) expect(state.sheets[i - 1].paidAt <= state.sheets[i].paidAt).toBe(true);
  });

  it('lets the past play out: orders older than 5 days are delivered, the newest still wait', () => {
    const state = seed(2000);
    const live = state.sheets.filter((s) => !s.removed);
    const old = live.filter((s) => s.paidAt < START - 5 * DAY);
    const done = old.filter((s) => s.status === 'FINAL_DELIVERY' || s.status === 'NONE_TRACKING');
    expect(done.length / old.length).toBeGreaterThan(0.95);
    const lastHours = live.filter((s) => s.paidAt > START - 6 * HOUR);
    expect(lastHours.filter((s) => s.status === 'ACCEPT').length / lastHours.length).toBeGreaterThan(0.5);
    // Histories agree with the statuses.
    for (const s of state.sheets) expect(s.history[s.history.length - 1].status).toBe(s.status);
    expect(state.receipts.size).toBeGreaterThan(0);
  });
});

describe('lazy time', () => {
  it('reaches the same state whether asked once or every few minutes', () => {
    const once = seed(300, 9);
    const often = seed(300, 9);
    const end = START + 3 * DAY;
    advance(once, end);
    for (let t = START; t <= end; t += 7 * 60_000) advance(often, t);
    advance(often, end);
    expect(snapshot(often, end)).toEqual(snapshot(once, end));
    expect(once.sheets.length).toBeGreaterThan(300 + 3 * 20);
  });
});

describe('query dates', () => {
  it('reads v5 dates with offset, v4 dates as KST, and refuses the rest', () => {
    expect(parseDay('2025-09-01+09:00')).toBe(Date.parse('2025-08-31T15:00:00Z'));
    expect(parseDay('2025-09-01')).toBe(Date.parse('2025-08-31T15:00:00Z'));
    expect(parseDay('2025-09-01Z')).toBe(Date.parse('2025-09-01T00:00:00Z'));
    expect(parseDay('2025-09-01 09:00')).toBeUndefined();
    expect(parseDay('2025-02-29+09:00')).toBeUndefined();
    expect(parseMinute('2025-07-29T00:01+09:00')).toBe(Date.parse('2025-07-28T15:01:00Z'));
    expect(parseMinute('2025-07-29T24:00+09:00')).toBeUndefined();
    expect(parseMinute('2025-07-29')).toBeUndefined();
  });
});

describe('couriers', () => {
  it('knows the documented codes and their waybill lengths', () => {
    expect(COURIERS.size).toBeGreaterThan(150);
    expect(usableCourier('CJGLS')!.nameKo).toBe('CJ대한통운');
    expect(usableCourier('KOREX')).toBeUndefined(); // merged
    expect(usableCourier('NOPE')).toBeUndefined();
    expect(invoiceNumberValid(usableCourier('CJGLS')!, '123456789012')).toBe(true);
    expect(invoiceNumberValid(usableCourier('CJGLS')!, '12345678901')).toBe(false);
    expect(invoiceNumberValid(usableCourier('KDEXP')!, '12345678')).toBe(true);
    expect(invoiceNumberValid(usableCourier('EPOST')!, '690000414760A')).toBe(false);
    expect(invoiceNumberValid(usableCourier('DIRECT')!, '7')).toBe(true);
    expect(invoiceNumberValid(usableCourier('DIRECT')!, 'A7')).toBe(false);
  });
});
