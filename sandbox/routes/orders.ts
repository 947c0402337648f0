// 발주서 / 배송 (orders.json, 12 endpoints): v5 queries, v4 actions, the v5 cancel. Every handler
// first brings the vendor's order world up to clock.now(), so arrivals, customer changes and
// courier scans that fell due in between are visible exactly as if they had happened on time.
import { bare, openapi, openapiError } from '../gateway/envelopes';
import type { Reply } from '../gateway/reply';
import { num } from '../json';
import { acknowledge, completeLongTermUndelivery, parseAckBody } from '../domains/orders/actions';
import { cancelAnswer, cancelOrderItems, parseCancelBody } from '../domains/orders/cancel';
import { parseInvoiceBody, unknownCourier, updateInvoices, uploadInvoices } from '../domains/orders/invoices';
import { countInvoiceUploads } from '../domains/orders/invoice-uploads';
import { ORDER_MESSAGES as M } from '../domains/orders/messages';
import { parseDayQuery, parseMinuteQuery, runList, type Checked } from '../domains/orders/queries';
import { seedOrders } from '../domains/orders/seed';
import { SHEET_STATUSES, type OrdersState } from '../domains/orders/types';
import { canonicalView, historyView, sheetView } from '../domains/orders/views';
import { movedReceiver } from '../domains/orders/people';
import { advance, changeAddress, customerCancel, generateOrders, LIST_DELAY_MS, MINUTE, shippable } from '../domains/orders/world';
import { markAlreadyShipped, stopShipment } from '../domains/returns/release';
import { defineDomain, type AdminRouteContext, type RouteContext } from './registry';

const V5 = '/v2/providers/openapi/apis/api/v5/vendors/{vendorId}';
const V4 = '/v2/providers/openapi/apis/api/v4/vendors/{vendorId}';

type Ctx = RouteContext<OrdersState>;

/** Runs `fn` on a world advanced to now. */
function live(fn: (ctx: Ctx, now: number) => Reply): (ctx: Ctx) => Reply {
  return (ctx) => {
    const now = ctx.clock.now();
    advance(ctx.state, now);
    return fn(ctx, now);
  };
}

const refuse = (c: Extract<Checked<unknown>, { ok: false }>) => openapiError(c.status, c.message);

/** listByDay: documented example code is the number 200; nextToken "" on the last page. */
function listByDay(ctx: Ctx, now: number): Reply {
  const query = parseDayQuery(ctx.query);
  if (!query.ok) return refuse(query);
  const { sheets, next } = runList(ctx.state, query.value, now);
  return openapi(sheets.map((s) => sheetView(s, now)), { extra: { nextToken: next ?? '' } });
}

/** listByMinute: no paging, no nextToken (orders.json example). */
function listByMinute(ctx: Ctx, now: number): Reply {
  const query = parseMinuteQuery(ctx.query);
  if (!query.ok) return refuse(query);
  return openapi(runList(ctx.state, query.value, now).sheets.map((s) => sheetView(s, now)));
}

function numericParam(ctx: Ctx, name: string): string | Reply {
  const value = ctx.params[name];
  return /^\d+$/.test(value) ? value : openapiError(400, M.notANumber(name, value));
}

/** Single query: found at once, even inside the 10-minute list delay (rules-orders.md 14). Example code "200". */
function getByShipmentBoxId(ctx: Ctx, now: number): Reply {
  const id = numericParam(ctx, 'shipmentBoxId');
  if (typeof id !== 'string') return id;
  const sheet = ctx.state.bySheetId.get(id);
  if (!sheet) return openapiError(400, M.shipmentBoxNotFound(id));
  if (sheet.removed) return openapiError(400, M.cancelledOrReturned);
  return openapi(sheetView(sheet, now), { code: '200' });
}

/**
 * The docs show `data` as one object, yet also say an orderId can hold several shipmentBoxIds
 * and that this call is how to find the box a split shipment created. Only a list can say
 * that, so the sandbox answers every current box of the order as an array.
 */
function getByOrderId(ctx: Ctx, now: number): Reply {
  const id = numericParam(ctx, 'orderId');
  if (typeof id !== 'string') return id;
  const sheets = ctx.state.byOrderId.get(id);
  if (!sheets) return openapiError(400, M.orderNotFound(id));
  const current = sheets.filter((s) => !s.removed);
  if (current.length === 0) return openapiError(400, M.cancelledOrReturned);
  return openapi(current.map((s) => sheetView(s, now)), { code: '200' });
}

