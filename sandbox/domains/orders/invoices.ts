// orders.uploadInvoice / orders.updateInvoice: per-shipment results with the documented result
// codes (orders.json resultCode table, rules-orders.md 36-49), including split shipping.
import { booleanValue, idText, isPlainObject } from '../../json';
import { invoiceNumberValid, usableCourier } from './carriers';
import { ORDER_MESSAGES as M } from './messages';
import type { Checked } from './queries';
import type { OrderSheet, OrdersState, SheetItem, SheetStatus } from './types';
import { allocateShipmentBoxId, fullyCancelled, invoiceConflict, openReleaseStops, refundPending, registerInvoice, shippable, splitOffSheet } from './world';

export interface InvoiceDto {
  shipmentBoxId: string;
  orderId: string;
  vendorItemId: string;
  deliveryCompanyCode: string;
  invoiceNumber: string;
  splitShipping: boolean;
  preSplitShipped: boolean;
  estimatedShippingDate: string;
}

/** The documented result codes and their retryRequired flags. */
const RETRY: Record<string, boolean> = {
  OK: false,
  NOT_FOUND_SHIPMENT_BOX: false,
  INVALID_STATUS: false,
  INVALID_INVOICE_NUMBER: true,
  ORDER_DELIVERY_CANCELED: false,
  ORDER_DELIVERY_PARTIAL_STOP_REQUESTED: true,
  ORDER_DELIVERY_CANCELED_HOLDING_FOR_CANCEL: true,
  NOT_ALLOW_INVOICE_NUMBER_RE_UPLOAD: false,
  NOT_FOUND_INVOICE_NUMBER: false,
  NOT_FOUND_VENDOR_ITEM: false,
  NOT_ALLOW_VENDOR_DIRECT: false,
  PSD_NOT_ALLOW_TO_CHANGE: false,
  NOT_ALLOW_SEPARATE_AFTER_NORMAL_DELIVERY: false,
  IS_SEPARATE_MUST_BE_TRUE_WHEN_SEPARATE_DELIVERY: false,
  NOT_ALLOW_SEPARATE_WHEN_ONE_VENDOR_ITEM: false,
};

export interface ShipmentResult {
  shipmentBoxId: string;
  succeed: boolean;
  resultCode: string;
  retryRequired: boolean;
  /** null on success, as in the documented example. */
  resultMessage: string | null;
}

export interface BatchResult {
  responseCode: number;
  responseMessage: string;
  responseList: ShipmentResult[];
}

const ok = (shipmentBoxId: string): ShipmentResult => ({ shipmentBoxId, succeed: true, resultCode: 'OK', retryRequired: false, resultMessage: null });
const failed = (shipmentBoxId: string, resultCode: string, resultMessage: string): ShipmentResult => ({ shipmentBoxId, succeed: false, resultCode, retryRequired: RETRY[resultCode] ?? true, resultMessage });

/** responseCode -1 NONE / 0 SUCCESS / 1 PARTIAL_ERROR / 99 FAILED (orders.json enum). */
export function overall(list: ReadonlyArray<{ succeed: boolean }>): { responseCode: number; responseMessage: string } {
  if (list.length === 0) return { responseCode: -1, responseMessage: 'NONE' };
  const good = list.filter((r) => r.succeed).length;
  if (good === list.length) return { responseCode: 0, responseMessage: 'SUCCESS' };
  if (good === 0) return { responseCode: 99, responseMessage: 'FAILED' };
  return { responseCode: 1, responseMessage: 'PARTIAL_ERROR' };
}

const text = (v: unknown): string | undefined => (typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : idText(v));

