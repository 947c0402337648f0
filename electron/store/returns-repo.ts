// Local store of the returns screen: return receipts, exchanges, the withdrawal history, the action
// journal and the sync state (migration 7). Reads work offline; the service fills it from Coupang.
import type { Db } from './db';

export interface ReceiptRecord {
  receiptId: string;
  orderId: string;
  receiptType: string;
  receiptStatus: string;
  releaseStop: boolean;
  createdAt: string;
  createdMs: number;
  modifiedAt: string | null;
  requesterName: string;
  productSummary: string;
  searchText: string;
  cancelCountSum: number;
  reasonCode: string | null;
  reasonKo: string;
  faultByType: string | null;
  preRefund: boolean;
  withdrawnAt: string | null;
  rawJson: string;
  seenAt: string;
  updatedAt: string;
}

export interface ExchangeRecord {
  exchangeId: string;
  orderId: string;
  exchangeStatus: string;
  collectStatus: string;
  deliveryStatus: string;
  createdAt: string;
  createdMs: number;
  modifiedAt: string | null;
  customerName: string;
  productSummary: string;
  searchText: string;
  quantity: number;
  reasonCode: string | null;
  reasonKo: string;
  faultType: string | null;
  newShipmentBoxId: string | null;
  rawJson: string;
  seenAt: string;
  updatedAt: string;
}

export interface WithdrawalRecord {
  cancelId: string;
  orderId: string;
  refundDeliveryDuty: string | null;
  withdrawnAt: string;
  withdrawnMs: number;
  vendorItemIds: string[];
  rawJson: string;
  seenAt: string;
}

export type ActionState = 'pending' | 'sent' | 'done' | 'failed' | 'unknown';
export interface ActionEntry {
  id: number;
  targetKind: 'RETURN' | 'EXCHANGE';
  targetId: string;
  action: string;
  payload: unknown;
  state: ActionState;
  messageKo: string;
  createdAt: string;
  finishedAt: string | null;
}

export interface ListFilter {
  /** ALL, OPEN, or one status code. */
  status: string;
  search?: string;
  /** KST instants (ms) bounding createdAt: [fromMs, toMs). */
  fromMs?: number;
  toMs?: number;
}

export const OPEN_RECEIPT_STATUSES = ['RELEASE_STOP_UNCHECKED', 'RETURNS_UNCHECKED', 'VENDOR_WAREHOUSE_CONFIRM'] as const;
export const OPEN_EXCHANGE_STATUSES = ['RECEIPT', 'PROGRESS'] as const;

const receiptFrom = (r: any): ReceiptRecord => ({
  receiptId: r.receipt_id,
  orderId: r.order_id,
  receiptType: r.receipt_type,
  receiptStatus: r.receipt_status,
  releaseStop: !!r.release_stop,
  createdAt: r.created_at,
  createdMs: r.created_ms,
  modifiedAt: r.modified_at,
  requesterName: r.requester_name,
  productSummary: r.product_summary,
  searchText: r.search_text,
  cancelCountSum: r.cancel_count_sum,
  reasonCode: r.reason_code,
  reasonKo: r.reason_ko,
  faultByType: r.fault_by_type,
  preRefund: !!r.pre_refund,
  withdrawnAt: r.withdrawn_at,
  rawJson: r.raw_json,
  seenAt: r.seen_at,
  updatedAt: r.updated_at,
});

const exchangeFrom = (r: any): ExchangeRecord => ({
  exchangeId: r.exchange_id,
  orderId: r.order_id,
  exchangeStatus: r.exchange_status,
  collectStatus: r.collect_status,
  deliveryStatus: r.delivery_status,
  createdAt: r.created_at,
  createdMs: r.created_ms,
  modifiedAt: r.modified_at,
  customerName: r.customer_name,
  productSummary: r.product_summary,
  searchText: r.search_text,
  quantity: r.quantity,
  reasonCode: r.reason_code,
  reasonKo: r.reason_ko,
  faultType: r.fault_type,
  newShipmentBoxId: r.new_shipment_box_id,
  rawJson: r.raw_json,
  seenAt: r.seen_at,
  updatedAt: r.updated_at,
});

const withdrawalFrom = (r: any): WithdrawalRecord => ({
  cancelId: r.cancel_id,
  orderId: r.order_id,
  refundDeliveryDuty: r.refund_delivery_duty,
  withdrawnAt: r.withdrawn_at,
  withdrawnMs: r.withdrawn_ms,
  vendorItemIds: JSON.parse(r.vendor_item_ids_json),
  rawJson: r.raw_json,
  seenAt: r.seen_at,
});

