// 송장 일괄등록: the one service the IPC handlers, the CLI and the benchmarks share. Files are read
// and validated here in the main process (off the UI thread); a job is journaled whole in SQLite
// before its first request and run by the runner; jobs a dead process left behind are resumed.
import { randomUUID } from 'node:crypto';
import {
  detectLayout,
  findHeaderRow,
  headerSignature,
  suggestMapping,
  validateInvoiceRows,
  type ColumnMapping,
  type OrderInfo,
  type Validation,
} from '../../../shared/invoices';
import type { InvoicePreview, JobRowView, JobView, PreviewOptions, PreviewRow } from '../../../shared/ipc/invoices';
import { kstIso } from '../../../shared/kst';
import type { CoupangClient } from '../../coupang';
import type { Db } from '../../store/db';
import { createInvoiceOrdersQuery } from '../../store/invoices-orders';
import { createInvoicesRepo, type BoxRecord, type JobRecord, type JobRowRecord, type NewJobRow, type RowState } from '../../store/invoices-repo';
import { createOrdersRepo } from '../../store/orders-repo';
import { encodeResult } from './export';
import { readSheetFile, type ReadSheet } from './read-file';
import { DEFAULT_RUNNER_OPTIONS, runJob, type RunnerOptions, type RunOutcome } from './runner';

export interface InvoicesConnection {
  vendorId: string;
  client: CoupangClient;
}

export interface InvoicesServiceDeps {
  db: Db;
  /** The active connection (profile or demo sandbox). */
  connection: () => Promise<InvoicesConnection>;
  /** The vendor whose orders the checks read, without connecting (defaults to connection().vendorId). */
  vendorId?: () => Promise<string | null>;
  /** Acknowledges ACCEPT orders (the orders service's journaled action). */
  acknowledge?: (shipmentBoxIds: string[]) => Promise<Array<{ shipmentBoxId: string; state: string; messageKo: string }>>;
  now?: () => Date;
  log?: (e: Record<string, unknown>) => void;
  runner?: Partial<RunnerOptions>;
}

/** A refusal the seller can act on; `code` is one the IPC router passes through with its Korean message. */
export class InvoicesError extends Error {
  readonly code: 'NOT_FOUND' | 'INVALID_PAYLOAD';
  constructor(
    readonly reason: 'NOT_FOUND' | 'NOTHING_TO_SEND' | 'UNSUPPORTED_FILE',
    messageKo: string,
  ) {
    super(messageKo);
    this.name = 'InvoicesError';
    this.code = reason === 'NOT_FOUND' ? 'NOT_FOUND' : 'INVALID_PAYLOAD';
  }
  get messageKo(): string {
    return this.message;
  }
}

interface CachedFile {
  id: string;
  fileName: string;
  bytes: Uint8Array;
  read?: { key: string; sheet: ReadSheet };
}

const MAX_CACHED_FILES = 4;
const RATE_WINDOW_MS = 30_000;

export interface Checked {
  read: ReadSheet;
  headerRow: number;
  headers: string[];
  mapping: ColumnMapping;
  mappingSource: 'auto' | 'template' | 'manual';
  template: { id: string; name: string } | null;
  layoutName: string | null;
  defaultCarrier: string | null;
  validation: Validation;
}

