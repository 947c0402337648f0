// Runs one journaled bulk-upload job until nothing is left to send or read back. Rows of one box
// travel together (Coupang answers per shipment), batches go through the shared per-vendor
// limiter at 'bulk' priority, and the journal is written before every send and after every
// answer. A row whose answer was lost ('unknown') is never sent again blindly: the order is read
// first, and only a row proven not applied goes back to 'pending'.
import { randomUUID } from 'node:crypto';
import { groupRows, planGroup, type BoxInfo, type InvoiceApplyDto } from '../../../shared/invoices';
import { kstIso } from '../../../shared/kst';
import { isCoupangApiError, jsonNumber, type CoupangClient } from '../../coupang';
import type { Db } from '../../store/db';
import type { InvoicesRepo, JobRowRecord, RowResult } from '../../store/invoices-repo';

export interface RunnerOptions {
  /** orderSheetInvoiceApplyDtos per call (one element per vendorItemId). */
  batchSize: number;
  /** Calls in flight at once (the limiter spaces them). */
  concurrency: number;
  /** Sends per row while Coupang answers retryRequired=true. */
  maxAttempts: number;
  retryDelaysMs: number[];
  /** Waits before each read-back of an unknown row. */
  reconcileDelaysMs: number[];
  /** Read-backs of one unknown row before it is left for a human ('확인 필요'). */
  maxChecks: number;
  heartbeatMs: number;
  /** A lease whose heartbeat is older than this is taken over even if its process looks alive. */
  leaseStaleMs: number;
  idleMs: number;
}

export const DEFAULT_RUNNER_OPTIONS: RunnerOptions = {
  batchSize: 50,
  concurrency: 4,
  maxAttempts: 3,
  retryDelaysMs: [2_000, 10_000],
  reconcileDelaysMs: [0, 2_000, 5_000, 15_000, 30_000, 60_000],
  maxChecks: 6,
  heartbeatMs: 5_000,
  leaseStaleMs: 60_000,
  idleMs: 200,
};

/** not_before for unknown rows nobody will read again automatically. */
export const NEVER = 8.64e15;

export const UNKNOWN_KO = '응답을 받지 못해 쿠팡에 반영되었는지 모릅니다. 주문을 조회해 확인한 뒤에만 다시 보냅니다.';
export const CRASHED_KO = '전송 중에 앱이 종료되어 반영 여부를 주문 조회로 확인합니다.';

/** The documented per-item result codes (orders.json), in plain Korean. */
export const RESULT_CODE_KO: Record<string, string> = {
  NOT_FOUND_SHIPMENT_BOX: '존재하지 않는 배송번호입니다',
  INVALID_STATUS: '배송 상태가 송장을 올릴 수 없는 상태입니다(결제완료면 상품준비중 처리, 이미 배송지시면 송장 수정)',
  PERMISSION_DENIED: '권한이 없습니다',
  DUPLICATE_INVOICE_NUMBER: '이미 저장된 송장번호입니다',
  INVALID_INVOICE_NUMBER: '송장번호가 유효하지 않습니다',
  ORDER_DELIVERY_CANCELED: '취소된 주문이거나 출고중지 요청 건입니다',
  ORDER_DELIVERY_PARTIAL_STOP_REQUESTED: '출고중지 요청 건입니다',
  ORDER_DELIVERY_CANCELED_HOLDING_FOR_CANCEL: '취소 대기 중인 주문입니다',
  UNDEFINED_ERROR_OCCUR: '쿠팡에서 알 수 없는 오류가 났습니다',
  NOT_ALLOW_INVOICE_NUMBER_RE_UPLOAD: '6개월 안에 다른 수취인에게 쓴 송장번호입니다',
  NOT_FOUND_INVOICE_NUMBER: '출고예정일이 등록된 상품이라 송장번호가 필요합니다',
  NOT_FOUND_VENDOR_ITEM: '합포장 상품 중 빠진 상품이 있습니다',
  NOT_ALLOW_VENDOR_DIRECT: '업체직송은 분리배송할 수 없습니다',
  PSD_NOT_ALLOW_TO_CHANGE: '출고예정일은 처음 등록한 뒤 바꿀 수 없습니다',
  NOT_ALLOW_SEPARATE_AFTER_NORMAL_DELIVERY: '일반배송으로 접수한 뒤에는 분리배송할 수 없습니다',
  IS_SEPARATE_MUST_BE_TRUE_WHEN_SEPARATE_DELIVERY: '분리배송으로 접수한 주문은 분리배송으로만 보낼 수 있습니다',
  NOT_ALLOW_SEPARATE_WHEN_ONE_VENDOR_ITEM: '상품이 하나인 주문은 분리배송할 수 없습니다',
};

