// Orders pull against the rate ceiling. Coupang allows about 10 requests/s per vendor; wingdesk's
// limiter runs at 8/s by default. A sandbox in its own process (the gateway is another machine,
// its CPU is not wingdesk's) holds 10,000 orders and enforces 10/s; the client pulls them all at
// 8/s, then pulls again one background interval (5 minutes) later, after 100 new orders.
//   full pull: requests/s ÷ the client's rate, target ≥ 0.9; 429s in the sandbox's request log: 0.
//   incremental: requests ≤ pages of changed data + one per status list.
//   busy day: the same after 2,500 orders placed earlier today are stored (a seller with 3,000 a
//   day); the per-day lists would page through all of them, so the per-minute list is used.
//   for information: the pull the seller asks for ("sync now"), which re-reads every open
//   (결제완료/상품준비중) order of the lookback — what a background pull does every 15 minutes.
// The virtual clock starts on a fixed Monday morning (same data every run) and stands still
// (timeScale 0) except for the one 5-minute step: the only change between the pulls is the 100
// orders, paid 7 minutes before the first pull ended — not yet in the lists then (the ~10-minute
// list delay), in them 5 minutes later.
// BENCH_ORDERS (default 10000) and BENCH_RATE (default 8) tune it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCoupangClient } from '../electron/coupang';
import { openDatabase } from '../electron/store/db';
import { createOrdersService } from '../electron/services/orders/service';
import { DEFAULT_SYNC_OPTIONS } from '../electron/services/orders/orders-sync';
import { kstDate, parseKstDate } from '../shared/kst';
import { ORDER_STATUSES } from '../shared/orders/status';
import { admin, startSandboxProcess } from './lib/proc';
import { round, type Metric } from './lib/results';

const SANDBOX_RATE = 10;
const NEW_ORDERS = 100;
/** Monday 10:30 KST: the seller's busiest morning, with the weekend's orders open. */
const START_AT = '2026-11-23T10:30:00+09:00';
const INTERVAL_MINUTES = 5;
/** Orders placed earlier today on a large seller's day (3,000 a day). */
const BUSY_DAY = 2_500;

interface LogEntry {
  time: number;
  path: string;
  query: string;
  status: number;
}

