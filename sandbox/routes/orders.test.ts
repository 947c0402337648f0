// The orders domain over real HTTP with the signed test client: what a client sees, including
// virtual-time behaviour driven through /__sandbox/clock.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { kstDate } from '../clock';
import { startSandbox, type SandboxHandle } from '../index';
import { stringifyJson } from '../json';
import { admin, call } from '../testing/client';
import type { OrdersState } from '../domains/orders/types';
import { ordersDomain } from './orders';

const START = '2025-09-01T03:00:00Z'; // 12:00 KST
const START_MS = Date.parse(START);
const DAY = 86_400_000;

let sb: SandboxHandle;
const key = () => ({ accessKey: sb.accessKey, secretKey: sb.secretKey });
const v5 = () => `/v2/providers/openapi/apis/api/v5/vendors/${sb.vendorId}`;
const v4 = () => `/v2/providers/openapi/apis/api/v4/vendors/${sb.vendorId}`;
const get = (path: string, query = '') => call(sb.baseUrl, { path, query, key: key() });
const send = (method: string, path: string, body: unknown) => call(sb.baseUrl, { method, path, key: key(), body });
const world = (): OrdersState => sb.state.store(sb.vendorId).get(ordersDomain);
const advance = (minutes: number) => admin(sb.baseUrl, 'POST', '/clock', { advanceMinutes: minutes });
const day = (ms: number) => `${kstDate(ms)}%2B09:00`;
const listDay = (status: string, from: number, to: number, extra = '') => get(`${v5()}/ordersheets`, `createdAtFrom=${day(from)}&createdAtTo=${day(to)}&status=${status}${extra}`);
const minute = (ms: number) => new Date(ms + 9 * 3_600_000).toISOString().slice(0, 16) + '%2B09:00';
const listMinute = (status: string, from: number, to: number) => get(`${v5()}/ordersheets`, `createdAtFrom=${minute(from)}&createdAtTo=${minute(to)}&searchType=timeFrame&status=${status}`);
const single = (id: string) => get(`${v5()}/ordersheets/${id}`);
const ack = (ids: string[]) => send('PUT', `${v4()}/ordersheets/acknowledgement`, `{"vendorId":"${sb.vendorId}","shipmentBoxIds":[${ids.join(',')}]}`);
const now = () => sb.clock.now();

async function generate(count: number, minutesAgo = 0): Promise<Array<{ shipmentBoxId: string; orderId: string }>> {
  const res = await admin(sb.baseUrl, 'POST', '/orders/generate', { count, minutesAgo });
  expect(res.status).toBe(200);
  return res.json.created;
}

/** Dtos for every item of a box, as JSON text so 18-digit IDs go out as bare numbers. */
function invoiceBody(boxes: Array<{ id: string; courier?: string; invoice: string; items?: Array<{ vendorItemId: string; invoice?: string; date?: string }>; split?: boolean; pre?: boolean }>): string {
  const dtos = boxes.flatMap((b) => {
    const sheet = world().bySheetId.get(b.id)!;
    const items: Array<{ vendorItemId: string; invoice?: string; date?: string }> = b.items ?? sheet.items.map((i) => ({ vendorItemId: i.product.vendorItemId }));
    return items.map(
      (it) =>
        `{"shipmentBoxId":${b.id},"orderId":${sheet.orderId},"vendorItemId":${it.vendorItemId},"deliveryCompanyCode":"${b.courier ?? 'CJGLS'}","invoiceNumber":"${it.invoice ?? b.invoice}","splitShipping":${b.split ?? false},"preSplitShipped":${b.pre ?? false},"estimatedShippingDate":"${it.date ?? ''}"}`,
    );
  });
  return `{"vendorId":"${sb.vendorId}","orderSheetInvoiceApplyDtos":[${dtos.join(',')}]}`;
}
const upload = (body: string) => send('POST', `${v4()}/orders/invoices`, body);
const update = (body: string) => send('POST', `${v4()}/orders/updateInvoices`, body);
const waybill = () => String(Math.floor(100_000_000_000 + Math.random() * 800_000_000_000));

beforeAll(async () => {
  sb = await startSandbox({ seed: 11, startAt: START, timeScale: 0, rate: 1000 });
});
afterAll(() => sb.close());
afterEach(async () => {
  await admin(sb.baseUrl, 'POST', '/outage', { down: false });
  await admin(sb.baseUrl, 'POST', '/reset');
});

describe('seeded order sheets', () => {
  it('spread over the last 30 days: old ones delivered, recent ones still waiting', async () => {
    const { orders } = (await admin(sb.baseUrl, 'GET', '/orders')).json;
    expect(orders.length).toBeGreaterThanOrEqual(300);
    const old = orders.filter((o: any) => Date.parse(o.paidAt) < START_MS - 5 * DAY && !o.removed);
    const delivered = old.filter((o: any) => o.status === 'FINAL_DELIVERY' || o.status === 'NONE_TRACKING');
    expect(delivered.length / old.length).toBeGreaterThan(0.9);
    const recent = orders.filter((o: any) => Date.parse(o.paidAt) > START_MS - DAY && !o.removed);
    expect(recent.some((o: any) => o.status === 'ACCEPT')).toBe(true);
    expect(recent.some((o: any) => o.status === 'INSTRUCT' || o.status === 'DEPARTURE' || o.status === 'DELIVERING')).toBe(true);
    expect(orders.some((o: any) => o.items.length >= 3)).toBe(true);
    // Several boxes per order exist.
    const perOrder = new Map<string, number>();
    for (const o of orders) perOrder.set(o.orderId, (perOrder.get(o.orderId) ?? 0) + 1);
    expect([...perOrder.values()].some((n) => n >= 2)).toBe(true);
    for (const o of orders) {
      expect(o.shipmentBoxId).toMatch(/^\d{18}$/);
      expect(o.orderId).toMatch(/^\d{13,14}$/);
      for (const i of o.items) expect(i.vendorItemId).toMatch(/^\d{10,11}$/);
    }
  });
});

