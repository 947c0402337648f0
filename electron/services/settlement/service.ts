// The settlement service, shared by the IPC handlers and the CLI. A period is split into the
// revenue API's ≤ 31-day windows (rule 95); each window is fetched whole (token paging) and then
// replaces the stored lines of its days in one transaction, so an interrupted fetch never leaves a
// half-window behind. Days after today are never fetched (nothing can be recognized yet). Payout
// rows are fetched per revenue-recognition month (rule 96). Reads come from the store (offline).
import type { DailyRevenue, PayoutRow, RevenueLine, RevenueTotals } from '../../../shared/ipc/settlement';
import { kstDate } from '../../../shared/kst';
import { REVENUE_MAX_DAYS, REVENUE_MAX_PER_PAGE, SETTLEMENT_MAX_PERIOD_DAYS } from '../../../shared/settlement/rules';
import { dayCount, eachDay, isDay, monthsBetween, splitDays, type DayWindow } from '../../../shared/settlement/windows';
import type { CoupangClient } from '../../coupang';
import type { Db } from '../../store/db';
import { createInquiriesRepo } from '../../store/inquiries-repo';
import { createSettlementRepo, type PayoutRecord, type RevenueRecord } from '../../store/settlement-repo';
import { encodeSettlementExport, payoutRows, revenueRows, type SettlementExportFormat } from './export';
import { itemNames, payoutRecord, revenueRecord } from './normalize';

export interface SettlementConnection {
  vendorId: string;
  client: CoupangClient;
}

export interface SettlementServiceDeps {
  db: Db;
  connection: () => Promise<SettlementConnection>;
  now?: () => Date;
  log?: (e: Record<string, unknown>) => void;
}

export class SettlementInputError extends Error {
  readonly code = 'INVALID_PAYLOAD';
  constructor(message: string) {
    super(message);
    this.name = 'SettlementInputError';
  }
}

export interface RevenueProgress {
  window: number;
  windows: number;
  from: string;
  to: string;
  page: number;
  lines: number;
}

export interface RevenueResult {
  from: string;
  to: string;
  windows: Array<DayWindow & { fetchedAt: string | null }>;
  complete: boolean;
  lastFetchedAt: string | null;
  totals: RevenueTotals;
  daily: DailyRevenue[];
  lines: RevenueLine[];
  lineCount: number;
  fetch: { windows: number; requests: number; lines: number; seconds: number } | null;
}

/** Every window of a period, in order; the ones after `today` are clipped off for fetching. */
export function revenueWindows(from: string, to: string): DayWindow[] {
  return splitDays(from, to, REVENUE_MAX_DAYS);
}

