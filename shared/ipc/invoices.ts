// IPC channels of 송장 일괄등록 (bulk invoice upload). File bytes travel as base64 (the browser
// host accepts 64 MB bodies); the main process reads, validates, journals and sends. Every
// problem is one row, one column, one code and one message.
import { z } from 'zod';
import { FIELDS, PROBLEM_CODES } from '../invoices';

export const InvoiceField = z.enum(FIELDS);
export const ProblemCode = z.enum(PROBLEM_CODES);
export const EncodingChoice = z.enum(['auto', 'utf-8', 'cp949', 'utf-16le']);

const Col = z.number().int().min(0).max(1000).optional();
export const ColumnMapping = z
  .object({ shipmentBoxId: Col, orderId: Col, vendorItemId: Col, carrier: Col, invoiceNumber: Col, estimatedShippingDate: Col, receiverName: Col, receiverAddress: Col })
  .strict();
export type ColumnMappingInput = z.infer<typeof ColumnMapping>;

export const InvoiceProblem = z.object({
  row: z.number().int(),
  column: z.string(),
  code: ProblemCode,
  message: z.string(),
  fix: z.enum(['acknowledge', 'correct']).optional(),
});
export type InvoiceProblem = z.infer<typeof InvoiceProblem>;

/** What a file row says and what is sent for it: shown in the preview and in a job's rows. */
const InvoiceRowBase = z.object({
  row: z.number().int(),
  shipmentBoxId: z.string(),
  orderId: z.string(),
  vendorItemId: z.string(),
  carrier: z.string(),
  carrierCode: z.string(),
  invoice: z.string(),
  invoiceNumber: z.string(),
  estimatedShippingDate: z.string(),
  action: z.enum(['upload', 'update']),
});

export const PreviewRow = InvoiceRowBase.extend({
  orderStatus: z.string().nullable(),
  codes: z.array(ProblemCode),
  heldKo: z.string().nullable(),
});
export type PreviewRow = z.infer<typeof PreviewRow>;

export const PreviewOptions = z
  .object({
    encoding: EncodingChoice.optional(),
    sheet: z.string().max(200).optional(),
    headerRow: z.number().int().min(1).max(1000).optional(),
    /** A mapping the seller set by hand; without it: saved template for this layout, else automatic. */
    mapping: ColumnMapping.optional(),
    /** Courier for every row when the file has no 택배사 column (code or name). */
    defaultCarrier: z.string().trim().max(40).nullable().optional(),
    /** Send ALREADY_INVOICED rows as invoice corrections (orders.updateInvoice): all, or these rows. */
    correct: z.union([z.boolean(), z.array(z.number().int()).max(200_000)]).optional(),
  })
  .strict();
export type PreviewOptions = z.infer<typeof PreviewOptions>;

export const InvoicePreview = z.object({
  fileId: z.string(),
  fileName: z.string(),
  kind: z.enum(['csv', 'xlsx', 'xls']),
  /** Text files: the encoding used and the one detected (utf-8-bom, utf-8, cp949, utf-16le). */
  encoding: z.string().nullable(),
  detectedEncoding: z.string().nullable(),
  sheets: z.array(z.string()),
  sheet: z.string().nullable(),
  headerRow: z.number().int(),
  headers: z.array(z.string()),
  mapping: ColumnMapping,
  mappingSource: z.enum(['auto', 'template', 'manual']),
  templateId: z.string().nullable(),
  templateName: z.string().nullable(),
  layoutName: z.string().nullable(),
  defaultCarrier: z.string().nullable(),
  total: z.number().int(),
  valid: z.number().int(),
  held: z.number().int(),
  orderChecks: z.enum(['done', 'skipped']),
  notices: z.array(z.object({ code: z.string(), message: z.string() })),
  problems: z.array(InvoiceProblem),
  counts: z.record(z.string(), z.number().int()),
  acknowledgeable: z.number().int(),
  correctable: z.number().int(),
  correcting: z.number().int(),
  rows: z.array(PreviewRow),
});
export type InvoicePreview = z.infer<typeof InvoicePreview>;

