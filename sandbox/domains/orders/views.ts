// v5 (international) order-sheet answers with exactly the fields and order of orders.json's
// example, plus the upBundle* fields real sheets carry. v5 rules (rules-orders.md 3): money as
// {currencyCode, units, nanos}, times ISO-8601 with offset and microseconds, phones E.164.
import { formatKst } from '../../clock';
import { num } from '../../json';
import { deliveryCompanyName } from './carriers';
import { STATUS_LABELS } from './messages';
import type { OrderSheet, SheetItem } from './types';
import { CONFIRM_AFTER_MS } from './world';

export function money(units: number) {
  return { currencyCode: 'KRW', units, nanos: 0 };
}

/** `YYYY-MM-DDThh:mm:ss.ssssss+09:00` as the v5 example shows; the sandbox keeps milliseconds. */
export function isoMicro(ms: number): string {
  return formatKst(ms, 'yyyy-MM-ddTHH:mm:ss.SSS') + '000+09:00';
}

/**
 * v5 phones are E.164. The docs' only example is a formatted US number ("+1(555)444-1234") and
 * none shows a Korean one, so the sandbox writes the plain E.164 form: 0502-1234-5678 → +825021234567.
 */
export function e164(local: string): string {
  const digits = local.replace(/\D/g, '');
  if (digits === '') return '';
  return digits.startsWith('0') ? `+82${digits.slice(1)}` : `+${digits}`;
}

function itemView(sheet: OrderSheet, item: SheetItem, now: number) {
  const p = item.product;
  const discount = item.instantCouponDiscount + item.downloadableCouponDiscount + item.coupangDiscount;
  const confirmAt = sheet.deliveredAt === null ? null : sheet.deliveredAt + CONFIRM_AFTER_MS;
  return {
    vendorItemPackageId: 0,
    vendorItemPackageName: p.displayName,
    productId: num(p.productId),
    vendorItemId: num(p.vendorItemId),
    vendorItemName: p.vendorItemName,
    shippingCount: item.shippingCount,
    salesPrice: money(item.salesPrice),
    orderPrice: money(item.salesPrice * item.shippingCount),
    discountPrice: money(discount),
    instantCouponDiscount: money(item.instantCouponDiscount),
    downloadableCouponDiscount: money(item.downloadableCouponDiscount),
    coupangDiscount: money(item.coupangDiscount),
    externalVendorSkuCode: p.externalVendorSkuCode,
    etcInfoHeader: null,
    etcInfoValue: null,
    etcInfoValues: null,
    sellerProductId: num(p.sellerProductId),
    sellerProductName: p.sellerProductName,
    sellerProductItemName: p.itemName,
    firstSellerProductItemName: p.itemName,
    cancelCount: item.cancelCount,
    holdCountForCancel: item.holdCountForCancel,
    estimatedShippingDate: item.estimatedShippingDate,
    plannedShippingDate: item.plannedShippingDate,
    invoiceNumberUploadDate: item.invoiceNumberUploadDate === null ? '' : isoMicro(item.invoiceNumberUploadDate),
    extraProperties: {},
    pricingBadge: false,
    usedProduct: false,
    confirmDate: confirmAt !== null && confirmAt <= now ? isoMicro(confirmAt) : null,
    deliveryChargeTypeName: p.deliveryChargeTypeName,
    upBundleVendorItemId: null,
    upBundleVendorItemName: null,
    upBundleSize: null,
    canceled: item.cancelCount >= item.shippingCount,
    upBundleItem: false,
  };
}

/** `now` decides what time-dependent fields show (purchase confirmation). */
export function sheetView(sheet: OrderSheet, now: number) {
  // Real sheets: safe numbers are '' once delivered (217 of 298, all FINAL_DELIVERY).
  const expired = sheet.status === 'FINAL_DELIVERY' && sheet.safeNumberExpires;
  return {
    shipmentBoxId: num(sheet.shipmentBoxId),
    orderId: num(sheet.orderId),
    orderedAt: isoMicro(sheet.orderedAt),
    orderer: { name: sheet.orderer.name, email: '', safeNumber: expired ? '' : e164(sheet.orderer.safeNumber), ordererNumber: null },
    paidAt: isoMicro(sheet.paidAt),
    status: sheet.status,
    shippingPrice: money(sheet.shippingPrice),
    remotePrice: money(sheet.remotePrice),
    remoteArea: sheet.remoteArea,
    parcelPrintMessage: sheet.parcelPrintMessage,
    splitShipping: sheet.splitShipping,
    ableSplitShipping: sheet.ableSplitShipping,
    receiver: {
      name: sheet.receiver.name,
      safeNumber: expired ? '' : e164(sheet.receiver.safeNumber),
      receiverNumber: null,
      addr1: sheet.receiver.addr1,
      addr2: sheet.receiver.addr2,
      postCode: sheet.receiver.postCode,
    },
    orderItems: sheet.items.map((item) => itemView(sheet, item, now)),
    overseaShippingInfoDto: { personalCustomsClearanceCode: '', ordererSsn: '', ordererPhoneNumber: '' },
    deliveryCompanyName: deliveryCompanyName(sheet.deliveryCompanyCode),
    invoiceNumber: sheet.invoiceNumber,
    inTrasitDateTime: sheet.inTransitAt === null ? '' : isoMicro(sheet.inTransitAt),
    deliveredDate: sheet.deliveredAt === null ? '' : isoMicro(sheet.deliveredAt),
    refer: sheet.refer,
    shipmentType: 'THIRD_PARTY',
    isCod: false,
    extraProperties: {},
  };
}

/**
 * orders.getDeliveryHistory: newest first as in the example. The example's updatedAt has no
 * offset, but it predates v5; the v5 rule (ISO-8601 with offset) is applied here.
 */
export function historyView(sheet: OrderSheet) {
  return {
    shipmentBoxId: num(sheet.shipmentBoxId),
    details: [...sheet.history].reverse().map((h) => ({ deliveryStatus: h.status, deliveryStatusDesc: STATUS_LABELS[h.status], updatedAt: isoMicro(h.at) })),
  };
}

/** Compact canonical form for GET /__sandbox/orders: what a client's local store must agree on. */
export function canonicalView(sheet: OrderSheet, now: number, listDelayMs: number) {
  return {
    shipmentBoxId: sheet.shipmentBoxId,
    orderId: sheet.orderId,
    status: sheet.status,
    removed: sheet.removed,
    paidAt: new Date(sheet.paidAt).toISOString(),
    receiver: { name: sheet.receiver.name, addr1: sheet.receiver.addr1, addr2: sheet.receiver.addr2, postCode: sheet.receiver.postCode },
    items: sheet.items.map((i) => ({ vendorItemId: i.product.vendorItemId, shippingCount: i.shippingCount, cancelCount: i.cancelCount, holdCountForCancel: i.holdCountForCancel })),
    deliveryCompanyCode: sheet.deliveryCompanyCode,
    invoiceNumber: sheet.invoiceNumber,
    splitShipping: sheet.splitShipping,
    updatedAt: new Date(sheet.updatedAt).toISOString(),
    visibleInLists: sheet.removed === null && sheet.paidAt + listDelayMs <= now,
  };
}
