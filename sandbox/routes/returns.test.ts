// returns.listRequests / returns.getRequest (v6) over real HTTP: cancel and release-stop
// receipts created by the order world.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { kstDate } from '../clock';
import { startSandbox, type SandboxHandle } from '../index';
import { admin, call } from '../testing/client';

const START = '2025-09-01T03:00:00Z';
const START_MS = Date.parse(START);
const DAY = 86_400_000;

let sb: SandboxHandle;
const key = () => ({ accessKey: sb.accessKey, secretKey: sb.secretKey });
const v6 = () => `/v2/providers/openapi/apis/api/v6/vendors/${sb.vendorId}/returnRequests`;
const list = (query: string) => call(sb.baseUrl, { path: v6(), query, key: key() });
const day = (ms: number) => kstDate(ms);
const range = (from: number, to: number) => `createdAtFrom=${day(from)}&createdAtTo=${day(to)}`;

async function acceptedThenCancelled(acknowledge: boolean) {
  const created = (await admin(sb.baseUrl, 'POST', '/orders/generate', { count: 1, minutesAgo: 30 })).json.created[0];
  if (acknowledge) {
    await call(sb.baseUrl, { method: 'PUT', path: `/v2/providers/openapi/apis/api/v4/vendors/${sb.vendorId}/ordersheets/acknowledgement`, key: key(), body: `{"shipmentBoxIds":[${created.shipmentBoxId}]}` });
  }
  const res = await admin(sb.baseUrl, 'POST', '/orders/customer', { shipmentBoxId: created.shipmentBoxId, action: 'cancel' });
  return { ...created, receiptId: res.json.receipts[0].receiptId as string };
}

beforeAll(async () => {
  sb = await startSandbox({ seed: 11, startAt: START, timeScale: 0, rate: 1000 });
});
afterAll(() => sb.close());
afterEach(async () => {
  await admin(sb.baseUrl, 'POST', '/reset');
});

