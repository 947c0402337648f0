// Customer inquiries over real HTTP: signed calls through the sandboxed gateway, virtual time moved
// with the admin clock (timeScale 0). Every state gate of cs.json: answer only NO_ANSWER (once),
// the 24-hour auto answer, the TRANSFER confirmation window and its 522, the query windows.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type SandboxHandle } from '../index';
import { AUTO_ANSWER_TEXT } from '../domains/inquiries/texts';
import { INQUIRY_MESSAGES as M } from '../domains/inquiries/messages';
import { admin, call } from '../testing/client';

const START = '2026-11-20T03:00:00Z'; // 2026-11-20 12:00 KST
const TODAY = '2026-11-20';
let sb: SandboxHandle;

const key = () => ({ accessKey: sb.accessKey, secretKey: sb.secretKey });
const v5 = () => `/v2/providers/openapi/apis/api/v5/vendors/${sb.vendorId}`;
const v4 = () => `/v2/providers/openapi/apis/api/v4/vendors/${sb.vendorId}`;
const get = (path: string, query = '', k = key()) => call(sb.baseUrl, { path, query, key: k });
const post = (path: string, body: unknown) => call(sb.baseUrl, { method: 'POST', path, body, key: key() });
const advance = (minutes: number) => admin(sb.baseUrl, 'POST', '/clock', { advanceMinutes: minutes });

const productQuery = (type: string, from = '2026-11-14', to = TODAY, extra = '') => `vendorId=${sb.vendorId}&answeredType=${type}&inquiryStartAt=${from}&inquiryEndAt=${to}&pageSize=50${extra}`;
const callQuery = (status: string, from = '2026-11-14', to = TODAY, extra = '') => `vendorId=${sb.vendorId}&partnerCounselingStatus=${status}&inquiryStartAt=${from}&inquiryEndAt=${to}&pageSize=30${extra}`;

async function generate(family: 'product' | 'callcenter', kind?: 'answer' | 'confirm', minutesAgo = 0) {
  const res = await admin(sb.baseUrl, 'POST', '/inquiries/generate', { family, count: 1, kind, minutesAgo });
  expect(res.status, res.text).toBe(200);
  return res.json.created[0];
}

async function callCenter(id: string) {
  const res = await get(`/v2/providers/openapi/apis/api/v5/vendors/callCenterInquiries/${id}`);
  expect(res.status, res.text).toBe(200);
  return res.json.data;
}

const productReply = (id: string, content = '안녕하세요.\n오늘 출고됩니다.') => post(`${v4()}/onlineInquiries/${id}/replies`, { content, vendorId: sb.vendorId, replyBy: 'wing-tester' });
const callReply = (id: string, parentAnswerId: string | number, content = '확인 후 연락드렸습니다.') =>
  post(`${v4()}/callCenterInquiries/${id}/replies`, { vendorId: sb.vendorId, inquiryId: id, content, replyBy: 'wing-tester', parentAnswerId: Number(parentAnswerId) });
const confirm = (id: string) => post(`${v4()}/callCenterInquiries/${id}/confirms`, { confirmBy: 'wing-tester' });

beforeAll(async () => {
  sb = await startSandbox({ seed: 3, startAt: START, timeScale: 0, rate: 10_000 });
});
afterAll(() => sb.close());
afterEach(async () => {
  await admin(sb.baseUrl, 'POST', '/reset');
});