describe('orders.listByDay', () => {
  it('pages with an opaque, stable nextToken and lists each order exactly once', async () => {
    const from = START_MS - 30 * DAY;
    const first = await listDay('FINAL_DELIVERY', from, START_MS, '&maxPerPage=7');
    expect(first.status).toBe(200);
    expect(Object.keys(first.json)).toEqual(['code', 'message', 'data', 'nextToken']);
    expect(first.json.code).toBe(200);
    expect(first.json.data).toHaveLength(7);
    expect(typeof first.json.nextToken).toBe('string');
    expect((await listDay('FINAL_DELIVERY', from, START_MS, '&maxPerPage=7')).json.nextToken).toBe(first.json.nextToken);

    const seen: string[] = [];
    let token = '';
    for (let page = 0; page < 100; page++) {
      const res = await listDay('FINAL_DELIVERY', from, START_MS, `&maxPerPage=7${token ? `&nextToken=${token}` : ''}`);
      expect(res.json.data.length).toBeLessThanOrEqual(7);
      seen.push(...res.json.data.map((s: any) => String(s.shipmentBoxId)));
      token = res.json.nextToken;
      if (token === '') break;
    }
    expect(new Set(seen).size).toBe(seen.length);
    const { orders } = (await admin(sb.baseUrl, 'GET', '/orders')).json;
    const expected = orders.filter((o: any) => o.status === 'FINAL_DELIVERY' && o.visibleInLists && Date.parse(o.paidAt) >= from - 9 * 3_600_000).map((o: any) => o.shipmentBoxId);
    expect(seen.sort()).toEqual(expected.sort());
  });

  it('keeps paging exact while orders change status between pages', async () => {
    await generate(9, 60);
    const from = START_MS - DAY;
    const page1 = await listDay('ACCEPT', from, START_MS, '&maxPerPage=4');
    const firstIds = page1.json.data.map((s: any) => String(s.shipmentBoxId));
    // Acknowledge what page 1 showed: it leaves ACCEPT, which must not shift the next pages.
    await ack(firstIds);
    const rest: string[] = [];
    let token = page1.json.nextToken;
    while (token) {
      const res = await listDay('ACCEPT', from, START_MS, `&maxPerPage=4&nextToken=${token}`);
      rest.push(...res.json.data.map((s: any) => String(s.shipmentBoxId)));
      token = res.json.nextToken;
    }
    const all = (await listDay('ACCEPT', from, START_MS)).json.data.map((s: any) => String(s.shipmentBoxId));
    expect(rest).toEqual(all);
    expect(rest.some((id) => firstIds.includes(id))).toBe(false);
  });

  it('caps pages at 50 rows', async () => {
    const res = await listDay('FINAL_DELIVERY', START_MS - 30 * DAY, START_MS, '&maxPerPage=500');
    expect(res.json.data).toHaveLength(50);
    expect(res.json.nextToken).not.toBe('');
  });

  it('refuses ranges of 31 days or more with the documented text', async () => {
    const res = await listDay('ACCEPT', START_MS - 31 * DAY, START_MS);
    expect(res.status).toBe(400);
    expect(res.json).toEqual({ code: 400, message: 'endTime-startTime range should less than31.' });
    expect((await listDay('ACCEPT', START_MS - 30 * DAY, START_MS)).status).toBe(200);
  });

  it('needs status and both dates, in the v5 format', async () => {
    const missing = await get(`${v5()}/ordersheets`, `createdAtFrom=${day(START_MS)}&createdAtTo=${day(START_MS)}`);
    expect(missing.status).toBe(400);
    expect(missing.json).toEqual({ code: 400, message: 'required parameters are missing' });
    expect((await get(`${v5()}/ordersheets`, `createdAtTo=${day(START_MS)}&status=ACCEPT`)).json.message).toBe('required parameters are missing');
    expect((await listDay('PAID', START_MS, START_MS)).status).toBe(400);
    // An unencoded '+' decodes to a space: the classic client bug is refused, not guessed.
    const plus = await get(`${v5()}/ordersheets`, `createdAtFrom=2025-09-01+09:00&createdAtTo=2025-09-01+09:00&status=ACCEPT`);
    expect(plus.status).toBe(400);
    expect(plus.json.message).toMatch(/createdAtFrom/);
    expect((await get(`${v5()}/ordersheets`, `createdAtFrom=2025-02-30%2B09:00&createdAtTo=2025-03-01%2B09:00&status=ACCEPT`)).status).toBe(400);
    expect((await listDay('ACCEPT', START_MS, START_MS, '&nextToken=abc')).status).toBe(400);
  });
});

describe('orders.listByMinute', () => {
  it('lists [from, to) without paging and refuses windows of 24 hours or more', async () => {
    const over = await listMinute('FINAL_DELIVERY', START_MS - DAY, START_MS);
    expect(over.status).toBe(400);
    expect(over.json).toEqual({ code: 400, message: 'range should less than 1 day' });
    const res = await listMinute('FINAL_DELIVERY', START_MS - 10 * DAY, START_MS - 9 * DAY - 60_000);
    expect(res.status).toBe(200);
    expect(Object.keys(res.json)).toEqual(['code', 'message', 'data']);
    const { orders } = (await admin(sb.baseUrl, 'GET', '/orders')).json;
    const expected = orders.filter((o: any) => o.status === 'FINAL_DELIVERY' && o.visibleInLists && Date.parse(o.paidAt) >= START_MS - 10 * DAY && Date.parse(o.paidAt) < START_MS - 9 * DAY - 60_000);
    expect(res.json.data.map((s: any) => String(s.shipmentBoxId)).sort()).toEqual(expected.map((o: any) => o.shipmentBoxId).sort());
  });
});

