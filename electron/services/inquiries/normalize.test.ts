import { describe, expect, it } from 'vitest';
import { callCenterRecord, productRecord, readTime, threadOf } from './normalize';

const noName = () => '';

/** cs.json's call-center example (answered by the counsellor's transfer, still progress). */
const DOC_CALL = {
  inquiryId: 1015668177, csPartnerCounselingStatus: 'answered', inquiryStatus: 'progress', vendorItemId: [3285906659],
  itemName: '스파오(SPAO) 인조가죽 A라인 4부 스커트 SPWH749G22, (49)Khaki, L', content: '상담이력', answeredAt: '2018-01-08 16:56:16',
  replies: [{ receptionistName: 'AA몰', receptionist: '10000058', replyAt: '2018-01-08 16:44:27', content: '[판매자이관] ...', answerId: 1027082307, parentAnswerId: 0, partnerTransferStatus: 'answered', partnerTransferCompleteReason: 'NONE', answerType: 'csAgent', needAnswer: false }],
  inquiryAt: '2018-01-08 16:43:42', buyerEmail: '', buyerPhone: '010-****-8801', orderId: 10000011255416, orderDate: '2017-12-25 22:23:44', receiptCategory: '기타문의>기타>전상담사통화요청',
};

describe('times', () => {
  it('reads ISO with offset and local KST times', () => {
    expect(readTime('2025-11-02T02:40:32+09:00')).toEqual({ iso: '2025-11-02T02:40:32+09:00', ms: Date.parse('2025-11-01T17:40:32Z') });
    expect(readTime('2018-01-08 16:43:42')?.iso).toBe('2018-01-08T16:43:42+09:00');
    expect(readTime('')).toBeNull();
  });
});

describe('call-center states (order-states.json callCenterInquiry)', () => {
  it('the documented example is closed without a seller post (CLOSED), with its IDs as strings', () => {
    const r = callCenterRecord('A00012345', DOC_CALL, '2026-01-01T00:00:00Z', noName)!;
    expect(r).toMatchObject({ inquiryId: '1015668177', state: 'CLOSED', vendorItemId: '3285906659', orderIds: ['10000011255416'], parentAnswerId: '1027082307', deadlineMs: null, category: '기타문의>기타>전상담사통화요청' });
    expect(r.productName).toContain('스파오');
  });

  it('requestAnswer + needAnswer → NO_ANSWER with a 24-hour deadline from the transfer post; without needAnswer → TRANSFER', () => {
    const open = { ...DOC_CALL, csPartnerCounselingStatus: 'requestAnswer', replies: [{ ...DOC_CALL.replies[0], partnerTransferStatus: 'requestAnswer', needAnswer: true }] };
    const r = callCenterRecord('A00012345', open, 'x', noName)!;
    expect(r.state).toBe('NO_ANSWER');
    expect(r.deadlineMs).toBe(Date.parse('2018-01-09T16:44:27+09:00'));
    const transfer = { ...open, replies: [{ ...open.replies[0], needAnswer: false }] };
    expect(callCenterRecord('A00012345', transfer, 'x', noName)!.state).toBe('TRANSFER');
  });

  it('a seller post or the 24-hour system message → ANSWERED', () => {
    const sellerPost = { answerType: 'vendor', content: '연락드렸습니다', replyAt: '2018-01-08 17:00:00', answerId: 2, parentAnswerId: 1027082307, partnerTransferStatus: 'none' };
    expect(callCenterRecord('A', { ...DOC_CALL, replies: [...DOC_CALL.replies, sellerPost] }, 'x', noName)!.state).toBe('ANSWERED');
    const system = { ...sellerPost, answerType: 'csAgent', content: '[쿠팡 시스템] CS문의가 24시간 내 답변되지 않아, 쿠팡 약관 및 정책에 따라 상담사가 처리할 예정임을 알려드립니다.' };
    const r = callCenterRecord('A', { ...DOC_CALL, replies: [...DOC_CALL.replies, system] }, 'x', noName)!;
    expect(r).toMatchObject({ state: 'ANSWERED', answeredBySystem: true });
    expect(threadOf(r).map((p) => p.author)).toEqual(['customer', 'csAgent', 'system']);
  });
});

describe('product Q&A', () => {
  it('NO_ANSWER until a comment exists; orderIds as strings', () => {
    const raw = { inquiryId: 848, productId: 2490, vendorItemId: 3100000204, content: '문의', inquiryAt: '2015-05-24 01:38:32', orderIds: [16000009476673], commentDtoList: [] };
    expect(productRecord('A', raw, 'x', () => '이름')).toMatchObject({ state: 'NO_ANSWER', orderIds: ['16000009476673'], productName: '이름', answeredAt: null });
    const answered = { ...raw, commentDtoList: [{ inquiryCommentId: 312, inquiryId: 848, content: '답변', inquiryCommentAt: '2015-05-27 10:38:32' }] };
    expect(productRecord('A', answered, 'x', noName)).toMatchObject({ state: 'ANSWERED', answeredAt: '2015-05-27T10:38:32+09:00' });
  });
});
