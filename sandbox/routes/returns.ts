// 반품 (returns.json, 7 endpoints): the v6 list and single query, receipt confirmation and
// approval (v5, the v4 paths still served), the withdrawal history (v4) and the manual pickup
// waybill for returns and exchanges (v4). Receipts and exchanges belong to the vendor's order
// world (OrdersState.receipts / .exchanges): order events create them, customers move them on
// over virtual time (domains/returns/claims.ts), and they change what the order APIs say.
import { bare, openapi, openapiError } from '../gateway/envelopes';
import type { Reply } from '../gateway/reply';
import { idText, isPlainObject, num } from '../json';
import { canWithdrawExchange, createExchange, registerExchangePickup, withdrawExchange } from '../domains/exchanges/lifecycle';
import { EXCHANGE_REASONS } from '../domains/exchanges/reasons';
import { exchangeQuantity } from '../domains/exchanges/types';
import { exchangeView } from '../domains/exchanges/views';
import type { OrdersState } from '../domains/orders/types';
import { advance } from '../domains/orders/world';
import {
  approveReturn,
  canWithdrawReturn,
  checkPickupWaybill,
  claimLines,
  confirmReturnReceipt,
  createCustomerReturn,
  registerReturnPickup,
  schedulePickupCollection,
  withdrawReturn,
} from '../domains/returns/lifecycle';
import { RETURN_MESSAGES as M } from '../domains/returns/messages';
import { parseReceiptQuery, runReceiptQuery } from '../domains/returns/queries';
import { CUSTOMER_RETURN_REASONS } from '../domains/returns/reasons';
import { cancelCountSum } from '../domains/returns/types';
import { receiptView } from '../domains/returns/views';
import { parseCancelIds, parseWithdrawalQuery, runWithdrawalQuery, withdrawalView, withdrawnReceipts } from '../domains/returns/withdrawals';
import { ordersDomain } from './orders';
import { defineDomain, type AdminRouteContext, type RouteContext } from './registry';

const V6 = '/v2/providers/openapi/apis/api/v6/vendors/{vendorId}';
const V5 = '/v2/providers/openapi/apis/api/v5/vendors/{vendorId}';
const V4 = '/v2/providers/openapi/apis/api/v4/vendors/{vendorId}';

/** Reserved for return-only state; receipts live in the order world. */
export type ReturnsState = Record<string, never>;

type Ctx = RouteContext<ReturnsState>;

function world(ctx: Ctx): { state: OrdersState; now: number } {
  const state = ctx.store.get(ordersDomain);
  const now = ctx.clock.now();
  advance(state, now);
  return { state, now };
}

function numericParam(ctx: Ctx, name: string): string | Reply {
  const value = ctx.params[name];
  return /^\d+$/.test(value) ? value : openapiError(400, M.notANumber(name, value));
}

/** Example: code 200 (number); nextToken only in the per-day mode ("" on the last page). */
function listRequests(ctx: Ctx): Reply {
  const { state } = world(ctx);
  const query = parseReceiptQuery(ctx.query);
  if (!query.ok) return openapiError(query.status, query.message);
  const { receipts, next } = runReceiptQuery(state, query.value);
  return openapi(receipts.map(receiptView), query.value.paged ? { extra: { nextToken: next ?? '' } } : {});
}

/** Example: code "200" and `data` as an array holding the one receipt. Withdrawn returns are gone. */
function getRequest(ctx: Ctx): Reply {
  const { state } = world(ctx);
  const id = numericParam(ctx, 'receiptId');
  if (typeof id !== 'string') return id;
  const receipt = state.receipts.get(id);
  if (!receipt || receipt.withdrawn) return openapiError(400, M.receiptNotFound(id));
  if (receipt.receiptType === 'CANCEL') return openapiError(400, M.cancelReceipt(id));
  return openapi([receiptView(receipt)], { code: '200' });
}

/** Documented answer: `{"code":"200","message":"OK"}` and nothing else. */
function confirmReceipt(ctx: Ctx): Reply {
  const { state, now } = world(ctx);
  const id = numericParam(ctx, 'receiptId');
  if (typeof id !== 'string') return id;
  const done = confirmReturnReceipt(state, id, ctx.body, ctx.vendor.vendorId, now);
  if (!done.ok) return openapiError(done.status, done.message);
  return bare({ code: '200', message: 'OK' });
}

function approve(ctx: Ctx): Reply {
  const { state, now } = world(ctx);
  const id = numericParam(ctx, 'receiptId');
  if (typeof id !== 'string') return id;
  const done = approveReturn(state, id, ctx.body, ctx.vendor.vendorId, now);
  if (!done.ok) return openapiError(done.status, done.message);
  return bare({ code: '200', message: 'OK' });
}

