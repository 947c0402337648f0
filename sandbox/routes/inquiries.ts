// 고객문의 (cs.json, 6 endpoints): product Q&A and the contact center's transfers. Every handler
// first brings the vendor's inquiry world up to clock.now() (arrivals, the simulated seller of the
// past, the 24-hour rules), built on first use from the orders domain's catalogue and history.
import { bare, openapi, openapiError } from '../gateway/envelopes';
import type { Reply } from '../gateway/reply';
import { inquiriesAdminView, productAdminView, summarizeWorld } from '../domains/inquiries/admin';
import { INQUIRY_MESSAGES as M } from '../domains/inquiries/messages';
import { parseCallCenterList, parseProductList, type Checked } from '../domains/inquiries/queries';
import type { InquiriesState, InquiryWorld, TransferKind } from '../domains/inquiries/types';
import { parseCallCenterReply, parseConfirm, parseProductReply } from '../domains/inquiries/validate';
import { callCenterAdminView, callCenterView, productInquiryView } from '../domains/inquiries/views';
import {
  answerProduct,
  callCenterStatus,
  confirmCallCenter,
  ensureWorld,
  generateInquiries,
  MINUTE,
  productStatus,
  replyCallCenter,
  seedInquiries,
  settle,
} from '../domains/inquiries/world';
import { paginate } from '../domains/paginate';
import { ordersDomain } from './orders';
import { defineDomain, type AdminRouteContext, type RouteContext } from './registry';

const V5 = '/v2/providers/openapi/apis/api/v5/vendors';
const V4 = '/v2/providers/openapi/apis/api/v4/vendors/{vendorId}';

type Ctx = RouteContext<InquiriesState>;

function live(fn: (ctx: Ctx, world: InquiryWorld, now: number) => Reply): (ctx: Ctx) => Reply {
  return (ctx) => {
    const now = ctx.clock.now();
    const world = ensureWorld(ctx.state, ctx.store.get(ordersDomain));
    settle(world, now);
    return fn(ctx, world, now);
  };
}

const refuse = (c: Extract<Checked<unknown>, { ok: false }>) => openapiError(c.status, c.message);
/** The write examples answer `{"code": "200", "message": "OK"}` without data. */
const done = (): Reply => bare({ code: '200', message: 'OK' });

function numericId(ctx: Ctx): string | Reply {
  const id = ctx.params.inquiryId;
  return /^\d+$/.test(id) ? id : openapiError(400, M.notANumber('inquiryId', id));
}

/** Newest first; the window is on inquiryAt (KST days, both ends included). */
function listProduct(ctx: Ctx, world: InquiryWorld, now: number): Reply {
  const q = parseProductList(ctx.query, ctx.vendor.vendorId);
  if (!q.ok) return refuse(q);
  const { answeredType, window, paging } = q.value;
  const hits = world.product
    .filter((i) => i.inquiryAt >= window.from && i.inquiryAt < window.to && i.inquiryAt <= now)
    .filter((i) => answeredType === 'ALL' || productStatus(i) === answeredType)
    .sort((a, b) => b.inquiryAt - a.inquiryAt || (a.inquiryId < b.inquiryId ? 1 : -1));
  const { content, pagination } = paginate(hits, paging.page, paging.size);
  // Real v5 list (2025-11) and the docs' example: code "200" as a string.
  return openapi({ content: content.map((i) => productInquiryView(i, now)), pagination }, { code: '200' });
}

function replyProduct(ctx: Ctx, world: InquiryWorld, now: number): Reply {
  const id = numericId(ctx);
  if (typeof id !== 'string') return id;
  const body = parseProductReply(ctx.body, ctx.vendor.vendorId);
  if (!body.ok) return refuse(body);
  const inquiry = world.productById.get(id);
  if (!inquiry) return openapiError(400, M.inquiryNotFound(id));
  // Rule 89: one answer per inquiry; answers cannot be edited.
  if (inquiry.answer) return openapiError(400, M.alreadyAnswered(id));
  answerProduct(world, inquiry, body.value.content, body.value.replyBy, now);
  return done();
}

