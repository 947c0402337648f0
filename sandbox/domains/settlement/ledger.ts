// The revenue ledger (매출내역) computed from the orders world at `now`. Rules and sources:
//  - Revenue is recognized at purchase confirmation, i.e. delivery completion + 7 days (rule 95;
//    the orders domain shows confirmDate = deliveredAt + 7 days, CONFIRM_AFTER_MS, so both agree).
//  - DIRECT (업체직송) waybills never reach FINAL_DELIVERY but are recognized 7 days later
//    (rules 39/40): counted from the moment the box became NONE_TRACKING.
//  - What left the warehouse is what was shipped: the ordered quantity minus what receipts
//    (cancels, release stops) took away before the waybill — read from the receipts rather than
//    item.cancelCount so a later return can never shrink a sale already recognized. Receipts
//    completed after shipping (returns, 이미출고 release stops) become REFUND lines with negative
//    amounts (rule: "REFUND lines can carry negative amounts") on their completion date.
//  - Per item: saleAmount = salePrice - Coupang discount; settlementAmount = saleAmount -
//    (serviceFee + serviceFeeVat) (settlement.json). The documented example (31,670 won at 8%:
//    fee 2,534, VAT 253) is matched by rounding the fee and truncating the VAT.
//  - Shipping: amount = base + remote-area fee, commission at feeRatio 3 (the example's rate).
//  - Lines: one per order, sale type and recognition date (boxes of one order delivered the same
//    day share a line).
import { kstDate } from '../../clock';
import { deriveSeed } from '../../rng';
import type { Receipt } from '../returns/types';
import type { OrderSheet, OrdersState, SheetItem } from '../orders/types';
import { CONFIRM_AFTER_MS } from '../orders/world';
import { addDays, addMonths, businessDayOnOrAfter, firstOfMonth, lastOfMonth, mondayOf, monthOf, nthBusinessDayAfter } from './calendar';
import type { DeliveryFee, LedgerItem, LedgerLine, SettlementCycle, SettlementState } from './types';

/** Days from revenue recognition to purchase confirmation (rule 95). */
export const RECOGNITION_DELAY_MS = CONFIRM_AFTER_MS;
/** settlement.json example: deliveryFee.feeRatio 3. */
export const DELIVERY_FEE_RATIO = 3;
/** Business days from the end of a settlement period to the payout (derived from the example). */
export const PAYOUT_BUSINESS_DAYS = 15;
/** rule 96: weekly settlement pays 70% of the target; the 30% reserve is paid later (RESERVE). */
export const WEEKLY_SHARE = 0.7;

/**
 * Commission rates in tenths of a percent. Coupang's category fee table is not in the API docs
 * (their example shows 8%); the sandbox gives each registered product one of the rates commonly
 * seen for toys / stationery / living goods, stably per product.
 */
const FEE_RATES_X10 = [108, 108, 108, 78, 80] as const;

export function feeRateX10(state: SettlementState, sellerProductId: string): number {
  return FEE_RATES_X10[deriveSeed(state.seed, `fee:${sellerProductId}`) % FEE_RATES_X10.length];
}

/** Commission: rounded to the won; its VAT: 10%, truncated. */
export function commission(amount: number, rateX10: number): { fee: number; vat: number } {
  const fee = Math.round((amount * rateX10) / 1000);
  return { fee, vat: Math.trunc(fee / 10) };
}

export interface Period {
  from: string;
  to: string;
  settlementDate: string;
  finalSettlementDate: string;
}

/**
 * The settlement period a recognition date falls in and its payout dates. Monthly: the calendar
 * month, paid 100% on the 15th business day after it ends (the documented example: 2019-02-12 →
 * 2019-03-22). Weekly: Monday to Sunday cut at month ends (payout rows are per recognition month),
 * 70% paid on the 15th business day after the period; the reserve on the first business day of the
 * second month after (finalSettlementDate, "weekly settlement only") — the docs give no date rule
 * for either, these are the sandbox's choice in line with the monthly example.
 */
