// Revenue lines and payout rows as last fetched, per vendor, so the settlement screen and the CLI
// read a period offline. A fetched window replaces every line of its days at once; payouts are
// replaced per recognition month.
import type { DailyRevenue, PayoutRow, RevenueLine, RevenueTotals } from '../../shared/ipc/settlement';
import { eachDay } from '../../shared/settlement/windows';
import type { Db } from './db';

export interface RevenueRecord extends RevenueLine {
  rawJson: string;
}

export interface PayoutRecord extends PayoutRow {
  rawJson: string;
}

const LINE_COLUMNS = `order_id, sale_type, sale_date, recognition_date, settlement_date, final_settlement_date, product_summary, item_count, quantity, sale_price,
  coupang_discount, sale_amount, seller_discount_coupon, service_fee, service_fee_vat, delivery_amount, delivery_fee, delivery_fee_vat, settlement_amount`;

function lineFromRow(r: any): RevenueLine {
  return {
    orderId: r.order_id,
    saleType: r.sale_type,
    saleDate: r.sale_date ?? null,
    recognitionDate: r.recognition_date,
    settlementDate: r.settlement_date ?? null,
    finalSettlementDate: r.final_settlement_date ?? null,
    productSummary: r.product_summary,
    itemCount: r.item_count,
    quantity: r.quantity,
    salePrice: r.sale_price,
    coupangDiscount: r.coupang_discount,
    saleAmount: r.sale_amount,
    sellerDiscountCoupon: r.seller_discount_coupon,
    serviceFee: r.service_fee,
    serviceFeeVat: r.service_fee_vat,
    deliveryAmount: r.delivery_amount,
    deliveryFee: r.delivery_fee,
    deliveryFeeVat: r.delivery_fee_vat,
    settlementAmount: r.settlement_amount,
  };
}

function payoutFromRow(r: any): PayoutRow {
  return {
    yearMonth: r.year_month,
    settlementType: r.settlement_type,
    settlementDate: r.settlement_date ?? null,
    dateFrom: r.date_from ?? null,
    dateTo: r.date_to ?? null,
    totalSale: r.total_sale,
    serviceFee: r.service_fee,
    settlementTargetAmount: r.settlement_target_amount,
    settlementAmount: r.settlement_amount,
    lastAmount: r.last_amount,
    deductions: r.deductions,
    finalAmount: r.final_amount,
    status: r.status ?? '',
    bankName: r.bank_name ?? null,
    bankAccount: r.bank_account ?? null,
  };
}

