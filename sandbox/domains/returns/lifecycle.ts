// Customer returns after delivery (반품접수 → 입고완료 → 반품완료), tables/order-states.json
// `returnReceipt`: the request, the pickup over virtual time, the customer's withdrawal before the
// courier picks up, the seller's receipt confirmation and approval, Coupang's fast refund and
// automatic approval. Receipts are the order world's (OrdersState.receipts); every change goes
// through these functions so that the order sheets' quantities stay consistent.
//
// This module and ../orders/world.ts import each other: nothing here may use world.ts's exports at
// module load (constants are defined locally for that reason).
import { idText, isPlainObject } from '../../json';
import type { Rng } from '../../rng';
import { invoiceNumberValid, usableCourier } from '../orders/carriers';
import type { Checked } from '../orders/queries';
import type { OrderSheet, OrdersState, SheetItem } from '../orders/types';
import { addReceipt, hashInt, receiptCompleted, type CancelLine } from '../orders/world';
import { RETURN_MESSAGES as M } from './messages';
import { CUSTOMER_RETURN_REASONS, RETURN_SHIPPING_FEE, type CustomerReason } from './reasons';
import { cancelCountSum, isOpenReturn, type Receipt, type RefundDeliveryDuty } from './types';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

/**
 * rules-orders.md 72: receipts confirmed as received are approved by Coupang "after some time";
 * the docs give no figure, the sandbox waits 3 days.
 */
export const AUTO_APPROVE_AFTER_MS = 3 * DAY;
/** rules-orders.md 71: fast-refund targets are priced under KRW 100,000. */
export const FAST_REFUND_LIMIT_WON = 100_000;

const bad = (message: string, status = 400): { ok: false; status: number; message: string } => ({ ok: false, status, message });

function push(state: OrdersState, at: number, event: import('./claims').ClaimEvent): void {
  state.events.push(at, { kind: 'claim', event });
}

// ---------------------------------------------------------------- quantities

/** Units of `item` (in `sheet`) under a customer return or exchange that is still open. */
export function unitsInOpenClaims(state: OrdersState, sheet: OrderSheet, vendorItemId: string): number {
  let n = 0;
  for (const r of state.receipts.forOrder(sheet.orderId)) {
    if (r.origin !== 'customer-return' || !isOpenReturn(r)) continue;
    for (const i of r.items) if (i.shipmentBoxId === sheet.shipmentBoxId && i.vendorItemId === vendorItemId) n += i.cancelCount;
  }
  for (const e of state.exchanges.forOrder(sheet.orderId)) {
    if (e.exchangeStatus !== 'RECEIPT' && e.exchangeStatus !== 'PROGRESS') continue;
    for (const i of e.items) if (i.originalShipmentBoxId === sheet.shipmentBoxId && i.vendorItemId === vendorItemId) n += i.quantity;
  }
  return n;
}

/** What the customer can still send back: delivered, not cancelled, not under another claim. */
export function returnableUnits(state: OrdersState, sheet: OrderSheet, item: SheetItem): number {
  return Math.max(0, item.shippingCount - item.cancelCount - item.holdCountForCancel - unitsInOpenClaims(state, sheet, item.product.vendorItemId));
}

/** Everything returnable in the box, or `count` units of one item. */
export function claimLines(state: OrdersState, sheet: OrderSheet, vendorItemId?: string, count?: number): CancelLine[] | string {
  let lines = sheet.items.map((item) => ({ sheet, item, count: returnableUnits(state, sheet, item) })).filter((l) => l.count > 0);
  if (vendorItemId !== undefined) {
    const line = lines.find((l) => l.item.product.vendorItemId === vendorItemId);
    if (!line) return `vendorItemId ${vendorItemId} has nothing left to return in ${sheet.shipmentBoxId}`;
    const n = count ?? line.count;
    if (!Number.isInteger(n) || n < 1 || n > line.count) return `count must be an integer from 1 to ${line.count}`;
    lines = [{ ...line, count: n }];
  }
  if (lines.length === 0) return `nothing left to return in ${sheet.shipmentBoxId}`;
  return lines;
}

