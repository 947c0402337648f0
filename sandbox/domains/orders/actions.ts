// Seller actions on order sheets besides invoices: acknowledgement (상품준비중 처리) and the
// long-term-undelivered completion (장기미배송 배송완료 처리).
import { idText, isPlainObject } from '../../json';
import type { Rng } from '../../rng';
import { overall } from './invoices';
import { ORDER_MESSAGES as M } from './messages';
import type { Checked } from './queries';
import type { OrdersState } from './types';
import { DAY, refundPending, setStatus } from './world';

/** orders.json acknowledge: at most 50 shipmentBoxIds per call. */
export const ACK_LIMIT = 50;

export interface AckItem {
  shipmentBoxId: string;
  succeed: boolean;
  resultCode: string;
  retryRequired: boolean;
  resultMessage: string;
}

export function parseAckBody(body: unknown, vendorId: string): Checked<string[]> {
  if (!isPlainObject(body) || !Array.isArray(body.shipmentBoxIds) || body.shipmentBoxIds.length === 0) return { ok: false, status: 400, message: M.bodyRequired('shipmentBoxIds') };
  if (body.vendorId !== undefined && body.vendorId !== vendorId) return { ok: false, status: 400, message: M.vendorMismatch };
  const ids: string[] = [];
  for (const raw of body.shipmentBoxIds) {
    const id = idText(raw);
    if (id === undefined) return { ok: false, status: 400, message: M.notANumber('shipmentBoxIds', String(raw)) };
    // The same box twice is acknowledged once; answering twice would report it as failed.
    if (!ids.includes(id)) ids.push(id);
  }
  if (ids.length > ACK_LIMIT) return { ok: false, status: 400, message: M.tooManyShipmentBoxes };
  return { ok: true, value: ids };
}

/**
 * ACCEPT → INSTRUCT per box. Not found: NOT_FOUND_SHIPMENT_BOX as in the example (retry true).
 * Cancelled, no longer ACCEPT, or a refund in progress: the documented 99 text; the docs give
 * no resultCode for it, INVALID_STATUS is the table's code for a wrong state. Only the
 * refund case can succeed later (after the refund, rules-orders.md 31), hence its retry flag.
 */
export function acknowledge(state: OrdersState, ids: string[], at: number, rng: Rng) {
  const responseList: AckItem[] = ids.map((id) => {
    const sheet = state.bySheetId.get(id);
    if (!sheet) return { shipmentBoxId: id, succeed: false, resultCode: 'NOT_FOUND_SHIPMENT_BOX', retryRequired: true, resultMessage: M.shipmentBoxNotFound(id) };
    if (sheet.removed || sheet.status !== 'ACCEPT') return { shipmentBoxId: id, succeed: false, resultCode: 'INVALID_STATUS', retryRequired: false, resultMessage: M.cannotChangeStatus };
    if (refundPending(sheet)) return { shipmentBoxId: id, succeed: false, resultCode: 'INVALID_STATUS', retryRequired: true, resultMessage: M.cannotChangeStatus };
    setStatus(state, sheet, 'INSTRUCT', at);
    return { shipmentBoxId: id, succeed: true, resultCode: 'OK', retryRequired: false, resultMessage: M.ackSucceeded };
  });
  const { responseCode } = overall(responseList);
  // responseKey is "system metadata": the example shows a negative 64-bit number.
  const responseKey = `-${rng.int(1, 9)}${rng.digits(18)}`;
  return { responseKey, responseCode, responseMessage: M.ackOverall[responseCode], responseList };
}

/**
 * orders.completeLongTermUndelivery: DEPARTURE or DELIVERING for more than 30 days since the
 * waybill (DEPARTURE), with the registered waybill number. Every refusal reads
 * "배송완료 처리 실패. 배송상태: <status>" as documented for INSTRUCT and DEPARTURE.
 */
export function completeLongTermUndelivery(state: OrdersState, body: unknown, at: number): Checked<true> {
  if (!isPlainObject(body)) return { ok: false, status: 400, message: M.bodyRequired('shipmentBoxId') };
  const id = idText(body.shipmentBoxId);
  if (id === undefined) return { ok: false, status: 400, message: M.bodyRequired('shipmentBoxId') };
  const invoiceNumber = typeof body.invoiceNumber === 'string' ? body.invoiceNumber.trim() : idText(body.invoiceNumber);
  if (!invoiceNumber) return { ok: false, status: 400, message: M.bodyRequired('invoiceNumber') };
  const sheet = state.bySheetId.get(id);
  if (!sheet) return { ok: false, status: 400, message: M.shipmentBoxNotFound(id) };
  const refused = { ok: false as const, status: 400, message: M.longTermFailed(sheet.status) };
  if (sheet.removed || (sheet.status !== 'DEPARTURE' && sheet.status !== 'DELIVERING')) return refused;
  if (sheet.invoiceNumber !== invoiceNumber) return refused;
  const departure = [...sheet.history].reverse().find((h) => h.status === 'DEPARTURE');
  if (!departure || at - departure.at <= 30 * DAY) return refused;
  sheet.deliveredAt = at;
  // Pending courier scans of this waybill must not move it again.
  sheet.trackingVersion++;
  setStatus(state, sheet, 'FINAL_DELIVERY', at);
  return { ok: true, value: true };
}
