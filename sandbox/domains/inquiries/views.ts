// v5 answers of the CS APIs. Product Q&A follows the real v5 list (tables/response-examples-real.json:
// ISO-8601 times with +09:00, sellerProductId/sellerItemId present, buyerEmail ""); call-center
// inquiries follow the documented example (cs.json: "yyyy-MM-dd HH:mm:ss" times, vendorItemId as
// an array), since no real call-center answer is on record.
import { formatKst, kstIso, parseKstLocal } from '../../clock';
import { num } from '../../json';
import type { CallCenterInquiry, CallCenterReply, ProductInquiry } from './types';
import { callCenterStatus } from './world';

/** rules-orders.md 88: buyerEmail leaves the product inquiry response from 2026-03-15. */
export const BUYER_EMAIL_REMOVED_AT = parseKstLocal('2026-03-15');

const local = (ms: number) => formatKst(ms, 'yyyy-MM-dd HH:mm:ss');

export function productInquiryView(i: ProductInquiry, now: number) {
  return {
    inquiryId: num(i.inquiryId),
    productId: num(i.product.productId),
    sellerProductId: num(i.product.sellerProductId),
    sellerItemId: num(i.sellerItemId),
    vendorItemId: num(i.product.vendorItemId),
    content: i.content,
    inquiryAt: kstIso(i.inquiryAt),
    orderIds: i.orderIds.map((id) => num(id)),
    ...(now < BUYER_EMAIL_REMOVED_AT ? { buyerEmail: '' } : {}),
    commentDtoList: i.answer
      ? [{ inquiryCommentId: num(i.answer.inquiryCommentId), inquiryId: num(i.inquiryId), content: i.answer.content, inquiryCommentAt: kstIso(i.answer.at) }]
      : [],
  };
}

/** partnerTransferCompleteReason of the transfer post once it is closed (cs.json enum). */
function completeReason(i: CallCenterInquiry): string {
  switch (i.outcome) {
    case 'confirmed':
      return 'DISPUTE_PROCESS_COMPLETE'; // 판매자확인
    case 'expired':
      return 'DISPUTE_PROCESS'; // 직권처리
    case 'agent-closed':
      return 'CANCEL'; // 이관취소
    default:
      return 'NONE';
  }
}

function replyView(i: CallCenterInquiry, r: CallCenterReply) {
  const isTransfer = r.answerId === i.transfer.answerId;
  const open = i.outcome === 'open';
  return {
    receptionistName: r.receptionistName,
    receptionist: r.receptionist,
    replyAt: local(r.at),
    content: r.content,
    answerId: num(r.answerId),
    parentAnswerId: num(r.parentAnswerId),
    partnerTransferStatus: isTransfer ? (open ? 'requestAnswer' : 'answered') : 'none',
    partnerTransferCompleteReason: isTransfer ? completeReason(i) : 'NONE',
    answerType: r.answerType,
    needAnswer: isTransfer && open && i.kind === 'answer',
  };
}

export function callCenterView(i: CallCenterInquiry) {
  const open = i.outcome === 'open';
  const complete = i.outcome === 'confirmed' || i.outcome === 'expired' || i.outcome === 'agent-closed';
  const answered = i.outcome === 'answered' || i.outcome === 'auto-answered' || i.outcome === 'confirmed';
  return {
    inquiryId: num(i.inquiryId),
    csPartnerCounselingStatus: open ? 'requestAnswer' : 'answered',
    inquiryStatus: complete ? 'complete' : 'progress',
    vendorItemId: [num(i.product.vendorItemId)],
    itemName: i.product.vendorItemName,
    content: i.content,
    answeredAt: answered && i.closedAt !== null ? local(i.closedAt) : null,
    replies: [i.transfer, ...i.replies].map((r) => replyView(i, r)),
    inquiryAt: local(i.inquiryAt),
    // rules-orders.md 24: "" since 2024-08-06.
    buyerEmail: '',
    buyerPhone: i.buyerPhone,
    orderId: i.orderId === null ? null : num(i.orderId),
    orderDate: i.orderedAt === null ? null : local(i.orderedAt),
    receiptCategory: i.receiptCategory,
    saleStartedAt: i.saleStartedAt,
    saleEndedAt: '2099-12-31',
  };
}

/** What the admin API shows: the state machine in plain words, with the deadlines. */
export function callCenterAdminView(i: CallCenterInquiry) {
  return {
    inquiryId: i.inquiryId,
    status: callCenterStatus(i),
    kind: i.kind,
    outcome: i.outcome,
    transferAnswerId: i.transfer.answerId,
    transferAt: new Date(i.transfer.at).toISOString(),
    deadline: new Date(i.transfer.at + 24 * 3_600_000).toISOString(),
    closedAt: i.closedAt === null ? null : new Date(i.closedAt).toISOString(),
    vendorItemId: i.product.vendorItemId,
    orderId: i.orderId,
    receiptCategory: i.receiptCategory,
  };
}
