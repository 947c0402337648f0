// Orders store: shipments with their items, the local status history, claims and the link
// between them. Writes are idempotent upserts keyed by (vendorId, shipmentBoxId) /
// (vendorId, receiptId), so reading the same page twice never duplicates anything.
import { computeClaimPending, type ClaimLike } from '../../shared/orders/claims';
import { statusRank } from '../../shared/orders/status';
import type { NormalizedClaim, NormalizedOrder, NormalizedReceiver } from '../services/orders/normalize';
import type { Db } from './db';

export type StatusSource = 'sync' | 'coupang' | 'action';
export type UpsertOutcome = 'inserted' | 'updated' | 'unchanged';
export type ClaimKind = 'RELEASE_STOP' | 'CANCEL';

export interface UpsertContext {
  /** Time of observation (ISO). */
  at: string;
  source: StatusSource;
  /** The sync run reading this page: a status seen earlier in the same run is not rolled back by a page read before it moved. */
  runId?: string | null;
  /**
   * A status set by one of our own actions within this many ms is not rolled back by list data:
   * the lists can lag behind a successful call (rules-orders.md 14, 33).
   */
  actionGuardMs?: number;
}

export interface OrderRecord {
  vendorId: string;
  shipmentBoxId: string;
  orderId: string;
  status: string;
  orderedAt: string;
  orderedMs: number;
  paidAt: string | null;
  receiverName: string;
  receiverPhoneLast4: string;
  productSummary: string;
  itemCount: number;
  quantityToShip: number;
  orderPrice: number;
  deliveryCompanyCode: string | null;
  deliveryCompanyName: string | null;
  invoiceNumber: string | null;
  splitShipping: boolean;
  ableSplitShipping: boolean;
  claimPending: boolean;
  receiverChanged: boolean;
  receiverVerified: boolean;
  goneReason: string | null;
  rawJson: string;
  statusSource: StatusSource;
  statusChangedAt: string;
  seenRun: string | null;
  updatedAt: string;
}

export interface ItemRecord {
  vendorItemId: string;
  lineNo: number;
  vendorItemName: string;
  sellerProductId: string | null;
  sellerProductName: string;
  sellerProductItemName: string;
  externalVendorSkuCode: string | null;
  shippingCount: number;
  cancelCount: number;
  holdCountForCancel: number;
  quantityToShip: number;
  salesPrice: number;
  orderPrice: number;
  invoiceNumber: string | null;
  deliveryCompanyCode: string | null;
}

export interface ClaimRecord {
  receiptId: string;
  kind: ClaimKind;
  orderId: string;
  receiptType: string;
  receiptStatus: string;
  cancelCountSum: number;
  releaseStopStatus: string | null;
  reasonKo: string | null;
  requestedAt: string | null;
  modifiedAt: string | null;
  seenRun: string | null;
  items: Array<{ vendorItemId: string; shipmentBoxId: string; cancelCount: number; purchaseCount: number; releaseStatus: string | null }>;
}

export interface HistoryRecord {
  status: string;
  at: string;
  source: StatusSource;
}

const ORDER_COLUMNS = `vendor_id, shipment_box_id, order_id, status, ordered_at, ordered_ms, paid_at, receiver_name, receiver_phone_last4,
  product_summary, item_count, quantity_to_ship, order_price, delivery_company_code, delivery_company_name, invoice_number,
  split_shipping, able_split_shipping, claim_pending, receiver_changed, receiver_verified, gone_reason, status_source,
  status_changed_at, seen_run, updated_at`;

export function orderFromRow(r: any): OrderRecord {
  return {
    vendorId: r.vendor_id,
    shipmentBoxId: r.shipment_box_id,
    orderId: r.order_id,
    status: r.status,
    orderedAt: r.ordered_at,
    orderedMs: r.ordered_ms,
    paidAt: r.paid_at,
    receiverName: r.receiver_name,
    receiverPhoneLast4: r.receiver_phone_last4,
    productSummary: r.product_summary,
    itemCount: r.item_count,
    quantityToShip: r.quantity_to_ship,
    orderPrice: r.order_price,
    deliveryCompanyCode: r.delivery_company_code,
    deliveryCompanyName: r.delivery_company_name,
    invoiceNumber: r.invoice_number,
    splitShipping: !!r.split_shipping,
    ableSplitShipping: !!r.able_split_shipping,
    claimPending: !!r.claim_pending,
    receiverChanged: !!r.receiver_changed,
    receiverVerified: !!r.receiver_verified,
    goneReason: r.gone_reason,
    rawJson: r.raw_json ?? '',
    statusSource: r.status_source,
    statusChangedAt: r.status_changed_at,
    seenRun: r.seen_run,
    updatedAt: r.updated_at,
  };
}

