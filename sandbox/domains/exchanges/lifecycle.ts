// Exchanges (교환), tables/order-states.json `exchange`: the customer's request, the pickup of the
// goods sent back (collectStatus), the seller's receipt confirmation that creates the replacement's
// new shipmentBoxId (RECEIPT → PROGRESS), its waybill (exchanges.uploadInvoice, only once the
// pickup is CompleteCollect), the re-delivery (deliveryStatus) ending in SUCCESS, the seller's
// rejection (SOLDOUT / WITHDRAW → REJECT) and the customer's withdrawal (→ CANCEL).
//
// Imports ../orders/world.ts, which imports this module (through ../returns/claims.ts): nothing
// here may use world.ts's exports at module load.
import { idText, isPlainObject } from '../../json';
import { invoiceNumberValid, usableCourier } from '../orders/carriers';
import { ORDER_MESSAGES } from '../orders/messages';
import { safeNumber } from '../orders/people';
import type { Checked } from '../orders/queries';
import type { OrderSheet, OrdersState } from '../orders/types';
import { allocateShipmentBoxId, hashInt, type CancelLine } from '../orders/world';
import type { ClaimEvent } from '../returns/claims';
import { pickWeighted } from '../returns/lifecycle';
import { EXCHANGE_MESSAGES as M } from './messages';
import { EXCHANGE_REASONS, EXCHANGE_WITHDRAW_REASONS } from './reasons';
import { EXCHANGE_REJECT_CODES, type Exchange, type ExchangeReason, type ExchangeRejectCode } from './types';

const MIN = 60_000;

const bad = (message: string, status = 400): { ok: false; status: number; message: string } => ({ ok: false, status, message });

function push(state: OrdersState, at: number, event: ClaimEvent): void {
  state.events.push(at, { kind: 'claim', event });
}

// ---------------------------------------------------------------- requests

export interface ExchangeOptions {
  reason: ExchangeReason;
  autoPickup: boolean;
  withdrawAfter: number | null;
}

/** A customer asks to exchange delivered goods for the same item (exchangeStatus RECEIPT). */
export function createExchange(state: OrdersState, sheet: OrderSheet, lines: CancelLine[], at: number, opts: ExchangeOptions): Exchange {
  const book = state.exchanges;
  const exchangeId = book.allocateExchangeId();
  const rng = state.random.fork(`exchange-people:${exchangeId}`);
  const exchange: Exchange = {
    exchangeId,
    orderId: sheet.orderId,
    vendorId: state.vendorId,
    exchangeStatus: 'RECEIPT',
    referType: sheet.refer === 'PC웹' ? 'WEB_PC' : 'WEB_MOBILE',
    reason: opts.reason,
    cancelReason: null,
    createdByType: 'CUSTOMER',
    createdAt: at,
    modifiedByType: 'CUSTOMER',
    modifiedAt: at,
    items: lines.map((l) => ({
      exchangeItemId: book.allocateItemId(),
      vendorItemId: l.item.product.vendorItemId,
      vendorItemName: l.item.product.vendorItemName,
      unitPrice: l.item.salesPrice,
      quantity: l.count,
      originalShipmentBoxId: sheet.shipmentBoxId,
    })),
    address: {
      exchangeAddressId: book.allocateAddressId(),
      name: sheet.receiver.name,
      zipCode: sheet.receiver.postCode,
      address: sheet.receiver.addr1,
      addressDetail: sheet.receiver.addr2,
      returnSafeNumber: safeNumber(rng),
      deliverySafeNumber: safeNumber(rng),
      memo: sheet.parcelPrintMessage,
    },
    collectStatus: 'BeforeDirection',
    collectCompleteDate: null,
    returnDeliveries: [],
    returnDeliveryId: book.allocateReturnDeliveryId(),
    autoPickup: opts.autoPickup,
    collectVersion: 0,
    deliveryStatus: 'BeforeDirection',
    shipment: null,
    rejectCode: null,
    orderDeliveryStatusCode: sheet.status,
  };
  book.add(exchange);
  if (opts.autoPickup) push(state, at + hashInt(state, `x-book:${exchangeId}`, 30, 6 * 60) * MIN, { kind: 'exchangeCollect', exchangeId, version: 0, to: 'CompleteDirection' });
  if (opts.withdrawAfter !== null) push(state, at + opts.withdrawAfter, { kind: 'exchangeWithdraw', exchangeId });
  return exchange;
}

