// The order world of one vendor: indexes, ID allocation, and every state change an order sheet
// can go through, whether a customer, a courier, the simulated seller of the seeded past or an
// API call causes it. Routes and seeding only ever change sheets through these functions, so the
// indexes, histories and receipts stay consistent.
import { kstDate, kstParts } from '../../clock';
import { deriveSeed, type Rng } from '../../rng';
import { ExchangeBook } from '../exchanges/book';
import { ReceiptBook } from '../returns/book';
import { applyClaimEvent, planAfterDelivery } from '../returns/claims';
import { CUSTOMER_CANCEL_REASONS, type CustomerReason } from '../returns/reasons';
import { NO_PICKUP, type Receipt, type ReceiptItem, type ReceiptOrigin, type ReceiptReason, type ReceiptStatus, type ReceiptType } from '../returns/types';
import { buildCatalogue } from './catalogue';
import { EventQueue, type OrderEvent } from './events';
import { koreanName, movedReceiver, PARCEL_MESSAGES, person, receiverAt, REFERS } from './people';
import type { OrderDraft, OrderSheet, OrdersState, Receiver, SheetItem, SheetStatus } from './types';
import { SHEET_STATUSES } from './types';

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** rules-orders.md 14: a paid order reaches the list queries about 10 minutes later. */
export const LIST_DELAY_MS = 10 * MINUTE;
/** rules-orders.md 38: waybill numbers are checked for reuse within 6 months. */
export const INVOICE_REUSE_WINDOW_MS = 183 * DAY;
/** Real sheets show the purchase confirmation about 7 days after delivery. */
export const CONFIRM_AFTER_MS = 7 * DAY;

/** Relative order volume per KST hour: quiet nights, lunch and evening peaks. */
const HOUR_WEIGHTS = [0.3, 0.2, 0.1, 0.1, 0.1, 0.2, 0.4, 0.7, 1.0, 1.2, 1.4, 1.5, 1.6, 1.5, 1.4, 1.4, 1.3, 1.3, 1.4, 1.6, 1.8, 1.9, 1.6, 0.9];
const WEIGHT_SUM = HOUR_WEIGHTS.reduce((a, b) => a + b, 0);

/** The simulated seller's couriers; DIRECT is rare (it never completes tracking). */
const SELLER_COURIERS: ReadonlyArray<readonly [string, number]> = [
  ['CJGLS', 0.55],
  ['HANJIN', 0.15],
  ['HYUNDAI', 0.12],
  ['KGB', 0.08],
  ['EPOST', 0.06],
  ['DIRECT', 0.04],
];
/** Waybill lengths the simulated seller generates (within carriers.json's rules). */
const WAYBILL_DIGITS: Record<string, number> = { CJGLS: 12, HANJIN: 12, HYUNDAI: 12, KGB: 11, EPOST: 13 };

// ---------------------------------------------------------------- state

export function newWorld(vendorId: string, rng: Rng, startTime: number, arrivalsPerDay: number): OrdersState {
  const idRng = rng.fork('ids');
  return {
    vendorId,
    random: rng,
    hashSeed: rng.int(0, 0xffffffff),
    idRng,
    catalogue: buildCatalogue(rng.fork('catalogue')),
    sheets: [],
    bySheetId: new Map(),
    byOrderId: new Map(),
    buckets: null,
    events: new EventQueue(),
    arrivalsPerDay,
    startTime,
    plannedSlots: 0,
    advancedTo: startTime,
    nextOrderSeq: idRng.int(150_000_000, 180_000_000),
    nextPaymentSeq: idRng.int(240_000_000, 260_000_000),
    // 18 digits since 2024-11 (rules-orders.md 7), increasing with time.
    nextShipmentBoxId: 660_000_000_000_000_000n + BigInt(idRng.int(0, 9_000_000)) * 1_000_000_000n + BigInt(idRng.int(0, 999_999_999)),
    invoices: new Map(),
    receipts: new ReceiptBook(rng.fork('receipts')),
    exchanges: new ExchangeBook(rng.fork('exchanges')),
  };
}

/**
 * One integer in [min, max] named by `label`: like `state.random.fork(label).int(min, max)`
 * (independent of call order) without allocating an Rng for a single draw. mulberry32's first
 * output, inlined.
 */
export function hashInt(state: OrdersState, label: string, min: number, max: number): number {
  let t = (deriveSeed(state.hashSeed, label) + 0x6d2b79f5) >>> 0;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  const unit = ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  return min + Math.floor(unit * (max - min + 1));
}