describe('returns.listRequests', () => {
  it('lists cancellations at 결제완료 only with cancelType=CANCEL', async () => {
    const c = await acceptedThenCancelled(false);
    const cancels = await list(`${range(START_MS - 30 * DAY, START_MS)}&cancelType=CANCEL`);
    expect(cancels.status).toBe(200);
    expect(Object.keys(cancels.json)).toEqual(['code', 'message', 'data', 'nextToken']);
    const mine = cancels.json.data.find((r: any) => String(r.receiptId) === c.receiptId);
    expect(mine).toMatchObject({ receiptType: 'CANCEL', receiptStatus: 'RETURNS_COMPLETED', cancelReasonCategory1: '고객변심', reasonCode: 'CHANGEMIND' });
    expect(String(mine.orderId)).toBe(c.orderId);
    expect(String(mine.returnItems[0].shipmentBoxId)).toBe(c.shipmentBoxId);
    // Seeded history has cancellations too.
    expect(cancels.json.data.length).toBeGreaterThan(1);
    const returns = await list(`${range(START_MS - DAY, START_MS)}&status=CC`);
    expect(returns.json.data.some((r: any) => String(r.receiptId) === c.receiptId)).toBe(false);
  });

  it('lists a release-stop request under RU and UC, with the documented fields and v6 formats', async () => {
    const r = await acceptedThenCancelled(true);
    for (const status of ['RU', 'UC']) {
      const res = await list(`${range(START_MS, START_MS)}&status=${status}`);
      expect(res.json.data.map((x: any) => String(x.receiptId))).toContain(r.receiptId);
    }
    const res = await list(`${range(START_MS, START_MS)}&status=RU`);
    const receipt = res.json.data.find((x: any) => String(x.receiptId) === r.receiptId);
    expect(Object.keys(receipt)).toEqual([
      'receiptId', 'orderId', 'paymentId', 'receiptType', 'receiptStatus', 'createdAt', 'modifiedAt', 'requesterName', 'requesterPhoneNumber', 'requesterRealPhoneNumber',
      'requesterAddress', 'requesterAddressDetail', 'requesterZipCode', 'cancelReasonCategory1', 'cancelReasonCategory2', 'cancelReason', 'cancelCountSum', 'returnDeliveryId',
      'returnDeliveryType', 'releaseStopStatus', 'enclosePrice', 'faultByType', 'preRefund', 'completeConfirmDate', 'completeConfirmType', 'returnItems', 'returnDeliveryDtos',
      'reasonCode', 'reasonCodeText', 'returnShippingCharge', 'reasonPhotoUrls',
    ]);
    expect(receipt).toMatchObject({
      receiptType: 'RETURN',
      receiptStatus: 'RELEASE_STOP_UNCHECKED',
      releaseStopStatus: '미처리',
      completeConfirmDate: '',
      enclosePrice: { currencyCode: 'KRW', units: 0, nanos: 0 },
      requesterRealPhoneNumber: null,
    });
    expect(receipt.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+09:00$/);
    expect(receipt.requesterName).toMatch(/^.\*+.$/);
    expect(receipt.requesterPhoneNumber).toMatch(/^\+82502\*{4}\d{4}$/);
    expect(receipt.returnItems[0].releaseStatus).toBe('N');
    expect(receipt.cancelCountSum).toBe(receipt.returnItems.reduce((n: number, i: any) => n + i.cancelCount, 0));
    expect(res.text).toMatch(new RegExp(`"receiptId":${r.receiptId},"orderId":${r.orderId},`));
  });

  it('pages per day with nextToken; the per-minute mode has no paging', async () => {
    for (let i = 0; i < 5; i++) await acceptedThenCancelled(false);
    const seen: string[] = [];
    let token = '';
    for (let i = 0; i < 50; i++) {
      const res = await list(`${range(START_MS - 30 * DAY, START_MS)}&cancelType=CANCEL&maxPerPage=2${token ? `&nextToken=${token}` : ''}`);
      expect(res.json.data.length).toBeLessThanOrEqual(2);
      seen.push(...res.json.data.map((r: any) => String(r.receiptId)));
      token = res.json.nextToken;
      if (!token) break;
    }
    const all = (await list(`${range(START_MS - 30 * DAY, START_MS)}&cancelType=CANCEL`)).json.data.map((r: any) => String(r.receiptId));
    expect(seen).toEqual(all);
    expect(new Set(seen).size).toBe(seen.length);

    const minute = await list(`searchType=timeFrame&createdAtFrom=${day(START_MS)}T00:00&createdAtTo=${day(START_MS)}T23:59&cancelType=CANCEL`);
    expect(minute.status).toBe(200);
    expect(Object.keys(minute.json)).toEqual(['code', 'message', 'data']);
    expect(minute.json.data).toHaveLength(5);
  });

  it('applies the documented query rules', async () => {
    expect((await list(range(START_MS, START_MS))).json.message).toBe('orderId is required when status is omitted');
    expect((await list(`${range(START_MS, START_MS)}&cancelType=CANCEL&status=UC`)).status).toBe(400);
    expect((await list(`${range(START_MS - 31 * DAY, START_MS)}&status=UC`)).json).toEqual({ code: 400, message: 'endTime-startTime range should less than31.' });
    expect((await list(`searchType=timeFrame&createdAtFrom=${day(START_MS)}T00:00&createdAtTo=${day(START_MS + DAY)}T00:00&status=UC`)).json.message).toBe('range should less than 1 day');
    expect((await list(`${range(START_MS, START_MS)}&status=XX`)).status).toBe(400);
    expect((await list(`status=UC`)).status).toBe(400);
    const byOrder = await acceptedThenCancelled(true);
    const res = await list(`${range(START_MS, START_MS)}&orderId=${byOrder.orderId}`);
    expect(res.json.data.map((r: any) => String(r.receiptId))).toEqual([byOrder.receiptId]);
  });
});

describe('returns.getRequest', () => {
  it('answers one receipt as an array; cancellation receipts are not supported', async () => {
    const stop = await acceptedThenCancelled(true);
    const res = await call(sb.baseUrl, { path: `${v6()}/${stop.receiptId}`, key: key() });
    expect(res.status).toBe(200);
    expect(res.json.code).toBe('200');
    expect(res.json.data).toHaveLength(1);
    expect(String(res.json.data[0].receiptId)).toBe(stop.receiptId);
    const cancel = await acceptedThenCancelled(false);
    expect((await call(sb.baseUrl, { path: `${v6()}/${cancel.receiptId}`, key: key() })).status).toBe(400);
    expect((await call(sb.baseUrl, { path: `${v6()}/999`, key: key() })).status).toBe(400);
  });
});