export function createSettlementService(deps: SettlementServiceDeps) {
  const now = deps.now ?? (() => new Date());
  const log = deps.log ?? (() => {});
  const repo = createSettlementRepo(deps.db);
  const names = createInquiriesRepo(deps.db);

  function checkPeriod(from: string, to: string): void {
    if (!isDay(from) || !isDay(to)) throw new SettlementInputError(`날짜는 YYYY-MM-DD 형식입니다: ${from} ~ ${to}`);
    if (from > to) throw new SettlementInputError(`시작일(${from})이 종료일(${to})보다 늦습니다.`);
    if (dayCount(from, to) > SETTLEMENT_MAX_PERIOD_DAYS) throw new SettlementInputError(`한 번에 조회할 수 있는 기간은 ${SETTLEMENT_MAX_PERIOD_DAYS}일까지입니다.`);
  }

  /** All lines of one window, following nextToken while hasNext (rule 95: the first page sends token=""). */
  async function fetchWindow(conn: SettlementConnection, w: DayWindow, counter: { requests: number }, signal?: AbortSignal, onPage?: (page: number, lines: number) => void): Promise<{ records: RevenueRecord[]; raws: Record<string, any>[] }> {
    const records: RevenueRecord[] = [];
    const raws: Record<string, any>[] = [];
    const seen = new Set<string>();
    let token = '';
    for (let page = 1; ; page++) {
      const res = await conn.client.settlement.listRevenueHistory({ recognitionDateFrom: w.from, recognitionDateTo: w.to, token, maxPerPage: REVENUE_MAX_PER_PAGE }, { signal, priority: 'user' });
      counter.requests++;
      const data = Array.isArray(res.data) ? (res.data as Record<string, any>[]) : [];
      for (const raw of data) {
        const r = revenueRecord(raw);
        if (r) {
          records.push(r);
          raws.push(raw);
        }
      }
      onPage?.(page, records.length);
      const body = (res.body ?? {}) as { hasNext?: unknown };
      const next = res.nextToken ?? '';
      if (body.hasNext !== true || !next) break;
      // A token that comes back again would loop forever: stop rather than page in circles.
      if (seen.has(next)) throw new Error(`매출내역 다음 페이지 토큰이 반복됩니다(${w.from} ~ ${w.to}). 잠시 뒤 다시 조회하세요.`);
      seen.add(next);
      token = next;
    }
    return { records, raws };
  }

  async function revenue(opts: { from: string; to: string; refresh?: boolean; limit?: number; signal?: AbortSignal; onProgress?: (p: RevenueProgress) => void }): Promise<RevenueResult> {
    const { from, to } = opts;
    checkPeriod(from, to);
    const conn = await deps.connection();
    const today = kstDate(now());
    const windows = revenueWindows(from, to);
    let fetch: RevenueResult['fetch'] = null;
    if (opts.refresh && from <= today) {
      const started = Date.now();
      const counter = { requests: 0 };
      let lines = 0;
      const due = revenueWindows(from, to < today ? to : today);
      for (const [i, w] of due.entries()) {
        const { records, raws } = await fetchWindow(conn, w, counter, opts.signal, (page, n) => opts.onProgress?.({ window: i + 1, windows: due.length, from: w.from, to: w.to, page, lines: lines + n }));
        const fetchedAt = now().toISOString();
        repo.replaceWindow(conn.vendorId, w.from, w.to, records, fetchedAt);
        for (const raw of raws) for (const n of itemNames(raw)) names.rememberName(conn.vendorId, n.vendorItemId, n.name, fetchedAt);
        lines += records.length;
      }
      fetch = { windows: due.length, requests: counter.requests, lines, seconds: Math.round((Date.now() - started) / 100) / 10 };
      log({ level: 'info', event: 'settlement.revenue.fetch', vendorId: conn.vendorId, from, to, ...fetch });
    }
    const fetched = repo.fetchedDays(conn.vendorId, from, to);
    const pastDays = eachDay(from, to < today ? to : today);
    const stamps = [...fetched.values()].sort();
    const { lines, count } = repo.lines(conn.vendorId, from, to, opts.limit ?? 3000);
    return {
      from,
      to,
      windows: windows.map((w) => {
        const days = eachDay(w.from, w.to < today ? w.to : today).map((d) => fetched.get(d) ?? null);
        return { ...w, fetchedAt: days.length && days.every((d) => d !== null) ? (days as string[]).sort()[0] : null };
      }),
      complete: from > today || pastDays.every((d) => fetched.has(d)),
      lastFetchedAt: stamps.length ? stamps[stamps.length - 1] : null,
      totals: repo.totals(conn.vendorId, from, to),
      daily: repo.daily(conn.vendorId, from, to),
      lines,
      lineCount: count,
      fetch,
    };
  }

  async function payouts(opts: { from: string; to: string; refresh?: boolean; signal?: AbortSignal }) {
    checkPeriod(opts.from, opts.to);
    const conn = await deps.connection();
    const thisMonth = kstDate(now()).slice(0, 7);
    const months = monthsBetween(opts.from, opts.to);
    let fetch: { requests: number; seconds: number } | null = null;
    if (opts.refresh) {
      const started = Date.now();
      let requests = 0;
      for (const month of months.filter((m) => m <= thisMonth)) {
        const res = await conn.client.settlement.listSettlementHistories({ revenueRecognitionYearMonth: month }, { signal: opts.signal, priority: 'user' });
        requests++;
        const rows: PayoutRecord[] = (Array.isArray(res.data) ? (res.data as Record<string, any>[]) : []).map((raw) => payoutRecord(raw, month));
        repo.replaceMonth(conn.vendorId, month, rows, now().toISOString());
      }
      fetch = { requests, seconds: Math.round((Date.now() - started) / 100) / 10 };
    }
    const rows = repo.payouts(conn.vendorId, months);
    const fetchedMonths = repo.payoutMonths(conn.vendorId, months);
    const sum = (xs: PayoutRow[], f: (r: PayoutRow) => number) => xs.reduce((n, r) => n + f(r), 0);
    return {
      months: months.map((month) => ({ month, fetchedAt: fetchedMonths.get(month) ?? null })),
      rows,
      totals: {
        settlementAmount: sum(rows, (r) => r.settlementAmount),
        finalAmount: sum(rows, (r) => r.finalAmount),
        done: sum(rows.filter((r) => r.status === 'DONE'), (r) => r.finalAmount),
        scheduled: sum(rows.filter((r) => r.status !== 'DONE'), (r) => r.finalAmount),
      },
      fetch,
    };
  }

  /** The stored lines or rows of the period as a file (works offline). */
  async function exportFile(opts: { from: string; to: string; what: 'revenue' | 'payouts'; format: SettlementExportFormat }) {
    checkPeriod(opts.from, opts.to);
    const conn = await deps.connection();
    const cells = opts.what === 'revenue' ? revenueRows(repo.lines(conn.vendorId, opts.from, opts.to, 1_000_000).lines.slice().reverse()) : payoutRows(repo.payouts(conn.vendorId, monthsBetween(opts.from, opts.to)));
    const file = encodeSettlementExport(opts.what, opts.format, cells);
    const base = opts.what === 'revenue' ? '매출내역' : '지급내역';
    return { fileName: `${base}_${conn.vendorId}_${opts.from}_${opts.to}.${file.extension}`, mimeType: file.mimeType, data: file.data, rows: cells.length };
  }

  return { repo, revenue, payouts, export: exportFile };
}

export type SettlementService = ReturnType<typeof createSettlementService>;