describe('seeded inquiries', () => {
  it('asks about the orders catalogue, partly unanswered, with related orders of the seeded history', async () => {
    const res = await get(`${v5()}/onlineInquiries`, productQuery('ALL'));
    expect(res.status).toBe(200);
    expect(res.json.code).toBe('200');
    const { content, pagination } = res.json.data;
    expect(content.length).toBeGreaterThan(10);
    expect(pagination.totalElements).toBe(content.length);
    const orders = (await admin(sb.baseUrl, 'GET', '/orders')).json;
    const catalogue = new Set(orders.orders.flatMap((o: any) => o.items.map((i: any) => i.vendorItemId)));
    for (const i of content) {
      expect(catalogue.has(String(i.vendorItemId))).toBe(true);
      expect(i.inquiryAt).toMatch(/^2026-11-(1[4-9]|20)T\d{2}:\d{2}:\d{2}\+09:00$/);
      // rules-orders.md 88: buyerEmail is gone from 2026-03-15.
      expect('buyerEmail' in i).toBe(false);
    }
    const orderIds = new Set(orders.orders.map((o: any) => o.orderId));
    const withOrder = content.filter((i: any) => i.orderIds.length);
    expect(withOrder.length).toBeGreaterThan(0);
    for (const i of withOrder) expect(orderIds.has(String(i.orderIds[0]))).toBe(true);
    const unanswered = content.filter((i: any) => i.commentDtoList.length === 0);
    expect(unanswered.length).toBeGreaterThan(0);
    expect(unanswered.length).toBeLessThan(content.length);
  });

  it('is the same world for the same seed, whenever it is first asked', async () => {
    const other = await startSandbox({ seed: 3, startAt: START, timeScale: 0, rate: 10_000 });
    try {
      // Ask the second sandbox only after 3 virtual days: its world is built then, yet it must
      // match the first one advanced step by step.
      await get(`${v5()}/onlineInquiries`, productQuery('ALL'));
      await advance(24 * 60);
      await get(`${v5()}/callCenterInquiries`, callQuery('NONE'));
      await advance(2 * 24 * 60);
      await admin(other.baseUrl, 'POST', '/clock', { advanceMinutes: 3 * 24 * 60 });
      const a = (await admin(sb.baseUrl, 'GET', '/inquiries')).json;
      const b = (await admin(other.baseUrl, 'GET', '/inquiries')).json;
      expect(b).toEqual(a);
      expect(a.productInquiries.length).toBeGreaterThan(180);
    } finally {
      await other.close();
    }
  });

  it('keeps arriving over virtual time', async () => {
    const before = (await admin(sb.baseUrl, 'GET', '/inquiries')).json;
    await advance(3 * 24 * 60);
    const after = (await admin(sb.baseUrl, 'GET', '/inquiries')).json;
    expect(after.product.total).toBeGreaterThan(before.product.total + 5);
    expect(after.callCenter.total).toBeGreaterThan(before.callCenter.total);
  });
});

describe('query windows and errors', () => {
  it('product list: answeredType and both dates are required, the window is at most 7 days', async () => {
    expect((await get(`${v5()}/onlineInquiries`, `vendorId=${sb.vendorId}&inquiryStartAt=2026-11-14&inquiryEndAt=${TODAY}`)).json.message).toBe("Required String parameter 'answeredType' is not present");
    expect((await get(`${v5()}/onlineInquiries`, `vendorId=${sb.vendorId}&answeredType=ALL&inquiryEndAt=${TODAY}`)).json.message).toBe("Required String parameter 'inquiryStartAt' is not present");
    const bad = await get(`${v5()}/onlineInquiries`, productQuery('SOME'));
    expect(bad.status).toBe(400);
    expect(bad.json.message).toBe('answeredType is invalid: SOME');
    const wide = await get(`${v5()}/onlineInquiries`, productQuery('ALL', '2026-11-12'));
    expect(wide.status).toBe(400);
    expect(wide.json.message).toBe(M.windowOver7Days);
    expect((await get(`${v5()}/onlineInquiries`, productQuery('ALL', '2026-11-13'))).status).toBe(200);
    expect((await get(`${v5()}/onlineInquiries`, productQuery('ALL', '2026-11-20', '2026-11-19'))).status).toBe(400);
    expect((await get(`${v5()}/onlineInquiries`, productQuery('ALL', '2026/11/14'))).json.message).toBe('inquiryStartAt is invalid: 2026/11/14');
  });

  it('product list: pageSize is capped at 50 and pages follow the pagination object', async () => {
    await advance(5 * 24 * 60);
    const first = await get(`${v5()}/onlineInquiries`, productQuery('ALL', '2026-11-18', '2026-11-25').replace('pageSize=50', 'pageSize=200'));
    expect(first.json.data.pagination.countPerPage).toBe(50);
    const small = await get(`${v5()}/onlineInquiries`, productQuery('ALL', '2026-11-18', '2026-11-25').replace('pageSize=50', 'pageSize=5&pageNum=2'));
    expect(small.json.data.pagination.currentPage).toBe(2);
    expect(small.json.data.content.length).toBeLessThanOrEqual(5);
  });

  it('call-center list: dates, a vendorItemId, or both; partnerCounselingStatus required; 7-day window', async () => {
    expect((await get(`${v5()}/callCenterInquiries`, `vendorId=${sb.vendorId}&inquiryStartAt=2026-11-14&inquiryEndAt=${TODAY}`)).json.message).toBe("Required String parameter 'partnerCounselingStatus' is not present");
    const neither = await get(`${v5()}/callCenterInquiries`, `vendorId=${sb.vendorId}&partnerCounselingStatus=NONE`);
    expect(neither.status).toBe(400);
    expect(neither.json.message).toBe(M.datesOrVendorItemId);
    expect((await get(`${v5()}/callCenterInquiries`, callQuery('NONE', '2026-11-01'))).json.message).toBe(M.windowOver7Days);
    const all = (await get(`${v5()}/callCenterInquiries`, callQuery('NONE'))).json.data.content;
    expect(all.length).toBeGreaterThan(3);
    const item = String(all[0].vendorItemId[0]);
    const byItem = await get(`${v5()}/callCenterInquiries`, `vendorId=${sb.vendorId}&partnerCounselingStatus=NONE&vendorItemId=${item}&pageSize=30`);
    expect(byItem.status).toBe(200);
    expect(byItem.json.data.content.every((i: any) => String(i.vendorItemId[0]) === item)).toBe(true);
    expect(byItem.json.data.content.length).toBeGreaterThanOrEqual(1);
    expect((await get(`${v5()}/callCenterInquiries`, callQuery('NONE').replace('pageSize=30', 'pageSize=100'))).json.data.pagination.countPerPage).toBe(30);
  });

  it('the single query has no vendorId in its path and sees only the caller’s inquiries', async () => {
    const fresh = await generate('callcenter', 'answer');
    const mine = await callCenter(fresh.inquiryId);
    expect(String(mine.inquiryId)).toBe(fresh.inquiryId);
    const foreign = sb.state.foreign;
    const theirs = await get(`/v2/providers/openapi/apis/api/v5/vendors/callCenterInquiries/${fresh.inquiryId}`, '', { accessKey: foreign.accessKey, secretKey: foreign.secretKey });
    expect(theirs.status).toBe(400);
    expect(theirs.json.message).toBe(M.inquiryNotFound(fresh.inquiryId));
  });
});

