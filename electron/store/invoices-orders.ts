// Read-only view of the orders store (tables owned by the orders service) for the invoice
// checks: does the store hold this vendor's orders at all, and what it knows of given boxes.
import type { OrderInfo, OrderLookup } from '../../shared/invoices';
import { receiverKeyOf } from '../../shared/invoices';
import type { Db } from './db';

const CHUNK = 500;

export function createInvoiceOrdersQuery(db: Db) {
  const s = {
    any: db.prepare('SELECT 1 AS x FROM orders WHERE vendor_id = ? LIMIT 1'),
    raw: db.prepare('SELECT raw_json FROM orders_raw WHERE vendor_id = ? AND shipment_box_id = ?'),
  };
  const ordersIn = new Map<number, any>();
  const itemsIn = new Map<number, any>();
  const stmt = (cache: Map<number, any>, n: number, sql: (marks: string) => string) => {
    let st = cache.get(n);
    if (!st) {
      st = db.prepare(sql(new Array(n).fill('?').join(',')));
      cache.set(n, st);
    }
    return st;
  };

  function receiverKey(vendorId: string, shipmentBoxId: string): string | null {
    const r = s.raw.get(vendorId, shipmentBoxId) as { raw_json: string } | undefined;
    if (!r) return null;
    try {
      const rc = (JSON.parse(r.raw_json) as { receiver?: { name?: unknown; addr1?: unknown; addr2?: unknown } }).receiver ?? {};
      return receiverKeyOf(String(rc.name ?? ''), `${String(rc.addr1 ?? '')} ${String(rc.addr2 ?? '')}`);
    } catch {
      return null;
    }
  }

  return {
    hasOrders(vendorId: string): boolean {
      return !!s.any.get(vendorId);
    },
    /** What the store knows of these boxes; the receiver is read from the raw sheet only when asked. */
    lookup(vendorId: string, shipmentBoxIds: readonly string[]): OrderLookup & { map: Map<string, OrderInfo> } {
      const map = new Map<string, OrderInfo>();
      for (let i = 0; i < shipmentBoxIds.length; i += CHUNK) {
        const ids = shipmentBoxIds.slice(i, i + CHUNK);
        const orders = stmt(ordersIn, ids.length, (m) =>
          `SELECT shipment_box_id, order_id, status, invoice_number, delivery_company_code, claim_pending, split_shipping, gone_reason
             FROM orders WHERE vendor_id = ? AND shipment_box_id IN (${m})`,
        ).all(vendorId, ...ids) as any[];
        for (const o of orders) {
          const box = String(o.shipment_box_id);
          const notShipped = o.status === 'ACCEPT' || o.status === 'INSTRUCT';
          let key: string | null | undefined;
          map.set(box, {
            shipmentBoxId: box,
            orderId: String(o.order_id),
            status: o.gone_reason && notShipped ? 'GONE' : String(o.status),
            invoiceNumber: o.invoice_number ?? null,
            deliveryCompanyCode: o.delivery_company_code ?? null,
            claimPending: !!o.claim_pending,
            splitShipping: !!o.split_shipping,
            items: [],
            get receiverKey() {
              if (key === undefined) key = receiverKey(vendorId, box);
              return key;
            },
          });
        }
        const items = stmt(itemsIn, ids.length, (m) =>
          `SELECT shipment_box_id, vendor_item_id, quantity_to_ship FROM order_items WHERE vendor_id = ? AND shipment_box_id IN (${m}) ORDER BY shipment_box_id, line_no`,
        ).all(vendorId, ...ids) as any[];
        for (const it of items) map.get(String(it.shipment_box_id))?.items.push({ vendorItemId: String(it.vendor_item_id), quantityToShip: Number(it.quantity_to_ship) });
      }
      return { map, get: (id: string) => map.get(id) };
    },
  };
}
export type InvoiceOrdersQuery = ReturnType<typeof createInvoiceOrdersQuery>;
