// orders.cancelOrderItems (주문 상품 취소 처리, v5): the seller cancels items of one shipment box.
// ACCEPT items are cancelled at once (receiptType CANCEL), INSTRUCT items are release-stopped
// (receiptType STOP_SHIPMENT). Validation follows the documented error list in its order.
import { idText, isPlainObject, num } from '../../json';
import { SELLER_CANCEL_REASONS, SELLER_STOP_REASON } from '../returns/reasons';
import { ORDER_MESSAGES as M } from './messages';
import type { Checked } from './queries';
import type { OrderSheet, OrdersState } from './types';
import { addReceipt, fullyCancelled, receiptCompleted, removeSheet, shippable, type CancelLine } from './world';

const C = M.cancel;
const MIDDLE_CODES = ['CCTTER', 'CCPNER', 'CCPRER'] as const;
type MiddleCode = (typeof MIDDLE_CODES)[number];

interface CancelRequest {
  orderId: string;
  lines: Array<{ vendorItemId: string; count: number }>;
  middle: MiddleCode;
  userId: string;
}

const bad = (message: string): { ok: false; status: number; message: string } => ({ ok: false, status: 400, message });

export function parseCancelBody(body: unknown, pathOrderId: string, vendorId: string): Checked<CancelRequest> {
  if (!isPlainObject(body)) return bad(C.orderIdMissing);
  const orderId = idText(body.orderId);
  // "orderId: must also be in the path"; a different one is treated like a missing one.
  if (!orderId || /^0+$/.test(orderId) || orderId !== pathOrderId) return bad(C.orderIdMissing);
  const ids = Array.isArray(body.vendorItemIds) ? body.vendorItemIds.map(idText) : [];
  if (ids.length === 0 || ids.some((id) => id === undefined)) return bad(C.vendorItemIdsMissing);
  const counts = Array.isArray(body.receiptCounts) ? body.receiptCounts.map((c) => (typeof c === 'number' ? c : Number(idText(c) ?? NaN))) : [];
  if (counts.length === 0 || counts.some((c) => !Number.isInteger(c) || c <= 0)) return bad(C.receiptCountsMissing);
  if (counts.length !== ids.length) return bad(C.countsMismatch);
  if (typeof body.bigCancelCode !== 'string' || body.bigCancelCode === '') return bad(C.bigCodeMissing);
  if (body.bigCancelCode !== 'CANERR') return bad(C.bigCodeInvalid);
  if (typeof body.middleCancelCode !== 'string' || body.middleCancelCode === '') return bad(C.middleCodeMissing);
  if (!(MIDDLE_CODES as readonly string[]).includes(body.middleCancelCode)) return bad(C.middleCodeInvalid);
  if (body.vendorId !== vendorId) return bad(C.vendorIdInvalid);
  // The sandbox has no Wing accounts to check userId against: any plausible login passes.
  if (typeof body.userId !== 'string' || !/^[\w.@-]{2,50}$/.test(body.userId)) return bad(C.userIdInvalid);
  return {
    ok: true,
    value: { orderId, lines: ids.map((id, i) => ({ vendorItemId: id!, count: counts[i] })), middle: body.middleCancelCode as MiddleCode, userId: body.userId },
  };
}

export interface CancelOutcome {
  /** "200" for full or partial success, "400" when every item failed (rules-orders.md 61). */
  code: '200' | '400';
  failures: Array<{ vendorItemId: string; reason: string }>;
  receipts: Array<{ receiptId: string; receiptType: 'CANCEL' | 'STOP_SHIPMENT'; vendorItemIds: string[]; totalCount: number }>;
}

/**
 * rules-orders.md 58: one request per shipmentBoxId. The box is the one holding the first item
 * that can be found; items of other boxes fail with the generic failure text.
 */