describe('product inquiry: answer only NOANSWER, once', () => {
  it('answers, moves it to ANSWERED, and refuses a second answer', async () => {
    const list = (await get(`${v5()}/onlineInquiries`, productQuery('NOANSWER'))).json.data.content;
    const id = String(list[0].inquiryId);
    const ok = await productReply(id);
    expect(ok.status).toBe(200);
    expect(ok.json).toEqual({ code: '200', message: 'OK' });
    const unanswered = (await get(`${v5()}/onlineInquiries`, productQuery('NOANSWER'))).json.data.content.map((i: any) => String(i.inquiryId));
    expect(unanswered).not.toContain(id);
    const answered = (await get(`${v5()}/onlineInquiries`, productQuery('ANSWERED'))).json.data.content.find((i: any) => String(i.inquiryId) === id);
    expect(answered.commentDtoList).toHaveLength(1);
    expect(answered.commentDtoList[0].content).toBe('안녕하세요.\n오늘 출고됩니다.');
    expect(answered.commentDtoList[0].inquiryCommentAt).toBe('2026-11-20T12:00:00+09:00');
    const again = await productReply(id, '다시 답변합니다');
    expect(again.status).toBe(400);
    expect(again.json.message).toBe(M.alreadyAnswered(id));
  });

  it('checks length (2-1000 characters), replyBy and the body vendorId', async () => {
    const { inquiryId } = await generate('product');
    expect((await productReply(inquiryId, '네')).json.message).toBe(M.contentLength);
    expect((await productReply(inquiryId, '가'.repeat(1001))).json.message).toBe(M.contentLength);
    expect((await post(`${v4()}/onlineInquiries/${inquiryId}/replies`, { content: '안녕하세요', vendorId: sb.vendorId })).json.message).toBe(M.bodyRequired('replyBy'));
    expect((await post(`${v4()}/onlineInquiries/${inquiryId}/replies`, { content: '안녕하세요', vendorId: 'A00000001', replyBy: 'x' })).json.message).toBe(M.vendorMismatch);
    expect((await productReply(inquiryId, '가'.repeat(1000))).status).toBe(200);
    expect((await productReply('999', '안녕하세요')).json.message).toBe(M.inquiryNotFound('999'));
  });
});

