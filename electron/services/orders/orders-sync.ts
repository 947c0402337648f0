// Incremental, resumable pull of one vendor's order sheets and stop-shipment / cancel receipts
// into the local store.
//
// Why per-day lists (orders.listByDay) and not per-minute: the per-minute list takes one status
// and at most 24 h per call, is unpaged and times out on wide windows, so it is used in ~10-minute
// windows (rules-orders.md 12) — 6 statuses x 6 windows = 36 calls per hour of elapsed time even
// when nothing happened. The per-day list pages 50 sheets per call and covers up to 31 days, so a
// pull costs one call per (status, window) plus one per 50 sheets, whatever the gap since the last
// pull. Newly paid orders show up in the lists only after ~10 minutes (rules-orders.md 14), which
// the overlap below absorbs.
//
// The lists select by order date only: nothing asks Coupang "what changed since". A pull therefore
// costs one call per (status, window) plus one per 50 sheets in the window, changed or not, and
// the plan keeps the windows as narrow as what they must catch:
//   initial (no cursor yet): every status over the lookback (31 days, one window), plus receipts.
//   incremental: one task per status — over [cursor - overlap, today] ("recent": new orders; the
//     overlap absorbs the ~10-minute list delay; read with the per-minute list in ~10-minute
//     windows instead when the day's stored shipments of that status would take more pages than
//     those windows take calls — a large seller later in the day), or over the whole lookback when
//     that status is due for its refresh: ACCEPT + INSTRUCT every openRefreshMs and whenever the seller asks for a
//     sync ("open": what the seller acts on, moved by WING, late payments, address changes),
//     DEPARTURE + DELIVERING every transitRefreshMs ("transit": couriers). Stop-shipment requests
//     (RU) over the whole lookback, cancels at 결제완료 (cancelType=CANCEL) over the recent part —
//     a cancel or stop request is flagged on the next pull whatever the cadence.
//   then "vanished": stored shipments a list should have returned in this run but did not (in a
//     status read over the whole lookback, or ordered inside the recent window) have moved on or
//     been cancelled, and so have the boxes of cancel receipts that are new in this run — each is
//     read once with the single-order call; RU receipts that left the RU list are read with the
//     single-receipt call.
//   range (--from/--to): every (or the given) status and the receipts over the range, in
//     31-day windows.
// Resume: the plan and each task's nextToken are stored (orders_sync_state.run_json) in the same
// transaction as the page they follow, so a pull killed half-way and started again continues from
// the last stored page; upserts are keyed by shipmentBoxId, so pages read twice change nothing.
import { randomUUID } from 'node:crypto';
import { addKstDays, kstDate, kstIso, parseKstDate } from '../../../shared/kst';
import { ORDER_STATUSES, type OrderStatusCode } from '../../../shared/orders/status';
import { isCoupangApiError, type CoupangClient } from '../../coupang';
import type { Db } from '../../store/db';
import type { OrdersRepo } from '../../store/orders-repo';
import type { SyncRepo } from '../../store/orders-sync-repo';
import { normalizeOrderSheet, normalizeReceipt, idText, OrderShapeError } from './normalize';

export const DAY_MS = 24 * 60 * 60 * 1000;
/** rules-orders.md 14: a paid order appears in the lists about 10 minutes later. */
export const LIST_LAG_MS = 10 * 60 * 1000;
/** rules-orders.md 12: the per-minute list times out on wide windows; about 10 minutes per call. */
export const MINUTE_WINDOW_MS = 10 * 60 * 1000;
/** ACCEPT/INSTRUCT: whole-lookback re-read in a background pull at most this often. */
export const OPEN_REFRESH_MS = 15 * 60 * 1000;
/** Statuses a shipment leaves without our own action; a stored one missing from its list moved on. */
const VANISH_STATUSES = ['ACCEPT', 'INSTRUCT', 'DEPARTURE', 'DELIVERING'];
const OPEN_STATUSES = ['ACCEPT', 'INSTRUCT'];
const TRANSIT_STATUSES = ['DEPARTURE', 'DELIVERING'];
/** rules-orders.md 9: createdAtFrom..createdAtTo at most 31 days ("less than 31"). */
export const MAX_WINDOW_DAYS = 31;
/**
 * returns.listRequests: the per-day mode is any searchType other than `timeFrame`; the catalog
 * lists the parameter as required, so the daily mode sends it empty.
 */
