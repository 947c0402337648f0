// The inquiry world of one vendor: customers asking about the orders domain's catalogue (and, once
// they bought, about their orders), the contact center transferring cases, the simulated seller of
// the seeded past answering them, and the 24-hour rules. Like the order world it is advanced
// lazily: every call first applies all events up to clock.now() in (time, insertion) order, and
// every arrival is drawn from a fork named after it, so the state at a given virtual time never
// depends on how often (or whether) the sandbox was asked before.
import { kstParts } from '../../clock';
import { createRng, deriveSeed, type Rng } from '../../rng';
import type { SeedArgs } from '../../routes/registry';
import type { OrdersState } from '../orders/types';
import { sampleTimes } from '../orders/world';
import {
  AGENT_CLOSE_TEXT,
  AUTO_ANSWER_TEXT,
  CALL_CENTER_TOPICS,
  CONFIRM_TRANSFER_SUFFIX,
  COUNSELLORS,
  fill,
  POST_PURCHASE_QUESTIONS,
  PRE_PURCHASE_QUESTIONS,
  SELLER_ANSWERS,
  SELLER_CALL_CENTER_ANSWERS,
} from './texts';
import type {
  CallCenterInquiry,
  CallCenterReply,
  InquiriesState,
  InquiryEvent,
  InquiryProduct,
  InquiryWorld,
  OrderRef,
  ProductInquiry,
  TransferKind,
} from './types';

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/**
 * rules-orders.md 92 / 93 (cs.replyCallCenterInquiry, cs.confirmCallCenterInquiry): an unanswered
 * transfer is answered by the system after 24 hours; a confirmation request can be confirmed for
 * 24 hours. Both count from the transfer post (the "confirmation request").
 */
export const AUTO_CLOSE_MS = 24 * HOUR;

/** How far back the seeded history goes (the orders domain seeds 30 days too). */
export const HISTORY_DAYS = 30;

/** The simulated seller's WING login in the seeded past (replyBy / confirmBy). */
export const AUTOPILOT_USER = 'wing-cs01';

/** Relative inquiry volume per KST hour: customers write in the evening, the contact center works daytime. */
const PRODUCT_WEIGHTS = [0.4, 0.2, 0.1, 0.1, 0.1, 0.2, 0.4, 0.7, 1.0, 1.2, 1.3, 1.3, 1.4, 1.3, 1.3, 1.3, 1.3, 1.4, 1.5, 1.7, 1.9, 2.0, 1.7, 1.0];
const CALL_CENTER_WEIGHTS = [0, 0, 0, 0, 0, 0, 0, 0, 0, 1.2, 1.5, 1.5, 1.0, 1.4, 1.5, 1.5, 1.4, 1.2, 0.6, 0, 0, 0, 0, 0];
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

export function seedInquiries({ vendor, rng }: SeedArgs): InquiriesState {
  return { vendorId: vendor.vendorId, role: vendor.role === 'demo' ? 'demo' : 'foreign', seed: rng.int(0, 0xffffffff), world: null };
}

function fork(world: Pick<InquiryWorld, 'seed'>, label: string): Rng {
  return createRng(deriveSeed(world.seed, label));
}

/**
 * Builds the world on first use from the orders domain (its catalogue, and its seeded order
 * history for related orderIds: orders paid before the clock's start only, which the seed alone
 * fixes), then queues the seeded history of the last HISTORY_DAYS days.
 */