export function periodOf(cycle: SettlementCycle, recognitionDate: string): Period {
  const month = monthOf(recognitionDate);
  if (cycle === 'MONTHLY') {
    const to = lastOfMonth(month);
    const settlementDate = nthBusinessDayAfter(to, PAYOUT_BUSINESS_DAYS);
    return { from: firstOfMonth(month), to, settlementDate, finalSettlementDate: settlementDate };
  }
  const monday = mondayOf(recognitionDate);
  const from = monday < firstOfMonth(month) ? firstOfMonth(month) : monday;
  const sunday = addDays(monday, 6);
  const to = sunday > lastOfMonth(month) ? lastOfMonth(month) : sunday;
  return {
    from,
    to,
    settlementDate: nthBusinessDayAfter(to, PAYOUT_BUSINESS_DAYS),
    finalSettlementDate: businessDayOnOrAfter(firstOfMonth(addMonths(month, 2))),
  };
}

/** When the box left (its first DEPARTURE or NONE_TRACKING), or null if it never did. */
export function shippedAt(sheet: OrderSheet): number | null {
  const h = sheet.history.find((e) => e.status === 'DEPARTURE' || e.status === 'NONE_TRACKING');
  return h ? h.at : null;
}

/** When the box's revenue is recognized (rule 95, rules 39/40), or null while it is in transit. */
export function recognitionAt(sheet: OrderSheet): number | null {
  if (sheet.deliveredAt !== null) return sheet.deliveredAt + RECOGNITION_DELAY_MS;
  if (sheet.status === 'NONE_TRACKING') {
    const h = sheet.history.find((e) => e.status === 'NONE_TRACKING');
    return h ? h.at + RECOGNITION_DELAY_MS : null;
  }
  return null;
}

function receiptCount(receipts: readonly Receipt[], sheet: OrderSheet, item: SheetItem, accept: (r: Receipt, releaseStatus: string) => boolean): number {
  let n = 0;
  for (const r of receipts) {
    for (const ri of r.items) {
      if (ri.shipmentBoxId === sheet.shipmentBoxId && ri.vendorItemId === item.product.vendorItemId && accept(r, ri.releaseStatus)) n += ri.cancelCount;
    }
  }
  return n;
}

/** Quantity that left the warehouse in this box. */
export function shippedQuantity(receipts: readonly Receipt[], sheet: OrderSheet, item: SheetItem, shipAt: number): number {
  const before = receiptCount(receipts, sheet, item, (r, release) => r.createdAt <= shipAt && release !== 'A');
  return Math.max(0, item.shippingCount - before);
}

const prorate = (total: number, part: number, whole: number) => (whole > 0 ? Math.round((total * part) / whole) : 0);

function ledgerItem(state: SettlementState, item: SheetItem, quantity: number): LedgerItem {
  const p = item.product;
  const salePrice = item.salesPrice * quantity;
  const coupangDiscountCoupon = prorate(item.coupangDiscount, quantity, item.shippingCount);
  const instantCoupon = prorate(item.instantCouponDiscount, quantity, item.shippingCount);
  const downloadableCoupon = prorate(item.downloadableCouponDiscount, quantity, item.shippingCount);
  const saleAmount = salePrice - coupangDiscountCoupon;
  const rate = feeRateX10(state, p.sellerProductId);
  const { fee, vat } = commission(saleAmount, rate);
  return {
    taxType: 'TAX',
    productId: p.productId,
    productName: p.displayName,
    vendorItemId: p.vendorItemId,
    vendorItemName: p.vendorItemName,
    externalSellerSkuCode: p.externalVendorSkuCode,
    salePrice,
    quantity,
    coupangDiscountCoupon,
    saleAmount,
    sellerDiscountCoupon: instantCoupon + downloadableCoupon,
    instantCoupon,
    downloadableCoupon,
    serviceFee: fee,
    serviceFeeVat: vat,
    serviceFeeRatio: rate / 10,
    settlementAmount: saleAmount - fee - vat,
  };
}

function negate(item: LedgerItem): LedgerItem {
  const neg = (n: number) => (n === 0 ? 0 : -n);
  return {
    ...item,
    salePrice: neg(item.salePrice),
    coupangDiscountCoupon: neg(item.coupangDiscountCoupon),
    saleAmount: neg(item.saleAmount),
    sellerDiscountCoupon: neg(item.sellerDiscountCoupon),
    instantCoupon: neg(item.instantCoupon),
    downloadableCoupon: neg(item.downloadableCoupon),
    serviceFee: neg(item.serviceFee),
    serviceFeeVat: neg(item.serviceFeeVat),
    settlementAmount: neg(item.settlementAmount),
  };
}

