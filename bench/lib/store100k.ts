// A large seller's local store, built once per `npm run bench` run and copied for each benchmark
// that needs it. Realistic content without pulling 100,000 orders at 8 requests/s: the sandbox
// generates BASE_ORDERS order sheets (Korean names, products, phones, claims, statuses from its
// event engine); each goes through the app's own path — the gateway's JSON, the client's lossless
// parse, normalizeOrderSheet, ordersRepo.upsertOrder — and the stored shipments are then copied
// in SQL into older months (new IDs, earlier dates, delivered) until the store holds `total`.
// The app never runs ANALYZE, so neither does this (query plans are the ones a seller gets).
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSandbox } from '../../sandbox';
import { stringifyJson as sandboxJson } from '../../sandbox/json';
import { sheetView } from '../../sandbox/domains/orders/views';
import { ordersDomain } from '../../sandbox/routes/orders';
import { parseJson } from '../../electron/coupang';
import { openDatabase } from '../../electron/store/db';
import { createOrdersRepo } from '../../electron/store/orders-repo';
import { normalizeOrderSheet } from '../../electron/services/orders/normalize';
import { kstIso } from '../../shared/kst';

/** The demo sandbox of the browser host uses seed 1: the store is that vendor's. */
export const STORE_SEED = 1;
const BASE_ORDERS = 10_000;
const DAY_MS = 24 * 60 * 60 * 1000;
const DB_FILE = 'wingdesk.sqlite';

export interface StoreFixture {
  /** Folder holding the seeded wingdesk.sqlite (read-only: copy it with copyStoreTo). */
  dir: string;
  vendorId: string;
  total: number;
  seconds: number;
}