// ---- customer returns after delivery: confirmation, approval, withdrawals, pickup waybills ----

const V5 = () => `/v2/providers/openapi/apis/api/v5/vendors/${sb.vendorId}/returnRequests`;
const V4 = () => `/v2/providers/openapi/apis/api/v4/vendors/${sb.vendorId}`;

/** A delivered box of the seeded history that nothing has been returned from yet. */
async function deliveredBox(skip = 0): Promise<{ shipmentBoxId: string; orderId: string; units: number }> {
  const orders = (await admin(sb.baseUrl, 'GET', '/orders')).json.orders as any[];
  const claimed = new Set(((await admin(sb.baseUrl, 'GET', '/returns')).json.receipts as any[]).flatMap((r) => r.items.map((i: any) => i.shipmentBoxId)));
  const boxes = orders.filter((o) => o.status === 'FINAL_DELIVERY' && o.removed === null && !claimed.has(o.shipmentBoxId) && o.items.every((i: any) => i.cancelCount === 0));
  const box = boxes[skip];
  return { shipmentBoxId: box.shipmentBoxId, orderId: box.orderId, units: box.items.reduce((n: number, i: any) => n + i.shippingCount, 0) };
}

async function customerReturn(extra: Record<string, unknown> = {}, skip = 0) {
  const box = await deliveredBox(skip);
  const res = await admin(sb.baseUrl, 'POST', '/returns/customer', { shipmentBoxId: box.shipmentBoxId, action: 'return', ...extra });
  expect(res.status, JSON.stringify(res.json)).toBe(200);
  return { ...box, receiptId: res.json.receiptId as string, cancelCountSum: res.json.cancelCountSum as number };
}

const confirm = (receiptId: string, body: unknown = { vendorId: sb.vendorId, receiptId: Number(receiptId) }) =>
  call(sb.baseUrl, { method: 'PUT', path: `${V5()}/${receiptId}/receiveConfirmation`, key: key(), body });
const approve = (receiptId: string, cancelCount: number) =>
  call(sb.baseUrl, { method: 'PUT', path: `${V5()}/${receiptId}/approval`, key: key(), body: { vendorId: sb.vendorId, receiptId: Number(receiptId), cancelCount } });
const single = (receiptId: string) => call(sb.baseUrl, { path: `${v6()}/${receiptId}`, key: key() });
const advanceMinutes = (advanceMinutes: number) => admin(sb.baseUrl, 'POST', '/clock', { advanceMinutes });

