// Coupang's settlement answers → local records (settlement.json). Amounts are plain won on these
// v1 paths; IDs arrive as numbers (safe below 16 digits) or strings. Tolerated variants:
//  - rule 6: the table spells `couapngDiscountCoupon`, the example `coupangDiscountCoupon`;
//  - deliveryFee is documented as an Array but the example sends one object (both are summed);
//  - deliveryFee.settlementAmount may be null (the example): amount - fee - feeVat, its formula;
//  - REFUND lines "can carry negative amounts": whatever sign they carry, a refund counts against
//    the period, so its amounts and quantity are stored negative.
import type { PayoutRow } from '../../../shared/ipc/settlement';
import { toWon } from '../../../shared/money';
import { stringifyJson } from '../../coupang';
import type { PayoutRecord, RevenueRecord } from '../../store/settlement-repo';

type Raw = Record<string, any>;

const won = (v: unknown) => toWon(v as number | string | null | undefined);
const day = (v: unknown): string | null => (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}/.test(v) ? v.slice(0, 10) : null);

export interface RevenueItemNames {
  vendorItemId: string;
  name: string;
}

function deliveryOf(raw: Raw) {
  const parts: Raw[] = Array.isArray(raw.deliveryFee) ? raw.deliveryFee : raw.deliveryFee && typeof raw.deliveryFee === 'object' ? [raw.deliveryFee] : [];
  let amount = 0;
  let fee = 0;
  let feeVat = 0;
  let settlement = 0;
  for (const d of parts) {
    const a = won(d.amount);
    const f = won(d.fee);
    const v = won(d.feeVat);
    amount += a;
    fee += f;
    feeVat += v;
    settlement += d.settlementAmount === null || d.settlementAmount === undefined ? a - f - v : won(d.settlementAmount);
  }
  return { amount, fee, feeVat, settlement };
}

export function revenueRecord(raw: Raw): RevenueRecord | null {
  const orderId = raw.orderId === undefined || raw.orderId === null ? null : String(raw.orderId);
  const recognitionDate = day(raw.recognitionDate);
  if (!orderId || !/^\d+$/.test(orderId) || !recognitionDate) return null;
  const items: Raw[] = Array.isArray(raw.items) ? raw.items : [];
  let quantity = 0;
  let salePrice = 0;
  let coupangDiscount = 0;
  let saleAmount = 0;
  let sellerDiscountCoupon = 0;
  let serviceFee = 0;
  let serviceFeeVat = 0;
  let itemSettlement = 0;
  for (const i of items) {
    const price = won(i.salePrice);
    const discount = won(i.coupangDiscountCoupon ?? i.couapngDiscountCoupon);
    const amount = i.saleAmount === undefined || i.saleAmount === null ? price - discount : won(i.saleAmount);
    const fee = won(i.serviceFee);
    const vat = won(i.serviceFeeVat);
    quantity += Math.abs(won(i.quantity));
    salePrice += price;
    coupangDiscount += discount;
    saleAmount += amount;
    sellerDiscountCoupon += won(i.sellerDiscountCoupon);
    serviceFee += fee;
    serviceFeeVat += vat;
    itemSettlement += i.settlementAmount === undefined || i.settlementAmount === null ? amount - fee - vat : won(i.settlementAmount);
  }
  const d = deliveryOf(raw);
  const saleType = typeof raw.saleType === 'string' ? raw.saleType : 'SALE';
  const refund = saleType === 'REFUND';
  const signed = (n: number) => (refund ? -Math.abs(n) : n);
  const first = items[0] ?? {};
  const name = String(first.vendorItemName ?? first.productName ?? '');
  return {
    orderId,
    saleType,
    saleDate: day(raw.saleDate),
    recognitionDate,
    settlementDate: day(raw.settlementDate),
    finalSettlementDate: day(raw.finalSettlementDate),
    productSummary: items.length > 1 ? `${name} 외 ${items.length - 1}건` : name,
    itemCount: items.length,
    quantity: signed(quantity),
    salePrice: signed(salePrice),
    coupangDiscount: signed(coupangDiscount),
    saleAmount: signed(saleAmount),
    sellerDiscountCoupon: signed(sellerDiscountCoupon),
    serviceFee: signed(serviceFee),
    serviceFeeVat: signed(serviceFeeVat),
    deliveryAmount: signed(d.amount),
    deliveryFee: signed(d.fee),
    deliveryFeeVat: signed(d.feeVat),
    settlementAmount: signed(itemSettlement) + signed(d.settlement),
    rawJson: stringifyJson(raw),
  };
}

/** Option names a revenue line carries (they help the inquiry inbox, whose answers have only IDs). */
export function itemNames(raw: Raw): RevenueItemNames[] {
  const items: Raw[] = Array.isArray(raw.items) ? raw.items : [];
  return items.filter((i) => i.vendorItemId !== undefined && i.vendorItemName).map((i) => ({ vendorItemId: String(i.vendorItemId), name: String(i.vendorItemName) }));
}

/**
 * finalAmount = settlementAmount + pendingReleasedAmount − (deductions…) (rule 97): what lies
 * between the two is shown as one "deductions" figure.
 */
export function payoutRecord(raw: Raw, month: string): PayoutRecord {
  const settlementAmount = won(raw.settlementAmount);
  const finalAmount = won(raw.finalAmount);
  const row: PayoutRow = {
    yearMonth: typeof raw.revenueRecognitionYearMonth === 'string' ? raw.revenueRecognitionYearMonth : month,
    settlementType: String(raw.settlementType ?? ''),
    settlementDate: day(raw.settlementDate),
    dateFrom: day(raw.revenueRecognitionDateFrom),
    dateTo: day(raw.revenueRecognitionDateTo),
    totalSale: won(raw.totalSale),
    serviceFee: won(raw.serviceFee),
    settlementTargetAmount: won(raw.settlementTargetAmount),
    settlementAmount,
    lastAmount: won(raw.lastAmount),
    deductions: settlementAmount + won(raw.pendingReleasedAmount) - finalAmount,
    finalAmount,
    status: String(raw.status ?? ''),
    bankName: raw.bankName ? String(raw.bankName) : null,
    bankAccount: raw.bankAccount ? String(raw.bankAccount) : null,
  };
  return { ...row, rawJson: stringifyJson(raw) };
}