function itemFromRow(r: any): ItemRecord {
  return {
    vendorItemId: r.vendor_item_id,
    lineNo: r.line_no,
    vendorItemName: r.vendor_item_name,
    sellerProductId: r.seller_product_id,
    sellerProductName: r.seller_product_name,
    sellerProductItemName: r.seller_product_item_name,
    externalVendorSkuCode: r.external_vendor_sku_code,
    shippingCount: r.shipping_count,
    cancelCount: r.cancel_count,
    holdCountForCancel: r.hold_count_for_cancel,
    quantityToShip: r.quantity_to_ship,
    salesPrice: r.sales_price,
    orderPrice: r.order_price,
    invoiceNumber: r.invoice_number,
    deliveryCompanyCode: r.delivery_company_code,
  };
}

export function createOrdersRepo(db: Db) {
  const s = {
    existing: db.prepare(
      `SELECT status, raw_hash, receiver_hash, status_source, status_changed_at, seen_run, delivery_company_code, invoice_number,
              receiver_changed, receiver_verified, gone_reason
         FROM orders WHERE vendor_id = ? AND shipment_box_id = ?`,
    ),
    insert: db.prepare(
      `INSERT INTO orders (vendor_id, shipment_box_id, order_id, status, ordered_at, ordered_ms, paid_at, receiver_name,
         receiver_phone_last4, receiver_phone_digits, receiver_hash, search_text, product_summary, item_count, quantity_to_ship,
         order_price, delivery_company_code, delivery_company_name, invoice_number, split_shipping, able_split_shipping,
         claim_pending, receiver_changed, receiver_verified, gone_reason, raw_hash, status_source, status_changed_at,
         seen_run, seen_at, created_at, updated_at)
       VALUES (@vendorId, @shipmentBoxId, @orderId, @status, @orderedAt, @orderedMs, @paidAt, @receiverName,
         @phoneLast4, @phoneDigits, @receiverHash, @searchText, @productSummary, @itemCount, @quantityToShip,
         @orderPrice, @deliveryCompanyCode, @deliveryCompanyName, @invoiceNumber, @splitShipping, @ableSplitShipping,
         0, 0, @receiverVerified, NULL, @rawHash, @source, @at, @runId, @at, @at, @at)`,
    ),
    rawUpsert: db.prepare(
      `INSERT INTO orders_raw (vendor_id, shipment_box_id, raw_json) VALUES (?, ?, ?)
       ON CONFLICT (vendor_id, shipment_box_id) DO UPDATE SET raw_json = excluded.raw_json`,
    ),
    update: db.prepare(
      `UPDATE orders SET order_id = @orderId, status = @status, ordered_at = @orderedAt, ordered_ms = @orderedMs, paid_at = @paidAt,
         receiver_name = @receiverName, receiver_phone_last4 = @phoneLast4, receiver_phone_digits = @phoneDigits,
         receiver_hash = @receiverHash, search_text = @searchText, product_summary = @productSummary, item_count = @itemCount,
         quantity_to_ship = @quantityToShip, order_price = @orderPrice, delivery_company_code = @deliveryCompanyCode,
         delivery_company_name = @deliveryCompanyName, invoice_number = @invoiceNumber, split_shipping = @splitShipping,
         able_split_shipping = @ableSplitShipping, receiver_changed = @receiverChanged, receiver_verified = @receiverVerified,
         gone_reason = NULL, raw_hash = @rawHash, status_source = @statusSource,
         status_changed_at = @statusChangedAt, seen_run = COALESCE(@runId, seen_run), seen_at = @at,
         updated_at = CASE WHEN @changed = 1 THEN @at ELSE updated_at END
       WHERE vendor_id = @vendorId AND shipment_box_id = @shipmentBoxId`,
    ),
    itemsOf: db.prepare('SELECT * FROM order_items WHERE vendor_id = ? AND shipment_box_id = ? ORDER BY line_no'),
    deleteItems: db.prepare('DELETE FROM order_items WHERE vendor_id = ? AND shipment_box_id = ?'),
    insertItem: db.prepare(
      `INSERT INTO order_items (vendor_id, shipment_box_id, vendor_item_id, line_no, vendor_item_name, seller_product_id,
         seller_product_name, seller_product_item_name, external_vendor_sku_code, shipping_count, cancel_count,
         hold_count_for_cancel, quantity_to_ship, sales_price, order_price, invoice_number, delivery_company_code)
       VALUES (@vendorId, @shipmentBoxId, @vendorItemId, @lineNo, @vendorItemName, @sellerProductId, @sellerProductName,
         @sellerProductItemName, @externalVendorSkuCode, @shippingCount, @cancelCount, @holdCountForCancel, @quantityToShip,
         @salesPrice, @orderPrice, @invoiceNumber, @deliveryCompanyCode)`,
    ),
    history: db.prepare('INSERT INTO order_status_history (vendor_id, shipment_box_id, status, at, source) VALUES (?, ?, ?, ?, ?)'),
    historyOf: db.prepare('SELECT status, at, source FROM order_status_history WHERE vendor_id = ? AND shipment_box_id = ? ORDER BY id'),
    get: db.prepare(
      `SELECT ${ORDER_COLUMNS}, (SELECT raw_json FROM orders_raw r WHERE r.vendor_id = o.vendor_id AND r.shipment_box_id = o.shipment_box_id) AS raw_json
         FROM orders o WHERE vendor_id = ? AND shipment_box_id = ?`,
    ),
    receiverOf: db.prepare('SELECT raw_json FROM orders_raw WHERE vendor_id = ? AND shipment_box_id = ?'),
    setStatus: db.prepare(
      `UPDATE orders SET status = @status, status_source = @source, status_changed_at = @at, updated_at = @at
        WHERE vendor_id = @vendorId AND shipment_box_id = @shipmentBoxId`,
    ),
    setInvoice: db.prepare(
      `UPDATE orders SET delivery_company_code = @code, invoice_number = @invoice, receiver_changed = 0, updated_at = @at
        WHERE vendor_id = @vendorId AND shipment_box_id = @shipmentBoxId`,
    ),
    setItemInvoice: db.prepare(
      `UPDATE order_items SET delivery_company_code = @code, invoice_number = @invoice
        WHERE vendor_id = @vendorId AND shipment_box_id = @shipmentBoxId`,
    ),
    setGone: db.prepare(
      `UPDATE orders SET gone_reason = @reason, seen_run = COALESCE(@runId, seen_run), seen_at = @at, updated_at = @at
        WHERE vendor_id = @vendorId AND shipment_box_id = @shipmentBoxId`,
    ),
    markSeen: db.prepare('UPDATE orders SET seen_run = ? WHERE vendor_id = ? AND shipment_box_id = ?'),
    markClaimSeen: db.prepare('UPDATE order_claims SET seen_run = ? WHERE vendor_id = ? AND receipt_id = ?'),
    claimPendingSet: db.prepare('UPDATE orders SET claim_pending = ? WHERE vendor_id = ? AND shipment_box_id = ? AND claim_pending != ?'),
    orderLink: db.prepare('SELECT order_id, status, gone_reason FROM orders WHERE vendor_id = ? AND shipment_box_id = ?'),
    claimsForBox: db.prepare(
      `SELECT DISTINCT c.* FROM order_claims c JOIN order_claim_items ci ON ci.vendor_id = c.vendor_id AND ci.receipt_id = c.receipt_id
        WHERE c.vendor_id = @vendorId AND (ci.shipment_box_id = @shipmentBoxId
          OR (ci.shipment_box_id = '' AND c.order_id = @orderId AND ci.vendor_item_id IN
               (SELECT vendor_item_id FROM order_items WHERE vendor_id = @vendorId AND shipment_box_id = @shipmentBoxId)))
        ORDER BY c.requested_at, c.receipt_id`,
    ),
    claimItems: db.prepare('SELECT vendor_item_id, shipment_box_id, cancel_count, purchase_count, release_status FROM order_claim_items WHERE vendor_id = ? AND receipt_id = ?'),
    claimGet: db.prepare('SELECT * FROM order_claims WHERE vendor_id = ? AND receipt_id = ?'),
    claimUpsert: db.prepare(
      `INSERT INTO order_claims (vendor_id, receipt_id, kind, order_id, receipt_type, receipt_status, cancel_count_sum,
         release_stop_status, reason_ko, requested_at, modified_at, raw_json, seen_run, seen_at, updated_at)
       VALUES (@vendorId, @receiptId, @kind, @orderId, @receiptType, @receiptStatus, @cancelCountSum, @releaseStopStatus,
         @reasonKo, @requestedAt, @modifiedAt, @rawJson, @runId, @at, @at)
       ON CONFLICT (vendor_id, receipt_id) DO UPDATE SET
         order_id = excluded.order_id, receipt_type = excluded.receipt_type, receipt_status = excluded.receipt_status,
         cancel_count_sum = excluded.cancel_count_sum, release_stop_status = excluded.release_stop_status,
         reason_ko = excluded.reason_ko, requested_at = excluded.requested_at, modified_at = excluded.modified_at,
         raw_json = excluded.raw_json, seen_run = COALESCE(excluded.seen_run, order_claims.seen_run), seen_at = excluded.seen_at,
         updated_at = CASE WHEN order_claims.raw_json != excluded.raw_json THEN excluded.updated_at ELSE order_claims.updated_at END`,
    ),
    claimItemsDelete: db.prepare('DELETE FROM order_claim_items WHERE vendor_id = ? AND receipt_id = ?'),
    claimItemInsert: db.prepare(
      `INSERT OR REPLACE INTO order_claim_items (vendor_id, receipt_id, vendor_item_id, shipment_box_id, cancel_count, purchase_count, release_status)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ),
    claimSetStatus: db.prepare('UPDATE order_claims SET receipt_status = ?, updated_at = ? WHERE vendor_id = ? AND receipt_id = ?'),
    boxesOfOrderItem: db.prepare(
      `SELECT DISTINCT o.shipment_box_id FROM orders o JOIN order_items i ON i.vendor_id = o.vendor_id AND i.shipment_box_id = o.shipment_box_id
        WHERE o.vendor_id = ? AND o.order_id = ? AND i.vendor_item_id = ?`,
    ),
    boxesOfOrder: db.prepare('SELECT shipment_box_id FROM orders WHERE vendor_id = ? AND order_id = ?'),
    count: db.prepare('SELECT COUNT(*) AS n FROM orders WHERE vendor_id = ?'),
  };

  function claimFromRow(r: any): ClaimRecord {
    return {
      receiptId: r.receipt_id,
      kind: r.kind,
      orderId: r.order_id,
      receiptType: r.receipt_type,
      receiptStatus: r.receipt_status,
      cancelCountSum: r.cancel_count_sum,
      releaseStopStatus: r.release_stop_status,
      reasonKo: r.reason_ko,
      requestedAt: r.requested_at,
      modifiedAt: r.modified_at,
      seenRun: r.seen_run,
      items: (s.claimItems.all(r.vendor_id, r.receipt_id) as any[]).map((i) => ({
        vendorItemId: i.vendor_item_id,
        shipmentBoxId: i.shipment_box_id,
        cancelCount: i.cancel_count,
        purchaseCount: i.purchase_count,
        releaseStatus: i.release_status,
      })),
    };
  }

  function claimsForShipment(vendorId: string, shipmentBoxId: string): ClaimRecord[] {
    const link = s.orderLink.get(vendorId, shipmentBoxId) as { order_id: string } | undefined;
    if (!link) return [];
    return (s.claimsForBox.all({ vendorId, shipmentBoxId, orderId: link.order_id }) as any[]).map(claimFromRow);
  }

  function items(vendorId: string, shipmentBoxId: string): ItemRecord[] {
    return (s.itemsOf.all(vendorId, shipmentBoxId) as any[]).map(itemFromRow);
  }

  /** Recomputes the hold flag of one shipment from its items and linked claims. */
  function recomputeClaimPending(vendorId: string, shipmentBoxId: string): boolean {
    const link = s.orderLink.get(vendorId, shipmentBoxId) as { order_id: string; status: string; gone_reason: string | null } | undefined;
    if (!link) return false;
    const claims: ClaimLike[] = claimsForShipment(vendorId, shipmentBoxId).map((c) => ({
      kind: c.kind,
      receiptStatus: c.receiptStatus,
      items: c.items.filter((i) => i.shipmentBoxId === '' || i.shipmentBoxId === shipmentBoxId),
    }));
    const notShippedYet = link.status === 'ACCEPT' || link.status === 'INSTRUCT';
    // Once Coupang reports the box cancelled/returned its sheet no longer changes: only an
    // unanswered stop-shipment request still needs the seller.
    const pending = link.gone_reason
      ? notShippedYet && claims.some((c) => c.kind === 'RELEASE_STOP' && c.receiptStatus === 'RELEASE_STOP_UNCHECKED')
      : computeClaimPending(items(vendorId, shipmentBoxId), claims);
    s.claimPendingSet.run(pending ? 1 : 0, vendorId, shipmentBoxId, pending ? 1 : 0);
    return pending;
  }

  const upsertTx = db.transaction((vendorId: string, n: NormalizedOrder, ctx: UpsertContext): UpsertOutcome => {
    const ex = s.existing.get(vendorId, n.shipmentBoxId) as any;
    const base = {
      vendorId,
      shipmentBoxId: n.shipmentBoxId,
      orderId: n.orderId,
      orderedAt: n.orderedAt,
      orderedMs: n.orderedMs,
      paidAt: n.paidAt,
      receiverName: n.receiver.name,
      phoneLast4: n.receiverPhoneLast4,
      phoneDigits: n.receiverPhoneDigits,
      receiverHash: n.receiverHash,
      searchText: n.searchText,
      productSummary: n.productSummary,
      itemCount: n.items.length,
      quantityToShip: n.quantityToShip,
      orderPrice: n.orderPrice,
      deliveryCompanyName: n.deliveryCompanyName,
      splitShipping: n.splitShipping ? 1 : 0,
      ableSplitShipping: n.ableSplitShipping ? 1 : 0,
      rawJson: n.rawJson,
      rawHash: n.rawHash,
      at: ctx.at,
      runId: ctx.runId ?? null,
    };
    let outcome: UpsertOutcome;
    let status = n.status;
    const keepInvoice = new Map<string, { invoice: string | null; code: string | null }>();
    if (!ex) {
      s.insert.run({
        ...base,
        status,
        deliveryCompanyCode: n.deliveryCompanyCode,
        invoiceNumber: n.invoiceNumber,
        receiverVerified: status !== 'ACCEPT' ? 1 : 0,
        source: ctx.source,
      });
      s.rawUpsert.run(vendorId, n.shipmentBoxId, n.rawJson);
      s.history.run(vendorId, n.shipmentBoxId, status, ctx.at, ctx.source);
      outcome = 'inserted';
    } else {
      const incomingRank = statusRank(n.status);
      const currentRank = statusRank(ex.status);
      const sameRunNewer = !!ctx.runId && ex.seen_run === ctx.runId && currentRank > incomingRank;
      const guardMs = ctx.actionGuardMs ?? 0;
      const recentAction =
        ex.status_source === 'action' && guardMs > 0 && Date.parse(ctx.at) - Date.parse(ex.status_changed_at) < guardMs && currentRank > incomingRank;
      if (sameRunNewer || recentAction) status = ex.status;
      const statusChanged = status !== ex.status;
      if (statusChanged) s.history.run(vendorId, n.shipmentBoxId, status, ctx.at, ctx.source);
      const receiverChanged = ex.receiver_hash !== '' && ex.receiver_hash !== n.receiverHash ? 1 : ex.receiver_changed;
      const changed = statusChanged || ex.raw_hash !== n.rawHash;
      for (const it of items(vendorId, n.shipmentBoxId)) keepInvoice.set(it.vendorItemId, { invoice: it.invoiceNumber, code: it.deliveryCompanyCode });
      s.update.run({
        ...base,
        status,
        deliveryCompanyCode: n.deliveryCompanyCode ?? (n.invoiceNumber && n.invoiceNumber !== ex.invoice_number ? null : ex.delivery_company_code),
        invoiceNumber: n.invoiceNumber ?? ex.invoice_number,
        receiverChanged: statusRank(status) > statusRank('INSTRUCT') ? 0 : receiverChanged,
        receiverVerified: ex.receiver_verified || status !== 'ACCEPT' ? 1 : 0,
        statusSource: statusChanged ? ctx.source : ex.status_source,
        statusChangedAt: statusChanged ? ctx.at : ex.status_changed_at,
        changed: changed ? 1 : 0,
      });
      if (ex.raw_hash !== n.rawHash) s.rawUpsert.run(vendorId, n.shipmentBoxId, n.rawJson);
      outcome = changed ? 'updated' : 'unchanged';
      if (!changed && ex.gone_reason === null) {
        // Same sheet as before: items are unchanged, skip rewriting them.
        return outcome;
      }
      s.deleteItems.run(vendorId, n.shipmentBoxId);
    }
    for (const it of n.items) {
      const kept = keepInvoice.get(it.vendorItemId);
      s.insertItem.run({
        vendorId,
        shipmentBoxId: n.shipmentBoxId,
        ...it,
        invoiceNumber: kept?.invoice ?? null,
        deliveryCompanyCode: kept?.code ?? null,
      });
    }
    recomputeClaimPending(vendorId, n.shipmentBoxId);
    return outcome;
  });

  const claimTx = db.transaction((vendorId: string, kind: ClaimKind, c: NormalizedClaim, at: string, runId: string | null) => {
    const before = s.claimGet.get(vendorId, c.receiptId) as any;
    // A receipt we answered ourselves keeps our local outcome until Coupang reports it moved on.
    const keepLocal = before && (before.receipt_status === 'STOP_SHIPMENT_DONE' || before.receipt_status === 'ALREADY_SHIPPED_DONE') && c.receiptStatus === 'RELEASE_STOP_UNCHECKED';
    s.claimUpsert.run({
      vendorId,
      receiptId: c.receiptId,
      kind: before?.kind ?? kind,
      orderId: c.orderId,
      receiptType: c.receiptType,
      receiptStatus: keepLocal ? before.receipt_status : c.receiptStatus,
      cancelCountSum: c.cancelCountSum,
      releaseStopStatus: c.releaseStopStatus,
      reasonKo: c.reasonKo,
      requestedAt: c.requestedAt,
      modifiedAt: c.modifiedAt,
      rawJson: c.rawJson,
      runId,
      at,
    });
    s.claimItemsDelete.run(vendorId, c.receiptId);
    const boxes = new Set<string>();
    for (const it of c.items) {
      s.claimItemInsert.run(vendorId, c.receiptId, it.vendorItemId, it.shipmentBoxId, it.cancelCount, it.purchaseCount, it.releaseStatus);
      if (it.shipmentBoxId) boxes.add(it.shipmentBoxId);
      else for (const r of s.boxesOfOrderItem.all(vendorId, c.orderId, it.vendorItemId) as any[]) boxes.add(r.shipment_box_id);
    }
    if (c.items.length === 0) for (const r of s.boxesOfOrder.all(vendorId, c.orderId) as any[]) boxes.add(r.shipment_box_id);
    for (const b of boxes) recomputeClaimPending(vendorId, b);
    return !before || before.raw_json !== c.rawJson;
  });

  return {
    /** Inserts or refreshes one shipment; appends a history row only when its status changes. */
    upsertOrder(vendorId: string, order: NormalizedOrder, ctx: UpsertContext): UpsertOutcome {
      return upsertTx(vendorId, order, ctx);
    },
    upsertClaim(vendorId: string, kind: ClaimKind, claim: NormalizedClaim, at: string, runId: string | null = null): boolean {
      return claimTx(vendorId, kind, claim, at, runId);
    },
    get(vendorId: string, shipmentBoxId: string): OrderRecord | null {
      const r = s.get.get(vendorId, shipmentBoxId);
      return r ? orderFromRow(r) : null;
    },
    items,
    history(vendorId: string, shipmentBoxId: string): HistoryRecord[] {
      return s.historyOf.all(vendorId, shipmentBoxId) as HistoryRecord[];
    },
    claimsForShipment,
    claim(vendorId: string, receiptId: string): ClaimRecord | null {
      const r = s.claimGet.get(vendorId, receiptId);
      return r ? claimFromRow(r) : null;
    },
    receiver(vendorId: string, shipmentBoxId: string): { receiver: NormalizedReceiver; orderer: { name: string; safeNumber: string; ordererNumber: string | null } } | null {
      const r = s.receiverOf.get(vendorId, shipmentBoxId) as { raw_json: string } | undefined;
      if (!r) return null;
      const raw = JSON.parse(r.raw_json) as any;
      const rc = raw.receiver ?? {};
      const od = raw.orderer ?? {};
      const str = (v: unknown) => (v === undefined || v === null ? '' : String(v));
      return {
        receiver: { name: str(rc.name), safeNumber: str(rc.safeNumber), receiverNumber: rc.receiverNumber ?? null, addr1: str(rc.addr1), addr2: str(rc.addr2), postCode: str(rc.postCode) },
        orderer: { name: str(od.name), safeNumber: str(od.safeNumber), ordererNumber: od.ordererNumber ?? null },
      };
    },
    /** A status learned from one of our own actions (Coupang confirmed it). */
    setStatusFromAction(vendorId: string, shipmentBoxId: string, status: string, at: string): void {
      db.transaction(() => {
        const cur = s.get.get(vendorId, shipmentBoxId) as any;
        if (!cur || cur.status === status) return;
        s.setStatus.run({ vendorId, shipmentBoxId, status, source: 'action', at });
        s.history.run(vendorId, shipmentBoxId, status, at, 'action');
        recomputeClaimPending(vendorId, shipmentBoxId);
      })();
    },
    setInvoice(vendorId: string, shipmentBoxId: string, code: string, invoice: string, at: string): void {
      s.setInvoice.run({ vendorId, shipmentBoxId, code, invoice, at });
      s.setItemInvoice.run({ vendorId, shipmentBoxId, code, invoice });
    },
    /** Coupang answered a single read with "cancelled or returned" (rules-orders.md 23). */
    setGone(vendorId: string, shipmentBoxId: string, reason: string, at: string, runId: string | null = null): void {
      db.transaction(() => {
        s.setGone.run({ vendorId, shipmentBoxId, reason, at, runId });
        recomputeClaimPending(vendorId, shipmentBoxId);
      })();
    },
    markSeen(vendorId: string, shipmentBoxId: string, runId: string): void {
      s.markSeen.run(runId, vendorId, shipmentBoxId);
    },
    markClaimSeen(vendorId: string, receiptId: string, runId: string): void {
      s.markClaimSeen.run(runId, vendorId, receiptId);
    },
    setClaimStatus(vendorId: string, receiptId: string, status: string, at: string): void {
      db.transaction(() => {
        s.claimSetStatus.run(status, at, vendorId, receiptId);
        const c = s.claimGet.get(vendorId, receiptId) as any;
        if (!c) return;
        const boxes = new Set<string>();
        for (const it of s.claimItems.all(vendorId, receiptId) as any[]) {
          if (it.shipment_box_id) boxes.add(it.shipment_box_id);
          else for (const r of s.boxesOfOrderItem.all(vendorId, c.order_id, it.vendor_item_id) as any[]) boxes.add(r.shipment_box_id);
        }
        for (const b of boxes) recomputeClaimPending(vendorId, b);
      })();
    },
    recomputeClaimPending,
    count(vendorId: string): number {
      return (s.count.get(vendorId) as { n: number }).n;
    },
  };
}
export type OrdersRepo = ReturnType<typeof createOrdersRepo>;