describe('new orders over virtual time', () => {
  it('reach the lists 10 minutes after payment; single queries find them at once', async () => {
    const [order] = await generate(1);
    const window = () => listMinute('ACCEPT', now() - 60 * 60_000, now() + 60_000);
    const ids = async () => (await window()).json.data.map((s: any) => String(s.shipmentBoxId));
    expect(await ids()).not.toContain(order.shipmentBoxId);
    expect((await single(order.shipmentBoxId)).json.data.status).toBe('ACCEPT');
    await advance(9);
    expect(await ids()).not.toContain(order.shipmentBoxId);
    await advance(1);
    expect(await ids()).toContain(order.shipmentBoxId);
  });

  it('keep arriving on their own, a few per daytime hour', async () => {
    const before = world().sheets.length;
    await advance(24 * 60);
    await listDay('ACCEPT', now() - DAY, now());
    const arrived = world().sheets.length - before;
    expect(arrived).toBeGreaterThan(15);
    expect(arrived).toBeLessThan(120);
  });
});

describe('single queries and v5 formats', () => {
  it('answers the documented fields in the documented order with v5 money, times and phones', async () => {
    const [order] = await generate(1, 30);
    const res = await single(order.shipmentBoxId);
    expect(res.status).toBe(200);
    expect(res.json.code).toBe('200');
    const sheet = res.json.data;
    expect(Object.keys(sheet)).toEqual([
      'shipmentBoxId', 'orderId', 'orderedAt', 'orderer', 'paidAt', 'status', 'shippingPrice', 'remotePrice', 'remoteArea', 'parcelPrintMessage', 'splitShipping', 'ableSplitShipping',
      'receiver', 'orderItems', 'overseaShippingInfoDto', 'deliveryCompanyName', 'invoiceNumber', 'inTrasitDateTime', 'deliveredDate', 'refer', 'shipmentType', 'isCod', 'extraProperties',
    ]);
    expect(res.text).toMatch(new RegExp(`"shipmentBoxId":${order.shipmentBoxId},"orderId":${order.orderId},`));
    expect(sheet.orderedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}\+09:00$/);
    expect(sheet.paidAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}\+09:00$/);
    expect(sheet.shippingPrice).toEqual({ currencyCode: 'KRW', units: expect.any(Number), nanos: 0 });
    expect(sheet.orderer).toEqual({ name: expect.any(String), email: '', safeNumber: expect.stringMatching(/^\+82502\d{8}$/), ordererNumber: null });
    expect(sheet.receiver.safeNumber).toMatch(/^\+82502\d{8}$/);
    const item = sheet.orderItems[0];
    expect(item.orderPrice.units).toBe(item.salesPrice.units * item.shippingCount);
    expect(item.salesPrice.units % 10).toBe(0);
    expect(item.discountPrice.units).toBe(item.instantCouponDiscount.units + item.downloadableCouponDiscount.units + item.coupangDiscount.units);
    expect(item.estimatedShippingDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(item).toMatchObject({ invoiceNumberUploadDate: '', plannedShippingDate: '', cancelCount: 0, holdCountForCancel: 0, canceled: false, confirmDate: null });
    expect(res.text).toMatch(/"vendorItemId":\d{10,11},/);
  });

  it('answers 400 for unknown and non-numeric boxes', async () => {
    expect((await single('123456789012345678')).status).toBe(400);
    expect((await single('abc')).status).toBe(400);
  });

  it('shows the delivery history newest first', async () => {
    const delivered = world().sheets.find((s) => s.status === 'FINAL_DELIVERY' && !s.removed)!;
    const res = await get(`${v5()}/ordersheets/${delivered.shipmentBoxId}/history`);
    expect(res.status).toBe(200);
    expect(String(res.json.data.shipmentBoxId)).toBe(delivered.shipmentBoxId);
    expect(res.json.data.details.map((d: any) => d.deliveryStatus)).toEqual(['FINAL_DELIVERY', 'DELIVERING', 'DEPARTURE', 'INSTRUCT', 'ACCEPT']);
    expect(res.json.data.details[0]).toEqual({ deliveryStatus: 'FINAL_DELIVERY', deliveryStatusDesc: '배송완료', updatedAt: expect.stringMatching(/\+09:00$/) });
  });
});

describe('orders.acknowledge', () => {
  it('moves ACCEPT boxes to INSTRUCT with per-box results, 99 when nothing changed', async () => {
    const [a, b] = await generate(2);
    const res = await ack([a.shipmentBoxId, b.shipmentBoxId, '123456789012345678']);
    expect(res.status).toBe(200);
    expect(res.json.code).toBe('200');
    expect(res.json.data.responseCode).toBe(1);
    expect(res.json.data.responseMessage).toBe('apply instructStatus result - Partial errors.');
    expect(res.text).toMatch(/"responseKey":-\d{19},/);
    expect(res.json.data.responseList[0]).toEqual({ shipmentBoxId: expect.anything(), succeed: true, resultCode: 'OK', retryRequired: false, resultMessage: 'request succeeded.' });
    expect(Object.keys(res.json.data.responseList[0])).toEqual(['shipmentBoxId', 'succeed', 'resultCode', 'retryRequired', 'resultMessage']);
    expect(res.json.data.responseList[2]).toMatchObject({ succeed: false, resultCode: 'NOT_FOUND_SHIPMENT_BOX', resultMessage: 'shipmentBoxId (123456789012345678) is not found.' });
    expect((await single(a.shipmentBoxId)).json.data.status).toBe('INSTRUCT');

    const again = await ack([a.shipmentBoxId]);
    expect(again.json.data.responseCode).toBe(99);
    expect(again.json.data.responseList[0]).toMatchObject({ succeed: false, retryRequired: false, resultMessage: '배송상태를 변경할 수 없습니다. 주문내역을 확인해주세요.' });
  });

  it('takes at most 50 boxes per call', async () => {
    const created = await generate(51);
    const ids = created.map((c) => c.shipmentBoxId);
    expect((await ack(ids)).status).toBe(400);
    const res = await ack(ids.slice(0, 50));
    expect(res.json.data.responseCode).toBe(0);
    expect(res.json.data.responseList).toHaveLength(50);
  });
});

