// exchanges.* (v4) over real HTTP: the list, receipt confirmation creating the replacement's new
// shipmentBoxId, the waybill only after CompleteCollect, rejection with SOLDOUT/WITHDRAW only,
// withdrawals, and the manual pickup waybill (returns.registerPickupInvoice EXCHANGE).
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { kstDate } from '../clock';
import { startSandbox, type SandboxHandle } from '../index';
import { admin, call } from '../testing/client';

const START = '2025-09-01T03:00:00Z';
const START_MS = Date.parse(START);
const DAY = 86_400_000;

let sb: SandboxHandle;
const key = () => ({ accessKey: sb.accessKey, secretKey: sb.secretKey });
const V4 = () => `/v2/providers/openapi/apis/api/v4/vendors/${sb.vendorId}`;
const window = `createdAtFrom=${kstDate(START_MS - 6 * DAY)}T00:00:00&createdAtTo=${kstDate(START_MS)}T23:59:59`;
const list = (query: string) => call(sb.baseUrl, { path: `${V4()}/exchangeRequests`, query, key: key() });

async function exchangeOf(extra: Record<string, unknown> = {}) {
  const orders = (await admin(sb.baseUrl, 'GET', '/orders')).json.orders as any[];
  const box = orders.find((o) => o.status === 'FINAL_DELIVERY' && o.removed === null && o.items.every((i: any) => i.cancelCount === 0));
  const res = await admin(sb.baseUrl, 'POST', '/returns/customer', { shipmentBoxId: box.shipmentBoxId, action: 'exchange', vendorItemId: box.items[0].vendorItemId, count: 1, ...extra });
  expect(res.status, JSON.stringify(res.json)).toBe(200);
  return { exchangeId: res.json.exchangeId as string, shipmentBoxId: box.shipmentBoxId as string, orderId: box.orderId as string, vendorItemId: box.items[0].vendorItemId as string };
}

async function find(exchangeId: string) {
  const res = await list(`${window}&maxPerPage=100`);
  return res.json.data.find((e: any) => String(e.exchangeId) === exchangeId);
}

const confirm = (id: string) => call(sb.baseUrl, { method: 'PUT', path: `${V4()}/exchangeRequests/${id}/receiveConfirmation`, key: key(), body: { exchangeId: Number(id), vendorId: sb.vendorId } });
const reject = (id: string, exchangeRejectCode: string) => call(sb.baseUrl, { method: 'PUT', path: `${V4()}/exchangeRequests/${id}/rejection`, key: key(), body: { exchangeId: Number(id), vendorId: sb.vendorId, exchangeRejectCode } });
const upload = (id: string, shipmentBoxId: string, invoiceNumber = '680405450931', goodsDeliveryCode = 'CJGLS') =>
  call(sb.baseUrl, { method: 'POST', path: `${V4()}/exchangeRequests/${id}/invoices`, key: key(), body: `[{"exchangeId":"${id}","vendorId":"${sb.vendorId}","shipmentBoxId":${shipmentBoxId},"goodsDeliveryCode":"${goodsDeliveryCode}","invoiceNumber":"${invoiceNumber}"}]` });
const advanceMinutes = (advanceMinutes: number) => admin(sb.baseUrl, 'POST', '/clock', { advanceMinutes });

beforeAll(async () => {
  sb = await startSandbox({ seed: 11, startAt: START, timeScale: 0, rate: 1000 });
});
afterAll(() => sb.close());
afterEach(async () => {
  await admin(sb.baseUrl, 'POST', '/reset');
});

