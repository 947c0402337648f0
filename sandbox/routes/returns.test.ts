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
