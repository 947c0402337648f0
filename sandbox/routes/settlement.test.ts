// Revenue and payouts over real HTTP, checked against the order world they are computed from:
// revenue lines appear 7 days after delivery, add up to what the sandbox delivered, page by
// token within 31-day ranges, and the payout rows split weekly settlements 70/30.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { kstDate } from '../clock';
import { startSandbox, type SandboxHandle } from '../index';
import { commission, periodOf } from '../domains/settlement/ledger';
import { payoutRows } from '../domains/settlement/payouts';
import type { LedgerLine, SettlementState } from '../domains/settlement/types';
import { SETTLEMENT_MESSAGES as M } from '../domains/settlement/messages';
import { CUSTOMER_CANCEL_REASONS } from '../domains/returns/reasons';
import { addReceipt, advance as advanceWorld, DAY, generateOrders, registerInvoice, setStatus } from '../domains/orders/world';
import { admin, call } from '../testing/client';
import { ordersDomain } from './orders';

const START = '2026-11-20T03:00:00Z'; // 2026-11-20 12:00 KST
let sb: SandboxHandle;

const key = () => ({ accessKey: sb.accessKey, secretKey: sb.secretKey });
const REVENUE = '/v2/providers/openapi/apis/api/v1/revenue-history';
const PAYOUTS = '/v2/providers/marketplace_openapi/apis/api/v1/settlement-histories';
const get = (path: string, query: string) => call(sb.baseUrl, { path, query, key: key() });
const revenueQuery = (from: string, to: string, token = '', max = '') => `vendorId=${sb.vendorId}&recognitionDateFrom=${from}&recognitionDateTo=${to}&token=${token}&maxPerPage=${max}`;
const advance = (minutes: number) => admin(sb.baseUrl, 'POST', '/clock', { advanceMinutes: minutes });

/** Every line of one ≤31-day range, following nextToken. */
async function allLines(from: string, to: string, max = 50): Promise<{ lines: any[]; pages: number }> {
  const lines: any[] = [];
  let token = '';
  let pages = 0;
  for (;;) {
    const res = await get(REVENUE, revenueQuery(from, to, token, String(max)));
    expect(res.status, res.text).toBe(200);
    pages++;
    lines.push(...res.json.data);
    if (!res.json.hasNext) {
      expect(res.json.nextToken).toBe('');
      return { lines, pages };
    }
    token = res.json.nextToken;
  }
}

const sumItems = (lines: any[], field: string) => lines.reduce((n, l) => n + l.items.reduce((m: number, i: any) => m + i[field], 0), 0);

beforeAll(async () => {
  sb = await startSandbox({ seed: 4, startAt: START, timeScale: 0, rate: 10_000 });
});
afterAll(() => sb.close());
afterEach(async () => {
  await admin(sb.baseUrl, 'POST', '/reset');
});

describe('documented arithmetic', () => {
  it('matches the example: 31,670 won at 8% → fee 2,534, VAT 253, settlement 28,883', () => {
    const { fee, vat } = commission(31670, 80);
    expect([fee, vat, 31670 - fee - vat]).toEqual([2534, 253, 28883]);
  });

  it('monthly payout: 15th business day after the month (example 2019-02-12 → 2019-03-22, 삼일절 skipped)', () => {
    const p = periodOf('MONTHLY', '2019-02-12');
    expect(p).toEqual({ from: '2019-02-01', to: '2019-02-28', settlementDate: '2019-03-22', finalSettlementDate: '2019-03-22' });
  });

  it('weekly periods are Monday–Sunday cut at month ends', () => {
    expect(periodOf('WEEKLY', '2026-11-01')).toMatchObject({ from: '2026-11-01', to: '2026-11-01', finalSettlementDate: '2027-01-04' });
    expect(periodOf('WEEKLY', '2026-11-12')).toMatchObject({ from: '2026-11-09', to: '2026-11-15', settlementDate: '2026-12-04' });
    expect(periodOf('WEEKLY', '2026-11-30')).toMatchObject({ from: '2026-11-30', to: '2026-11-30' });
  });
});