describe('exchanges.listRequests', () => {
  it('lists a new request with the documented fields, v4 formats and the same item as target', async () => {
    const x = await exchangeOf();
    const res = await list(window);
    expect(res.status).toBe(200);
    expect(Object.keys(res.json)).toEqual(['code', 'message', 'data', 'nextToken']);
    const e = await find(x.exchangeId);
    expect(Object.keys(e)).toEqual([
      'exchangeId', 'orderId', 'vendorId', 'orderDeliveryStatusCode', 'exchangeStatus', 'referType', 'faultType', 'exchangeAmount', 'reason', 'reasonCode', 'reasonCodeText',
      'reasonEtcDetail', 'cancelReason', 'createdByType', 'createdAt', 'modifiedByType', 'modifiedAt', 'exchangeItemDtoV1s', 'exchangeAddressDtoV1', 'deliveryInvoiceGroupDtos',
      'deliveryStatus', 'collectStatus', 'collectCompleteDate', 'returnDeliveryDtos', 'rejectable', 'deliveryInvoiceModifiable', 'successable',
    ]);
    expect(e).toMatchObject({ vendorId: sb.vendorId, orderDeliveryStatusCode: 'FINAL_DELIVERY', exchangeStatus: 'RECEIPT', reasonCode: 'DEFECT', reasonCodeText: '상품 결함/기능에 이상이 있음', faultType: 'VENDOR', exchangeAmount: 0, collectStatus: 'BeforeDirection', deliveryStatus: 'BeforeDirection', collectCompleteDate: null, deliveryInvoiceGroupDtos: [], rejectable: true, deliveryInvoiceModifiable: false });
    expect(e.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/);
    const item = e.exchangeItemDtoV1s[0];
    expect(String(item.orderItemId)).toBe(x.vendorItemId);
    expect(String(item.targetItemId)).toBe(x.vendorItemId);
    expect(String(item.originalShipmentBoxId)).toBe(x.shipmentBoxId);
    expect(item.quantity).toBe(1);
    expect(e.exchangeAddressDtoV1.returnCustomerName).toMatch(/^.\*+.$/);
    expect(e.exchangeAddressDtoV1.returnMobile).toMatch(/^0502-\d{4}-\d{4}$/);
    // The re-delivery safe number comes after the pickup (rules-orders.md 79).
    expect(e.exchangeAddressDtoV1.deliveryMobile).toBeNull();
    expect(res.text).toMatch(new RegExp(`"exchangeId":${x.exchangeId},"orderId":${x.orderId},`));
  });

  it('applies the 7-day window, the status filter and paging', async () => {
    await exchangeOf();
    const over = await list(`createdAtFrom=${kstDate(START_MS - 8 * DAY)}T00:00:00&createdAtTo=${kstDate(START_MS)}T00:00:00`);
    expect(over.status).toBe(400);
    expect(over.json.message).toBe('최대 조회 기간은 7 일 입니다.(The maximum view duration is 7 days)');
    expect((await list(`createdAtFrom=${kstDate(START_MS)}T00:00:00`)).status).toBe(400);
    expect((await list(`${window}&status=DONE`)).status).toBe(400);
    expect((await list(`${window}&status=PROGRESS`)).json.data.every((e: any) => e.exchangeStatus === 'PROGRESS')).toBe(true);
    expect((await list(`${window}&status=RECEIPT`)).json.data.length).toBeGreaterThan(0);
    // Paging: the pages put together are the one-shot answer.
    const orders = (await admin(sb.baseUrl, 'GET', '/orders')).json.orders as any[];
    for (const box of orders.filter((o) => o.status === 'FINAL_DELIVERY' && o.removed === null).slice(5, 8)) {
      await admin(sb.baseUrl, 'POST', '/returns/customer', { shipmentBoxId: box.shipmentBoxId, action: 'exchange' });
    }
    const wide = window;
    const all = (await list(`${wide}&maxPerPage=100`)).json.data.map((e: any) => String(e.exchangeId));
    expect(all.length).toBeGreaterThanOrEqual(4);
    const seen: string[] = [];
    let token = '';
    for (let i = 0; i < 50; i++) {
      const res = await list(`${wide}&maxPerPage=1${token ? `&nextToken=${token}` : ''}`);
      seen.push(...res.json.data.map((e: any) => String(e.exchangeId)));
      token = res.json.nextToken;
      if (!token) break;
    }
    expect(seen).toEqual(all);
  });
});

