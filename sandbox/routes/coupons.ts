// 쿠폰 (coupons.json, rules-coupons.md): contracts and budgets, instant-discount coupons (FMS
// envelope, asynchronous with requestedId) and download coupons (marketplace_openapi, bare bodies,
// item/expire results by requestTransactionId). Every handler settles the domain up to the current
// virtual time first (domains/coupons/engine.ts), so pending requests complete as the clock moves.
//
// Route collisions, resolved as the docs describe (rule 51a):
//  - GET …/marketplace_openapi/…/coupons/transactionStatus is a literal path and wins over
//    GET …/coupons/{couponId} (the registry tries more literal segments first);
//  - GET …/coupons/{couponId}/items/{id} means a couponItemId with `type=couponItemId` and a
//    vendorItemId with `type=vendorItemId` (rule 26); without a valid type the call is a 400;
//  - PUT …/coupons/{couponId} and PUT …/coupons/{couponId}/items need `action=expire` (rule 24).
//
// Orders: coupons target the orders domain's catalogue (same vendorItemIds), but the orders
// domain's sheets carry no instant-coupon discount (instantCouponDiscount is always 0), so the
// purchases made with coupons (budget consumption, listInstantCouponsByOrderId) are simulated and
// kept here, in this domain's own order map. An orderId of the orders domain therefore answers an
// empty list, which agrees with its sheets.
import { bare, fms, fmsError, openapiError } from '../gateway/envelopes';
import type { Reply } from '../gateway/reply';
import { idText, num } from '../json';
import { couponsAdminView, summarizeCoupons } from '../domains/coupons/admin';
import { monthOf, parseMonth } from '../domains/coupons/dates';
import { budgetRow, downloadStatus, instantStatus, isDeleted, itemStatus, pendingInstant, processingMs, settle } from '../domains/coupons/engine';
import { manageCode, requestedId as newRequestedId, requestTransactionId } from '../domains/coupons/ids';
import { COUPON_MESSAGES as M, COUPON_NOTES as N } from '../domains/coupons/messages';
import { pageOf, readPaging } from '../domains/coupons/paging';
import { seedCoupons } from '../domains/coupons/seed';
import { COUPON_STATUSES, ITEM_STATUSES, type CouponsState, type DownloadCoupon, type InstantRequest, type RequestType } from '../domains/coupons/types';
import { checkCouponItems, checkDownloadCoupon, checkExpireList, checkInstantCoupon, checkVendorItems } from '../domains/coupons/validate';
import {
  budgetView,
  contractView,
  downloadCouponView,
  downloadCreatedView,
  instantCouponView,
  instantItemView,
  orderCouponView,
  requestedIdValue,
  requestStatusView,
  transactionView,
} from '../domains/coupons/views';
import { defineDomain, type AdminRouteContext, type RouteContext } from './registry';

type Ctx = RouteContext<CouponsState>;

const FMS_V1 = '/v2/providers/fms/apis/api/v1/vendors/{vendorId}';
const FMS_V2 = '/v2/providers/fms/apis/api/v2/vendors/{vendorId}';
const MARKET = '/v2/providers/marketplace_openapi/apis/api/v1';

/** Rows per page when `size` is omitted: the coupon list example shows 10, the item list example 1000. */
const DEFAULT_COUPON_PAGE_SIZE = 10;
const DEFAULT_ITEM_PAGE_SIZE = 1000;

function now(ctx: Ctx): number {
  const t = ctx.clock.now();
  settle(ctx.state, t);
  return t;
}

function instantCoupon(ctx: Ctx, couponIdText: string | undefined) {
  const couponId = idText(couponIdText);
  return couponId === undefined ? undefined : ctx.state.instant.find((c) => c.couponId === couponId);
}

// ---- contracts and budgets -----------------------------------------------------------------