export const RETURNS_DAILY_SEARCH_TYPE = '';

export interface SyncOptions {
  /** Days (KST, today included) the initial pull and the open/transit passes cover. */
  lookbackDays: number;
  /** How far before the previous run's start the next incremental pull re-reads (list delay + margin). */
  overlapMs: number;
  /** How often a background pull re-reads ACCEPT/INSTRUCT over the whole lookback. */
  openRefreshMs: number;
  /** How often DEPARTURE/DELIVERING are re-read over the whole lookback. */
  transitRefreshMs: number;
  /** Width of one per-minute list call. */
  minuteWindowMs: number;
  /** Tasks read in parallel (each follows its own nextToken). */
  concurrency: number;
  maxPerPage: number;
  /** Single-order / single-receipt reads per run for shipments that left the lists. */
  maxSingleReads: number;
  /** A status our own action set is not rolled back by list data for this long. */
  actionGuardMs: number;
}

export const DEFAULT_SYNC_OPTIONS: SyncOptions = {
  lookbackDays: 31,
  overlapMs: 3 * LIST_LAG_MS,
  openRefreshMs: OPEN_REFRESH_MS,
  transitRefreshMs: 60 * 60 * 1000,
  minuteWindowMs: MINUTE_WINDOW_MS,
  concurrency: 3,
  maxPerPage: 50,
  maxSingleReads: 300,
  actionGuardMs: 30 * 60 * 1000,
};

export interface PullRequest {
  from?: string;
  to?: string;
  status?: string;
  /** The seller asked for this pull ("sync now", the CLI): re-read the open statuses whatever the cadence. */
  refreshOpen?: boolean;
  signal?: AbortSignal;
  /** Called after every stored page (tests and the CLI's progress line). */
  onPage?: (p: { task: string; pages: number; pulled: number; requests: number }) => void;
}

export interface PullReport {
  pulled: number;
  inserted: number;
  updated: number;
  requests: number;
  seconds: number;
}

type Purpose = 'range' | 'initial' | 'recent' | 'open' | 'transit' | 'claims';

interface Task {
  kind: 'orders' | 'ru' | 'cancel';
  status?: string;
  /** Days (YYYY-MM-DD, both included) for the per-day lists; KST minutes [from, to) for 'minute'. */
  from: string;
  to: string;
  unit?: 'minute';
  purpose: Purpose;
  token: string | null;
  pages: number;
  done: boolean;
}

interface Run {
  v: 2;
  id: string;
  key: string;
  mode: 'initial' | 'incremental' | 'range';
  startedAt: string;
  lookbackFrom: string;
  /** Statuses whose lists cover the whole lookback in this run: vanished-check candidates at any date. */
  vanishStatuses: string[];
  /** Per status read over a recent window: shipments ordered since (epoch ms) are vanished-check candidates too. */
  recentSince: Record<string, number>;
  claimsVanish: boolean;
  open: boolean;
  transit: boolean;
  /** Cancel receipts new or changed in this run: their boxes are re-read. */
  changedCancels: string[];
  tasks: Task[];
}

export interface SyncEngineDeps {
  db: Db;
  repo: OrdersRepo;
  syncRepo: SyncRepo;
  now: () => Date;
  log?: (e: Record<string, unknown>) => void;
  options?: Partial<SyncOptions>;
}

/** [from, to] in windows of at most MAX_WINDOW_DAYS calendar days. */
export function dayWindows(from: string, to: string, maxDays = MAX_WINDOW_DAYS): Array<{ from: string; to: string }> {
  const out: Array<{ from: string; to: string }> = [];
  if (parseKstDate(from).getTime() > parseKstDate(to).getTime()) return out;
  let start = from;
  for (;;) {
    const end = addKstDays(start, maxDays - 1);
    if (parseKstDate(end).getTime() >= parseKstDate(to).getTime()) {
      out.push({ from: start, to });
      return out;
    }
    out.push({ from: start, to: end });
    start = addKstDays(end, 1);
  }
}