export function cancelOrderItems(state: OrdersState, req: CancelRequest, at: number): Checked<CancelOutcome> {
  const sheets = state.byOrderId.get(req.orderId);
  if (!sheets || sheets.length === 0) return bad(C.orderNotFound);
  const find = (vendorItemId: string): OrderSheet | undefined =>
    sheets.find((s) => !s.removed && s.items.some((i) => i.product.vendorItemId === vendorItemId)) ?? sheets.find((s) => s.items.some((i) => i.product.vendorItemId === vendorItemId));
  let box: OrderSheet | undefined;
  const failures: CancelOutcome['failures'] = [];
  const lines: CancelLine[] = [];
  for (const { vendorItemId, count } of req.lines) {
    const sheet = find(vendorItemId);
    if (!sheet) {
      failures.push({ vendorItemId, reason: C.itemNotFound });
      continue;
    }
    box ??= sheet;
    if (sheet !== box) {
      failures.push({ vendorItemId, reason: C.failed });
      continue;
    }
    const item = sheet.items.find((i) => i.product.vendorItemId === vendorItemId)!;
    if (sheet.removed || (sheet.status !== 'ACCEPT' && sheet.status !== 'INSTRUCT')) {
      failures.push({ vendorItemId, reason: C.wrongState });
      continue;
    }
    const already = lines.filter((l) => l.item === item).reduce((n, l) => n + l.count, 0);
    if (count > shippable(item) - already) {
      failures.push({ vendorItemId, reason: C.tooMany });
      continue;
    }
    lines.push({ sheet, item, count });
  }

  const receipts: CancelOutcome['receipts'] = [];
  if (box && lines.length) {
    for (const line of lines) line.item.cancelCount += line.count;
    box.updatedAt = at;
    const totalCount = lines.reduce((n, l) => n + l.count, 0);
    const vendorItemIds = [...new Set(lines.map((l) => l.item.product.vendorItemId))];
    if (box.status === 'ACCEPT') {
      const receipt = addReceipt(state, { origin: 'seller-cancel', type: 'CANCEL', status: 'RETURNS_COMPLETED', at, lines, reason: { reason: SELLER_CANCEL_REASONS[req.middle], faultByType: 'VENDOR' }, releaseStatus: 'N', releaseStopStatus: '비대상', user: req.userId });
      if (fullyCancelled(box)) removeSheet(state, box, 'cancelled', at);
      receipts.push({ receiptId: receipt.receiptId, receiptType: 'CANCEL', vendorItemIds, totalCount });
    } else {
      // Real seller stop-shipments are listed as RETURN receipts, completed, 처리(출고중지), releaseStatus S.
      const receipt = addReceipt(state, { origin: 'seller-stop-shipment', type: 'RETURN', status: 'RETURNS_COMPLETED', at, lines, reason: { reason: SELLER_STOP_REASON, faultByType: 'VENDOR' }, releaseStatus: 'S', releaseStopStatus: '처리(출고중지)', user: req.userId });
      receiptCompleted(state, receipt, at);
      receipts.push({ receiptId: receipt.receiptId, receiptType: 'STOP_SHIPMENT', vendorItemIds, totalCount });
    }
  }
  return { ok: true, value: { code: receipts.length ? '200' : '400', failures, receipts } };
}

/** The documented answer: `[요청번호] <uuid>` then one `[id]<= reason` line per failed item. */
export function cancelAnswer(outcome: CancelOutcome, orderId: string, requestId: string) {
  const message = outcome.failures.length ? [`[요청번호] ${requestId} `, ...outcome.failures.map((f) => `[${f.vendorItemId}]<= ${f.reason}`)].join('\r\n') : `[요청번호] ${requestId}`;
  return {
    code: outcome.code,
    message,
    data: {
      receiptMap: Object.fromEntries(outcome.receipts.map((r) => [r.receiptId, { receiptId: num(r.receiptId), receiptType: r.receiptType, vendorItemIds: r.vendorItemIds.map((id) => num(id)), totalCount: r.totalCount }])),
      orderId: num(orderId),
      failedVendorItemIds: outcome.failures.map((f) => num(f.vendorItemId)),
    },
  };
}