describe('orders.uploadInvoice / updateInvoice', () => {
  it('accepts waybills only for INSTRUCT boxes', async () => {
    const [order] = await generate(1);
    const early = await upload(invoiceBody([{ id: order.shipmentBoxId, invoice: waybill() }]));
    expect(early.status).toBe(200);
    expect(early.json.data.responseCode).toBe(99);
    expect(early.json.data.responseList[0]).toEqual({
      shipmentBoxId: expect.anything(),
      succeed: false,
      resultCode: 'INVALID_STATUS',
      retryRequired: false,
      resultMessage: `배송진행상태가 유효하지 않습니다. [합포장번호 : ${order.shipmentBoxId}] [주문번호 : ${order.orderId}]`,
    });
    await ack([order.shipmentBoxId]);
    const invoice = waybill();
    const done = await upload(invoiceBody([{ id: order.shipmentBoxId, invoice }]));
    expect(done.json).toMatchObject({ code: '200', message: 'OK', data: { responseCode: 0, responseMessage: 'SUCCESS' } });
    expect(done.json.data.responseList[0]).toMatchObject({ succeed: true, resultCode: 'OK', resultMessage: null });
    const sheet = (await single(order.shipmentBoxId)).json.data;
    expect(sheet).toMatchObject({ status: 'DEPARTURE', invoiceNumber: invoice, deliveryCompanyName: 'CJ 대한통운', inTrasitDateTime: '' });
    expect(sheet.orderItems[0].invoiceNumberUploadDate).toMatch(/\+09:00$/);
    expect((await upload(invoiceBody([{ id: order.shipmentBoxId, invoice: waybill() }]))).json.data.responseList[0].resultCode).toBe('INVALID_STATUS');
  });

  it('fails the whole call on an unknown courier, each box on a bad or reused waybill', async () => {
    const [a, b] = await generate(2);
    await ack([a.shipmentBoxId, b.shipmentBoxId]);
    const wrong = await upload(invoiceBody([{ id: a.shipmentBoxId, invoice: waybill(), courier: 'CJ' }]));
    expect(wrong.status).toBe(500);
    expect(wrong.json).toEqual({ code: 500, message: '500 internal exception' });
    expect((await single(a.shipmentBoxId)).json.data.status).toBe('INSTRUCT');
    const digits = await upload(invoiceBody([{ id: a.shipmentBoxId, invoice: '12345' }]));
    expect(digits.json.data.responseList[0]).toMatchObject({ resultCode: 'INVALID_INVOICE_NUMBER', retryRequired: true, resultMessage: '송장번호가 유효하지 않습니다.' });
    const shared = waybill();
    const both = await upload(invoiceBody([{ id: a.shipmentBoxId, invoice: shared }, { id: b.shipmentBoxId, invoice: shared }]));
    expect(both.json.data.responseCode).toBe(1);
    expect(both.json.data.responseList[1]).toMatchObject({
      resultCode: 'NOT_ALLOW_INVOICE_NUMBER_RE_UPLOAD',
      retryRequired: false,
      resultMessage: `이미 저장된 송장번호가 있어, 송장번호 등록이 불가능합니다. (동일송장번호 업로드 조건 : 수취인정보 동일) [합포장번호 : ${b.shipmentBoxId}]`,
    });
  });

  it('wants every item of a bundled box', async () => {
    const created = await generate(30);
    const bundle = created.map((c) => world().bySheetId.get(c.shipmentBoxId)!).find((s) => s.items.length >= 2)!;
    await ack([bundle.shipmentBoxId]);
    const partial = await upload(invoiceBody([{ id: bundle.shipmentBoxId, invoice: waybill(), items: [{ vendorItemId: bundle.items[0].product.vendorItemId }] }]));
    expect(partial.json.data.responseList[0]).toMatchObject({ resultCode: 'NOT_FOUND_VENDOR_ITEM', resultMessage: '합포장건 중 누락된 상품이 있습니다.' });
  });

  it('progresses DEPARTURE → DELIVERING → FINAL_DELIVERY over virtual hours; DIRECT never completes', async () => {
    const [order, direct] = await generate(2);
    await ack([order.shipmentBoxId, direct.shipmentBoxId]);
    await upload(invoiceBody([{ id: order.shipmentBoxId, invoice: waybill() }, { id: direct.shipmentBoxId, invoice: '2025090112', courier: 'DIRECT' }]));
    expect((await single(direct.shipmentBoxId)).json.data.status).toBe('NONE_TRACKING');
    await advance(14 * 60);
    const moving = (await single(order.shipmentBoxId)).json.data;
    expect(moving.status).toBe('DELIVERING');
    expect(moving.inTrasitDateTime).toMatch(/\+09:00$/);
    await advance(40 * 60);
    const arrived = (await single(order.shipmentBoxId)).json.data;
    expect(arrived.status).toBe('FINAL_DELIVERY');
    expect(arrived.deliveredDate).toMatch(/\+09:00$/);
    const history = (await get(`${v5()}/ordersheets/${order.shipmentBoxId}/history`)).json.data.details.map((d: any) => d.deliveryStatus);
    expect(history).toEqual(['FINAL_DELIVERY', 'DELIVERING', 'DEPARTURE', 'INSTRUCT', 'ACCEPT']);
    await advance(10 * 24 * 60);
    expect((await single(direct.shipmentBoxId)).json.data.status).toBe('NONE_TRACKING');
    // Purchase confirmation shows a week after delivery.
    expect((await single(order.shipmentBoxId)).json.data.orderItems[0].confirmDate).toMatch(/\+09:00$/);
  });

  it('updates waybills of DEPARTURE, DELIVERING, FINAL_DELIVERY and NONE_TRACKING boxes only', async () => {
    const [order] = await generate(1);
    await ack([order.shipmentBoxId]);
    const before = await update(invoiceBody([{ id: order.shipmentBoxId, invoice: waybill() }]));
    expect(before.json.code).toBe(200);
    expect(before.json.data.responseList[0].resultCode).toBe('INVALID_STATUS');
    await upload(invoiceBody([{ id: order.shipmentBoxId, invoice: waybill() }]));
    await advance(3 * 24 * 60);
    expect((await single(order.shipmentBoxId)).json.data.status).toBe('FINAL_DELIVERY');
    const fixed = waybill();
    const res = await update(invoiceBody([{ id: order.shipmentBoxId, invoice: fixed, courier: 'HANJIN' }]));
    expect(res.json.data.responseList[0].resultCode).toBe('OK');
    expect((await single(order.shipmentBoxId)).json.data).toMatchObject({ status: 'DEPARTURE', invoiceNumber: fixed, deliveryCompanyName: '한진택배', deliveredDate: '' });
  });

  it('splits a bundle: shipped items get a new shipmentBoxId, the rest follows with preSplitShipped', async () => {
    const created = await generate(30);
    const sheet = created.map((c) => world().bySheetId.get(c.shipmentBoxId)!).find((s) => s.items.length >= 2)!;
    const [first, ...others] = sheet.items.map((i) => i.product.vendorItemId);
    const single1 = created.map((c) => world().bySheetId.get(c.shipmentBoxId)!).find((s) => s.items.length === 1)!;
    await ack([sheet.shipmentBoxId, single1.shipmentBoxId]);

    const lonely = await upload(invoiceBody([{ id: single1.shipmentBoxId, invoice: waybill(), split: true }]));
    expect(lonely.json.data.responseList[0].resultCode).toBe('NOT_ALLOW_SEPARATE_WHEN_ONE_VENDOR_ITEM');
    const direct = await upload(invoiceBody([{ id: sheet.shipmentBoxId, invoice: '123', courier: 'DIRECT', split: true }]));
    expect(direct.json.data.responseList[0].resultCode).toBe('NOT_ALLOW_VENDOR_DIRECT');

    const now1 = waybill();
    const later = [{ vendorItemId: first, invoice: now1 }, ...others.map((id) => ({ vendorItemId: id, invoice: '', date: '2025-09-05' }))];
    const res = await upload(invoiceBody([{ id: sheet.shipmentBoxId, invoice: '', items: later, split: true }]));
    expect(res.json.data.responseList[0]).toMatchObject({ succeed: true, resultCode: 'OK' });
    const byOrder = await get(`${v5()}/${sheet.orderId}/ordersheets`);
    expect(byOrder.json.code).toBe('200');
    expect(byOrder.json.data).toHaveLength(2);
    const original = byOrder.json.data.find((s: any) => String(s.shipmentBoxId) === sheet.shipmentBoxId);
    const shipped = byOrder.json.data.find((s: any) => String(s.shipmentBoxId) !== sheet.shipmentBoxId);
    expect(shipped).toMatchObject({ status: 'DEPARTURE', invoiceNumber: now1, splitShipping: true });
    expect(shipped.orderItems.map((i: any) => String(i.vendorItemId))).toEqual([first]);
    expect(original).toMatchObject({ status: 'INSTRUCT', splitShipping: true });
    expect(original.orderItems.every((i: any) => i.plannedShippingDate === '2025-09-05')).toBe(true);

    const normal = await upload(invoiceBody([{ id: sheet.shipmentBoxId, invoice: waybill(), items: others.map((id) => ({ vendorItemId: id })) }]));
    expect(normal.json.data.responseList[0].resultCode).toBe('IS_SEPARATE_MUST_BE_TRUE_WHEN_SEPARATE_DELIVERY');
    const moved = await upload(invoiceBody([{ id: sheet.shipmentBoxId, invoice: '', items: others.map((id) => ({ vendorItemId: id, invoice: '', date: '2025-09-06' })), split: true, pre: true }]));
    expect(moved.json.data.responseList[0].resultCode).toBe('PSD_NOT_ALLOW_TO_CHANGE');
    const rest = await upload(invoiceBody([{ id: sheet.shipmentBoxId, invoice: waybill(), items: others.map((id) => ({ vendorItemId: id })), split: true, pre: true }]));
    expect(rest.json.data.responseList[0].resultCode).toBe('OK');
    expect((await single(sheet.shipmentBoxId)).json.data.status).toBe('DEPARTURE');
  });
});

