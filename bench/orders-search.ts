// Local order search over a large seller's store: 100,000 shipments in SQLite (bench/lib/store100k:
// sandbox-generated names, phones, products, copied into earlier months), 50 mixed searches as a
// seller types them — receiver names (whole and partial), phone digits, shipment/order IDs (whole
// and their beginning), product words (short and long) — each through the orders service's list
// call (what the orders.list IPC runs: tab counts + the first page of 200 rows, newest first).
// Each search is timed once, the first time it is asked (its tab counts are not cached yet), after
// a warm-up with other searches. Target: p95 <= 30 ms.
import { openDatabase } from '../electron/store/db';
import { createOrdersService } from '../electron/services/orders/service';
import { timeTypicalQueries } from '../electron/services/orders/synthetic';
import { copyStoreTo, store100k } from './lib/store100k';
import { percentile } from './lib/stats';
import { round, type Metric } from './lib/results';

const TARGET_P95_MS = 30;
const PAGE = 200;

type Kind = 'name' | 'name part' | 'phone last 4' | 'phone digits' | 'shipment id' | 'order id' | 'id beginning' | 'product word';

/** Deterministic pick (no Math.random: the same store gives the same 50 searches). */
function pick<T>(list: T[], n: number, salt: number): T[] {
  const out: T[] = [];
  const used = new Set<number>();
  let x = 2166136261 ^ salt;
  while (out.length < Math.min(n, list.length)) {
    x = Math.imul(x ^ (x >>> 13), 1597334677) >>> 0;
    const i = x % list.length;
    if (used.has(i)) continue;
    used.add(i);
    out.push(list[i]);
  }
  return out;
}

export function searches(db: ReturnType<typeof openDatabase>, vendorId: string): Array<{ kind: Kind; q: string }> {
  const col = <T>(sql: string) => (db.prepare(sql).all(vendorId) as Array<{ v: T }>).map((r) => r.v);
  const names = col<string>(`SELECT receiver_name AS v FROM orders WHERE vendor_id = ? AND length(receiver_name) = 3 GROUP BY receiver_name ORDER BY receiver_name`);
  const phones = col<string>(`SELECT DISTINCT receiver_phone_last4 AS v FROM orders WHERE vendor_id = ? AND receiver_phone_last4 != '' ORDER BY 1`);
  const boxes = col<string>(`SELECT shipment_box_id AS v FROM orders WHERE vendor_id = ? ORDER BY id`);
  const orderIds = col<string>(`SELECT order_id AS v FROM orders WHERE vendor_id = ? ORDER BY id`);
  const products = col<string>(`SELECT DISTINCT product_summary AS v FROM orders WHERE vendor_id = ? ORDER BY 1`);
  const words = [...new Set(products.flatMap((p) => p.split(/[\s,/()]+/)).filter((w) => /^[가-힣]{2,}$/.test(w) || /^[가-힣A-Za-z0-9]{3,}$/.test(w)))].sort();
  const short = words.filter((w) => [...w].length === 2);
  const long = words.filter((w) => [...w].length >= 3);
  const out: Array<{ kind: Kind; q: string }> = [
    ...pick(names, 12, 1).map((q) => ({ kind: 'name' as const, q })),
    ...pick(names, 3, 2).map((q) => ({ kind: 'name part' as const, q: q.slice(0, 2) })),
    ...pick(names, 3, 3).map((q) => ({ kind: 'name part' as const, q: q.slice(1) })),
    ...pick(phones, 10, 4).map((q) => ({ kind: 'phone last 4' as const, q })),
    ...pick(phones, 2, 5).map((q) => ({ kind: 'phone digits' as const, q: q.slice(1) })),
    ...pick(boxes, 5, 6).map((q) => ({ kind: 'shipment id' as const, q })),
    ...pick(orderIds, 3, 7).map((q) => ({ kind: 'order id' as const, q })),
    ...pick(boxes, 2, 8).map((q) => ({ kind: 'id beginning' as const, q: q.slice(0, 9) })),
    ...pick(long, 6, 9).map((q) => ({ kind: 'product word' as const, q })),
    ...pick(short, 4, 10).map((q) => ({ kind: 'product word' as const, q })),
  ];
  return out;
}

export default async function ordersSearch(): Promise<Metric[]> {
  const fixture = await store100k();
  const db = openDatabase(copyStoreTo(fixture));
  try {
    const { vendorId } = fixture;
    const service = createOrdersService({ db, connection: async () => ({ vendorId, client: null as never }) });
    const list = (search: string) => service.list({ filter: { status: 'ALL', search }, sort: 'orderedAt', desc: true, offset: 0, limit: PAGE });
    const qs = searches(db, vendorId);
    if (qs.length !== 50) throw new Error(`expected 50 searches, made ${qs.length}`);
    // Warm-up: the grid's first page and a few other searches (not among the 50).
    for (const q of ['', '박', '1', '스티커', '0000', '6615']) await list(q);
    const timed: Array<{ kind: Kind; q: string; ms: number; total: number; againMs: number }> = [];
    for (const { kind, q } of qs) {
      const t0 = performance.now();
      const page = await list(q);
      const ms = performance.now() - t0;
      const t1 = performance.now();
      await list(q);
      timed.push({ kind, q, ms, total: page.total, againMs: performance.now() - t1 });
    }
    const ms = timed.map((t) => t.ms);
    const byKind: Record<string, { n: number; maxMs: number; medianMs: number }> = {};
    for (const k of new Set(timed.map((t) => t.kind))) {
      const of = timed.filter((t) => t.kind === k).map((t) => t.ms);
      byKind[k] = { n: of.length, maxMs: round(Math.max(...of), 1), medianMs: round(percentile(of, 50), 1) };
    }
    // The grid's other requests over the same store (the orders engineer's list; searches aside).
    const grid = timeTypicalQueries((f, so, d, o, l) => service.query.list(vendorId, f, so, d, o, l), 5)
      .filter((t) => !t.name.startsWith('검색'))
      .map((t) => ({ query: t.name, firstMs: t.firstMs, medianMs: t.ms, rows: t.total }));
    const slowest = [...timed].sort((a, b) => b.ms - a.ms).slice(0, 5).map((t) => ({ kind: t.kind, q: t.q, ms: round(t.ms, 1), matches: t.total }));
    return [
      {
        name: 'orders.search.p95',
        title: 'local order search (100,000 orders, 50 queries)',
        value: round(percentile(ms, 95), 1),
        unit: 'ms p95',
        target: { op: '<=', value: TARGET_P95_MS, text: `<= ${TARGET_P95_MS} ms` },
        inputs: { orders: fixture.total, queries: qs.length, page: PAGE, call: 'orders service list (tab counts + first page)' },
        details: {
          medianMs: round(percentile(ms, 50), 1),
          maxMs: round(Math.max(...ms), 1),
          repeatP95Ms: round(percentile(timed.map((t) => t.againMs), 95), 1),
          byKind,
          slowest,
          gridQueries: grid,
          storeSeedSeconds: fixture.seconds,
        },
      },
    ];
  } finally {
    db.close();
  }
}