export function parseInvoiceBody(body: unknown, vendorId: string): Checked<InvoiceDto[]> {
  if (!isPlainObject(body)) return { ok: false, status: 400, message: M.bodyRequired('orderSheetInvoiceApplyDtos') };
  if (body.vendorId !== undefined && body.vendorId !== vendorId) return { ok: false, status: 400, message: M.vendorMismatch };
  const list = body.orderSheetInvoiceApplyDtos;
  if (!Array.isArray(list) || list.length === 0) return { ok: false, status: 400, message: M.bodyRequired('orderSheetInvoiceApplyDtos') };
  const out: InvoiceDto[] = [];
  for (const raw of list) {
    if (!isPlainObject(raw)) return { ok: false, status: 400, message: M.bodyRequired('orderSheetInvoiceApplyDtos') };
    const shipmentBoxId = idText(raw.shipmentBoxId);
    const orderId = idText(raw.orderId);
    const vendorItemId = idText(raw.vendorItemId);
    const deliveryCompanyCode = text(raw.deliveryCompanyCode);
    const invoiceNumber = raw.invoiceNumber === undefined || raw.invoiceNumber === null ? '' : text(raw.invoiceNumber);
    for (const [name, value] of [['shipmentBoxId', shipmentBoxId], ['orderId', orderId], ['vendorItemId', vendorItemId], ['deliveryCompanyCode', deliveryCompanyCode], ['invoiceNumber', invoiceNumber]] as const) {
      if (value === undefined || (name !== 'invoiceNumber' && value === '')) return { ok: false, status: 400, message: M.bodyRequired(name) };
    }
    out.push({
      shipmentBoxId: shipmentBoxId!,
      orderId: orderId!,
      vendorItemId: vendorItemId!,
      deliveryCompanyCode: deliveryCompanyCode!,
      invoiceNumber: invoiceNumber!,
      // Documented as Boolean; the 2019 doc typed them String ("true"/"false"): both read.
      splitShipping: booleanValue(raw.splitShipping) ?? false,
      preSplitShipped: booleanValue(raw.preSplitShipped) ?? false,
      estimatedShippingDate: text(raw.estimatedShippingDate) ?? '',
    });
  }
  return { ok: true, value: out };
}

function groupByShipment(dtos: InvoiceDto[]): Map<string, InvoiceDto[]> {
  const groups = new Map<string, InvoiceDto[]>();
  for (const dto of dtos) {
    const list = groups.get(dto.shipmentBoxId);
    if (list) list.push(dto);
    else groups.set(dto.shipmentBoxId, [dto]);
  }
  return groups;
}