/**
 * [fromMs, toMs] as per-minute list windows ([from, to) in KST minutes, at most widthMs each),
 * from the minute fromMs falls in to the minute after toMs's. None when the span reaches 24 hours
 * (the call's limit) or is empty.
 */
export function minuteWindows(fromMs: number, toMs: number, widthMs: number): Array<{ from: string; to: string; fromMs: number }> {
  const start = Math.floor(fromMs / 60_000) * 60_000;
  const end = Math.floor(toMs / 60_000) * 60_000 + 60_000;
  if (!(end > start) || end - start >= DAY_MS) return [];
  const minute = (ms: number) => kstIso(new Date(ms)).slice(0, 16);
  const out: Array<{ from: string; to: string; fromMs: number }> = [];
  for (let a = start; a < end; a += widthMs) out.push({ from: minute(a), to: minute(Math.min(a + widthMs, end)), fromMs: a });
  return out;
}

const maxDay = (a: string, b: string) => (a >= b ? a : b);
const minDay = (a: string, b: string) => (a <= b ? a : b);

export function createSyncEngine(deps: SyncEngineDeps) {
  const opt: SyncOptions = { ...DEFAULT_SYNC_OPTIONS, ...deps.options };
  const log = deps.log ?? (() => {});
  const { repo, syncRepo, db } = deps;

  /** Stored shipments per status ordered since sinceMs (what a per-day list of those days pages through). */
  function countByStatusSince(vendorId: string, sinceMs: number): Map<string, number> {
    const rows = db
      .prepare(`SELECT status, COUNT(*) AS n FROM orders WHERE vendor_id = ? AND gone_reason IS NULL AND ordered_ms >= ? GROUP BY status`)
      .all(vendorId, sinceMs) as Array<{ status: string; n: number }>;
    return new Map(rows.map((r) => [r.status, r.n]));
  }

  function plan(vendorId: string, req: PullRequest): Run {
    const now = deps.now();
    const today = kstDate(now);
    const lookbackFrom = addKstDays(today, -(opt.lookbackDays - 1));
    const startedAt = now.toISOString();
    const base = { v: 2 as const, id: randomUUID(), startedAt, lookbackFrom, changedCancels: [] as string[] };
    const orderTasks = (from: string, to: string, statuses: readonly string[], purpose: Purpose): Task[] =>
      dayWindows(from, to).flatMap((w) => statuses.map((status) => ({ kind: 'orders' as const, status, ...w, purpose, token: null, pages: 0, done: false })));
    const claimTasks = (kind: 'ru' | 'cancel', from: string, to: string): Task[] =>
      dayWindows(from, to).map((w) => ({ kind, ...w, purpose: 'claims' as const, token: null, pages: 0, done: false }));

    if (req.from || req.to || req.status) {
      const from = req.from ?? lookbackFrom;
      const to = req.to ?? today;
      const statuses = req.status ? [req.status] : ORDER_STATUSES;
      return {
        ...base,
        key: `range:${from}:${to}:${req.status ?? ''}`,
        mode: 'range',
        vanishStatuses: [],
        recentSince: {},
        claimsVanish: false,
        open: false,
        transit: false,
        tasks: [...orderTasks(from, to, statuses, 'range'), ...claimTasks('ru', from, to), ...claimTasks('cancel', from, to)],
      };
    }
    const state = syncRepo.get(vendorId);
    if (!state.cursorAt) {
      return {
        ...base,
        key: 'auto',
        mode: 'initial',
        vanishStatuses: VANISH_STATUSES,
        recentSince: {},
        claimsVanish: true,
        open: true,
        transit: true,
        tasks: [...orderTasks(lookbackFrom, today, ORDER_STATUSES, 'initial'), ...claimTasks('ru', lookbackFrom, today), ...claimTasks('cancel', lookbackFrom, today)],
      };
    }
    // At least today, even if the cursor is ahead of "now" (a clock set back).
    const recentFrom = minDay(maxDay(lookbackFrom, kstDate(new Date(Date.parse(state.cursorAt) - opt.overlapMs))), today);
    // A pass stamped in the future (the clock was set back) is due as well.
    const due = (at: string | null, every: number) => {
      const since = at ? now.getTime() - Date.parse(at) : NaN;
      return !(since >= 0 && since < every) || recentFrom === lookbackFrom;
    };
    const openDue = !!req.refreshOpen || due(state.openAt, opt.openRefreshMs);
    const transitDue = due(state.transitAt, opt.transitRefreshMs);
    const wide = new Set([...(openDue ? OPEN_STATUSES : []), ...(transitDue ? TRANSIT_STATUSES : [])]);
    // The per-day list's smallest window is a day: every page of the day's shipments is read again,
    // changed or not. The per-minute list reads only the minutes since the last pull, at a fixed
    // number of unpaged calls; whichever costs fewer calls for a status is used.
    const dayStartMs = parseKstDate(recentFrom).getTime();
    const minutes = minuteWindows(Date.parse(state.cursorAt) - opt.overlapMs, now.getTime(), opt.minuteWindowMs);
    const storedSince = countByStatusSince(vendorId, dayStartMs);
    const recentSince: Record<string, number> = {};
    // One task per status: a status due for its refresh reads the whole lookback, which holds the
    // recent window too.
    const tasks: Task[] = ORDER_STATUSES.flatMap((status): Task[] => {
      if (wide.has(status)) return orderTasks(lookbackFrom, today, [status], OPEN_STATUSES.includes(status) ? 'open' : 'transit');
      const dayCalls = Math.ceil(((storedSince.get(status) ?? 0) + 1) / opt.maxPerPage);
      if (minutes.length > 0 && minutes.length < dayCalls) {
        recentSince[status] = minutes[0].fromMs;
        return minutes.map((w) => ({ kind: 'orders', status, from: w.from, to: w.to, unit: 'minute', purpose: 'recent', token: null, pages: 0, done: false }));
      }
      recentSince[status] = dayStartMs;
      return orderTasks(recentFrom, today, [status], 'recent');
    });
    tasks.push(...claimTasks('ru', lookbackFrom, today), ...claimTasks('cancel', recentFrom, today));
    return {
      ...base,
      key: 'auto',
      mode: 'incremental',
      vanishStatuses: VANISH_STATUSES.filter((s) => wide.has(s)),
      recentSince,
      claimsVanish: true,
      open: openDue,
      transit: transitDue,
      tasks,
    };
  }

  function requestKey(req: PullRequest): string {
    if (req.from || req.to || req.status) {
      return `range:${req.from ?? ''}:${req.to ?? ''}:${req.status ?? ''}`;
    }
    return 'auto';
  }

  function loadRun(vendorId: string, req: PullRequest): Run | null {
    const json = syncRepo.get(vendorId).runJson;
    if (!json) return null;
    try {
      const run = JSON.parse(json) as Run;
      // An unfinished run of an older plan format starts over (pages already stored are upserts).
      if (run.v !== 2) return null;
      const want = requestKey(req);
      // A range run is resumed by the same range; 'auto' by the next default pull.
      if (run.key === want) return run;
      if (want.startsWith('range:') && run.key.startsWith('range:')) {
        const [, f, t, s] = want.split(':');
        const [, rf, rt, rs] = run.key.split(':');
        if ((f === '' || f === rf) && (t === '' || t === rt) && s === rs) return run;
      }
      return null;
    } catch {
      return null;
    }
  }

  async function pull(vendorId: string, client: CoupangClient, req: PullRequest = {}): Promise<PullReport> {
    const started = Date.now();
    const report: PullReport = { pulled: 0, inserted: 0, updated: 0, requests: 0, seconds: 0 };
    let run = loadRun(vendorId, req);
    if (run) log({ level: 'info', event: 'orders.sync.resume', vendorId, runId: run.id, done: run.tasks.filter((t) => t.done).length, of: run.tasks.length });
    else {
      run = plan(vendorId, req);
      syncRepo.saveRun(vendorId, JSON.stringify(run));
      log({ level: 'info', event: 'orders.sync.start', vendorId, runId: run.id, mode: run.mode, tasks: run.tasks.length });
    }
    const r = run;
    const at = () => kstIso(deps.now());
    const label = (t: Task) => (t.kind === 'orders' ? `${t.status} ${t.from}~${t.to}` : `${t.kind === 'ru' ? '출고중지요청' : '취소'} ${t.from}~${t.to}`);

    const storePage = db.transaction((task: Task, rows: unknown[], nextToken: string | null) => {
      const when = at();
      for (const row of rows) {
        report.pulled++;
        try {
          if (task.kind === 'orders') {
            const n = normalizeOrderSheet(row);
            const outcome = repo.upsertOrder(vendorId, n, { at: when, source: 'sync', runId: r.id, actionGuardMs: opt.actionGuardMs });
            if (outcome === 'inserted') report.inserted++;
            else if (outcome === 'updated') report.updated++;
          } else {
            const c = normalizeReceipt(row);
            const changed = repo.upsertClaim(vendorId, task.kind === 'ru' ? 'RELEASE_STOP' : 'CANCEL', c, when, r.id);
            if (changed && task.kind === 'cancel' && r.mode === 'incremental' && !r.changedCancels.includes(c.receiptId)) r.changedCancels.push(c.receiptId);
          }
        } catch (err) {
          if (!(err instanceof OrderShapeError)) throw err;
          log({ level: 'warn', event: 'orders.sync.badRow', vendorId, error: err.message });
        }
      }
      task.pages++;
      task.token = nextToken;
      task.done = !nextToken;
      syncRepo.saveRun(vendorId, JSON.stringify(r));
    });

    async function fetchPage(task: Task): Promise<{ rows: unknown[]; nextToken: string | null }> {
      const options = { priority: 'bulk' as const, signal: req.signal };
      report.requests++;
      if (task.kind === 'orders' && task.unit === 'minute') {
        // Unpaged: the whole window in one answer.
        const res = await client.orders.listByMinute({ createdAtFrom: `${task.from}+09:00`, createdAtTo: `${task.to}+09:00`, status: task.status as OrderStatusCode }, options);
        return { rows: Array.isArray(res.data) ? res.data : [], nextToken: null };
      }
      if (task.kind === 'orders') {
        const res = await client.orders.listByDay(
          {
            createdAtFrom: `${task.from}+09:00`,
            createdAtTo: `${task.to}+09:00`,
            status: task.status as OrderStatusCode,
            maxPerPage: opt.maxPerPage,
            ...(task.token ? { nextToken: task.token } : {}),
          },
          options,
        );
        return { rows: Array.isArray(res.data) ? res.data : [], nextToken: res.nextToken || null };
      }
      const res = await client.returns.listRequests(
        {
          searchType: RETURNS_DAILY_SEARCH_TYPE,
          createdAtFrom: task.from,
          createdAtTo: task.to,
          ...(task.kind === 'ru' ? { status: 'RU' } : { cancelType: 'CANCEL' }),
          maxPerPage: opt.maxPerPage,
          ...(task.token ? { nextToken: task.token } : {}),
        } as never,
        options,
      );
      return { rows: Array.isArray(res.data) ? res.data : [], nextToken: res.nextToken || null };
    }

    async function runTask(task: Task): Promise<void> {
      let resumedToken = task.token;
      while (!task.done) {
        req.signal?.throwIfAborted();
        let page: { rows: unknown[]; nextToken: string | null };
        try {
          page = await fetchPage(task);
        } catch (err) {
          // A stored nextToken from an interrupted run may have expired: start that task over.
          if (resumedToken && isCoupangApiError(err) && err.kind === 'bad-request') {
            log({ level: 'warn', event: 'orders.sync.tokenRestart', vendorId, task: label(task) });
            task.token = null;
            resumedToken = null;
            continue;
          }
          throw err;
        }
        resumedToken = null;
        const next = page.nextToken && page.nextToken !== task.token ? page.nextToken : null;
        if (page.nextToken && page.nextToken === task.token) log({ level: 'warn', event: 'orders.sync.sameToken', vendorId, task: label(task) });
        storePage(task, page.rows, next);
        req.onPage?.({ task: label(task), pages: task.pages, pulled: report.pulled, requests: report.requests });
      }
    }

    // Workers take tasks in plan order; each task follows its own nextToken chain.
    const queue = r.tasks.filter((t) => !t.done);
    let failure: unknown = null;
    const workers = Array.from({ length: Math.max(1, Math.min(opt.concurrency, queue.length)) }, async () => {
      while (queue.length && !failure) {
        const task = queue.shift()!;
        try {
          await runTask(task);
        } catch (err) {
          failure ??= err;
        }
      }
    });
    await Promise.all(workers);
    if (failure) throw failure;

    await vanished(vendorId, client, r, report, req.signal);

    // A range pull reads what was asked, not everything since the cursor: it leaves the cursor alone.
    const cursorAt = r.mode === 'range' ? null : r.startedAt;
    syncRepo.finishRun(vendorId, { cursorAt, transitAt: r.transit ? r.startedAt : null, openAt: r.open ? r.startedAt : null, at: deps.now().toISOString() });
    report.seconds = Math.round((Date.now() - started) / 10) / 100;
    log({ level: 'info', event: 'orders.sync.done', vendorId, runId: r.id, mode: r.mode, ...report });
    return report;
  }

  /** Single reads for what left the lists (moved on, cancelled or returned). */
  async function vanished(vendorId: string, client: CoupangClient, run: Run, report: PullReport, signal?: AbortSignal) {
    const options = { priority: 'bulk' as const, signal };
    let budget = opt.maxSingleReads;
    // A status read over the whole lookback should have returned every stored box in it; older
    // ones (a box stuck in transit for weeks) are outside every list, so they are read one by one
    // too. Inside the recent window every status was read, so any box ordered there counts.
    const recent = Object.entries(run.recentSince).filter(([status]) => VANISH_STATUSES.includes(status));
    const where = [
      ...(run.vanishStatuses.length ? [`status IN (${run.vanishStatuses.map(() => '?').join(', ')})`] : []),
      ...recent.map(() => '(status = ? AND ordered_ms >= ?)'),
    ];
    const vanishedRows = where.length
      ? (db
          .prepare(
            `SELECT shipment_box_id FROM orders WHERE vendor_id = ? AND gone_reason IS NULL AND (seen_run IS NULL OR seen_run != ?)
               AND (${where.join(' OR ')}) ORDER BY ordered_ms DESC LIMIT ?`,
          )
          .all(vendorId, run.id, ...run.vanishStatuses, ...recent.flat(), budget) as Array<{ shipment_box_id: string }>)
      : [];
    // A new cancel receipt changes its boxes (cancelled whole: gone; in part: fewer to ship).
    const cancelledRows = run.changedCancels.length
      ? (db
          .prepare(
            `SELECT DISTINCT o.shipment_box_id FROM order_claims c
               JOIN order_claim_items i ON i.vendor_id = c.vendor_id AND i.receipt_id = c.receipt_id
               JOIN orders o ON o.vendor_id = c.vendor_id AND (o.shipment_box_id = i.shipment_box_id OR (i.shipment_box_id = '' AND o.order_id = c.order_id))
             WHERE c.vendor_id = ? AND c.receipt_id IN (${run.changedCancels.map(() => '?').join(', ')})
               AND o.status IN ('ACCEPT', 'INSTRUCT') AND o.gone_reason IS NULL AND (o.seen_run IS NULL OR o.seen_run != ?)`,
          )
          .all(vendorId, ...run.changedCancels, run.id) as Array<{ shipment_box_id: string }>)
      : [];
    const toRead = [...new Set([...vanishedRows, ...cancelledRows].map((r) => r.shipment_box_id))].slice(0, budget);
    for (const id of toRead) {
      signal?.throwIfAborted();
      budget--;
      report.requests++;
      await readOneOrder(vendorId, client, id, { runId: run.id, options, source: 'sync' });
    }
    if (run.claimsVanish && budget > 0) {
      const claims = db
        .prepare(
          `SELECT receipt_id FROM order_claims WHERE vendor_id = ? AND kind = 'RELEASE_STOP' AND receipt_status = 'RELEASE_STOP_UNCHECKED'
             AND (seen_run IS NULL OR seen_run != ?) ORDER BY receipt_id LIMIT ?`,
        )
        .all(vendorId, run.id, budget) as Array<{ receipt_id: string }>;
      for (const c of claims) {
        signal?.throwIfAborted();
        report.requests++;
        await readOneReceipt(vendorId, client, c.receipt_id, run.id, options);
      }
    }
  }

  /**
   * Reads one shipment with the single-order call and stores it. Returns the stored status, or
   * 'GONE' when Coupang says it was cancelled or returned (rules-orders.md 23).
   */
  async function readOneOrder(
    vendorId: string,
    client: CoupangClient,
    shipmentBoxId: string,
    o: { runId?: string | null; options?: { priority: 'user' | 'bulk'; signal?: AbortSignal }; source?: 'sync' | 'coupang' } = {},
  ): Promise<{ status: string | 'GONE' | 'MISSING'; raw?: unknown }> {
    const at = kstIso(deps.now());
    try {
      const res = await client.orders.getByShipmentBoxId({ shipmentBoxId }, o.options ?? { priority: 'user' });
      const data = res.data as unknown;
      const sheet = Array.isArray(data) ? data.find((d) => idText((d as any)?.shipmentBoxId) === shipmentBoxId) ?? data[0] : data;
      if (!sheet || typeof sheet !== 'object') {
        if (o.runId) repo.markSeen(vendorId, shipmentBoxId, o.runId);
        return { status: 'MISSING' };
      }
      const n = normalizeOrderSheet(sheet);
      repo.upsertOrder(vendorId, n, { at, source: 'coupang', runId: o.runId ?? null, actionGuardMs: o.source === 'sync' ? opt.actionGuardMs : 0 });
      if (o.runId) repo.markSeen(vendorId, shipmentBoxId, o.runId);
      return { status: repo.get(vendorId, shipmentBoxId)?.status ?? n.status, raw: sheet };
    } catch (err) {
      if (isCoupangApiError(err) && (err.kind === 'bad-request' || err.kind === 'not-found')) {
        const msg = err.coupangMessage ?? err.explanationKo;
        if (/취소|반품|cancell?ed|returned/i.test(msg)) {
          repo.setGone(vendorId, shipmentBoxId, msg, at, o.runId ?? null);
          return { status: 'GONE' };
        }
        if (o.runId) repo.markSeen(vendorId, shipmentBoxId, o.runId);
        log({ level: 'warn', event: 'orders.readOne.refused', vendorId, shipmentBoxId, message: msg });
        return { status: 'MISSING' };
      }
      throw err;
    }
  }

  async function readOneReceipt(vendorId: string, client: CoupangClient, receiptId: string, runId: string | null, options: { priority: 'user' | 'bulk'; signal?: AbortSignal }) {
    const at = kstIso(deps.now());
    try {
      const res = await client.returns.getRequest({ receiptId }, options);
      const data = res.data as unknown;
      const receipt = Array.isArray(data) ? data.find((d) => idText((d as any)?.receiptId) === receiptId) ?? data[0] : data;
      if (receipt && typeof receipt === 'object') {
        const c = normalizeReceipt(receipt);
        repo.upsertClaim(vendorId, 'RELEASE_STOP', c, at, runId);
        return c;
      }
    } catch (err) {
      if (!(isCoupangApiError(err) && (err.kind === 'bad-request' || err.kind === 'not-found'))) throw err;
      log({ level: 'warn', event: 'orders.readReceipt.refused', vendorId, receiptId, message: err.coupangMessage ?? err.explanationKo });
    }
    if (runId) repo.markClaimSeen(vendorId, receiptId, runId);
    return null;
  }

  return { pull, plan, readOneOrder, readOneReceipt, options: opt };
}
export type SyncEngine = ReturnType<typeof createSyncEngine>;
