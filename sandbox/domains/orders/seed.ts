// The vendor's order history at the clock's start: `options.orders` orders (default 300 for
// the demo vendor, none for the foreign one) paid over the 30 days before clock.startTime. They
// are not written in their final state but replayed through the same event engine as live
// orders, with a simulated seller that acknowledged, shipped and answered release stops until
// the start. Old orders therefore end up mostly delivered, recent ones still waiting, and the
// histories, receipts and pending courier scans are all consistent with one another.
import type { SeedArgs } from '../../routes/registry';
import type { OrdersState } from './types';
import { advance, DAY, newWorld, sampleTimes } from './world';

export const DEFAULT_DEMO_ORDERS = 300;
const HISTORY_DAYS = 30;
/** After the start new orders keep arriving: at least ~40 a day ("a few an hour" in daytime), more for bigger sellers. */
const MIN_ARRIVALS_PER_DAY = 40;

export function seedOrders({ vendor, rng, clock, options }: SeedArgs): OrdersState {
  const count = vendor.role === 'demo' ? Math.max(0, Math.floor(options.orders ?? DEFAULT_DEMO_ORDERS)) : 0;
  const start = clock.startTime;
  const perDay = count > 0 ? Math.max(MIN_ARRIVALS_PER_DAY, count / HISTORY_DAYS) : 0;
  const state = newWorld(vendor.vendorId, rng, start, perDay);
  const times = sampleTimes(rng.fork('seed-times'), count, start - HISTORY_DAYS * DAY, start);
  times.forEach((paidAt, i) => state.events.push(paidAt, { kind: 'arrive', label: `seed:${i}`, autopilot: true }));
  advance(state, start);
  return state;
}