export function pickWeighted<T extends { weight: number }>(rng: Rng, table: readonly T[]): T {
  let x = rng.next() * table.reduce((n, t) => n + t.weight, 0);
  for (const row of table) {
    x -= row.weight;
    if (x < 0) return row;
  }
  return table[table.length - 1];
}

// ---------------------------------------------------------------- requests

export interface ReturnOptions {
  reason: CustomerReason;
  fastRefund: boolean;
  /** Coupang books the pickup (연동택배); false: nothing happens until the seller registers a waybill. */
  autoPickup: boolean;
  /** The customer withdraws this long after asking (if the courier has not picked up by then). */
  withdrawAfter: number | null;
}

/** A customer asks to return delivered goods: 반품접수 (RETURNS_UNCHECKED), shown under UC. */
export function createCustomerReturn(state: OrdersState, lines: CancelLine[], at: number, opts: ReturnOptions): Receipt {
  const receipt = addReceipt(state, {
    origin: 'customer-return',
    type: 'RETURN',
    status: 'RETURNS_UNCHECKED',
    at,
    lines,
    reason: opts.reason,
    // Real post-delivery returns: releaseStatus Y, releaseStopStatus 비대상, 연동택배.
    releaseStatus: 'Y',
    releaseStopStatus: '비대상',
    user: 'frontWEBMobile',
    returnShippingCharge: opts.reason.faultByType === 'CUSTOMER' ? -RETURN_SHIPPING_FEE : RETURN_SHIPPING_FEE,
  });
  receipt.fastRefund = opts.fastRefund;
  receipt.pickup = { stage: 'none', tracked: false, auto: opts.autoPickup, version: 0 };
  if (opts.autoPickup) {
    push(state, at + hashInt(state, `pickup-book:${receipt.receiptId}`, 30, 6 * 60) * MIN, { kind: 'returnPickup', receiptId: receipt.receiptId, version: 0, to: 'assigned' });
  }
  if (opts.withdrawAfter !== null) push(state, at + opts.withdrawAfter, { kind: 'returnWithdraw', receiptId: receipt.receiptId });
  return receipt;
}

/** The automatic customer of a delivered box (event `returnRequest`): what, why, and how it goes. */
export function drawCustomerReturn(state: OrdersState, sheet: OrderSheet, label: string, at: number): Receipt | null {
  if (sheet.removed || sheet.status !== 'FINAL_DELIVERY') return null;
  const rng = state.random.fork(label);
  const all = claimLines(state, sheet);
  if (typeof all === 'string') return null;
  let lines = all;
  const units = all.reduce((n, l) => n + l.count, 0);
  if (units >= 2 && rng.bool(0.3)) {
    const line = all[rng.int(0, all.length - 1)];
    lines = [{ ...line, count: rng.int(1, line.count === units ? line.count - 1 : line.count) }];
  }
  const row = pickWeighted(rng, CUSTOMER_RETURN_REASONS);
  const reason: CustomerReason = { reason: { ...row.reason, detail: rng.pick(row.details) }, faultByType: row.faultByType };
  const amount = lines.reduce((n, l) => n + l.item.salesPrice * l.count, 0);
  return createCustomerReturn(state, lines, at, {
    reason,
    fastRefund: amount < FAST_REFUND_LIMIT_WON && rng.bool(0.7),
    autoPickup: true,
    withdrawAfter: rng.bool(0.12) ? rng.int(20, 30 * 60) * MIN + rng.int(0, MIN - 1) : null,
  });
}

// ---------------------------------------------------------------- pickup

