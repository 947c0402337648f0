// Journal of bulk invoice uploads (tables of migration 5): jobs, one row per file row, what a
// job knows of each box, and the saved column templates. Every state change is one statement or
// one transaction, so a crash leaves the journal consistent: a row is 'sent' from just before
// its request leaves until its answer is written.
import type { PlanRow } from '../../shared/invoices';
import type { Db } from './db';

export type JobState = 'running' | 'paused' | 'cancelled' | 'done';
export type RowState = 'pending' | 'sent' | 'accepted' | 'rejected' | 'unknown' | 'skipped';
export const ROW_STATES: RowState[] = ['pending', 'sent', 'accepted', 'rejected', 'unknown', 'skipped'];

export interface JobRecord {
  id: string;
  vendorId: string;
  fileName: string;
  encoding: string | null;
  state: JobState;
  total: number;
  messageKo: string | null;
  runnerPid: number | null;
  heartbeatAt: number | null;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  updatedAt: string;
}

export interface RowInput {
  carrier: string;
  invoice: string;
  receiverName?: string;
}

/** A journal row: what is sent for one file row (PlanRow) and where it stands. */
export interface JobRowRecord extends PlanRow {
  jobId: string;
  rowNo: number;
  state: RowState;
  resultCode: string | null;
  messageKo: string;
  retryRequired: boolean;
  attempts: number;
  checks: number;
  batchId: string | null;
  notBefore: number | null;
  sentAt: string | null;
  finishedAt: string | null;
  finishedMs: number | null;
  input: RowInput;
}

export interface NewJobRow extends PlanRow {
  rowNo: number;
  state: 'pending' | 'skipped';
  resultCode?: string | null;
  messageKo?: string;
  input: RowInput;
}

export interface BoxRecord {
  shipmentBoxId: string;
  orderId: string;
  liveItems: string[];
  splitShipping: boolean;
  source: 'store' | 'coupang';
}

export interface TemplateRecord {
  id: string;
  name: string;
  signature: string;
  mapping: Record<string, number>;
  defaultCarrier: string | null;
  headerRow: number | null;
  createdAt: string;
  updatedAt: string;
}

export type RowCounts = Record<RowState, number>;

const jobFromRow = (r: any): JobRecord => ({
  id: r.id,
  vendorId: r.vendor_id,
  fileName: r.file_name,
  encoding: r.encoding,
  state: r.state,
  total: r.total,
  messageKo: r.message_ko,
  runnerPid: r.runner_pid,
  heartbeatAt: r.heartbeat_at,
  createdAt: r.created_at,
  startedAt: r.started_at,
  finishedAt: r.finished_at,
  updatedAt: r.updated_at,
});

const rowFromRow = (r: any): JobRowRecord => ({
  jobId: r.job_id,
  rowNo: r.row_no,
  shipmentBoxId: r.shipment_box_id,
  orderId: r.order_id,
  vendorItemId: r.vendor_item_id,
  carrierCode: r.carrier_code,
  invoiceNumber: r.invoice_number,
  estimatedShippingDate: r.estimated_shipping_date,
  action: r.action,
  state: r.state,
  resultCode: r.result_code,
  messageKo: r.message_ko,
  retryRequired: !!r.retry_required,
  attempts: r.attempts,
  checks: r.checks,
  batchId: r.batch_id,
  notBefore: r.not_before,
  sentAt: r.sent_at,
  finishedAt: r.finished_at,
  finishedMs: r.finished_ms,
  input: JSON.parse(r.input_json || '{}'),
});

export interface RowResult {
  state: RowState;
  resultCode?: string | null;
  messageKo: string;
  retryRequired?: boolean;
  notBefore?: number | null;
  /** Counts one more read-back (reconciliation) of an unknown row. */
  checked?: boolean;
}

