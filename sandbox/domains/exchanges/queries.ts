// Query rules of exchanges.listRequests (v4): createdAtFrom/createdAtTo as yyyy-MM-ddTHH:mm:ss
// (KST, both ends included, at most 7 days apart), optional status and orderId, keyset paging by
// nextToken (maxPerPage default 10).
import type { ParsedQuery } from '../../gateway/query';
import { parseMinute, type Checked } from '../orders/queries';
import type { OrdersState } from '../orders/types';
import { exchangePagingKey } from './book';
import { EXCHANGE_MESSAGES as M } from './messages';
import { EXCHANGE_STATUSES, type Exchange, type ExchangeStatus } from './types';

const DAY = 86_400_000;
const fail = (message: string): { ok: false; status: number; message: string } => ({ ok: false, status: 400, message });

export interface ExchangeQuery {
  from: number;
  /** Inclusive (the example ends at 23:59:59). */
  to: number;
  status: ExchangeStatus | undefined;
  orderId: string | undefined;
  limit: number;
  after: string | undefined;
}

/** 2019 docs: "default 10"; the docs name no maximum, the sandbox caps pages at 100. */
const DEFAULT_PER_PAGE = 10;
const MAX_PER_PAGE = 100;

export function parseExchangeQuery(q: ParsedQuery): Checked<ExchangeQuery> {
  const fromText = q.get('createdAtFrom');
  const toText = q.get('createdAtTo');
  if (!fromText || !toText) return fail(M.missingParams);
  const from = parseMinute(fromText);
  if (from === undefined) return fail(M.badDate('createdAtFrom', fromText));
  const toStart = parseMinute(toText);
  if (toStart === undefined) return fail(M.badDate('createdAtTo', toText));
  if (toStart < from) return fail(M.dateOrder);
  // "max 7 days after start" (the example spans 2018-03-05T00:00:00 to 2018-03-10T23:59:59).
  if (toStart - from > 7 * DAY) return fail(M.over7Days);
  const status = q.get('status') || undefined;
  if (status !== undefined && !(EXCHANGE_STATUSES as readonly string[]).includes(status)) return fail(M.badStatus(status));
  const orderId = q.get('orderId') || undefined;
  if (orderId !== undefined && !/^\d+$/.test(orderId)) return fail(M.notANumber('orderId', orderId));
  const perPage = Number(q.get('maxPerPage'));
  const limit = Number.isInteger(perPage) && perPage > 0 ? Math.min(perPage, MAX_PER_PAGE) : DEFAULT_PER_PAGE;
  const token = q.get('nextToken');
  if (token !== undefined && token !== '' && !/^\d{25}$/.test(token)) return fail(M.badNextToken(token));
  // A to-the-second createdAtTo includes that whole second.
  const to = toStart + (/:\d{2}:\d{2}/.test(toText) ? 999 : 59_999);
  return { ok: true, value: { from, to, status: status as ExchangeStatus | undefined, orderId, limit, after: token || undefined } };
}

export function runExchangeQuery(state: OrdersState, q: ExchangeQuery): { exchanges: Exchange[]; next: string | null } {
  const after = q.after !== undefined && q.after > exchangePagingKey(q.from, '') ? q.after : undefined;
  const { items, next } = state.exchanges.range(q.from, q.to, (e) => (q.status === undefined || e.exchangeStatus === q.status) && (q.orderId === undefined || e.orderId === q.orderId), q.limit, after);
  return { exchanges: items, next };
}
