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
  | 'seller-stop-shipment';

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
}

export function cancelCountSum(receipt: Receipt): number {
  return receipt.items.reduce((sum, i) => sum + i.cancelCount, 0);
}