export function createInvoicesService(deps: InvoicesServiceDeps) {
  const { db } = deps;
  const now = deps.now ?? (() => new Date());
  const log = deps.log ?? (() => {});
  const repo = createInvoicesRepo(db);
  const ordersQuery = createInvoiceOrdersQuery(db);
  const ordersRepo = createOrdersRepo(db);
  const runnerOptions: RunnerOptions = { ...DEFAULT_RUNNER_OPTIONS, ...deps.runner };
  const files = new Map<string, CachedFile>();
  const active = new Map<string, { controller: AbortController; done: Promise<RunOutcome>; startedMs: number }>();
  const at = () => kstIso(now());

  const vendorOf = async (): Promise<string | null> => {
    if (deps.vendorId) return deps.vendorId();
    try {
      return (await deps.connection()).vendorId;
    } catch {
      return null;
    }
  };

  // ---- files and previews --------------------------------------------------------------------------

  function cacheFile(fileName: string, bytes: Uint8Array): CachedFile {
    const f: CachedFile = { id: randomUUID(), fileName, bytes };
    files.set(f.id, f);
    while (files.size > MAX_CACHED_FILES) files.delete(files.keys().next().value!);
    return f;
  }

  function fileOf(fileId: string): CachedFile {
    const f = files.get(fileId);
    if (!f) throw new InvoicesError('NOT_FOUND', '올린 파일을 찾을 수 없습니다(앱을 다시 시작했거나 오래되었습니다). 파일을 다시 올려 주세요.');
    return f;
  }

  async function readCached(f: CachedFile, opts: PreviewOptions): Promise<ReadSheet> {
    const key = `${opts.encoding ?? 'auto'}|${opts.sheet ?? ''}`;
    if (f.read?.key === key) return f.read.sheet;
    let sheet: ReadSheet;
    try {
      sheet = await readSheetFile(f.bytes, f.fileName, { encoding: opts.encoding ?? 'auto', sheet: opts.sheet ?? null });
    } catch (err) {
      throw new InvoicesError('UNSUPPORTED_FILE', err instanceof Error ? err.message : String(err));
    }
    f.read = { key, sheet };
    return sheet;
  }

  /** Reads and validates a file; the CLI calls this directly with the bytes. */
  function check(read: ReadSheet, opts: PreviewOptions, vendorId: string | null): Checked {
    const headerRow = opts.headerRow ?? findHeaderRow(read.rows);
    const headers = (read.rows[headerRow - 1] ?? []).map((h) => String(h ?? ''));
    const layout = detectLayout(headers);
    let mapping: ColumnMapping;
    let mappingSource: Checked['mappingSource'];
    let template: Checked['template'] = null;
    let defaultCarrier: string | null;
    if (opts.mapping) {
      mapping = { ...opts.mapping };
      mappingSource = 'manual';
      defaultCarrier = opts.defaultCarrier ?? null;
    } else {
      const saved = repo.templateForSignature(headerSignature(headers));
      if (saved) {
        mapping = saved.mapping as ColumnMapping;
        mappingSource = 'template';
        template = { id: saved.id, name: saved.name };
        defaultCarrier = opts.defaultCarrier !== undefined ? opts.defaultCarrier : saved.defaultCarrier;
      } else {
        const s = suggestMapping(headers);
        mapping = s.mapping;
        mappingSource = 'auto';
        defaultCarrier = opts.defaultCarrier !== undefined ? opts.defaultCarrier : s.defaultCarrier;
      }
    }
    const withOrders = vendorId !== null && ordersQuery.hasOrders(vendorId);
    const correct = opts.correct === undefined ? false : typeof opts.correct === 'boolean' ? opts.correct : new Set(opts.correct);
    const validation = validateInvoiceRows(read.rows, {
      headerRow,
      mapping,
      defaultCarrier,
      correct,
      orders: withOrders
        ? (ids) => ordersQuery.lookup(vendorId!, ids)
        : null,
    });
    if (layout) {
      validation.notices.unshift({ code: 'LAYOUT', message: `${layout.nameKo} 형식으로 인식했습니다.${layout.carrier && defaultCarrier === layout.carrier ? ` 택배사 열이 없어 모든 행을 ${layout.carrier}(으)로 봅니다 — 다르면 바꾸세요.` : ''}` });
    }
    return { read, headerRow, headers, mapping, mappingSource, template, layoutName: layout?.nameKo ?? null, defaultCarrier, validation };
  }

  function toPreview(f: CachedFile, c: Checked): InvoicePreview {
    const counts: Record<string, number> = {};
    let acknowledgeable = 0;
    let correctable = 0;
    for (const p of c.validation.problems) {
      counts[p.code] = (counts[p.code] ?? 0) + 1;
      if (p.fix === 'acknowledge') acknowledgeable++;
      if (p.fix === 'correct') correctable++;
    }
    const rows: PreviewRow[] = c.validation.rows.map((r) => ({
      row: r.row,
      shipmentBoxId: r.shipmentBoxId,
      orderId: r.orderId,
      vendorItemId: r.vendorItemId,
      carrier: r.carrierInput,
      carrierCode: r.carrierCode,
      invoice: r.invoiceInput,
      invoiceNumber: r.invoiceNumber,
      estimatedShippingDate: r.estimatedShippingDate,
      action: r.action,
      orderStatus: r.orderStatus,
      codes: r.problems.map((p) => p.code),
      heldKo: r.heldKo,
    }));
    return {
      fileId: f.id,
      fileName: f.fileName,
      kind: c.read.kind,
      encoding: c.read.encoding,
      detectedEncoding: c.read.detected,
      sheets: c.read.sheets,
      sheet: c.read.sheet,
      headerRow: c.headerRow,
      headers: c.headers,
      mapping: c.mapping,
      mappingSource: c.mappingSource,
      templateId: c.template?.id ?? null,
      templateName: c.template?.name ?? null,
      layoutName: c.layoutName,
      defaultCarrier: c.defaultCarrier,
      total: c.validation.total,
      valid: c.validation.valid,
      held: c.validation.held,
      orderChecks: c.validation.orderChecks,
      notices: c.validation.notices,
      problems: c.validation.problems,
      counts,
      acknowledgeable,
      correctable,
      correcting: c.validation.rows.filter((r) => r.action === 'update' && !r.problems.length).length,
      rows,
    };
  }

  async function preview(fileId: string, opts: PreviewOptions = {}): Promise<InvoicePreview> {
    const f = fileOf(fileId);
    return toPreview(f, check(await readCached(f, opts), opts, await vendorOf()));
  }

  // ---- jobs -----------------------------------------------------------------------------------------

  function jobView(job: JobRecord): JobView {
    const counts = repo.counts(job.id);
    const run = active.get(job.id);
    const nowMs = now().getTime();
    const since = repo.finishedSince(job.id, nowMs - RATE_WINDOW_MS);
    const window = run ? Math.min(RATE_WINDOW_MS, Math.max(1000, nowMs - run.startedMs)) : RATE_WINDOW_MS;
    const rowsPerSecond = run && since.n ? Math.round((since.n / (window / 1000)) * 10) / 10 : 0;
    const remaining = counts.pending + counts.sent + counts.unknown;
    return {
      id: job.id,
      vendorId: job.vendorId,
      fileName: job.fileName,
      encoding: job.encoding,
      state: job.state,
      active: !!run,
      createdAt: job.createdAt,
      startedAt: job.startedAt,
      finishedAt: job.finishedAt,
      total: job.total,
      counts,
      done: counts.accepted + counts.rejected + counts.skipped,
      rowsPerSecond,
      etaSeconds: rowsPerSecond > 0 ? Math.ceil(remaining / rowsPerSecond) : remaining === 0 ? 0 : null,
      messageKo: job.messageKo,
    };
  }

  function jobOf(jobId: string): JobRecord {
    const job = repo.job(jobId);
    if (!job) throw new InvoicesError('NOT_FOUND', `작업 ${jobId}을(를) 찾을 수 없습니다.`);
    return job;
  }

  function storeAccepted(vendorId: string, rows: JobRowRecord[]): void {
    const when = at();
    const byBox = new Map<string, JobRowRecord[]>();
    for (const r of rows) byBox.set(r.shipmentBoxId, [...(byBox.get(r.shipmentBoxId) ?? []), r]);
    for (const [box, list] of byBox) {
      const single = new Set(list.map((r) => r.invoiceNumber)).size === 1 && !!list[0].invoiceNumber;
      if (!single || !ordersRepo.get(vendorId, box)) continue;
      ordersRepo.setStatusFromAction(vendorId, box, 'DEPARTURE', when);
      ordersRepo.setInvoice(vendorId, box, list[0].carrierCode, list[0].invoiceNumber, when);
    }
  }

  /** Starts (or joins) the runner of a job in this process. */
  function start(jobId: string): Promise<RunOutcome> {
    const running = active.get(jobId);
    if (running) return running.done;
    const controller = new AbortController();
    const entry = { controller, startedMs: now().getTime(), done: Promise.resolve<RunOutcome>('stopped') };
    entry.done = (async (): Promise<RunOutcome> => {
      const job = jobOf(jobId);
      let conn: InvoicesConnection;
      try {
        conn = await deps.connection();
      } catch (err) {
        repo.setMessage(jobId, `쿠팡 연결을 열지 못해 기다립니다: ${err instanceof Error ? err.message : String(err)}`, at());
        return 'stopped';
      }
      if (conn.vendorId !== job.vendorId) {
        repo.setMessage(jobId, `이 작업은 판매자 ${job.vendorId}의 것입니다. 지금 연결은 ${conn.vendorId}라 보내지 않습니다 — 설정에서 그 프로필을 켜세요.`, at());
        return 'stopped';
      }
      let outcome: RunOutcome;
      try {
        outcome = await runJob(
          {
            db,
            repo,
            vendorId: conn.vendorId,
            client: conn.client,
            now,
            log,
            options: runnerOptions,
            onAccepted: (rows) => storeAccepted(conn.vendorId, rows),
          },
          jobId,
          controller.signal,
        );
      } catch (err) {
        // The database closed under it (app quitting) or a bug: the journal keeps what was sent.
        if (db.open) log({ level: 'error', event: 'invoices.job.crashed', jobId, error: String(err) });
        return 'stopped';
      }
      if (!db.open) return outcome;
      if (outcome === 'busy') repo.setMessage(jobId, '다른 wingdesk 창이나 명령이 이 작업을 보내고 있습니다.', at());
      log({ level: 'info', event: 'invoices.job.run', jobId, outcome });
      return outcome;
    })().finally(() => {
      if (active.get(jobId) === entry) active.delete(jobId);
    });
    active.set(jobId, entry);
    return entry.done;
  }

  function createJob(fileName: string, encoding: string | null, c: Checked, vendorId: string): JobRecord {
    if (c.validation.valid === 0) throw new InvoicesError('NOTHING_TO_SEND', `보낼 수 있는 행이 없습니다. 문제 ${c.validation.problems.length}건을 고친 파일을 다시 올려 주세요.`);
    const id = randomUUID();
    const rows: NewJobRow[] = c.validation.rows.map((r) => {
      const skipped = r.problems.length > 0 || !!r.heldKo;
      return {
        rowNo: r.row,
        shipmentBoxId: r.shipmentBoxId,
        orderId: r.orderId,
        vendorItemId: r.vendorItemId,
        carrierCode: r.carrierCode,
        invoiceNumber: r.invoiceNumber,
        estimatedShippingDate: r.estimatedShippingDate,
        action: r.action,
        state: skipped ? 'skipped' : 'pending',
        resultCode: r.problems[0]?.code ?? (r.heldKo ? 'HELD' : null),
        messageKo: r.problems.map((p) => p.message).join(' / ') || r.heldKo || '보내기 대기',
        input: { carrier: r.carrierInput, invoice: r.invoiceInput, ...(r.receiverName && { receiverName: r.receiverName }) },
      };
    });
    const boxes: BoxRecord[] = [];
    // The rows of one box share its stored order: each order once.
    const stored = new Set<OrderInfo>();
    for (const r of c.validation.rows) {
      const info = r.order;
      if (!info || r.problems.length || r.heldKo || stored.has(info)) continue;
      stored.add(info);
      boxes.push({ shipmentBoxId: r.shipmentBoxId, orderId: info.orderId, liveItems: info.items.filter((i) => i.quantityToShip > 0).map((i) => i.vendorItemId), splitShipping: info.splitShipping, source: 'store' });
    }
    repo.createJob({ id, vendorId, fileName, encoding, at: at() }, rows, boxes);
    log({ level: 'info', event: 'invoices.job.created', jobId: id, vendorId, rows: rows.length, sendable: c.validation.valid });
    return repo.job(id)!;
  }

  return {
    repo,
    options: runnerOptions,
    check,
    readFile: readSheetFile,
    vendor: vendorOf,

    async open(fileName: string, bytes: Uint8Array, opts: PreviewOptions = {}): Promise<InvoicePreview> {
      const f = cacheFile(fileName, bytes);
      try {
        return toPreview(f, check(await readCached(f, opts), opts, await vendorOf()));
      } catch (err) {
        files.delete(f.id);
        throw err;
      }
    },
    preview,

    templates() {
      return repo.templates().map((t) => ({ id: t.id, name: t.name, mapping: t.mapping as ColumnMapping, defaultCarrier: t.defaultCarrier, updatedAt: t.updatedAt }));
    },
    async saveTemplate(input: { fileId: string; name: string; mapping: ColumnMapping; defaultCarrier?: string | null; headerRow?: number }) {
      const f = fileOf(input.fileId);
      const read = f.read?.sheet ?? (await readCached(f, {}));
      const headerRow = input.headerRow ?? findHeaderRow(read.rows);
      const signature = headerSignature((read.rows[headerRow - 1] ?? []).map(String));
      const existing = repo.templateByName(input.name) ?? repo.templateForSignature(signature);
      const id = existing?.id ?? randomUUID();
      repo.saveTemplate({ id, name: input.name, signature, mapping: input.mapping as Record<string, number>, defaultCarrier: input.defaultCarrier ?? null, headerRow }, at());
      const t = repo.templates().find((x) => x.id === id)!;
      return { id: t.id, name: t.name, mapping: t.mapping as ColumnMapping, defaultCarrier: t.defaultCarrier, updatedAt: t.updatedAt };
    },
    deleteTemplate(id: string) {
      repo.deleteTemplate(id);
      return { ok: true as const };
    },

    /** Acknowledges the file's ACCEPT orders (ORDER_STATE rows) so their invoices can go up. */
    async acknowledgeAccepted(fileId: string, opts: PreviewOptions = {}) {
      const f = fileOf(fileId);
      const c = check(await readCached(f, opts), opts, await vendorOf());
      const byRow = new Map(c.validation.rows.map((r) => [r.row, r.shipmentBoxId]));
      const ids = [...new Set(c.validation.problems.filter((p) => p.fix === 'acknowledge').map((p) => byRow.get(p.row)!))];
      let results: Array<{ shipmentBoxId: string; state: string; messageKo: string }> = [];
      if (ids.length) {
        if (!deps.acknowledge) throw new InvoicesError('NOT_FOUND', '상품준비중 처리를 할 수 없습니다(주문 서비스 없음).');
        results = await deps.acknowledge(ids);
      }
      return {
        acknowledged: results.filter((r) => r.state === 'done').length,
        failed: results.filter((r) => r.state !== 'done').map((r) => ({ shipmentBoxId: r.shipmentBoxId, messageKo: r.messageKo })),
        preview: await preview(fileId, opts),
      };
    },

    async startJob(fileId: string, opts: PreviewOptions = {}): Promise<JobView> {
      const f = fileOf(fileId);
      const conn = await deps.connection();
      const c = check(await readCached(f, opts), opts, conn.vendorId);
      const job = createJob(f.fileName, c.read.encoding ?? c.read.kind, c, conn.vendorId);
      void start(job.id);
      return jobView(repo.job(job.id)!);
    },
    /** CLI: journal a job from a checked file without a cached upload. */
    createJob,
    start,
    /** Waits for a job's runner in this process (starting it when needed). */
    run: (jobId: string) => start(jobId),

    jobs(vendorId: string | null = null): JobView[] {
      return repo.jobs(vendorId).map(jobView);
    },
    job: (jobId: string) => jobView(jobOf(jobId)),
    jobRows(jobId: string, state: RowState | null = null, offset = 0, limit = 500): { rows: JobRowView[]; total: number } {
      jobOf(jobId);
      const page = repo.rows(jobId, state, offset, limit);
      return {
        total: page.total,
        rows: page.rows.map((r) => ({
          row: r.rowNo,
          shipmentBoxId: r.shipmentBoxId,
          orderId: r.orderId,
          vendorItemId: r.vendorItemId,
          carrier: r.input.carrier ?? '',
          carrierCode: r.carrierCode,
          invoice: r.input.invoice ?? '',
          invoiceNumber: r.invoiceNumber,
          estimatedShippingDate: r.estimatedShippingDate,
          action: r.action,
          state: r.state,
          resultCode: r.resultCode,
          messageKo: r.messageKo,
          attempts: r.attempts,
          finishedAt: r.finishedAt,
        })),
      };
    },
    pause(jobId: string): JobView {
      const job = jobOf(jobId);
      if (job.state === 'running') repo.setState(jobId, 'paused', '일시정지했습니다. 보내던 묶음의 답을 받은 뒤 멈춥니다.', at());
      return jobView(jobOf(jobId));
    },
    resume(jobId: string): JobView {
      const job = jobOf(jobId);
      if (job.state === 'paused' || job.state === 'running') {
        repo.setState(jobId, 'running', null, at());
        void start(jobId);
      }
      return jobView(jobOf(jobId));
    },
    cancel(jobId: string): JobView {
      const job = jobOf(jobId);
      if (job.state === 'running' || job.state === 'paused') {
        const when = at();
        repo.setState(jobId, 'cancelled', '취소했습니다. 보내지 않은 행은 건너뜀으로 남깁니다.', when);
        repo.pendingToSkipped(jobId, '작업을 취소해 보내지 않았습니다.', when, now().getTime());
        // Unanswered rows are still read back, so the result says what really happened.
        if (repo.counts(jobId).unknown + repo.counts(jobId).sent > 0) void start(jobId);
      }
      return jobView(jobOf(jobId));
    },
    retryFailed(jobId: string): JobView {
      jobOf(jobId);
      const n = repo.retryRejected(jobId) + repo.recheckUnknown(jobId);
      if (n) {
        repo.setState(jobId, 'running', null, at());
        void start(jobId);
      }
      return jobView(jobOf(jobId));
    },
    exportResult(jobId: string, format: 'csv' | 'xlsx') {
      const job = jobOf(jobId);
      const rows = repo.allRows(jobId);
      return { ...encodeResult(job, rows, format), rows: rows.length };
    },

    /** Jobs left 'running' by a process that is gone (crash, kill, closed laptop) start again. */
    async resumeInterrupted(): Promise<string[]> {
      if (!db.open) return [];
      const open = (id: string) => {
        const c = repo.counts(id);
        return c.sent + c.unknown > 0;
      };
      const candidates = [...repo.jobsInState('running'), ...repo.jobsInState('cancelled').filter((j) => open(j.id))];
      // Nothing left behind: do not even connect (in demo mode that would start the sandbox).
      if (!candidates.some((j) => !active.has(j.id))) return [];
      const vendorId = await vendorOf();
      const resumed: string[] = [];
      for (const job of repo.jobsInState('running')) {
        if (active.has(job.id) || (vendorId && job.vendorId !== vendorId)) continue;
        resumed.push(job.id);
        void start(job.id);
      }
      // Cancelled jobs with rows still on the wire or unanswered are read back too.
      for (const job of repo.jobsInState('cancelled')) {
        const c = repo.counts(job.id);
        if (!active.has(job.id) && c.sent + c.unknown > 0 && (!vendorId || job.vendorId === vendorId)) void start(job.id);
      }
      if (resumed.length) log({ level: 'info', event: 'invoices.jobs.resumed', jobs: resumed });
      return resumed;
    },

    /** Stops the runners of this process (rows on the wire stay journaled as sent). */
    async close(): Promise<void> {
      for (const a of active.values()) a.controller.abort(new Error('closing'));
      await Promise.allSettled([...active.values()].map((a) => a.done));
    },
  };
}
export type InvoicesService = ReturnType<typeof createInvoicesService>;