describe('customers', () => {
  it('change the address only while ACCEPT; a later read shows the new receiver', async () => {
    const [order] = await generate(1);
    const before = (await single(order.shipmentBoxId)).json.data.receiver;
    const change = await admin(sb.baseUrl, 'POST', '/orders/customer', { shipmentBoxId: order.shipmentBoxId, action: 'changeAddress' });
    expect(change.status).toBe(200);
    const after = (await single(order.shipmentBoxId)).json.data.receiver;
    expect(after.addr1).not.toBe(before.addr1);
    expect(after.addr1).toBe(change.json.receiver.addr1);
    await ack([order.shipmentBoxId]);
    expect((await admin(sb.baseUrl, 'POST', '/orders/customer', { shipmentBoxId: order.shipmentBoxId, action: 'changeAddress' })).status).toBe(409);
  });

  it('change addresses on their own, on schedule, while the order is still ACCEPT', async () => {
    // New orders bring their customers' changes with them: wait (virtually) for the first one.
    const scheduled = () =>
      world()
        .events.entries()
        .filter((e) => e.event.kind === 'address' && world().byOrderId.get(e.event.orderId)!.every((s) => s.status === 'ACCEPT'))
        .sort((a, b) => a.at - b.at)[0];
    for (let i = 0; i < 40 && !scheduled(); i++) {
      await advance(3 * 60);
      await listDay('ACCEPT', now(), now());
    }
    const next = scheduled();
    if (!next || next.event.kind !== 'address') throw new Error('no address change scheduled within 5 virtual days');
    const orderId = next.event.orderId;
    const box = world().byOrderId.get(orderId)![0].shipmentBoxId;
    const receiver = next.event.receiver;
    await advance(Math.ceil((next.at - now()) / 60_000) + 1);
    expect((await single(box)).json.data.receiver.addr1).toBe(receiver.addr1);
  });

  it('cancel part of an ACCEPT box: acknowledging waits for the refund (99, retry), then works', async () => {
    const created = await generate(30);
    const sheet = created.map((c) => world().bySheetId.get(c.shipmentBoxId)!).find((s) => s.items.length >= 2)!;
    const item = sheet.items[0];
    const res = await admin(sb.baseUrl, 'POST', '/orders/customer', { shipmentBoxId: sheet.shipmentBoxId, action: 'cancel', vendorItemId: item.product.vendorItemId });
    expect(res.json.receipts[0].receiptType).toBe('CANCEL');
    expect((await single(sheet.shipmentBoxId)).json.data.orderItems[0]).toMatchObject({ holdCountForCancel: item.shippingCount, cancelCount: 0 });
    const waiting = await ack([sheet.shipmentBoxId]);
    expect(waiting.json.data.responseList[0]).toMatchObject({ succeed: false, retryRequired: true, resultMessage: '배송상태를 변경할 수 없습니다. 주문내역을 확인해주세요.' });
    await advance(41);
    expect((await single(sheet.shipmentBoxId)).json.data.orderItems[0]).toMatchObject({ holdCountForCancel: 0, cancelCount: item.shippingCount, canceled: true });
    expect((await ack([sheet.shipmentBoxId])).json.data.responseCode).toBe(0);
  });

  it('cancel at ACCEPT: the order leaves the lists, its single query answers 400, acknowledging fails', async () => {
    const [order] = await generate(1, 20);
    const cancel = await admin(sb.baseUrl, 'POST', '/orders/customer', { shipmentBoxId: order.shipmentBoxId, action: 'cancel' });
    expect(cancel.json.receipts[0]).toMatchObject({ receiptType: 'CANCEL', receiptStatus: 'RETURNS_COMPLETED' });
    const gone = await single(order.shipmentBoxId);
    expect(gone.status).toBe(400);
    expect(gone.json).toEqual({ code: 400, message: '해당 주문이 취소 또는 반품되었습니다.' });
    const list = await listMinute('ACCEPT', now() - 60 * 60_000, now());
    expect(list.json.data.map((s: any) => String(s.shipmentBoxId))).not.toContain(order.shipmentBoxId);
    expect((await ack([order.shipmentBoxId])).json.data.responseCode).toBe(99);
  });
});

