// Query parsing of the two inquiry lists (rules-orders.md 87, 90). Windows are KST calendar days,
// both ends included; "≤ 7 days" is read as inquiryEndAt - inquiryStartAt ≤ 7 days (the docs'
// wording), so a client that asks 7 calendar days is always safe.
import { parseKstLocal } from '../../clock';
import type { ParsedQuery } from '../../gateway/query';
import { positiveInt } from '../paginate';
import { INQUIRY_MESSAGES as M } from './messages';
import { DAY } from './world';

export type Checked<T> = { ok: true; value: T } | { ok: false; status: number; message: string };
const refuse = (message: string, status = 400): { ok: false; status: number; message: string } => ({ ok: false, status, message });

export const ANSWERED_TYPES = ['ALL', 'ANSWERED', 'NOANSWER'] as const;
export const COUNSELING_STATUSES = ['NONE', 'ANSWER', 'NO_ANSWER', 'TRANSFER'] as const;

/** Max window: end - start ≤ 7 days. */
export const MAX_WINDOW_DAYS = 7;
/** cs.json: product list pageSize default 10, max 50; call-center default 10 ("2019 doc: max 30"). Larger sizes are capped (no error documented). */
export const PRODUCT_PAGE = { size: 10, max: 50 } as const;
export const CALL_CENTER_PAGE = { size: 10, max: 30 } as const;

export interface Window {
  /** KST start of inquiryStartAt. */
  from: number;
  /** KST start of the day after inquiryEndAt (exclusive). */
  to: number;
}

export interface Paging {
  page: number;
  size: number;
}

function day(q: ParsedQuery, name: string): Checked<number> | null {
  const v = q.get(name);
  if (v === undefined || v === '') return null;
  const ms = /^\d{4}-\d{2}-\d{2}$/.test(v) ? parseKstLocal(v) : NaN;
  return Number.isNaN(ms) ? refuse(M.badDate(name, v)) : { ok: true, value: ms };
}

function window(q: ParsedQuery, required: boolean): Checked<Window | null> {
  const start = day(q, 'inquiryStartAt');
  const end = day(q, 'inquiryEndAt');
  if (start && !start.ok) return start;
  if (end && !end.ok) return end;
  if (!start || !end) {
    if (required) return refuse(M.missingParam(!start ? 'inquiryStartAt' : 'inquiryEndAt'));
    if (start || end) return refuse(M.datesOrVendorItemId);
    return { ok: true, value: null };
  }
  if (start.value > end.value) return refuse(M.startAfterEnd);
  if (end.value - start.value > MAX_WINDOW_DAYS * DAY) return refuse(M.windowOver7Days);
  return { ok: true, value: { from: start.value, to: end.value + DAY } };
}

function paging(q: ParsedQuery, limits: { size: number; max: number }): Checked<Paging> {
  const rawPage = q.get('pageNum');
  const rawSize = q.get('pageSize');
  const page = rawPage === undefined || rawPage === '' ? 1 : positiveInt(rawPage);
  if (page === undefined) return refuse(M.notANumber('pageNum', rawPage!));
  const size = rawSize === undefined || rawSize === '' ? limits.size : positiveInt(rawSize);
  if (size === undefined) return refuse(M.notANumber('pageSize', rawSize!));
  return { ok: true, value: { page, size: Math.min(size, limits.max) } };
}

/** The query's vendorId (required by both lists, besides the path's). */
function vendorParam(q: ParsedQuery, vendorId: string): Checked<true> {
  const v = q.get('vendorId');
  if (v === undefined || v === '') return refuse(M.missingParam('vendorId'));
  if (v !== vendorId) return refuse(M.vendorMismatch);
  return { ok: true, value: true };
}

export interface ProductListQuery {
  answeredType: (typeof ANSWERED_TYPES)[number];
  window: Window;
  paging: Paging;
}

export function parseProductList(q: ParsedQuery, vendorId: string): Checked<ProductListQuery> {
  const vendor = vendorParam(q, vendorId);
  if (!vendor.ok) return vendor;
  const type = q.get('answeredType');
  if (type === undefined || type === '') return refuse(M.missingParam('answeredType'));
  if (!(ANSWERED_TYPES as readonly string[]).includes(type)) return refuse(M.badEnum('answeredType', type));
  const w = window(q, true);
  if (!w.ok) return w;
  const p = paging(q, PRODUCT_PAGE);
  if (!p.ok) return p;
  return { ok: true, value: { answeredType: type as ProductListQuery['answeredType'], window: w.value!, paging: p.value } };
}

export interface CallCenterListQuery {
  status: (typeof COUNSELING_STATUSES)[number];
  window: Window | null;
  vendorItemId: string | null;
  orderId: string | null;
  paging: Paging;
}

export function parseCallCenterList(q: ParsedQuery, vendorId: string): Checked<CallCenterListQuery> {
  const vendor = vendorParam(q, vendorId);
  if (!vendor.ok) return vendor;
  const status = q.get('partnerCounselingStatus');
  if (status === undefined || status === '') return refuse(M.missingParam('partnerCounselingStatus'));
  if (!(COUNSELING_STATUSES as readonly string[]).includes(status)) return refuse(M.badEnum('partnerCounselingStatus', status));
  const w = window(q, false);
  if (!w.ok) return w;
  const vendorItemId = q.get('vendorItemId') || null;
  if (vendorItemId !== null && !/^\d+$/.test(vendorItemId)) return refuse(M.notANumber('vendorItemId', vendorItemId));
  // rules-orders.md 90: dates, vendorItemId, or both.
  if (!w.value && vendorItemId === null) return refuse(M.datesOrVendorItemId);
  const orderId = q.get('orderId') || null;
  if (orderId !== null && !/^\d+$/.test(orderId)) return refuse(M.notANumber('orderId', orderId));
  const p = paging(q, CALL_CENTER_PAGE);
  if (!p.ok) return p;
  return { ok: true, value: { status: status as CallCenterListQuery['status'], window: w.value, vendorItemId, orderId, paging: p.value } };
}