export function drawReason(state: OrdersState, label: string): ExchangeReason {
  const rng = state.random.fork(label);
  const row = pickWeighted(rng, EXCHANGE_REASONS);
  return { ...row.reason, detail: rng.pick(row.details) };
}

// ---------------------------------------------------------------- pickup (collectStatus)

function scheduleCollecting(state: OrdersState, exchange: Exchange, at: number): void {
  const after = hashInt(state, `x-collect:${exchange.exchangeId}:${exchange.collectVersion}`, 10 * 60, 36 * 60) * MIN;
  push(state, at + after, { kind: 'exchangeCollect', exchangeId: exchange.exchangeId, version: exchange.collectVersion, to: 'Delivering' });
}

export function onCollect(state: OrdersState, exchangeId: string, version: number, to: 'CompleteDirection' | 'Delivering', at: number): void {
  const exchange = state.exchanges.get(exchangeId);
  if (!exchange || exchange.collectVersion !== version || exchange.exchangeStatus !== 'RECEIPT') return;
  if (to === 'CompleteDirection' && exchange.collectStatus === 'BeforeDirection') {
    const rng = state.random.fork(`x-waybill:${exchangeId}`);
    exchange.returnDeliveries.push({ deliveryCompanyCode: 'CJGLS', deliveryInvoiceNo: String(rng.int(1, 9)) + rng.digits(11) });
    exchange.collectStatus = 'CompleteDirection';
    exchange.modifiedByType = 'TRACKING';
    exchange.modifiedAt = at;
    scheduleCollecting(state, exchange, at);
  } else if (to === 'Delivering' && exchange.collectStatus === 'CompleteDirection') {
    exchange.collectStatus = 'Delivering';
    exchange.modifiedByType = 'TRACKING';
    exchange.modifiedAt = at;
    // The simulated seller of the seeded past confirms once the goods are in.
    const sheet = state.bySheetId.get(exchange.items[0].originalShipmentBoxId);
    const confirmAt = at + hashInt(state, `x-seller:${exchangeId}`, 20 * 60, 60 * 60) * MIN;
    if (sheet?.autopilot && confirmAt < state.startTime) push(state, confirmAt, { kind: 'sellerExchange', exchangeId, step: 'confirm' });
  }
}

/** Before the courier has the goods, the customer may withdraw (→ CANCEL, listed, rules-orders.md H). */
export function canWithdrawExchange(exchange: Exchange): boolean {
  return exchange.exchangeStatus === 'RECEIPT' && (exchange.collectStatus === 'BeforeDirection' || exchange.collectStatus === 'CompleteDirection');
}

export function withdrawExchange(state: OrdersState, exchange: Exchange, at: number): boolean {
  if (!canWithdrawExchange(exchange)) return false;
  exchange.exchangeStatus = 'CANCEL';
  exchange.collectStatus = 'Withdraw';
  exchange.deliveryStatus = 'Withdraw';
  exchange.cancelReason = EXCHANGE_WITHDRAW_REASONS[hashInt(state, `x-withdraw:${exchange.exchangeId}`, 0, EXCHANGE_WITHDRAW_REASONS.length - 1)];
  exchange.modifiedByType = 'CUSTOMER';
  exchange.modifiedAt = at;
  exchange.collectVersion++;
  return true;
}

// ---------------------------------------------------------------- the replacement's box

/**
 * Status of the replacement's box as the invoice API sees it: usable (INSTRUCT) up to 10 minutes
 * after the confirmation (exchanges.json: "may take up to 10 minutes to be usable"; before that
 * the sandbox calls it ACCEPT), DEPARTURE once its waybill is in, then tracking.
 */
export function shipmentStatus(exchange: Exchange, at: number): string {
  const s = exchange.shipment;
  if (!s) return 'NONE';
  if (exchange.deliveryStatus === 'CompleteDelivery') return 'FINAL_DELIVERY';
  if (exchange.deliveryStatus === 'Delivering') return 'DELIVERING';
  if (exchange.deliveryStatus === 'VendorDirect') return 'NONE_TRACKING';
  if (s.invoiceNumber) return 'DEPARTURE';
  return at < s.usableAt ? 'ACCEPT' : 'INSTRUCT';
}