function getBudgets(ctx: Ctx): Reply {
  const t = now(ctx);
  const s = ctx.state;
  const monthText = ctx.query.get('targetMonth');
  const month = monthText === undefined || monthText === '' ? monthOf(t) : parseMonth(monthText);
  if (month === undefined) return fmsError(400, M.targetMonthPattern);
  const contractText = ctx.query.get('contractId');
  let contracts = s.contracts;
  if (contractText !== undefined && contractText !== '') {
    // rule 6: the budget API alone takes -1 for the free contract; its rows carry the real contractId.
    const wanted = contractText.trim() === '-1' ? s.contracts.find((c) => c.type === 'NON_CONTRACT_BASED') : s.contracts.find((c) => c.contractId === idText(contractText));
    if (!wanted) return fmsError(400, M.contractNotOwned(contractText, ctx.vendor.vendorId));
    contracts = [wanted];
  }
  const rows = contracts.filter((c) => budgetRow(s, c.contractId, month)).map((c) => budgetView(s, c.contractId, month));
  return fms(rows);
}

function getContract(ctx: Ctx): Reply {
  now(ctx);
  const text = ctx.query.get('contractId');
  if (text === undefined || text === '') return fmsError(400, M.missingParam('Long', 'contractId'));
  const contract = ctx.state.contracts.find((c) => c.contractId === idText(text));
  if (!contract) return fmsError(400, M.contractNotOwned(text, ctx.vendor.vendorId));
  return fms(contractView(contract, ctx.vendor.vendorId));
}

function listContracts(ctx: Ctx): Reply {
  now(ctx);
  return fms(ctx.state.contracts.map((c) => contractView(c, ctx.vendor.vendorId)));
}

// ---- instant coupons: asynchronous writes --------------------------------------------------

function newRequest(ctx: Ctx, t: number, type: RequestType, couponId: string, fields: Partial<InstantRequest> = {}): InstantRequest {
  const items = fields.vendorItems?.length ?? 0;
  const request: InstantRequest = {
    requestedId: newRequestedId(ctx.rng, t),
    type,
    status: 'REQUESTED',
    couponId,
    total: type === 'COUPON_PUBLISH' || type === 'COUPON_EXPIRE' ? 1 : items,
    succeeded: 0,
    failed: 0,
    failedVendorItems: [],
    createdAt: t,
    completeAt: t + processingMs(items),
    vendorItems: [],
    firstCouponItemId: 0,
    draft: null,
    note: '',
    ...fields,
  };
  ctx.state.instantRequests.push(request);
  return request;
}

const accepted = (r: InstantRequest) => fms({ requestedId: requestedIdValue(r.requestedId), success: true });

function createInstantCoupon(ctx: Ctx): Reply {
  const t = now(ctx);
  const checked = checkInstantCoupon(ctx.body, ctx.state.contracts, ctx.vendor.vendorId);
  if (!checked.ok) return fmsError(checked.status, checked.message);
  // The couponId is reserved now (IDs never depend on when somebody polls) and revealed on DONE.
  const couponId = String(ctx.state.next.couponId);
  ctx.state.next.couponId += ctx.rng.int(1, 900);
  return accepted(newRequest(ctx, t, 'COUPON_PUBLISH', couponId, { draft: checked.value }));
}

function expireInstantCoupon(ctx: Ctx): Reply {
  const t = now(ctx);
  const coupon = instantCoupon(ctx, ctx.params.couponId);
  if (!coupon) return fmsError(400, M.couponId(ctx.params.couponId));
  const pending = pendingInstant(ctx.state, coupon.couponId);
  if (pending.length) {
    // rule 23: refused while another request on the coupon runs; Coupang shows "success": false.
    ctx.state.events.push({ at: t, kind: 'expire-refused', detail: N.expireRefused(coupon.couponId, pending.map((r) => r.requestedId)) });
    return fms({ requestedId: null, success: false }, null, { success: false });
  }
  return accepted(newRequest(ctx, t, 'COUPON_EXPIRE', coupon.couponId));
}

function addInstantItems(ctx: Ctx): Reply {
  const t = now(ctx);
  const coupon = instantCoupon(ctx, ctx.params.couponId);
  if (!coupon) return fmsError(400, M.couponId(ctx.params.couponId));
  const checked = checkVendorItems(ctx.body);
  if (!checked.ok) return fmsError(checked.status, checked.message);
  const status = instantStatus(ctx.state, coupon, t);
  if (status === 'EXPIRED' || status === 'DETACHED') return fmsError(400, M.couponEnded(coupon.couponId));
  const firstCouponItemId = ctx.state.next.couponItemId;
  ctx.state.next.couponItemId += checked.value.length + ctx.rng.int(1, 400);
  return accepted(newRequest(ctx, t, 'COUPON_ITEM_PUBLISH', coupon.couponId, { vendorItems: checked.value, firstCouponItemId }));
}

