// Korean labels of the return / exchange codes, as WING and the docs name them
// (tables/order-states.json, endpoints/returns.json and exchanges.json enums). Unknown codes —
// Coupang adds values without notice — are shown as sent.

export const RECEIPT_STATUSES = ['RELEASE_STOP_UNCHECKED', 'RETURNS_UNCHECKED', 'VENDOR_WAREHOUSE_CONFIRM', 'REQUEST_COUPANG_CHECK', 'RETURNS_COMPLETED'] as const;
export type ReceiptStatus = (typeof RECEIPT_STATUSES)[number];

export const RECEIPT_STATUS_KO: Record<ReceiptStatus, string> = {
  RELEASE_STOP_UNCHECKED: '출고중지요청',
  RETURNS_UNCHECKED: '반품접수',
  VENDOR_WAREHOUSE_CONFIRM: '입고완료',
  REQUEST_COUPANG_CHECK: '쿠팡확인요청',
  RETURNS_COMPLETED: '반품완료',
};

export const EXCHANGE_STATUSES = ['RECEIPT', 'PROGRESS', 'SUCCESS', 'REJECT', 'CANCEL'] as const;
export type ExchangeStatus = (typeof EXCHANGE_STATUSES)[number];

export const EXCHANGE_STATUS_KO: Record<ExchangeStatus, string> = {
  RECEIPT: '접수',
  PROGRESS: '진행',
  SUCCESS: '완료',
  REJECT: '불가',
  CANCEL: '철회',
};

export const COLLECT_STATUS_KO: Record<string, string> = {
  BeforeDirection: '회수연동 전',
  CompleteDirection: '회수연동',
  Delivering: '회수중',
  CompleteCollect: '업체전달완료',
  DirectionFail: '회수연동실패',
  Fail: '회수실패',
  Withdraw: '교환회수철회',
  NoCollect: '회수 불필요',
  NoneData: '정보없음',
};

export const EXCHANGE_DELIVERY_STATUS_KO: Record<string, string> = {
  BeforeDirection: '배송연동 전',
  CompleteDirection: '배송연동',
  Delivering: '배송중',
  CompleteDelivery: '배송완료',
  DirectionFail: '배송연동실패',
  VendorDirect: '업체직송',
  Fail: '배송실패',
  Withdraw: '교환배송철회',
  NoneData: '정보없음',
};

/** returnItems[].releaseStatus */
export const RELEASE_STATUS_KO: Record<string, string> = { Y: '출고됨', N: '미출고', S: '출고중지됨', A: '이미출고됨' };

export const FAULT_KO: Record<string, string> = { COUPANG: '쿠팡 과실', VENDOR: '판매자 과실', CUSTOMER: '고객 과실', WMS: '물류 과실', GENERAL: '일반' };

/** Who bears the return shipping of a withdrawn return. */
export const REFUND_DELIVERY_DUTY_KO: Record<string, string> = { COM: '업체', CUS: '고객', COU: '쿠팡' };

export const EXCHANGE_REJECT_CODES = ['SOLDOUT', 'WITHDRAW'] as const;
export type ExchangeRejectCode = (typeof EXCHANGE_REJECT_CODES)[number];
/** tables/voc-reasons.json exchangeRejectCode texts (typos of the docs corrected). */
export const EXCHANGE_REJECT_KO: Record<ExchangeRejectCode, string> = {
  SOLDOUT: '교환할 수 있지만 상품이 품절되었습니다.',
  WITHDRAW: '교환 요청이 철회되었습니다 (고객 요청).',
};

const lookup = (table: Record<string, string>, code: string | null | undefined) => (code ? (table[code] ?? code) : '');

export const receiptStatusKo = (s: string | null | undefined) => lookup(RECEIPT_STATUS_KO, s);
export const exchangeStatusKo = (s: string | null | undefined) => lookup(EXCHANGE_STATUS_KO, s);
export const collectStatusKo = (s: string | null | undefined) => lookup(COLLECT_STATUS_KO, s);
export const exchangeDeliveryStatusKo = (s: string | null | undefined) => lookup(EXCHANGE_DELIVERY_STATUS_KO, s);
export const releaseStatusKo = (s: string | null | undefined) => lookup(RELEASE_STATUS_KO, s);
export const faultKo = (s: string | null | undefined) => lookup(FAULT_KO, s);
export const refundDeliveryDutyKo = (s: string | null | undefined) => lookup(REFUND_DELIVERY_DUTY_KO, s);
