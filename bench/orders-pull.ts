// Orders benchmark: (1) pull throughput against the sandbox as a share of the configured rate
// ceiling — requests/s achieved ÷ the client's configured requests/s — for a full pull and an
// incremental one; (2) grid query latency over 100,000 stored shipments.
// BENCH_ORDERS (default 5000) and BENCH_RATE (default 8, the app's default) tune it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSandbox } from '../sandbox';
import { createCoupangClient } from '../electron/coupang';
import { openDatabase } from '../electron/store/db';
import { createOrdersQuery } from '../electron/store/orders-query';
import { createOrdersService } from '../electron/services/orders/service';
import { seedSyntheticOrders, timeTypicalQueries } from '../electron/services/orders/synthetic';
import type { BenchResult } from './run';

export default async function ordersPull(): Promise<BenchResult[]> {
  const orders = Number(process.env.BENCH_ORDERS ?? 5000);
  const rate = Number(process.env.BENCH_RATE ?? 8);
  const results: BenchResult[] = [];

  const sb = await startSandbox({ port: 0, seed: 99, orders });
  const dir = mkdtempSync(join(tmpdir(), 'wd-bench-orders-'));
  const db = openDatabase(dir);
  const client = createCoupangClient({ baseUrl: sb.baseUrl, credentials: { vendorId: sb.vendorId, accessKey: sb.accessKey, secretKey: sb.secretKey }, ratePerSecond: rate });
  try {
    const service = createOrdersService({ db, connection: async () => ({ vendorId: sb.vendorId, client }), now: () => new Date(sb.clock.now()) });
    for (const kind of ['full', 'incremental'] as const) {
      const r = await service.sync();
      const perSecond = r.requests / r.seconds;
      results.push({
        metric: `pull.${kind}`,
        orders,
        stored: service.repo.count(sb.vendorId),
        pulled: r.pulled,
        requests: r.requests,
        seconds: r.seconds,
        requestsPerSecond: Math.round(perSecond * 100) / 100,
        configuredRate: rate,
        shareOfCeiling: Math.round((perSecond / rate) * 1000) / 1000,
        ordersPerSecond: Math.round((r.pulled / r.seconds) * 10) / 10,
      });
    }
  } finally {
    db.close();
    await client.close();
    await sb.close();
    rmSync(dir, { recursive: true, force: true });
  }

  const qdir = mkdtempSync(join(tmpdir(), 'wd-bench-query-'));
  const qdb = openDatabase(qdir);
  try {
    const vendorId = 'A00099999';
    const t = performance.now();
    seedSyntheticOrders(qdb, vendorId, 100_000);
    results.push({ metric: 'query.seed100k', seconds: Math.round(performance.now() - t) / 1000 });
    const q = createOrdersQuery(qdb);
    for (const timing of timeTypicalQueries((f, s, d, o, l) => q.list(vendorId, f, s, d, o, l), 7)) {
      results.push({ metric: 'query.100k', query: timing.name, firstMs: timing.firstMs, medianMs: timing.ms, total: timing.total });
    }
  } finally {
    qdb.close();
    rmSync(qdir, { recursive: true, force: true });
  }
  return results;
}
