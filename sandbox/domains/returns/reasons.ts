// Reason data of the receipts this sandbox creates. Codes and texts come from
// tables/voc-reasons.json (the 2019 VOC subset) and, with their category labels, from the real
// v4 return requests in tables/response-examples-real.json; nothing here is made up except
// where a comment says so.
import type { Receipt, ReceiptReason } from './types';

export interface CustomerReason {
  reason: ReceiptReason;
  faultByType: Receipt['faultByType'];
}

/**
 * Why customers cancel before shipment. The category pairs and fault parties are the ones the
 * real receipts carry for these codes (CHANGEMIND 고객변심/단순변심(사유없음) CUSTOMER,
 * REORDER 고객변심/묶음 배송 VENDOR, DELIVERYLATER 고객변심/배송지연예상 VENDOR).
 */
export const CUSTOMER_CANCEL_REASONS: readonly CustomerReason[] = [
  { reason: { category1: '고객변심', category2: '단순변심(사유없음)', detail: '', code: 'CHANGEMIND', codeText: '필요 없어짐 (단순 변심)' }, faultByType: 'CUSTOMER' },
  { reason: { category1: '고객변심', category2: '묶음 배송', detail: '', code: 'REORDER', codeText: '상품을 추가하여 재주문' }, faultByType: 'VENDOR' },
  { reason: { category1: '고객변심', category2: '배송지연예상', detail: '', code: 'DELIVERYLATER', codeText: '도착 예정일이 예상보다 늦음' }, faultByType: 'VENDOR' },
];

/**
 * orders.json cancelOrderItems: INSTRUCT cancellations are recorded as 배송불만 / 품절 whatever
 * the input, with the detail '파트너 API 강제 취소'. The code is the one real seller-initiated
 * stop-shipments carry (OOSSELLER "업체로부터 품절되었다고 연락 받음").
 */
export const SELLER_STOP_REASON: ReceiptReason = { category1: '배송불만', category2: '품절', detail: '파트너 API 강제 취소', code: 'OOSSELLER', codeText: '업체로부터 품절되었다고 연락 받음' };

/**
 * ACCEPT cancellations by the seller: the docs say nothing about what the receipt records. The
 * labels restate the documented middleCancelCode meanings; for CCTTER they match real receipts
 * (오류 / 재고연동오류, OOSSELLER). CCPNER and CCPRER get the VOC catch-all OTHERS "기타".
 */
export const SELLER_CANCEL_REASONS: Record<'CCTTER' | 'CCPNER' | 'CCPRER', ReceiptReason> = {
  CCTTER: { category1: '오류', category2: '재고연동오류', detail: '파트너 API 강제 취소', code: 'OOSSELLER', codeText: '업체로부터 품절되었다고 연락 받음' },
  CCPNER: { category1: '오류', category2: '제휴사이트 오류', detail: '파트너 API 강제 취소', code: 'OTHERS', codeText: '기타' },
  CCPRER: { category1: '오류', category2: '가격등재오류', detail: '파트너 API 강제 취소', code: 'OTHERS', codeText: '기타' },
};

/**
 * Why customers return delivered goods, weighted. The category pairs, texts and fault parties are
 * exactly those of the real v4 return requests (tables/response-examples-real.json): CHANGEMIND
 * 고객변심/단순변심(사유없음) CUSTOMER, DEFECT 상품불량/사용중 제품결함 VENDOR (real text
 * '상품이 제조/제작 불량임'), INACCURATE 상품불량/상품 설명 오류 VENDOR, COMPOMISS 배송불만/구성품 누락
 * VENDOR, WRONGDELIVERY 배송불만/오배송 VENDOR. The free-text details are the sandbox's own, in the
 * style of the real ones ('그림과 전혀다름', '불량터짐').
 */
export const CUSTOMER_RETURN_REASONS: ReadonlyArray<{ weight: number; reason: ReceiptReason; faultByType: Receipt['faultByType']; details: readonly string[] }> = [
  { weight: 0.45, reason: { category1: '고객변심', category2: '단순변심(사유없음)', detail: '', code: 'CHANGEMIND', codeText: '필요 없어짐 (단순 변심)' }, faultByType: 'CUSTOMER', details: ['', '', '생각보다 작아요', '다른 상품을 샀어요'] },
  { weight: 0.2, reason: { category1: '상품불량', category2: '사용중 제품결함', detail: '', code: 'DEFECT', codeText: '상품이 제조/제작 불량임' }, faultByType: 'VENDOR', details: ['작동이 안 됩니다', '불량이에요', '한 번 쓰고 고장났어요'] },
  { weight: 0.1, reason: { category1: '상품불량', category2: '상품 설명 오류', detail: '', code: 'INACCURATE', codeText: '실제 상품이 상품 설명에 써있는 것과 다름' }, faultByType: 'VENDOR', details: ['사진과 다릅니다', '설명과 색이 달라요'] },
  { weight: 0.15, reason: { category1: '배송불만', category2: '구성품 누락', detail: '', code: 'COMPOMISS', codeText: '상품의 구성품, 부속품이 제대로 들어있지 않음' }, faultByType: 'VENDOR', details: ['구성품이 빠져 있어요', '설명서가 없어요'] },
  { weight: 0.1, reason: { category1: '배송불만', category2: '오배송', detail: '', code: 'WRONGDELIVERY', codeText: '내가 주문한 상품과 아예 다른 상품이 배송됨' }, faultByType: 'VENDOR', details: ['다른 상품이 왔어요'] },
];

/** Real returns carry returnShippingCharge 3000 when the seller is at fault and -3000 when the customer is. */
export const RETURN_SHIPPING_FEE = 3000;