export function ensureWorld(state: InquiriesState, orders: OrdersState): InquiryWorld {
  if (state.world) return state.world;
  const seed = state.seed;
  const startTime = orders.startTime;
  const catalogue: InquiryProduct[] = orders.catalogue.map((p) => ({
    vendorItemId: p.vendorItemId,
    productId: p.productId,
    sellerProductId: p.sellerProductId,
    sellerProductName: p.sellerProductName,
    displayName: p.displayName,
    itemName: p.itemName,
    vendorItemName: p.vendorItemName,
  }));
  const byOrder = new Map<string, OrderRef>();
  for (const sheet of orders.sheets) {
    if (sheet.paidAt >= startTime) continue;
    let ref = byOrder.get(sheet.orderId);
    if (!ref) {
      ref = { orderId: sheet.orderId, paidAt: sheet.paidAt, orderedAt: sheet.orderedAt, vendorItemIds: [] };
      byOrder.set(sheet.orderId, ref);
    }
    for (const item of sheet.items) if (!ref.vendorItemIds.includes(item.product.vendorItemId)) ref.vendorItemIds.push(item.product.vendorItemId);
  }
  const refs = [...byOrder.values()].sort((a, b) => a.paidAt - b.paidAt || (a.orderId < b.orderId ? -1 : 1));
  const ordersByItem = new Map<string, OrderRef[]>();
  for (const ref of refs) for (const id of ref.vendorItemIds) (ordersByItem.get(id) ?? ordersByItem.set(id, []).get(id)!).push(ref);

  const ids = createRng(deriveSeed(seed, 'ids'));
  const sellerItemIds = new Map<string, string>();
  for (const p of catalogue) sellerItemIds.set(p.vendorItemId, String(ids.int(35_000_000_000, 36_099_999_999)));

  const demo = state.role === 'demo';
  const world: InquiryWorld = {
    seed,
    startTime,
    catalogue,
    orders: refs,
    ordersByItem,
    sellerItemIds,
    product: [],
    callCenter: [],
    productById: new Map(),
    callCenterById: new Map(),
    events: [],
    eventSeq: 0,
    productPerDay: catalogue.length ? (demo ? 6 : 1) : 0,
    callCenterPerDay: catalogue.length ? (demo ? 2 : 0.3) : 0,
    plannedSlots: 0,
    advancedTo: startTime - HISTORY_DAYS * DAY,
    // Real v5 data (2025-11): inquiryId ~145 million, inquiryCommentId ~138 million; the docs'
    // call-center example: inquiryId 1015668177, answerId 1027082307.
    nextProductInquiryId: ids.int(145_000_000, 150_000_000),
    nextCommentId: ids.int(138_000_000, 140_000_000),
    nextCallCenterId: ids.int(1_015_000_000, 1_030_000_000),
    nextAnswerId: ids.int(1_027_000_000, 1_040_000_000),
  };
  const from = startTime - HISTORY_DAYS * DAY;
  const productTimes = sampleTimes(fork(world, 'seed-product-times'), Math.round(world.productPerDay * HISTORY_DAYS), from, startTime);
  productTimes.forEach((at, i) => schedule(world, at, { kind: 'arrive', family: 'product', label: `seed:product:${i}`, autopilot: true }));
  const callTimes = sampleTimes(fork(world, 'seed-callcenter-times'), Math.round(world.callCenterPerDay * HISTORY_DAYS), from, startTime);
  callTimes.forEach((at, i) => schedule(world, at, { kind: 'arrive', family: 'callcenter', label: `seed:callcenter:${i}`, autopilot: true }));
  state.world = world;
  return world;
}

// ---------------------------------------------------------------- events

export function schedule(world: InquiryWorld, at: number, event: InquiryEvent): void {
  const entry = { at, seq: world.eventSeq++, event };
  let lo = 0;
  let hi = world.events.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const e = world.events[mid];
    if (e.at < at || (e.at === at && e.seq < entry.seq)) lo = mid + 1;
    else hi = mid;
  }
  world.events.splice(lo, 0, entry);
}

function poisson(rng: Rng, lambda: number): number {
  if (lambda <= 0) return 0;
  const limit = Math.exp(-lambda);
  let k = 0;
  let p = rng.next();
  while (p > limit) {
    k++;
    p *= rng.next();
  }
  return k;
}