const UPDATABLE = new Set(['DEPARTURE', 'DELIVERING', 'FINAL_DELIVERY', 'NONE_TRACKING']);

export interface RunnerDeps {
  db: Db;
  repo: InvoicesRepo;
  vendorId: string;
  client: CoupangClient;
  now: () => Date;
  log: (e: Record<string, unknown>) => void;
  options: RunnerOptions;
  /** Tells the orders store what Coupang confirmed (best effort). */
  onAccepted?: (rows: JobRowRecord[]) => void;
  /** Called after every change of the journal (progress bars). */
  onChange?: () => void;
}

export type RunOutcome = 'done' | 'cancelled' | 'paused' | 'stopped' | 'busy';

type Group = { key: string; action: 'upload' | 'update'; box: string; rows: JobRowRecord[] };

const digits = (v: unknown) => String(v ?? '').replace(/[\s-]/g, '');
const idOf = (v: unknown): string => (v === null || v === undefined ? '' : String(v));

function leaseFree(pid: number | null, heartbeatAt: number | null, staleMs: number, nowMs: number, activeHere: boolean): boolean {
  if (!pid) return true;
  if (pid === process.pid) return !activeHere;
  if (heartbeatAt !== null && nowMs - heartbeatAt > staleMs) return true;
  try {
    process.kill(pid, 0);
    return false;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

export async function runJob(deps: RunnerDeps, jobId: string, signal?: AbortSignal): Promise<RunOutcome> {
  const { repo, db, client, vendorId, options: o } = deps;
  const ms = () => deps.now().getTime();
  const at = () => kstIso(deps.now());
  const job0 = repo.job(jobId);
  if (!job0) return 'stopped';
  if (!leaseFree(job0.runnerPid, job0.heartbeatAt, o.leaseStaleMs, Date.now(), false)) return 'busy';
  repo.setLease(jobId, process.pid, Date.now());
  // Whatever a dead runner left on the wire is unknown until read back.
  const crashed = repo.sentToUnknown(jobId, CRASHED_KO);
  if (crashed) deps.log({ level: 'warn', event: 'invoices.job.takeover', jobId, unknownRows: crashed });
  let lastBeat = Date.now();

  const inflight = new Set<Promise<void>>();
  const busy = new Set<string>();
  const solo = new Set<string>();
  const changed = () => deps.onChange?.();

  const result = (rows: JobRowRecord[], r: RowResult) => {
    if (!db.open || !rows.length) return;
    repo.setResult(jobId, rows.map((x) => x.rowNo), r, at(), ms());
    if (r.state === 'accepted') {
      try {
        deps.onAccepted?.(rows);
      } catch {}
    }
  };

  const boxInfo = (box: string): BoxInfo | null => {
    const b = repo.box(jobId, box);
    return b ? { orderId: b.orderId, liveItems: b.liveItems, splitShipping: b.splitShipping } : null;
  };

  function groupsOf(rows: JobRowRecord[]): Group[] {
    return groupRows(rows).map((g) => ({ key: `${g[0].action}|${g[0].shipmentBoxId}`, action: g[0].action, box: g[0].shipmentBoxId, rows: g }));
  }

  // ---- reading Coupang back ----------------------------------------------------------------------

  type Sheet = { status: string; invoiceNumber: string; orderId: string; splitShipping: boolean; items: Array<{ vendorItemId: string; live: boolean; date: string }> };
  const sheetOf = (d: any): Sheet => ({
    status: String(d?.status ?? ''),
    invoiceNumber: digits(d?.invoiceNumber),
    orderId: idOf(d?.orderId),
    splitShipping: d?.splitShipping === true,
    items: (Array.isArray(d?.orderItems) ? d.orderItems : []).map((i: any) => ({
      vendorItemId: idOf(i?.vendorItemId),
      live: Number(i?.shippingCount ?? 0) - Number(i?.cancelCount ?? 0) - Number(i?.holdCountForCancel ?? 0) > 0,
      date: String(i?.estimatedShippingDate || i?.plannedShippingDate || '').slice(0, 10),
    })),
  });

  type Read = { ok: true; sheet: Sheet } | { ok: false; gone: boolean; notFound: boolean; messageKo: string };
  async function readBox(box: string): Promise<Read> {
    try {
      const res = await client.orders.getByShipmentBoxId({ shipmentBoxId: box }, { priority: 'bulk', signal });
      const data: any = res.data;
      const sheet = Array.isArray(data) ? (data.find((d) => idOf(d?.shipmentBoxId) === box) ?? data[0]) : data;
      if (!sheet || typeof sheet !== 'object') return { ok: false, gone: false, notFound: true, messageKo: '쿠팡이 이 배송번호의 주문을 돌려주지 않았습니다.' };
      return { ok: true, sheet: sheetOf(sheet) };
    } catch (err) {
      if (isCoupangApiError(err) && (err.kind === 'bad-request' || err.kind === 'not-found')) {
        const msg = err.coupangMessage ?? err.explanationKo;
        return { ok: false, gone: /취소|반품|cancel|return/i.test(msg), notFound: true, messageKo: msg };
      }
      if (signal?.aborted) throw err;
      return { ok: false, gone: false, notFound: false, messageKo: isCoupangApiError(err) ? err.oneLineKo : String(err) };
    }
  }

  async function readOrder(orderId: string): Promise<Array<Sheet & { shipmentBoxId: string }> | null> {
    try {
      const res = await client.orders.getByOrderId({ orderId }, { priority: 'bulk', signal });
      const data: any = res.data;
      const list = Array.isArray(data) ? data : data ? [data] : [];
      return list.map((d: any) => ({ ...sheetOf(d), shipmentBoxId: idOf(d?.shipmentBoxId) }));
    } catch (err) {
      if (signal?.aborted) throw err;
      return null;
    }
  }

  /** Reads an unknown box back and decides each row: accepted, rejected, or proven not applied (pending). */
  async function reconcile(g: Group): Promise<void> {
    const read = await readBox(g.box);
    const checks = g.rows[0].checks + 1;
    if (!read.ok) {
      if (read.gone) return result(g.rows, { state: 'rejected', resultCode: 'ORDER_GONE', messageKo: `주문이 취소 또는 반품되었습니다: ${read.messageKo}`, checked: true });
      const exhausted = checks >= o.maxChecks;
      return result(g.rows, {
        state: 'unknown',
        messageKo: exhausted ? `반영 여부를 확인하지 못했습니다(조회 ${checks}회 실패: ${read.messageKo}). WING에서 확인하거나 '다시 확인'을 누르세요.` : `${UNKNOWN_KO} (조회 실패: ${read.messageKo})`,
        notBefore: exhausted ? NEVER : ms() + (o.reconcileDelaysMs[Math.min(checks, o.reconcileDelaysMs.length - 1)] ?? 5000),
        checked: true,
      });
    }
    const { sheet } = read;
    let orderSheets: Array<Sheet & { shipmentBoxId: string }> | null | undefined;
    const accepted: JobRowRecord[] = [];
    const notApplied: JobRowRecord[] = [];
    const rejected: Array<[JobRowRecord, string]> = [];
    for (const row of g.rows) {
      if (row.invoiceNumber && sheet.invoiceNumber === row.invoiceNumber) {
        accepted.push(row);
        continue;
      }
      const splitRow = !!row.vendorItemId && (g.rows.length > 1 || sheet.splitShipping || !row.invoiceNumber);
      if (splitRow && (sheet.orderId || row.orderId)) {
        if (orderSheets === undefined) orderSheets = await readOrder(sheet.orderId || row.orderId);
        const hit = orderSheets?.some((s) =>
          s.items.some((i) => i.vendorItemId === row.vendorItemId) && (row.invoiceNumber ? s.invoiceNumber === row.invoiceNumber : s.items.some((i) => i.vendorItemId === row.vendorItemId && i.date === row.estimatedShippingDate)),
        );
        if (hit) {
          accepted.push(row);
          continue;
        }
      }
      if (row.action === 'upload' && sheet.status === 'INSTRUCT' && !sheet.invoiceNumber) notApplied.push(row);
      else if (row.action === 'upload' && sheet.status === 'INSTRUCT' && splitRow) notApplied.push(row);
      else if (row.action === 'update' && UPDATABLE.has(sheet.status)) notApplied.push(row);
      else rejected.push([row, `쿠팡의 주문은 '${sheet.status}' 상태이고 송장번호가 ${sheet.invoiceNumber || '없음'}입니다 — 이 행의 송장(${row.invoiceNumber || row.estimatedShippingDate})은 반영되지 않았습니다.`]);
    }
    result(accepted, { state: 'accepted', resultCode: 'OK', messageKo: row0Ko(g.action, true), checked: true });
    // Proven not applied: sending again cannot double anything.
    const tooMany = notApplied.filter((r) => r.attempts >= o.maxAttempts + 2);
    result(tooMany, { state: 'rejected', resultCode: 'NOT_APPLIED', messageKo: `${tooMany[0]?.attempts ?? ''}번 보냈지만 쿠팡에 반영되지 않았습니다. 주문 상태를 확인하세요.`, checked: true });
    result(
      notApplied.filter((r) => !tooMany.includes(r)),
      { state: 'pending', messageKo: '조회로 반영되지 않은 것을 확인해 다시 보냅니다.', checked: true },
    );
    for (const [row, msg] of rejected) result([row], { state: 'rejected', resultCode: 'NOT_APPLIED', messageKo: msg, checked: true });
  }

  const row0Ko = (action: string, readBack = false) => (action === 'update' ? '송장을 수정했습니다.' : '송장을 등록했습니다.') + (readBack ? ' (주문 조회로 확인)' : '');

  /** A box whose order or items the file did not give: read it once and remember it for the job. */
  async function resolve(g: Group): Promise<void> {
    const read = await readBox(g.box);
    if (!read.ok) {
      if (read.notFound) {
        return result(g.rows, {
          state: 'rejected',
          resultCode: read.gone ? 'ORDER_GONE' : 'ORDER_NOT_FOUND',
          messageKo: read.gone ? `주문이 취소 또는 반품되었습니다: ${read.messageKo}` : `쿠팡에서 이 묶음배송번호의 주문을 찾지 못했습니다: ${read.messageKo}`,
        });
      }
      return result(g.rows, { state: 'pending', messageKo: `주문을 조회하지 못해 잠시 뒤 다시 시도합니다: ${read.messageKo}`, notBefore: ms() + 5_000 });
    }
    const s = read.sheet;
    if (g.action === 'upload' && s.status === 'ACCEPT') {
      return result(g.rows, { state: 'rejected', resultCode: 'INVALID_STATUS', messageKo: '결제완료 상태라 송장을 올릴 수 없습니다. 먼저 상품준비중 처리를 한 뒤 이 행을 다시 보내세요.' });
    }
    repo.putBox(jobId, { shipmentBoxId: g.box, orderId: s.orderId, liveItems: s.items.filter((i) => i.live).map((i) => i.vendorItemId), splitShipping: s.splitShipping, source: 'coupang' });
  }

  // ---- sending ---------------------------------------------------------------------------------------

  async function send(action: 'upload' | 'update', batch: Array<{ g: Group; dtos: InvoiceApplyDto[] }>): Promise<void> {
    const rows = batch.flatMap((b) => b.g.rows);
    const batchId = randomUUID();
    const sent = repo.markSent(jobId, rows.map((r) => r.rowNo), batchId, at());
    if (sent !== rows.length) {
      // Another runner changed them meanwhile; never send what is not journaled as ours.
      deps.log({ level: 'warn', event: 'invoices.batch.raced', jobId, expected: rows.length, marked: sent });
      return;
    }
    changed();
    const body = {
      vendorId,
      orderSheetInvoiceApplyDtos: batch.flatMap((b) =>
        b.dtos.map((d) => ({ ...d, shipmentBoxId: jsonNumber(d.shipmentBoxId), orderId: jsonNumber(d.orderId), vendorItemId: jsonNumber(d.vendorItemId) })),
      ),
    };
    let data: any;
    try {
      const call = action === 'upload' ? client.orders.uploadInvoice : client.orders.updateInvoice;
      const res = await call(body as never, { priority: 'bulk', signal });
      data = res.data;
    } catch (err) {
      return sendFailed(batch, err);
    }
    const list: any[] = Array.isArray(data?.responseList) ? data.responseList : [];
    const code = Number(data?.responseCode);
    for (const { g } of batch) {
      const rowsNow = g.rows.map((r) => ({ ...r, attempts: r.attempts + 1 }));
      const item = list.find((x) => idOf(x?.shipmentBoxId) === g.box);
      if (item?.succeed === true || (!item && code === 0)) {
        result(rowsNow, { state: 'accepted', resultCode: 'OK', messageKo: row0Ko(action) });
        continue;
      }
      if (!item) {
        result(rowsNow, { state: 'unknown', messageKo: `${UNKNOWN_KO} (응답에 이 배송번호의 결과가 없음)`, notBefore: ms() + (o.reconcileDelaysMs[0] ?? 0) });
        continue;
      }
      const rc = String(item.resultCode ?? '');
      const text = [RESULT_CODE_KO[rc], item.resultMessage].filter(Boolean).join(' — ') || rc || '사유 없음';
      const attempts = rowsNow[0].attempts;
      const wasUncertain = g.rows.some((r) => r.checks > 0);
      if (wasUncertain && (rc === 'INVALID_STATUS' || rc === 'NOT_ALLOW_INVOICE_NUMBER_RE_UPLOAD' || rc === 'DUPLICATE_INVOICE_NUMBER')) {
        // An earlier send of ours may be what made this one fail: read before deciding.
        result(rowsNow, { state: 'unknown', resultCode: rc, messageKo: `${UNKNOWN_KO} (쿠팡: ${text})`, notBefore: ms() });
        continue;
      }
      if (item.retryRequired === true && attempts < o.maxAttempts) {
        result(rowsNow, { state: 'pending', resultCode: rc, retryRequired: true, messageKo: `쿠팡이 다시 시도하라고 답해 곧 다시 보냅니다(${attempts}/${o.maxAttempts}): ${text}`, notBefore: ms() + (o.retryDelaysMs[Math.min(attempts - 1, o.retryDelaysMs.length - 1)] ?? 5000) });
        continue;
      }
      result(rowsNow, { state: 'rejected', resultCode: rc || 'FAILED', retryRequired: item.retryRequired === true, messageKo: `쿠팡이 처리하지 않았습니다: ${text}${rc ? ` [${rc}]` : ''}${item.retryRequired === true ? ` (${attempts}회 시도)` : ''}` });
    }
  }

  function sendFailed(batch: Array<{ g: Group }>, err: unknown): void {
    const all = (r: RowResult) => {
      for (const { g } of batch) result(g.rows, r);
    };
    if (signal?.aborted) return all({ state: 'unknown', messageKo: UNKNOWN_KO, notBefore: null });
    if (!isCoupangApiError(err)) {
      deps.log({ level: 'error', event: 'invoices.batch.error', jobId, error: String(err) });
      return all({ state: 'unknown', messageKo: `${UNKNOWN_KO} (${String(err)})`, notBefore: ms() });
    }
    const said = err.oneLineKo;
    switch (err.kind) {
      case 'rate-limited':
      case 'network':
        // Refused before Coupang handled it (429), or never left this PC: safe to send again.
        return all({ state: 'pending', messageKo: `잠시 뒤 다시 보냅니다: ${said}`, notBefore: ms() + 5_000 });
      case 'blocked':
      case 'auth':
      case 'expired-key':
      case 'ip-not-allowed':
        all({ state: 'pending', messageKo: `보내지 못했습니다: ${said}` });
        repo.setState(jobId, 'paused', `작업을 일시정지했습니다: ${said}`, at());
        return;
      case 'bad-request':
      case 'server':
      case 'not-found':
        if (batch.length > 1) {
          // One box spoiled the whole call: send each box alone to find it.
          for (const { g } of batch) solo.add(g.key);
          return all({ state: 'pending', messageKo: `배송번호별로 나눠 다시 보냅니다: ${said}` });
        }
        return all({ state: 'rejected', resultCode: `HTTP_${err.httpStatus ?? ''}`, messageKo: `쿠팡이 처리하지 않았습니다: ${said}` });
      default:
        // unknown-outcome, timeout: may have been applied.
        return all({ state: 'unknown', messageKo: `${UNKNOWN_KO} (${said})`, notBefore: ms() + (o.reconcileDelaysMs[0] ?? 0) });
    }
  }

  // ---- scheduling ----------------------------------------------------------------------------------

  function track(key: string, p: Promise<void>): void {
    busy.add(key);
    const done = p
      .catch((err) => {
        if (!signal?.aborted) deps.log({ level: 'error', event: 'invoices.task.error', jobId, error: String(err) });
      })
      .finally(() => {
        busy.delete(key);
        inflight.delete(done);
        changed();
      });
    inflight.add(done);
  }

  function startReconciles(): boolean {
    let started = false;
    for (const g of groupsOf(repo.ready(jobId, 'unknown', ms(), 200))) {
      if (inflight.size >= o.concurrency) break;
      if (busy.has(g.key)) continue;
      track(g.key, reconcile(g));
      started = true;
    }
    return started;
  }

  function startSends(): boolean {
    if (inflight.size >= o.concurrency) return false;
    const ready = repo.ready(jobId, 'pending', ms(), 600);
    let batch: Array<{ g: Group; dtos: InvoiceApplyDto[] }> = [];
    let action: 'upload' | 'update' | null = null;
    let size = 0;
    let started = false;
    const flush = () => {
      if (!batch.length || !action) return;
      const b = batch;
      const keys = b.map((x) => x.g.key);
      const act = action;
      const p = send(act, b);
      for (const k of keys.slice(1)) busy.add(k);
      track(keys[0], p.finally(() => keys.slice(1).forEach((k) => busy.delete(k))));
      batch = [];
      action = null;
      size = 0;
      started = true;
    };
    for (const g0 of groupsOf(ready)) {
      if (inflight.size >= o.concurrency) break;
      if (busy.has(g0.key)) continue;
      // The whole box, even rows beyond this page; skip it while any row of it is elsewhere.
      const all = repo.rowsOfBox(jobId, g0.box, g0.action);
      if (all.some((r) => r.state === 'sent' || r.state === 'unknown')) continue;
      const rows = all.filter((r) => r.state === 'pending');
      if (rows.some((r) => r.notBefore !== null && r.notBefore > ms())) continue;
      const g: Group = { ...g0, rows };
      const info = boxInfo(g.box);
      const plan = planGroup(rows, info);
      if (!plan.ok) {
        track(g.key, resolve(g));
        started = true;
        continue;
      }
      if (action && (action !== g.action || size + plan.dtos.length > o.batchSize || solo.has(g.key))) flush();
      if (inflight.size >= o.concurrency) break;
      batch.push({ g, dtos: plan.dtos });
      busy.add(g.key);
      action = g.action;
      size += plan.dtos.length;
      if (solo.has(g.key) || size >= o.batchSize) {
        solo.delete(g.key);
        flush();
      }
    }
    flush();
    return started;
  }

  const sleep = (t: number) => new Promise<void>((r) => setTimeout(r, Math.max(0, t)));
  let outcome: RunOutcome = 'stopped';
  try {
    for (;;) {
      if (!db.open) break;
      if (Date.now() - lastBeat >= o.heartbeatMs) {
        repo.setLease(jobId, process.pid, Date.now());
        lastBeat = Date.now();
      }
      const job = repo.job(jobId);
      if (!job) break;
      if (signal?.aborted || job.state === 'paused') {
        await Promise.allSettled([...inflight]);
        outcome = signal?.aborted ? 'stopped' : 'paused';
        break;
      }
      startReconciles();
      if (job.state === 'running') startSends();
      if (inflight.size === 0) {
        const c = repo.counts(jobId);
        const pendingLeft = job.state === 'running' ? c.pending : 0;
        const nextUnknown = repo.earliest(jobId, 'unknown');
        const unknownOpen = c.unknown > 0 && (nextUnknown === null || nextUnknown < NEVER);
        if (!pendingLeft && !unknownOpen && c.sent === 0) {
          const summary = `등록 ${c.accepted}건 · 실패 ${c.rejected}건 · 건너뜀 ${c.skipped}건${c.unknown ? ` · 확인 필요 ${c.unknown}건` : ''}`;
          if (job.state === 'cancelled') repo.setMessage(jobId, `취소했습니다. ${summary}`, at());
          else repo.setState(jobId, 'done', `끝났습니다. ${summary}`, at());
          outcome = job.state === 'cancelled' ? 'cancelled' : 'done';
          changed();
          break;
        }
        const next = Math.min(repo.earliest(jobId, 'pending') ?? Infinity, nextUnknown ?? Infinity);
        await sleep(Math.min(o.idleMs * 5, Number.isFinite(next) ? next - ms() : o.idleMs));
        continue;
      }
      await Promise.race([...inflight, sleep(o.idleMs)]);
    }
  } finally {
    if (signal?.aborted) await Promise.allSettled([...inflight]);
    if (db.open) {
      const job = repo.job(jobId);
      if (job?.runnerPid === process.pid) repo.setLease(jobId, null, null);
    }
  }
  return outcome;
}
