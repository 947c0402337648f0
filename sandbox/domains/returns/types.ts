// Return / cancel receipts (반품·취소 접수) of one vendor, with the fields of returns.json and of
// the real v4 return requests (tables/response-examples-real.json). One model covers every kind
// of receipt; `origin` records who started it and at which order state, which is what decides
// the later transitions (tables/order-states.json `returnReceipt`).

/** returns.json `receiptStatus`; query short codes RU / UC / CC / PR. */
export const RECEIPT_STATUSES = ['RELEASE_STOP_UNCHECKED', 'RETURNS_UNCHECKED', 'VENDOR_WAREHOUSE_CONFIRM', 'REQUEST_COUPANG_CHECK', 'RETURNS_COMPLETED'] as const;
export type ReceiptStatus = (typeof RECEIPT_STATUSES)[number];

/**
 * `RETURN` for everything the default list shows (returns and release stops, also the seller's
 * own stop-shipment cancels in the real data); `CANCEL` for cancellations at 결제완료, which only
 * `cancelType=CANCEL` lists. The docs name no other value.
 */
export type ReceiptType = 'RETURN' | 'CANCEL';

/** returnItems[].releaseStatus: Y 출고됨, N 미출고, S 출고중지됨, A 이미출고됨. */
export type ReleaseStatus = 'Y' | 'N' | 'S' | 'A';

/** Who started the receipt, at which order state. Later return kinds add their own values. */
export type ReceiptOrigin =
  /** Customer cancelled while ACCEPT: refunded, listed with cancelType=CANCEL. */
  | 'customer-cancel'
  /** Customer cancelled while INSTRUCT: 출고중지요청 the seller must answer (RU). */
  | 'customer-release-stop'
  /** orders.cancelOrderItems on ACCEPT items (receiptType CANCEL in its answer). */
  | 'seller-cancel'
  /** orders.cancelOrderItems on INSTRUCT items (receiptType STOP_SHIPMENT in its answer). */
  | 'seller-stop-shipment'
  /**
   * Customer asked to return delivered goods (반품접수, RETURNS_UNCHECKED): picked up, received
   * by the seller (returns.confirmReceipt), approved (returns.approve) and refunded; or withdrawn
   * by the customer before the pickup (returns.listWithdrawals*). The order sheet's cancelCount
   * grows only when the refund is done (RETURNS_COMPLETED).
   */
  | 'customer-return';

export interface ReceiptItem {
  shipmentBoxId: string;
  vendorItemId: string;
  vendorItemName: string;
  vendorItemPackageName: string;
  sellerProductId: string;
  sellerProductName: string;
  /** Ordered quantity of the item. */
  purchaseCount: number;
  /** Quantity under this receipt. */
  cancelCount: number;
  releaseStatus: ReleaseStatus;
  /** Real v4 data: 'SYSTEM', 'frontWEBMobile' or the seller's Wing login. */
  cancelCompleteUser: string;
}

export interface ReceiptReason {
  category1: string;
  category2: string;
  /** cancelReason (free text). */
  detail: string;
  code: string;
  codeText: string;
}

export interface Receipt {
  receiptId: string;
  orderId: string;
  paymentId: string;
  receiptType: ReceiptType;
  receiptStatus: ReceiptStatus;
  origin: ReceiptOrigin;
  createdAt: number;
  modifiedAt: number;
  requester: { name: string; phone: string; address: string; addressDetail: string; zipCode: string };
  reason: ReceiptReason;
  faultByType: 'COUPANG' | 'VENDOR' | 'CUSTOMER' | 'WMS' | 'GENERAL';
  preRefund: boolean;
  /** 미처리, 처리(이미출고), 처리(출고중지), 자동처리(이미출고), 비대상 */
  releaseStopStatus: string;
  completeConfirmType: 'VENDOR_CONFIRM' | 'UNDEFINED' | 'CS_CONFIRM' | 'CS_LOSS_CONFIRM';
  completeConfirmDate: number | null;
  returnDeliveryId: string;
  /** 전담택배, 연동택배, 수기관리, or '' as in real DIRECT receipts. */
  returnDeliveryType: string;
  returnDeliveryDtos: Array<{ deliveryCompanyCode: string; deliveryInvoiceNo: string }>;
  returnShippingCharge: number;
  enclosePrice: number;
  items: ReceiptItem[];
  /**
   * 빠른환불 (fast refund) target: rules-orders.md 71 — refunded and completed by the system as
   * soon as a tracked pickup is confirmed, or at once by the seller's receipt confirmation when
   * the pickup waybill cannot be tracked. Only customer returns are targets here.
   */
  fastRefund: boolean;
  /** The goods' way back (customer returns only; 'none' for everything else). */
  pickup: ReturnPickup;
  /** Seller confirmed the goods arrived (VENDOR_WAREHOUSE_CONFIRM), for the auto-approval. */
  confirmedAt: number | null;
  /** Customer withdrew the return: it leaves the return list and shows in the withdrawal history. */
  withdrawn: { at: number; refundDeliveryDuty: RefundDeliveryDuty } | null;
}

/** returns.json listWithdrawals*: who bears the return shipping (COM 업체, CUS 고객, COU 쿠팡). */
export type RefundDeliveryDuty = 'COM' | 'CUS' | 'COU';

export interface ReturnPickup {
  /**
   * none: no waybill yet; assigned: a pickup waybill exists (returnDeliveryDtos); collected: the
   * courier has the goods (customers can no longer withdraw, rules-orders.md 68); arrived: the
   * goods reached the seller's return place (the seller may now confirm the receipt).
   */
  stage: 'none' | 'assigned' | 'collected' | 'arrived';
  /** The waybill's courier is trackable (not DIRECT): tracking confirms the pickup (fast refund). */
  tracked: boolean;
  /** Coupang books the pickup itself (연동택배 / 굿스플로 auto-return). */
  auto: boolean;
  /** Bumped when the waybill changes or the case ends, so older tracking events are ignored. */
  version: number;
}

export const NO_PICKUP: ReturnPickup = { stage: 'none', tracked: false, auto: false, version: 0 };

/** Returns a customer can no longer change: withdrawn or finished. */
export function isOpenReturn(receipt: Receipt): boolean {
  return receipt.withdrawn === null && receipt.receiptStatus !== 'RETURNS_COMPLETED';
}

export function cancelCountSum(receipt: Receipt): number {
  return receipt.items.reduce((sum, i) => sum + i.cancelCount, 0);
}