export function deliveryFee(base: number, remote: number): DeliveryFee {
  const b = commission(base, DELIVERY_FEE_RATIO * 10);
  const r = commission(remote, DELIVERY_FEE_RATIO * 10);
  const amount = base + remote;
  const fee = b.fee + r.fee;
  const feeVat = b.vat + r.vat;
  return {
    amount,
    fee,
    feeVat,
    feeRatio: DELIVERY_FEE_RATIO,
    settlementAmount: amount === 0 ? null : amount - fee - feeVat,
    baseAmount: base,
    baseFee: b.fee,
    baseFeeVat: b.vat,
    remoteAmount: remote,
    remoteFee: r.fee,
    remoteFeeVat: r.vat,
  };
}

function addFees(a: DeliveryFee, b: DeliveryFee): DeliveryFee {
  const amount = a.amount + b.amount;
  const fee = a.fee + b.fee;
  const feeVat = a.feeVat + b.feeVat;
  return {
    amount,
    fee,
    feeVat,
    feeRatio: a.feeRatio,
    settlementAmount: amount === 0 ? null : amount - fee - feeVat,
    baseAmount: a.baseAmount + b.baseAmount,
    baseFee: a.baseFee + b.baseFee,
    baseFeeVat: a.baseFeeVat + b.baseFeeVat,
    remoteAmount: a.remoteAmount + b.remoteAmount,
    remoteFee: a.remoteFee + b.remoteFee,
    remoteFeeVat: a.remoteFeeVat + b.remoteFeeVat,
  };
}

/** Every recognized revenue line of the vendor at `now`, ordered by (recognitionDate, orderId, saleType). */
export function buildLedger(state: SettlementState, orders: OrdersState, now: number): LedgerLine[] {
  const lines = new Map<string, LedgerLine>();
  const add = (sheet: OrderSheet, saleType: 'SALE' | 'REFUND', at: number, items: LedgerItem[], fee: DeliveryFee) => {
    const recognitionDate = kstDate(at);
    const key = `${recognitionDate}|${sheet.orderId}|${saleType}`;
    const existing = lines.get(key);
    if (existing) {
      existing.items.push(...items);
      existing.deliveryFee = addFees(existing.deliveryFee, fee);
      if (!existing.shipmentBoxIds.includes(sheet.shipmentBoxId)) existing.shipmentBoxIds.push(sheet.shipmentBoxId);
      return;
    }
    const period = periodOf(state.cycle, recognitionDate);
    lines.set(key, {
      orderId: sheet.orderId,
      saleType,
      saleDate: kstDate(sheet.paidAt),
      recognitionDate,
      settlementDate: period.settlementDate,
      finalSettlementDate: period.finalSettlementDate,
      deliveryFee: fee,
      items,
      shipmentBoxIds: [sheet.shipmentBoxId],
    });
  };

  for (const sheet of orders.sheets) {
    const recognized = recognitionAt(sheet);
    if (recognized === null || recognized > now) continue;
    const shipAt = shippedAt(sheet);
    if (shipAt === null) continue;
    const receipts = orders.receipts.forOrder(sheet.orderId);
    const sold: Array<{ item: SheetItem; quantity: number }> = [];
    for (const item of sheet.items) {
      const quantity = shippedQuantity(receipts, sheet, item, shipAt);
      if (quantity > 0) sold.push({ item, quantity });
    }
    if (sold.length === 0) continue;
    add(sheet, 'SALE', recognized, sold.map(({ item, quantity }) => ledgerItem(state, item, quantity)), deliveryFee(sheet.shippingPrice, sheet.remotePrice));

    // Goods that came back: receipts completed after the box left (or 이미출고 release stops).
    for (const r of receipts) {
      if (r.receiptStatus !== 'RETURNS_COMPLETED' || r.completeConfirmDate === null || r.completeConfirmDate > now) continue;
      const refunded: LedgerItem[] = [];
      for (const { item, quantity } of sold) {
        const back = Math.min(quantity, receiptCount([r], sheet, item, (x, release) => x.createdAt > shipAt || release === 'A'));
        if (back > 0) refunded.push(negate(ledgerItem(state, item, back)));
      }
      if (refunded.length) add(sheet, 'REFUND', Math.max(r.completeConfirmDate, recognized), refunded, deliveryFee(0, 0));
    }
  }
  return [...lines.values()].sort(
    (a, b) => (a.recognitionDate < b.recognitionDate ? -1 : a.recognitionDate > b.recognitionDate ? 1 : 0) || (a.orderId < b.orderId ? -1 : a.orderId > b.orderId ? 1 : 0) || (a.saleType < b.saleType ? 1 : a.saleType > b.saleType ? -1 : 0),
  );
}
