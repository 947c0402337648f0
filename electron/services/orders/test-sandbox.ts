// Helpers for the orders integration tests against the real sandbox (not used at run time).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { admin, sandboxClient, type Sandbox } from '../../coupang/test-sandbox';
import { openDatabase, type Db } from '../../store/db';
import { createSettingsRepo } from '../../store/settings-repo';
import { createOrdersService, type OrdersService, type OrdersServiceDeps } from './service';

export interface CanonicalOrder {
  shipmentBoxId: string;
  orderId: string;
  status: string;
  removed: null | 'cancelled' | 'returned';
  receiver: { name: string; addr1: string; addr2: string; postCode: string };
  items: Array<{ vendorItemId: string; shippingCount: number; cancelCount: number; holdCountForCancel: number }>;
  invoiceNumber: string;
  visibleInLists: boolean;
}

export interface Canonical {
  now: string;
  orders: CanonicalOrder[];
  receipts: Array<{ receiptId: string; orderId: string; receiptType: string; receiptStatus: string; items: Array<{ shipmentBoxId: string; vendorItemId: string; cancelCount: number }> }>;
}

export async function canonical(sb: Sandbox): Promise<Canonical> {
  return admin(sb, 'GET', `/orders?vendorId=${sb.vendorId}`);
}

export interface Harness {
  dir: string;
  db: Db;
  service: OrdersService;
  close(): Promise<void>;
}

/** A service on its own SQLite file, talking to the sandbox with the sandbox's clock as "now". */
export function harness(sb: Sandbox, extra: Partial<OrdersServiceDeps> & { dir?: string; rate?: number } = {}): Harness {
  const dir = extra.dir ?? mkdtempSync(join(tmpdir(), 'wd-orders-it-'));
  const db = openDatabase(dir);
  const client = sandboxClient(sb, { ratePerSecond: extra.rate ?? 8, limiter: { slowdownMs: 1000 } });
  const service = createOrdersService({
    db,
    settings: createSettingsRepo(db),
    connection: async () => ({ vendorId: sb.vendorId, client }),
    now: () => new Date(sb.clock.now()),
    ...extra,
  });
  return {
    dir,
    db,
    service,
    async close() {
      await service.stopBackground();
      db.close();
      await client.close();
      if (!extra.dir) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** What the store holds, in the canonical list's terms. */
export function storeSnapshot(db: Db, vendorId: string) {
  const rows = db.prepare('SELECT shipment_box_id, order_id, status, gone_reason FROM orders WHERE vendor_id = ? ORDER BY shipment_box_id').all(vendorId) as Array<{
    shipment_box_id: string;
    order_id: string;
    status: string;
    gone_reason: string | null;
  }>;
  const items = db.prepare('SELECT shipment_box_id, vendor_item_id, shipping_count, cancel_count, hold_count_for_cancel FROM order_items WHERE vendor_id = ? ORDER BY shipment_box_id, vendor_item_id').all(vendorId) as any[];
  const byBox = new Map<string, string[]>();
  for (const i of items) {
    const list = byBox.get(i.shipment_box_id) ?? [];
    list.push(`${i.vendor_item_id}:${i.shipping_count}/${i.cancel_count}/${i.hold_count_for_cancel}`);
    byBox.set(i.shipment_box_id, list);
  }
  return rows.map((r) => ({ shipmentBoxId: r.shipment_box_id, orderId: r.order_id, status: r.status, gone: r.gone_reason !== null, items: (byBox.get(r.shipment_box_id) ?? []).join(',') }));
}

export function canonicalSnapshot(c: Canonical) {
  return c.orders
    .filter((o) => o.visibleInLists)
    .map((o) => ({
      shipmentBoxId: o.shipmentBoxId,
      orderId: o.orderId,
      status: o.status,
      gone: false,
      items: [...o.items]
        .sort((a, b) => (a.vendorItemId < b.vendorItemId ? -1 : 1))
        .map((i) => `${i.vendorItemId}:${i.shippingCount}/${i.cancelCount}/${i.holdCountForCancel}`)
        .join(','),
    }))
    .sort((a, b) => (a.shipmentBoxId < b.shipmentBoxId ? -1 : 1));
}

export function randomDigits(n: number): string {
  let s = String(1 + Math.floor(Math.random() * 9));
  while (s.length < n) s += String(Math.floor(Math.random() * 10));
  return s;
}