function removeInstantItems(ctx: Ctx): Reply {
  const t = now(ctx);
  const coupon = instantCoupon(ctx, ctx.params.couponId);
  if (!coupon) return fmsError(400, M.couponId(ctx.params.couponId));
  const checked = checkVendorItems(ctx.body);
  if (!checked.ok) return fmsError(checked.status, checked.message);
  return accepted(newRequest(ctx, t, 'COUPON_ITEM_EXPIRE', coupon.couponId, { vendorItems: checked.value }));
}

const actionMissing = (ctx: Ctx): Reply => {
  const action = ctx.query.get('action');
  return fmsError(400, action === undefined || action === '' ? M.missingParam('String', 'action') : M.actionEnum(action));
};

// ---- instant coupons: reads ----------------------------------------------------------------

function getRequestStatus(ctx: Ctx): Reply {
  now(ctx);
  const id = idText(ctx.params.requestedId);
  const request = id === undefined ? undefined : ctx.state.instantRequests.find((r) => r.requestedId === id);
  // Another seller's (or an unknown) request: the status API's documented 400.
  if (!request) return fmsError(400, M.vendorPermission);
  return fms(requestStatusView(request));
}

function getInstantCoupon(ctx: Ctx): Reply {
  const t = now(ctx);
  const text = ctx.query.get('couponId');
  if (text === undefined || text === '') return fmsError(400, M.missingParam('Long', 'couponId'));
  // rule 25: other sellers' coupons are simply not found here.
  const coupon = instantCoupon(ctx, text);
  if (!coupon) return fmsError(400, M.couponId(text));
  return fms(instantCouponView(ctx.state, coupon, t));
}

function readStatus(ctx: Ctx, allowed: readonly string[]): { ok: true; value: string } | { ok: false; reply: Reply } {
  const status = ctx.query.get('status');
  if (status === undefined || status === '') return { ok: false, reply: fmsError(400, M.missingParam('String', 'status')) };
  if (!allowed.includes(status)) return { ok: false, reply: fmsError(400, M.statusEnum(status, allowed)) };
  return { ok: true, value: status };
}

function listInstantCoupons(ctx: Ctx): Reply {
  const t = now(ctx);
  const status = readStatus(ctx, COUPON_STATUSES);
  if (!status.ok) return status.reply;
  const paging = readPaging(ctx.query, 1, DEFAULT_COUPON_PAGE_SIZE);
  if (!paging.ok) return fmsError(paging.status, paging.message);
  const rows = ctx.state.instant
    .filter((c) => instantStatus(ctx.state, c, t) === status.value)
    .sort((a, b) => (paging.value.desc ? -1 : 1) * (Number(a.couponId) - Number(b.couponId)));
  const { content, pagination } = pageOf(rows, paging.value);
  return fms(content.map((c) => instantCouponView(ctx.state, c, t)), pagination);
}

function listInstantItems(ctx: Ctx): Reply {
  const t = now(ctx);
  const coupon = instantCoupon(ctx, ctx.params.couponId);
  if (!coupon) return fmsError(400, M.couponId(ctx.params.couponId));
  const status = readStatus(ctx, ITEM_STATUSES);
  if (!status.ok) return status.reply;
  const paging = readPaging(ctx.query, 0, DEFAULT_ITEM_PAGE_SIZE);
  if (!paging.ok) return fmsError(paging.status, paging.message);
  const rows = coupon.items
    .filter((i) => itemStatus(ctx.state, coupon, i, t) === status.value)
    .sort((a, b) => (paging.value.desc ? -1 : 1) * (Number(a.couponItemId) - Number(b.couponItemId)));
  const { content, pagination } = pageOf(rows, paging.value);
  return fms(content.map((i) => instantItemView(ctx.state, coupon, i, t)), pagination);
}