function listCallCenter(ctx: Ctx, world: InquiryWorld, now: number): Reply {
  const q = parseCallCenterList(ctx.query, ctx.vendor.vendorId);
  if (!q.ok) return refuse(q);
  const { status, window, vendorItemId, orderId, paging } = q.value;
  const hits = world.callCenter
    .filter((i) => i.transfer.at <= now)
    .filter((i) => !window || (i.inquiryAt >= window.from && i.inquiryAt < window.to))
    .filter((i) => vendorItemId === null || i.product.vendorItemId === vendorItemId)
    .filter((i) => orderId === null || i.orderId === orderId)
    .filter((i) => status === 'NONE' || callCenterStatus(i) === status)
    .sort((a, b) => b.inquiryAt - a.inquiryAt || (a.inquiryId < b.inquiryId ? 1 : -1));
  const { content, pagination } = paginate(hits, paging.page, paging.size);
  // The docs' example: code 200 as a number.
  return openapi({ content: content.map(callCenterView), pagination });
}

/** No vendorId in the path: the key's vendor owns what it can see, other vendors' IDs are not found. */
function getCallCenter(ctx: Ctx, world: InquiryWorld): Reply {
  const id = numericId(ctx);
  if (typeof id !== 'string') return id;
  const inquiry = world.callCenterById.get(id);
  if (!inquiry) return openapiError(400, M.inquiryNotFound(id));
  return openapi(callCenterView(inquiry));
}

function replyCallCenterRoute(ctx: Ctx, world: InquiryWorld, now: number): Reply {
  const id = numericId(ctx);
  if (typeof id !== 'string') return id;
  const body = parseCallCenterReply(ctx.body, ctx.vendor.vendorId, id);
  if (!body.ok) return refuse(body);
  const inquiry = world.callCenterById.get(id);
  if (!inquiry) return openapiError(400, M.inquiryNotFound(id));
  // Rule 91: only 미답변 (inquiryStatus progress + partnerTransferStatus requestAnswer, needAnswer);
  // after 24 h the system has answered it (rule 92) and a second answer is a duplicate.
  if (callCenterStatus(inquiry) !== 'NO_ANSWER') return openapiError(400, M.cannotAnswer);
  if (body.value.parentAnswerId !== inquiry.transfer.answerId) return openapiError(400, M.parentAnswerId);
  replyCallCenter(world, inquiry, body.value.content, body.value.replyBy, now);
  return done();
}

function confirmRoute(ctx: Ctx, world: InquiryWorld, now: number): Reply {
  const id = numericId(ctx);
  if (typeof id !== 'string') return id;
  const body = parseConfirm(ctx.body);
  if (!body.ok) return refuse(body);
  const inquiry = world.callCenterById.get(id);
  if (!inquiry) return openapiError(400, M.inquiryNotFound(id));
  // Rule 93: closed by a counsellor, confirmed already, or 24 h after the request → 522.
  if (inquiry.outcome === 'confirmed' || inquiry.outcome === 'expired' || inquiry.outcome === 'agent-closed') return openapiError(400, M.closed522);
  if (callCenterStatus(inquiry) !== 'TRANSFER') return openapiError(400, M.cannotAnswer);
  confirmCallCenter(inquiry, now);
  return done();
}

// ---- admin (/__sandbox, loopback, unsigned) -------------------------------------------------

const adminError = (status: number, error: string): Reply => ({ status, json: { error } });

function adminWorld(ctx: AdminRouteContext, vendorId: unknown): { world: InquiryWorld; vendorId: string; now: number } | Reply {
  const id = vendorId === undefined || vendorId === '' ? ctx.demo.vendorId : vendorId;
  const vendor = ctx.vendors.find((v) => v.vendorId === id);
  if (!vendor) return adminError(400, `unknown vendorId ${String(id)}`);
  const store = ctx.store(vendor.vendorId);
  const world = ensureWorld(store.get(inquiriesDomain), store.get(ordersDomain));
  const now = ctx.clock.now();
  settle(world, now);
  return { world, vendorId: vendor.vendorId, now };
}

