// Payout rows (지급내역조회) of one revenue-recognition month, from the ledger. Rules (rules 96-97):
// weekly settlement pays 70% of the settlement target with the 30% reserve (lastAmount) paid as a
// RESERVE row, monthly pays 100%; finalAmount = settlementAmount + pendingReleasedAmount − (the
// listed deductions and seller coupons). Deductions the sandbox never incurs (server fee,
// courantee, receivables, dedicated courier, store fee discount, holds) are 0. A row appears once
// its recognition period has ended (the API lists confirmed or scheduled payouts); status is DONE
// once its settlement date has come, SUBJECT before.
import { firstOfMonth, lastOfMonth } from './calendar';
import { periodOf, WEEKLY_SHARE } from './ledger';
import type { LedgerLine, PayoutRow, SettlementState } from './types';

export interface PeriodSums {
  totalSale: number;
  serviceFee: number;
  instantCoupon: number;
  downloadableCoupon: number;
}

/**
 * totalSale = sales + shipping − (cancellations …), i.e. the saleAmounts and shipping amounts of
 * SALE lines plus the negative REFUND lines; serviceFee = item and shipping commissions with VAT.
 * Seller coupons are not taken off totalSale here: finalAmount deducts them (rule 97), and taking
 * them off twice would pay the seller less than the ledger says.
 */
export function sumLines(lines: readonly LedgerLine[]): PeriodSums {
  const s: PeriodSums = { totalSale: 0, serviceFee: 0, instantCoupon: 0, downloadableCoupon: 0 };
  for (const line of lines) {
    s.totalSale += line.deliveryFee.amount;
    s.serviceFee += line.deliveryFee.fee + line.deliveryFee.feeVat;
    for (const i of line.items) {
      s.totalSale += i.saleAmount;
      s.serviceFee += i.serviceFee + i.serviceFeeVat;
      s.instantCoupon += i.instantCoupon;
      s.downloadableCoupon += i.downloadableCoupon;
    }
  }
  return s;
}

function row(state: SettlementState, base: Pick<PayoutRow, 'settlementType' | 'settlementDate' | 'revenueRecognitionYearMonth' | 'revenueRecognitionDateFrom' | 'revenueRecognitionDateTo'>, today: string, money: { totalSale: number; serviceFee: number; settlementAmount: number; lastAmount: number; sellerDiscountCoupon: number; downloadableCoupon: number }): PayoutRow {
  const target = money.totalSale - money.serviceFee;
  const pendingReleasedAmount = 0;
  const deductions = { sellerServiceFee: 0, couranteeFee: 0, couranteeCustomerReward: 0, deductionAmount: 0, debtOfLastWeek: 0, dedicatedDeliveryAmount: 0, storeFeeDiscount: 0 };
  const finalAmount =
    money.settlementAmount +
    pendingReleasedAmount -
    (deductions.dedicatedDeliveryAmount + deductions.sellerServiceFee + deductions.deductionAmount + deductions.debtOfLastWeek + deductions.couranteeFee + deductions.couranteeCustomerReward + money.sellerDiscountCoupon + money.downloadableCoupon + deductions.storeFeeDiscount);
  return {
    ...base,
    totalSale: money.totalSale,
    serviceFee: money.serviceFee,
    settlementTargetAmount: target,
    settlementAmount: money.settlementAmount,
    lastAmount: money.lastAmount,
    pendingReleasedAmount,
    sellerDiscountCoupon: money.sellerDiscountCoupon,
    downloadableCoupon: money.downloadableCoupon,
    ...deductions,
    finalAmount,
    status: base.settlementDate <= today ? 'DONE' : 'SUBJECT',
    bankName: state.bank.name,
    bankAccount: state.bank.account,
    bankAccountHolder: state.bank.holder,
  };
}

/** Rows of `month` (YYYY-MM) as known on `today` (yyyy-MM-dd KST). */
export function payoutRows(state: SettlementState, ledger: readonly LedgerLine[], month: string, today: string): PayoutRow[] {
  const inMonth = ledger.filter((l) => l.recognitionDate.startsWith(`${month}-`));
  if (inMonth.length === 0) return [];
  const monthBase = { revenueRecognitionYearMonth: month, revenueRecognitionDateFrom: firstOfMonth(month), revenueRecognitionDateTo: lastOfMonth(month) };
  if (state.cycle === 'MONTHLY') {
    if (lastOfMonth(month) >= today) return [];
    const s = sumLines(inMonth);
    const period = periodOf('MONTHLY', firstOfMonth(month));
    const target = s.totalSale - s.serviceFee;
    return [row(state, { settlementType: 'MONTHLY', settlementDate: period.settlementDate, ...monthBase }, today, { totalSale: s.totalSale, serviceFee: s.serviceFee, settlementAmount: target, lastAmount: 0, sellerDiscountCoupon: s.instantCoupon, downloadableCoupon: s.downloadableCoupon })];
  }
  const byPeriod = new Map<string, LedgerLine[]>();
  for (const line of inMonth) {
    const p = periodOf('WEEKLY', line.recognitionDate);
    (byPeriod.get(p.from) ?? byPeriod.set(p.from, []).get(p.from)!).push(line);
  }
  const rows: PayoutRow[] = [];
  let reserve = 0;
  let reserveDate = '';
  for (const from of [...byPeriod.keys()].sort()) {
    const period = periodOf('WEEKLY', from);
    if (period.to >= today) continue; // not closed yet
    const s = sumLines(byPeriod.get(from)!);
    const target = s.totalSale - s.serviceFee;
    const settlementAmount = Math.floor(target * WEEKLY_SHARE);
    const lastAmount = target - settlementAmount;
    reserve += lastAmount;
    reserveDate = period.finalSettlementDate;
    rows.push(
      row(state, { settlementType: 'WEEKLY', settlementDate: period.settlementDate, revenueRecognitionYearMonth: month, revenueRecognitionDateFrom: period.from, revenueRecognitionDateTo: period.to }, today, {
        totalSale: s.totalSale,
        serviceFee: s.serviceFee,
        settlementAmount,
        lastAmount,
        sellerDiscountCoupon: s.instantCoupon,
        downloadableCoupon: s.downloadableCoupon,
      }),
    );
  }
  if (rows.length) {
    // 최종액 지급: the month's withheld 30%, scheduled with the weekly lines' finalSettlementDate.
    rows.push(row(state, { settlementType: 'RESERVE', settlementDate: reserveDate, ...monthBase }, today, { totalSale: 0, serviceFee: 0, settlementAmount: reserve, lastAmount: 0, sellerDiscountCoupon: 0, downloadableCoupon: 0 }));
  }
  return rows;
}
