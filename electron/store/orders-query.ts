// Read side of the orders store for the grid: status tabs with counts, search, KST date range,
// sort and offset paging. Every query is shaped to use the indexes of migration 2 so a
// virtualized grid over 100,000 shipments pages without waiting.
import { parseKstDate } from '../../shared/kst';
import { parseSearch } from '../../shared/orders/search';
import { ORDER_STATUSES } from '../../shared/orders/status';
import type { Db } from './db';
import { orderFromRow, type OrderRecord } from './orders-repo';

export interface OrdersFilterInput {
  status?: string; // ALL | CLAIM | an order status
  search?: string;
  from?: string; // yyyy-MM-dd KST, inclusive
  to?: string; // yyyy-MM-dd KST, inclusive
}

export type OrdersSortKey = 'orderedAt' | 'status' | 'receiverName' | 'orderPrice';

const DAY_MS = 24 * 60 * 60 * 1000;

const SORT_SQL: Record<OrdersSortKey, (dir: string) => string> = {
  orderedAt: (d) => `ordered_ms ${d}, shipment_box_id ${d}`,
  status: (d) => `status ${d}, ordered_ms ${d}, shipment_box_id ${d}`,
  receiverName: (d) => `receiver_name ${d}, ordered_ms ${d}, shipment_box_id ${d}`,
  orderPrice: (d) => `order_price ${d}, ordered_ms ${d}, shipment_box_id ${d}`,
};

export const OPEN_OUTBOX_STATES = ['queued', 'pending', 'sent', 'unknown'] as const;

interface Where {
  sql: string;
  params: Record<string, unknown>;
}

/**
 * Trigrams of the full-text index that start with a given text (two-character search); see
 * createOrdersQuery. Without it a two-character search scans search_text.
 */
export type PrefixTerms = (text: string) => string[];

/**
 * The filter without its status part: counts per tab use it. A search becomes `id IN (…)` — the
 * matching shipments found first on their own index (phone, IDs, full-text) — and the outer query
 * has no indexable vendor_id term of its own: it reads those rows by rowid instead of walking the
 * vendor's whole status or time index and checking each row (which is what SQLite picks when the
 * store has no statistics).
 */
export function baseWhere(vendorId: string, filter: OrdersFilterInput, prefixTerms?: PrefixTerms): Where {
  const parts: string[] = [];
  const params: Record<string, unknown> = { vendorId };
  if (filter.from) {
    parts.push('ordered_ms >= @fromMs');
    params.fromMs = parseKstDate(filter.from).getTime();
  }
  if (filter.to) {
    parts.push('ordered_ms < @toMs');
    params.toMs = parseKstDate(filter.to).getTime() + DAY_MS;
  }
  // Each search is a set of rowids found on its own index; the vendor check then reads only those rows.
  const indexed = (match: string, table = 'orders') => `id IN (SELECT id FROM ${table} WHERE vendor_id = @vendorId AND ${match})`;
  const fullText = 'id IN (SELECT rowid FROM orders_fts WHERE orders_fts MATCH @fts)';
  let search: string | null = null;
  const q = parseSearch(filter.search);
  if (q.kind === 'phone') {
    if (q.digits.length === 4) {
      search = indexed('receiver_phone_last4 = @phone');
      params.phone = q.digits;
    } else {
      search = indexed("receiver_phone_last4 LIKE @phoneLike ESCAPE '\\'");
      params.phoneLike = `%${q.digits}`;
    }
  } else if (q.kind === 'id') {
    // An orderId / shipmentBoxId, whole or its beginning: two index ranges.
    search = indexed('((order_id >= @id AND order_id < @idEnd) OR (shipment_box_id >= @id AND shipment_box_id < @idEnd))');
    params.id = q.digits;
    params.idEnd = `${q.digits}:`; // ':' sorts right after '9': every ID starting with the digits
  } else if (q.kind === 'text') {
    const length = [...q.text].length;
    if (length >= 3) {
      // The full-text index spans vendors: `+vendor_id` keeps SQLite from walking the vendor's
      // index instead of reading the matches.
      search = `${fullText} AND +vendor_id = @vendorId`;
      params.fts = `"${q.text.replace(/"/g, '""')}"`;
    } else if (length === 2 && prefixTerms) {
      // Every occurrence of the two characters that another character follows starts one of the
      // index's trigrams; one at the very end of search_text is found by orders_by_search_tail.
      const terms = prefixTerms(q.text);
      const tail = indexed('substr(search_text, -2) = @text');
      search = terms.length ? `(${fullText} OR ${tail}) AND +vendor_id = @vendorId` : tail;
      if (terms.length) params.fts = terms.map((t) => `"${t.replace(/"/g, '""')}"`).join(' OR ');
      params.text = q.text;
    } else {
      // One character (or no vocabulary): one sequential pass beats reading the table in index order.
      search = indexed('instr(search_text, @text) > 0', 'orders NOT INDEXED');
      params.text = q.text;
    }
  }
  if (search) parts.push(search);
  else parts.unshift('vendor_id = @vendorId');
  return { sql: parts.join(' AND '), params };
}