/** A trackable pickup waybill: the courier picks up within a day or so. */
function scheduleCollection(state: OrdersState, receipt: Receipt, at: number): void {
  if (!receipt.pickup.tracked) return;
  const after = hashInt(state, `pickup-collect:${receipt.receiptId}:${receipt.pickup.version}`, 10 * 60, 36 * 60) * MIN;
  push(state, at + after, { kind: 'returnPickup', receiptId: receipt.receiptId, version: receipt.pickup.version, to: 'collected' });
}

/** The auto-return courier (the real 연동택배 receipts show CJGLS waybills of 12 digits). */
function autoWaybill(state: OrdersState, receipt: Receipt): { deliveryCompanyCode: string; deliveryInvoiceNo: string } {
  const rng = state.random.fork(`pickup-waybill:${receipt.receiptId}`);
  return { deliveryCompanyCode: 'CJGLS', deliveryInvoiceNo: String(rng.int(1, 9)) + rng.digits(11) };
}

export function onPickup(state: OrdersState, receiptId: string, version: number, to: 'assigned' | 'collected' | 'arrived', at: number): void {
  const receipt = state.receipts.get(receiptId);
  if (!receipt || receipt.pickup.version !== version || !isOpenReturn(receipt) || receipt.receiptStatus !== 'RETURNS_UNCHECKED') return;
  const pickup = receipt.pickup;
  if (to === 'assigned' && pickup.stage === 'none' && pickup.auto) {
    receipt.returnDeliveryDtos.push(autoWaybill(state, receipt));
    pickup.stage = 'assigned';
    pickup.tracked = true;
    scheduleCollection(state, receipt, at);
  } else if (to === 'collected' && pickup.stage === 'assigned') {
    pickup.stage = 'collected';
    // rules-orders.md 71: a fast-refund item is refunded once tracking confirms the pickup.
    if (receipt.fastRefund && pickup.tracked) {
      completeReturn(state, receipt, at, 'system');
      return;
    }
    const after = hashInt(state, `pickup-arrive:${receipt.receiptId}:${version}`, 18 * 60, 48 * 60) * MIN;
    push(state, at + after, { kind: 'returnPickup', receiptId, version, to: 'arrived' });
  } else if (to === 'arrived' && pickup.stage === 'collected') {
    pickup.stage = 'arrived';
    // The simulated seller of the seeded past checks the goods and confirms within a day.
    const sheet = state.bySheetId.get(receipt.items[0].shipmentBoxId);
    const confirmAt = at + hashInt(state, `seller-return:${receiptId}`, 60, 24 * 60) * MIN;
    if (sheet?.autopilot && confirmAt < state.startTime) push(state, confirmAt, { kind: 'sellerReturn', receiptId, step: 'confirm' });
  }
}

/** rules-orders.md 68: the customer can withdraw until the courier has picked the goods up. */
export function canWithdrawReturn(receipt: Receipt): boolean {
  return receipt.origin === 'customer-return' && isOpenReturn(receipt) && receipt.receiptStatus === 'RETURNS_UNCHECKED' && (receipt.pickup.stage === 'none' || receipt.pickup.stage === 'assigned');
}

/** Who pays the return shipping, from the party at fault. */
export function refundDeliveryDuty(receipt: Receipt): RefundDeliveryDuty {
  return receipt.faultByType === 'CUSTOMER' ? 'CUS' : receipt.faultByType === 'COUPANG' || receipt.faultByType === 'WMS' ? 'COU' : 'COM';
}

export function withdrawReturn(state: OrdersState, receipt: Receipt, at: number): boolean {
  if (!canWithdrawReturn(receipt)) return false;
  receipt.withdrawn = { at, refundDeliveryDuty: refundDeliveryDuty(receipt) };
  receipt.modifiedAt = at;
  receipt.pickup.version++;
  return true;
}

// ---------------------------------------------------------------- completion

/**
 * The return is refunded (반품완료). Customer returns take the units off the order sheet now (a
 * release stop already did when it was requested); a box with nothing left leaves the order lists.
 * `by`: the seller's approval (VENDOR_CONFIRM), Coupang's fast refund or automatic approval
 * (CS_CONFIRM, cancelCompleteUser SYSTEM as in the real receipts).
 */
