// Query rules of returns.listRequests (v6, rules-orders.md 64-66): per-day paging or per-minute
// (searchType=timeFrame, no paging), RETURN vs CANCEL lists, status short codes.
import type { ParsedQuery } from '../../gateway/query';
import { parseDay, parseMinute, type Checked } from '../orders/queries';
import type { OrdersState } from '../orders/types';
import { DAY } from '../orders/world';
import { pagingKey } from './book';
import { RETURN_MESSAGES as M } from './messages';
import type { Receipt, ReceiptStatus } from './types';

const fail = (message: string): { ok: false; status: number; message: string } => ({ ok: false, status: 400, message });

/**
 * Query short codes. A customer's release stop shows under RU and UC alike (rules-orders.md 66:
 * "the receipt appears under both RU and UC").
 */
const STATUS_CODES: Record<string, readonly ReceiptStatus[]> = {
  RU: ['RELEASE_STOP_UNCHECKED'],
  UC: ['RETURNS_UNCHECKED', 'RELEASE_STOP_UNCHECKED'],
  CC: ['RETURNS_COMPLETED'],
  PR: ['REQUEST_COUPANG_CHECK'],
};

export interface ReceiptQuery {
  from: number;
  to: number;
  accept: (r: Receipt) => boolean;
  limit: number;
  after: string | undefined;
  paged: boolean;
}

const MAX_PER_PAGE = 50;

export function parseReceiptQuery(q: ParsedQuery): Checked<ReceiptQuery> {
  const fromText = q.get('createdAtFrom');
  const toText = q.get('createdAtTo');
  if (!fromText || !toText) return fail(M.missingParams);
  const timeFrame = q.get('searchType') === 'timeFrame';
  const parse = timeFrame ? parseMinute : parseDay;
  const from = parse(fromText);
  if (from === undefined) return fail(M.badDate('createdAtFrom', fromText));
  const toValue = parse(toText);
  if (toValue === undefined) return fail(M.badDate('createdAtTo', toText));
  let to: number;
  if (timeFrame) {
    if (toValue - from >= DAY) return fail(M.rangeOverOneDay);
    to = toValue;
  } else {
    if (toValue - from >= 31 * DAY) return fail(M.rangeOver31Days);
    to = toValue + DAY;
  }

  const cancelType = q.get('cancelType') || 'RETURN';
  if (cancelType !== 'RETURN' && cancelType !== 'CANCEL') return fail(M.badCancelType(cancelType));
  const status = q.get('status') || undefined;
  // timeFrame does not support orderId (returns.json); it is ignored there.
  const orderId = timeFrame ? undefined : q.get('orderId') || undefined;
  if (orderId !== undefined && !/^\d+$/.test(orderId)) return fail(M.notANumber('orderId', orderId));
  let accept: (r: Receipt) => boolean;
  if (cancelType === 'CANCEL') {
    if (status !== undefined || orderId !== undefined) return fail(M.cancelTypeExclusive);
    accept = (r) => r.receiptType === 'CANCEL';
  } else {
    if (status !== undefined && !STATUS_CODES[status]) return fail(M.badStatus(status));
    if (status === undefined && orderId === undefined && !timeFrame) return fail(M.orderIdRequired);
    const statuses = status === undefined ? undefined : STATUS_CODES[status];
    // Withdrawn returns disappear from this list (rules-orders.md 67).
    accept = (r) => r.receiptType === 'RETURN' && r.withdrawn === null && (statuses === undefined || statuses.includes(r.receiptStatus)) && (orderId === undefined || r.orderId === orderId);
  }

  if (timeFrame) return { ok: true, value: { from, to, accept, limit: Infinity, after: undefined, paged: false } };
  const perPage = Number(q.get('maxPerPage'));
  const limit = Number.isInteger(perPage) && perPage > 0 ? Math.min(perPage, MAX_PER_PAGE) : MAX_PER_PAGE;
  const token = q.get('nextToken');
  if (token !== undefined && token !== '' && !/^\d{25}$/.test(token)) return fail(M.badNextToken(token));
  return { ok: true, value: { from, to, accept, limit, after: token || undefined, paged: true } };
}

export function runReceiptQuery(state: OrdersState, query: ReceiptQuery): { receipts: Receipt[]; next: string | null } {
  const after = query.after !== undefined && query.after > pagingKey(query.from, '') ? query.after : undefined;
  const { items, next } = state.receipts.range(query.from, query.to, query.accept, query.limit, after);
  return { receipts: items, next };
}