export function fullWhere(vendorId: string, filter: OrdersFilterInput, prefixTerms?: PrefixTerms): Where {
  const w = baseWhere(vendorId, filter, prefixTerms);
  const status = filter.status ?? 'ALL';
  if (status === 'CLAIM') return { sql: `${w.sql} AND claim_pending = 1`, params: w.params };
  // A status tab lists what is really in that status: shipments Coupang reports cancelled or
  // returned (they left its lists) stay under ALL (and CLAIM while a request is open).
  if (status !== 'ALL') return { sql: `${w.sql} AND status = @status AND gone_reason IS NULL`, params: { ...w.params, status } };
  return w;
}

const ROW_COLUMNS = `vendor_id, shipment_box_id, order_id, status, ordered_at, ordered_ms, paid_at, receiver_name, receiver_phone_last4,
  product_summary, item_count, quantity_to_ship, order_price, delivery_company_code, delivery_company_name, invoice_number,
  split_shipping, able_split_shipping, claim_pending, receiver_changed, receiver_verified, gone_reason,
  status_source, status_changed_at, seen_run, updated_at`;

export function createOrdersQuery(db: Db) {
  const openOutbox = db.prepare(
    `SELECT DISTINCT shipment_box_id FROM orders_outbox WHERE vendor_id = ? AND state IN (${OPEN_OUTBOX_STATES.map((s) => `'${s}'`).join(', ')})`,
  );
  // The trigram index's vocabulary, for two-character search (a per-connection TEMP table).
  db.exec("CREATE VIRTUAL TABLE IF NOT EXISTS temp.orders_fts_vocab USING fts5vocab(main, 'orders_fts', 'row')");
  const termsFrom = db.prepare('SELECT term FROM temp.orders_fts_vocab WHERE term >= ? AND term < ?').pluck();
  const prefixTerms: PrefixTerms = (text) => termsFrom.all(text, `${text}\u{10FFFF}`) as string[];
  const cache = new Map<string, ReturnType<Db['prepare']>>();
  const prep = (sql: string) => {
    let st = cache.get(sql);
    if (!st) {
      st = db.prepare(sql);
      if (cache.size > 200) cache.clear();
      cache.set(sql, st);
    }
    return st;
  };

  // Tab counts are asked for with every page the grid scrolls to; they only change when the
  // store does (this connection's total_changes, other connections' data_version).
  const changes = db.prepare('SELECT total_changes() AS n');
  const countCache = new Map<string, Record<string, number>>();
  let cacheStamp = '';

  function counts(vendorId: string, filter: OrdersFilterInput): Record<string, number> {
    const stamp = `${(changes.get() as { n: number }).n}:${db.pragma('data_version', { simple: true })}`;
    if (stamp !== cacheStamp) {
      countCache.clear();
      cacheStamp = stamp;
    }
    const key = JSON.stringify([vendorId, filter.from ?? '', filter.to ?? '', filter.search ?? '']);
    const hit = countCache.get(key);
    if (hit) return { ...hit };
    const fresh = countNow(vendorId, filter);
    if (countCache.size > 50) countCache.clear();
    countCache.set(key, fresh);
    return { ...fresh };
  }

  function countNow(vendorId: string, filter: OrdersFilterInput): Record<string, number> {
    const w = baseWhere(vendorId, filter, prefixTerms);
    if (parseSearch(filter.search).kind !== 'none') {
      // A search reads its matching rows: every tab's count from one pass over them.
      const found = prep(`SELECT status, gone_reason IS NULL AS live, claim_pending AS claim, COUNT(*) AS n FROM orders WHERE ${w.sql} GROUP BY 1, 2, 3`).all(w.params) as Array<{
        status: string;
        live: number;
        claim: number;
        n: number;
      }>;
      const out: Record<string, number> = { ALL: 0, CLAIM: 0 };
      for (const s of ORDER_STATUSES) out[s] = 0;
      for (const r of found) {
        out.ALL += r.n;
        if (r.claim) out.CLAIM += r.n;
        if (r.live) out[r.status] = (out[r.status] ?? 0) + r.n;
      }
      return out;
    }
    // Two index-only passes (status index, claim index) instead of reading every row.
    const rows = prep(`SELECT status, COUNT(*) AS n FROM orders WHERE ${w.sql} AND gone_reason IS NULL GROUP BY status`).all(w.params) as Array<{ status: string; n: number }>;
    const all = prep(`SELECT COUNT(*) AS n FROM orders WHERE ${w.sql}`).get(w.params) as { n: number };
    const claim = prep(`SELECT COUNT(*) AS n FROM orders WHERE ${w.sql} AND claim_pending = 1`).get(w.params) as { n: number };
    const out: Record<string, number> = { ALL: all.n, CLAIM: claim.n };
    for (const s of ORDER_STATUSES) out[s] = 0;
    for (const r of rows) out[r.status] = (out[r.status] ?? 0) + r.n;
    return out;
  }

  /**
   * One page in grid order. The page's keys are found on the (covering) index first, and only
   * those rows are read: a deep offset skips index entries, not table rows.
   */
  function page(vendorId: string, filter: OrdersFilterInput, sort: OrdersSortKey, desc: boolean, offset: number, limit: number): OrderRecord[] {
    const w = fullWhere(vendorId, filter, prefixTerms);
    const order = SORT_SQL[sort](desc ? 'DESC' : 'ASC');
    const sql = `SELECT ${ROW_COLUMNS} FROM orders WHERE id IN (SELECT id FROM orders WHERE ${w.sql} ORDER BY ${order} LIMIT @limit OFFSET @offset) ORDER BY ${order}`;
    return (prep(sql).all({ ...w.params, limit, offset }) as any[]).map(orderFromRow);
  }

  return {
    counts,
    /** One page of the grid plus the tab counts (same date/search filter, every status). */
    list(vendorId: string, filter: OrdersFilterInput, sort: OrdersSortKey, desc: boolean, offset: number, limit: number) {
      const c = counts(vendorId, filter);
      const status = filter.status ?? 'ALL';
      const total = c[status] ?? 0;
      const rows = offset >= total ? [] : page(vendorId, filter, sort, desc, offset, limit);
      const pending = new Set((openOutbox.all(vendorId) as Array<{ shipment_box_id: string }>).map((r) => r.shipment_box_id));
      return { rows: rows.map((r) => ({ ...r, outboxPending: pending.has(r.shipmentBoxId) })), total, counts: c };
    },
    /** Every shipment of the filter (for export and picking), in grid order. */
    all(vendorId: string, filter: OrdersFilterInput, sort: OrdersSortKey = 'orderedAt', desc = true): OrderRecord[] {
      const w = fullWhere(vendorId, filter, prefixTerms);
      return (prep(`SELECT ${ROW_COLUMNS} FROM orders WHERE ${w.sql} ORDER BY ${SORT_SQL[sort](desc ? 'DESC' : 'ASC')}`).all(w.params) as any[]).map(orderFromRow);
    },
    outboxPendingIds(vendorId: string): Set<string> {
      return new Set((openOutbox.all(vendorId) as Array<{ shipment_box_id: string }>).map((r) => r.shipment_box_id));
    },
  };
}
export type OrdersQuery = ReturnType<typeof createOrdersQuery>;