// ---------------------------------------------------------------- indexes

/** Sort and paging key: paidAt (13 digits) then the 18-digit shipmentBoxId. */
export function sheetKey(sheet: OrderSheet): string {
  return String(sheet.paidAt).padStart(13, '0') + sheet.shipmentBoxId;
}

export function keyAt(paidAt: number): string {
  return String(Math.max(0, paidAt)).padStart(13, '0');
}

export function lowerBound(sheets: readonly OrderSheet[], key: string): number {
  let lo = 0;
  let hi = sheets.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sheetKey(sheets[mid]) < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Same order as sheetKey, without building strings (IDs all have 18 digits). */
function compareSheets(a: OrderSheet, b: OrderSheet): number {
  return a.paidAt - b.paidAt || (a.shipmentBoxId < b.shipmentBoxId ? -1 : a.shipmentBoxId > b.shipmentBoxId ? 1 : 0);
}

function insertSheet(state: OrdersState, sheet: OrderSheet): void {
  const last = state.sheets[state.sheets.length - 1];
  // Arrivals come in time order, so this is nearly always an append.
  if (!last || compareSheets(last, sheet) <= 0) state.sheets.push(sheet);
  else state.sheets.splice(lowerBound(state.sheets, sheetKey(sheet)), 0, sheet);
  state.bySheetId.set(sheet.shipmentBoxId, sheet);
  const siblings = state.byOrderId.get(sheet.orderId);
  if (siblings) siblings.push(sheet);
  else state.byOrderId.set(sheet.orderId, [sheet]);
  state.buckets = null;
}

/** Listed sheets per status, rebuilt on demand after changes (one O(n) pass). */
export function buckets(state: OrdersState): Map<SheetStatus, OrderSheet[]> {
  if (state.buckets) return state.buckets;
  const map = new Map<SheetStatus, OrderSheet[]>(SHEET_STATUSES.map((s) => [s, []]));
  for (const sheet of state.sheets) if (!sheet.removed) map.get(sheet.status)!.push(sheet);
  state.buckets = map;
  return map;
}

export function setStatus(state: OrdersState, sheet: OrderSheet, status: SheetStatus, at: number): void {
  sheet.status = status;
  sheet.history.push({ status, at });
  sheet.updatedAt = at;
  state.buckets = null;
}

export function removeSheet(state: OrdersState, sheet: OrderSheet, why: 'cancelled' | 'returned', at: number): void {
  sheet.removed = why;
  sheet.updatedAt = at;
  state.buckets = null;
}

// ---------------------------------------------------------------- quantities

export function shippable(item: SheetItem): number {
  return item.shippingCount - item.cancelCount - item.holdCountForCancel;
}

export function fullyCancelled(sheet: OrderSheet): boolean {
  return sheet.items.every((i) => i.cancelCount >= i.shippingCount);
}

export function refundPending(sheet: OrderSheet): boolean {
  return sheet.items.some((i) => i.holdCountForCancel > 0);
}

/** Release-stop requests (RU) the seller has not answered yet, for this sheet. */
export function openReleaseStops(state: OrdersState, sheet: OrderSheet): Receipt[] {
  return state.receipts.forOrder(sheet.orderId).filter((r) => r.receiptStatus === 'RELEASE_STOP_UNCHECKED' && r.items.some((i) => i.shipmentBoxId === sheet.shipmentBoxId));
}

// ---------------------------------------------------------------- IDs

function allocateOrderIds(state: OrdersState): { orderId: string; paymentId: string } {
  // Real orderIds are "<1-32>100<9 digits>" (13-14 digits); the paymentId shares the prefix.
  const prefix = state.idRng.int(1, 32);
  const orderId = `${prefix}100${String(state.nextOrderSeq).padStart(9, '0')}`;
  const paymentId = `${prefix}100${String(state.nextPaymentSeq).padStart(9, '0')}`;
  state.nextOrderSeq += state.idRng.int(1, 40);
  state.nextPaymentSeq += state.idRng.int(1, 60);
  return { orderId, paymentId };
}

export function allocateShipmentBoxId(state: OrdersState): string {
  const id = String(state.nextShipmentBoxId);
  state.nextShipmentBoxId += BigInt(state.idRng.int(1, 4_000_000_000));
  return id;
}

// ---------------------------------------------------------------- drafts

function poisson(rng: Rng, lambda: number): number {
  if (lambda <= 0) return 0;
  if (lambda > 30) return Math.max(0, Math.round(lambda + Math.sqrt(lambda) * (rng.next() + rng.next() + rng.next() - 1.5) * 2));
  const limit = Math.exp(-lambda);
  let k = 0;
  let p = rng.next();
  while (p > limit) {
    k++;
    p *= rng.next();
  }
  return k;
}

/** A KST hour drawn with HOUR_WEIGHTS. */
function weightedHour(rng: Rng): number {
  let x = rng.next() * WEIGHT_SUM;
  for (let h = 0; h < 24; h++) {
    x -= HOUR_WEIGHTS[h];
    if (x < 0) return h;
  }
  return 23;
}

/** `count` payment times in [from, to), following the daily rhythm. */
export function sampleTimes(rng: Rng, count: number, from: number, to: number): number[] {
  const out: number[] = [];
  const days = Math.max(1, Math.ceil((to - from) / DAY));
  for (let i = 0; i < count; i++) {
    for (let tries = 0; ; tries++) {
      const day = rng.int(0, days);
      const hour = weightedHour(rng);
      const kstMidnight = startOfKstDayUtc(from) + day * DAY;
      const t = kstMidnight + hour * HOUR + rng.int(0, HOUR - 1);
      if ((t >= from && t < to) || tries > 20) {
        out.push(Math.min(Math.max(t, from), to - 1));
        break;
      }
    }
  }
  return out.sort((a, b) => a - b);
}

function startOfKstDayUtc(ms: number): number {
  const p = kstParts(ms);
  return Date.UTC(p.year, p.month - 1, p.day) - 9 * HOUR;
}

/** Planned ship date: `lead` business days after payment, one more when paid after 15:00 KST. */
function estimatedShippingDate(paidAt: number, lead: number): string {
  let t = paidAt;
  let days = lead + (kstParts(paidAt).hour >= 15 ? 1 : 0);
  while (days > 0) {
    t += DAY;
    const weekday = new Date(t + 9 * HOUR).getUTCDay();
    if (weekday !== 0 && weekday !== 6) days--;
  }
  return kstDate(t);
}

function pickWeighted<T>(rng: Rng, table: ReadonlyArray<readonly [T, number]>): T {
  let x = rng.next();
  for (const [value, weight] of table) {
    x -= weight;
    if (x < 0) return value;
  }
  return table[table.length - 1][0];
}

export interface DraftOptions {
  /** Seeded past: the simulated seller acknowledges, ships and answers release stops. */
  autopilot: boolean;
  /** Customers may change the address or cancel. */
  customerEvents: boolean;
}

export function drawDraft(state: OrdersState, rng: Rng, paidAt: number, opts: DraftOptions): OrderDraft {
  const orderer = person(rng);
  const recipient = rng.bool(0.7) ? orderer : { name: koreanName(rng), safeNumber: orderer.safeNumber };
  const { receiver, remote } = receiverAt(rng, recipient);

  const lines = pickWeighted(rng, [[1, 0.65], [2, 0.2], [3, 0.09], [4, 0.04], [5, 0.01], [6, 0.01]] as const);
  const chosen = new Set<number>();
  while (chosen.size < lines) chosen.add(rng.int(0, state.catalogue.length - 1));
  const items = [...chosen].map((index) => {
    const product = state.catalogue[index];
    const count = pickWeighted(rng, [[1, 0.75], [2, 0.15], [3, 0.04], [4, 0.02], [5, 0.02], [10, 0.01], [20, 0.01]] as const);
    // Real sheets: mostly no discount, sometimes a downloadable coupon of a few hundred won.
    const coupon = rng.bool(0.1) ? Math.min(product.salesPrice * count, rng.int(1, 10) * 100) : 0;
    return { product, count, downloadableCouponDiscount: coupon, instantCouponDiscount: 0 };
  });
  // rules-orders.md 15: one order can ship in several boxes (e.g. different outbound places).
  const boxes = items.length >= 2 && rng.bool(0.12) ? [items.slice(0, 1), items.slice(1)] : [items];

  const addressChange = opts.customerEvents && rng.bool(0.06) ? { after: rng.int(3, 120) * MINUTE, receiver: movedReceiver(rng, receiver) } : null;
  const customerCancel = opts.customerEvents && rng.bool(0.05)
    ? { after: rng.bool(0.55) ? rng.int(6, 360) * MINUTE : rng.int(6, 40) * HOUR, partial: rng.bool(0.3), reason: rng.int(0, CUSTOMER_CANCEL_REASONS.length - 1) }
    : null;

  return {
    orderedAt: paidAt - rng.int(1, 40) * 1000 - rng.int(0, 999),
    paidAt,
    orderer,
    receiver,
    remotePrice: remote,
    parcelPrintMessage: rng.pick(PARCEL_MESSAGES),
    refer: rng.pick(REFERS),
    boxes,
    addressChange,
    customerCancel,
    autopilot: opts.autopilot,
    seller: {
      ackAfter: rng.int(20, 18 * 60) * MINUTE,
      invoiceAfter: rng.int(60, 30 * 60) * MINUTE,
      courier: pickWeighted(rng, SELLER_COURIERS),
      stuck: rng.bool(0.01),
    },
    safeNumberExpires: rng.bool(0.75),
  };
}

// ---------------------------------------------------------------- orders

export function createOrder(state: OrdersState, draft: OrderDraft): OrderSheet[] {
  const { orderId, paymentId } = allocateOrderIds(state);
  const sheets = draft.boxes.map((box) => {
    const items: SheetItem[] = box.map((line) => ({
      product: line.product,
      shippingCount: line.count,
      cancelCount: 0,
      holdCountForCancel: 0,
      salesPrice: line.product.salesPrice,
      instantCouponDiscount: line.instantCouponDiscount,
      downloadableCouponDiscount: line.downloadableCouponDiscount,
      coupangDiscount: 0,
      estimatedShippingDate: estimatedShippingDate(draft.paidAt, line.product.leadDays),
      plannedShippingDate: '',
      invoiceNumberUploadDate: null,
    }));
    const sheet: OrderSheet = {
      shipmentBoxId: allocateShipmentBoxId(state),
      orderId,
      paymentId,
      orderedAt: draft.orderedAt,
      paidAt: draft.paidAt,
      status: 'ACCEPT',
      orderer: draft.orderer,
      receiver: draft.receiver,
      shippingPrice: Math.max(0, ...items.map((i) => i.product.shippingFee)),
      remotePrice: draft.remotePrice,
      remoteArea: draft.remotePrice > 0,
      parcelPrintMessage: draft.parcelPrintMessage,
      splitShipping: false,
      // rules-orders.md 48: a single-item shipment cannot be split.
      ableSplitShipping: items.length >= 2,
      items,
      deliveryCompanyCode: '',
      invoiceNumber: '',
      inTransitAt: null,
      deliveredAt: null,
      refer: draft.refer,
      history: [{ status: 'ACCEPT', at: draft.paidAt }],
      removed: null,
      updatedAt: draft.paidAt,
      trackingVersion: 0,
      stuck: draft.autopilot && draft.seller.stuck,
      safeNumberExpires: draft.safeNumberExpires,
      autopilot: draft.autopilot,
    };
    insertSheet(state, sheet);
    return sheet;
  });

  if (draft.addressChange) state.events.push(draft.paidAt + draft.addressChange.after, { kind: 'address', orderId, receiver: draft.addressChange.receiver });
  if (draft.customerCancel) state.events.push(draft.paidAt + draft.customerCancel.after, { kind: 'customerCancel', orderId, partial: draft.customerCancel.partial, reason: draft.customerCancel.reason });
  if (draft.autopilot) {
    const ackAt = draft.paidAt + draft.seller.ackAfter;
    if (ackAt < state.startTime) {
      for (const sheet of sheets) state.events.push(ackAt, { kind: 'sellerAck', shipmentBoxId: sheet.shipmentBoxId, invoiceAfter: draft.seller.invoiceAfter, courier: draft.seller.courier });
    }
  }
  return sheets;
}

// ---------------------------------------------------------------- customers

/** rules-orders.md 20: the address can change only while the order is ACCEPT. */
export function changeAddress(state: OrdersState, orderId: string, receiver: Receiver, at: number): boolean {
  const sheets = (state.byOrderId.get(orderId) ?? []).filter((s) => !s.removed);
  if (sheets.length === 0 || sheets.some((s) => s.status !== 'ACCEPT')) return false;
  for (const sheet of sheets) {
    sheet.receiver = { ...receiver };
    sheet.updatedAt = at;
  }
  return true;
}

export interface CancelLine {
  sheet: OrderSheet;
  item: SheetItem;
  count: number;
}

/**
 * A customer cancels (part of) an order. ACCEPT items are cancelled and refunded (a partial
 * cancel holds the quantity until the refund completes, rules-orders.md 31); INSTRUCT items
 * become a release-stop request (RU) that is refunded at once (order-states.json INSTRUCT).
 * Later states would be returns, which this sandbox does not start on its own.
 */
export function customerCancel(state: OrdersState, orderId: string, lines: CancelLine[], reasonIndex: number, at: number, stopAfter?: number): Receipt[] {
  const reason = CUSTOMER_CANCEL_REASONS[reasonIndex % CUSTOMER_CANCEL_REASONS.length];
  const accept = lines.filter((l) => l.sheet.status === 'ACCEPT' && l.count > 0);
  const instruct = lines.filter((l) => l.sheet.status === 'INSTRUCT' && l.count > 0);
  const out: Receipt[] = [];
  if (accept.length) {
    for (const sheet of new Set(accept.map((l) => l.sheet))) {
      const mine = accept.filter((l) => l.sheet === sheet);
      const whole = sheet.items.every((i) => shippable(i) === mine.filter((l) => l.item === i).reduce((n, l) => n + l.count, 0));
      for (const line of mine) {
        if (whole) {
          // Cancelling the whole shipment is refunded at once: it simply leaves the lists.
          line.item.cancelCount += line.count;
        } else {
          line.item.holdCountForCancel += line.count;
          const after = hashInt(state, `refund:${sheet.shipmentBoxId}:${at}`, 5, 40) * MINUTE;
          state.events.push(at + after, { kind: 'refundDone', shipmentBoxId: sheet.shipmentBoxId, vendorItemId: line.item.product.vendorItemId, count: line.count });
        }
      }
      sheet.updatedAt = at;
    }
    for (const sheet of new Set(accept.map((l) => l.sheet))) if (fullyCancelled(sheet)) removeSheet(state, sheet, 'cancelled', at);
    out.push(addReceipt(state, { origin: 'customer-cancel', type: 'CANCEL', status: 'RETURNS_COMPLETED', at, lines: accept, reason, releaseStatus: 'N', releaseStopStatus: '비대상', user: 'frontWEBMobile' }));
  }
  if (instruct.length) {
    for (const line of instruct) {
      line.item.cancelCount += line.count;
      line.sheet.updatedAt = at;
    }
    const receipt = addReceipt(state, { origin: 'customer-release-stop', type: 'RETURN', status: 'RELEASE_STOP_UNCHECKED', at, lines: instruct, reason, releaseStatus: 'N', releaseStopStatus: '미처리', user: 'frontWEBMobile' });
    out.push(receipt);
    if (stopAfter !== undefined && instruct.every((l) => l.sheet.autopilot) && at + stopAfter < state.startTime) {
      state.events.push(at + stopAfter, { kind: 'sellerStop', receiptId: receipt.receiptId });
    }
  }
  return out;
}

/** The lines a random customer cancel of `orderId` covers: everything, or one unit-range of one item. */
export function drawCancelLines(state: OrdersState, orderId: string, partial: boolean, at: number): CancelLine[] {
  const sheets = (state.byOrderId.get(orderId) ?? []).filter((s) => !s.removed && (s.status === 'ACCEPT' || s.status === 'INSTRUCT'));
  const all = sheets.flatMap((sheet) => sheet.items.filter((i) => shippable(i) > 0).map((item) => ({ sheet, item, count: shippable(item) })));
  const units = all.reduce((n, l) => n + l.count, 0);
  if (!partial || units < 2) return all;
  const rng = state.random.fork(`partial:${orderId}:${at}`);
  const line = all[rng.int(0, all.length - 1)];
  const count = line.count === units ? rng.int(1, line.count - 1) : rng.int(1, line.count);
  return [{ ...line, count }];
}

// ---------------------------------------------------------------- receipts

interface NewReceipt {
  origin: ReceiptOrigin;
  type: ReceiptType;
  status: ReceiptStatus;
  at: number;
  lines: CancelLine[];
  reason: CustomerReason | { reason: ReceiptReason; faultByType: Receipt['faultByType'] };
  releaseStatus: ReceiptItem['releaseStatus'];
  releaseStopStatus: string;
  user: string;
  returnShippingCharge?: number;
}

export function addReceipt(state: OrdersState, r: NewReceipt): Receipt {
  const first = r.lines[0].sheet;
  const completed = r.status === 'RETURNS_COMPLETED';
  const receipt: Receipt = {
    receiptId: state.receipts.allocateReceiptId(),
    orderId: first.orderId,
    paymentId: first.paymentId,
    receiptType: r.type,
    receiptStatus: r.status,
    origin: r.origin,
    createdAt: r.at,
    modifiedAt: r.at,
    requester: { name: first.receiver.name, phone: first.receiver.safeNumber, address: first.receiver.addr1, addressDetail: first.receiver.addr2, zipCode: first.receiver.postCode },
    reason: { ...r.reason.reason },
    faultByType: r.reason.faultByType,
    preRefund: false,
    releaseStopStatus: r.releaseStopStatus,
    completeConfirmType: completed ? (r.origin.startsWith('seller') ? 'VENDOR_CONFIRM' : 'CS_CONFIRM') : 'UNDEFINED',
    completeConfirmDate: completed ? r.at : null,
    returnDeliveryId: state.receipts.allocateReturnDeliveryId(),
    // Real release-stop receipts say 연동택배 even though nothing is picked up.
    returnDeliveryType: '연동택배',
    returnDeliveryDtos: [],
    returnShippingCharge: r.returnShippingCharge ?? 0,
    enclosePrice: 0,
    items: r.lines.map(({ sheet, item, count }) => ({
      shipmentBoxId: sheet.shipmentBoxId,
      vendorItemId: item.product.vendorItemId,
      vendorItemName: item.product.vendorItemName,
      vendorItemPackageName: item.product.displayName,
      sellerProductId: item.product.sellerProductId,
      sellerProductName: item.product.sellerProductName,
      purchaseCount: item.shippingCount,
      cancelCount: count,
      releaseStatus: r.releaseStatus,
      cancelCompleteUser: r.user,
    })),
    fastRefund: false,
    pickup: { ...NO_PICKUP },
    confirmedAt: null,
    withdrawn: null,
  };
  return state.receipts.add(receipt);
}

/**
 * A receipt reached RETURNS_COMPLETED: sheets whose every item is cancelled leave the order
 * lists (rules-orders.md 22) and their single query answers 400 from then on. Later receipt
 * kinds (returns, exchanges) call this too.
 */
export function receiptCompleted(state: OrdersState, receipt: Receipt, at: number): void {
  receipt.receiptStatus = 'RETURNS_COMPLETED';
  receipt.modifiedAt = at;
  for (const id of new Set(receipt.items.map((i) => i.shipmentBoxId))) {
    const sheet = state.bySheetId.get(id);
    if (sheet && !sheet.removed && fullyCancelled(sheet)) removeSheet(state, sheet, 'returned', at);
  }
}

/** orders.stopShipment: the seller did not ship; the receipt completes (real: 처리(출고중지), S). */
export function completeReleaseStop(state: OrdersState, receipt: Receipt, at: number): void {
  receipt.releaseStopStatus = '처리(출고중지)';
  for (const item of receipt.items) item.releaseStatus = 'S';
  receipt.completeConfirmType = 'VENDOR_CONFIRM';
  receipt.completeConfirmDate = at;
  receiptCompleted(state, receipt, at);
}

/**
 * orders.markAlreadyShipped: the goods left anyway, so the case goes on as a return (반품접수,
 * the documented example shows RETURNS_UNCHECKED with 처리(이미출고)); the sheet gets the waybill.
 * The workflow page says such orders end in 반품완료, which the return itself leads to later.
 */
export function markShipped(state: OrdersState, receipt: Receipt, courier: string, invoiceNumber: string, at: number): void {
  receipt.receiptStatus = 'RETURNS_UNCHECKED';
  receipt.releaseStopStatus = '처리(이미출고)';
  receipt.modifiedAt = at;
  for (const item of receipt.items) item.releaseStatus = 'A';
  for (const id of new Set(receipt.items.map((i) => i.shipmentBoxId))) {
    const sheet = state.bySheetId.get(id);
    if (sheet && sheet.status === 'INSTRUCT') registerInvoice(state, sheet, courier, invoiceNumber, at);
  }
}

/**
 * Split shipping (rules-orders.md 46): the items shipped first move to a new shipmentBoxId of
 * the same order; the rest stays in the original box. The shipping fee was charged once, on
 * the original box.
 */
export function splitOffSheet(state: OrdersState, sheet: OrderSheet, items: SheetItem[], shipmentBoxId: string, at: number): OrderSheet {
  sheet.items = sheet.items.filter((i) => !items.includes(i));
  sheet.updatedAt = at;
  const part: OrderSheet = {
    ...sheet,
    shipmentBoxId,
    receiver: { ...sheet.receiver },
    items,
    splitShipping: true,
    ableSplitShipping: false,
    shippingPrice: 0,
    remotePrice: 0,
    deliveryCompanyCode: '',
    invoiceNumber: '',
    inTransitAt: null,
    deliveredAt: null,
    history: sheet.history.map((h) => ({ ...h })),
    removed: null,
    updatedAt: at,
    trackingVersion: 0,
  };
  insertSheet(state, part);
  return part;
}

// ---------------------------------------------------------------- invoices and couriers

function sameRecipient(a: Receiver, b: Receiver): boolean {
  return a.name === b.name && a.addr1 === b.addr1 && a.addr2 === b.addr2;
}

/**
 * rules-orders.md 38: a waybill number used in the last 6 months may only be reused for the
 * same recipient (name and address); re-sending it for its own box is fine.
 */
export function invoiceConflict(state: OrdersState, sheet: OrderSheet, invoiceNumber: string, at: number): boolean {
  const use = state.invoices.get(invoiceNumber);
  return !!use && use.at > at - INVOICE_REUSE_WINDOW_MS && use.sheet !== sheet && !sameRecipient(use.sheet.receiver, sheet.receiver);
}

/**
 * Waybill registered: DEPARTURE (rules-orders.md 37) and tracking from then on. DIRECT waybills
 * cannot be tracked, so they become NONE_TRACKING at once and never complete (rules 40).
 */
export function registerInvoice(state: OrdersState, sheet: OrderSheet, courier: string, invoiceNumber: string, at: number): void {
  sheet.deliveryCompanyCode = courier;
  sheet.invoiceNumber = invoiceNumber;
  sheet.inTransitAt = null;
  sheet.deliveredAt = null;
  sheet.trackingVersion++;
  for (const item of sheet.items) item.invoiceNumberUploadDate = at;
  setStatus(state, sheet, 'DEPARTURE', at);
  state.invoices.set(invoiceNumber, { sheet, at });
  if (courier === 'DIRECT') {
    setStatus(state, sheet, 'NONE_TRACKING', at);
    return;
  }
  state.events.push(at + hashInt(state, `track:${sheet.shipmentBoxId}:${sheet.trackingVersion}`, 3 * 60, 14 * 60) * MINUTE, { kind: 'courier', shipmentBoxId: sheet.shipmentBoxId, version: sheet.trackingVersion, to: 'DELIVERING' });
}

function courierScan(state: OrdersState, ev: Extract<OrderEvent, { kind: 'courier' }>, at: number): void {
  const sheet = state.bySheetId.get(ev.shipmentBoxId);
  if (!sheet || sheet.trackingVersion !== ev.version || sheet.removed) return;
  if (ev.to === 'DELIVERING' && sheet.status === 'DEPARTURE') {
    sheet.inTransitAt = at;
    setStatus(state, sheet, 'DELIVERING', at);
    if (sheet.stuck) return;
    state.events.push(at + hashInt(state, `deliver:${sheet.shipmentBoxId}:${sheet.trackingVersion}`, 18 * 60, 40 * 60) * MINUTE, { ...ev, to: 'FINAL_DELIVERY' });
  } else if (ev.to === 'FINAL_DELIVERY' && sheet.status === 'DELIVERING') {
    sheet.deliveredAt = at;
    setStatus(state, sheet, 'FINAL_DELIVERY', at);
    // Some customers return or exchange what they received (domains/returns/claims.ts).
    planAfterDelivery(state, sheet, at);
  }
}

/** A fresh waybill for the simulated seller, unique within the vendor. */
function generateWaybill(state: OrdersState, courier: string): string {
  for (;;) {
    const digits = WAYBILL_DIGITS[courier] ?? state.idRng.int(9, 12);
    const number = String(state.idRng.int(1, 9)) + state.idRng.digits(digits - 1);
    if (!state.invoices.has(number)) return number;
  }
}

// ---------------------------------------------------------------- time

/** Queues the arrivals of every hour slot that has started by `now`. */
function planArrivals(state: OrdersState, now: number): void {
  if (state.arrivalsPerDay <= 0) return;
  while (state.startTime + state.plannedSlots * HOUR <= now) {
    const slot = state.plannedSlots++;
    const slotStart = state.startTime + slot * HOUR;
    const rng = state.random.fork(`slot:${slot}`);
    const lambda = (state.arrivalsPerDay * HOUR_WEIGHTS[kstParts(slotStart).hour]) / WEIGHT_SUM;
    const n = poisson(rng, lambda);
    const times = Array.from({ length: n }, () => slotStart + rng.int(0, HOUR - 1)).sort((a, b) => a - b);
    times.forEach((paidAt, i) => state.events.push(paidAt, { kind: 'arrive', label: `slot:${slot}:order:${i}`, autopilot: false }));
  }
}

function apply(state: OrdersState, at: number, ev: OrderEvent): void {
  switch (ev.kind) {
    case 'arrive':
      createOrder(state, drawDraft(state, state.random.fork(ev.label), at, { autopilot: ev.autopilot, customerEvents: true }));
      return;
    case 'address':
      changeAddress(state, ev.orderId, ev.receiver, at);
      return;
    case 'customerCancel': {
      const lines = drawCancelLines(state, ev.orderId, ev.partial, at);
      if (lines.length) customerCancel(state, ev.orderId, lines, ev.reason, at, hashInt(state, `stop:${ev.orderId}`, 30, 20 * 60) * MINUTE);
      return;
    }
    case 'refundDone': {
      const sheet = state.bySheetId.get(ev.shipmentBoxId);
      const item = sheet?.items.find((i) => i.product.vendorItemId === ev.vendorItemId);
      if (!sheet || !item) return;
      const moved = Math.min(ev.count, item.holdCountForCancel);
      item.holdCountForCancel -= moved;
      item.cancelCount += moved;
      sheet.updatedAt = at;
      if (!sheet.removed && fullyCancelled(sheet)) removeSheet(state, sheet, 'cancelled', at);
      return;
    }
    case 'courier':
      courierScan(state, ev, at);
      return;
    case 'sellerAck': {
      const sheet = state.bySheetId.get(ev.shipmentBoxId);
      if (!sheet || sheet.removed || sheet.status !== 'ACCEPT' || refundPending(sheet)) return;
      setStatus(state, sheet, 'INSTRUCT', at);
      if (at + ev.invoiceAfter < state.startTime) state.events.push(at + ev.invoiceAfter, { kind: 'sellerInvoice', shipmentBoxId: sheet.shipmentBoxId, courier: ev.courier });
      return;
    }
    case 'sellerInvoice': {
      const sheet = state.bySheetId.get(ev.shipmentBoxId);
      if (!sheet || sheet.removed || sheet.status !== 'INSTRUCT') return;
      // The simulated seller checks for release-stop requests before shipping (rules-orders.md 50);
      // answering one re-queues the shipment of what is left.
      if (openReleaseStops(state, sheet).length || sheet.items.every((i) => shippable(i) === 0)) return;
      registerInvoice(state, sheet, ev.courier, generateWaybill(state, ev.courier), at);
      return;
    }
    case 'sellerStop': {
      const receipt = state.receipts.get(ev.receiptId);
      if (!receipt || receipt.receiptStatus !== 'RELEASE_STOP_UNCHECKED') return;
      completeReleaseStop(state, receipt, at);
      for (const id of new Set(receipt.items.map((i) => i.shipmentBoxId))) {
        const sheet = state.bySheetId.get(id);
        const next = at + HOUR;
        if (sheet && !sheet.removed && sheet.status === 'INSTRUCT' && next < state.startTime) state.events.push(next, { kind: 'sellerInvoice', shipmentBoxId: id, courier: 'CJGLS' });
      }
      return;
    }
    case 'claim':
      applyClaimEvent(state, ev.event, at);
      return;
  }
}

/** Brings the world to `now`: plans arrivals, then applies every due event in time order. */
export function advance(state: OrdersState, now: number): void {
  planArrivals(state, now);
  while (state.events.peekTime() <= now) {
    const next = state.events.pop()!;
    apply(state, next.at, next.event);
  }
  if (now > state.advancedTo) state.advancedTo = now;
}

/** New orders paid at `paidAt`, without customer events (admin / tests want plain orders). */
export function generateOrders(state: OrdersState, count: number, paidAt: number): OrderSheet[] {
  const rng = state.random.fork(`generated:${paidAt}:${state.nextOrderSeq}`);
  const out: OrderSheet[] = [];
  for (let i = 0; i < count; i++) {
    const draft = drawDraft(state, rng.fork(`order:${i}`), paidAt + i, { autopilot: false, customerEvents: false });
    out.push(...createOrder(state, draft));
  }
  return out;
}