/** Example: code 200, `nextPageIndex` "" on the last page. */
function listWithdrawalsByPeriod(ctx: Ctx): Reply {
  const { state } = world(ctx);
  const query = parseWithdrawalQuery(ctx.query);
  if (!query.ok) return openapiError(query.status, query.message);
  const { rows, nextPageIndex } = runWithdrawalQuery(state, query.value);
  return openapi(rows.map((r) => withdrawalView(r, ctx.vendor.vendorId)), { extra: { nextPageIndex } });
}

/** Example: code "200"; receipts that were not withdrawn are simply not in the answer. */
function listWithdrawalsByIds(ctx: Ctx): Reply {
  const { state } = world(ctx);
  const ids = parseCancelIds(ctx.body);
  if (!ids.ok) return openapiError(ids.status, ids.message);
  const rows = ids.value.map((id) => state.receipts.get(id)).filter((r) => r !== undefined && r.withdrawn !== null);
  return openapi(rows.map((r) => withdrawalView(r!, ctx.vendor.vendorId)), { code: '200' });
}

/**
 * 회수 송장 등록: returns only in RETURNS_UNCHECKED, exchanges only while collectStatus is
 * BeforeDirection (rules-orders.md 74). A missing required field answers "Object is null" (2019).
 */
function registerPickupInvoice(ctx: Ctx): Reply {
  const { state, now } = world(ctx);
  const body = ctx.body;
  if (!isPlainObject(body)) return openapiError(400, M.objectIsNull);
  const type = typeof body.returnExchangeDeliveryType === 'string' ? body.returnExchangeDeliveryType : '';
  const receiptId = idText(body.receiptId);
  const code = typeof body.deliveryCompanyCode === 'string' ? body.deliveryCompanyCode.trim() : '';
  const invoiceNumber = typeof body.invoiceNumber === 'string' ? body.invoiceNumber.trim() : (idText(body.invoiceNumber) ?? '');
  if (!type || !receiptId || !code || !invoiceNumber) return openapiError(400, M.objectIsNull);
  if (type !== 'RETURN' && type !== 'EXCHANGE') return openapiError(400, M.badDeliveryType(type));
  const regNumber = typeof body.regNumber === 'string' ? body.regNumber : (idText(body.regNumber) ?? null);
  const waybillProblem = checkPickupWaybill(code, invoiceNumber);
  let returnDeliveryId: string;
  if (type === 'RETURN') {
    const receipt = state.receipts.get(receiptId);
    if (!receipt || receipt.receiptType !== 'RETURN' || receipt.withdrawn) return openapiError(400, M.receiptNotFound(receiptId));
    if (receipt.receiptStatus !== 'RETURNS_UNCHECKED') return openapiError(400, M.pickupNotUnchecked(receiptId, receipt.receiptStatus));
    if (waybillProblem) return openapiError(400, waybillProblem);
    registerReturnPickup(state, receipt, code, invoiceNumber);
    schedulePickupCollection(state, receipt, now);
    returnDeliveryId = receipt.returnDeliveryId;
  } else {
    const exchange = state.exchanges.get(receiptId);
    if (!exchange) return openapiError(400, M.exchangeNotFound(receiptId));
    if (exchange.exchangeStatus !== 'RECEIPT' || exchange.collectStatus !== 'BeforeDirection') return openapiError(400, M.pickupNotBeforeDirection(receiptId, exchange.collectStatus));
    if (waybillProblem) return openapiError(400, waybillProblem);
    registerExchangePickup(state, exchange, code, invoiceNumber, now);
    returnDeliveryId = exchange.returnDeliveryId;
  }
  // invoiceNumberId is internal (8 digits in the example); drawn from this vendor's stream.
  const invoiceNumberId = String(ctx.rng.int(20_000_000, 99_999_999));
  return openapi({
    deliveryCompanyCode: code,
    invoiceNumber,
    invoiceNumberId: num(invoiceNumberId),
    receiptId: num(receiptId),
    regNumber,
    returnDeliveryId: num(returnDeliveryId),
    returnExchangeDeliveryType: type,
  });
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
 * `GET /__sandbox/returns?vendorId=`: every receipt (withdrawn ones too) and every exchange in a
 * compact canonical form, so a test can compare a client's local store.
 */
function adminReturns(ctx: AdminRouteContext): Reply {
  const w = adminWorld(ctx, ctx.query.get('vendorId'));
  if ('status' in w) return w;
  const { state, now } = w;
  const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
  const receipts = state.receipts.all().map((r) => ({
    receiptId: r.receiptId,
    orderId: r.orderId,
    receiptType: r.receiptType,
    receiptStatus: r.receiptStatus,
    origin: r.origin,
    createdAt: iso(r.createdAt),
    modifiedAt: iso(r.modifiedAt),
    cancelCountSum: cancelCountSum(r),
    fastRefund: r.fastRefund,
    preRefund: r.preRefund,
    pickup: { ...r.pickup },
    returnDeliveryDtos: r.returnDeliveryDtos.map((d) => ({ ...d })),
    withdrawn: r.withdrawn ? { at: iso(r.withdrawn.at), refundDeliveryDuty: r.withdrawn.refundDeliveryDuty } : null,
    reasonCode: r.reason.code,
    items: r.items.map((i) => ({ shipmentBoxId: i.shipmentBoxId, vendorItemId: i.vendorItemId, purchaseCount: i.purchaseCount, cancelCount: i.cancelCount, releaseStatus: i.releaseStatus })),
  }));
  const exchanges = state.exchanges.all().map((e) => {
    const v = exchangeView(e, now);
    return {
      exchangeId: e.exchangeId,
      orderId: e.orderId,
      exchangeStatus: e.exchangeStatus,
      collectStatus: e.collectStatus,
      deliveryStatus: e.deliveryStatus,
      createdAt: iso(e.createdAt),
      modifiedAt: iso(e.modifiedAt),
      quantity: exchangeQuantity(e),
      reasonCode: e.reason.code,
      rejectCode: e.rejectCode,
      rejectable: v.rejectable,
      deliveryInvoiceModifiable: v.deliveryInvoiceModifiable,
      shipment: e.shipment ? { shipmentBoxId: e.shipment.shipmentBoxId, usableAt: iso(e.shipment.usableAt), deliveryCompanyCode: e.shipment.deliveryCompanyCode, invoiceNumber: e.shipment.invoiceNumber } : null,
      items: e.items.map((i) => ({ vendorItemId: i.vendorItemId, quantity: i.quantity, originalShipmentBoxId: i.originalShipmentBoxId })),
    };
  });
  const withdrawals = withdrawnReceipts(state).map((r) => ({ cancelId: r.receiptId, orderId: r.orderId, at: iso(r.withdrawn!.at), refundDeliveryDuty: r.withdrawn!.refundDeliveryDuty }));
  return { status: 200, json: { vendorId: state.vendorId, now: iso(now), receipts, exchanges, withdrawals } };
}

function flag(value: unknown, name: string, fallback: boolean): boolean | string {
  if (value === undefined) return fallback;
  return typeof value === 'boolean' ? value : `${name} must be a boolean`;
}

/**
 * `POST /__sandbox/returns/customer {shipmentBoxId, action: 'return'|'exchange', vendorItemId?,
 * count?, reasonCode?, fastRefund?, autoPickup?, vendorId?}`: a customer asks, now, to return or
 * exchange (part of) a shipped box (DEPARTURE..FINAL_DELIVERY). By default nothing then happens
 * on its own (no auto pickup, no withdrawal), so a test drives every step.
 */
function adminCustomer(ctx: AdminRouteContext): Reply {
  const { shipmentBoxId, action, vendorItemId, count, reasonCode, vendorId } = ctx.body;
  if (typeof shipmentBoxId !== 'string' || !/^\d+$/.test(shipmentBoxId)) return adminError(400, 'shipmentBoxId must be a digit string');
  if (action !== 'return' && action !== 'exchange') return adminError(400, "action must be 'return' or 'exchange'");
  if (count !== undefined && (typeof count !== 'number' || !Number.isInteger(count))) return adminError(400, 'count must be an integer');
  const fastRefund = flag(ctx.body.fastRefund, 'fastRefund', false);
  const autoPickup = flag(ctx.body.autoPickup, 'autoPickup', false);
  if (typeof fastRefund === 'string') return adminError(400, fastRefund);
  if (typeof autoPickup === 'string') return adminError(400, autoPickup);
  const w = adminWorld(ctx, vendorId);
  if ('status' in w) return w;
  const { state, now } = w;
  const sheet = state.bySheetId.get(shipmentBoxId);
  if (!sheet) return adminError(404, `no shipmentBoxId ${shipmentBoxId}`);
  const shipped = ['DEPARTURE', 'DELIVERING', 'FINAL_DELIVERY', 'NONE_TRACKING'].includes(sheet.status);
  if (sheet.removed || !shipped) return adminError(409, `shipmentBoxId ${shipmentBoxId} is ${sheet.removed ?? sheet.status}: customers return or exchange shipped boxes only`);
  const lines = claimLines(state, sheet, vendorItemId === undefined ? undefined : String(vendorItemId), count as number | undefined);
  if (typeof lines === 'string') return adminError(409, lines);
  if (action === 'return') {
    const row = reasonCode === undefined ? CUSTOMER_RETURN_REASONS[0] : CUSTOMER_RETURN_REASONS.find((r) => r.reason.code === reasonCode);
    if (!row) return adminError(400, `reasonCode must be one of ${CUSTOMER_RETURN_REASONS.map((r) => r.reason.code).join(', ')}`);
    const receipt = createCustomerReturn(state, lines, now, { reason: { reason: { ...row.reason, detail: row.details[0] }, faultByType: row.faultByType }, fastRefund, autoPickup, withdrawAfter: null });
    return { status: 200, json: { receiptId: receipt.receiptId, receiptStatus: receipt.receiptStatus, cancelCountSum: cancelCountSum(receipt) } };
  }
  const row = reasonCode === undefined ? EXCHANGE_REASONS[0] : EXCHANGE_REASONS.find((r) => r.reason.code === reasonCode);
  if (!row) return adminError(400, `reasonCode must be one of ${EXCHANGE_REASONS.map((r) => r.reason.code).join(', ')}`);
  const exchange = createExchange(state, sheet, lines, now, { reason: { ...row.reason, detail: row.details[0] }, autoPickup, withdrawAfter: null });
  return { status: 200, json: { exchangeId: exchange.exchangeId, exchangeStatus: exchange.exchangeStatus, quantity: exchangeQuantity(exchange) } };
}

/** `POST /__sandbox/returns/withdraw {receiptId | exchangeId, vendorId?}`: the customer withdraws now. */
function adminWithdraw(ctx: AdminRouteContext): Reply {
  const { receiptId, exchangeId, vendorId } = ctx.body;
  const w = adminWorld(ctx, vendorId);
  if ('status' in w) return w;
  const { state, now } = w;
  if (typeof receiptId === 'string') {
    const receipt = state.receipts.get(receiptId);
    if (!receipt) return adminError(404, `no receiptId ${receiptId}`);
    if (!canWithdrawReturn(receipt)) return adminError(409, `receiptId ${receiptId} can no longer be withdrawn (${receipt.withdrawn ? 'withdrawn' : receipt.receiptStatus}, pickup ${receipt.pickup.stage})`);
    withdrawReturn(state, receipt, now);
    return { status: 200, json: { receiptId, withdrawnAt: new Date(now).toISOString(), refundDeliveryDuty: receipt.withdrawn!.refundDeliveryDuty } };
  }
  if (typeof exchangeId === 'string') {
    const exchange = state.exchanges.get(exchangeId);
    if (!exchange) return adminError(404, `no exchangeId ${exchangeId}`);
    if (!canWithdrawExchange(exchange)) return adminError(409, `exchangeId ${exchangeId} can no longer be withdrawn (${exchange.exchangeStatus}, ${exchange.collectStatus})`);
    withdrawExchange(state, exchange, now);
    return { status: 200, json: { exchangeId, exchangeStatus: exchange.exchangeStatus } };
  }
  return adminError(400, 'receiptId or exchangeId (digit string) is required');
}

export const returnsDomain = defineDomain<ReturnsState>({
  name: 'returns',
  seed: () => ({}),
  admin: [
    { method: 'GET', path: '/returns', handler: adminReturns },
    { method: 'POST', path: '/returns/customer', handler: adminCustomer },
    { method: 'POST', path: '/returns/withdraw', handler: adminWithdraw },
  ],
  routes: [
    { id: 'returns.listRequests', method: 'GET', path: `${V6}/returnRequests`, handler: listRequests },
    { id: 'returns.getRequest', method: 'GET', path: `${V6}/returnRequests/{receiptId}`, handler: getRequest },
    // "PATCH PUT" on the article pages (rules-orders.md 8); the v4 paths stay valid (rules 2).
    ...(['PUT', 'PATCH'] as const).flatMap((method) =>
      [V5, V4].flatMap((base) => [
        { id: 'returns.confirmReceipt', method, path: `${base}/returnRequests/{receiptId}/receiveConfirmation`, handler: confirmReceipt },
        { id: 'returns.approve', method, path: `${base}/returnRequests/{receiptId}/approval`, handler: approve },
      ]),
    ),
    { id: 'returns.listWithdrawalsByPeriod', method: 'GET', path: `${V4}/returnWithdrawRequests`, handler: listWithdrawalsByPeriod },
    // A POST that only reads: faults treat it as a read.
    { id: 'returns.listWithdrawalsByIds', method: 'POST', path: `${V4}/returnWithdrawList`, kind: 'read', handler: listWithdrawalsByIds },
    { id: 'returns.registerPickupInvoice', method: 'POST', path: `${V4}/return-exchange-invoices/manual`, handler: registerPickupInvoice },
  ],
});