/** `GET /__sandbox/inquiries?vendorId=`: every inquiry with its state and deadline. */
function adminList(ctx: AdminRouteContext): Reply {
  const w = adminWorld(ctx, ctx.query.get('vendorId'));
  if ('status' in w) return w;
  return { status: 200, json: inquiriesAdminView(w.vendorId, w.world, w.now) };
}

/**
 * `POST /__sandbox/inquiries/generate {family: 'product'|'callcenter', count, kind?: 'answer'|'confirm', minutesAgo?, vendorId?}`:
 * fresh unanswered inquiries (no simulated seller acts on them; the 24-hour rules apply).
 */
function adminGenerate(ctx: AdminRouteContext): Reply {
  const { family, count, kind, minutesAgo = 0, vendorId } = ctx.body;
  if (family !== 'product' && family !== 'callcenter') return adminError(400, "family must be 'product' or 'callcenter'");
  if (typeof count !== 'number' || !Number.isInteger(count) || count < 1 || count > 1000) return adminError(400, 'count must be an integer from 1 to 1000');
  if (kind !== undefined && kind !== 'answer' && kind !== 'confirm') return adminError(400, "kind must be 'answer' or 'confirm'");
  if (typeof minutesAgo !== 'number' || !Number.isFinite(minutesAgo) || minutesAgo < 0 || minutesAgo > 7 * 24 * 60) return adminError(400, 'minutesAgo must be a number from 0 to 10080');
  const w = adminWorld(ctx, vendorId);
  if ('status' in w) return w;
  if (w.world.catalogue.length === 0) return adminError(409, 'this vendor has no products to ask about');
  const at = Math.round(w.now - minutesAgo * MINUTE);
  const created = generateInquiries(w.world, family, count, at, kind as TransferKind | undefined);
  // Deadlines that fell due in between (minutesAgo ≥ 24 h) apply at once.
  settle(w.world, w.now);
  return {
    status: 200,
    json: {
      created: created.map((i) => ('transfer' in i ? callCenterAdminView(i) : productAdminView(i))),
    },
  };
}

export const inquiriesDomain = defineDomain<InquiriesState>({
  name: 'inquiries',
  seed: seedInquiries,
  summarize: (state, _vendor, clock) => {
    if (!state.world) return { materialized: false };
    settle(state.world, clock.now());
    return summarizeWorld(state.world);
  },
  admin: [
    { method: 'GET', path: '/inquiries', handler: adminList },
    { method: 'POST', path: '/inquiries/generate', handler: adminGenerate },
  ],
  routes: [
    { id: 'cs.listProductInquiries', method: 'GET', path: `${V5}/{vendorId}/onlineInquiries`, handler: live(listProduct) },
    { id: 'cs.replyProductInquiry', method: 'POST', path: `${V4}/onlineInquiries/{inquiryId}/replies`, handler: live(replyProduct) },
    { id: 'cs.listCallCenterInquiries', method: 'GET', path: `${V5}/{vendorId}/callCenterInquiries`, handler: live(listCallCenter) },
    // cs.json: the single query's path has no {vendorId} segment.
    { id: 'cs.getCallCenterInquiry', method: 'GET', path: `${V5}/callCenterInquiries/{inquiryId}`, handler: live(getCallCenter) },
    { id: 'cs.replyCallCenterInquiry', method: 'POST', path: `${V4}/callCenterInquiries/{inquiryId}/replies`, handler: live(replyCallCenterRoute) },
    { id: 'cs.confirmCallCenterInquiry', method: 'POST', path: `${V4}/callCenterInquiries/{inquiryId}/confirms`, handler: live(confirmRoute) },
  ],
});