/** Items the request must name: all not yet fully cancelled (rules-orders.md 44). */
function coverage(sheet: OrderSheet, dtos: InvoiceDto[], live: SheetItem[]): boolean {
  const named = new Set(dtos.map((d) => d.vendorItemId));
  const ids = new Set(sheet.items.map((i) => i.product.vendorItemId));
  return [...named].every((id) => ids.has(id)) && live.every((i) => named.has(i.product.vendorItemId));
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Whole-call check first: a courier code outside the table is the documented 500. */
export function unknownCourier(dtos: InvoiceDto[]): boolean {
  return dtos.some((d) => !usableCourier(d.deliveryCompanyCode));
}

export function uploadInvoices(state: OrdersState, dtos: InvoiceDto[], at: number): BatchResult {
  const list: ShipmentResult[] = [];
  for (const [id, group] of groupByShipment(dtos)) list.push(uploadOne(state, id, group, at));
  return { ...overall(list), responseList: list };
}

function precheck(state: OrdersState, id: string, group: InvoiceDto[]): OrderSheet | ShipmentResult {
  const sheet = state.bySheetId.get(id);
  if (!sheet || sheet.orderId !== group[0].orderId) return failed(id, 'NOT_FOUND_SHIPMENT_BOX', M.notFoundShipmentBox);
  if (sheet.removed) return failed(id, 'ORDER_DELIVERY_CANCELED', M.orderCanceled);
  return sheet;
}

function uploadOne(state: OrdersState, id: string, group: InvoiceDto[], at: number): ShipmentResult {
  const found = precheck(state, id, group);
  if (!('items' in found)) return found;
  const sheet = found;
  if (refundPending(sheet)) return failed(id, 'ORDER_DELIVERY_CANCELED_HOLDING_FOR_CANCEL', M.holdingForCancel);
  if (openReleaseStops(state, sheet).length) {
    // Table: ORDER_DELIVERY_CANCELED "…출고 준비중 상태인경우-> 출고중지 요청건입니다." for a whole stop, PARTIAL for part of it.
    const nothingLeft = sheet.items.every((i) => shippable(i) === 0);
    return failed(id, nothingLeft ? 'ORDER_DELIVERY_CANCELED' : 'ORDER_DELIVERY_PARTIAL_STOP_REQUESTED', M.stopRequested);
  }
  if (sheet.status !== 'INSTRUCT') return failed(id, 'INVALID_STATUS', M.invalidStatus(sheet.shipmentBoxId, sheet.orderId));
  const live = sheet.items.filter((i) => shippable(i) > 0);
  if (live.length === 0) return failed(id, 'ORDER_DELIVERY_CANCELED', M.orderCanceled);
  if (!coverage(sheet, group, live)) return failed(id, 'NOT_FOUND_VENDOR_ITEM', M.notFoundVendorItem);
  const split = group.some((d) => d.splitShipping);
  return split ? splitUpload(state, sheet, group, live, at) : normalUpload(state, sheet, group, at);
}

function normalUpload(state: OrdersState, sheet: OrderSheet, group: InvoiceDto[], at: number): ShipmentResult {
  const id = sheet.shipmentBoxId;
  if (sheet.splitShipping) return failed(id, 'IS_SEPARATE_MUST_BE_TRUE_WHEN_SEPARATE_DELIVERY', M.separateMustBeTrue);
  // Without split shipping the whole box leaves under one waybill: the first one given counts.
  const dto = group.find((d) => d.invoiceNumber !== '');
  if (!dto || !invoiceNumberValid(usableCourier(dto.deliveryCompanyCode)!, dto.invoiceNumber)) return failed(id, 'INVALID_INVOICE_NUMBER', M.invalidInvoiceNumber);
  if (invoiceConflict(state, sheet, dto.invoiceNumber, at)) return failed(id, 'NOT_ALLOW_INVOICE_NUMBER_RE_UPLOAD', M.invoiceReupload(id));
  registerInvoice(state, sheet, dto.deliveryCompanyCode, dto.invoiceNumber, at);
  return ok(id);
}

/**
 * rules-orders.md 45-48: one element per item; items shipped now carry a waybill and move to a
 * new shipmentBoxId, items shipped later carry "" plus estimatedShippingDate and stay. When
 * nothing is left behind, the last waybill group keeps the original box.
 */
function splitUpload(state: OrdersState, sheet: OrderSheet, group: InvoiceDto[], live: SheetItem[], at: number): ShipmentResult {
  const id = sheet.shipmentBoxId;
  if (group.some((d) => d.deliveryCompanyCode === 'DIRECT')) return failed(id, 'NOT_ALLOW_VENDOR_DIRECT', M.notAllowVendorDirect);
  if (!sheet.splitShipping && live.length < 2) return failed(id, 'NOT_ALLOW_SEPARATE_WHEN_ONE_VENDOR_ITEM', M.notAllowSeparateOneItem);

  const waybills = new Map<string, { courier: string; items: SheetItem[] }>();
  const planned: Array<{ item: SheetItem; date: string }> = [];
  for (const dto of group) {
    const item = sheet.items.find((i) => i.product.vendorItemId === dto.vendorItemId)!;
    if (shippable(item) === 0) continue;
    const inv = dto.invoiceNumber;
    const date = dto.estimatedShippingDate;
    // "Either invoiceNumber or estimatedShippingDate, not both" — no code is documented for
    // breaking it; INVALID_INVOICE_NUMBER is the closest.
    if (inv !== '' && date !== '') return failed(id, 'INVALID_INVOICE_NUMBER', M.invalidInvoiceNumber);
    if (inv === '') {
      if (date === '' && item.plannedShippingDate !== '') return failed(id, 'NOT_FOUND_INVOICE_NUMBER', M.notFoundInvoiceNumber);
      if (date === '' || !DATE.test(date)) return failed(id, 'INVALID_INVOICE_NUMBER', M.invalidInvoiceNumber);
      if (item.plannedShippingDate !== '' && item.plannedShippingDate !== date) return failed(id, 'PSD_NOT_ALLOW_TO_CHANGE', M.psdNotAllowToChange);
      if (item.plannedShippingDate !== '') return failed(id, 'NOT_FOUND_INVOICE_NUMBER', M.notFoundInvoiceNumber);
      planned.push({ item, date });
      continue;
    }
    if (!invoiceNumberValid(usableCourier(dto.deliveryCompanyCode)!, inv)) return failed(id, 'INVALID_INVOICE_NUMBER', M.invalidInvoiceNumber);
    if (invoiceConflict(state, sheet, inv, at)) return failed(id, 'NOT_ALLOW_INVOICE_NUMBER_RE_UPLOAD', M.invoiceReupload(id));
    const entry = waybills.get(inv) ?? { courier: dto.deliveryCompanyCode, items: [] };
    entry.items.push(item);
    waybills.set(inv, entry);
  }

  sheet.splitShipping = true;
  sheet.updatedAt = at;
  for (const p of planned) p.item.plannedShippingDate = p.date;
  const groups = [...waybills.entries()];
  const stayBehind = planned.length > 0;
  groups.forEach(([invoiceNumber, { courier, items }], index) => {
    const keepOriginal = !stayBehind && index === groups.length - 1;
    const target = keepOriginal ? sheet : splitOffSheet(state, sheet, items, allocateShipmentBoxId(state), at);
    registerInvoice(state, target, courier, invoiceNumber, at);
  });
  return ok(id);
}

const UPDATABLE: readonly SheetStatus[] = ['DEPARTURE', 'DELIVERING', 'FINAL_DELIVERY', 'NONE_TRACKING'];

/**
 * orders.updateInvoice: only DEPARTURE, DELIVERING, FINAL_DELIVERY or NONE_TRACKING (the
 * Korean page's <주의!> names all four); the box goes back to DEPARTURE and is tracked anew.
 */
export function updateInvoices(state: OrdersState, dtos: InvoiceDto[], at: number): BatchResult {
  const list: ShipmentResult[] = [];
  for (const [id, group] of groupByShipment(dtos)) {
    const found = precheck(state, id, group);
    if (!('items' in found)) {
      list.push(found);
      continue;
    }
    const sheet = found;
    if (!UPDATABLE.includes(sheet.status)) {
      list.push(failed(id, 'INVALID_STATUS', M.invalidStatus(sheet.shipmentBoxId, sheet.orderId)));
      continue;
    }
    if (group.some((d) => d.splitShipping) && !sheet.splitShipping) {
      list.push(failed(id, 'NOT_ALLOW_SEPARATE_AFTER_NORMAL_DELIVERY', M.notAllowSeparateAfterNormal));
      continue;
    }
    const live = sheet.items.filter((i) => !(i.cancelCount >= i.shippingCount));
    if (!coverage(sheet, group, fullyCancelled(sheet) ? sheet.items : live)) {
      list.push(failed(id, 'NOT_FOUND_VENDOR_ITEM', M.notFoundVendorItem));
      continue;
    }
    const dto = group.find((d) => d.invoiceNumber !== '');
    if (!dto || !invoiceNumberValid(usableCourier(dto.deliveryCompanyCode)!, dto.invoiceNumber)) {
      list.push(failed(id, 'INVALID_INVOICE_NUMBER', M.invalidInvoiceNumber));
      continue;
    }
    if (invoiceConflict(state, sheet, dto.invoiceNumber, at)) {
      list.push(failed(id, 'NOT_ALLOW_INVOICE_NUMBER_RE_UPLOAD', M.invoiceReupload(id)));
      continue;
    }
    registerInvoice(state, sheet, dto.deliveryCompanyCode, dto.invoiceNumber, at);
    list.push(ok(id));
  }
  return { ...overall(list), responseList: list };
}