describe('customer returns (반품접수 → 입고완료 → 반품완료)', () => {
  it('is listed under UC, confirmed (receiveConfirmation), then approved with cancelCount = the receipt total', async () => {
    const r = await customerReturn();
    const uc = await list(`${range(START_MS, START_MS)}&status=UC`);
    const listed = uc.json.data.find((x: any) => String(x.receiptId) === r.receiptId);
    expect(listed).toMatchObject({ receiptType: 'RETURN', receiptStatus: 'RETURNS_UNCHECKED', releaseStopStatus: '비대상', reasonCode: 'CHANGEMIND', faultByType: 'CUSTOMER', preRefund: false });
    expect(listed.returnItems.every((i: any) => i.releaseStatus === 'Y')).toBe(true);
    expect(listed.cancelCountSum).toBe(r.units);
    // Not a release stop: not under RU.
    expect((await list(`${range(START_MS, START_MS)}&status=RU`)).json.data.some((x: any) => String(x.receiptId) === r.receiptId)).toBe(false);

    // Approval before the receipt confirmation is refused.
    expect((await approve(r.receiptId, r.cancelCountSum)).status).toBe(400);
    const ok = await confirm(r.receiptId);
    expect(ok.status).toBe(200);
    expect(ok.json).toEqual({ code: '200', message: 'OK' });
    expect((await single(r.receiptId)).json.data[0].receiptStatus).toBe('VENDOR_WAREHOUSE_CONFIRM');
    // No short code lists 입고완료: gone from UC, still in the per-minute list without status.
    expect((await list(`${range(START_MS, START_MS)}&status=UC`)).json.data.some((x: any) => String(x.receiptId) === r.receiptId)).toBe(false);
    const minute = await list(`searchType=timeFrame&createdAtFrom=${day(START_MS)}T00:00&createdAtTo=${day(START_MS)}T23:59`);
    expect(minute.json.data.some((x: any) => String(x.receiptId) === r.receiptId)).toBe(true);
    // A second confirmation is refused (only RETURNS_UNCHECKED).
    expect((await confirm(r.receiptId)).status).toBe(400);

    // cancelCount must be the receipt's total quantity.
    const wrong = await approve(r.receiptId, r.cancelCountSum + 1);
    expect(wrong.status).toBe(500);
    expect(wrong.json.message).toBe('[INTERNAL_SERVER_ERROR] 취소반품접수수량과 cancelCount가 일치하지 않습니다.');
    const done = await approve(r.receiptId, r.cancelCountSum);
    expect(done.status).toBe(200);
    const after = (await single(r.receiptId)).json.data[0];
    expect(after).toMatchObject({ receiptStatus: 'RETURNS_COMPLETED', completeConfirmType: 'VENDOR_CONFIRM' });
    expect(after.completeConfirmDate).toMatch(/\+09:00$/);
    expect((await list(`${range(START_MS, START_MS)}&status=CC`)).json.data.some((x: any) => String(x.receiptId) === r.receiptId)).toBe(true);
    expect((await approve(r.receiptId, r.cancelCountSum)).json.message).toBe('Product is already returned.');
    // The whole box came back: it leaves the order lists (rules-orders.md 22).
    const sheet = await call(sb.baseUrl, { path: `/v2/providers/openapi/apis/api/v5/vendors/${sb.vendorId}/ordersheets/${r.shipmentBoxId}`, key: key() });
    expect(sheet.json.message).toBe('해당 주문이 취소 또는 반품되었습니다.');
  });

  it('refuses confirmation of a release stop and unknown receipts; the body must name the same receipt', async () => {
    const stop = await acceptedThenCancelled(true);
    expect((await confirm(stop.receiptId)).json.message).toMatch(/not RETURNS_UNCHECKED: RELEASE_STOP_UNCHECKED/);
    expect((await confirm('1234')).status).toBe(400);
    const r = await customerReturn();
    expect((await confirm(r.receiptId, { vendorId: sb.vendorId, receiptId: 1 })).status).toBe(400);
    expect((await confirm(r.receiptId, { vendorId: 'A99999999', receiptId: Number(r.receiptId) })).json.message).toBe("params's vendorId not equals gateway's vendorId!");
    expect((await approve('1234', 1)).json.message).toBe('There is no history…');
    // The v4 path (PATCH) still works.
    const v4 = await call(sb.baseUrl, { method: 'PATCH', path: `${V4()}/returnRequests/${r.receiptId}/receiveConfirmation`, key: key(), body: { vendorId: sb.vendorId, receiptId: Number(r.receiptId) } });
    expect(v4.status).toBe(200);
  });

  it('fast refund: an untracked return is refunded at the confirmation; a tracked pickup completes by itself', async () => {
    const untracked = await customerReturn({ fastRefund: true });
    await confirm(untracked.receiptId);
    expect((await single(untracked.receiptId)).json.data[0]).toMatchObject({ receiptStatus: 'RETURNS_COMPLETED', preRefund: true, completeConfirmType: 'VENDOR_CONFIRM' });

    const tracked = await customerReturn({ fastRefund: true, autoPickup: true }, 0);
    await advanceMinutes(3 * 24 * 60);
    const after = (await single(tracked.receiptId)).json.data[0];
    expect(after).toMatchObject({ receiptStatus: 'RETURNS_COMPLETED', preRefund: true, completeConfirmType: 'CS_CONFIRM' });
    expect(after.returnDeliveryDtos[0].deliveryCompanyCode).toBe('CJGLS');
    expect(after.returnDeliveryDtos[0].deliveryInvoiceNo).toMatch(/^\d{12}$/);
    expect(after.returnItems.every((i: any) => i.cancelCompleteUser === 'SYSTEM')).toBe(true);
  });

  it('Coupang approves a confirmed return the seller left alone', async () => {
    const r = await customerReturn();
    await confirm(r.receiptId);
    await advanceMinutes(2 * 24 * 60);
    expect((await single(r.receiptId)).json.data[0].receiptStatus).toBe('VENDOR_WAREHOUSE_CONFIRM');
    await advanceMinutes(2 * 24 * 60);
    expect((await single(r.receiptId)).json.data[0]).toMatchObject({ receiptStatus: 'RETURNS_COMPLETED', completeConfirmType: 'CS_CONFIRM' });
  });
});