export function completeReturn(state: OrdersState, receipt: Receipt, at: number, by: 'vendor' | 'system'): void {
  if (receipt.origin === 'customer-return') {
    for (const line of receipt.items) {
      const item = state.bySheetId.get(line.shipmentBoxId)?.items.find((i) => i.product.vendorItemId === line.vendorItemId);
      if (item) item.cancelCount = Math.min(item.shippingCount, item.cancelCount + line.cancelCount);
    }
  }
  receipt.completeConfirmType = by === 'vendor' ? 'VENDOR_CONFIRM' : 'CS_CONFIRM';
  receipt.completeConfirmDate = at;
  if (receipt.fastRefund && receipt.receiptStatus === 'RETURNS_UNCHECKED') receipt.preRefund = true;
  if (by === 'system') for (const i of receipt.items) i.cancelCompleteUser = 'SYSTEM';
  receipt.pickup.version++;
  receiptCompleted(state, receipt, at);
}

// ---------------------------------------------------------------- seller actions

function checkBody(body: unknown, receiptId: string, vendorId: string): Checked<Record<string, unknown>> {
  if (!isPlainObject(body)) return bad(M.bodyRequired('receiptId'));
  if (body.vendorId !== undefined && body.vendorId !== vendorId) return bad(M.vendorMismatch);
  const bodyId = idText(body.receiptId);
  if (bodyId === undefined) return bad(M.bodyRequired('receiptId'));
  if (bodyId !== receiptId) return bad(M.receiptNotFound(bodyId));
  return { ok: true, value: body };
}

function findReturn(state: OrdersState, receiptId: string, notFound: string): Checked<Receipt> {
  const receipt = state.receipts.get(receiptId);
  // Withdrawn returns are gone for the return APIs (rules-orders.md 67).
  if (!receipt || receipt.receiptType !== 'RETURN' || receipt.withdrawn) return bad(notFound);
  return { ok: true, value: receipt };
}

/**
 * returns.confirmReceipt: only RETURNS_UNCHECKED (rules-orders.md 70) → VENDOR_WAREHOUSE_CONFIRM,
 * auto-approved later (rules 72). A fast-refund item whose pickup was not tracked is refunded,
 * approved and completed at once (rules 71).
 */
export function confirmReturnReceipt(state: OrdersState, receiptId: string, body: unknown, vendorId: string, at: number): Checked<Receipt> {
  const checked = checkBody(body, receiptId, vendorId);
  if (!checked.ok) return checked;
  const found = findReturn(state, receiptId, M.receiptNotFound(receiptId));
  if (!found.ok) return found;
  const receipt = found.value;
  if (receipt.receiptStatus === 'RETURNS_COMPLETED') return bad(M.alreadyReturned);
  if (receipt.receiptStatus !== 'RETURNS_UNCHECKED') return bad(M.notReturnsUnchecked(receiptId, receipt.receiptStatus));
  if (receipt.fastRefund && !receipt.pickup.tracked) {
    completeReturn(state, receipt, at, 'vendor');
    return { ok: true, value: receipt };
  }
  receipt.receiptStatus = 'VENDOR_WAREHOUSE_CONFIRM';
  receipt.modifiedAt = at;
  receipt.confirmedAt = at;
  // The goods are with the seller: no more tracking.
  if (receipt.pickup.stage !== 'none') receipt.pickup.stage = 'arrived';
  receipt.pickup.version++;
  state.events.push(at + AUTO_APPROVE_AFTER_MS, { kind: 'claim', event: { kind: 'returnAutoApprove', receiptId } });
  return { ok: true, value: receipt };
}

/**
 * returns.approve: only VENDOR_WAREHOUSE_CONFIRM; cancelCount must be the receipt's total
 * quantity (A×5 + B×2 → 7, rules-orders.md 70), else the FAQ's cancelCount error.
 */