describe('revenue history (settlement.listRevenueHistory)', () => {
  it('adds up to the delivered order sheets, recognized 7 days after delivery', async () => {
    const { lines } = await allLines('2026-10-21', '2026-11-20');
    expect(lines.length).toBeGreaterThan(50);
    const orders = sb.state.store(sb.vendorId).get(ordersDomain);
    const now = sb.clock.now();
    // Every delivered box recognized by now is in exactly one line dated deliveredAt + 7 days.
    const expected = orders.sheets.filter((s) => s.deliveredAt !== null && s.deliveredAt + 7 * DAY <= now);
    expect(expected.length).toBeGreaterThan(50);
    for (const sheet of expected) {
      const line = lines.find((l) => String(l.orderId) === sheet.orderId && l.recognitionDate === kstDate(sheet.deliveredAt! + 7 * DAY));
      expect(line, sheet.shipmentBoxId).toBeTruthy();
      expect(line.saleDate).toBe(kstDate(sheet.paidAt));
    }
    // Boxes not yet 7 days past delivery are not there.
    const pending = orders.sheets.filter((s) => s.deliveredAt !== null && s.deliveredAt + 7 * DAY > now);
    for (const sheet of pending) expect(lines.some((l) => String(l.orderId) === sheet.orderId && l.recognitionDate > '2026-11-20')).toBe(false);

    const check = (await admin(sb.baseUrl, 'GET', '/settlement?from=2026-10-21&to=2026-11-20')).json;
    expect(check.totals.lines).toBe(lines.length);
    expect(sumItems(lines, 'saleAmount')).toBe(check.totals.saleAmount);
    const sales = lines.filter((l) => l.saleType === 'SALE');
    expect(sumItems(sales, 'saleAmount')).toBe(check.check.saleAmount);
    expect(check.totals.saleAmount).toBe(check.check.saleAmount - check.check.refundAmount);
    expect(lines.reduce((n, l) => n + l.deliveryFee.amount, 0)).toBe(check.check.deliveryAmount);
    expect(check.totals.quantity).toBe(check.check.units - check.check.refundUnits);
  });

  it('keeps the documented formulas on every line', async () => {
    const { lines } = await allLines('2026-11-01', '2026-11-20');
    for (const l of lines) {
      for (const i of l.items) {
        expect(i.saleAmount).toBe(i.salePrice - i.coupangDiscountCoupon);
        expect(i.settlementAmount).toBe(i.saleAmount - (i.serviceFee + i.serviceFeeVat));
        expect(i.taxType).toBe('TAX');
      }
      const d = l.deliveryFee;
      expect(d.amount).toBe(d.baseAmount + d.remoteAmount);
      expect(d.settlementAmount).toBe(d.amount === 0 ? null : d.amount - d.fee - d.feeVat);
      expect(l.settlementDate > l.recognitionDate).toBe(true);
    }
  });

  it('pages by token: the union of small pages is the one big page', async () => {
    const big = await allLines('2026-11-01', '2026-11-20', 50);
    const small = await allLines('2026-11-01', '2026-11-20', 7);
    expect(small.pages).toBe(Math.ceil(big.lines.length / 7));
    expect(small.lines).toEqual(big.lines);
  });

  it('refuses ranges over 31 days, a missing token, bad paging and a foreign token', async () => {
    expect((await get(REVENUE, revenueQuery('2026-10-20', '2026-11-19'))).status).toBe(200);
    const wide = await get(REVENUE, revenueQuery('2026-10-19', '2026-11-19'));
    expect(wide.status).toBe(400);
    expect(wide.json.message).toBe(M.rangeOver31Days);
    const noToken = await get(REVENUE, `vendorId=${sb.vendorId}&recognitionDateFrom=2026-11-01&recognitionDateTo=2026-11-10`);
    expect(noToken.json.message).toBe("Required String parameter 'token' is not present");
    expect((await get(REVENUE, `recognitionDateFrom=2026-11-01&recognitionDateTo=2026-11-10&token=`)).json.message).toBe("Required String parameter 'vendorId' is not present");
    expect((await get(REVENUE, revenueQuery('2026-11-01', '2026-11-10', '', '51'))).json.message).toBe(M.maxPerPage);
    expect((await get(REVENUE, revenueQuery('2026-11-01', '2026-11-10', '', '0'))).json.message).toBe(M.maxPerPage);
    const first = await get(REVENUE, revenueQuery('2026-11-01', '2026-11-10', '', '5'));
    const other = await get(REVENUE, revenueQuery('2026-11-02', '2026-11-10', first.json.nextToken, '5'));
    expect(other.status).toBe(400);
    expect(other.json.message).toBe(M.badToken(first.json.nextToken));
    expect((await get(REVENUE, revenueQuery('2026-11-10', '2026-11-01'))).json.message).toBe(M.fromAfterTo);
    const empty = await get(REVENUE, revenueQuery('2027-01-01', '2027-01-10'));
    expect(empty.json).toEqual({ code: 200, message: 'OK', data: [], hasNext: false, nextToken: '' });
  });

  it('a box shipped now shows up 7 days after the courier delivers it; a later return is a REFUND line', async () => {
    const orders = sb.state.store(sb.vendorId).get(ordersDomain);
    const t0 = sb.clock.now();
    const [sheet] = generateOrders(orders, 1, t0 - 60 * 60_000);
    setStatus(orders, sheet, 'INSTRUCT', t0);
    registerInvoice(orders, sheet, 'CJGLS', '998877665544', t0);
    await advance(3 * 24 * 60);
    advanceWorld(orders, sb.clock.now());
    expect(sheet.status).toBe('FINAL_DELIVERY');
    const day = kstDate(sheet.deliveredAt! + 7 * DAY);
    await advance(7 * 24 * 60);
    const sale = (await allLines(day, day)).lines.find((l) => String(l.orderId) === sheet.orderId);
    expect(sale.saleType).toBe('SALE');
    expect(sale.items.reduce((n: number, i: any) => n + i.salePrice, 0)).toBe(sheet.items.reduce((n, i) => n + i.salesPrice * i.shippingCount, 0));

    // A return of the first item, completed now: negative amounts on today's date.
    const now = sb.clock.now();
    const item = sheet.items[0];
    addReceipt(orders, { origin: 'seller-cancel', type: 'RETURN', status: 'RETURNS_COMPLETED', at: now, lines: [{ sheet, item, count: item.shippingCount }], reason: CUSTOMER_CANCEL_REASONS[0], releaseStatus: 'Y', releaseStopStatus: '비대상', user: 'frontWEBMobile' });
    const today = kstDate(now);
    const refund = (await allLines(today, today)).lines.find((l) => String(l.orderId) === sheet.orderId && l.saleType === 'REFUND');
    expect(refund.items).toHaveLength(1);
    expect(refund.items[0].salePrice).toBe(-item.salesPrice * item.shippingCount);
    expect(refund.items[0].settlementAmount).toBeLessThan(0);
    expect(refund.deliveryFee.amount).toBe(0);
  });
});