const actionFrom = (r: any): ActionEntry => ({
  id: r.id,
  targetKind: r.target_kind,
  targetId: r.target_id,
  action: r.action,
  payload: JSON.parse(r.payload_json),
  state: r.state,
  messageKo: r.message_ko,
  createdAt: r.created_at,
  finishedAt: r.finished_at,
});

/** WHERE clause (after vendor_id = ?) of a list filter; `open` lists the statuses that still need the seller. */
function where(filter: ListFilter, statusColumn: string, open: readonly string[], extra = ''): { sql: string; args: unknown[] } {
  const parts: string[] = [];
  const args: unknown[] = [];
  if (filter.status === 'OPEN') {
    parts.push(`${statusColumn} IN (${open.map(() => '?').join(', ')})`);
    args.push(...open);
  } else if (filter.status !== 'ALL') {
    parts.push(`${statusColumn} = ?`);
    args.push(filter.status);
  }
  if (filter.fromMs !== undefined) {
    parts.push('created_ms >= ?');
    args.push(filter.fromMs);
  }
  if (filter.toMs !== undefined) {
    parts.push('created_ms < ?');
    args.push(filter.toMs);
  }
  const term = filter.search?.trim().toLowerCase().replace(/[\s-]/g, '');
  if (term) {
    parts.push("search_text LIKE ? ESCAPE '\\'");
    args.push(`%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  }
  if (extra) parts.push(extra);
  return { sql: parts.length ? ` AND ${parts.join(' AND ')}` : '', args };
}

export function createReturnsRepo(db: Db) {
  const s = {
    upsertReceipt: db.prepare(`
      INSERT INTO returns_receipts (vendor_id, receipt_id, order_id, receipt_type, receipt_status, release_stop, created_at, created_ms, modified_at,
        requester_name, product_summary, search_text, cancel_count_sum, reason_code, reason_ko, fault_by_type, pre_refund, withdrawn_at, raw_json, seen_at, updated_at)
      VALUES (@vendorId, @receiptId, @orderId, @receiptType, @receiptStatus, @releaseStop, @createdAt, @createdMs, @modifiedAt,
        @requesterName, @productSummary, @searchText, @cancelCountSum, @reasonCode, @reasonKo, @faultByType, @preRefund, NULL, @rawJson, @seenAt, @seenAt)
      ON CONFLICT (vendor_id, receipt_id) DO UPDATE SET
        order_id = excluded.order_id, receipt_type = excluded.receipt_type, receipt_status = excluded.receipt_status, release_stop = excluded.release_stop,
        created_at = excluded.created_at, created_ms = excluded.created_ms, modified_at = excluded.modified_at, requester_name = excluded.requester_name,
        product_summary = excluded.product_summary, search_text = excluded.search_text, cancel_count_sum = excluded.cancel_count_sum,
        reason_code = excluded.reason_code, reason_ko = excluded.reason_ko, fault_by_type = excluded.fault_by_type, pre_refund = excluded.pre_refund,
        withdrawn_at = NULL, seen_at = excluded.seen_at,
        updated_at = CASE WHEN returns_receipts.raw_json IS excluded.raw_json AND returns_receipts.withdrawn_at IS NULL THEN returns_receipts.updated_at ELSE excluded.seen_at END,
        raw_json = excluded.raw_json
      -- A copy asked for before the stored one is older news (a list page in flight while an action
      -- was read back): it does not overwrite.
      WHERE excluded.seen_at >= returns_receipts.seen_at`),
    getReceipt: db.prepare('SELECT * FROM returns_receipts WHERE vendor_id = ? AND receipt_id = ?'),
    markWithdrawn: db.prepare('UPDATE returns_receipts SET withdrawn_at = ?, updated_at = ? WHERE vendor_id = ? AND receipt_id = ? AND withdrawn_at IS NULL'),
    upsertExchange: db.prepare(`
      INSERT INTO returns_exchanges (vendor_id, exchange_id, order_id, exchange_status, collect_status, delivery_status, created_at, created_ms, modified_at,
        customer_name, product_summary, search_text, quantity, reason_code, reason_ko, fault_type, new_shipment_box_id, raw_json, seen_at, updated_at)
      VALUES (@vendorId, @exchangeId, @orderId, @exchangeStatus, @collectStatus, @deliveryStatus, @createdAt, @createdMs, @modifiedAt,
        @customerName, @productSummary, @searchText, @quantity, @reasonCode, @reasonKo, @faultType, @newShipmentBoxId, @rawJson, @seenAt, @seenAt)
      ON CONFLICT (vendor_id, exchange_id) DO UPDATE SET
        order_id = excluded.order_id, exchange_status = excluded.exchange_status, collect_status = excluded.collect_status, delivery_status = excluded.delivery_status,
        created_at = excluded.created_at, created_ms = excluded.created_ms, modified_at = excluded.modified_at, customer_name = excluded.customer_name,
        product_summary = excluded.product_summary, search_text = excluded.search_text, quantity = excluded.quantity, reason_code = excluded.reason_code,
        reason_ko = excluded.reason_ko, fault_type = excluded.fault_type, new_shipment_box_id = excluded.new_shipment_box_id, seen_at = excluded.seen_at,
        updated_at = CASE WHEN returns_exchanges.raw_json IS excluded.raw_json THEN returns_exchanges.updated_at ELSE excluded.seen_at END,
        raw_json = excluded.raw_json
      WHERE excluded.seen_at >= returns_exchanges.seen_at`),
    getExchange: db.prepare('SELECT * FROM returns_exchanges WHERE vendor_id = ? AND exchange_id = ?'),
    upsertWithdrawal: db.prepare(`
      INSERT INTO returns_withdrawals (vendor_id, cancel_id, order_id, refund_delivery_duty, withdrawn_at, withdrawn_ms, vendor_item_ids_json, raw_json, seen_at)
      VALUES (@vendorId, @cancelId, @orderId, @refundDeliveryDuty, @withdrawnAt, @withdrawnMs, @vendorItemIdsJson, @rawJson, @seenAt)
      ON CONFLICT (vendor_id, cancel_id) DO UPDATE SET order_id = excluded.order_id, refund_delivery_duty = excluded.refund_delivery_duty,
        withdrawn_at = excluded.withdrawn_at, withdrawn_ms = excluded.withdrawn_ms, vendor_item_ids_json = excluded.vendor_item_ids_json,
        raw_json = excluded.raw_json, seen_at = excluded.seen_at`),
    getWithdrawal: db.prepare('SELECT * FROM returns_withdrawals WHERE vendor_id = ? AND cancel_id = ?'),
    staleOpen: db.prepare(`SELECT * FROM returns_receipts WHERE vendor_id = ? AND withdrawn_at IS NULL AND receipt_type = 'RETURN'
      AND receipt_status IN ('RELEASE_STOP_UNCHECKED', 'RETURNS_UNCHECKED', 'VENDOR_WAREHOUSE_CONFIRM') AND created_ms >= ? AND created_ms < ? AND seen_at < ?
      ORDER BY created_ms LIMIT ?`),
    addAction: db.prepare(`INSERT INTO returns_actions (vendor_id, target_kind, target_id, action, payload_json, state, created_at) VALUES (?, ?, ?, ?, ?, 'pending', ?)`),
    markSent: db.prepare(`UPDATE returns_actions SET state = 'sent' WHERE id = ? AND state = 'pending'`),
    finish: db.prepare('UPDATE returns_actions SET state = ?, message_ko = ?, finished_at = ? WHERE id = ?'),
    actionsFor: db.prepare('SELECT * FROM returns_actions WHERE vendor_id = ? AND target_kind = ? AND target_id = ? ORDER BY id DESC LIMIT 20'),
    unfinished: db.prepare(`SELECT * FROM returns_actions WHERE vendor_id = ? AND state IN ('sent', 'unknown') ORDER BY id`),
    openAction: db.prepare(`SELECT * FROM returns_actions WHERE vendor_id = ? AND target_kind = ? AND target_id = ? AND state IN ('pending', 'sent', 'unknown') ORDER BY id DESC LIMIT 1`),
    getSync: db.prepare('SELECT * FROM returns_sync_state WHERE vendor_id = ?'),
    setSuccess: db.prepare(`INSERT INTO returns_sync_state (vendor_id, last_success_at, last_error_ko, last_error_at) VALUES (?, ?, NULL, NULL)
      ON CONFLICT (vendor_id) DO UPDATE SET last_success_at = excluded.last_success_at, last_error_ko = NULL, last_error_at = NULL`),
    setError: db.prepare(`INSERT INTO returns_sync_state (vendor_id, last_error_ko, last_error_at) VALUES (?, ?, ?)
      ON CONFLICT (vendor_id) DO UPDATE SET last_error_ko = excluded.last_error_ko, last_error_at = excluded.last_error_at`),
    countReceipts: db.prepare('SELECT COUNT(*) AS n FROM returns_receipts WHERE vendor_id = ?'),
    countExchanges: db.prepare('SELECT COUNT(*) AS n FROM returns_exchanges WHERE vendor_id = ?'),
    countWithdrawals: db.prepare('SELECT COUNT(*) AS n FROM returns_withdrawals WHERE vendor_id = ?'),
  };

  return {
    upsertReceipt(vendorId: string, r: Omit<ReceiptRecord, 'withdrawnAt' | 'updatedAt'>) {
      s.upsertReceipt.run({ vendorId, ...r, releaseStop: r.releaseStop ? 1 : 0, preRefund: r.preRefund ? 1 : 0 });
    },
    getReceipt(vendorId: string, receiptId: string): ReceiptRecord | undefined {
      const r = s.getReceipt.get(vendorId, receiptId);
      return r ? receiptFrom(r) : undefined;
    },
    markWithdrawn(vendorId: string, receiptId: string, withdrawnAt: string, at: string): boolean {
      return s.markWithdrawn.run(withdrawnAt, at, vendorId, receiptId).changes > 0;
    },
    /** Receipts (withdrawn ones excluded) matching the filter, newest first, with per-status counts over the same period and search. */
    listReceipts(vendorId: string, filter: ListFilter, limit: number) {
      const w = where(filter, 'receipt_status', OPEN_RECEIPT_STATUSES, 'withdrawn_at IS NULL');
      const rows = db.prepare(`SELECT * FROM returns_receipts WHERE vendor_id = ?${w.sql} ORDER BY created_ms DESC, receipt_id DESC LIMIT ?`).all(vendorId, ...w.args, limit).map(receiptFrom);
      const total = (db.prepare(`SELECT COUNT(*) AS n FROM returns_receipts WHERE vendor_id = ?${w.sql}`).get(vendorId, ...w.args) as { n: number }).n;
      const c = where({ ...filter, status: 'ALL' }, 'receipt_status', OPEN_RECEIPT_STATUSES, 'withdrawn_at IS NULL');
      const byStatus = db.prepare(`SELECT receipt_status AS status, COUNT(*) AS n FROM returns_receipts WHERE vendor_id = ?${c.sql} GROUP BY receipt_status`).all(vendorId, ...c.args) as Array<{ status: string; n: number }>;
      const counts: Record<string, number> = { ALL: 0, OPEN: 0 };
      for (const b of byStatus) {
        counts[b.status] = b.n;
        counts.ALL += b.n;
        if ((OPEN_RECEIPT_STATUSES as readonly string[]).includes(b.status)) counts.OPEN += b.n;
      }
      return { rows, total, counts };
    },
    /** Stored receipts still open that this run's lists did not show: re-read them one by one. */
    staleOpenReceipts(vendorId: string, fromMs: number, toMs: number, runStartedAt: string, limit: number): ReceiptRecord[] {
      return s.staleOpen.all(vendorId, fromMs, toMs, runStartedAt, limit).map(receiptFrom);
    },

    upsertExchange(vendorId: string, e: Omit<ExchangeRecord, 'updatedAt'>) {
      s.upsertExchange.run({ vendorId, ...e });
    },
    getExchange(vendorId: string, exchangeId: string): ExchangeRecord | undefined {
      const r = s.getExchange.get(vendorId, exchangeId);
      return r ? exchangeFrom(r) : undefined;
    },
    listExchanges(vendorId: string, filter: ListFilter, limit: number) {
      const w = where(filter, 'exchange_status', OPEN_EXCHANGE_STATUSES);
      const rows = db.prepare(`SELECT * FROM returns_exchanges WHERE vendor_id = ?${w.sql} ORDER BY created_ms DESC, exchange_id DESC LIMIT ?`).all(vendorId, ...w.args, limit).map(exchangeFrom);
      const total = (db.prepare(`SELECT COUNT(*) AS n FROM returns_exchanges WHERE vendor_id = ?${w.sql}`).get(vendorId, ...w.args) as { n: number }).n;
      const c = where({ ...filter, status: 'ALL' }, 'exchange_status', OPEN_EXCHANGE_STATUSES);
      const byStatus = db.prepare(`SELECT exchange_status AS status, COUNT(*) AS n FROM returns_exchanges WHERE vendor_id = ?${c.sql} GROUP BY exchange_status`).all(vendorId, ...c.args) as Array<{ status: string; n: number }>;
      const counts: Record<string, number> = { ALL: 0, OPEN: 0 };
      for (const b of byStatus) {
        counts[b.status] = b.n;
        counts.ALL += b.n;
        if ((OPEN_EXCHANGE_STATUSES as readonly string[]).includes(b.status)) counts.OPEN += b.n;
      }
      return { rows, total, counts };
    },

    upsertWithdrawal(vendorId: string, w: WithdrawalRecord) {
      s.upsertWithdrawal.run({ vendorId, ...w, vendorItemIdsJson: JSON.stringify(w.vendorItemIds) });
    },
    getWithdrawal(vendorId: string, cancelId: string): WithdrawalRecord | undefined {
      const r = s.getWithdrawal.get(vendorId, cancelId);
      return r ? withdrawalFrom(r) : undefined;
    },
    listWithdrawals(vendorId: string, fromMs: number | undefined, toMs: number | undefined, limit: number) {
      const parts: string[] = [];
      const args: unknown[] = [];
      if (fromMs !== undefined) {
        parts.push('withdrawn_ms >= ?');
        args.push(fromMs);
      }
      if (toMs !== undefined) {
        parts.push('withdrawn_ms < ?');
        args.push(toMs);
      }
      const sql = parts.length ? ` AND ${parts.join(' AND ')}` : '';
      const rows = db.prepare(`SELECT * FROM returns_withdrawals WHERE vendor_id = ?${sql} ORDER BY withdrawn_ms DESC, cancel_id DESC LIMIT ?`).all(vendorId, ...args, limit).map(withdrawalFrom);
      const total = (db.prepare(`SELECT COUNT(*) AS n FROM returns_withdrawals WHERE vendor_id = ?${sql}`).get(vendorId, ...args) as { n: number }).n;
      return { rows, total };
    },

    addAction(vendorId: string, targetKind: 'RETURN' | 'EXCHANGE', targetId: string, action: string, payload: unknown, at: string): number {
      return Number(s.addAction.run(vendorId, targetKind, targetId, action, JSON.stringify(payload), at).lastInsertRowid);
    },
    markSent(id: number) {
      s.markSent.run(id);
    },
    finishAction(id: number, state: Exclude<ActionState, 'pending' | 'sent'>, messageKo: string, at: string) {
      s.finish.run(state, messageKo, at, id);
    },
    actionsFor(vendorId: string, targetKind: 'RETURN' | 'EXCHANGE', targetId: string): ActionEntry[] {
      return s.actionsFor.all(vendorId, targetKind, targetId).map(actionFrom);
    },
    /** Sent without an answer (or left 'sent' by a crash): to be reconciled by reading. */
    unfinishedActions(vendorId: string): ActionEntry[] {
      return s.unfinished.all(vendorId).map(actionFrom);
    },
    openActionFor(vendorId: string, targetKind: 'RETURN' | 'EXCHANGE', targetId: string): ActionEntry | undefined {
      const r = s.openAction.get(vendorId, targetKind, targetId);
      return r ? actionFrom(r) : undefined;
    },

    syncState(vendorId: string): { lastSuccessAt: string | null; lastErrorKo: string | null; lastErrorAt: string | null } {
      const r = s.getSync.get(vendorId) as any;
      return { lastSuccessAt: r?.last_success_at ?? null, lastErrorKo: r?.last_error_ko ?? null, lastErrorAt: r?.last_error_at ?? null };
    },
    setSyncSuccess(vendorId: string, at: string) {
      s.setSuccess.run(vendorId, at);
    },
    setSyncError(vendorId: string, messageKo: string, at: string) {
      s.setError.run(vendorId, messageKo, at);
    },
    counts(vendorId: string) {
      const n = (st: { get(...a: unknown[]): unknown }) => (st.get(vendorId) as { n: number }).n;
      return { receipts: n(s.countReceipts), exchanges: n(s.countExchanges), withdrawals: n(s.countWithdrawals) };
    },
  };
}
export type ReturnsRepo = ReturnType<typeof createReturnsRepo>;