export function approveReturn(state: OrdersState, receiptId: string, body: unknown, vendorId: string, at: number): Checked<Receipt> {
  const checked = checkBody(body, receiptId, vendorId);
  if (!checked.ok) return checked;
  const found = findReturn(state, receiptId, M.noHistory);
  if (!found.ok) return found;
  const receipt = found.value;
  if (receipt.receiptStatus === 'RETURNS_COMPLETED') return bad(M.alreadyReturned);
  if (receipt.receiptStatus !== 'VENDOR_WAREHOUSE_CONFIRM') return bad(M.notWarehouseConfirmed(receiptId, receipt.receiptStatus));
  const raw = checked.value.cancelCount;
  const n = typeof raw === 'number' ? raw : Number(idText(raw) ?? NaN);
  if (!Number.isFinite(n)) return bad(M.bodyRequired('cancelCount'));
  // Same status as the stop-shipment's cancelCount error (its FAQ text carries INTERNAL_SERVER_ERROR).
  if (n !== cancelCountSum(receipt)) return bad(M.cancelCountMismatch, 500);
  completeReturn(state, receipt, at, 'vendor');
  return { ok: true, value: receipt };
}

/** Coupang approves a confirmed return the seller left alone (rules-orders.md 72). */
export function autoApprove(state: OrdersState, receiptId: string, at: number): void {
  const receipt = state.receipts.get(receiptId);
  if (receipt && !receipt.withdrawn && receipt.receiptStatus === 'VENDOR_WAREHOUSE_CONFIRM') completeReturn(state, receipt, at, 'system');
}

/** The simulated seller of the seeded past: confirms the arrived goods, then approves. */
export function sellerReturnStep(state: OrdersState, receiptId: string, step: 'confirm' | 'approve', at: number): void {
  const receipt = state.receipts.get(receiptId);
  if (!receipt || receipt.withdrawn) return;
  const body = { vendorId: state.vendorId, receiptId: Number(receiptId), cancelCount: cancelCountSum(receipt) };
  if (step === 'confirm') {
    const done = confirmReturnReceipt(state, receiptId, body, state.vendorId, at);
    const approveAt = at + hashInt(state, `seller-approve:${receiptId}`, 10, 8 * 60) * MIN;
    if (done.ok && done.value.receiptStatus === 'VENDOR_WAREHOUSE_CONFIRM' && approveAt < state.startTime) push(state, approveAt, { kind: 'sellerReturn', receiptId, step: 'approve' });
  } else {
    approveReturn(state, receiptId, body, state.vendorId, at);
  }
}

// ---------------------------------------------------------------- pickup waybill (returns)

/**
 * returns.registerPickupInvoice for a return: only RETURNS_UNCHECKED (rules-orders.md 74). The
 * seller's waybill replaces Coupang's booking; a receipt can carry several waybills. The
 * customer may still withdraw until the courier picks up (rules 68).
 */
export function registerReturnPickup(state: OrdersState, receipt: Receipt, courier: string, invoiceNumber: string): void {
  receipt.returnDeliveryDtos.push({ deliveryCompanyCode: courier, deliveryInvoiceNo: invoiceNumber });
  const pickup = receipt.pickup;
  if (pickup.stage === 'none' || pickup.stage === 'assigned') {
    pickup.version++;
    pickup.stage = 'assigned';
    pickup.auto = false;
    // DIRECT (업체직송) waybills cannot be tracked (rules-orders.md 40).
    pickup.tracked = courier !== 'DIRECT';
  }
}

export function checkPickupWaybill(code: string, invoiceNumber: string): string | null {
  const courier = usableCourier(code);
  if (!courier) return M.unknownCourier(code);
  if (!invoiceNumberValid(courier, invoiceNumber)) return M.invalidInvoiceNumber;
  return null;
}

export function schedulePickupCollection(state: OrdersState, receipt: Receipt, at: number): void {
  if (receipt.pickup.stage === 'assigned') scheduleCollection(state, receipt, at);
}