function getDeliveryHistory(ctx: Ctx): Reply {
  const id = numericParam(ctx, 'shipmentBoxId');
  if (typeof id !== 'string') return id;
  const sheet = ctx.state.bySheetId.get(id);
  if (!sheet) return openapiError(400, M.shipmentBoxNotFound(id));
  return openapi(historyView(sheet));
}

/** Example: code "200", per-box results, HTTP 200 even when everything failed. */
function acknowledgeRoute(ctx: Ctx, now: number): Reply {
  const ids = parseAckBody(ctx.body, ctx.vendor.vendorId);
  if (!ids.ok) return refuse(ids);
  const result = acknowledge(ctx.state, ids.value, now, ctx.rng);
  return openapi(
    {
      responseKey: num(result.responseKey),
      responseCode: result.responseCode,
      responseMessage: result.responseMessage,
      responseList: result.responseList.map((r) => ({ shipmentBoxId: num(r.shipmentBoxId), succeed: r.succeed, resultCode: r.resultCode, retryRequired: r.retryRequired, resultMessage: r.resultMessage })),
    },
    { code: '200' },
  );
}

function invoiceRoute(kind: 'upload' | 'update') {
  return (ctx: Ctx, now: number): Reply => {
    const dtos = parseInvoiceBody(ctx.body, ctx.vendor.vendorId);
    if (!dtos.ok) return refuse(dtos);
    if (unknownCourier(dtos.value)) return openapiError(500, M.internalException);
    const result = kind === 'upload' ? uploadInvoices(ctx.state, dtos.value, now) : updateInvoices(ctx.state, dtos.value, now);
    if (kind === 'upload') countInvoiceUploads(ctx.state, dtos.value, result);
    const data = {
      responseCode: result.responseCode,
      responseMessage: result.responseMessage,
      responseList: result.responseList.map((r) => ({ shipmentBoxId: num(r.shipmentBoxId), succeed: r.succeed, resultCode: r.resultCode, retryRequired: r.retryRequired, resultMessage: r.resultMessage })),
    };
    // The upload example carries code "200", the update example the number 200.
    return openapi(data, kind === 'upload' ? { code: '200' } : {});
  };
}

function stopShipmentRoute(ctx: Ctx, now: number): Reply {
  const id = numericParam(ctx, 'receiptId');
  if (typeof id !== 'string') return id;
  const done = stopShipment(ctx.state, id, ctx.body, ctx.vendor.vendorId, now);
  if (!done.ok) return refuse(done);
  return openapi({ resultCode: 'SUCCESS', resultMessage: M.stopShipmentDone }, { code: '200' });
}

/** The documented answer nests code and message inside data and has nothing else. */
function markAlreadyShippedRoute(ctx: Ctx, now: number): Reply {
  const id = numericParam(ctx, 'receiptId');
  if (typeof id !== 'string') return id;
  const done = markAlreadyShipped(ctx.state, id, ctx.body, ctx.vendor.vendorId, now);
  if (!done.ok) return refuse(done);
  return bare({ data: { code: '200', message: 'OK', resultCode: 'SUCCESS', resultMessage: M.alreadyShippedDone } });
}

