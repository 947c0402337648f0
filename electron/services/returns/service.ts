// The returns service (반품·교환): one object for the IPC handlers and the CLI. Reads come from the
// local store only (offline-capable); sync and actions go to Coupang through the shared client.
// Every action re-reads its receipt/exchange first (the store may be old), checks the documented
// state gate (shared/returns), is journaled before it is sent, and is never resent blindly: a
// write whose answer was lost is reconciled by reading the target back.
import { checkInvoiceNumber, resolveCarrier } from '../../../shared/carriers';
import type { ExchangeDetail, ReturnDetail, ReturnsActionResult } from '../../../shared/ipc/returns';
import { addKstDays, kstDate, kstIso, parseKstDate } from '../../../shared/kst';
import {
  approveCancelCount,
  collectStatusKo,
  dayWindows,
  exchangeActionBlockKo,
  exchangeDeliveryStatusKo,
  exchangeStatusKo,
  faultKo,
  isOpenReleaseStop,
  receiptStatusKo,
  refundDeliveryDutyKo,
  releaseStatusKo,
  returnActionBlockKo,
  EXCHANGE_LIST_MAX_DAYS,
  WITHDRAWAL_LIST_MAX_DAYS,
  RETURNS_LOOKBACK_DAYS,
  RETURNS_REFRESH,
  type ExchangeAction,
  type ExchangeLike,
  type ExchangeRejectCode,
  type ReturnAction,
  type ReturnLike,
} from '../../../shared/returns';
import { isCoupangApiError, parseJson, type CoupangApiError, type CoupangClient } from '../../coupang';
import type { Db } from '../../store/db';
import { createReturnsRepo, type ExchangeRecord, type ReceiptRecord } from '../../store/returns-repo';
import { idText, isoOrNull, normalizeExchange, normalizeReceipt, normalizeWithdrawal, receiptItems, won } from './normalize';
import { backgroundRefresh } from '../repeat';
import { syncSlots } from '../sync-slots';

export interface ReturnsConnection {
  vendorId: string;
  client: CoupangClient;
}

export interface ReturnsSyncOptions {
  /** KST days (today included) a default sync covers. */
  lookbackDays: number;
  /** Calendar days per returns.listRequests call (≤ 31; large ranges time out, rules-orders.md 64). */
  receiptWindowDays: number;
  maxPerPage: number;
  /** Single reads per sync for open receipts the lists no longer show. */
  maxSingleReads: number;
}

export const DEFAULT_RETURNS_SYNC: ReturnsSyncOptions = { lookbackDays: RETURNS_LOOKBACK_DAYS, receiptWindowDays: 7, maxPerPage: 50, maxSingleReads: 100 };

/**
 * returns.listRequests per-day mode: anything but searchType=timeFrame. The catalog marks the
 * parameter required, so it is sent empty (as the orders sync does).
 */
const DAILY_SEARCH_TYPE = '';
/**
 * Status codes that together list every return receipt except 입고완료 (which has no code):
 * UC holds 반품접수 and, per the FAQ, 출고중지요청 too; CC 반품완료; PR 쿠팡확인요청. Receipts
 * confirmed as received (VENDOR_WAREHOUSE_CONFIRM) are followed by single reads.
 */
const LIST_STATUSES = ['UC', 'CC', 'PR'] as const;

export interface ReturnsServiceDeps {
  db: Db;
  connection: () => Promise<ReturnsConnection>;
  now?: () => Date;
  log?: (e: Record<string, unknown>) => void;
  sync?: Partial<ReturnsSyncOptions>;
}

export interface ReturnsSyncReport {
  receipts: number;
  exchanges: number;
  withdrawals: number;
  requests: number;
  seconds: number;
}

const UNKNOWN_KO = '쿠팡 응답을 받지 못해 처리 여부를 알 수 없습니다. 같은 요청을 다시 보내지 않고, 조회해서 확인합니다. 잠시 후 동기화하세요.';
const DONE_BY_READ_KO = '응답은 받지 못했지만 다시 조회해 보니 쿠팡에 반영되었습니다.';
/** A write without an answer that a read still does not show after this long is taken as not applied. */
const SETTLE_MS = 2 * 60 * 1000;
const OPEN_ACTION_KO = '앞서 보낸 같은 건의 요청 결과를 아직 확인하지 못해 새 요청을 보내지 않았습니다. 동기화 후 다시 시도하세요.';

function coupangSaid(err: CoupangApiError): string {
  return `${err.explanationKo}${err.coupangMessage ? ` (쿠팡: ${err.coupangMessage})` : ''} ${err.fixKo}`.replace(/\s+/g, ' ').trim();
}

export function returnsSyncErrorKo(err: unknown): string {
  if (isCoupangApiError(err)) return `반품·교환 동기화 실패: ${err.oneLineKo}`;
  return `반품·교환 동기화 실패: ${err instanceof Error ? err.message : String(err)}`;
}

