// Read-only view of the orders store (tables owned by the orders service) for the invoice
// checks: does the store hold this vendor's orders at all, and what it knows of given boxes.
import type { OrderInfo } from '../../shared/invoices';
import { receiverKeyOf } from '../../shared/invoices';
import type { Db } from './db';

export function createInvoiceOrdersQuery(db: Db) {
  // The boxes go in as one JSON array: SQLite walks it (json_each, key = position) and probes the
  // (vendor_id, shipment_box_id) index per box, so a 100,000-row file costs two statements and
  // the answer comes back by position — no string map on either side.
  const s = {
    any: db.prepare('SELECT 1 AS x FROM orders WHERE vendor_id = ? LIMIT 1'),
    raw: db.prepare('SELECT raw_json FROM orders_raw WHERE vendor_id = ? AND shipment_box_id = ?'),
    // Each answer is one JSON text (json_group_array): handing 250,000 rows to JavaScript value by
    // value costs several times the join; one JSON.parse of the text costs a fraction.
    orders: db
      .prepare(
        `SELECT json_group_array(json_array(j.key, o.order_id, o.status, o.invoice_number, o.delivery_company_code, o.claim_pending, o.split_shipping, o.gone_reason))
           FROM json_each(?) j CROSS JOIN orders o ON o.vendor_id = ? AND o.shipment_box_id = j.value`,
      )
      .pluck(),
    items: db
      .prepare(
        `SELECT json_group_array(json_array(pos, vendor_item_id, quantity_to_ship)) FROM (
           SELECT j.key AS pos, i.vendor_item_id, i.quantity_to_ship
             FROM json_each(?) j CROSS JOIN order_items i ON i.vendor_id = ? AND i.shipment_box_id = j.value
            ORDER BY j.key, i.line_no)`,
      )
      .pluck(),
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
    /**
     * What the store knows of these boxes, one entry per box in the same order (undefined where it
     * has none); the receiver is read from the raw sheet only when asked.
     */
    lookup(vendorId: string, shipmentBoxIds: readonly string[]): (OrderInfo | undefined)[] {
      const answer = new Array<OrderInfo | undefined>(shipmentBoxIds.length).fill(undefined);
      if (!shipmentBoxIds.length) return answer;
      const list = JSON.stringify(shipmentBoxIds);
      type OrderRow = [pos: number, orderId: unknown, status: string, invoiceNumber: string | null, deliveryCompanyCode: string | null, claimPending: number, splitShipping: number, goneReason: string | null];
      for (const [pos, orderId, status, invoiceNumber, deliveryCompanyCode, claimPending, splitShipping, goneReason] of JSON.parse(s.orders.get(list, vendorId) as string) as OrderRow[]) {
        const box = shipmentBoxIds[pos];
        const notShipped = status === 'ACCEPT' || status === 'INSTRUCT';
        let key: string | null | undefined;
        answer[pos] = {
          shipmentBoxId: box,
          orderId: String(orderId),
          status: goneReason && notShipped ? 'GONE' : String(status),
          invoiceNumber: invoiceNumber ?? null,
          deliveryCompanyCode: deliveryCompanyCode ?? null,
          claimPending: !!claimPending,
          splitShipping: !!splitShipping,
          items: [],
          get receiverKey() {
            if (key === undefined) key = receiverKey(vendorId, box);
            return key;
          },
        };
      }
      for (const [pos, vendorItemId, quantityToShip] of JSON.parse(s.items.get(list, vendorId) as string) as Array<[number, unknown, unknown]>) {
        answer[pos]?.items.push({ vendorItemId: String(vendorItemId), quantityToShip: Number(quantityToShip) });
      }
      return answer;
    },
  };
}
export type InvoiceOrdersQuery = ReturnType<typeof createInvoiceOrdersQuery>;
