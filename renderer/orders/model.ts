// The orders screen's rules, kept free of React so they can be tested on their own: which tab
// means which filter, which action a row allows (and why not), and how results add up.
import type { ActionResult, OrderFilter, OrderRow, OrderStatus } from '../../shared/ipc/orders';
import { kstDate, kstDaysBetween } from '../../shared/kst';
import { isCancellableStatus, ORDER_STATUSES as SHARED_STATUSES, quantityToShip } from '../../shared/orders';
import type { BadgeTone } from '../components/StatusBadge';

/** Rows per `orders.list` call while scrolling (the contract allows up to 1000). */
export const PAGE_SIZE = 200;
/** Rows per call when the whole filter is needed (select all). */
export const BULK_PAGE_SIZE = 1000;
/** Fixed grid row height in px: the virtualizer and the CSS must agree. */
export const ROW_HEIGHT = 30;
export const HEADER_HEIGHT = 30;

export const ORDER_STATUSES: readonly OrderStatus[] = SHARED_STATUSES;
export type TabKey = 'ALL' | OrderStatus | 'CLAIM';
export const TABS: readonly TabKey[] = ['ALL', ...ORDER_STATUSES, 'CLAIM'];

export type SortKey = 'orderedAt' | 'status' | 'receiverName' | 'orderPrice';
export interface ListQuery {
  filter: OrderFilter;
  sort: SortKey;
  desc: boolean;
}

export const STATUS_TONE: Record<OrderStatus, BadgeTone> = {
  ACCEPT: 'warn',
  INSTRUCT: 'info',
  DEPARTURE: 'info',
  DELIVERING: 'neutral',
  FINAL_DELIVERY: 'ok',
  NONE_TRACKING: 'neutral',
};

/** The filter as the contract wants it: empty search and dates left out. */
export function cleanFilter(filter: OrderFilter): OrderFilter {
  const out: OrderFilter = { status: filter.status };
  const search = filter.search?.trim();
  if (search) out.search = search;
  if (filter.from) out.from = filter.from;
  if (filter.to) out.to = filter.to;
  return out;
}

/**
 * Tab counts from `orders.list`'s `counts`. The main process counts per status with the search and
 * dates applied but not the tab, plus `ALL` and `CLAIM`; ALL falls back to the sum of the statuses.
 */
export function tabCount(counts: Record<string, number> | undefined, tab: TabKey): number | null {
  if (!counts) return null;
  if (tab === 'ALL') return counts.ALL ?? ORDER_STATUSES.reduce((sum, s) => sum + (counts[s] ?? 0), 0);
  return counts[tab] ?? 0;
}

// ---- Actions ----

export const ACTIONS = ['acknowledge', 'uploadInvoice', 'updateInvoice', 'stopShipment', 'markAlreadyShipped', 'cancel', 'completeLongTermUndelivery'] as const;
export type ActionKind = (typeof ACTIONS)[number];
export const isActionKind = (s: string): s is ActionKind => (ACTIONS as readonly string[]).includes(s);

/** How many IDs one call of each channel may carry (the contract's max). Bigger selections are chunked. */
export const ACTION_CHUNK: Record<ActionKind, number> = {
  acknowledge: 5000,
  uploadInvoice: 5000,
  updateInvoice: 5000,
  stopShipment: 500,
  markAlreadyShipped: 500,
  cancel: 1,
  completeLongTermUndelivery: 500,
};

export type Ineligible =
  | 'removed'
  | 'outbox'
  | 'notAccept'
  | 'notInstruct'
  | 'claimPending'
  | 'noClaim'
  | 'notShipped'
  | 'notCancellable'
  | 'notInTransit'
  | 'tooRecent';

const UPDATABLE: readonly OrderStatus[] = ['DEPARTURE', 'DELIVERING', 'FINAL_DELIVERY', 'NONE_TRACKING'];
const IN_TRANSIT: readonly OrderStatus[] = ['DEPARTURE', 'DELIVERING'];
/** 장기미배송: Coupang accepts it only 30+ days after DEPARTURE, which is never before the order date. */
export const LONG_TERM_DAYS = 30;

export interface EligibilityContext {
  today: string; // KST yyyy-MM-dd
  /** A previous action for this row still waits in the outbox (its last result is 'queued'). */
  queued: boolean;
}