/** Queues the arrivals of every hour slot after the start that has begun by `now`. */
function planArrivals(world: InquiryWorld, now: number): void {
  if (world.productPerDay <= 0 && world.callCenterPerDay <= 0) return;
  while (world.startTime + world.plannedSlots * HOUR <= now) {
    const slot = world.plannedSlots++;
    const slotStart = world.startTime + slot * HOUR;
    const hour = kstParts(slotStart).hour;
    const rng = fork(world, `slot:${slot}`);
    const plan = [
      ['product', (world.productPerDay * PRODUCT_WEIGHTS[hour]) / sum(PRODUCT_WEIGHTS)],
      ['callcenter', (world.callCenterPerDay * CALL_CENTER_WEIGHTS[hour]) / sum(CALL_CENTER_WEIGHTS)],
    ] as const;
    for (const [family, lambda] of plan) {
      const n = poisson(rng, lambda);
      const times = Array.from({ length: n }, () => slotStart + rng.int(0, HOUR - 1)).sort((a, b) => a - b);
      times.forEach((at, i) => schedule(world, at, { kind: 'arrive', family, label: `slot:${slot}:${family}:${i}`, autopilot: false }));
    }
  }
}

/** Brings the world to `now`: plans arrivals, then applies every due event in time order. */
export function settle(world: InquiryWorld, now: number): void {
  planArrivals(world, now);
  while (world.events.length && world.events[0].at <= now) {
    const { at, event } = world.events.shift()!;
    apply(world, at, event);
  }
  if (now > world.advancedTo) world.advancedTo = now;
}

function apply(world: InquiryWorld, at: number, ev: InquiryEvent): void {
  switch (ev.kind) {
    case 'arrive':
      if (ev.family === 'product') arriveProduct(world, fork(world, ev.label), at, ev.autopilot);
      else arriveCallCenter(world, fork(world, ev.label), at, ev.autopilot);
      return;
    case 'sellerAnswer': {
      const inquiry = world.productById.get(ev.inquiryId);
      if (inquiry && !inquiry.answer) answerProduct(world, inquiry, ev.text, AUTOPILOT_USER, at);
      return;
    }
    case 'sellerReply': {
      const inquiry = world.callCenterById.get(ev.inquiryId);
      if (inquiry && callCenterStatus(inquiry) === 'NO_ANSWER') replyCallCenter(world, inquiry, ev.text, AUTOPILOT_USER, at);
      return;
    }
    case 'sellerConfirm': {
      const inquiry = world.callCenterById.get(ev.inquiryId);
      if (inquiry && callCenterStatus(inquiry) === 'TRANSFER') confirmCallCenter(inquiry, at);
      return;
    }
    case 'agentClose': {
      const inquiry = world.callCenterById.get(ev.inquiryId);
      if (!inquiry || inquiry.outcome !== 'open') return;
      inquiry.outcome = 'agent-closed';
      inquiry.closedAt = at;
      inquiry.replies.push(counsellorPost(world, inquiry, AGENT_CLOSE_TEXT, at));
      return;
    }
    case 'deadline': {
      const inquiry = world.callCenterById.get(ev.inquiryId);
      if (!inquiry || inquiry.outcome !== 'open') return;
      inquiry.closedAt = at;
      if (inquiry.kind === 'answer') {
        inquiry.outcome = 'auto-answered';
        inquiry.replies.push({ ...counsellorPost(world, inquiry, AUTO_ANSWER_TEXT, at), receptionistName: '쿠팡 시스템', receptionist: 'SYSTEM' });
      } else {
        inquiry.outcome = 'expired';
      }
      return;
    }
  }
}

// ---------------------------------------------------------------- arrivals

/** Orders containing the option, paid in the 30 days before `at`. */
function recentOrders(world: InquiryWorld, vendorItemId: string, at: number): OrderRef[] {
  return (world.ordersByItem.get(vendorItemId) ?? []).filter((o) => o.paidAt < at - HOUR && o.paidAt >= at - 30 * DAY);
}

