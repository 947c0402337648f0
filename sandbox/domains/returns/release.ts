// Answers to a release-stop request (출고중지요청), per receipt only (rules-orders.md 52-56):
// orders.stopShipment when nothing left the warehouse, orders.markAlreadyShipped when it did.
import { idText, isPlainObject } from '../../json';
import { invoiceNumberValid, usableCourier } from '../orders/carriers';
import { ORDER_MESSAGES as M } from '../orders/messages';
import type { Checked } from '../orders/queries';
import type { OrdersState } from '../orders/types';
import { completeReleaseStop, invoiceConflict, markShipped } from '../orders/world';
import { cancelCountSum, type Receipt } from './types';

const bad = (message: string, status = 400): { ok: false; status: number; message: string } => ({ ok: false, status, message });

/**
 * Usable on RELEASE_STOP_UNCHECKED, or RETURNS_UNCHECKED whose items are still unreleased
 * (releaseStatus "N"). A completed receipt gets the documented "Product is already returned.".
 */
function openReceipt(state: OrdersState, receiptId: string, body: unknown, vendorId: string): Checked<{ receipt: Receipt; body: Record<string, unknown> }> {
  if (!isPlainObject(body)) return bad(M.bodyRequired('receiptId'));
  if (body.vendorId !== undefined && body.vendorId !== vendorId) return bad(M.vendorMismatch);
  const bodyId = idText(body.receiptId);
  if (bodyId !== undefined && bodyId !== receiptId) return bad(M.receiptNotFound(bodyId));
  const receipt = state.receipts.get(receiptId);
  if (!receipt) return bad(M.receiptNotFound(receiptId));
  if (receipt.receiptStatus === 'RETURNS_COMPLETED') return bad(M.alreadyReturned);
  const releaseStop = receipt.receiptStatus === 'RELEASE_STOP_UNCHECKED' || (receipt.receiptStatus === 'RETURNS_UNCHECKED' && receipt.items.every((i) => i.releaseStatus === 'N'));
  if (!releaseStop) return bad(M.receiptNotReleaseStop(receiptId));
  return { ok: true, value: { receipt, body } };
}

export function stopShipment(state: OrdersState, receiptId: string, body: unknown, vendorId: string, at: number): Checked<true> {
  const open = openReceipt(state, receiptId, body, vendorId);
  if (!open.ok) return open;
  const { receipt } = open.value;
  const count = open.value.body.cancelCount;
  const n = typeof count === 'number' ? count : Number(idText(count) ?? NaN);
  if (!Number.isFinite(n)) return bad(M.bodyRequired('cancelCount'));
  // The FAQ quotes the message with an INTERNAL_SERVER_ERROR prefix; its status is not stated.
  if (n !== cancelCountSum(receipt)) return bad(M.cancelCountMismatch, 500);
  completeReleaseStop(state, receipt, at);
  return { ok: true, value: true };
}

export function markAlreadyShipped(state: OrdersState, receiptId: string, body: unknown, vendorId: string, at: number): Checked<true> {
  const open = openReceipt(state, receiptId, body, vendorId);
  if (!open.ok) return open;
  const { receipt } = open.value;
  const b = open.value.body;
  const code = typeof b.deliveryCompanyCode === 'string' ? b.deliveryCompanyCode.trim() : '';
  const invoiceNumber = typeof b.invoiceNumber === 'string' ? b.invoiceNumber.trim() : (idText(b.invoiceNumber) ?? '');
  if (code === '') return bad(M.bodyRequired('deliveryCompanyCode'));
  const courier = usableCourier(code);
  // Same backend pitfall as the waybill upload (rules-orders.md 41).
  if (!courier) return bad(M.internalException, 500);
  if (!invoiceNumberValid(courier, invoiceNumber)) return bad(M.invalidInvoiceNumber);
  const sheet = state.bySheetId.get(receipt.items[0].shipmentBoxId);
  if (sheet && invoiceConflict(state, sheet, invoiceNumber, at)) return bad(M.duplicateInvoiceNoComma);
  markShipped(state, receipt, code, invoiceNumber, at);
  return { ok: true, value: true };
}