describe('payouts (settlement.listSettlementHistories)', () => {
  it('weekly: 70% per closed week, the 30% reserve as one RESERVE row, all tied to the revenue lines', async () => {
    const res = await get(PAYOUTS, 'revenueRecognitionYearMonth=2026-11');
    expect(res.status).toBe(200);
    const rows = res.json as any[];
    expect(Array.isArray(rows)).toBe(true);
    const weekly = rows.filter((r) => r.settlementType === 'WEEKLY');
    expect(weekly.length).toBeGreaterThanOrEqual(2);
    const { lines } = await allLines('2026-11-01', '2026-11-30');
    let reserve = 0;
    for (const r of weekly) {
      expect(r.revenueRecognitionDateTo < '2026-11-20').toBe(true);
      const mine = lines.filter((l) => l.recognitionDate >= r.revenueRecognitionDateFrom && l.recognitionDate <= r.revenueRecognitionDateTo);
      const total = sumItems(mine, 'saleAmount') + mine.reduce((n, l) => n + l.deliveryFee.amount, 0);
      expect(r.totalSale).toBe(total);
      expect(r.settlementTargetAmount).toBe(sumItems(mine, 'settlementAmount') + mine.reduce((n, l) => n + (l.deliveryFee.settlementAmount ?? 0), 0));
      expect(r.settlementAmount).toBe(Math.floor(r.settlementTargetAmount * 0.7));
      expect(r.settlementAmount + r.lastAmount).toBe(r.settlementTargetAmount);
      expect(r.finalAmount).toBe(r.settlementAmount - r.sellerDiscountCoupon - r.downloadableCoupon);
      expect(r.status).toBe(r.settlementDate <= '2026-11-20' ? 'DONE' : 'SUBJECT');
      expect(r.bankAccount).toMatch(/\*{4}$/);
      expect(mine.every((l) => l.settlementDate === r.settlementDate)).toBe(true);
      reserve += r.lastAmount;
    }
    const reserveRow = rows.find((r) => r.settlementType === 'RESERVE');
    expect(reserveRow.settlementAmount).toBe(reserve);
    expect(reserveRow.settlementDate).toBe('2027-01-04');
  });

  it('monthly: one row once the month has ended, 100% of the target', () => {
    const state: SettlementState = { vendorId: 'A00000001', cycle: 'MONTHLY', bank: { name: '국민은행', account: '123456-01-12****', holder: '테스트' }, seed: 1 };
    const line = (day: string, saleAmount: number): LedgerLine => ({
      orderId: '1', saleType: 'SALE', saleDate: day, recognitionDate: day, settlementDate: '', finalSettlementDate: '',
      deliveryFee: { amount: 3000, fee: 90, feeVat: 9, feeRatio: 3, settlementAmount: 2901, baseAmount: 3000, baseFee: 90, baseFeeVat: 9, remoteAmount: 0, remoteFee: 0, remoteFeeVat: 0 },
      items: [{ taxType: 'TAX', productId: '1', productName: 'p', vendorItemId: '2', vendorItemName: 'p, o', externalSellerSkuCode: '', salePrice: saleAmount, quantity: 1, coupangDiscountCoupon: 0, saleAmount, sellerDiscountCoupon: 500, instantCoupon: 500, downloadableCoupon: 0, serviceFee: 1000, serviceFeeVat: 100, serviceFeeRatio: 10, settlementAmount: saleAmount - 1100 }],
      shipmentBoxIds: ['1'],
    });
    const ledger = [line('2026-10-03', 10000), line('2026-10-30', 20000)];
    expect(payoutRows(state, ledger, '2026-10', '2026-10-31')).toEqual([]);
    const [row] = payoutRows(state, ledger, '2026-10', '2026-11-01');
    expect(row).toMatchObject({ settlementType: 'MONTHLY', settlementDate: '2026-11-20', totalSale: 36000, serviceFee: 2398, settlementTargetAmount: 33602, settlementAmount: 33602, lastAmount: 0, sellerDiscountCoupon: 1000, finalAmount: 32602, status: 'SUBJECT' });
  });

  it('answers the documented errors and [] for a month without revenue', async () => {
    expect((await get(PAYOUTS, '')).json.message).toBe("Required String parameter 'revenueRecognitionYearMonth' is not present");
    expect((await get(PAYOUTS, 'revenueRecognitionYearMonth=2026-13')).json.message).toBe(M.badMonth('2026-13'));
    const none = await get(PAYOUTS, 'revenueRecognitionYearMonth=2025-01');
    expect(none.status).toBe(200);
    expect(none.json).toEqual([]);
  });
});
