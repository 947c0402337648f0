// Orders pull against the rate ceiling. Coupang allows about 10 requests/s per vendor; wingdesk's
// limiter runs at 8/s by default. A sandbox in its own process (the gateway is another machine,
// its CPU is not wingdesk's) holds 10,000 orders and enforces 10/s; the client pulls them all at
// 8/s, then — after the sandbox makes 100 new orders — pulls again.
//   full pull: requests/s ÷ the client's rate, target ≥ 0.9; 429s in the sandbox's request log: 0.
//   incremental: requests ≤ pages of changed data + one per status list.
// The sandbox clock is frozen (timeScale 0) so the only change between the pulls is the 100 orders.
// BENCH_ORDERS (default 10000) and BENCH_RATE (default 8) tune it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCoupangClient } from '../electron/coupang';
import { openDatabase } from '../electron/store/db';
import { createOrdersService } from '../electron/services/orders/service';
import { DEFAULT_SYNC_OPTIONS } from '../electron/services/orders/orders-sync';
import { ORDER_STATUSES } from '../shared/orders/status';
import { admin, startSandboxProcess } from './lib/proc';
import { round, type Metric } from './lib/results';

const SANDBOX_RATE = 10;
const NEW_ORDERS = 100;

interface LogEntry {
  time: number;
  path: string;
  status: number;
}

export default async function ordersPull(): Promise<Metric[]> {
  const orders = Number(process.env.BENCH_ORDERS ?? 10_000);
  const rate = Number(process.env.BENCH_RATE ?? 8);
  const sb = await startSandboxProcess({ seed: 99, orders, rate: SANDBOX_RATE, timeScale: 0 });
  const { baseUrl, vendorId } = sb.info;
  const dir = mkdtempSync(join(tmpdir(), 'wd-bench-pull-'));
  const db = openDatabase(dir);
  const client = createCoupangClient({ baseUrl, credentials: { vendorId, accessKey: sb.info.accessKey, secretKey: sb.info.secretKey }, ratePerSecond: rate });
  const clock = await admin<{ clock: { now: number } }>(baseUrl, 'POST', '/clock', {});
  const frozenNow = new Date(clock.clock.now);
  const inputs = { orders, clientRate: rate, sandboxRate: SANDBOX_RATE, pageSize: DEFAULT_SYNC_OPTIONS.maxPerPage, concurrency: DEFAULT_SYNC_OPTIONS.concurrency, sandbox: 'own process, loopback' };
  try {
    const service = createOrdersService({ db, connection: async () => ({ vendorId, client }), now: () => frozenNow });
    const requestsSince = async (since: number) => (await admin<{ requests: LogEntry[] }>(baseUrl, 'GET', `/requests?since=${since}`)).requests.filter((r) => !r.path.startsWith('/__sandbox'));

    // ---- full pull ----
    const fullSince = Date.now();
    const full = await service.sync();
    const fullLog = await requestsSince(fullSince);
    const span = fullLog.length > 1 ? (fullLog[fullLog.length - 1].time - fullLog[0].time) / 1000 : full.seconds;
    const perSecond = fullLog.length / full.seconds;
    const tooMany = fullLog.filter((r) => r.status === 429).length;
    const stored = service.repo.count(vendorId);

    // ---- incremental pull after NEW_ORDERS new orders (paid 30 minutes ago: past the ~10-minute list delay) ----
    await admin(baseUrl, 'POST', '/orders/generate', { count: NEW_ORDERS, minutesAgo: 30 });
    const incSince = Date.now();
    const inc = await service.sync();
    const incLog = await requestsSince(incSince);
    const changed = inc.inserted + inc.updated;
    const statusLists = ORDER_STATUSES.length + 2; // six order statuses, stop-shipment (RU) and cancel receipts
    const changedPages = Math.ceil(changed / DEFAULT_SYNC_OPTIONS.maxPerPage);
    const bound = changedPages + statusLists;
    const byKind: Record<string, number> = {};
    for (const r of incLog) {
      const k = r.path.includes('returnRequests') ? (r.path.match(/returnRequests\/\d/) ? 'single receipt' : 'receipt list') : /ordersheets\/\d/.test(r.path) ? 'single order' : 'order list';
      byKind[k] = (byKind[k] ?? 0) + 1;
    }
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
        title: 'order pull: 429s from the sandbox (both pulls)',
        value: tooMany + incLog.filter((r) => r.status === 429).length,
        unit: '',
        target: { op: '==', value: 0, text: '0' },
        inputs,
        details: { sandboxTotal429s: allTooMany },
      },
      {
        name: 'orders.pull.incremental.requests',
        title: `incremental pull after ${NEW_ORDERS} new orders`,
        value: incLog.length,
        unit: 'requests',
        target: { op: '<=', value: bound, text: `<= ${changedPages} pages of changed data + ${statusLists} status lists = ${bound}` },
        inputs: { ...inputs, newOrders: NEW_ORDERS },
        details: { changed, inserted: inc.inserted, updated: inc.updated, pulled: inc.pulled, seconds: inc.seconds, requestsByKind: byKind, reportedRequests: inc.requests },
      },
    ];
  } finally {
    db.close();
    await client.close();
    await sb.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