describe('return withdrawals', () => {
  it('a withdrawn return leaves the list and shows in both withdrawal queries (v4 format)', async () => {
    const r = await customerReturn({ reasonCode: 'DEFECT' });
    const w = await admin(sb.baseUrl, 'POST', '/returns/withdraw', { receiptId: r.receiptId });
    expect(w.status).toBe(200);
    expect((await list(`${range(START_MS, START_MS)}&status=UC`)).json.data.some((x: any) => String(x.receiptId) === r.receiptId)).toBe(false);
    expect((await single(r.receiptId)).status).toBe(400);
    expect((await confirm(r.receiptId)).status).toBe(400);

    const byPeriod = await call(sb.baseUrl, { path: `${V4()}/returnWithdrawRequests`, query: `dateFrom=${day(START_MS - 6 * DAY)}&dateTo=${day(START_MS)}`, key: key() });
    expect(byPeriod.status).toBe(200);
    expect(Object.keys(byPeriod.json)).toEqual(['code', 'message', 'data', 'nextPageIndex']);
    const row = byPeriod.json.data.find((x: any) => String(x.cancelId) === r.receiptId);
    expect(row).toMatchObject({ vendorId: sb.vendorId, refundDeliveryDuty: 'COM' });
    expect(String(row.orderId)).toBe(r.orderId);
    expect(row.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/);
    expect(byPeriod.text).toMatch(new RegExp(`"cancelId":${r.receiptId},`));

    const byIds = await call(sb.baseUrl, { method: 'POST', path: `${V4()}/returnWithdrawList`, key: key(), body: `{"cancelIds":[${r.receiptId},1234]}` });
    expect(byIds.json.code).toBe('200');
    expect(byIds.json.data.map((x: any) => String(x.cancelId))).toEqual([r.receiptId]);
    // Once the courier has the goods, it can no longer be withdrawn.
    const picked = await customerReturn({ autoPickup: true }, 0);
    await advanceMinutes(2 * 24 * 60);
    expect((await admin(sb.baseUrl, 'POST', '/returns/withdraw', { receiptId: picked.receiptId })).status).toBe(409);
  });

  it('applies the documented period rules', async () => {
    const q = (query: string) => call(sb.baseUrl, { path: `${V4()}/returnWithdrawRequests`, query, key: key() });
    expect((await q(`dateTo=${day(START_MS)}`)).json.message).toBe("Required String parameter 'dateFrom' is not present");
    expect((await q(`dateFrom=${day(START_MS)}`)).json.message).toBe("Required String parameter 'dateTo' is not present");
    expect((await q(`dateFrom=${day(START_MS)}&dateTo=${day(START_MS - DAY)}`)).json.message).toBe('종료일자는 시작일자보다 작거나 같아야 합니다.');
    expect((await q(`dateFrom=${day(START_MS - 7 * DAY)}&dateTo=${day(START_MS)}`)).json.message).toBe('최대 조회 기간은 7 일 입니다.(The maximum view duration is 7 days)');
    expect((await q(`dateFrom=${day(START_MS - 6 * DAY)}&dateTo=${day(START_MS)}`)).status).toBe(200);
    expect((await q(`dateFrom=20250901&dateTo=${day(START_MS)}`)).json.message).toMatch(/^날짜입력을 확인해 주세요/);
    expect((await q(`dateFrom=${day(START_MS)}&dateTo=${day(START_MS)}&sizePerPage=101`)).json.message).toMatch(/sizePerPage\)는 100/);
    expect((await q(`dateFrom=${day(START_MS)}&dateTo=${day(START_MS)}&pageIndex=0`)).json.message).toMatch(/^pageindex 는 음수 또는 0/);
    const ids = (body: string) => call(sb.baseUrl, { method: 'POST', path: `${V4()}/returnWithdrawList`, key: key(), body });
    expect((await ids(`{"cancelIds":[${Array.from({ length: 51 }, (_, i) => i + 1).join(',')}]}`)).status).toBe(400);
    expect((await ids('{"cancelIds":["123"]}')).status).toBe(400);
  });

  it('pages by pageIndex; nextPageIndex is "" on the last page', async () => {
    for (let i = 0; i < 3; i++) {
      const r = await customerReturn({}, 0);
      await admin(sb.baseUrl, 'POST', '/returns/withdraw', { receiptId: r.receiptId });
    }
    const page = (n: number) => call(sb.baseUrl, { path: `${V4()}/returnWithdrawRequests`, query: `dateFrom=${day(START_MS)}&dateTo=${day(START_MS)}&pageIndex=${n}&sizePerPage=2`, key: key() });
    const p1 = await page(1);
    expect(p1.json.data).toHaveLength(2);
    expect(p1.json.nextPageIndex).toBe('2');
    const p2 = await page(2);
    expect(p2.json.data).toHaveLength(1);
    expect(p2.json.nextPageIndex).toBe('');
  });
});