function getItem(by: 'couponItemId' | 'vendorItemId') {
  return (ctx: Ctx): Reply => {
    const t = now(ctx);
    const coupon = instantCoupon(ctx, ctx.params.couponId);
    if (!coupon) return fmsError(400, M.couponId(ctx.params.couponId));
    const key = idText(ctx.params[by]);
    // By option: the option's current (live) item first, else its latest one.
    const matches = coupon.items.filter((i) => i[by] === key);
    const item = matches.find((i) => itemStatus(ctx.state, coupon, i, t) !== 'EXPIRED') ?? matches[matches.length - 1];
    if (!item) return fmsError(400, M.itemNotFound);
    return fms(instantItemView(ctx.state, coupon, item, t));
  };
}

function itemTypeMissing(ctx: Ctx): Reply {
  const type = ctx.query.get('type');
  return fmsError(400, type === undefined || type === '' ? M.missingParam('String', 'type') : M.typeEnum(type));
}

function listByOrder(withType: boolean) {
  return (ctx: Ctx): Reply => {
    const t = now(ctx);
    const orderId = idText(ctx.params.orderId);
    const order = orderId === undefined ? undefined : ctx.state.orders.find((o) => o.orderId === orderId);
    // An order without instant coupons (or unknown to this seller) answers an empty list.
    const rows = (order?.lines ?? []).flatMap((line) => {
      const coupon = line.instantCouponId === null ? undefined : ctx.state.instant.find((c) => c.couponId === line.instantCouponId);
      return coupon ? [orderCouponView(ctx.state, coupon, line.vendorItemId, t, withType)] : [];
    });
    return fms(rows);
  };
}

// ---- download coupons ----------------------------------------------------------------------

function createDownloadCoupon(ctx: Ctx): Reply {
  const t = now(ctx);
  const checked = checkDownloadCoupon(ctx.body, ctx.state.contracts, ctx.vendor.vendorId, t);
  if (!checked.ok) return openapiError(checked.status, checked.message);
  const input = checked.value;
  const couponId = String(ctx.state.next.downloadCouponId);
  ctx.state.next.downloadCouponId += ctx.rng.int(1, 5_000);
  const coupon: DownloadCoupon = {
    couponId,
    contractId: input.contract.contractId,
    title: input.title,
    startAt: input.startAt,
    endAt: input.endAt,
    userId: input.userId,
    policies: input.policies.map((p, i) => ({ ...p, manageCode: manageCode(input.contract.contractId, ctx.vendor.vendorId, t, i) })),
    createdAt: t,
    lastModifiedAt: t,
    lastModifiedBy: input.userId,
    publishedAt: null,
    vendorItemIds: [],
    expiredAt: null,
    deletedAt: null,
    usageAmount: 0,
  };
  ctx.state.download.push(coupon);
  return bare(downloadCreatedView(coupon, ctx.vendor.vendorId));
}

function downloadCoupon(ctx: Ctx, couponId: string | undefined) {
  return couponId === undefined ? undefined : ctx.state.download.find((c) => c.couponId === couponId);
}

function getDownloadCoupon(ctx: Ctx): Reply {
  const t = now(ctx);
  const coupon = downloadCoupon(ctx, idText(ctx.params.couponId));
  if (!coupon) return openapiError(500, M.dlSystemError);
  if (isDeleted(coupon, t)) return openapiError(400, M.dlDeleted); // rule 42: later calls on a destroyed coupon
  return bare(downloadCouponView(ctx.state, coupon, t));
}

/**
 * Item creation. The docs show one object; a third party saw the live API answer an array whose
 * body carries requestTransactionId (rule 43). We answer the array: it is the only shape that
 * hands over the ID the request status API needs. Structural problems are a 400 for the whole call.
 */
