// Turns a return receipt (v6), an exchange (v4) or a withdrawal (v4) as Coupang sends it into the
// columns the local store filters on. Field names are exactly the documented ones
// (endpoints/returns.json, exchanges.json); the whole object is kept as lossless raw JSON.
import { kstIso } from '../../../shared/kst';
import { toWon } from '../../../shared/money';
import { vocReasonKo } from '../../../shared/returns';
import { stringifyJson } from '../../coupang';
import type { ExchangeRecord, ReceiptRecord, WithdrawalRecord } from '../../store/returns-repo';

export class ReturnShapeError extends Error {}

export function idText(v: unknown): string | null {
  if (v === undefined || v === null || v === '') return null;
  const s = String(v).trim();
  return /^\d+$/.test(s) && !/^0+$/.test(s) ? s : null;
}

const text = (v: unknown): string => (v === undefined || v === null ? '' : String(v));
const int = (v: unknown): number => {
  const n = Number(v);
  return Number.isFinite(n) ? Math.trunc(n) : 0;
};

/**
 * v5/v6 times carry an offset; v4 times are KST wall time without one ('2025-09-01T10:54:41',
 * sometimes with a space instead of T). Returns epoch ms, or NaN.
 */
export function parseCoupangTime(value: unknown): number {
  const s = text(value).trim().replace(' ', 'T');
  if (!s) return NaN;
  if (/(Z|[+-]\d{2}:?\d{2})$/.test(s)) return Date.parse(s);
  return Date.parse(`${s}+09:00`);
}

/** An instant as ISO-8601 +09:00, or null when Coupang sent nothing readable. */
export function isoOrNull(value: unknown): string | null {
  const ms = parseCoupangTime(value);
  return Number.isNaN(ms) ? null : kstIso(new Date(ms));
}

function summary(names: string[]): string {
  const first = names.find((n) => n.trim()) ?? '';
  return names.length > 1 ? `${first} 외 ${names.length - 1}건` : first;
}

function searchText(parts: string[]): string {
  return parts.join(' ').toLowerCase().replace(/[\s-]/g, '');
}

export interface ReceiptItemView {
  vendorItemId: string;
  vendorItemName: string;
  sellerProductName: string;
  shipmentBoxId: string;
  purchaseCount: number;
  cancelCount: number;
  releaseStatus: string | null;
}

export function receiptItems(raw: any): ReceiptItemView[] {
  const items: any[] = Array.isArray(raw?.returnItems) ? raw.returnItems : [];
  return items.map((i) => ({
    vendorItemId: idText(i?.vendorItemId) ?? '',
    vendorItemName: text(i?.vendorItemName || i?.vendorItemPackageName),
    sellerProductName: text(i?.sellerProductName),
    shipmentBoxId: idText(i?.shipmentBoxId) ?? '',
    purchaseCount: int(i?.purchaseCount),
    cancelCount: int(i?.cancelCount),
    releaseStatus: i?.releaseStatus === undefined || i?.releaseStatus === null ? null : text(i.releaseStatus),
  }));
}

export function normalizeReceipt(raw: any, seenAt: string): Omit<ReceiptRecord, 'withdrawnAt' | 'updatedAt'> {
  const receiptId = idText(raw?.receiptId);
  const orderId = idText(raw?.orderId);
  const createdMs = parseCoupangTime(raw?.createdAt);
  if (!receiptId || !orderId || Number.isNaN(createdMs)) throw new ReturnShapeError(`반품 접수 데이터를 읽을 수 없습니다: ${stringifyJson(raw).slice(0, 200)}`);
  const items = receiptItems(raw);
  const status = text(raw.receiptStatus);
  const releaseStop = status === 'RELEASE_STOP_UNCHECKED' || (status === 'RETURNS_UNCHECKED' && items.length > 0 && items.every((i) => i.releaseStatus === 'N'));
  const reasonCode = text(raw.reasonCode) || null;
  const names = items.map((i) => i.vendorItemName);
  return {
    receiptId,
    orderId,
    receiptType: text(raw.receiptType) || 'RETURN',
    receiptStatus: status,
    releaseStop,
    createdAt: kstIso(new Date(createdMs)),
    createdMs,
    modifiedAt: isoOrNull(raw.modifiedAt),
    requesterName: text(raw.requesterName),
    productSummary: summary(names),
    searchText: searchText([receiptId, orderId, text(raw.requesterName), ...names, ...items.map((i) => i.shipmentBoxId)]),
    cancelCountSum: raw.cancelCountSum === undefined || raw.cancelCountSum === null ? items.reduce((n, i) => n + i.cancelCount, 0) : int(raw.cancelCountSum),
    reasonCode,
    reasonKo: vocReasonKo(reasonCode, text(raw.reasonCodeText)),
    faultByType: text(raw.faultByType) || null,
    preRefund: raw.preRefund === true,
    rawJson: stringifyJson(raw),
    seenAt,
  };
}

