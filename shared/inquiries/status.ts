// Inquiry states as wingdesk shows them, mapped from Coupang's two vocabularies
// (tables/order-states.json productInquiry / callCenterInquiry).

export type InquiryKind = 'product' | 'callcenter';
/** NO_ANSWER: needs an answer; TRANSFER: needs a confirmation; ANSWERED; CLOSED (confirmed / closed without the seller). */
export type InquiryState = 'NO_ANSWER' | 'TRANSFER' | 'ANSWERED' | 'CLOSED';

export const INQUIRY_STATE_KO: Record<InquiryState, string> = {
  NO_ANSWER: '미답변',
  TRANSFER: '미확인',
  ANSWERED: '답변완료',
  CLOSED: '종료',
};

export const INQUIRY_KIND_KO: Record<InquiryKind, string> = {
  product: '상품문의',
  callcenter: '고객센터 문의',
};

/** cs.json partnerTransferCompleteReason. */
export const TRANSFER_COMPLETE_REASON_KO: Record<string, string> = {
  NONE: '없음',
  DISPUTE_PROCESS: '직권처리',
  DISPUTE_PROCESS_COMPLETE: '판매자확인',
  CANCEL: '이관취소',
};

/** The text Coupang posts when a transfer stays unanswered for 24 hours (rule 92). */
export const AUTO_ANSWER_PREFIX = '[쿠팡 시스템]';

export function needsAction(state: InquiryState): boolean {
  return state === 'NO_ANSWER' || state === 'TRANSFER';
}