function addDownloadItems(ctx: Ctx): Reply {
  const t = now(ctx);
  const checked = checkCouponItems(ctx.body);
  if (!checked.ok) return openapiError(checked.status, checked.message);
  for (const entry of checked.value) {
    const coupon = downloadCoupon(ctx, entry.couponId);
    // rules 42, 50: destroyed (and unknown) coupons answer 삭제된 프로모션 입니다.
    if (!coupon || isDeleted(coupon, t)) return openapiError(400, M.dlDeleted);
  }
  return bare(
    checked.value.map((entry) => {
      const coupon = downloadCoupon(ctx, entry.couponId)!;
      if (downloadStatus(ctx.state, coupon, t) !== 'STANDBY') {
        // rule 40: the options of a download coupon cannot change once it runs.
        return { requestResultStatus: 'FAIL', body: { couponId: num(coupon.couponId), requestTransactionId: null }, errorCode: M.dlErrorCode, errorMessage: M.dlItemsLocked };
      }
      const tx = {
        requestTransactionId: requestTransactionId(entry.userId, coupon.couponId, t),
        type: 'COUPON_ITEM_PUBLISH' as const,
        couponId: coupon.couponId,
        status: 'REQUESTED' as const,
        total: entry.vendorItemIds.length,
        succeeded: 0,
        failed: 0,
        failures: [],
        vendorItemIds: entry.vendorItemIds,
        createdAt: t,
        completeAt: t + processingMs(entry.vendorItemIds.length),
        note: '',
      };
      ctx.state.downloadTransactions.push(tx);
      return { requestResultStatus: 'SUCCESS', body: { couponId: num(coupon.couponId), requestTransactionId: tx.requestTransactionId }, errorCode: null, errorMessage: null };
    }),
  );
}

function expireDownloadCoupons(ctx: Ctx): Reply {
  const t = now(ctx);
  const checked = checkExpireList(ctx.body);
  if (!checked.ok) return openapiError(checked.status, checked.message);
  for (const entry of checked.value) {
    const coupon = downloadCoupon(ctx, entry.couponId);
    // rules 44, 51: an unknown coupon is a 500, not a 404.
    if (!coupon || isDeleted(coupon, t)) return openapiError(500, M.dlExpireMissing);
  }
  return bare(
    checked.value.map((entry) => {
      const coupon = downloadCoupon(ctx, entry.couponId)!;
      const failWith = (errorMessage: string) => ({ requestResultStatus: 'FAIL', body: { couponId: num(coupon.couponId), requestTransactionId: null }, errorCode: M.dlErrorCode, errorMessage });
      if (entry.reason !== 'expired') return failWith(M.dlExpireReason);
      if (typeof entry.userId !== 'string' || entry.userId.trim() === '') return failWith(M.required('userId'));
      if (downloadStatus(ctx.state, coupon, t) === 'EXPIRED') return failWith(M.dlAlreadyExpired);
      const requestTransactionIdValue = requestTransactionId(entry.userId, coupon.couponId, t);
      ctx.state.downloadTransactions.push({
        requestTransactionId: requestTransactionIdValue,
        type: 'COUPON_EXPIRE',
        couponId: coupon.couponId,
        status: 'REQUESTED',
        total: 1,
        succeeded: 0,
        failed: 0,
        failures: [],
        vendorItemIds: [],
        createdAt: t,
        completeAt: t + processingMs(),
        note: '',
      });
      return { requestResultStatus: 'SUCCESS', body: { couponId: num(coupon.couponId), requestTransactionId: requestTransactionIdValue }, errorCode: null, errorMessage: null };
    }),
  );
}

function getTransactionStatus(ctx: Ctx): Reply {
  now(ctx);
  const id = ctx.query.get('requestTransactionId');
  const tx = id === undefined ? undefined : ctx.state.downloadTransactions.find((x) => x.requestTransactionId === id);
  // rules 45, 51: a wrong (or missing) ID is a 500 "시스템 오류".
  if (!tx) return openapiError(500, M.dlSystemError);
  return bare(transactionView(tx));
}

// ---- admin ---------------------------------------------------------------------------------

/** `GET /__sandbox/coupons?vendorId=` (default: the demo vendor). */
function couponsAdmin(ctx: AdminRouteContext): Reply {
  const vendorId = ctx.query.get('vendorId');
  const vendor = vendorId === undefined || vendorId === '' ? ctx.demo : ctx.vendors.find((v) => v.vendorId === vendorId);
  if (!vendor) return { status: 400, json: { error: `unknown vendorId ${vendorId}` } };
  return { status: 200, json: couponsAdminView(ctx.store(vendor.vendorId).get(couponsDomain)) };
}

