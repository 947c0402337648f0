// Revenue (매출내역) and payouts (지급내역) of one vendor, derived from the orders world
// (settlement.json). Nothing is stored per order: every call computes the ledger from the order
// sheets and receipts as they stand at clock.now(), so the revenue always adds up to what the
// sandbox delivered. Money is whole won.

/** settlement.json settlementType WEEKLY / MONTHLY: how the vendor is paid. */
export type SettlementCycle = 'WEEKLY' | 'MONTHLY';

export interface SettlementState {
  vendorId: string;
  cycle: SettlementCycle;
  bank: { name: string; account: string; holder: string };
  /** Stable per-vendor draws (fee rates per product). */
  seed: number;
}

export interface LedgerItem {
  taxType: 'TAX';
  productId: string;
  productName: string;
  vendorItemId: string;
  vendorItemName: string;
  externalSellerSkuCode: string;
  /** Total sale price including quantity. */
  salePrice: number;
  quantity: number;
  coupangDiscountCoupon: number;
  /** salePrice - coupangDiscountCoupon */
  saleAmount: number;
  /** Instant + downloadable seller coupons (the revenue line has one field; payouts split them). */
  sellerDiscountCoupon: number;
  instantCoupon: number;
  downloadableCoupon: number;
  serviceFee: number;
  serviceFeeVat: number;
  /** Percent, excl. VAT (e.g. 10.8). */
  serviceFeeRatio: number;
  /** saleAmount - (serviceFee + serviceFeeVat) */
  settlementAmount: number;
}

export interface DeliveryFee {
  amount: number;
  fee: number;
  feeVat: number;
  feeRatio: number;
  /** amount - fee - feeVat; null when there is no shipping fee, as in the documented example. */
  settlementAmount: number | null;
  baseAmount: number;
  baseFee: number;
  baseFeeVat: number;
  remoteAmount: number;
  remoteFee: number;
  remoteFeeVat: number;
}

export interface LedgerLine {
  orderId: string;
  saleType: 'SALE' | 'REFUND';
  /** yyyy-MM-dd (KST): payment. */
  saleDate: string;
  /** yyyy-MM-dd (KST): delivery + 7 days (purchase confirmation), or the refund's completion. */
  recognitionDate: string;
  settlementDate: string;
  finalSettlementDate: string;
  deliveryFee: DeliveryFee;
  items: LedgerItem[];
  /** Not in Coupang's answer: which boxes the line covers (admin view, tests). */
  shipmentBoxIds: string[];
}

export interface PayoutRow {
  settlementType: 'MONTHLY' | 'WEEKLY' | 'ADDITIONAL' | 'RESERVE';
  settlementDate: string;
  revenueRecognitionYearMonth: string;
  revenueRecognitionDateFrom: string;
  revenueRecognitionDateTo: string;
  totalSale: number;
  serviceFee: number;
  settlementTargetAmount: number;
  settlementAmount: number;
  lastAmount: number;
  pendingReleasedAmount: number;
  sellerDiscountCoupon: number;
  downloadableCoupon: number;
  sellerServiceFee: number;
  couranteeFee: number;
  couranteeCustomerReward: number;
  deductionAmount: number;
  debtOfLastWeek: number;
  dedicatedDeliveryAmount: number;
  storeFeeDiscount: number;
  finalAmount: number;
  status: 'DONE' | 'SUBJECT';
  bankName: string;
  bankAccount: string;
  bankAccountHolder: string;
}