/** Flags of the list (rejectable / deliveryInvoiceModifiable), derived from the documented rules. */
export function exchangeFlags(exchange: Exchange, at: number) {
  const open = exchange.exchangeStatus === 'RECEIPT' || exchange.exchangeStatus === 'PROGRESS';
  return {
    // order-states.json: RECEIPT|PROGRESS → REJECT; not once the replacement is on its way.
    rejectable: open && !exchange.shipment?.invoiceNumber,
    // exchanges.json uploadInvoice: after the confirmation, collectStatus CompleteCollect, box usable.
    deliveryInvoiceModifiable: exchange.exchangeStatus === 'PROGRESS' && exchange.collectStatus === 'CompleteCollect' && shipmentStatus(exchange, at) === 'INSTRUCT',
  };
}

// ---------------------------------------------------------------- seller actions

function checkBody(body: unknown, exchangeId: string, vendorId: string): Checked<Record<string, unknown>> {
  if (!isPlainObject(body)) return bad(ORDER_MESSAGES.bodyRequired('exchangeId'));
  if (body.vendorId !== undefined && body.vendorId !== vendorId) return bad(ORDER_MESSAGES.vendorMismatch);
  const bodyId = idText(body.exchangeId);
  if (bodyId === undefined) return bad(ORDER_MESSAGES.bodyRequired('exchangeId'));
  if (bodyId !== exchangeId) return bad(M.notFound(bodyId));
  return { ok: true, value: body };
}

/**
 * exchanges.confirmReceipt: RECEIPT → PROGRESS, the goods are in (collectStatus CompleteCollect,
 * collectCompleteDate), and the replacement gets a NEW shipmentBoxId (rules-orders.md 80, 86).
 */
export function confirmExchangeReceipt(state: OrdersState, exchangeId: string, body: unknown, vendorId: string, at: number): Checked<Exchange> {
  const checked = checkBody(body, exchangeId, vendorId);
  if (!checked.ok) return checked;
  const exchange = state.exchanges.get(exchangeId);
  if (!exchange) return bad(M.notFound(exchangeId));
  if (exchange.exchangeStatus !== 'RECEIPT') return bad(M.notReceipt(exchangeId, exchange.exchangeStatus));
  exchange.exchangeStatus = 'PROGRESS';
  exchange.collectStatus = 'CompleteCollect';
  exchange.collectCompleteDate = at;
  exchange.collectVersion++;
  exchange.modifiedByType = 'VENDOR';
  exchange.modifiedAt = at;
  exchange.shipment = {
    shipmentBoxId: allocateShipmentBoxId(state),
    createdAt: at,
    usableAt: at + hashInt(state, `x-usable:${exchangeId}`, 1, 10) * MIN,
    deliveryCompanyCode: '',
    invoiceNumber: '',
    invoiceUploadedAt: null,
    deliveredAt: null,
    version: 0,
  };
  return { ok: true, value: exchange };
}

/** exchanges.reject: only SOLDOUT or WITHDRAW (rules-orders.md 83), while rejectable → REJECT. */
export function rejectExchange(state: OrdersState, exchangeId: string, body: unknown, vendorId: string, at: number): Checked<Exchange> {
  const checked = checkBody(body, exchangeId, vendorId);
  if (!checked.ok) return checked;
  const code = checked.value.exchangeRejectCode;
  if (typeof code !== 'string' || code === '') return bad(ORDER_MESSAGES.bodyRequired('exchangeRejectCode'));
  if (!(EXCHANGE_REJECT_CODES as readonly string[]).includes(code)) return bad(M.badRejectCode(code));
  const exchange = state.exchanges.get(exchangeId);
  if (!exchange) return bad(M.notFound(exchangeId));
  if (!exchangeFlags(exchange, at).rejectable) return bad(M.notRejectable(exchangeId, exchange.exchangeStatus));
  exchange.exchangeStatus = 'REJECT';
  exchange.rejectCode = code as ExchangeRejectCode;
  exchange.modifiedByType = 'VENDOR';
  exchange.modifiedAt = at;
  exchange.collectVersion++;
  if (exchange.shipment) exchange.shipment.version++;
  return { ok: true, value: exchange };
}

