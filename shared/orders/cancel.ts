// Seller cancel (주문 상품 취소 처리) rules the screen and the service both apply.
import { SELLER_CANCEL_REASONS } from './cancel-reasons';

export { SELLER_CANCEL_BIG_CODE, SELLER_CANCEL_REASONS, INSTRUCT_CANCEL_NOTE_KO, type SellerCancelReason } from './cancel-reasons';

export function isSellerCancelCode(code: string): boolean {
  return SELLER_CANCEL_REASONS.some((r) => r.code === code);
}

/** rules-orders.md 60: shown before the seller confirms a cancel. */
export const CANCEL_SCORE_WARNING_KO = '판매자 취소는 쿠팡 판매자 점수(주문이행)를 낮춥니다. 재고·가격을 먼저 확인하세요. 결제완료 주문은 즉시 취소·환불되고, 상품준비중 주문은 출고중지 처리됩니다.';

/** Only ACCEPT and INSTRUCT items can be cancelled by the seller (rules-orders.md 57). */
export function isCancellableStatus(status: string): boolean {
  return status === 'ACCEPT' || status === 'INSTRUCT';
}