/** Why `action` cannot be sent for `row` now, or null when it can (Coupang's rules, rules-orders.md). */
export function ineligibility(action: ActionKind, row: OrderRow, ctx: EligibilityContext): Ineligible | null {
  // Coupang says it was cancelled or returned: nothing can be done to it any more.
  if (row.removedReasonKo) return 'removed';
  // Never put a second action for the same shipment behind one that has not gone out yet.
  if (row.outboxPending || ctx.queued) return 'outbox';
  switch (action) {
    case 'acknowledge':
      return row.status === 'ACCEPT' ? null : 'notAccept';
    case 'uploadInvoice':
      if (row.status !== 'INSTRUCT') return 'notInstruct';
      // Shipping under a stop request makes the seller pay the round trip.
      return row.claimPending ? 'claimPending' : null;
    case 'updateInvoice':
      return UPDATABLE.includes(row.status) ? null : 'notShipped';
    case 'stopShipment':
    case 'markAlreadyShipped':
      return row.claimPending ? null : 'noClaim';
    case 'cancel':
      if (!isCancellableStatus(row.status)) return 'notCancellable';
      return row.claimPending ? 'claimPending' : null;
    case 'completeLongTermUndelivery': {
      if (!IN_TRANSIT.includes(row.status)) return 'notInTransit';
      const ordered = kstDate(new Date(row.orderedAt));
      return kstDaysBetween(ordered, ctx.today) >= LONG_TERM_DAYS ? null : 'tooRecent';
    }
  }
}

export interface EligibilitySummary {
  eligible: OrderRow[];
  /** Reason -> how many selected rows it excludes. */
  excluded: Partial<Record<Ineligible, number>>;
}

export function splitEligible(action: ActionKind, rows: Iterable<OrderRow>, queuedIds: ReadonlySet<string>, today = kstDate()): EligibilitySummary {
  const eligible: OrderRow[] = [];
  const excluded: Partial<Record<Ineligible, number>> = {};
  for (const row of rows) {
    const why = ineligibility(action, row, { today, queued: queuedIds.has(row.shipmentBoxId) });
    if (why) excluded[why] = (excluded[why] ?? 0) + 1;
    else eligible.push(row);
  }
  return { eligible, excluded };
}

// ---- Results ----

export type ResultState = ActionResult['state'];

export interface RecordedResult {
  action: ActionKind;
  state: ResultState;
  messageKo: string;
  retryRequired: boolean;
  /** ISO instant the result arrived (or was reconciled). */
  at: string;
  /** Invoice number that was sent (invoice actions), to check a queued action once it went out. */
  sentInvoice?: string;
  /** Set when a queued result was settled by re-reading the order after the outbox drained. */
  reconciled?: 'journal' | 'effectSeen' | 'effectMissing';
}

export interface ResultSummary {
  done: number;
  failed: number;
  queued: number;
  unknown: number;
  total: number;
}

export function summarize(results: readonly { state: ResultState }[]): ResultSummary {
  const s: ResultSummary = { done: 0, failed: 0, queued: 0, unknown: 0, total: results.length };
  for (const r of results) s[r.state] += 1;
  return s;
}

/**
 * Every ID that was sent gets exactly one result: what the main process answered, or 'unknown'
 * when it answered nothing for that ID (never silently dropped).
 */
export function completeResults(sentIds: readonly string[], results: readonly ActionResult[], missingMessageKo: string): ActionResult[] {
  const byId = new Map(results.map((r) => [r.shipmentBoxId, r]));
  return sentIds.map((id) => byId.get(id) ?? { shipmentBoxId: id, state: 'unknown', messageKo: missingMessageKo, retryRequired: false });
}

/** Bridge error codes meaning "the call may or may not have reached the main process". */
export const UNCERTAIN_CODES = new Set(['HOST_UNREACHABLE', 'BRIDGE_FAILURE', 'INVALID_RESPONSE']);

/** Quantity math of one item, for showing it only when something was taken off. */
export function quantityMath(item: { shippingCount: number; cancelCount: number; holdCountForCancel: number; quantityToShip: number }) {
  const computed = quantityToShip(item);
  return { computed, differs: item.cancelCount > 0 || item.holdCountForCancel > 0, mismatch: computed !== item.quantityToShip };
}

/** `productSummary` may already carry the "외 N건" suffix; add it only when it does not. */
export function productLabel(row: Pick<OrderRow, 'productSummary' | 'itemCount'>, moreLabel: (count: number) => string): string {
  const more = row.itemCount - 1;
  if (more <= 0) return row.productSummary;
  const suffix = moreLabel(more);
  return row.productSummary.includes(suffix.trim()) || /외\s*\d+\s*건/.test(row.productSummary) ? row.productSummary : `${row.productSummary} ${suffix}`;
}

export function sameFilter(a: OrderFilter, b: OrderFilter): boolean {
  const x = cleanFilter(a);
  const y = cleanFilter(b);
  return x.status === y.status && (x.search ?? '') === (y.search ?? '') && (x.from ?? '') === (y.from ?? '') && (x.to ?? '') === (y.to ?? '');
}