export interface ExchangeInvoiceLine {
  exchangeId: string;
  shipmentBoxId: string;
  goodsDeliveryCode: string;
  invoiceNumber: string;
}

/** The body is a JSON array of {exchangeId, vendorId, goodsDeliveryCode, invoiceNumber, shipmentBoxId}. */
export function parseExchangeInvoiceBody(body: unknown, exchangeId: string, vendorId: string): Checked<ExchangeInvoiceLine[]> {
  if (!Array.isArray(body) || body.length === 0) return bad(M.arrayRequired);
  const out: ExchangeInvoiceLine[] = [];
  for (const el of body) {
    if (!isPlainObject(el)) return bad(M.arrayRequired);
    if (el.vendorId !== undefined && el.vendorId !== vendorId) return bad(ORDER_MESSAGES.vendorMismatch);
    const id = idText(el.exchangeId);
    if (id === undefined) return bad(ORDER_MESSAGES.bodyRequired('exchangeId'));
    if (id !== exchangeId) return bad(M.notFound(id));
    const box = idText(el.shipmentBoxId);
    if (box === undefined) return bad(ORDER_MESSAGES.bodyRequired('shipmentBoxId'));
    const code = typeof el.goodsDeliveryCode === 'string' ? el.goodsDeliveryCode.trim() : '';
    if (!code) return bad(ORDER_MESSAGES.bodyRequired('goodsDeliveryCode'));
    const invoiceNumber = typeof el.invoiceNumber === 'string' ? el.invoiceNumber.trim() : (idText(el.invoiceNumber) ?? '');
    if (!invoiceNumber) return bad(ORDER_MESSAGES.bodyRequired('invoiceNumber'));
    out.push({ exchangeId: id, shipmentBoxId: box, goodsDeliveryCode: code, invoiceNumber });
  }
  return { ok: true, value: out };
}

export type InvoiceOutcome = { ok: true } | { ok: false; status: number; message: string } | { ok: false; status: 200; fail: string };

/**
 * exchanges.uploadInvoice: only after the receipt confirmation, with collectStatus CompleteCollect
 * (rules-orders.md 81), on the NEW box: any other box (originalShipmentBoxId) is refused with the
 * FAQ's applyInvoice text inside an HTTP 200 answer (rules 82); so is the new box in its first
 * minutes or once its waybill is in (the same rule: only INSTRUCT boxes take a waybill).
 */
export function uploadExchangeInvoice(state: OrdersState, exchangeId: string, lines: ExchangeInvoiceLine[], at: number): InvoiceOutcome {
  const exchange = state.exchanges.get(exchangeId);
  if (!exchange) return bad(M.notFound(exchangeId));
  if (exchange.exchangeStatus !== 'PROGRESS' || exchange.collectStatus !== 'CompleteCollect' || !exchange.shipment) return bad(M.notCollected(exchangeId, exchange.exchangeStatus, exchange.collectStatus));
  // Same backend as the order waybills: an unknown courier fails the whole call (rules-orders.md 41).
  if (lines.some((l) => !usableCourier(l.goodsDeliveryCode))) return bad(ORDER_MESSAGES.internalException, 500);
  const shipment = exchange.shipment;
  for (const line of lines) {
    if (line.shipmentBoxId !== shipment.shipmentBoxId) {
      const other = state.bySheetId.get(line.shipmentBoxId);
      return { ok: false, status: 200, fail: M.notApplicable(line.shipmentBoxId, other ? other.status : 'NONE') };
    }
    const status = shipmentStatus(exchange, at);
    if (status !== 'INSTRUCT') return { ok: false, status: 200, fail: M.notApplicable(line.shipmentBoxId, status) };
    if (!invoiceNumberValid(usableCourier(line.goodsDeliveryCode)!, line.invoiceNumber)) return { ok: false, status: 200, fail: ORDER_MESSAGES.invalidInvoiceNumber };
  }
  const line = lines[lines.length - 1];
  shipment.deliveryCompanyCode = line.goodsDeliveryCode;
  shipment.invoiceNumber = line.invoiceNumber;
  shipment.invoiceUploadedAt = at;
  shipment.version++;
  exchange.modifiedByType = 'VENDOR';
  exchange.modifiedAt = at;
  if (line.goodsDeliveryCode === 'DIRECT') {
    // DIRECT waybills are never tracked (rules-orders.md 40): 업체직송, and no completion by tracking.
    exchange.deliveryStatus = 'VendorDirect';
  } else {
    exchange.deliveryStatus = 'CompleteDirection';
    const after = hashInt(state, `x-ship:${exchangeId}:${shipment.version}`, 3 * 60, 14 * 60) * MIN;
    push(state, at + after, { kind: 'exchangeDelivery', exchangeId, version: shipment.version, to: 'Delivering' });
  }
  return { ok: true };
}