function arriveProduct(world: InquiryWorld, rng: Rng, at: number, autopilot: boolean): ProductInquiry {
  const product = rng.pick(world.catalogue);
  const bought = rng.bool(0.55) ? recentOrders(world, product.vendorItemId, at) : [];
  const order = bought.length ? bought[rng.int(0, bought.length - 1)] : null;
  const content = fill(rng.pick(order ? POST_PURCHASE_QUESTIONS : PRE_PURCHASE_QUESTIONS), product);
  const inquiryId = String(world.nextProductInquiryId);
  world.nextProductInquiryId += rng.int(1, 2500);
  const inquiry: ProductInquiry = {
    inquiryId,
    product,
    sellerItemId: world.sellerItemIds.get(product.vendorItemId) ?? '0',
    content,
    inquiryAt: at,
    orderIds: order ? [order.orderId] : [],
    answer: null,
  };
  world.product.push(inquiry);
  world.productById.set(inquiryId, inquiry);
  if (autopilot) {
    // The simulated seller answers most questions within a day or two; recent ones wait for you.
    const after = rng.int(20, 48 * 60) * MINUTE;
    if (at + after < world.startTime) schedule(world, at + after, { kind: 'sellerAnswer', inquiryId, text: rng.pick(SELLER_ANSWERS) });
  }
  return inquiry;
}

function counsellorPost(world: InquiryWorld, inquiry: CallCenterInquiry, content: string, at: number): CallCenterReply {
  const answerId = String(world.nextAnswerId);
  world.nextAnswerId += 1 + (deriveSeed(world.seed, `answer:${answerId}`) % 900);
  return { answerId, parentAnswerId: '0', answerType: 'csAgent', receptionistName: inquiry.transfer.receptionistName, receptionist: inquiry.transfer.receptionist, content, at };
}

export function arriveCallCenter(world: InquiryWorld, rng: Rng, at: number, autopilot: boolean, forced?: TransferKind): CallCenterInquiry {
  const candidates = world.orders.filter((o) => o.paidAt < at - 6 * HOUR && o.paidAt >= at - 30 * DAY);
  const order = candidates.length ? candidates[rng.int(0, candidates.length - 1)] : null;
  const itemId = order ? rng.pick(order.vendorItemIds) : null;
  const product = world.catalogue.find((p) => p.vendorItemId === itemId) ?? rng.pick(world.catalogue);
  const kind: TransferKind = forced ?? (rng.bool(0.7) ? 'answer' : 'confirm');
  const topic = rng.pick(CALL_CENTER_TOPICS);
  const inquiryId = String(world.nextCallCenterId);
  world.nextCallCenterId += rng.int(1, 40_000);
  const transferId = String(world.nextAnswerId);
  world.nextAnswerId += rng.int(1, 900);
  const counsellor = rng.pick(COUNSELLORS);
  const inquiry: CallCenterInquiry = {
    inquiryId,
    product,
    orderId: order?.orderId ?? null,
    orderedAt: order?.orderedAt ?? null,
    content: fill(topic.content, product),
    // The customer called a little before the counsellor transferred the case (the arrival).
    inquiryAt: at - rng.int(5, 90) * MINUTE,
    receiptCategory: topic.receiptCategory,
    buyerPhone: `010-****-${rng.digits(4)}`,
    saleStartedAt: '',
    kind,
    transfer: {
      answerId: transferId,
      parentAnswerId: '0',
      answerType: 'csAgent',
      receptionistName: counsellor,
      receptionist: String(rng.int(10_000_000, 19_999_999)),
      content: `[판매자이관] ${fill(topic.transfer, product)}${kind === 'confirm' ? CONFIRM_TRANSFER_SUFFIX : ''}`,
      at,
    },
    replies: [],
    outcome: 'open',
    closedAt: null,
  };
  inquiry.saleStartedAt = saleStart(world, product);
  world.callCenter.push(inquiry);
  world.callCenterById.set(inquiryId, inquiry);
  schedule(world, at + AUTO_CLOSE_MS, { kind: 'deadline', inquiryId });
  if (kind === 'confirm' && rng.bool(0.1)) schedule(world, at + rng.int(60, 20 * 60) * MINUTE, { kind: 'agentClose', inquiryId });
  if (autopilot) {
    const after = rng.int(30, 30 * 60) * MINUTE;
    if (after < AUTO_CLOSE_MS && at + after < world.startTime) {
      schedule(world, at + after, kind === 'answer' ? { kind: 'sellerReply', inquiryId, text: rng.pick(SELLER_CALL_CENTER_ANSWERS) } : { kind: 'sellerConfirm', inquiryId });
    }
  }
  return inquiry;
}