export default async function ordersPull(): Promise<Metric[]> {
  const orders = Number(process.env.BENCH_ORDERS ?? 10_000);
  const rate = Number(process.env.BENCH_RATE ?? 8);
  const sb = await startSandboxProcess({ seed: 99, orders, rate: SANDBOX_RATE, timeScale: 0, startAt: START_AT });
  const { baseUrl, vendorId } = sb.info;
  const dir = mkdtempSync(join(tmpdir(), 'wd-bench-pull-'));
  const db = openDatabase(dir);
  const client = createCoupangClient({ baseUrl, credentials: { vendorId, accessKey: sb.info.accessKey, secretKey: sb.info.secretKey }, ratePerSecond: rate });
  const clock = await admin<{ clock: { now: number } }>(baseUrl, 'POST', '/clock', {});
  let virtualNow = new Date(clock.clock.now);
  const inputs = { orders, clientRate: rate, sandboxRate: SANDBOX_RATE, pageSize: DEFAULT_SYNC_OPTIONS.maxPerPage, concurrency: DEFAULT_SYNC_OPTIONS.concurrency, sandbox: 'own process, loopback', startAt: START_AT };
  try {
    const service = createOrdersService({ db, connection: async () => ({ vendorId, client }), now: () => virtualNow });
    const requestsSince = async (since: number) => (await admin<{ requests: LogEntry[] }>(baseUrl, 'GET', `/requests?since=${since}`)).requests.filter((r) => !r.path.startsWith('/__sandbox'));

    // ---- full pull ----
    const fullSince = Date.now();
    const full = await service.sync();
    const fullLog = await requestsSince(fullSince);
    const span = fullLog.length > 1 ? (fullLog[fullLog.length - 1].time - fullLog[0].time) / 1000 : full.seconds;
    const perSecond = fullLog.length / full.seconds;
    const tooMany = fullLog.filter((r) => r.status === 429).length;
    const stored = service.repo.count(vendorId);

    // ---- background pull one interval later, after NEW_ORDERS new orders ----
    await admin(baseUrl, 'POST', '/orders/generate', { count: NEW_ORDERS, minutesAgo: 7 });
    const moved = await admin<{ clock: { now: number } }>(baseUrl, 'POST', '/clock', { advanceMinutes: INTERVAL_MINUTES });
    virtualNow = new Date(moved.clock.now);
    const incSince = Date.now();
    const inc = await service.sync();
    const incLog = await requestsSince(incSince);

    // ---- the seller's "sync now" right after: the open statuses over the whole lookback ----
    const openStored = (db.prepare(`SELECT COUNT(*) AS n FROM orders WHERE vendor_id = ? AND status IN ('ACCEPT', 'INSTRUCT') AND gone_reason IS NULL`).get(vendorId) as { n: number }).n;
    const askedSince = Date.now();
    const asked = await service.sync({ refreshOpen: true });
    const askedLog = await requestsSince(askedSince);

    // ---- a busy day: BUSY_DAY more orders from early this morning, then again 100 new ones ----
    // (the seller's "sync now" stores the morning's orders; the measured pull is the next background one)
    await admin(baseUrl, 'POST', '/orders/generate', { count: BUSY_DAY, minutesAgo: 270 });
    await service.sync({ refreshOpen: true });
    const todayMs = parseKstDate(kstDate(virtualNow)).getTime();
    const todayByStatus = db.prepare(`SELECT status, COUNT(*) AS n FROM orders WHERE vendor_id = ? AND gone_reason IS NULL AND ordered_ms >= ? GROUP BY status`).all(vendorId, todayMs) as Array<{ status: string; n: number }>;
    const storedToday = todayByStatus.reduce((a, r) => a + r.n, 0);
    // what the per-day lists would have paged through (each status at least one call)
    const perDayCalls = ORDER_STATUSES.reduce((a, st) => a + Math.max(1, Math.ceil(((todayByStatus.find((r) => r.status === st)?.n ?? 0) + (st === 'ACCEPT' ? NEW_ORDERS : 0)) / DEFAULT_SYNC_OPTIONS.maxPerPage)), 0) + 2;
    await admin(baseUrl, 'POST', '/orders/generate', { count: NEW_ORDERS, minutesAgo: 7 });
    virtualNow = new Date((await admin<{ clock: { now: number } }>(baseUrl, 'POST', '/clock', { advanceMinutes: INTERVAL_MINUTES })).clock.now);
    const busySince = Date.now();
    const busy = await service.sync();
    const busyLog = await requestsSince(busySince);
    const busyChanged = busy.inserted + busy.updated;
    const busyBound = Math.ceil(busyChanged / DEFAULT_SYNC_OPTIONS.maxPerPage) + ORDER_STATUSES.length + 2;
    const changed = inc.inserted + inc.updated;
    const statusLists = ORDER_STATUSES.length + 2; // six order statuses, stop-shipment (RU) and cancel receipts
    const changedPages = Math.ceil(changed / DEFAULT_SYNC_OPTIONS.maxPerPage);
    const bound = changedPages + statusLists;
    const byKind = (log: LogEntry[]) => {
      const out: Record<string, number> = {};
      for (const r of log) {
        const k = r.path.includes('returnRequests') ? (r.path.match(/returnRequests\/\d/) ? 'single receipt' : 'receipt list') : /ordersheets\/\d/.test(r.path) ? 'single order' : 'order list';
        out[k] = (out[k] ?? 0) + 1;
      }
      return out;
    };
    const allTooMany = (await admin<{ requests: { byStatus: Record<string, number> } }>(baseUrl, 'GET', '/state')).requests.byStatus['429'] ?? 0;

    return [
      {
        name: 'orders.pull.full.shareOfRate',
        title: `order pull throughput (${orders.toLocaleString('en-US')} orders, full)`,
        value: round(perSecond / rate, 3),
        unit: '× client rate',
        target: { op: '>=', value: 0.9, text: `>= 0.9 × ${rate}/s` },
        inputs,
        details: { requests: fullLog.length, seconds: full.seconds, requestsPerSecond: round(perSecond, 2), firstToLastRequestSeconds: round(span, 2), pulled: full.pulled, stored, ordersPerSecond: round(full.pulled / full.seconds, 1) },
      },
      {
        name: 'orders.pull.full.429s',
        title: 'order pull: 429s from the sandbox (every pull)',
        value: tooMany + [incLog, askedLog, busyLog].reduce((n, log) => n + log.filter((r) => r.status === 429).length, 0),
        unit: '',
        target: { op: '==', value: 0, text: '0' },
        inputs,
        details: { sandboxTotal429s: allTooMany },
      },
      {
        name: 'orders.pull.incremental.requests',
        title: `incremental pull after ${NEW_ORDERS} new orders (background, ${INTERVAL_MINUTES} minutes later)`,
        value: incLog.length,
        unit: 'requests',
        target: { op: '<=', value: bound, text: `<= ${changedPages} pages of changed data + ${statusLists} status lists = ${bound}` },
        inputs: { ...inputs, newOrders: NEW_ORDERS, minutesBetweenPulls: INTERVAL_MINUTES },
        details: { changed, inserted: inc.inserted, updated: inc.updated, pulled: inc.pulled, seconds: inc.seconds, requestsByKind: byKind(incLog), reportedRequests: inc.requests },
      },
      {
        name: 'orders.pull.incremental.busyDay.requests',
        title: `incremental pull on a busy day (${storedToday.toLocaleString('en-US')} of today's orders stored) after ${NEW_ORDERS} new orders`,
        value: busyLog.length,
        unit: 'requests',
        target: { op: '<=', value: busyBound, text: `<= ${busyBound - ORDER_STATUSES.length - 2} pages of changed data + ${ORDER_STATUSES.length + 2} status lists = ${busyBound}` },
        inputs: { ...inputs, newOrders: NEW_ORDERS, ordersEarlierToday: storedToday, minutesBetweenPulls: INTERVAL_MINUTES },
        details: { changed: busyChanged, pulled: busy.pulled, seconds: busy.seconds, requestsByKind: byKind(busyLog), minuteListCalls: busyLog.filter((r) => r.query.includes('searchType=timeFrame')).length, perDayListsWouldTake: perDayCalls },
      },
      {
        name: 'orders.pull.incremental.openRefresh.requests',
        title: `"sync now" re-reading every open order (${openStored.toLocaleString('en-US')} 결제완료/상품준비중; a background pull does it every ${DEFAULT_SYNC_OPTIONS.openRefreshMs / 60_000} minutes)`,
        value: askedLog.length,
        unit: 'requests',
        target: { op: 'info', value: 0, text: `none (≈ ${Math.ceil(openStored / DEFAULT_SYNC_OPTIONS.maxPerPage)} pages of open orders + ${statusLists} lists)` },
        inputs: { ...inputs, openOrders: openStored },
        details: { changed: asked.inserted + asked.updated, pulled: asked.pulled, seconds: asked.seconds, requestsByKind: byKind(askedLog) },
      },
    ];
  } finally {
    db.close();
    await client.close();
    await sb.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