describe('returns.registerPickupInvoice (RETURN)', () => {
  const register = (body: unknown) => call(sb.baseUrl, { method: 'POST', path: `${V4()}/return-exchange-invoices/manual`, key: key(), body });

  it('attaches the seller\'s pickup waybill to a RETURNS_UNCHECKED return; tracking then collects it', async () => {
    const r = await customerReturn({ fastRefund: true });
    const res = await register({ returnExchangeDeliveryType: 'RETURN', receiptId: Number(r.receiptId), deliveryCompanyCode: 'HANJIN', invoiceNumber: '123456789012', regNumber: '55' });
    expect(res.status).toBe(200);
    expect(res.json.code).toBe(200);
    expect(res.json.data).toMatchObject({ deliveryCompanyCode: 'HANJIN', invoiceNumber: '123456789012', regNumber: '55', returnExchangeDeliveryType: 'RETURN' });
    expect(String(res.json.data.receiptId)).toBe(r.receiptId);
    expect((await single(r.receiptId)).json.data[0].returnDeliveryDtos).toEqual([{ deliveryCompanyCode: 'HANJIN', deliveryInvoiceNo: '123456789012' }]);
    // A tracked waybill: the pickup scan refunds the fast-refund item.
    await advanceMinutes(2 * 24 * 60);
    expect((await single(r.receiptId)).json.data[0]).toMatchObject({ receiptStatus: 'RETURNS_COMPLETED', preRefund: true });
    expect((await register({ returnExchangeDeliveryType: 'RETURN', receiptId: Number(r.receiptId), deliveryCompanyCode: 'HANJIN', invoiceNumber: '123456789013' })).json.message).toMatch(/not RETURNS_UNCHECKED/);
  });

  it('refuses missing fields, unknown couriers and malformed waybills', async () => {
    const r = await customerReturn();
    expect((await register({ returnExchangeDeliveryType: 'RETURN', receiptId: Number(r.receiptId), deliveryCompanyCode: 'CJGLS' })).json).toEqual({ code: 400, message: 'Object is null' });
    expect((await register({ returnExchangeDeliveryType: 'RETURN', receiptId: Number(r.receiptId), deliveryCompanyCode: 'NOPE', invoiceNumber: '123456789012' })).status).toBe(400);
    expect((await register({ returnExchangeDeliveryType: 'RETURN', receiptId: Number(r.receiptId), deliveryCompanyCode: 'CJGLS', invoiceNumber: '123' })).json.message).toBe('송장번호가 유효하지 않습니다.');
    expect((await register({ returnExchangeDeliveryType: 'BOTH', receiptId: Number(r.receiptId), deliveryCompanyCode: 'CJGLS', invoiceNumber: '123456789012' })).status).toBe(400);
  });
});

describe('after-delivery customers over virtual time', () => {
  it('the seeded history has customer returns and exchanges, the same for the same seed', async () => {
    const a = (await admin(sb.baseUrl, 'GET', '/returns')).json;
    expect(a.receipts.some((r: any) => r.origin === 'customer-return')).toBe(true);
    await advanceMinutes(5 * 24 * 60);
    const later = (await admin(sb.baseUrl, 'GET', '/returns')).json;
    const other = await startSandbox({ seed: 11, startAt: START, timeScale: 0, rate: 1000 });
    try {
      await admin(other.baseUrl, 'POST', '/clock', { advanceMinutes: 5 * 24 * 60 });
      const b = (await admin(other.baseUrl, 'GET', '/returns')).json;
      expect(JSON.stringify(b)).toBe(JSON.stringify(later));
    } finally {
      await other.close();
    }
  });
});