function requestId(ctx: Ctx): string {
  const h = ctx.rng.hex(32);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${'89ab'[parseInt(h[16], 16) % 4]}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** Full failure answers "400" (also as HTTP status); any success "200" with the failures listed. */
function cancelRoute(ctx: Ctx, now: number): Reply {
  const orderId = numericParam(ctx, 'orderId');
  if (typeof orderId !== 'string') return orderId;
  const req = parseCancelBody(ctx.body, orderId, ctx.vendor.vendorId);
  if (!req.ok) return refuse(req);
  const outcome = cancelOrderItems(ctx.state, req.value, now);
  if (!outcome.ok) return refuse(outcome);
  const answer = cancelAnswer(outcome.value, orderId, requestId(ctx));
  return openapi(answer.data, { status: answer.code === '200' ? 200 : 400, code: answer.code, message: answer.message });
}

function longTermRoute(ctx: Ctx, now: number): Reply {
  const done = completeLongTermUndelivery(ctx.state, ctx.body, now);
  if (!done.ok) return refuse(done);
  return openapi(true, { code: '200', message: 'SUCCESS' });
}

// ---- admin (/__sandbox, loopback, unsigned) -------------------------------------------------

const adminError = (status: number, error: string): Reply => ({ status, json: { error } });

function adminWorld(ctx: AdminRouteContext, vendorId: unknown): { state: OrdersState; now: number } | Reply {
  const id = vendorId === undefined || vendorId === '' ? ctx.demo.vendorId : vendorId;
  const vendor = ctx.vendors.find((v) => v.vendorId === id);
  if (!vendor) return adminError(400, `unknown vendorId ${String(id)}`);
  const state = ctx.store(vendor.vendorId).get(ordersDomain);
  const now = ctx.clock.now();
  advance(state, now);
  return { state, now };
}

/**
 * `GET /__sandbox/orders?vendorId=`: every sheet (removed ones too) in a compact canonical form,
 * sorted by shipmentBoxId, plus the receipts, so a test can compare a client's local store.
 */
function adminOrders(ctx: AdminRouteContext): Reply {
  const w = adminWorld(ctx, ctx.query.get('vendorId'));
  if ('status' in w) return w;
  const { state, now } = w;
  const orders = [...state.sheets].sort((a, b) => (a.shipmentBoxId < b.shipmentBoxId ? -1 : 1)).map((s) => canonicalView(s, now, LIST_DELAY_MS));
  const receipts = state.receipts.all().map((r) => ({
    receiptId: r.receiptId,
    orderId: r.orderId,
    receiptType: r.receiptType,
    receiptStatus: r.receiptStatus,
    origin: r.origin,
    createdAt: new Date(r.createdAt).toISOString(),
    items: r.items.map((i) => ({ shipmentBoxId: i.shipmentBoxId, vendorItemId: i.vendorItemId, cancelCount: i.cancelCount, releaseStatus: i.releaseStatus })),
  }));
  return { status: 200, json: { vendorId: state.vendorId, now: new Date(now).toISOString(), listDelayMinutes: LIST_DELAY_MS / MINUTE, orders, receipts } };
}

/** `POST /__sandbox/orders/generate {count, minutesAgo?, vendorId?}`: plain new orders (no customer events), paid now - minutesAgo. */
function adminGenerate(ctx: AdminRouteContext): Reply {
  const { count, minutesAgo = 0, vendorId } = ctx.body;
  if (typeof count !== 'number' || !Number.isInteger(count) || count < 1 || count > 100_000) return adminError(400, 'count must be an integer from 1 to 100000');
  if (typeof minutesAgo !== 'number' || !Number.isFinite(minutesAgo) || minutesAgo < 0) return adminError(400, 'minutesAgo must be a number >= 0');
  const w = adminWorld(ctx, vendorId);
  if ('status' in w) return w;
  const paidAt = Math.round(w.now - minutesAgo * MINUTE);
  const created = generateOrders(w.state, count, paidAt).map((s) => ({
    shipmentBoxId: s.shipmentBoxId,
    orderId: s.orderId,
    paidAt: new Date(s.paidAt).toISOString(),
    visibleAt: new Date(s.paidAt + LIST_DELAY_MS).toISOString(),
  }));
  return { status: 200, json: { created } };
}

/**
 * `POST /__sandbox/orders/customer {shipmentBoxId, action, vendorItemId?, count?, vendorId?}`:
 * what a customer does on their own, on demand. `changeAddress` works only while the whole order
 * is ACCEPT; `cancel` cancels (ACCEPT: refund, cancelType=CANCEL receipt) or asks for a release
 * stop (INSTRUCT: RELEASE_STOP_UNCHECKED receipt) — the whole box, or `count` of one item.
 */
function adminCustomer(ctx: AdminRouteContext): Reply {
  const { shipmentBoxId, action, vendorItemId, count, vendorId } = ctx.body;
  if (typeof shipmentBoxId !== 'string' || !/^\d+$/.test(shipmentBoxId)) return adminError(400, 'shipmentBoxId must be a digit string');
  const w = adminWorld(ctx, vendorId);
  if ('status' in w) return w;
  const { state, now } = w;
  const sheet = state.bySheetId.get(shipmentBoxId);
  if (!sheet) return adminError(404, `no shipmentBoxId ${shipmentBoxId}`);
  if (action === 'changeAddress') {
    const receiver = movedReceiver(state.random.fork(`admin-address:${shipmentBoxId}:${now}`), sheet.receiver);
    if (!changeAddress(state, sheet.orderId, receiver, now)) return adminError(409, `order ${sheet.orderId} is not ACCEPT: the address can no longer change`);
    return { status: 200, json: { changed: true, receiver: { name: receiver.name, addr1: receiver.addr1, addr2: receiver.addr2, postCode: receiver.postCode } } };
  }
  if (action !== 'cancel') return adminError(400, "action must be 'changeAddress' or 'cancel'");
  if (sheet.removed || (sheet.status !== 'ACCEPT' && sheet.status !== 'INSTRUCT')) return adminError(409, `shipmentBoxId ${shipmentBoxId} is ${sheet.removed ?? sheet.status}: customers cancel only ACCEPT or INSTRUCT boxes`);
  let lines = sheet.items.filter((i) => shippable(i) > 0).map((item) => ({ sheet, item, count: shippable(item) }));
  if (vendorItemId !== undefined) {
    const line = lines.find((l) => l.item.product.vendorItemId === String(vendorItemId));
    if (!line) return adminError(400, `vendorItemId ${String(vendorItemId)} has nothing left to cancel in ${shipmentBoxId}`);
    const n = count === undefined ? line.count : count;
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 1 || n > line.count) return adminError(400, `count must be an integer from 1 to ${line.count}`);
    lines = [{ ...line, count: n }];
  }
  if (lines.length === 0) return adminError(409, `nothing left to cancel in ${shipmentBoxId}`);
  const receipts = customerCancel(state, sheet.orderId, lines, 0, now);
  return { status: 200, json: { receipts: receipts.map((r) => ({ receiptId: r.receiptId, receiptType: r.receiptType, receiptStatus: r.receiptStatus })) } };
}

