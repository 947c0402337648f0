// Query rules of the two order-sheet lists (orders.json listByDay / listByMinute, rules-orders.md
// 9-14): which parameters are required, how the dates read, the 31-day and 24-hour limits, and
// keyset paging with an opaque nextToken that stays valid when other orders change meanwhile.
import type { ParsedQuery } from '../../gateway/query';
import { ORDER_MESSAGES as M } from './messages';
import { isSheetStatus, type OrderSheet, type OrdersState, type SheetStatus } from './types';
import { buckets, DAY, HOUR, keyAt, LIST_DELAY_MS, lowerBound, sheetKey } from './world';

export type Checked<T> = { ok: true; value: T } | { ok: false; status: number; message: string };
const fail = (message: string, status = 400): { ok: false; status: number; message: string } => ({ ok: false, status, message });

const OFFSET = '(Z|[+-]\\d{2}:\\d{2})?';
const DAY_FORMAT = new RegExp(`^(\\d{4})-(\\d{2})-(\\d{2})${OFFSET}$`);
const MINUTE_FORMAT = new RegExp(`^(\\d{4})-(\\d{2})-(\\d{2})T(\\d{2}):(\\d{2})(?::(\\d{2}))?${OFFSET}$`);

function offsetMs(text: string | undefined): number {
  if (!text) return 9 * HOUR; // v4 style without offset: Korean wall time
  if (text === 'Z') return 0;
  const sign = text[0] === '-' ? -1 : 1;
  return sign * (Number(text.slice(1, 3)) * HOUR + Number(text.slice(4, 6)) * 60_000);
}

function wallTime(y: string, mo: string, d: string, h = '0', mi = '0', s = '0'): number | undefined {
  const utc = Date.UTC(+y, +mo - 1, +d, +h, +mi, +s);
  const back = new Date(utc);
  if (back.getUTCFullYear() !== +y || back.getUTCMonth() !== +mo - 1 || back.getUTCDate() !== +d || +h > 23 || +mi > 59 || +s > 59) return undefined;
  return utc;
}

/**
 * v5 day format `yyyy-mm-dd+09:00` (sent as %2B09:00); the v4 form without offset is read as
 * KST. An unencoded `+` arrives as a space (servlet decoding) and is rejected: that is the
 * classic client bug the docs warn about by showing %2B.
 */
export function parseDay(text: string): number | undefined {
  const m = DAY_FORMAT.exec(text);
  if (!m) return undefined;
  const utc = wallTime(m[1], m[2], m[3]);
  return utc === undefined ? undefined : utc - offsetMs(m[4]);
}

/** v5 minute format `yyyy-mm-ddTHH:MM+09:00` (seconds tolerated). */
export function parseMinute(text: string): number | undefined {
  const m = MINUTE_FORMAT.exec(text);
  if (!m) return undefined;
  const utc = wallTime(m[1], m[2], m[3], m[4], m[5], m[6]);
  return utc === undefined ? undefined : utc - offsetMs(m[7]);
}

export interface ListQuery {
  status: SheetStatus;
  /** Inclusive. */
  from: number;
  /** Exclusive. */
  to: number;
  limit: number;
  /** Paging key to start at (inclusive), from nextToken. */
  after: string | undefined;
}

/** orders.json: maxPerPage default 50, pages hold at most 50; larger values are capped (no error documented). */
const MAX_PER_PAGE = 50;

function common(q: ParsedQuery): Checked<{ status: SheetStatus; fromText: string; toText: string }> {
  const status = q.get('status');
  const fromText = q.get('createdAtFrom');
  const toText = q.get('createdAtTo');
  if (!status || !fromText || !toText) return fail(M.missingParams);
  if (!isSheetStatus(status)) return fail(M.badStatus(status));
  return { ok: true, value: { status, fromText, toText } };
}

/** listByDay: whole KST days from createdAtFrom to createdAtTo inclusive, less than 31 days apart. */
export function parseDayQuery(q: ParsedQuery): Checked<ListQuery> {
  const base = common(q);
  if (!base.ok) return base;
  const from = parseDay(base.value.fromText);
  if (from === undefined) return fail(M.badDate('createdAtFrom', base.value.fromText));
  const toStart = parseDay(base.value.toText);
  if (toStart === undefined) return fail(M.badDate('createdAtTo', base.value.toText));
  // "Range up to 31 days" / "range should less than31": the day difference must stay below 31.
  if (toStart - from >= 31 * DAY) return fail(M.rangeOver31Days);
  const perPage = Number(q.get('maxPerPage'));
  const limit = Number.isInteger(perPage) && perPage > 0 ? Math.min(perPage, MAX_PER_PAGE) : MAX_PER_PAGE;
  const token = q.get('nextToken');
  if (token !== undefined && token !== '' && !/^\d{31}$/.test(token)) return fail(M.badNextToken(token));
  return { ok: true, value: { status: base.value.status, from, to: toStart + DAY, limit, after: token || undefined } };
}

/**
 * listByMinute: [createdAtFrom, createdAtTo) to the minute (2019 docs: result >= from and
 * < to), strictly under 24 hours ("24시간 이상 조회 시 에러"), everything in one answer.
 */
export function parseMinuteQuery(q: ParsedQuery): Checked<ListQuery> {
  const base = common(q);
  if (!base.ok) return base;
  const from = parseMinute(base.value.fromText);
  if (from === undefined) return fail(M.badDate('createdAtFrom', base.value.fromText));
  const to = parseMinute(base.value.toText);
  if (to === undefined) return fail(M.badDate('createdAtTo', base.value.toText));
  if (to - from >= DAY) return fail(M.rangeOverOneDay);
  return { ok: true, value: { status: base.value.status, from, to, limit: Infinity, after: undefined } };
}

/**
 * Listed sheets of the query's status paid in [from, to), at `now`: never removed ones, and only
 * those paid at least LIST_DELAY_MS ago. `next` is the paging key of the first sheet left out.
 * The docs call the filtered time the sheet's creation date without naming a field; a sheet is
 * created by the payment, so paidAt stands for it.
 */
export function runList(state: OrdersState, query: ListQuery, now: number): { sheets: OrderSheet[]; next: string | null } {
  const bucket = buckets(state).get(query.status)!;
  const start = query.after !== undefined && query.after > keyAt(query.from) ? query.after : keyAt(query.from);
  const visibleUntil = now - LIST_DELAY_MS;
  const out: OrderSheet[] = [];
  for (let i = lowerBound(bucket, start); i < bucket.length; i++) {
    const sheet = bucket[i];
    // Sorted by payment time: past the window or the visibility horizon nothing else qualifies.
    if (sheet.paidAt >= query.to || sheet.paidAt > visibleUntil) break;
    if (out.length === query.limit) return { sheets: out, next: sheetKey(sheet) };
    out.push(sheet);
  }
  return { sheets: out, next: null };
}