describe('release stop (출고중지)', () => {
  async function requested() {
    const [order] = await generate(1, 20);
    await ack([order.shipmentBoxId]);
    const res = await admin(sb.baseUrl, 'POST', '/orders/customer', { shipmentBoxId: order.shipmentBoxId, action: 'cancel' });
    expect(res.json.receipts[0]).toMatchObject({ receiptType: 'RETURN', receiptStatus: 'RELEASE_STOP_UNCHECKED' });
    return { order, receiptId: res.json.receipts[0].receiptId as string };
  }
  const stop = (receiptId: string, cancelCount: number) => send('PUT', `${v4()}/returnRequests/${receiptId}/stoppedShipment`, `{"vendorId":"${sb.vendorId}","receiptId":${receiptId},"cancelCount":${cancelCount}}`);

  it('blocks the waybill, then completes the receipt and drops the order', async () => {
    const { order, receiptId } = await requested();
    const units = world().bySheetId.get(order.shipmentBoxId)!.items.reduce((n, i) => n + i.shippingCount, 0);
    const blocked = await upload(invoiceBody([{ id: order.shipmentBoxId, invoice: waybill() }]));
    expect(blocked.json.data.responseList[0]).toMatchObject({ resultCode: 'ORDER_DELIVERY_CANCELED', resultMessage: '출고중지 요청건입니다.' });

    const wrong = await stop(receiptId, units + 1);
    expect(wrong.status).toBe(500);
    expect(wrong.json.message).toBe('[INTERNAL_SERVER_ERROR] 취소반품접수수량과 cancelCount가 일치하지 않습니다.');
    const done = await stop(receiptId, units);
    expect(done.status).toBe(200);
    expect(done.json).toEqual({ code: '200', message: 'OK', data: { resultCode: 'SUCCESS', resultMessage: '출고중지완료요청이 성공하였습니다' } });
    expect((await single(order.shipmentBoxId)).status).toBe(400);
    const receipt = (await get(`/v2/providers/openapi/apis/api/v6/vendors/${sb.vendorId}/returnRequests/${receiptId}`)).json.data[0];
    expect(receipt).toMatchObject({ receiptStatus: 'RETURNS_COMPLETED', releaseStopStatus: '처리(출고중지)', cancelCountSum: units });
    expect(receipt.returnItems.every((i: any) => i.releaseStatus === 'S')).toBe(true);
    const again = await stop(receiptId, units);
    expect(again.status).toBe(400);
    expect(again.json.message).toBe('Product is already returned.');
  });

  it('already shipped: the waybill is registered and the case goes on as a return', async () => {
    const { order, receiptId } = await requested();
    const invoice = waybill();
    const res = await send('PUT', `${v4()}/returnRequests/${receiptId}/completedShipment`, `{"vendorId":"${sb.vendorId}","receiptId":${receiptId},"deliveryCompanyCode":"CJGLS","invoiceNumber":"${invoice}"}`);
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ data: { code: '200', message: 'OK', resultCode: 'SUCCESS', resultMessage: '이미출고 상태변경이 성공하였습니다.' } });
    expect((await single(order.shipmentBoxId)).json.data).toMatchObject({ status: 'DEPARTURE', invoiceNumber: invoice });
    const receipt = (await get(`/v2/providers/openapi/apis/api/v6/vendors/${sb.vendorId}/returnRequests/${receiptId}`)).json.data[0];
    expect(receipt).toMatchObject({ receiptStatus: 'RETURNS_UNCHECKED', releaseStopStatus: '처리(이미출고)' });
  });
});