export const couponsDomain = defineDomain<CouponsState>({
  name: 'coupons',
  seed: seedCoupons,
  summarize: (state) => summarizeCoupons(state),
  admin: [{ method: 'GET', path: '/coupons', handler: couponsAdmin }],
  routes: [
    // (공통) contracts and budgets
    { id: 'coupons.getBudgets', method: 'GET', path: `/v2/providers/fms/apis/api/v1/vendors/{vendorId}/budgets`, handler: getBudgets },
    { id: 'coupons.getContract', method: 'GET', path: `${FMS_V2}/contract`, handler: getContract },
    { id: 'coupons.listContracts', method: 'GET', path: `${FMS_V2}/contract/list`, handler: listContracts },
    // 즉시할인쿠폰
    { id: 'coupons.createInstantCoupon', method: 'POST', path: `${FMS_V2}/coupon`, handler: createInstantCoupon },
    { id: 'coupons.getInstantCoupon', method: 'GET', path: `${FMS_V2}/coupon`, handler: getInstantCoupon },
    { id: 'coupons.expireInstantCoupon', method: 'PUT', path: `${FMS_V1}/coupons/{couponId}`, match: (q) => q.get('action') === 'expire', handler: expireInstantCoupon },
    { id: 'coupons.expireInstantCoupon', method: 'PUT', path: `${FMS_V1}/coupons/{couponId}`, handler: actionMissing },
    { id: 'coupons.addInstantCouponItems', method: 'POST', path: `${FMS_V1}/coupons/{couponId}/items`, handler: addInstantItems },
    { id: 'coupons.removeInstantCouponItems', method: 'PUT', path: `${FMS_V1}/coupons/{couponId}/items`, match: (q) => q.get('action') === 'expire', handler: removeInstantItems },
    { id: 'coupons.removeInstantCouponItems', method: 'PUT', path: `${FMS_V1}/coupons/{couponId}/items`, handler: actionMissing },
    {
      id: 'coupons.getInstantCouponItemByCouponItemId',
      method: 'GET',
      path: `${FMS_V1}/coupons/{couponId}/items/{couponItemId}`,
      match: (q) => q.get('type') === 'couponItemId',
      handler: getItem('couponItemId'),
    },
    {
      id: 'coupons.getInstantCouponItemByVendorItemId',
      method: 'GET',
      path: `${FMS_V1}/coupons/{couponId}/items/{vendorItemId}`,
      match: (q) => q.get('type') === 'vendorItemId',
      handler: getItem('vendorItemId'),
    },
    { id: 'coupons.getInstantCouponItemByCouponItemId', method: 'GET', path: `${FMS_V1}/coupons/{couponId}/items/{id}`, handler: itemTypeMissing },
    { id: 'coupons.listInstantCouponsByStatus', method: 'GET', path: `${FMS_V2}/coupons`, handler: listInstantCoupons },
    { id: 'coupons.listInstantCouponsByOrderId', method: 'GET', path: `${FMS_V2}/{orderId}/coupons`, handler: listByOrder(true) },
    { id: 'coupons.listInstantCouponsByOrderId', method: 'GET', path: `${FMS_V1}/{orderId}/coupons`, handler: listByOrder(false) },
    { id: 'coupons.listInstantCouponItemsByStatus', method: 'GET', path: `${FMS_V1}/coupons/{couponId}/items`, handler: listInstantItems },
    { id: 'coupons.getInstantCouponRequestStatus', method: 'GET', path: `${FMS_V1}/requested/{requestedId}`, handler: getRequestStatus },
    // 다운로드쿠폰
    { id: 'coupons.createDownloadCoupon', method: 'POST', path: `${MARKET}/coupons`, handler: createDownloadCoupon },
    { id: 'coupons.expireDownloadCoupons', method: 'POST', path: `${MARKET}/coupons/expire`, handler: expireDownloadCoupons },
    { id: 'coupons.addDownloadCouponItems', method: 'PUT', path: `${MARKET}/coupon-items`, handler: addDownloadItems },
    { id: 'coupons.getDownloadCouponRequestStatus', method: 'GET', path: `${MARKET}/coupons/transactionStatus`, handler: getTransactionStatus },
    { id: 'coupons.getDownloadCoupon', method: 'GET', path: `${MARKET}/coupons/{couponId}`, handler: getDownloadCoupon },
  ],
});