/** The replacement's courier: on its way, then delivered; the exchange is then complete (SUCCESS). */
export function onExchangeDelivery(state: OrdersState, exchangeId: string, version: number, to: 'Delivering' | 'CompleteDelivery', at: number): void {
  const exchange = state.exchanges.get(exchangeId);
  const shipment = exchange?.shipment;
  if (!exchange || !shipment || shipment.version !== version || exchange.exchangeStatus !== 'PROGRESS') return;
  if (to === 'Delivering' && exchange.deliveryStatus === 'CompleteDirection') {
    exchange.deliveryStatus = 'Delivering';
    exchange.modifiedByType = 'TRACKING';
    exchange.modifiedAt = at;
    const after = hashInt(state, `x-deliver:${exchangeId}:${version}`, 18 * 60, 40 * 60) * MIN;
    push(state, at + after, { kind: 'exchangeDelivery', exchangeId, version, to: 'CompleteDelivery' });
  } else if (to === 'CompleteDelivery' && exchange.deliveryStatus === 'Delivering') {
    exchange.deliveryStatus = 'CompleteDelivery';
    shipment.deliveredAt = at;
    exchange.exchangeStatus = 'SUCCESS';
    exchange.modifiedByType = 'TRACKING';
    exchange.modifiedAt = at;
  }
}

/** The simulated seller of the seeded past: confirms the goods, then ships the replacement. */
export function sellerExchangeStep(state: OrdersState, exchangeId: string, step: 'confirm' | 'invoice', at: number): void {
  const exchange = state.exchanges.get(exchangeId);
  if (!exchange) return;
  if (step === 'confirm') {
    const done = confirmExchangeReceipt(state, exchangeId, { vendorId: state.vendorId, exchangeId: Number(exchangeId) }, state.vendorId, at);
    if (!done.ok) return;
    const invoiceAt = done.value.shipment!.usableAt + hashInt(state, `x-seller-invoice:${exchangeId}`, 30, 20 * 60) * MIN;
    if (invoiceAt < state.startTime) push(state, invoiceAt, { kind: 'sellerExchange', exchangeId, step: 'invoice' });
    return;
  }
  const shipment = exchange.shipment;
  if (!shipment) return;
  const rng = state.random.fork(`x-seller-waybill:${exchangeId}`);
  const invoiceNumber = String(rng.int(1, 9)) + rng.digits(11);
  uploadExchangeInvoice(state, exchangeId, [{ exchangeId, shipmentBoxId: shipment.shipmentBoxId, goodsDeliveryCode: 'CJGLS', invoiceNumber }], at);
}

// ---------------------------------------------------------------- pickup waybill (exchanges)

/** returns.registerPickupInvoice for an exchange: only while collectStatus is BeforeDirection (rules-orders.md 74). */
export function registerExchangePickup(state: OrdersState, exchange: Exchange, courier: string, invoiceNumber: string, at: number): void {
  exchange.returnDeliveries.push({ deliveryCompanyCode: courier, deliveryInvoiceNo: invoiceNumber });
  exchange.collectStatus = 'CompleteDirection';
  exchange.autoPickup = false;
  exchange.collectVersion++;
  exchange.modifiedByType = 'VENDOR';
  exchange.modifiedAt = at;
  if (courier !== 'DIRECT') scheduleCollecting(state, exchange, at);
}

export function isRejectCode(value: unknown): value is ExchangeRejectCode {
  return typeof value === 'string' && (EXCHANGE_REJECT_CODES as readonly string[]).includes(value);
}
