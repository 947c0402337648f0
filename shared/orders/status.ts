// Order-sheet (발주서) statuses as Coupang names them, with the Korean labels sellers know from
// WING (tables/order-states.json), and the receipt statuses of stop-shipment / cancel claims.
export const ORDER_STATUSES = ['ACCEPT', 'INSTRUCT', 'DEPARTURE', 'DELIVERING', 'FINAL_DELIVERY', 'NONE_TRACKING'] as const;
export type OrderStatusCode = (typeof ORDER_STATUSES)[number];

export const ORDER_STATUS_LABEL_KO: Record<OrderStatusCode, string> = {
  ACCEPT: '결제완료',
  INSTRUCT: '상품준비중',
  DEPARTURE: '배송지시',
  DELIVERING: '배송중',
  FINAL_DELIVERY: '배송완료',
  NONE_TRACKING: '업체직접배송(추적불가)',
};

/** Tab label of the claim tab (출고중지/취소 요청이 있는 주문). */
export const CLAIM_TAB_LABEL_KO = '취소·출고중지 요청';

export function isOrderStatus(s: unknown): s is OrderStatusCode {
  return typeof s === 'string' && (ORDER_STATUSES as readonly string[]).includes(s);
}

/** Korean label; unknown codes (Coupang adds states without notice) are shown as sent. */
export function orderStatusLabelKo(status: string): string {
  return isOrderStatus(status) ? ORDER_STATUS_LABEL_KO[status] : status;
}

/**
 * How far along a shipment is. Statuses normally only move forward; the one documented way back
 * is an invoice update (송장업데이트), which returns DELIVERING/FINAL_DELIVERY/NONE_TRACKING to
 * DEPARTURE. NONE_TRACKING (untracked direct delivery) ranks with DELIVERING.
 */
export const ORDER_STATUS_RANK: Record<OrderStatusCode, number> = {
  ACCEPT: 0,
  INSTRUCT: 1,
  DEPARTURE: 2,
  DELIVERING: 3,
  NONE_TRACKING: 3,
  FINAL_DELIVERY: 4,
};

export function statusRank(status: string): number {
  return isOrderStatus(status) ? ORDER_STATUS_RANK[status] : -1;
}

/** Return / cancel receipt statuses (returns.listRequests receiptStatus). */
export const RECEIPT_STATUS_LABEL_KO: Record<string, string> = {
  RELEASE_STOP_UNCHECKED: '출고중지요청',
  RETURNS_UNCHECKED: '반품접수',
  VENDOR_WAREHOUSE_CONFIRM: '입고완료',
  REQUEST_COUPANG_CHECK: '쿠팡확인요청',
  RETURNS_COMPLETED: '반품완료',
  // Local states wingdesk records after it processed a receipt itself.
  STOP_SHIPMENT_DONE: '출고중지완료',
  ALREADY_SHIPPED_DONE: '이미출고 처리',
  CANCEL: '취소완료',
};

export function receiptStatusLabelKo(status: string): string {
  return RECEIPT_STATUS_LABEL_KO[status] ?? status;
}