export const ordersDomain = defineDomain<OrdersState>({
  name: 'orders',
  seed: seedOrders,
  // /__sandbox/state stays small even for 100,000 orders: counts only (GET /__sandbox/orders lists them).
  summarize: (state) => {
    const byStatus = Object.fromEntries(SHEET_STATUSES.map((s) => [s, 0]));
    let removed = 0;
    for (const sheet of state.sheets) {
      if (sheet.removed) removed++;
      else byStatus[sheet.status]++;
    }
    return { sheets: state.sheets.length, byStatus, removed, receipts: state.receipts.size, pendingEvents: state.events.size, advancedTo: new Date(state.advancedTo).toISOString() };
  },
  admin: [
    { method: 'GET', path: '/orders', handler: adminOrders },
    { method: 'POST', path: '/orders/generate', handler: adminGenerate },
    { method: 'POST', path: '/orders/customer', handler: adminCustomer },
  ],
  routes: [
    { id: 'orders.listByMinute', method: 'GET', path: `${V5}/ordersheets`, match: (q) => q.get('searchType') === 'timeFrame', handler: live(listByMinute) },
    // rules-orders.md 11: anything without searchType=timeFrame is the per-day call.
    { id: 'orders.listByDay', method: 'GET', path: `${V5}/ordersheets`, handler: live(listByDay) },
    { id: 'orders.getByShipmentBoxId', method: 'GET', path: `${V5}/ordersheets/{shipmentBoxId}`, handler: live(getByShipmentBoxId) },
    { id: 'orders.getByOrderId', method: 'GET', path: `${V5}/{orderId}/ordersheets`, handler: live(getByOrderId) },
    { id: 'orders.getDeliveryHistory', method: 'GET', path: `${V5}/ordersheets/{shipmentBoxId}/history`, handler: live(getDeliveryHistory) },
    // "PATCH PUT" on the article pages (rules-orders.md 8): both verbs are served.
    { id: 'orders.acknowledge', method: 'PUT', path: `${V4}/ordersheets/acknowledgement`, handler: live(acknowledgeRoute) },
    { id: 'orders.acknowledge', method: 'PATCH', path: `${V4}/ordersheets/acknowledgement`, handler: live(acknowledgeRoute) },
    { id: 'orders.uploadInvoice', method: 'POST', path: `${V4}/orders/invoices`, handler: live(invoiceRoute('upload')) },
    { id: 'orders.updateInvoice', method: 'POST', path: `${V4}/orders/updateInvoices`, handler: live(invoiceRoute('update')) },
    { id: 'orders.stopShipment', method: 'PUT', path: `${V4}/returnRequests/{receiptId}/stoppedShipment`, handler: live(stopShipmentRoute) },
    { id: 'orders.stopShipment', method: 'PATCH', path: `${V4}/returnRequests/{receiptId}/stoppedShipment`, handler: live(stopShipmentRoute) },
    { id: 'orders.markAlreadyShipped', method: 'PUT', path: `${V4}/returnRequests/{receiptId}/completedShipment`, handler: live(markAlreadyShippedRoute) },
    { id: 'orders.markAlreadyShipped', method: 'PATCH', path: `${V4}/returnRequests/{receiptId}/completedShipment`, handler: live(markAlreadyShippedRoute) },
    { id: 'orders.cancelOrderItems', method: 'POST', path: `${V5}/orders/{orderId}/cancel`, handler: live(cancelRoute) },
    { id: 'orders.completeLongTermUndelivery', method: 'POST', path: `${V4}/completeLongTermUndelivery`, handler: live(longTermRoute) },
  ],
});
