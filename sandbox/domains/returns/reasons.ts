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