export const RowState = z.enum(['pending', 'sent', 'accepted', 'rejected', 'unknown', 'skipped']);
export type RowState = z.infer<typeof RowState>;
export const JobState = z.enum(['running', 'paused', 'cancelled', 'done']);

export const JobView = z.object({
  id: z.string(),
  vendorId: z.string(),
  fileName: z.string(),
  encoding: z.string().nullable(),
  state: JobState,
  /** A runner works on it in this process right now. */
  active: z.boolean(),
  createdAt: z.string(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
  total: z.number().int(),
  counts: z.record(RowState, z.number().int()),
  /** accepted + rejected + skipped. */
  done: z.number().int(),
  rowsPerSecond: z.number(),
  etaSeconds: z.number().nullable(),
  messageKo: z.string().nullable(),
});
export type JobView = z.infer<typeof JobView>;

export const JobRowView = InvoiceRowBase.extend({
  state: RowState,
  resultCode: z.string().nullable(),
  messageKo: z.string(),
  attempts: z.number().int(),
  finishedAt: z.string().nullable(),
});
export type JobRowView = z.infer<typeof JobRowView>;

export const InvoiceTemplate = z.object({ id: z.string(), name: z.string(), mapping: ColumnMapping, defaultCarrier: z.string().nullable(), updatedAt: z.string() });

const JobId = z.object({ jobId: z.string().min(1).max(64) }).strict();
const FileId = z.string().min(1).max(64);
/** base64 of at most 64 MB of file. */
const Base64 = z.string().max(90_000_000).regex(/^[A-Za-z0-9+/=\r\n]*$/, '파일 내용은 base64입니다.');

export const invoicesContract = {
  'invoices.open': {
    request: z.object({ fileName: z.string().trim().min(1).max(255), dataBase64: Base64, options: PreviewOptions.optional() }).strict(),
    response: InvoicePreview,
  },
  'invoices.preview': { request: z.object({ fileId: FileId, options: PreviewOptions.optional() }).strict(), response: InvoicePreview },
  'invoices.templates': { request: z.object({}).strict(), response: z.array(InvoiceTemplate) },
  'invoices.saveTemplate': {
    request: z.object({ fileId: FileId, name: z.string().trim().min(1, '템플릿 이름을 입력하세요.').max(40), mapping: ColumnMapping, defaultCarrier: z.string().trim().max(40).nullable().optional(), headerRow: z.number().int().min(1).optional() }).strict(),
    response: InvoiceTemplate,
  },
  'invoices.deleteTemplate': { request: z.object({ id: z.string().min(1) }).strict(), response: z.object({ ok: z.literal(true) }) },
  'invoices.acknowledge': {
    request: z.object({ fileId: FileId, options: PreviewOptions.optional() }).strict(),
    response: z.object({ acknowledged: z.number().int(), failed: z.array(z.object({ shipmentBoxId: z.string(), messageKo: z.string() })), preview: InvoicePreview }),
  },
  'invoices.startJob': { request: z.object({ fileId: FileId, options: PreviewOptions.optional() }).strict(), response: JobView },
  'invoices.jobs': { request: z.object({}).strict(), response: z.array(JobView) },
  'invoices.job': { request: JobId, response: JobView },
  'invoices.jobRows': {
    request: z.object({ jobId: z.string().min(1).max(64), state: RowState.nullable().optional(), offset: z.number().int().min(0).default(0), limit: z.number().int().min(1).max(5000).default(500) }).strict(),
    response: z.object({ rows: z.array(JobRowView), total: z.number().int() }),
  },
  'invoices.pause': { request: JobId, response: JobView },
  'invoices.resume': { request: JobId, response: JobView },
  'invoices.cancel': { request: JobId, response: JobView },
  /** Failed rows go back to the queue; unknown rows are read back again. */
  'invoices.retryFailed': { request: JobId, response: JobView },
  'invoices.exportResult': {
    request: z.object({ jobId: z.string().min(1).max(64), format: z.enum(['csv', 'xlsx']) }).strict(),
    response: z.object({ fileName: z.string(), mimeType: z.string(), dataBase64: z.string(), rows: z.number().int() }),
  },
} as const;
