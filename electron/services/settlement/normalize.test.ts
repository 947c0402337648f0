import { describe, expect, it } from 'vitest';
import { payoutRecord, revenueRecord } from './normalize';

/** settlement.json's response example, as documented. */
const EXAMPLE = {
  orderId: 20000000000001,
  saleType: 'SALE',
  saleDate: '2019-02-10',
  recognitionDate: '2019-02-12',
  settlementDate: '2019-03-22',
  finalSettlementDate: '2019-03-22',
  deliveryFee: { amount: 0, fee: 0, feeVat: 0, feeRatio: 3, settlementAmount: null, baseAmount: 0, baseFee: 0, baseFeeVat: 0, remoteAmount: 0, remoteFee: 0, remoteFeeVat: 0 },
  items: [
    {
      taxType: 'TAX', productId: 1234567, productName: '테스트 상품명1', vendorItemId: 123123123, vendorItemName: '테스트 상품명1, 1개', salePrice: 31670, quantity: 1,
      coupangDiscountCoupon: 0, discountCouponPolicyAgreement: true, saleAmount: 31670, sellerDiscountCoupon: 0, serviceFee: 2534, serviceFeeVat: 253, serviceFeeRatio: 8,
      settlementAmount: 28883, couranteeFeeRatio: 0, couranteeFee: 0, couranteeFeeVat: 0, externalSellerSkuCode: '000654352',
    },
  ],
};

describe('revenue lines', () => {
  it('reads the documented example', () => {
    expect(revenueRecord(EXAMPLE)).toMatchObject({
      orderId: '20000000000001', saleType: 'SALE', recognitionDate: '2019-02-12', settlementDate: '2019-03-22', productSummary: '테스트 상품명1, 1개',
      quantity: 1, salePrice: 31670, saleAmount: 31670, serviceFee: 2534, serviceFeeVat: 253, deliveryAmount: 0, settlementAmount: 28883,
    });
  });

  it('accepts the table’s couapngDiscountCoupon spelling and a deliveryFee array', () => {
    const raw = {
      ...EXAMPLE,
      deliveryFee: [{ amount: 2500, fee: 75, feeVat: 7, settlementAmount: null }, { amount: 3000, fee: 90, feeVat: 9, settlementAmount: 2901 }],
      items: [{ ...EXAMPLE.items[0], coupangDiscountCoupon: undefined, couapngDiscountCoupon: 1000, saleAmount: undefined, settlementAmount: undefined }],
    };
    const r = revenueRecord(raw)!;
    expect(r.coupangDiscount).toBe(1000);
    expect(r.saleAmount).toBe(30670);
    expect(r.deliveryAmount).toBe(5500);
    expect(r.settlementAmount).toBe(30670 - 2534 - 253 + (2500 - 75 - 7) + 2901);
  });

  it('counts REFUND lines against the period whatever sign they carry', () => {
    const positive = revenueRecord({ ...EXAMPLE, saleType: 'REFUND' })!;
    const negative = revenueRecord({ ...EXAMPLE, saleType: 'REFUND', items: [{ ...EXAMPLE.items[0], salePrice: -31670, saleAmount: -31670, serviceFee: -2534, serviceFeeVat: -253, settlementAmount: -28883, quantity: 1 }] })!;
    for (const r of [positive, negative]) expect(r).toMatchObject({ quantity: -1, salePrice: -31670, saleAmount: -31670, serviceFee: -2534, settlementAmount: -28883 });
  });

  it('skips lines without an order or a recognition date', () => {
    expect(revenueRecord({ ...EXAMPLE, orderId: null })).toBeNull();
    expect(revenueRecord({ ...EXAMPLE, recognitionDate: '' })).toBeNull();
  });
});

describe('payout rows', () => {
  it('shows what lies between settlementAmount and finalAmount as deductions (rule 97)', () => {
    const r = payoutRecord({ settlementType: 'WEEKLY', settlementDate: '2026-11-27', revenueRecognitionYearMonth: '2026-11', totalSale: 100000, serviceFee: 10000, settlementTargetAmount: 90000, settlementAmount: 63000, lastAmount: 27000, pendingReleasedAmount: 500, sellerDiscountCoupon: 1000, downloadableCoupon: 200, finalAmount: 62300, status: 'SUBJECT' }, '2026-11');
    expect(r).toMatchObject({ yearMonth: '2026-11', settlementType: 'WEEKLY', deductions: 1200, finalAmount: 62300, status: 'SUBJECT' });
  });
});
