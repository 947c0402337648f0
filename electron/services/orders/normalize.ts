// Turns one order sheet as Coupang sends it (v5 list or single query, parsed losslessly with IDs
// as strings) into the fields the store indexes. Nothing is dropped: the whole sheet is kept as
// raw JSON next to them. Field names are exactly the documented ones (endpoints/orders.json).
import { createHash } from 'node:crypto';
import { resolveCarrier } from '../../../shared/carriers';
import { toWon } from '../../../shared/money';
import { phoneLast4, digitsOf, searchTextOf } from '../../../shared/orders/search';
import { quantityToShip } from '../../../shared/orders/quantity';
import { kstIso } from '../../../shared/kst';
import { stringifyJson } from '../../coupang';

export interface NormalizedItem {
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
}

export interface NormalizedReceiver {
  name: string;
  safeNumber: string;
  receiverNumber: string | null;
  addr1: string;
  addr2: string;
  postCode: string;
}

export interface NormalizedOrder {
  shipmentBoxId: string;
  orderId: string;
  status: string;
  orderedAt: string;
  orderedMs: number;
  paidAt: string | null;
  receiver: NormalizedReceiver;
  receiverPhoneLast4: string;
  receiverPhoneDigits: string;
  receiverHash: string;
  searchText: string;
  productSummary: string;
  items: NormalizedItem[];
  quantityToShip: number;
  orderPrice: number;
  deliveryCompanyName: string | null;
  deliveryCompanyCode: string | null;
  invoiceNumber: string | null;
  splitShipping: boolean;
  ableSplitShipping: boolean;
  rawJson: string;
  rawHash: string;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => !!v && typeof v === 'object' && !Array.isArray(v);

/** An ID as a digit string whatever JSON type it arrived in; null when absent or 0 ("not used"). */
export function idText(v: unknown): string | null {
  if (v === undefined || v === null || v === '') return null;
  const s = typeof v === 'string' ? v.trim() : typeof v === 'number' || typeof v === 'bigint' ? String(v) : String(v);
  if (!/^\d+$/.test(s) || /^0+$/.test(s)) return null;
  return s;
}

function text(v: unknown): string {
  return v === undefined || v === null ? '' : String(v);
}

function textOrNull(v: unknown): string | null {
  const s = text(v).trim();
  return s === '' ? null : s;
}

function int(v: unknown): number {
  const n = typeof v === 'number' ? v : Number(v);
  return Number.isFinite(n) ? Math.trunc(n) : 0;
}

function bool(v: unknown): boolean {
  return v === true || v === 'true';
}

/**
 * Coupang times: v5 ISO-8601 with offset (6 fractional digits), v4 local KST without offset.
 * Returns epoch ms, or NaN when unreadable.
 */
export function parseCoupangTime(v: unknown): number {
  const s = text(v).trim();
  if (!s) return NaN;
  const iso = s.replace(' ', 'T');
  const hasZone = /(Z|[+-]\d{2}:?\d{2})$/.test(iso);
  const ms = Date.parse(hasZone ? iso : `${iso}+09:00`);
  return ms;
}

export function hashOf(s: string): string {
  return createHash('sha1').update(s).digest('hex');
}

export class OrderShapeError extends Error {}

export function normalizeOrderSheet(sheet: unknown): NormalizedOrder {
  if (!isObj(sheet)) throw new OrderShapeError('발주서 형식이 올바르지 않습니다.');
  const shipmentBoxId = idText(sheet.shipmentBoxId);
  const orderId = idText(sheet.orderId);
  if (!shipmentBoxId || !orderId) throw new OrderShapeError(`발주서에 shipmentBoxId/orderId가 없습니다: ${stringifyJson(sheet).slice(0, 120)}`);
  const orderedMs = parseCoupangTime(sheet.orderedAt);
  const paidMs = parseCoupangTime(sheet.paidAt);
  const ordered = Number.isFinite(orderedMs) ? orderedMs : Number.isFinite(paidMs) ? paidMs : 0;
  const r = isObj(sheet.receiver) ? sheet.receiver : {};
  const receiver: NormalizedReceiver = {
    name: text(r.name),
    safeNumber: text(r.safeNumber),
    receiverNumber: textOrNull(r.receiverNumber),
    addr1: text(r.addr1),
    addr2: text(r.addr2),
    postCode: text(r.postCode),
  };

  const rawItems = Array.isArray(sheet.orderItems) ? sheet.orderItems.filter(isObj) : [];
  const byId = new Map<string, NormalizedItem>();
  rawItems.forEach((it, i) => {
    const vendorItemId = idText(it.vendorItemId) ?? `line-${i + 1}`;
    const item: NormalizedItem = {
      vendorItemId,
      lineNo: i + 1,
      vendorItemName: text(it.vendorItemName),
      sellerProductId: idText(it.sellerProductId),
      sellerProductName: text(it.sellerProductName),
      sellerProductItemName: text(it.sellerProductItemName),
      externalVendorSkuCode: textOrNull(it.externalVendorSkuCode),
      shippingCount: int(it.shippingCount),
      cancelCount: int(it.cancelCount),
      holdCountForCancel: int(it.holdCountForCancel),
      quantityToShip: 0,
      salesPrice: toWon(it.salesPrice as Parameters<typeof toWon>[0]),
      orderPrice: toWon(it.orderPrice as Parameters<typeof toWon>[0]),
    };
    const prev = byId.get(vendorItemId);
    if (prev) {
      // The same option twice in one box: keep one line with the quantities added up.
      prev.shippingCount += item.shippingCount;
      prev.cancelCount += item.cancelCount;
      prev.holdCountForCancel += item.holdCountForCancel;
      prev.orderPrice += item.orderPrice;
    } else byId.set(vendorItemId, item);
  });
  const items = [...byId.values()];
  for (const it of items) it.quantityToShip = quantityToShip(it);

  const names = items.map((i) => i.vendorItemName || `${i.sellerProductName} ${i.sellerProductItemName}`.trim());
  const productSummary = names.length === 0 ? '' : names.length === 1 ? names[0] : `${names[0]} 외 ${names.length - 1}건`;
  const deliveryCompanyName = textOrNull(sheet.deliveryCompanyName);
  const carrier = deliveryCompanyName ? resolveCarrier(deliveryCompanyName) : null;
  const rawJson = stringifyJson(sheet);
  return {
    shipmentBoxId,
    orderId,
    status: text(sheet.status) || 'ACCEPT',
    orderedAt: kstIso(new Date(ordered)),
    orderedMs: ordered,
    paidAt: Number.isFinite(paidMs) ? kstIso(new Date(paidMs)) : null,
    receiver,
    receiverPhoneLast4: phoneLast4(receiver.safeNumber || receiver.receiverNumber),
    receiverPhoneDigits: digitsOf(receiver.safeNumber || receiver.receiverNumber),
    receiverHash: hashOf(stringifyJson([receiver.name, receiver.safeNumber, receiver.receiverNumber, receiver.addr1, receiver.addr2, receiver.postCode])),
    searchText: searchTextOf({
      receiverName: receiver.name,
      productNames: items.flatMap((i) => [i.vendorItemName, i.sellerProductName, i.sellerProductItemName, i.externalVendorSkuCode]),
    }),
    productSummary,
    items,
    quantityToShip: items.reduce((s, i) => s + i.quantityToShip, 0),
    orderPrice: items.reduce((s, i) => s + i.orderPrice, 0),
    deliveryCompanyName,
    deliveryCompanyCode: carrier?.ok ? carrier.carrier.code : null,
    invoiceNumber: textOrNull(sheet.invoiceNumber),
    splitShipping: bool(sheet.splitShipping),
    ableSplitShipping: bool(sheet.ableSplitShipping),
    rawJson,
    rawHash: hashOf(rawJson),
  };
}

export interface NormalizedClaimItem {
  vendorItemId: string;
  shipmentBoxId: string;
  cancelCount: number;
  purchaseCount: number;
  releaseStatus: string | null;
}

export interface NormalizedClaim {
  receiptId: string;
  orderId: string;
  receiptType: string;
  receiptStatus: string;
  cancelCountSum: number;
  releaseStopStatus: string | null;
  reasonKo: string | null;
  requestedAt: string | null;
  modifiedAt: string | null;
  items: NormalizedClaimItem[];
  rawJson: string;
}

/** One receipt of returns.listRequests / returns.getRequest (v6). */
export function normalizeReceipt(receipt: unknown): NormalizedClaim {
  if (!isObj(receipt)) throw new OrderShapeError('반품/취소 접수 형식이 올바르지 않습니다.');
  const receiptId = idText(receipt.receiptId);
  const orderId = idText(receipt.orderId);
  if (!receiptId || !orderId) throw new OrderShapeError(`접수에 receiptId/orderId가 없습니다: ${stringifyJson(receipt).slice(0, 120)}`);
  const items = (Array.isArray(receipt.returnItems) ? receipt.returnItems.filter(isObj) : []).map((it) => ({
    vendorItemId: idText(it.vendorItemId) ?? '',
    shipmentBoxId: idText(it.shipmentBoxId) ?? '',
    cancelCount: int(it.cancelCount),
    purchaseCount: int(it.purchaseCount),
    releaseStatus: textOrNull(it.releaseStatus),
  }));
  const reason = [receipt.cancelReasonCategory1, receipt.cancelReasonCategory2, receipt.reasonCodeText, receipt.cancelReason]
    .map((x) => text(x).trim())
    .filter(Boolean);
  const when = (v: unknown) => {
    const ms = parseCoupangTime(v);
    return Number.isFinite(ms) ? kstIso(new Date(ms)) : null;
  };
  const sum = int(receipt.cancelCountSum);
  return {
    receiptId,
    orderId,
    receiptType: text(receipt.receiptType) || 'RETURN',
    receiptStatus: text(receipt.receiptStatus),
    cancelCountSum: sum > 0 ? sum : items.reduce((s, i) => s + i.cancelCount, 0),
    releaseStopStatus: textOrNull(receipt.releaseStopStatus),
    reasonKo: reason.length ? [...new Set(reason)].join(' / ') : null,
    requestedAt: when(receipt.createdAt),
    modifiedAt: when(receipt.modifiedAt),
    items,
    rawJson: stringifyJson(receipt),
  };
}