/** The option's sale start date (yyyy-MM-dd): a stable day 60-400 days before the world's start. */
function saleStart(world: InquiryWorld, product: InquiryProduct): string {
  const days = 60 + (deriveSeed(world.seed, `sale:${product.sellerProductId}`) % 340);
  const p = kstParts(world.startTime - days * DAY);
  return `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
}

/** New inquiries at `at` (admin / tests): no simulated seller, the 24-hour rules apply. */
export function generateInquiries(world: InquiryWorld, family: 'product' | 'callcenter', count: number, at: number, kind?: TransferKind): Array<ProductInquiry | CallCenterInquiry> {
  const out: Array<ProductInquiry | CallCenterInquiry> = [];
  const base = fork(world, `generated:${family}:${at}:${world.nextProductInquiryId}:${world.nextCallCenterId}`);
  for (let i = 0; i < count; i++) {
    const rng = base.fork(`n:${i}`);
    out.push(family === 'product' ? arriveProduct(world, rng, at, false) : arriveCallCenter(world, rng, at, false, kind));
  }
  return out;
}

// ---------------------------------------------------------------- states and transitions

export type ProductStatus = 'NOANSWER' | 'ANSWERED';
/** cs.json partnerCounselingStatus values other than NONE (= all). */
export type CallCenterStatus = 'NO_ANSWER' | 'TRANSFER' | 'ANSWER';

export function productStatus(inquiry: ProductInquiry): ProductStatus {
  return inquiry.answer ? 'ANSWERED' : 'NOANSWER';
}

export function callCenterStatus(inquiry: CallCenterInquiry): CallCenterStatus {
  if (inquiry.outcome !== 'open') return 'ANSWER';
  return inquiry.kind === 'answer' ? 'NO_ANSWER' : 'TRANSFER';
}

/** When an open call-center inquiry closes on its own (rules 92, 93). */
export function deadlineOf(inquiry: CallCenterInquiry): number {
  return inquiry.transfer.at + AUTO_CLOSE_MS;
}

/** cs.replyProductInquiry accepted: the one answer (rule 89: never edited or deleted). */
export function answerProduct(world: InquiryWorld, inquiry: ProductInquiry, content: string, by: string, at: number): void {
  const inquiryCommentId = String(world.nextCommentId);
  world.nextCommentId += 1 + (deriveSeed(world.seed, `comment:${inquiryCommentId}`) % 700);
  inquiry.answer = { inquiryCommentId, content, at, by };
}

/** cs.replyCallCenterInquiry accepted: the seller's post under the transfer post. */
export function replyCallCenter(world: InquiryWorld, inquiry: CallCenterInquiry, content: string, by: string, at: number): CallCenterReply {
  const answerId = String(world.nextAnswerId);
  world.nextAnswerId += 1 + (deriveSeed(world.seed, `reply:${answerId}`) % 900);
  // The docs do not say what the receptionist fields hold on a seller's post: the WING login.
  const reply: CallCenterReply = { answerId, parentAnswerId: inquiry.transfer.answerId, answerType: 'vendor', receptionistName: by, receptionist: by, content, at };
  inquiry.replies.push(reply);
  inquiry.outcome = 'answered';
  inquiry.closedAt = at;
  return reply;
}

/** cs.confirmCallCenterInquiry accepted (판매자확인). */
export function confirmCallCenter(inquiry: CallCenterInquiry, at: number): void {
  inquiry.outcome = 'confirmed';
  inquiry.closedAt = at;
}
