// `GET /__sandbox/settlement?vendorId=&from=&to=`: what the revenue history of a period must add
// up to, for tests and for a seller rehearsing reconciliation. `totals` sum the ledger the API
// serves; `check` recomputes the gross from the order sheets directly (delivered boxes whose
// recognition date is in the period, quantity that left the warehouse × unit price, plus their
// shipping), so a ledger bug cannot hide behind its own arithmetic.
import { kstDate } from '../../clock';
import type { OrdersState } from '../orders/types';
import { recognitionAt, shippedAt, shippedQuantity } from './ledger';
import type { LedgerLine, SettlementState } from './types';

export interface Totals {
  lines: number;
  saleLines: number;
  refundLines: number;
  orders: number;
  quantity: number;
  salePrice: number;
  coupangDiscountCoupon: number;
  saleAmount: number;
  sellerDiscountCoupon: number;
  serviceFee: number;
  serviceFeeVat: number;
  itemSettlementAmount: number;
  deliveryAmount: number;
  deliveryFee: number;
  deliveryFeeVat: number;
  deliverySettlementAmount: number;
  /** saleAmount + deliveryAmount */
  totalSale: number;
  /** itemSettlementAmount + deliverySettlementAmount */
  settlementAmount: number;
}

export function emptyTotals(): Totals {
  return {
    lines: 0, saleLines: 0, refundLines: 0, orders: 0, quantity: 0, salePrice: 0, coupangDiscountCoupon: 0, saleAmount: 0, sellerDiscountCoupon: 0,
    serviceFee: 0, serviceFeeVat: 0, itemSettlementAmount: 0, deliveryAmount: 0, deliveryFee: 0, deliveryFeeVat: 0, deliverySettlementAmount: 0, totalSale: 0, settlementAmount: 0,
  };
}

export function totalsOf(lines: readonly LedgerLine[]): Totals {
  const t = emptyTotals();
  const orders = new Set<string>();
  for (const line of lines) {
    t.lines++;
    if (line.saleType === 'SALE') {
      t.saleLines++;
      orders.add(line.orderId);
    } else t.refundLines++;
    const d = line.deliveryFee;
    t.deliveryAmount += d.amount;
    t.deliveryFee += d.fee;
    t.deliveryFeeVat += d.feeVat;
    t.deliverySettlementAmount += d.settlementAmount ?? d.amount - d.fee - d.feeVat;
    for (const i of line.items) {
      t.quantity += line.saleType === 'SALE' ? i.quantity : -i.quantity;
      t.salePrice += i.salePrice;
      t.coupangDiscountCoupon += i.coupangDiscountCoupon;
      t.saleAmount += i.saleAmount;
      t.sellerDiscountCoupon += i.sellerDiscountCoupon;
      t.serviceFee += i.serviceFee;
      t.serviceFeeVat += i.serviceFeeVat;
      t.itemSettlementAmount += i.settlementAmount;
    }
  }
  t.orders = orders.size;
  t.totalSale = t.saleAmount + t.deliveryAmount;
  t.settlementAmount = t.itemSettlementAmount + t.deliverySettlementAmount;
  return t;
}

/**
 * Straight from the sheets: the goods and shipping of the delivered boxes whose recognition date
 * is in [from, to] (quantity that left × unit price − Coupang discount), and the goods that came
 * back on completed returns recognized in the period. `saleAmount - refundAmount` is what the
 * ledger's saleAmount total must be.
 */
export function grossFromSheets(orders: OrdersState, from: string, to: string, now: number) {
  let boxes = 0;
  let units = 0;
  let goods = 0;
  let shipping = 0;
  let refundUnits = 0;
  let refunds = 0;
  const inRange = (ms: number) => {
    const day = kstDate(ms);
    return day >= from && day <= to;
  };
  for (const sheet of orders.sheets) {
    const at = recognitionAt(sheet);
    const left = shippedAt(sheet);
    if (at === null || left === null || at > now) continue;
    const receipts = orders.receipts.forOrder(sheet.orderId);
    let boxUnits = 0;
    let boxGoods = 0;
    for (const item of sheet.items) {
      const q = shippedQuantity(receipts, sheet, item, left);
      boxUnits += q;
      boxGoods += q * item.salesPrice - Math.round((item.coupangDiscount * q) / item.shippingCount);
      for (const r of receipts) {
        if (r.receiptStatus !== 'RETURNS_COMPLETED' || r.completeConfirmDate === null || r.completeConfirmDate > now || !inRange(Math.max(r.completeConfirmDate, at))) continue;
        const back = r.items
          .filter((ri) => ri.shipmentBoxId === sheet.shipmentBoxId && ri.vendorItemId === item.product.vendorItemId && (r.createdAt > left || ri.releaseStatus === 'A'))
          .reduce((n, ri) => n + ri.cancelCount, 0);
        const n = Math.min(back, q);
        refundUnits += n;
        refunds += n * item.salesPrice - Math.round((item.coupangDiscount * n) / item.shippingCount);
      }
    }
    if (boxUnits === 0 || !inRange(at)) continue;
    boxes++;
    units += boxUnits;
    goods += boxGoods;
    shipping += sheet.shippingPrice + sheet.remotePrice;
  }
  return { boxes, units, saleAmount: goods, deliveryAmount: shipping, refundUnits, refundAmount: refunds };
}

export function settlementAdminView(state: SettlementState, orders: OrdersState, ledger: readonly LedgerLine[], from: string, to: string, now: number) {
  const inRange = ledger.filter((l) => l.recognitionDate >= from && l.recognitionDate <= to);
  const byDay = new Map<string, LedgerLine[]>();
  for (const l of inRange) (byDay.get(l.recognitionDate) ?? byDay.set(l.recognitionDate, []).get(l.recognitionDate)!).push(l);
  return {
    vendorId: state.vendorId,
    cycle: state.cycle,
    now: new Date(now).toISOString(),
    today: kstDate(now),
    from,
    to,
    totals: totalsOf(inRange),
    byDay: [...byDay.entries()].map(([date, lines]) => {
      const t = totalsOf(lines);
      return { date, lines: t.lines, saleAmount: t.saleAmount, deliveryAmount: t.deliveryAmount, totalSale: t.totalSale, settlementAmount: t.settlementAmount };
    }),
    check: grossFromSheets(orders, from, to, now),
  };
}