/** returnShippingCharge is a number in v4 and a money object in v6. */
export function won(value: unknown): number {
  return toWon(value as never);
}

export function normalizeExchange(raw: any, seenAt: string): Omit<ExchangeRecord, 'updatedAt'> {
  const exchangeId = idText(raw?.exchangeId);
  const orderId = idText(raw?.orderId);
  const createdMs = parseCoupangTime(raw?.createdAt);
  if (!exchangeId || !orderId || Number.isNaN(createdMs)) throw new ReturnShapeError(`교환 요청 데이터를 읽을 수 없습니다: ${stringifyJson(raw).slice(0, 200)}`);
  const items: any[] = Array.isArray(raw.exchangeItemDtoV1s) ? raw.exchangeItemDtoV1s : [];
  const names = items.map((i) => text(i?.targetItemName || i?.orderItemName));
  const groups: any[] = Array.isArray(raw.deliveryInvoiceGroupDtos) ? raw.deliveryInvoiceGroupDtos : [];
  const reasonCode = text(raw.reasonCode) || null;
  const customer = text(raw.exchangeAddressDtoV1?.deliveryCustomerName || raw.exchangeAddressDtoV1?.returnCustomerName);
  return {
    exchangeId,
    orderId,
    exchangeStatus: text(raw.exchangeStatus),
    collectStatus: text(raw.collectStatus),
    deliveryStatus: text(raw.deliveryStatus),
    createdAt: kstIso(new Date(createdMs)),
    createdMs,
    modifiedAt: isoOrNull(raw.modifiedAt),
    customerName: customer,
    productSummary: summary(names),
    searchText: searchText([exchangeId, orderId, customer, ...names, ...items.map((i) => idText(i?.originalShipmentBoxId) ?? '')]),
    quantity: items.reduce((n, i) => n + int(i?.quantity), 0),
    reasonCode,
    reasonKo: vocReasonKo(reasonCode, text(raw.reasonCodeText)),
    faultType: text(raw.faultType) || null,
    // The replacement's NEW box (rules-orders.md 80), never originalShipmentBoxId.
    newShipmentBoxId: groups.map((g) => idText(g?.shipmentBoxId)).find((id) => id !== null) ?? null,
    rawJson: stringifyJson(raw),
    seenAt,
  };
}

export function normalizeWithdrawal(raw: any, seenAt: string): WithdrawalRecord {
  const cancelId = idText(raw?.cancelId);
  const orderId = idText(raw?.orderId);
  const ms = parseCoupangTime(raw?.createdAt);
  if (!cancelId || !orderId || Number.isNaN(ms)) throw new ReturnShapeError(`반품철회 데이터를 읽을 수 없습니다: ${stringifyJson(raw).slice(0, 200)}`);
  return {
    cancelId,
    orderId,
    refundDeliveryDuty: text(raw.refundDeliveryDuty) || null,
    withdrawnAt: kstIso(new Date(ms)),
    withdrawnMs: ms,
    vendorItemIds: (Array.isArray(raw.vendorItemIds) ? raw.vendorItemIds : []).map((v: unknown) => idText(v)).filter((v: string | null): v is string => v !== null),
    rawJson: stringifyJson(raw),
    seenAt,
  };
}