export function createSettlementRepo(db: Db) {
  const insertLine = db.prepare(`INSERT INTO settlement_revenue (vendor_id, ${LINE_COLUMNS}, raw_json) VALUES (@vendorId, @orderId, @saleType, @saleDate,
    @recognitionDate, @settlementDate, @finalSettlementDate, @productSummary, @itemCount, @quantity, @salePrice, @coupangDiscount, @saleAmount, @sellerDiscountCoupon,
    @serviceFee, @serviceFeeVat, @deliveryAmount, @deliveryFee, @deliveryFeeVat, @settlementAmount, @rawJson)`);
  const markDay = db.prepare('INSERT INTO settlement_fetched_days (vendor_id, day, fetched_at) VALUES (?, ?, ?) ON CONFLICT (vendor_id, day) DO UPDATE SET fetched_at = excluded.fetched_at');
  const insertPayout = db.prepare(`INSERT INTO settlement_payouts (vendor_id, year_month, seq, settlement_type, settlement_date, date_from, date_to, total_sale, service_fee,
    settlement_target_amount, settlement_amount, last_amount, deductions, final_amount, status, bank_name, bank_account, raw_json) VALUES (@vendorId, @yearMonth, @seq,
    @settlementType, @settlementDate, @dateFrom, @dateTo, @totalSale, @serviceFee, @settlementTargetAmount, @settlementAmount, @lastAmount, @deductions, @finalAmount,
    @status, @bankName, @bankAccount, @rawJson)`);

  return {
    /** Every line recognized from..to, replaced by `lines` (all of them fetched), in one transaction. */
    replaceWindow(vendorId: string, from: string, to: string, lines: RevenueRecord[], fetchedAt: string): void {
      db.transaction(() => {
        db.prepare('DELETE FROM settlement_revenue WHERE vendor_id = ? AND recognition_date BETWEEN ? AND ?').run(vendorId, from, to);
        for (const l of lines) insertLine.run({ vendorId, ...l });
        for (const day of eachDay(from, to)) markDay.run(vendorId, day, fetchedAt);
      })();
    },

    fetchedDays(vendorId: string, from: string, to: string): Map<string, string> {
      const rows = db.prepare('SELECT day, fetched_at FROM settlement_fetched_days WHERE vendor_id = ? AND day BETWEEN ? AND ?').all(vendorId, from, to) as Array<{ day: string; fetched_at: string }>;
      return new Map(rows.map((r) => [r.day, r.fetched_at]));
    },

    totals(vendorId: string, from: string, to: string): RevenueTotals {
      const r = db
        .prepare(
          `SELECT COUNT(*) AS lines, COALESCE(SUM(sale_type <> 'REFUND'), 0) AS saleLines, COALESCE(SUM(sale_type = 'REFUND'), 0) AS refundLines,
             COUNT(DISTINCT CASE WHEN sale_type <> 'REFUND' THEN order_id END) AS orders,
             COALESCE(SUM(quantity), 0) AS quantity, COALESCE(SUM(sale_price), 0) AS salePrice, COALESCE(SUM(coupang_discount), 0) AS coupangDiscount,
             COALESCE(SUM(sale_amount), 0) AS saleAmount, COALESCE(SUM(seller_discount_coupon), 0) AS sellerDiscountCoupon, COALESCE(SUM(service_fee), 0) AS serviceFee,
             COALESCE(SUM(service_fee_vat), 0) AS serviceFeeVat, COALESCE(SUM(delivery_amount), 0) AS deliveryAmount, COALESCE(SUM(delivery_fee), 0) AS deliveryFee,
             COALESCE(SUM(delivery_fee_vat), 0) AS deliveryFeeVat, COALESCE(SUM(settlement_amount), 0) AS settlementAmount
           FROM settlement_revenue WHERE vendor_id = ? AND recognition_date BETWEEN ? AND ?`,
        )
        .get(vendorId, from, to) as Omit<RevenueTotals, 'totalSale'>;
      return { ...r, totalSale: r.saleAmount + r.deliveryAmount };
    },

    /** One point per recognition day that has lines. */
    daily(vendorId: string, from: string, to: string): DailyRevenue[] {
      return db
        .prepare(
          `SELECT recognition_date AS date, COUNT(*) AS lines, SUM(sale_amount + delivery_amount) AS totalSale, SUM(settlement_amount) AS settlementAmount
           FROM settlement_revenue WHERE vendor_id = ? AND recognition_date BETWEEN ? AND ? GROUP BY recognition_date ORDER BY recognition_date`,
        )
        .all(vendorId, from, to) as DailyRevenue[];
    },

    lines(vendorId: string, from: string, to: string, limit: number): { lines: RevenueLine[]; count: number } {
      const count = (db.prepare('SELECT COUNT(*) AS n FROM settlement_revenue WHERE vendor_id = ? AND recognition_date BETWEEN ? AND ?').get(vendorId, from, to) as { n: number }).n;
      const lines = db
        .prepare(`SELECT ${LINE_COLUMNS} FROM settlement_revenue WHERE vendor_id = ? AND recognition_date BETWEEN ? AND ? ORDER BY recognition_date DESC, order_id DESC, id LIMIT ?`)
        .all(vendorId, from, to, limit)
        .map(lineFromRow);
      return { lines, count };
    },

    replaceMonth(vendorId: string, month: string, rows: PayoutRecord[], fetchedAt: string): void {
      db.transaction(() => {
        db.prepare('DELETE FROM settlement_payouts WHERE vendor_id = ? AND year_month = ?').run(vendorId, month);
        rows.forEach((r, seq) => insertPayout.run({ vendorId, seq, ...r, yearMonth: month }));
        db.prepare('INSERT INTO settlement_payout_months (vendor_id, year_month, fetched_at) VALUES (?, ?, ?) ON CONFLICT (vendor_id, year_month) DO UPDATE SET fetched_at = excluded.fetched_at').run(vendorId, month, fetchedAt);
      })();
    },

    payouts(vendorId: string, months: string[]): PayoutRow[] {
      if (!months.length) return [];
      return db
        .prepare(`SELECT * FROM settlement_payouts WHERE vendor_id = ? AND year_month IN (${months.map(() => '?').join(', ')}) ORDER BY year_month, settlement_date, seq`)
        .all(vendorId, ...months)
        .map(payoutFromRow);
    },

    payoutMonths(vendorId: string, months: string[]): Map<string, string> {
      if (!months.length) return new Map();
      const rows = db.prepare(`SELECT year_month, fetched_at FROM settlement_payout_months WHERE vendor_id = ? AND year_month IN (${months.map(() => '?').join(', ')})`).all(vendorId, ...months) as Array<{ year_month: string; fetched_at: string }>;
      return new Map(rows.map((r) => [r.year_month, r.fetched_at]));
    },
  };
}

export type SettlementRepo = ReturnType<typeof createSettlementRepo>;