/** ReturnLike of a stored or freshly read receipt. */
export function returnLike(r: Pick<ReceiptRecord, 'receiptType' | 'receiptStatus' | 'withdrawnAt' | 'rawJson'>): ReturnLike {
  const raw = parseJson(r.rawJson || '{}') as any;
  return { receiptType: r.receiptType, receiptStatus: r.receiptStatus, releaseStatuses: receiptItems(raw).map((i) => i.releaseStatus ?? ''), withdrawn: r.withdrawnAt !== null };
}

export function exchangeLike(e: Pick<ExchangeRecord, 'exchangeStatus' | 'collectStatus' | 'newShipmentBoxId' | 'rawJson'>): ExchangeLike {
  const raw = parseJson(e.rawJson || '{}') as any;
  const flag = (v: unknown) => (typeof v === 'boolean' ? v : null);
  return { exchangeStatus: e.exchangeStatus, collectStatus: e.collectStatus, rejectable: flag(raw.rejectable), deliveryInvoiceModifiable: flag(raw.deliveryInvoiceModifiable), newShipmentBoxId: e.newShipmentBoxId };
}

/** Courier and waybill checked locally first (shared/carriers), so an obvious typo never reaches Coupang. */
function checkWaybill(code: string, invoiceNumber: string): { ok: true; code: string; invoiceNumber: string } | { ok: false; messageKo: string } {
  const carrier = resolveCarrier(code);
  if (!carrier.ok) return { ok: false, messageKo: carrier.messageKo };
  const inv = checkInvoiceNumber(carrier.carrier, invoiceNumber);
  if (!inv.ok) return { ok: false, messageKo: inv.messageKo };
  return { ok: true, code: carrier.carrier.code, invoiceNumber: inv.invoiceNumber };
}

type Kind = 'RETURN' | 'EXCHANGE';

interface ActionSpec<T> {
  kind: Kind;
  id: string;
  action: string;
  payload: unknown;
  /** Reads the target fresh from Coupang (and stores it); null when it no longer exists. */
  read: (conn: ReturnsConnection) => Promise<T | null>;
  /** Why it may not be sent, judged on the fresh copy. */
  block: (fresh: T) => string | null;
  /** Sends the call; a string is Coupang's refusal inside a successful HTTP answer. */
  send: (conn: ReturnsConnection, fresh: T) => Promise<string | null>;
  /** Whether a fresh copy shows the change applied. */
  applied: (fresh: T) => boolean;
  doneKo: string;
}