describe('orders.cancelOrderItems', () => {
  const cancel = (orderId: string, body: Record<string, unknown>) =>
    send('POST', `${v5()}/orders/${orderId}/cancel`, { orderId: Number(orderId), bigCancelCode: 'CANERR', middleCancelCode: 'CCTTER', vendorId: sb.vendorId, userId: 'wing_user', ...body });

  it('checks the request in the documented order', async () => {
    const [order] = await generate(1);
    const item = world().bySheetId.get(order.shipmentBoxId)!.items[0].product.vendorItemId;
    const base = { vendorItemIds: [Number(item)], receiptCounts: [1] };
    expect((await cancel(order.orderId, { ...base, bigCancelCode: 'X' })).json).toEqual({ code: 400, message: '취소사유 대분류 코드를 확인해 주세요.' });
    expect((await cancel(order.orderId, { ...base, middleCancelCode: 'X' })).json.message).toBe('취소사유 중분류 코드를 확인해 주세요.');
    expect((await cancel(order.orderId, { ...base, receiptCounts: [0] })).json.message).toBe('취소할 아이템 개수 목록을 입력해주세요.');
    expect((await cancel(order.orderId, { ...base, receiptCounts: [1, 1] })).json.message).toBe('요청한 상품 개수와 취소 개수를 확인해주세요.');
    expect((await cancel(order.orderId, { ...base, vendorId: 'A00000001' })).json.message).toBe('업체 ID를 입력해주세요.');
    expect((await cancel(order.orderId, { ...base, userId: '' })).json.message).toBe('업체 ID에 맞는 올바른 유저 ID를 입력해주세요.');
    expect((await cancel('1100000000001', { ...base, orderId: 1100000000001 })).json.message).toBe('주문 정보가 없습니다.');
  });

  it('cancels ACCEPT items at once (CANCEL) and release-stops INSTRUCT items (STOP_SHIPMENT)', async () => {
    const [a, b] = await generate(2);
    const sheetA = world().bySheetId.get(a.shipmentBoxId)!;
    const res = await cancel(a.orderId, { vendorItemIds: sheetA.items.map((i) => Number(i.product.vendorItemId)), receiptCounts: sheetA.items.map((i) => i.shippingCount) });
    expect(res.status).toBe(200);
    expect(res.json.code).toBe('200');
    expect(res.json.message).toMatch(/^\[요청번호\] [0-9a-f-]{36}$/);
    const [receipt] = Object.values(res.json.data.receiptMap) as any[];
    expect(receipt).toMatchObject({ receiptType: 'CANCEL', totalCount: sheetA.items.reduce((n, i) => n + i.shippingCount, 0) });
    expect(res.json.data.failedVendorItemIds).toEqual([]);
    expect((await single(a.shipmentBoxId)).status).toBe(400);

    await ack([b.shipmentBoxId]);
    const sheetB = world().bySheetId.get(b.shipmentBoxId)!;
    const item = sheetB.items[0];
    const tooMany = await cancel(b.orderId, { vendorItemIds: [Number(item.product.vendorItemId)], receiptCounts: [item.shippingCount + 1] });
    expect(tooMany.status).toBe(400);
    expect(tooMany.json.code).toBe('400');
    expect(tooMany.json.message).toContain(`[${item.product.vendorItemId}]<= 취소 가능한 개수보다 요청한 개수가 더 많습니다.`);
    expect(tooMany.text).toContain(`"failedVendorItemIds":[${item.product.vendorItemId}]`);
    const ok = await cancel(b.orderId, { vendorItemIds: [Number(item.product.vendorItemId)], receiptCounts: [item.shippingCount] });
    expect((Object.values(ok.json.data.receiptMap)[0] as any).receiptType).toBe('STOP_SHIPMENT');
  });
});

describe('orders.completeLongTermUndelivery', () => {
  const complete = (id: string, invoiceNumber: string) => send('POST', `${v4()}/completeLongTermUndelivery`, `{"shipmentBoxId":${id},"invoiceNumber":"${invoiceNumber}"}`);

  it('completes only DEPARTURE/DELIVERING boxes more than 30 days after their waybill', async () => {
    const [order] = await generate(1);
    await ack([order.shipmentBoxId]);
    const early = await complete(order.shipmentBoxId, '1');
    expect(early.json).toEqual({ code: 400, message: '배송완료 처리 실패. 배송상태: INSTRUCT' });
    const invoice = waybill();
    await upload(invoiceBody([{ id: order.shipmentBoxId, invoice }]));
    expect((await complete(order.shipmentBoxId, invoice)).json.message).toBe('배송완료 처리 실패. 배송상태: DEPARTURE');
    // A courier that never scans the delivery.
    world().bySheetId.get(order.shipmentBoxId)!.stuck = true;
    await advance(31 * 24 * 60);
    expect((await single(order.shipmentBoxId)).json.data.status).toBe('DELIVERING');
    expect((await complete(order.shipmentBoxId, '999999999999')).json.message).toBe('배송완료 처리 실패. 배송상태: DELIVERING');
    const done = await complete(order.shipmentBoxId, invoice);
    expect(done.json).toEqual({ code: '200', message: 'SUCCESS', data: true });
    expect((await single(order.shipmentBoxId)).json.data.status).toBe('FINAL_DELIVERY');
  });
});

