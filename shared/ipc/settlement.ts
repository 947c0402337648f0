// IPC channels of the settlement screen (정산): revenue lines (매출내역) and payouts (지급내역) for a
// chosen period. The main process splits the period into the API's windows and keeps everything
// in the local store, so a period once fetched reads offline.
import { z } from 'zod';
import { IdString } from './orders';

const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '날짜는 YYYY-MM-DD 형식입니다.');

export const RevenueLine = z.object({
  orderId: IdString,
  saleType: z.string(), // SALE | REFUND
  saleDate: z.string().nullable(),
  recognitionDate: z.string(),
  settlementDate: z.string().nullable(),
  finalSettlementDate: z.string().nullable(),
  productSummary: z.string(),
  itemCount: z.number().int(),
  quantity: z.number().int(),
  salePrice: z.number(),
  coupangDiscount: z.number(),
  saleAmount: z.number(),
  sellerDiscountCoupon: z.number(),
  serviceFee: z.number(),
  serviceFeeVat: z.number(),
  deliveryAmount: z.number(),
  deliveryFee: z.number(),
  deliveryFeeVat: z.number(),
  /** Items' settlementAmount + the shipping settlement amount. */
  settlementAmount: z.number(),
});
export type RevenueLine = z.infer<typeof RevenueLine>;

export const RevenueTotals = z.object({
  lines: z.number().int(),
  saleLines: z.number().int(),
  refundLines: z.number().int(),
  orders: z.number().int(),
  quantity: z.number().int(),
  salePrice: z.number(),
  coupangDiscount: z.number(),
  saleAmount: z.number(),
  sellerDiscountCoupon: z.number(),
  serviceFee: z.number(),
  serviceFeeVat: z.number(),
  deliveryAmount: z.number(),
  deliveryFee: z.number(),
  deliveryFeeVat: z.number(),
  /** saleAmount + deliveryAmount */
  totalSale: z.number(),
  settlementAmount: z.number(),
});
export type RevenueTotals = z.infer<typeof RevenueTotals>;

export const DailyRevenue = z.object({ date: z.string(), lines: z.number().int(), totalSale: z.number(), settlementAmount: z.number() });
export type DailyRevenue = z.infer<typeof DailyRevenue>;

export const FetchWindow = z.object({ from: z.string(), to: z.string(), fetchedAt: z.string().nullable() });

export const FetchReport = z.object({ windows: z.number().int(), requests: z.number().int(), lines: z.number().int(), seconds: z.number() });

export const PayoutRow = z.object({
  yearMonth: z.string(),
  settlementType: z.string(), // MONTHLY | WEEKLY | ADDITIONAL | RESERVE
  settlementDate: z.string().nullable(),
  dateFrom: z.string().nullable(),
  dateTo: z.string().nullable(),
  totalSale: z.number(),
  serviceFee: z.number(),
  settlementTargetAmount: z.number(),
  settlementAmount: z.number(),
  lastAmount: z.number(),
  deductions: z.number(),
  finalAmount: z.number(),
  status: z.string(), // DONE | SUBJECT
  bankName: z.string().nullable(),
  bankAccount: z.string().nullable(),
});
export type PayoutRow = z.infer<typeof PayoutRow>;

const Period = z.object({ from: Day, to: Day });

export const SettlementExportFormat = z.enum(['xlsx', 'csv-utf8', 'csv-cp949']);

export const settlementContract = {
  'settlement.revenue': {
    request: Period.extend({ refresh: z.boolean().default(false), limit: z.number().int().min(0).max(20_000).default(3000) }).strict(),
    response: z.object({
      from: z.string(),
      to: z.string(),
      /** The API windows (≤ 31 days) the period splits into, with when each was last fetched. */
      windows: z.array(FetchWindow),
      /** Every day of the period has been fetched at least once. */
      complete: z.boolean(),
      lastFetchedAt: z.string().nullable(),
      totals: RevenueTotals,
      daily: z.array(DailyRevenue),
      lines: z.array(RevenueLine),
      lineCount: z.number().int(),
      fetch: FetchReport.nullable(),
    }),
  },
  'settlement.payouts': {
    request: Period.extend({ refresh: z.boolean().default(false) }).strict(),
    response: z.object({
      months: z.array(z.object({ month: z.string(), fetchedAt: z.string().nullable() })),
      rows: z.array(PayoutRow),
      totals: z.object({ settlementAmount: z.number(), finalAmount: z.number(), done: z.number(), scheduled: z.number() }),
      fetch: z.object({ requests: z.number().int(), seconds: z.number() }).nullable(),
    }),
  },
  'settlement.export': {
    request: Period.extend({ what: z.enum(['revenue', 'payouts']), format: SettlementExportFormat }).strict(),
    response: z.object({ fileName: z.string(), mimeType: z.string(), dataBase64: z.string(), rows: z.number().int() }),
  },
} as const;