describe('call-center inquiry: answer only NO_ANSWER, once; 24-hour auto answer', () => {
  it('needs the transfer post’s answerId as parentAnswerId, then answers once', async () => {
    const fresh = await generate('callcenter', 'answer');
    const before = await callCenter(fresh.inquiryId);
    expect(before.inquiryStatus).toBe('progress');
    expect(before.csPartnerCounselingStatus).toBe('requestAnswer');
    expect(before.replies[0]).toMatchObject({ partnerTransferStatus: 'requestAnswer', needAnswer: true, answerType: 'csAgent', parentAnswerId: 0 });
    const parent = String(before.replies[0].answerId);
    expect(parent).toBe(fresh.transferAnswerId);

    const wrong = await callReply(fresh.inquiryId, Number(parent) + 1);
    expect(wrong.status).toBe(400);
    expect(wrong.json.message).toBe(M.parentAnswerId);
    const ok = await callReply(fresh.inquiryId, parent);
    expect(ok.status).toBe(200);
    const after = await callCenter(fresh.inquiryId);
    expect(after.csPartnerCounselingStatus).toBe('answered');
    expect(after.answeredAt).toBe('2026-11-20 12:00:00');
    expect(after.replies[0]).toMatchObject({ partnerTransferStatus: 'answered', needAnswer: false });
    expect(after.replies[1]).toMatchObject({ answerType: 'vendor', content: '확인 후 연락드렸습니다.' });
    expect(String(after.replies[1].parentAnswerId)).toBe(parent);
    const again = await callReply(fresh.inquiryId, parent);
    expect(again.status).toBe(400);
    expect(again.json.message).toBe(M.cannotAnswer);
    const listed = (await get(`${v5()}/callCenterInquiries`, callQuery('ANSWER'))).json.data.content.map((i: any) => String(i.inquiryId));
    expect(listed).toContain(fresh.inquiryId);
  });

  it('a TRANSFER inquiry cannot be answered', async () => {
    const fresh = await generate('callcenter', 'confirm');
    const res = await callReply(fresh.inquiryId, fresh.transferAnswerId);
    expect(res.status).toBe(400);
    expect(res.json.message).toBe(M.cannotAnswer);
  });

  it('after 24 hours unanswered the system answers and the API answer is refused', async () => {
    const fresh = await generate('callcenter', 'answer');
    await advance(24 * 60 - 1);
    expect((await get(`${v5()}/callCenterInquiries`, callQuery('NO_ANSWER', '2026-11-15', '2026-11-21'))).json.data.content.map((i: any) => String(i.inquiryId))).toContain(fresh.inquiryId);
    await advance(2);
    const after = await callCenter(fresh.inquiryId);
    expect(after.csPartnerCounselingStatus).toBe('answered');
    expect(after.replies.map((r: any) => r.content)).toContain(AUTO_ANSWER_TEXT);
    expect(after.answeredAt).toBe('2026-11-21 12:00:00');
    const noAnswer = (await get(`${v5()}/callCenterInquiries`, callQuery('NO_ANSWER', '2026-11-15', '2026-11-21'))).json.data.content.map((i: any) => String(i.inquiryId));
    expect(noAnswer).not.toContain(fresh.inquiryId);
    const res = await callReply(fresh.inquiryId, fresh.transferAnswerId);
    expect(res.status).toBe(400);
    expect(res.json.message).toBe(M.cannotAnswer);
  });
});

describe('call-center inquiry: TRANSFER confirmation window', () => {
  it('confirms within 24 hours, once; a second confirm is 522', async () => {
    const fresh = await generate('callcenter', 'confirm');
    expect((await get(`${v5()}/callCenterInquiries`, callQuery('TRANSFER'))).json.data.content.map((i: any) => String(i.inquiryId))).toContain(fresh.inquiryId);
    await advance(23 * 60);
    const ok = await confirm(fresh.inquiryId);
    expect(ok.status).toBe(200);
    const after = await callCenter(fresh.inquiryId);
    expect(after.inquiryStatus).toBe('complete');
    expect(after.replies[0].partnerTransferCompleteReason).toBe('DISPUTE_PROCESS_COMPLETE');
    const again = await confirm(fresh.inquiryId);
    expect(again.status).toBe(400);
    expect(again.json.message).toBe('This inquiry has closed. -522 (상담이 종료된 문의입니다 - 522 )');
  });

  it('24 hours after the request the inquiry is closed and confirming it is 522', async () => {
    const fresh = await generate('callcenter', 'confirm');
    await advance(24 * 60);
    const res = await confirm(fresh.inquiryId);
    expect(res.status).toBe(400);
    expect(res.json.message).toBe(M.closed522);
    const after = await callCenter(fresh.inquiryId);
    expect(after.inquiryStatus).toBe('complete');
    expect(after.replies[0].partnerTransferCompleteReason).toBe('DISPUTE_PROCESS');
  });

  it('a NO_ANSWER inquiry is not confirmed, and confirmBy is required', async () => {
    const fresh = await generate('callcenter', 'answer');
    expect((await confirm(fresh.inquiryId)).json.message).toBe(M.cannotAnswer);
    expect((await post(`${v4()}/callCenterInquiries/${fresh.inquiryId}/confirms`, {})).json.message).toBe(M.bodyRequired('confirmBy'));
  });
});
