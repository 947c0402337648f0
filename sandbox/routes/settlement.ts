// 정산 (settlement.json, 2 endpoints): revenue history by recognition date (token paging, ≤ 31 days)
// and payouts by recognition month. Both are computed from the vendor's order world at
// clock.now() (domains/settlement/ledger.ts), so they add up to what the sandbox delivered.
import { kstDate, parseKstLocal } from '../clock';
import { bare, openapi, openapiError } from '../gateway/envelopes';
import type { Reply } from '../gateway/reply';
import { deriveSeed } from '../rng';
import { settlementAdminView } from '../domains/settlement/admin';
import { addDays, dayNumber } from '../domains/settlement/calendar';
import { buildLedger } from '../domains/settlement/ledger';
import { SETTLEMENT_MESSAGES as M } from '../domains/settlement/messages';
import { payoutRows } from '../domains/settlement/payouts';
import { seedSettlement } from '../domains/settlement/seed';
import type { SettlementState } from '../domains/settlement/types';
import { revenueLineView } from '../domains/settlement/views';
import type { OrdersState } from '../domains/orders/types';
import { advance } from '../domains/orders/world';
import { ordersDomain } from './orders';
import { defineDomain, type AdminRouteContext, type RouteContext } from './registry';

type Ctx = RouteContext<SettlementState>;

/** rule 95: "최대 31일 이내" — read as at most 31 calendar days, both ends included (the example asks 10-01..10-30). */
export const MAX_RANGE_DAYS = 31;
export const DEFAULT_PER_PAGE = 50;

function world(ctx: Ctx): { orders: OrdersState; now: number } {
  const orders = ctx.store.get(ordersDomain);
  const now = ctx.clock.now();
  advance(orders, now);
  return { orders, now };
}

function isDay(v: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(parseKstLocal(v));
}

/** Opaque next-page token: the offset, bound to the vendor and the date range it was issued for. */
function tokenFor(state: SettlementState, from: string, to: string, offset: number): string {
  const bind = deriveSeed(state.seed, `token:${from}:${to}`).toString(16).padStart(8, '0');
  return `${bind}${offset.toString(16).padStart(8, '0')}`;
}

function offsetOf(state: SettlementState, from: string, to: string, token: string): number | undefined {
  if (token === '') return 0;
  if (!/^[0-9a-f]{16}$/.test(token) || token.slice(0, 8) !== tokenFor(state, from, to, 0).slice(0, 8)) return undefined;
  return parseInt(token.slice(8), 16);
}

function revenueHistory(ctx: Ctx): Reply {
  const q = ctx.query;
  const vendorId = q.get('vendorId');
  if (vendorId === undefined || vendorId === '') return openapiError(400, M.missingParam('vendorId'));
  if (vendorId !== ctx.vendor.vendorId) return openapiError(400, M.vendorMismatch);
  const from = q.get('recognitionDateFrom');
  const to = q.get('recognitionDateTo');
  if (from === undefined || from === '') return openapiError(400, M.missingParam('recognitionDateFrom'));
  if (to === undefined || to === '') return openapiError(400, M.missingParam('recognitionDateTo'));
  if (!isDay(from)) return openapiError(400, M.badDate('recognitionDateFrom', from));
  if (!isDay(to)) return openapiError(400, M.badDate('recognitionDateTo', to));
  if (from > to) return openapiError(400, M.fromAfterTo);
  if (dayNumber(to) - dayNumber(from) + 1 > MAX_RANGE_DAYS) return openapiError(400, M.rangeOver31Days);
  // rule 95: token is required; the first page sends it empty ("token=").
  const token = q.get('token');
  if (token === undefined) return openapiError(400, M.missingParam('token'));
  const rawMax = q.get('maxPerPage');
  const max = rawMax === undefined || rawMax === '' ? DEFAULT_PER_PAGE : /^\d+$/.test(rawMax) ? Number(rawMax) : NaN;
  if (!(max >= 1 && max <= 50)) return openapiError(400, M.maxPerPage);
  const offset = offsetOf(ctx.state, from, to, token);
  if (offset === undefined) return openapiError(400, M.badToken(token));

  const { orders, now } = world(ctx);
  const lines = buildLedger(ctx.state, orders, now).filter((l) => l.recognitionDate >= from && l.recognitionDate <= to);
  const page = lines.slice(offset, offset + max);
  const hasNext = offset + max < lines.length;
  // Example: code 200 (number), message "OK"; data [] when there is nothing.
  return openapi(page.map(revenueLineView), { extra: { hasNext, nextToken: hasNext ? tokenFor(ctx.state, from, to, offset + max) : '' } });
}

/** No vendorId parameter is documented: the key's vendor. The body is the bare array of rows. */
function settlementHistories(ctx: Ctx): Reply {
  const month = ctx.query.get('revenueRecognitionYearMonth');
  if (month === undefined || month === '') return openapiError(400, M.missingParam('revenueRecognitionYearMonth'));
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) return openapiError(400, M.badMonth(month));
  const { orders, now } = world(ctx);
  return bare(payoutRows(ctx.state, buildLedger(ctx.state, orders, now), month, kstDate(now)));
}

// ---- admin (/__sandbox, loopback, unsigned) -------------------------------------------------

const adminError = (status: number, error: string): Reply => ({ status, json: { error } });

/**
 * `GET /__sandbox/settlement?vendorId=&from=&to=`: the expected totals of the revenue history for
 * recognition dates from..to (default: the 60 days up to today), per day, plus a gross recomputed
 * from the order sheets.
 */
function adminSettlement(ctx: AdminRouteContext): Reply {
  const id = ctx.query.get('vendorId') || ctx.demo.vendorId;
  const vendor = ctx.vendors.find((v) => v.vendorId === id);
  if (!vendor) return adminError(400, `unknown vendorId ${id}`);
  const now = ctx.clock.now();
  const today = kstDate(now);
  const from = ctx.query.get('from') || addDays(today, -59);
  const to = ctx.query.get('to') || today;
  if (!isDay(from) || !isDay(to)) return adminError(400, 'from and to are yyyy-MM-dd');
  if (from > to) return adminError(400, 'from must not be after to');
  const store = ctx.store(vendor.vendorId);
  const orders = store.get(ordersDomain);
  advance(orders, now);
  const state = store.get(settlementDomain);
  return { status: 200, json: settlementAdminView(state, orders, buildLedger(state, orders, now), from, to, now) };
}

export const settlementDomain = defineDomain<SettlementState>({
  name: 'settlement',
  seed: seedSettlement,
  summarize: (state) => ({ cycle: state.cycle, bankName: state.bank.name }),
  admin: [{ method: 'GET', path: '/settlement', handler: adminSettlement }],
  routes: [
    { id: 'settlement.listRevenueHistory', method: 'GET', path: '/v2/providers/openapi/apis/api/v1/revenue-history', handler: revenueHistory },
    { id: 'settlement.listSettlementHistories', method: 'GET', path: '/v2/providers/marketplace_openapi/apis/api/v1/settlement-histories', handler: settlementHistories },
  ],
});