export function createInvoicesRepo(db: Db) {
  const s = {
    insertJob: db.prepare(
      `INSERT INTO invoice_jobs (id, vendor_id, file_name, encoding, state, total, message_ko, created_at, started_at, updated_at)
       VALUES (@id, @vendorId, @fileName, @encoding, 'running', @total, NULL, @at, @at, @at)`,
    ),
    insertRow: db.prepare(
      `INSERT INTO invoice_job_rows (job_id, row_no, shipment_box_id, order_id, vendor_item_id, carrier_code, invoice_number,
         estimated_shipping_date, action, state, result_code, message_ko, finished_at, input_json)
       VALUES (@jobId, @rowNo, @shipmentBoxId, @orderId, @vendorItemId, @carrierCode, @invoiceNumber, @estimatedShippingDate,
         @action, @state, @resultCode, @messageKo, @finishedAt, @inputJson)`,
    ),
    putBox: db.prepare(
      `INSERT INTO invoice_job_boxes (job_id, shipment_box_id, order_id, live_items_json, split_shipping, source)
       VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (job_id, shipment_box_id) DO UPDATE SET order_id = excluded.order_id, live_items_json = excluded.live_items_json,
         split_shipping = excluded.split_shipping, source = excluded.source`,
    ),
    getBox: db.prepare('SELECT * FROM invoice_job_boxes WHERE job_id = ? AND shipment_box_id = ?'),
    job: db.prepare('SELECT * FROM invoice_jobs WHERE id = ?'),
    jobs: db.prepare('SELECT * FROM invoice_jobs WHERE (@vendorId IS NULL OR vendor_id = @vendorId) ORDER BY created_at DESC, id DESC LIMIT @limit'),
    jobsInState: db.prepare('SELECT * FROM invoice_jobs WHERE state = ? ORDER BY created_at'),
    setState: db.prepare('UPDATE invoice_jobs SET state = @state, message_ko = @messageKo, finished_at = @finishedAt, updated_at = @at WHERE id = @id'),
    setMessage: db.prepare('UPDATE invoice_jobs SET message_ko = ?, updated_at = ? WHERE id = ?'),
    lease: db.prepare('UPDATE invoice_jobs SET runner_pid = ?, heartbeat_at = ? WHERE id = ?'),
    counts: db.prepare('SELECT state, COUNT(*) AS n FROM invoice_job_rows WHERE job_id = ? GROUP BY state'),
    finishedSince: db.prepare("SELECT COUNT(*) AS n, MIN(finished_ms) AS first FROM invoice_job_rows WHERE job_id = ? AND state IN ('accepted', 'rejected') AND finished_ms >= ?"),
    ready: db.prepare("SELECT * FROM invoice_job_rows WHERE job_id = ? AND state = ? AND (not_before IS NULL OR not_before <= ?) ORDER BY row_no LIMIT ?"),
    earliest: db.prepare('SELECT MIN(not_before) AS t FROM invoice_job_rows WHERE job_id = ? AND state = ? AND not_before IS NOT NULL'),
    rowsOfBox: db.prepare('SELECT * FROM invoice_job_rows INDEXED BY invoice_job_rows_by_box WHERE job_id = ? AND shipment_box_id = ? AND action = ? ORDER BY row_no'),
    rowsPage: db.prepare('SELECT * FROM invoice_job_rows WHERE job_id = @jobId AND (@state IS NULL OR state = @state) ORDER BY row_no LIMIT @limit OFFSET @offset'),
    rowsCount: db.prepare('SELECT COUNT(*) AS n FROM invoice_job_rows WHERE job_id = @jobId AND (@state IS NULL OR state = @state)'),
    allRows: db.prepare('SELECT * FROM invoice_job_rows WHERE job_id = ? ORDER BY row_no'),
    markSent: db.prepare(
      "UPDATE invoice_job_rows SET state = 'sent', batch_id = @batchId, attempts = attempts + 1, sent_at = @at, not_before = NULL WHERE job_id = @jobId AND row_no = @rowNo AND state = 'pending'",
    ),
    result: db.prepare(
      `UPDATE invoice_job_rows SET state = @state, result_code = COALESCE(@resultCode, result_code), message_ko = @messageKo,
         retry_required = @retryRequired, not_before = @notBefore, checks = checks + @checked,
         finished_at = CASE WHEN @state IN ('accepted', 'rejected', 'skipped') THEN @at ELSE NULL END,
         finished_ms = CASE WHEN @state IN ('accepted', 'rejected', 'skipped') THEN @ms ELSE NULL END
       WHERE job_id = @jobId AND row_no = @rowNo`,
    ),
    sentToUnknown: db.prepare(
      "UPDATE invoice_job_rows SET state = 'unknown', message_ko = @messageKo, not_before = NULL WHERE job_id = @jobId AND state = 'sent'",
    ),
    pendingToSkipped: db.prepare(
      "UPDATE invoice_job_rows SET state = 'skipped', message_ko = @messageKo, finished_at = @at, finished_ms = @ms WHERE job_id = @jobId AND state = 'pending'",
    ),
    retryRejected: db.prepare(
      "UPDATE invoice_job_rows SET state = 'pending', not_before = NULL, attempts = 0, checks = 0, message_ko = '다시 보내기 대기', finished_at = NULL, finished_ms = NULL WHERE job_id = ? AND state = 'rejected'",
    ),
    recheckUnknown: db.prepare("UPDATE invoice_job_rows SET not_before = NULL, checks = 0 WHERE job_id = ? AND state = 'unknown'"),
    templates: db.prepare('SELECT * FROM invoice_templates ORDER BY updated_at DESC'),
    templateBySig: db.prepare('SELECT * FROM invoice_templates WHERE signature = ? ORDER BY updated_at DESC LIMIT 1'),
    templateByName: db.prepare('SELECT * FROM invoice_templates WHERE name = ?'),
    upsertTemplate: db.prepare(
      `INSERT INTO invoice_templates (id, name, signature, mapping_json, default_carrier, header_row, created_at, updated_at)
       VALUES (@id, @name, @signature, @mappingJson, @defaultCarrier, @headerRow, @at, @at)
       ON CONFLICT (id) DO UPDATE SET name = excluded.name, signature = excluded.signature, mapping_json = excluded.mapping_json,
         default_carrier = excluded.default_carrier, header_row = excluded.header_row, updated_at = excluded.updated_at`,
    ),
    deleteTemplate: db.prepare('DELETE FROM invoice_templates WHERE id = ?'),
  };

  const templateFromRow = (r: any): TemplateRecord => ({
    id: r.id,
    name: r.name,
    signature: r.signature,
    mapping: JSON.parse(r.mapping_json),
    defaultCarrier: r.default_carrier,
    headerRow: r.header_row,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  });

  const createTx = db.transaction((job: { id: string; vendorId: string; fileName: string; encoding: string | null; at: string }, rows: NewJobRow[], boxes: BoxRecord[]) => {
    s.insertJob.run({ ...job, total: rows.length });
    for (const r of rows) {
      s.insertRow.run({
        jobId: job.id,
        rowNo: r.rowNo,
        shipmentBoxId: r.shipmentBoxId,
        orderId: r.orderId,
        vendorItemId: r.vendorItemId,
        carrierCode: r.carrierCode,
        invoiceNumber: r.invoiceNumber,
        estimatedShippingDate: r.estimatedShippingDate,
        action: r.action,
        state: r.state,
        resultCode: r.resultCode ?? null,
        messageKo: r.messageKo ?? '',
        finishedAt: r.state === 'skipped' ? job.at : null,
        inputJson: JSON.stringify(r.input),
      });
    }
    for (const b of boxes) s.putBox.run(job.id, b.shipmentBoxId, b.orderId, JSON.stringify(b.liveItems), b.splitShipping ? 1 : 0, b.source);
  });

  const sentTx = db.transaction((jobId: string, rowNos: number[], batchId: string, at: string) => {
    let n = 0;
    for (const rowNo of rowNos) n += s.markSent.run({ jobId, rowNo, batchId, at }).changes;
    return n;
  });
  const resultTx = db.transaction((jobId: string, rowNos: number[], r: RowResult, at: string, ms: number) => {
    for (const rowNo of rowNos) {
      s.result.run({
        jobId,
        rowNo,
        state: r.state,
        resultCode: r.resultCode ?? null,
        messageKo: r.messageKo,
        retryRequired: r.retryRequired ? 1 : 0,
        notBefore: r.notBefore ?? null,
        checked: r.checked ? 1 : 0,
        at,
        ms,
      });
    }
  });

  return {
    createJob(job: { id: string; vendorId: string; fileName: string; encoding: string | null; at: string }, rows: NewJobRow[], boxes: BoxRecord[]): void {
      createTx(job, rows, boxes);
    },
    job(id: string): JobRecord | null {
      const r = s.job.get(id);
      return r ? jobFromRow(r) : null;
    },
    jobs(vendorId: string | null, limit = 50): JobRecord[] {
      return (s.jobs.all({ vendorId, limit }) as any[]).map(jobFromRow);
    },
    jobsInState(state: JobState): JobRecord[] {
      return (s.jobsInState.all(state) as any[]).map(jobFromRow);
    },
    setState(id: string, state: JobState, messageKo: string | null, at: string): void {
      s.setState.run({ id, state, messageKo, finishedAt: state === 'done' || state === 'cancelled' ? at : null, at });
    },
    setMessage(id: string, messageKo: string | null, at: string): void {
      s.setMessage.run(messageKo, at, id);
    },
    setLease(id: string, pid: number | null, heartbeatAt: number | null): void {
      s.lease.run(pid, heartbeatAt, id);
    },
    counts(jobId: string): RowCounts {
      const out = Object.fromEntries(ROW_STATES.map((k) => [k, 0])) as RowCounts;
      for (const r of s.counts.all(jobId) as Array<{ state: RowState; n: number }>) out[r.state] = r.n;
      return out;
    },
    finishedSince(jobId: string, sinceMs: number): { n: number; first: number | null } {
      return s.finishedSince.get(jobId, sinceMs) as { n: number; first: number | null };
    },
    ready(jobId: string, state: 'pending' | 'unknown', nowMs: number, limit: number): JobRowRecord[] {
      return (s.ready.all(jobId, state, nowMs, limit) as any[]).map(rowFromRow);
    },
    earliest(jobId: string, state: 'pending' | 'unknown'): number | null {
      return (s.earliest.get(jobId, state) as { t: number | null }).t;
    },
    rowsOfBox(jobId: string, shipmentBoxId: string, action: 'upload' | 'update'): JobRowRecord[] {
      return (s.rowsOfBox.all(jobId, shipmentBoxId, action) as any[]).map(rowFromRow);
    },
    rows(jobId: string, state: RowState | null, offset: number, limit: number): { rows: JobRowRecord[]; total: number } {
      return {
        rows: (s.rowsPage.all({ jobId, state, offset, limit }) as any[]).map(rowFromRow),
        total: (s.rowsCount.get({ jobId, state }) as { n: number }).n,
      };
    },
    allRows(jobId: string): JobRowRecord[] {
      return (s.allRows.all(jobId) as any[]).map(rowFromRow);
    },
    /** Journals that these rows are about to go on the wire; returns how many were still pending. */
    markSent(jobId: string, rowNos: number[], batchId: string, at: string): number {
      return sentTx(jobId, rowNos, batchId, at);
    },
    setResult(jobId: string, rowNos: number[], r: RowResult, at: string, ms: number): void {
      resultTx(jobId, rowNos, r, at, ms);
    },
    /** After a crash: what was on the wire may or may not have been applied. */
    sentToUnknown(jobId: string, messageKo: string): number {
      return s.sentToUnknown.run({ jobId, messageKo }).changes;
    },
    pendingToSkipped(jobId: string, messageKo: string, at: string, ms: number): number {
      return s.pendingToSkipped.run({ jobId, messageKo, at, ms }).changes;
    },
    retryRejected(jobId: string): number {
      return s.retryRejected.run(jobId).changes;
    },
    recheckUnknown(jobId: string): number {
      return s.recheckUnknown.run(jobId).changes;
    },
    box(jobId: string, shipmentBoxId: string): BoxRecord | null {
      const r = s.getBox.get(jobId, shipmentBoxId) as any;
      return r ? { shipmentBoxId: r.shipment_box_id, orderId: r.order_id, liveItems: JSON.parse(r.live_items_json), splitShipping: !!r.split_shipping, source: r.source } : null;
    },
    putBox(jobId: string, b: BoxRecord): void {
      s.putBox.run(jobId, b.shipmentBoxId, b.orderId, JSON.stringify(b.liveItems), b.splitShipping ? 1 : 0, b.source);
    },
    templates(): TemplateRecord[] {
      return (s.templates.all() as any[]).map(templateFromRow);
    },
    templateForSignature(signature: string): TemplateRecord | null {
      const r = s.templateBySig.get(signature);
      return r ? templateFromRow(r) : null;
    },
    templateByName(name: string): TemplateRecord | null {
      const r = s.templateByName.get(name);
      return r ? templateFromRow(r) : null;
    },
    saveTemplate(t: { id: string; name: string; signature: string; mapping: Record<string, number>; defaultCarrier: string | null; headerRow: number | null }, at: string): void {
      s.upsertTemplate.run({ ...t, mappingJson: JSON.stringify(t.mapping), at });
    },
    deleteTemplate(id: string): boolean {
      return s.deleteTemplate.run(id).changes > 0;
    },
  };
}
export type InvoicesRepo = ReturnType<typeof createInvoicesRepo>;