let cached: Promise<StoreFixture> | null = null;
const made: string[] = [];
process.once('exit', () => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** The seeded store of this run (built on first use). */
export function store100k(total = 100_000): Promise<StoreFixture> {
  cached ??= buildStore(total);
  return cached;
}

/** A fresh data folder holding a copy of the fixture's database. */
export function copyStoreTo(fixture: StoreFixture, dataDir?: string): string {
  const dir = dataDir ?? mkdtempSync(join(tmpdir(), 'wd-bench-data-'));
  if (!dataDir) made.push(dir);
  mkdirSync(dir, { recursive: true });
  for (const suffix of ['', '-wal', '-shm']) {
    const from = join(fixture.dir, DB_FILE + suffix);
    if (existsSync(from)) copyFileSync(from, join(dir, DB_FILE + suffix));
  }
  return dir;
}

async function buildStore(total: number): Promise<StoreFixture> {
  const started = performance.now();
  const dir = mkdtempSync(join(tmpdir(), 'wd-bench-store-'));
  made.push(dir);
  const sb = await startSandbox({ port: 0, seed: STORE_SEED, orders: BASE_ORDERS, timeScale: 0 });
  const vendorId = sb.vendorId;
  const db = openDatabase(dir);
  try {
    const repo = createOrdersRepo(db);
    const now = sb.clock.now();
    const at = kstIso(new Date(now));
    const sheets = (sb.state.store(vendorId).get(ordersDomain) as { sheets: any[] }).sheets.filter((s) => !s.removed);
    const runId = 'bench-seed';
    const batch = db.transaction((list: any[]) => {
      for (const s of list) repo.upsertOrder(vendorId, normalizeOrderSheet(parseJson(sandboxJson(sheetView(s, now)))), { at, source: 'sync', runId });
    });
    for (let i = 0; i < sheets.length; i += 500) batch(sheets.slice(i, i + 500));
    const base = repo.count(vendorId);
    replicate(db, vendorId, base, total);
    db.pragma('wal_checkpoint(TRUNCATE)');
    return { dir, vendorId, total: repo.count(vendorId), seconds: Math.round(performance.now() - started) / 1000 };
  } finally {
    db.close();
    await sb.close();
  }
}

/**
 * Copies the stored shipments into earlier 31-day periods until `total`: copy k gets IDs shifted
 * by k·10^14 (the sandbox's IDs span less than that), dates k·31 days earlier, and — being old —
 * FINAL_DELIVERY with no open claim. Names, phones, products and prices stay as generated.
 */
function replicate(db: ReturnType<typeof openDatabase>, vendorId: string, base: number, total: number) {
  const ids = db.prepare('SELECT id FROM orders WHERE vendor_id = ? ORDER BY id').all(vendorId) as Array<{ id: number }>;
  let remaining = total - base;
  db.exec('CREATE TEMP TABLE IF NOT EXISTS bench_src (id INTEGER PRIMARY KEY)');
  const fill = db.prepare('INSERT INTO bench_src (id) VALUES (?)');
  for (let k = 1; remaining > 0; k++) {
    const take = Math.min(remaining, ids.length);
    const p = { vendorId, off: `${k}00000000000000`, shift: k * 31 * DAY_MS };
    db.transaction(() => {
      db.exec('DELETE FROM bench_src');
      for (let i = 0; i < take; i++) fill.run(ids[i].id);
      db.prepare(
        `INSERT INTO orders (vendor_id, shipment_box_id, order_id, status, ordered_at, ordered_ms, paid_at, receiver_name,
           receiver_phone_last4, receiver_phone_digits, receiver_hash, search_text, product_summary, item_count, quantity_to_ship,
           order_price, delivery_company_code, delivery_company_name, invoice_number, split_shipping, able_split_shipping,
           claim_pending, receiver_changed, receiver_verified, gone_reason, raw_hash, status_source, status_changed_at,
           seen_run, seen_at, created_at, updated_at)
         SELECT vendor_id, CAST(CAST(shipment_box_id AS INTEGER) + CAST(@off AS INTEGER) AS TEXT),
           CAST(CAST(order_id AS INTEGER) + CAST(@off AS INTEGER) AS TEXT),
           CASE WHEN gone_reason IS NULL THEN 'FINAL_DELIVERY' ELSE status END,
           strftime('%Y-%m-%dT%H:%M:%S+09:00', (ordered_ms - @shift) / 1000 + 32400, 'unixepoch'), ordered_ms - @shift,
           CASE WHEN paid_at IS NULL THEN NULL ELSE strftime('%Y-%m-%dT%H:%M:%S+09:00', (ordered_ms - @shift) / 1000 + 32400, 'unixepoch') END,
           receiver_name, receiver_phone_last4, receiver_phone_digits, receiver_hash, search_text, product_summary, item_count,
           quantity_to_ship, order_price, delivery_company_code, delivery_company_name, invoice_number, split_shipping,
           able_split_shipping, 0, 0, 1, gone_reason, raw_hash, status_source, status_changed_at, seen_run, seen_at, created_at, updated_at
         FROM orders WHERE id IN (SELECT id FROM bench_src) ORDER BY ordered_ms`,
      ).run(p);
      db.prepare(
        `INSERT INTO order_items (vendor_id, shipment_box_id, vendor_item_id, line_no, vendor_item_name, seller_product_id,
           seller_product_name, seller_product_item_name, external_vendor_sku_code, shipping_count, cancel_count,
           hold_count_for_cancel, quantity_to_ship, sales_price, order_price, invoice_number, delivery_company_code)
         SELECT i.vendor_id, CAST(CAST(i.shipment_box_id AS INTEGER) + CAST(@off AS INTEGER) AS TEXT), i.vendor_item_id, i.line_no,
           i.vendor_item_name, i.seller_product_id, i.seller_product_name, i.seller_product_item_name, i.external_vendor_sku_code,
           i.shipping_count, i.cancel_count, i.hold_count_for_cancel, i.quantity_to_ship, i.sales_price, i.order_price,
           i.invoice_number, i.delivery_company_code
         FROM order_items i JOIN orders o ON o.vendor_id = i.vendor_id AND o.shipment_box_id = i.shipment_box_id
         WHERE o.id IN (SELECT id FROM bench_src)`,
      ).run({ off: p.off });
      db.prepare(
        `INSERT INTO orders_raw (vendor_id, shipment_box_id, raw_json)
         SELECT r.vendor_id, CAST(CAST(r.shipment_box_id AS INTEGER) + CAST(@off AS INTEGER) AS TEXT), r.raw_json
         FROM orders_raw r JOIN orders o ON o.vendor_id = r.vendor_id AND o.shipment_box_id = r.shipment_box_id
         WHERE o.id IN (SELECT id FROM bench_src)`,
      ).run({ off: p.off });
      db.prepare(
        `INSERT INTO order_status_history (vendor_id, shipment_box_id, status, at, source)
         SELECT o.vendor_id, CAST(CAST(o.shipment_box_id AS INTEGER) + CAST(@off AS INTEGER) AS TEXT), 'FINAL_DELIVERY', o.seen_at, 'sync'
         FROM orders o WHERE o.id IN (SELECT id FROM bench_src)`,
      ).run({ off: p.off });
    })();
    remaining -= take;
  }
  db.exec('DROP TABLE IF EXISTS bench_src');
}