describe('exchange lifecycle', () => {
  it('confirm receipt → PROGRESS with a NEW shipmentBoxId; the waybill goes on that box only, after it is usable; delivery completes it', async () => {
    const x = await exchangeOf();
    // No waybill before the goods are in.
    expect((await upload(x.exchangeId, x.shipmentBoxId)).status).toBe(400);
    const ok = await confirm(x.exchangeId);
    expect(ok.json).toEqual({ code: '200', message: 'SUCCESS' });
    expect((await confirm(x.exchangeId)).status).toBe(400);
    const e = await find(x.exchangeId);
    expect(e).toMatchObject({ exchangeStatus: 'PROGRESS', collectStatus: 'CompleteCollect', modifiedByType: 'VENDOR' });
    expect(e.collectCompleteDate).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(e.exchangeAddressDtoV1.deliveryMobile).toMatch(/^0502-/);
    const group = e.deliveryInvoiceGroupDtos[0];
    const newBox = String(group.shipmentBoxId);
    expect(newBox).toMatch(/^\d{18}$/);
    expect(newBox).not.toBe(x.shipmentBoxId);
    expect(group.shippingDeliveryType).toBe('EXCHANGE_DELIVERY');

    // The original box is refused with the FAQ's text, in an HTTP 200 answer.
    const wrong = await upload(x.exchangeId, x.shipmentBoxId);
    expect(wrong.status).toBe(200);
    expect(wrong.json.data.resultCode).toBe('FAIL');
    expect(wrong.json.data.resultMessage).toBe(`shipmentBoxId (${x.shipmentBoxId})'s status [FINAL_DELIVERY] is not suitable for applyInvoice. Only INSTRUCT status shipment can be called with applyInvoice`);
    // Up to 10 minutes after the confirmation the new box is not usable yet.
    await advanceMinutes(11);
    expect((await find(x.exchangeId)).deliveryInvoiceModifiable).toBe(true);
    expect((await upload(x.exchangeId, newBox, '123')).json.data.resultMessage).toBe('송장번호가 유효하지 않습니다.');
    expect((await upload(x.exchangeId, newBox, '680405450931', 'NOPE')).status).toBe(500);
    const good = await upload(x.exchangeId, newBox);
    expect(good.json).toEqual({ code: '200', message: 'SUCCESS', data: { resultCode: 'SUCCESS', resultMessage: 'Invoice number save successfully' } });
    const shipped = await find(x.exchangeId);
    expect(shipped).toMatchObject({ deliveryStatus: 'CompleteDirection', rejectable: false, deliveryInvoiceModifiable: false });
    expect(shipped.deliveryInvoiceGroupDtos[0].deliveryInvoiceDtos[0]).toMatchObject({ invoiceNumber: '680405450931', deliverCode: 'CJGLS', statusCode: 'DEPARTURE' });
    // Only INSTRUCT boxes take a waybill: a second one is refused.
    expect((await upload(x.exchangeId, newBox, '680405450932')).json.data.resultCode).toBe('FAIL');
    expect((await reject(x.exchangeId, 'SOLDOUT')).status).toBe(400);
    await advanceMinutes(3 * 24 * 60);
    expect(await find(x.exchangeId)).toMatchObject({ exchangeStatus: 'SUCCESS', deliveryStatus: 'CompleteDelivery' });
  });

  it('rejects only with SOLDOUT or WITHDRAW', async () => {
    const x = await exchangeOf();
    expect((await reject(x.exchangeId, 'OTHER')).status).toBe(400);
    expect((await reject(x.exchangeId, '')).status).toBe(400);
    const res = await reject(x.exchangeId, 'SOLDOUT');
    expect(res.json).toEqual({ code: '200', message: 'SUCCESS', data: { resultCode: 'SUCCESS', resultMessage: '요청 처리완료' } });
    expect(await find(x.exchangeId)).toMatchObject({ exchangeStatus: 'REJECT', rejectable: false });
    expect((await reject(x.exchangeId, 'WITHDRAW')).status).toBe(400);
    expect((await confirm(x.exchangeId)).status).toBe(400);
    // PROGRESS can be rejected too (before the replacement ships).
    const y = await exchangeOf();
    await confirm(y.exchangeId);
    expect((await reject(y.exchangeId, 'WITHDRAW')).status).toBe(200);
  });

  it('a withdrawn exchange stays listed as CANCEL; auto pickup moves collectStatus on', async () => {
    const x = await exchangeOf();
    expect((await admin(sb.baseUrl, 'POST', '/returns/withdraw', { exchangeId: x.exchangeId })).status).toBe(200);
    const e = await find(x.exchangeId);
    expect(e).toMatchObject({ exchangeStatus: 'CANCEL', collectStatus: 'Withdraw', rejectable: false });
    expect(e.cancelReason).toMatch(/철회/);
    expect((await list(`${window}&status=CANCEL`)).json.data.some((c: any) => String(c.exchangeId) === x.exchangeId)).toBe(true);

    const y = await exchangeOf({ autoPickup: true });
    await advanceMinutes(7 * 60);
    const moving = await find(y.exchangeId);
    expect(moving.collectStatus).toBe('CompleteDirection');
    expect(moving.returnDeliveryDtos[0].deliveryCompanyCode).toBe('CJGLS');
  });

  it('registers a manual pickup waybill only while collectStatus is BeforeDirection', async () => {
    const x = await exchangeOf();
    const register = (invoiceNumber: string) =>
      call(sb.baseUrl, { method: 'POST', path: `${V4()}/return-exchange-invoices/manual`, key: key(), body: { returnExchangeDeliveryType: 'EXCHANGE', receiptId: Number(x.exchangeId), deliveryCompanyCode: 'KDEXP', invoiceNumber } });
    const res = await register('201805291435');
    expect(res.status).toBe(200);
    expect(res.json.data.returnExchangeDeliveryType).toBe('EXCHANGE');
    expect(await find(x.exchangeId)).toMatchObject({ collectStatus: 'CompleteDirection', returnDeliveryDtos: [{ deliveryCompanyCode: 'KDEXP', deliveryInvoiceNo: '201805291435' }] });
    expect((await register('201805291436')).json.message).toMatch(/not BeforeDirection/);
  });
});