export function createReturnsService(deps: ReturnsServiceDeps) {
  const now = deps.now ?? (() => new Date());
  const log = deps.log ?? (() => {});
  const repo = createReturnsRepo(deps.db);
  const opt: ReturnsSyncOptions = { ...DEFAULT_RETURNS_SYNC, ...deps.sync };
  /** Days as yyyy-MM-dd compare as text: a running pass covers a request inside its period. */
  const slots = syncSlots<{ from: string; to: string }, ReturnsSyncReport>((running, asked) => running.from <= asked.from && running.to >= asked.to);
  const at = () => kstIso(now());

  async function vendor(): Promise<string> {
    return (await deps.connection()).vendorId;
  }

  // ---- reading one target back ----------------------------------------------------------------

  /** returns.getRequest; a receipt Coupang no longer has is checked against the withdrawal history. */
  async function readReceipt(conn: ReturnsConnection, receiptId: string): Promise<ReceiptRecord | null> {
    const { vendorId, client } = conn;
    try {
      const readAt = at();
      const res = await client.returns.getRequest({ receiptId }, { priority: 'user' });
      const data = res.data as unknown;
      const raw = Array.isArray(data) ? (data.find((d) => idText((d as any)?.receiptId) === receiptId) ?? data[0]) : data;
      if (raw && typeof raw === 'object') {
        repo.upsertReceipt(vendorId, normalizeReceipt(raw, readAt));
        return repo.getReceipt(vendorId, receiptId) ?? null;
      }
    } catch (err) {
      if (!(isCoupangApiError(err) && (err.kind === 'bad-request' || err.kind === 'not-found'))) throw err;
    }
    await checkWithdrawals(conn, [receiptId]);
    return repo.getReceipt(vendorId, receiptId) ?? null;
  }

  /** There is no single-exchange API: the list, narrowed to the order and the week the exchange was made. */
  async function readExchange(conn: ReturnsConnection, exchangeId: string): Promise<ExchangeRecord | null> {
    const { vendorId, client } = conn;
    const stored = repo.getExchange(vendorId, exchangeId);
    if (!stored) return null;
    const day = kstDate(new Date(stored.createdMs));
    let token: string | null = null;
    for (let page = 0; page < 20; page++) {
      const readAt = at();
      const res = await client.exchanges.listRequests(
        { createdAtFrom: `${day}T00:00:00`, createdAtTo: `${addKstDays(day, EXCHANGE_LIST_MAX_DAYS - 1)}T23:59:59`, orderId: stored.orderId, maxPerPage: opt.maxPerPage, ...(token ? { nextToken: token } : {}) },
        { priority: 'user' },
      );
      for (const raw of Array.isArray(res.data) ? res.data : []) repo.upsertExchange(vendorId, normalizeExchange(raw, readAt));
      token = res.nextToken || null;
      if (!token) break;
    }
    return repo.getExchange(vendorId, exchangeId) ?? null;
  }

  /** returns.listWithdrawalsByIds, ≤ 50 numeric cancelIds per call. */
  async function checkWithdrawals(conn: ReturnsConnection, ids: string[]): Promise<number> {
    let found = 0;
    for (let i = 0; i < ids.length; i += 50) {
      const res = await conn.client.returns.listWithdrawalsByIds({ cancelIds: ids.slice(i, i + 50) }, { priority: 'user' });
      for (const raw of Array.isArray(res.data) ? res.data : []) {
        const w = normalizeWithdrawal(raw, at());
        repo.upsertWithdrawal(conn.vendorId, w);
        repo.markWithdrawn(conn.vendorId, w.cancelId, w.withdrawnAt, at());
        found++;
      }
    }
    return found;
  }

  // ---- sync ---------------------------------------------------------------------------------------

  async function pull(conn: ReturnsConnection, from: string, to: string): Promise<ReturnsSyncReport> {
    const started = Date.now();
    const { vendorId, client } = conn;
    const runAt = at();
    const report: ReturnsSyncReport = { receipts: 0, exchanges: 0, withdrawals: 0, requests: 0, seconds: 0 };
    const bulk = { priority: 'bulk' as const };

    for (const w of dayWindows(from, to, opt.receiptWindowDays)) {
      for (const status of LIST_STATUSES) {
        let token: string | null = null;
        do {
          report.requests++;
          // Each copy carries the time it was asked for: the store keeps the newer read, so a page
          // in flight while the seller acted does not undo what the action read back.
          const readAt = at();
          const res = await client.returns.listRequests(
            { searchType: DAILY_SEARCH_TYPE, createdAtFrom: w.from, createdAtTo: w.to, status, maxPerPage: opt.maxPerPage, ...(token ? { nextToken: token } : {}) } as never,
            bulk,
          );
          for (const raw of Array.isArray(res.data) ? res.data : []) {
            repo.upsertReceipt(vendorId, normalizeReceipt(raw, readAt));
            report.receipts++;
          }
          token = res.nextToken || null;
        } while (token);
      }
    }

    for (const w of dayWindows(from, to, EXCHANGE_LIST_MAX_DAYS)) {
      let token: string | null = null;
      do {
        report.requests++;
        const readAt = at();
        const res = await client.exchanges.listRequests(
          { createdAtFrom: `${w.from}T00:00:00`, createdAtTo: `${w.to}T23:59:59`, maxPerPage: opt.maxPerPage, ...(token ? { nextToken: token } : {}) },
          bulk,
        );
        for (const raw of Array.isArray(res.data) ? res.data : []) {
          repo.upsertExchange(vendorId, normalizeExchange(raw, readAt));
          report.exchanges++;
        }
        token = res.nextToken || null;
      } while (token);
    }

    for (const w of dayWindows(from, to, WITHDRAWAL_LIST_MAX_DAYS)) {
      for (let page = 1; page < 1000; page++) {
        report.requests++;
        const res = await client.returns.listWithdrawalsByPeriod({ dateFrom: w.from, dateTo: w.to, pageIndex: page, sizePerPage: 100 }, bulk);
        for (const raw of Array.isArray(res.data) ? res.data : []) {
          const wd = normalizeWithdrawal(raw, runAt);
          repo.upsertWithdrawal(vendorId, wd);
          repo.markWithdrawn(vendorId, wd.cancelId, wd.withdrawnAt, runAt);
          report.withdrawals++;
        }
        const next = String((res.body as any)?.nextPageIndex ?? '');
        if (!next || Number(next) <= page) break;
      }
    }

    // Open receipts the lists did not show any more: 입고완료 (no status code lists it), or
    // withdrawn outside the period. Each is read back on its own.
    const fromMs = parseKstDate(from).getTime();
    const toMs = parseKstDate(addKstDays(to, 1)).getTime();
    const stale = repo.staleOpenReceipts(vendorId, fromMs, toMs, runAt, opt.maxSingleReads);
    const gone: string[] = [];
    for (const r of stale) {
      report.requests++;
      try {
        const readAt = at();
        const res = await client.returns.getRequest({ receiptId: r.receiptId }, bulk);
        const data = res.data as unknown;
        const raw = Array.isArray(data) ? data[0] : data;
        if (raw && typeof raw === 'object') repo.upsertReceipt(vendorId, normalizeReceipt(raw, readAt));
        else gone.push(r.receiptId);
      } catch (err) {
        if (isCoupangApiError(err) && (err.kind === 'bad-request' || err.kind === 'not-found')) gone.push(r.receiptId);
        else throw err;
      }
    }
    if (gone.length) {
      report.requests += Math.ceil(gone.length / 50);
      report.withdrawals += await checkWithdrawals(conn, gone);
    }

    // Journal entries left without an answer are settled by what was just read.
    for (const a of repo.unfinishedActions(vendorId)) {
      const target = a.targetKind === 'RETURN' ? repo.getReceipt(vendorId, a.targetId) : repo.getExchange(vendorId, a.targetId);
      if (!target) continue;
      const spec = reconcileCheck(a.action, a.payload);
      if (spec && spec(target as never)) repo.finishAction(a.id, 'done', DONE_BY_READ_KO, at());
    }

    repo.setSyncSuccess(vendorId, at());
    report.seconds = Math.round((Date.now() - started) / 100) / 10;
    return report;
  }

  async function sync(req: { from?: string; to?: string } = {}): Promise<ReturnsSyncReport> {
    const conn = await deps.connection();
    const to = req.to ?? kstDate(now());
    const from = req.from ?? addKstDays(to, -(opt.lookbackDays - 1));
    if (parseKstDate(from).getTime() > parseKstDate(to).getTime()) throw Object.assign(new Error('시작일이 종료일보다 늦습니다.'), { code: 'INVALID_PAYLOAD' });
    return slots.run(conn.vendorId, { from, to }, () =>
      pull(conn, from, to).catch((err) => {
        repo.setSyncError(conn.vendorId, returnsSyncErrorKo(err), at());
        log({ level: 'warn', event: 'returns.sync.error', vendorId: conn.vendorId, error: err instanceof Error ? err.message : String(err) });
        throw err;
      }),
    );
  }

  // ---- actions ------------------------------------------------------------------------------------

  /** How a fresh copy shows that a journaled action took effect (used after lost answers). */
  function reconcileCheck(action: string, payload: any): ((t: any) => boolean) | null {
    const rawOf = (t: { rawJson: string }) => parseJson(t.rawJson || '{}') as any;
    const hasWaybill = (t: { rawJson: string }) => (rawOf(t).returnDeliveryDtos ?? []).some((d: any) => String(d?.deliveryInvoiceNo ?? '') === payload?.invoiceNumber);
    switch (action) {
      case 'confirmReceipt':
        return (t: ReceiptRecord) => t.receiptStatus === 'VENDOR_WAREHOUSE_CONFIRM' || t.receiptStatus === 'RETURNS_COMPLETED';
      case 'approve':
        return (t: ReceiptRecord) => t.receiptStatus === 'RETURNS_COMPLETED';
      case 'registerPickup':
        return hasWaybill;
      case 'markAlreadyShipped':
      case 'stopShipment':
        return (t: ReceiptRecord) => !isOpenReleaseStop(returnLike(t));
      case 'exchangeConfirm':
        return (t: ExchangeRecord) => t.exchangeStatus !== 'RECEIPT' && t.exchangeStatus !== 'CANCEL';
      case 'exchangeReject':
        return (t: ExchangeRecord) => t.exchangeStatus === 'REJECT';
      case 'exchangeInvoice':
        return (t: ExchangeRecord) => (rawOf(t).deliveryInvoiceGroupDtos ?? []).some((g: any) => (g?.deliveryInvoiceDtos ?? []).some((d: any) => String(d?.invoiceNumber ?? '') === payload?.invoiceNumber));
    }
    return null;
  }

  async function run<T extends ReceiptRecord | ExchangeRecord>(spec: ActionSpec<T>): Promise<ReturnsActionResult> {
    const conn = await deps.connection();
    const { vendorId } = conn;
    const fail = (messageKo: string): ReturnsActionResult => ({ state: 'failed', messageKo });
    let fresh: T | null;
    try {
      // A write still waiting for its answer is settled first; nothing is sent twice blindly.
      const open = repo.openActionFor(vendorId, spec.kind, spec.id);
      fresh = await spec.read(conn);
      if (open) {
        const check = reconcileCheck(open.action, open.payload);
        const age = now().getTime() - Date.parse(open.createdAt);
        if (fresh && check?.(fresh)) repo.finishAction(open.id, 'done', DONE_BY_READ_KO, at());
        else if (open.state === 'pending') repo.finishAction(open.id, 'failed', '앱이 보내기 전에 멈춰 보내지 않았습니다.', at());
        // Still not visible a while after it was sent: it did not happen, so a new request may go.
        else if (age > SETTLE_MS) repo.finishAction(open.id, 'failed', '응답이 없었고, 다시 조회해도 반영되지 않아 처리되지 않은 것으로 정리했습니다.', at());
        else return { state: 'unknown', messageKo: OPEN_ACTION_KO };
      }
    } catch (err) {
      return fail(isCoupangApiError(err) ? `현재 상태를 조회하지 못해 보내지 않았습니다: ${coupangSaid(err)}` : String(err));
    }
    if (!fresh) return fail(spec.kind === 'RETURN' ? '쿠팡에서 이 반품 건을 찾을 수 없습니다 (고객이 철회했을 수 있습니다). 철회 내역을 확인하세요.' : '쿠팡에서 이 교환 건을 찾을 수 없습니다. 동기화하세요.');
    const blocked = spec.block(fresh);
    if (blocked) return fail(blocked);

    const id = repo.addAction(vendorId, spec.kind, spec.id, spec.action, spec.payload, at());
    repo.markSent(id);
    let outcome: ReturnsActionResult;
    try {
      const refusal = await spec.send(conn, fresh);
      outcome = refusal ? { state: 'failed', messageKo: `쿠팡이 처리하지 않았습니다: ${refusal}` } : { state: 'done', messageKo: spec.doneKo };
    } catch (err) {
      if (isCoupangApiError(err) && err.kind === 'network') outcome = fail(`쿠팡에 연결할 수 없어 보내지 못했습니다. ${err.explanationKo}`);
      else if (isCoupangApiError(err) && err.kind !== 'unknown-outcome' && err.kind !== 'timeout') outcome = fail(coupangSaid(err));
      else {
        // No answer: read back (never resend).
        outcome = { state: 'unknown', messageKo: UNKNOWN_KO };
        try {
          const again = await spec.read(conn);
          if (again && spec.applied(again)) outcome = { state: 'done', messageKo: DONE_BY_READ_KO };
        } catch {}
      }
    }
    repo.finishAction(id, outcome.state, outcome.messageKo, at());
    log({ level: outcome.state === 'done' ? 'info' : 'warn', event: 'returns.action', vendorId, kind: spec.kind, id: spec.id, action: spec.action, state: outcome.state, message: outcome.messageKo });
    // The store follows Coupang: read the target back after a change.
    if (outcome.state === 'done') await spec.read(conn).catch(() => null);
    return outcome;
  }

  const returnBlock = (action: ReturnAction) => (r: ReceiptRecord) => returnActionBlockKo(returnLike(r), action);
  const exchangeBlock = (action: ExchangeAction) => (e: ExchangeRecord) => exchangeActionBlockKo(exchangeLike(e), action);
  const resultRefusal = (data: any): string | null => (data && typeof data === 'object' && data.resultCode === 'FAIL' ? String(data.resultMessage ?? 'FAIL') : null);

  function receiptAction(receiptId: string, action: ReturnAction, payload: unknown, send: ActionSpec<ReceiptRecord>['send'], doneKo: string) {
    return run<ReceiptRecord>({
      kind: 'RETURN',
      id: receiptId,
      action,
      payload,
      read: (conn) => readReceipt(conn, receiptId),
      block: returnBlock(action),
      send,
      applied: (t) => reconcileCheck(action, payload)!(t),
      doneKo,
    });
  }

  function exchangeAction(exchangeId: string, action: string, gate: ExchangeAction, payload: unknown, send: ActionSpec<ExchangeRecord>['send'], doneKo: string) {
    return run<ExchangeRecord>({
      kind: 'EXCHANGE',
      id: exchangeId,
      action,
      payload,
      read: (conn) => readExchange(conn, exchangeId),
      block: exchangeBlock(gate),
      send,
      applied: (t) => reconcileCheck(action, payload)!(t),
      doneKo,
    });
  }

  // ---- views ----------------------------------------------------------------------------------------

  function journalOf(vendorId: string, kind: Kind, id: string) {
    return repo.actionsFor(vendorId, kind, id).map((a) => ({ id: a.id, action: a.action, state: a.state, messageKo: a.messageKo, createdAt: a.createdAt, finishedAt: a.finishedAt }));
  }

  function returnRow(r: ReceiptRecord) {
    return {
      receiptId: r.receiptId,
      orderId: r.orderId,
      receiptType: r.receiptType,
      receiptStatus: r.receiptStatus,
      receiptStatusKo: receiptStatusKo(r.receiptStatus),
      releaseStop: r.releaseStop,
      createdAt: r.createdAt,
      modifiedAt: r.modifiedAt,
      requesterName: r.requesterName,
      productSummary: r.productSummary,
      cancelCountSum: r.cancelCountSum,
      reasonCode: r.reasonCode,
      reasonKo: r.reasonKo,
      faultByType: r.faultByType,
      preRefund: r.preRefund,
      withdrawnAt: r.withdrawnAt,
      updatedAt: r.updatedAt,
    };
  }

  function exchangeRow(e: ExchangeRecord) {
    return {
      exchangeId: e.exchangeId,
      orderId: e.orderId,
      exchangeStatus: e.exchangeStatus,
      exchangeStatusKo: exchangeStatusKo(e.exchangeStatus),
      collectStatus: e.collectStatus,
      collectStatusKo: collectStatusKo(e.collectStatus),
      deliveryStatus: e.deliveryStatus,
      deliveryStatusKo: exchangeDeliveryStatusKo(e.deliveryStatus),
      createdAt: e.createdAt,
      modifiedAt: e.modifiedAt,
      customerName: e.customerName,
      productSummary: e.productSummary,
      quantity: e.quantity,
      reasonCode: e.reasonCode,
      reasonKo: e.reasonKo,
      faultType: e.faultType,
      newShipmentBoxId: e.newShipmentBoxId,
      updatedAt: e.updatedAt,
    };
  }

  const dayRange = (from?: string, to?: string) => ({
    fromMs: from ? parseKstDate(from).getTime() : undefined,
    toMs: to ? parseKstDate(addKstDays(to, 1)).getTime() : undefined,
  });

  const notFound = (what: string) => Object.assign(new Error(`${what}이(가) 저장되어 있지 않습니다. 반품·교환을 동기화하세요.`), { code: 'NOT_FOUND' });

  const background = backgroundRefresh({ name: 'returns.background', timing: RETURNS_REFRESH, db: deps.db, connection: deps.connection, sync: () => sync(), log });

  return {
    repo,
    sync,
    vendor,

    /** Keeps the lists fresh on their own; no connection (no profile yet) skips a round quietly. */
    startBackground: background.start,
    stopBackground: background.stop,

    async syncState() {
      const vendorId = await vendor();
      const st = repo.syncState(vendorId);
      return { running: slots.isRunning(vendorId), lastSyncAt: st.lastSuccessAt, lastErrorKo: st.lastErrorKo, ...repo.counts(vendorId) };
    },

    async list(req: { filter: { status: string; search?: string; from?: string; to?: string }; limit: number }) {
      const vendorId = await vendor();
      const page = repo.listReceipts(vendorId, { status: req.filter.status, search: req.filter.search, ...dayRange(req.filter.from, req.filter.to) }, req.limit);
      return { rows: page.rows.map(returnRow), total: page.total, counts: page.counts };
    },

    async exchanges(req: { filter: { status: string; search?: string; from?: string; to?: string }; limit: number }) {
      const vendorId = await vendor();
      const page = repo.listExchanges(vendorId, { status: req.filter.status, search: req.filter.search, ...dayRange(req.filter.from, req.filter.to) }, req.limit);
      return { rows: page.rows.map(exchangeRow), total: page.total, counts: page.counts };
    },

    async withdrawals(req: { from?: string; to?: string; limit: number }) {
      const vendorId = await vendor();
      const r = dayRange(req.from, req.to);
      const page = repo.listWithdrawals(vendorId, r.fromMs, r.toMs, req.limit);
      return {
        total: page.total,
        rows: page.rows.map((w) => {
          const stored = repo.getReceipt(vendorId, w.cancelId);
          return {
            cancelId: w.cancelId,
            orderId: w.orderId,
            withdrawnAt: w.withdrawnAt,
            refundDeliveryDuty: w.refundDeliveryDuty,
            refundDeliveryDutyKo: refundDeliveryDutyKo(w.refundDeliveryDuty),
            vendorItemIds: w.vendorItemIds,
            productSummary: stored?.productSummary ?? '',
            requesterName: stored?.requesterName ?? '',
          };
        }),
      };
    },

    async detail(receiptId: string): Promise<ReturnDetail> {
      const vendorId = await vendor();
      const r = repo.getReceipt(vendorId, receiptId);
      if (!r) throw notFound(`반품 접수번호 ${receiptId}`);
      const raw = parseJson(r.rawJson || '{}') as any;
      const items = receiptItems(raw);
      const like = returnLike(r);
      const actions = Object.fromEntries(
        (['confirmReceipt', 'approve', 'registerPickup', 'markAlreadyShipped', 'stopShipment'] as const).map((a) => {
          const reasonKo = returnActionBlockKo(like, a);
          return [a, { allowed: reasonKo === null, reasonKo }];
        }),
      ) as ReturnDetail['actions'];
      const withdrawal = r.withdrawnAt ? repo.getWithdrawal(vendorId, receiptId) : undefined;
      return {
        ...returnRow(r),
        paymentId: idText(raw.paymentId),
        requesterPhone: String(raw.requesterPhoneNumber ?? ''),
        requesterAddress: [raw.requesterAddress, raw.requesterAddressDetail].filter(Boolean).join(' '),
        requesterZipCode: String(raw.requesterZipCode ?? ''),
        cancelReasonCategory1: String(raw.cancelReasonCategory1 ?? ''),
        cancelReasonCategory2: String(raw.cancelReasonCategory2 ?? ''),
        cancelReason: String(raw.cancelReason ?? ''),
        faultKo: faultKo(r.faultByType),
        releaseStopStatus: raw.releaseStopStatus ?? null,
        returnDeliveryType: raw.returnDeliveryType || null,
        completeConfirmType: raw.completeConfirmType ?? null,
        completeConfirmDate: isoOrNull(raw.completeConfirmDate),
        returnShippingCharge: won(raw.returnShippingCharge),
        refundDeliveryDutyKo: withdrawal ? refundDeliveryDutyKo(withdrawal.refundDeliveryDuty) : null,
        items: items.map((i) => ({ ...i, releaseStatusKo: releaseStatusKo(i.releaseStatus) })),
        pickups: (Array.isArray(raw.returnDeliveryDtos) ? raw.returnDeliveryDtos : [])
          .map((d: any) => ({ deliveryCompanyCode: String(d?.deliveryCompanyCode ?? ''), deliveryInvoiceNo: String(d?.deliveryInvoiceNo ?? '') }))
          // returns.json: "ignore when "" or null".
          .filter((d: { deliveryInvoiceNo: string }) => d.deliveryInvoiceNo !== '' && d.deliveryInvoiceNo !== 'null'),
        approveCancelCount: approveCancelCount(items, r.cancelCountSum),
        actions,
        journal: journalOf(vendorId, 'RETURN', receiptId),
      };
    },

    async exchangeDetail(exchangeId: string): Promise<ExchangeDetail> {
      const vendorId = await vendor();
      const e = repo.getExchange(vendorId, exchangeId);
      if (!e) throw notFound(`교환번호 ${exchangeId}`);
      const raw = parseJson(e.rawJson || '{}') as any;
      const like = exchangeLike(e);
      const actions = Object.fromEntries(
        (['confirmReceipt', 'reject', 'uploadInvoice', 'registerPickup'] as const).map((a) => {
          const reasonKo = exchangeActionBlockKo(like, a);
          return [a, { allowed: reasonKo === null, reasonKo }];
        }),
      ) as ExchangeDetail['actions'];
      const addr = raw.exchangeAddressDtoV1 ?? {};
      const groups: any[] = Array.isArray(raw.deliveryInvoiceGroupDtos) ? raw.deliveryInvoiceGroupDtos : [];
      return {
        ...exchangeRow(e),
        reasonEtcDetail: String(raw.reasonEtcDetail ?? ''),
        cancelReason: raw.cancelReason ?? null,
        faultKo: faultKo(e.faultType),
        referType: raw.referType ?? null,
        collectCompleteDate: isoOrNull(raw.collectCompleteDate),
        address: {
          name: String(addr.deliveryCustomerName ?? addr.returnCustomerName ?? ''),
          zipCode: String(addr.deliveryAddressZipCode ?? addr.returnAddressZipCode ?? ''),
          address: String(addr.deliveryAddress ?? addr.returnAddress ?? ''),
          addressDetail: String(addr.deliveryAddressDetail ?? addr.returnAddressDetail ?? ''),
          returnMobile: addr.returnMobile ?? null,
          deliveryMobile: addr.deliveryMobile ?? null,
        },
        items: (Array.isArray(raw.exchangeItemDtoV1s) ? raw.exchangeItemDtoV1s : []).map((i: any) => ({
          vendorItemId: idText(i?.targetItemId ?? i?.orderItemId) ?? '',
          itemName: String(i?.targetItemName ?? i?.orderItemName ?? ''),
          quantity: Number(i?.quantity) || 0,
          unitPrice: won(i?.targetItemUnitPrice ?? i?.orderItemUnitPrice),
          originalShipmentBoxId: idText(i?.originalShipmentBoxId) ?? '',
        })),
        pickups: (Array.isArray(raw.returnDeliveryDtos) ? raw.returnDeliveryDtos : [])
          .map((d: any) => ({ deliveryCompanyCode: String(d?.deliveryCompanyCode ?? ''), deliveryInvoiceNo: String(d?.deliveryInvoiceNo ?? '') }))
          .filter((d: { deliveryInvoiceNo: string }) => d.deliveryInvoiceNo !== ''),
        shipments: groups.flatMap((g) => {
          const box = idText(g?.shipmentBoxId) ?? '';
          const dtos: any[] = Array.isArray(g?.deliveryInvoiceDtos) && g.deliveryInvoiceDtos.length ? g.deliveryInvoiceDtos : [{}];
          return dtos.map((d) => ({ shipmentBoxId: box, invoiceNumber: String(d?.invoiceNumber ?? ''), deliverCode: String(d?.deliverCode ?? ''), statusCode: String(d?.statusCode ?? '') }));
        }),
        rejectable: like.rejectable,
        deliveryInvoiceModifiable: like.deliveryInvoiceModifiable,
        actions,
        journal: journalOf(vendorId, 'EXCHANGE', exchangeId),
      };
    },

    // ---- returns ----

    confirmReceipt: (receiptId: string) =>
      receiptAction(
        receiptId,
        'confirmReceipt',
        { receiptId },
        async ({ client }) => {
          await client.returns.confirmReceipt({ receiptId, body: { receiptId } }, { priority: 'user' });
          return null;
        },
        '입고 확인했습니다 (입고완료). 이제 반품을 승인할 수 있습니다.',
      ),

    /** cancelCount is the receipt total, computed from the copy read just before sending. */
    approve: (receiptId: string) =>
      receiptAction(
        receiptId,
        'approve',
        { receiptId },
        async ({ client }, fresh) => {
          const items = receiptItems(parseJson(fresh.rawJson) as any);
          const cancelCount = approveCancelCount(items, fresh.cancelCountSum);
          await client.returns.approve({ receiptId, body: { receiptId, cancelCount } }, { priority: 'user' });
          return null;
        },
        '반품을 승인했습니다. 환불이 진행됩니다.',
      ),

    async registerPickup(req: { kind: Kind; id: string; deliveryCompanyCode: string; invoiceNumber: string; regNumber?: string }): Promise<ReturnsActionResult> {
      const wb = checkWaybill(req.deliveryCompanyCode, req.invoiceNumber);
      if (!wb.ok) return { state: 'failed', messageKo: wb.messageKo };
      const payload = { deliveryCompanyCode: wb.code, invoiceNumber: wb.invoiceNumber, regNumber: req.regNumber || undefined };
      const send = async ({ client }: ReturnsConnection) => {
        await client.returns.registerPickupInvoice({ returnExchangeDeliveryType: req.kind, receiptId: req.id, ...payload }, { priority: 'user' });
        return null;
      };
      const doneKo = `회수 송장(${wb.code} ${wb.invoiceNumber})을 등록했습니다.`;
      if (req.kind === 'RETURN') return receiptAction(req.id, 'registerPickup', payload, send, doneKo);
      return exchangeAction(req.id, 'registerPickup', 'registerPickup', payload, send, doneKo);
    },

    async markAlreadyShipped(req: { receiptId: string; deliveryCompanyCode: string; invoiceNumber: string }): Promise<ReturnsActionResult> {
      const wb = checkWaybill(req.deliveryCompanyCode, req.invoiceNumber);
      if (!wb.ok) return { state: 'failed', messageKo: wb.messageKo };
      const payload = { deliveryCompanyCode: wb.code, invoiceNumber: wb.invoiceNumber };
      return receiptAction(
        req.receiptId,
        'markAlreadyShipped',
        payload,
        async ({ client }) => {
          const res = await client.orders.markAlreadyShipped({ receiptId: req.receiptId, body: { receiptId: req.receiptId, ...payload } }, { priority: 'user' });
          return resultRefusal(res.data);
        },
        '이미출고로 처리했습니다. 고객에게 간 상품은 반품으로 회수됩니다.',
      );
    },

    stopShipment: (receiptId: string) =>
      receiptAction(
        receiptId,
        'stopShipment',
        { receiptId },
        async ({ client }, fresh) => {
          const cancelCount = approveCancelCount(receiptItems(parseJson(fresh.rawJson) as any), fresh.cancelCountSum);
          const res = await client.orders.stopShipment({ receiptId, body: { receiptId, cancelCount } }, { priority: 'user' });
          return resultRefusal(res.data);
        },
        '출고중지 완료로 처리했습니다.',
      ),

    // ---- exchanges ----

    exchangeConfirm: (exchangeId: string) =>
      exchangeAction(
        exchangeId,
        'exchangeConfirm',
        'confirmReceipt',
        { exchangeId },
        async ({ client }) => {
          await client.exchanges.confirmReceipt({ exchangeId, body: { exchangeId } }, { priority: 'user' });
          return null;
        },
        '교환 상품 입고를 확인했습니다. 새 교환 배송번호가 만들어지면(최대 10분) 교환 송장을 등록하세요.',
      ),

    exchangeReject: (exchangeId: string, rejectCode: ExchangeRejectCode) =>
      exchangeAction(
        exchangeId,
        'exchangeReject',
        'reject',
        { exchangeId, rejectCode },
        async ({ client }) => {
          const res = await client.exchanges.reject({ exchangeId, body: { exchangeId, exchangeRejectCode: rejectCode } }, { priority: 'user' });
          return resultRefusal(res.data);
        },
        `교환을 거부했습니다 (${rejectCode === 'SOLDOUT' ? '품절' : '고객 철회'}).`,
      ),

    async exchangeInvoice(req: { exchangeId: string; deliveryCompanyCode: string; invoiceNumber: string }): Promise<ReturnsActionResult> {
      const wb = checkWaybill(req.deliveryCompanyCode, req.invoiceNumber);
      if (!wb.ok) return { state: 'failed', messageKo: wb.messageKo };
      const payload = { deliveryCompanyCode: wb.code, invoiceNumber: wb.invoiceNumber };
      return exchangeAction(
        req.exchangeId,
        'exchangeInvoice',
        'uploadInvoice',
        payload,
        async ({ client, vendorId }, fresh) => {
          // The NEW shipmentBoxId of the replacement (rules-orders.md 80), never originalShipmentBoxId.
          const res = await client.exchanges.uploadInvoice(
            { exchangeId: req.exchangeId, body: [{ exchangeId: req.exchangeId, vendorId, shipmentBoxId: fresh.newShipmentBoxId!, goodsDeliveryCode: wb.code, invoiceNumber: wb.invoiceNumber }] },
            { priority: 'user' },
          );
          return resultRefusal(res.data);
        },
        `교환 송장(${wb.code} ${wb.invoiceNumber})을 등록했습니다.`,
      );
    },
  };
}
export type ReturnsService = ReturnType<typeof createReturnsService>;
