// Return withdrawal history (반품철회 이력, returns.json): by period (dateFrom..dateTo, both
// included, at most 7 days, pageIndex/sizePerPage) and by receipt numbers (≤ 50 cancelIds).
// v4 answers: local KST times without offset, IDs as JSON numbers.
import { kstLocal } from '../../clock';
import type { ParsedQuery } from '../../gateway/query';
import { idText, isPlainObject, num } from '../../json';
import type { Checked } from '../orders/queries';
import type { OrdersState } from '../orders/types';
import { RETURN_MESSAGES as M } from './messages';
import type { Receipt } from './types';

const DAY = 86_400_000;
const KST = 9 * 3_600_000;
const bad = (message: string): { ok: false; status: number; message: string } => ({ ok: false, status: 400, message });

/** yyyy-MM-dd as the start of that KST day; undefined when malformed. */
function kstDay(text: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return undefined;
  const utc = Date.UTC(+m[1], +m[2] - 1, +m[3]);
  const d = new Date(utc);
  if (d.getUTCMonth() !== +m[2] - 1 || d.getUTCDate() !== +m[3]) return undefined;
  return utc - KST;
}

export interface WithdrawalQuery {
  from: number;
  /** Exclusive: the day after dateTo. */
  to: number;
  pageIndex: number;
  sizePerPage: number;
}

/** Checks in the order of the documented error list. */
export function parseWithdrawalQuery(q: ParsedQuery): Checked<WithdrawalQuery> {
  const fromText = q.get('dateFrom');
  const toText = q.get('dateTo');
  if (!fromText) return bad(M.dateFromMissing);
  if (!toText) return bad(M.dateToMissing);
  const from = kstDay(fromText);
  const toDay = kstDay(toText);
  if (from === undefined || toDay === undefined) return bad(M.dateFormat);
  if (toDay < from) return bad(M.dateOrder);
  // "Max 7 days; start and end dates are both included": at most 7 calendar days.
  if (toDay - from > 6 * DAY) return bad(M.over7Days);
  const sizeText = q.get('sizePerPage');
  const size = sizeText === undefined || sizeText === '' ? 10 : Number(sizeText);
  if (!Number.isInteger(size) || size < 1) return bad(M.notANumber('sizePerPage', sizeText ?? ''));
  if (size > 100) return bad(M.sizePerPage);
  const pageText = q.get('pageIndex');
  const page = pageText === undefined || pageText === '' ? 1 : Number(pageText);
  if (!Number.isInteger(page)) return bad(M.notANumber('pageIndex', pageText ?? ''));
  if (page <= 0) return bad(M.pageIndex);
  return { ok: true, value: { from, to: toDay + DAY, pageIndex: page, sizePerPage: size } };
}

/** Withdrawn receipts in withdrawal-time order (then receiptId). */
export function withdrawnReceipts(state: OrdersState): Receipt[] {
  return state.receipts
    .all()
    .filter((r) => r.withdrawn !== null)
    .sort((a, b) => a.withdrawn!.at - b.withdrawn!.at || (a.receiptId < b.receiptId ? -1 : a.receiptId > b.receiptId ? 1 : 0));
}

export function runWithdrawalQuery(state: OrdersState, q: WithdrawalQuery): { rows: Receipt[]; nextPageIndex: string } {
  const all = withdrawnReceipts(state).filter((r) => r.withdrawn!.at >= q.from && r.withdrawn!.at < q.to);
  const start = (q.pageIndex - 1) * q.sizePerPage;
  const rows = all.slice(start, start + q.sizePerPage);
  return { rows, nextPageIndex: start + q.sizePerPage < all.length ? String(q.pageIndex + 1) : '' };
}

/** Body `{cancelIds: [numbers]}`, at most 50 (returns.json). */
export function parseCancelIds(body: unknown): Checked<string[]> {
  if (!isPlainObject(body) || !Array.isArray(body.cancelIds) || body.cancelIds.length === 0) return bad(M.cancelIdsRequired);
  const ids: string[] = [];
  for (const raw of body.cancelIds) {
    // "they must be numbers": digit strings are refused.
    const id = typeof raw === 'string' ? undefined : idText(raw);
    if (id === undefined) return bad(M.cancelIdNotANumber(String(raw)));
    if (!ids.includes(id)) ids.push(id);
  }
  if (ids.length > 50) return bad(M.tooManyCancelIds);
  return { ok: true, value: ids };
}

export function withdrawalView(r: Receipt, vendorId: string) {
  return {
    cancelId: num(r.receiptId),
    orderId: num(r.orderId),
    vendorId,
    refundDeliveryDuty: r.withdrawn!.refundDeliveryDuty,
    createdAt: kstLocal(r.withdrawn!.at),
    vendorItemIds: [...new Set(r.items.map((i) => i.vendorItemId))].map((id) => num(id)),
  };
}
