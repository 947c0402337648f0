// The revenue-history answer: fields in the order of settlement.json's example (numbers plain won,
// dates yyyy-MM-dd, IDs as JSON numbers). The table spells the Coupang discount
// `couapngDiscountCoupon`, the example `coupangDiscountCoupon`: the example's spelling is sent.
import { num } from '../../json';
import type { LedgerLine } from './types';

export function revenueLineView(line: LedgerLine) {
  return {
    orderId: num(line.orderId),
    saleType: line.saleType,
    saleDate: line.saleDate,
    recognitionDate: line.recognitionDate,
    settlementDate: line.settlementDate,
    finalSettlementDate: line.finalSettlementDate,
    deliveryFee: { ...line.deliveryFee },
    items: line.items.map((i) => ({
      taxType: i.taxType,
      productId: num(i.productId),
      productName: i.productName,
      vendorItemId: num(i.vendorItemId),
      vendorItemName: i.vendorItemName,
      salePrice: i.salePrice,
      quantity: i.quantity,
      coupangDiscountCoupon: i.coupangDiscountCoupon,
      discountCouponPolicyAgreement: true,
      saleAmount: i.saleAmount,
      sellerDiscountCoupon: i.sellerDiscountCoupon,
      serviceFee: i.serviceFee,
      serviceFeeVat: i.serviceFeeVat,
      serviceFeeRatio: i.serviceFeeRatio,
      settlementAmount: i.settlementAmount,
      couranteeFeeRatio: 0,
      couranteeFee: 0,
      couranteeFeeVat: 0,
      externalSellerSkuCode: i.externalSellerSkuCode,
    })),
  };
}