describe('determinism', () => {
  it('same seed and start, same bytes; another seed, other data', async () => {
    const opts = { startAt: START, timeScale: 0, rate: 1000 };
    const [a, b, c] = await Promise.all([startSandbox({ seed: 5, ...opts }), startSandbox({ seed: 5, ...opts }), startSandbox({ seed: 6, ...opts })]);
    try {
      const run = async (s: SandboxHandle) => {
        const k = { accessKey: s.accessKey, secretKey: s.secretKey };
        const path = `/v2/providers/openapi/apis/api/v5/vendors/${s.vendorId}/ordersheets`;
        const query = `createdAtFrom=${day(START_MS - 30 * DAY)}&createdAtTo=${day(START_MS)}&status=FINAL_DELIVERY&maxPerPage=50`;
        const list = await call(s.baseUrl, { path, query, key: k });
        await admin(s.baseUrl, 'POST', '/clock', { advanceMinutes: 6 * 60 });
        const accept = await call(s.baseUrl, { path, query: query.replace('FINAL_DELIVERY', 'ACCEPT'), key: k });
        const ids = accept.json.data.map((x: any) => String(x.shipmentBoxId));
        const acked = await call(s.baseUrl, { method: 'PUT', path: `/v2/providers/openapi/apis/api/v4/vendors/${s.vendorId}/ordersheets/acknowledgement`, key: k, body: `{"shipmentBoxIds":[${ids.join(',')}]}` });
        const store = await admin(s.baseUrl, 'GET', '/orders');
        return [list.text, accept.text, acked.text, stringifyJson(store.json)];
      };
      const [ra, rb, rc] = [await run(a), await run(b), await run(c)];
      expect(ra).toEqual(rb);
      expect(ra[0]).not.toEqual(rc[0]);
    } finally {
      await Promise.all([a.close(), b.close(), c.close()]);
    }
  });
});

describe('admin endpoints', () => {
  it('list a vendor canonically and validate their input', async () => {
    const foreign = await admin(sb.baseUrl, 'GET', `/orders?vendorId=${sb.state.foreign.vendorId}`);
    expect(foreign.json).toMatchObject({ vendorId: sb.state.foreign.vendorId, listDelayMinutes: 10, orders: [], receipts: [] });
    expect((await admin(sb.baseUrl, 'GET', '/orders?vendorId=A99999999')).status).toBe(400);
    expect((await admin(sb.baseUrl, 'POST', '/orders/generate', { count: 0 })).status).toBe(400);
    expect((await admin(sb.baseUrl, 'POST', '/orders/generate', { count: 1, minutesAgo: -1 })).status).toBe(400);
    const [order] = await generate(1, 15);
    const { orders } = (await admin(sb.baseUrl, 'GET', '/orders')).json;
    expect(orders.find((o: any) => o.shipmentBoxId === order.shipmentBoxId)).toEqual({
      shipmentBoxId: order.shipmentBoxId,
      orderId: order.orderId,
      status: 'ACCEPT',
      removed: null,
      paidAt: new Date(START_MS - 15 * 60_000).toISOString(),
      receiver: { name: expect.any(String), addr1: expect.any(String), addr2: expect.any(String), postCode: expect.stringMatching(/^\d{5}$/) },
      items: expect.arrayContaining([{ vendorItemId: expect.stringMatching(/^\d+$/), shippingCount: expect.any(Number), cancelCount: 0, holdCountForCancel: 0 }]),
      deliveryCompanyCode: '',
      invoiceNumber: '',
      splitShipping: false,
      updatedAt: new Date(START_MS - 15 * 60_000).toISOString(),
      visibleInLists: true,
    });
    expect((await admin(sb.baseUrl, 'POST', '/orders/customer', { shipmentBoxId: order.shipmentBoxId, action: 'return' })).status).toBe(400);
    expect((await admin(sb.baseUrl, 'POST', '/orders/customer', { shipmentBoxId: '1', action: 'cancel' })).status).toBe(404);
  });
});

describe('POST /__sandbox/outage', () => {
  it('drops every API connection while down, keeps the state and the admin API, and comes back', async () => {
    const [order] = await generate(1);
    expect((await admin(sb.baseUrl, 'POST', '/outage', { down: 'yes' })).status).toBe(400);
    expect((await admin(sb.baseUrl, 'POST', '/outage', { down: true })).json).toEqual({ down: true });
    await expect(single(order.shipmentBoxId)).rejects.toThrow();
    await expect(ack([order.shipmentBoxId])).rejects.toThrow();
    expect((await admin(sb.baseUrl, 'GET', '/orders')).status).toBe(200);
    expect((await admin(sb.baseUrl, 'POST', '/outage', { down: false })).json).toEqual({ down: false });
    expect((await single(order.shipmentBoxId)).json.data.status).toBe('ACCEPT');
    const log = (await admin(sb.baseUrl, 'GET', '/requests')).json.requests;
    expect(log.filter((r: any) => r.status === 0).length).toBeGreaterThanOrEqual(2);
  });

  it('is cleared by /reset', async () => {
    await admin(sb.baseUrl, 'POST', '/outage', { down: true });
    await admin(sb.baseUrl, 'POST', '/reset');
    expect((await listDay('ACCEPT', START_MS, START_MS)).status).toBe(200);
  });
});
