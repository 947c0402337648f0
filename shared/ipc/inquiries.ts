// IPC channels of the inquiries screen (고객문의): product Q&A and contact-center transfers in one
// inbox. Reading is from the local store (works offline); sync, answers and confirmations go to
// Coupang through the main process.
import { z } from 'zod';
import { IdString } from './orders';
import { ANSWER_MAX_CHARS } from '../inquiries/rules';


export const InquiryKind = z.enum(['product', 'callcenter']);
export type InquiryKind = z.infer<typeof InquiryKind>;
export const InquiryState = z.enum(['NO_ANSWER', 'TRANSFER', 'ANSWERED', 'CLOSED']);
export type InquiryState = z.infer<typeof InquiryState>;

/** Tabs: ACTION = NO_ANSWER + TRANSFER (what needs the seller), DONE = ANSWERED + CLOSED. */
export const InquiryView = z.enum(['ACTION', 'NO_ANSWER', 'TRANSFER', 'DONE', 'ALL']);
export type InquiryView = z.infer<typeof InquiryView>;

export const InquiryRow = z.object({
  kind: InquiryKind,
  inquiryId: IdString,
  state: InquiryState,
  /** Option name as far as known (call-center itemName, the local orders), else ''. */
  productName: z.string(),
  vendorItemId: IdString.nullable(),
  question: z.string(),
  /** ISO-8601 +09:00 */
  inquiryAt: z.string(),
  orderIds: z.array(IdString),
  /** Contact center: receiptCategory, e.g. 배송문의>배송지연>배송일정문의. */
  category: z.string().nullable(),
  /** Open contact-center transfers: when Coupang answers / closes it on its own (transfer + 24 h). */
  deadlineAt: z.string().nullable(),
  /** The deadline has passed while the local copy still says open (it changes at the next sync). */
  overdue: z.boolean(),
  answeredAt: z.string().nullable(),
  /** Answered by Coupang's 24-hour system message, not by the seller. */
  answeredBySystem: z.boolean(),
  syncedAt: z.string(),
});
export type InquiryRow = z.infer<typeof InquiryRow>;

export const ThreadPost = z.object({
  author: z.enum(['customer', 'csAgent', 'vendor', 'system']),
  name: z.string().nullable(),
  content: z.string(),
  at: z.string().nullable(),
});
export type ThreadPost = z.infer<typeof ThreadPost>;

export const InquiryDetail = InquiryRow.extend({
  thread: z.array(ThreadPost),
  buyerPhone: z.string().nullable(),
  /** Contact center: the transfer post's answerId (parentAnswerId of the answer). */
  parentAnswerId: IdString.nullable(),
  canAnswer: z.boolean(),
  canConfirm: z.boolean(),
  transferCompleteReasonKo: z.string().nullable(),
});
export type InquiryDetail = z.infer<typeof InquiryDetail>;

export const InquiryFilter = z.object({
  view: InquiryView.default('ACTION'),
  kind: z.enum(['ALL', 'product', 'callcenter']).default('ALL'),
  search: z.string().trim().max(100).optional(),
});
export type InquiryFilter = z.infer<typeof InquiryFilter>;

export const InquiryCounts = z.object({ ACTION: z.number().int(), NO_ANSWER: z.number().int(), TRANSFER: z.number().int(), DONE: z.number().int(), ALL: z.number().int() });

export const InquiryOutcome = z.object({
  /** done: Coupang accepted; failed: Coupang refused (message says why, the inquiry was re-read); unknown: no answer — re-read before trying again. */
  state: z.enum(['done', 'failed', 'unknown']),
  messageKo: z.string(),
  row: InquiryRow.nullable(),
});
export type InquiryOutcome = z.infer<typeof InquiryOutcome>;

export const AnswerTemplate = z.object({ id: z.string(), name: z.string(), content: z.string(), updatedAt: z.string() });
export type AnswerTemplate = z.infer<typeof AnswerTemplate>;

/** A WING login (replyBy / confirmBy): what the seller types to sign in to WING. */
const WingUser = z.string().trim().min(1, 'WING 로그인 ID를 입력하세요.').max(50);

export const inquiriesContract = {
  'inquiries.list': {
    request: z.object({ filter: InquiryFilter, limit: z.number().int().min(1).max(2000).default(500) }).strict(),
    response: z.object({ rows: z.array(InquiryRow), total: z.number().int(), counts: InquiryCounts, lastSyncAt: z.string().nullable(), lastErrorKo: z.string().nullable() }),
  },
  'inquiries.detail': { request: z.object({ kind: InquiryKind, inquiryId: IdString }).strict(), response: InquiryDetail },
  'inquiries.sync': {
    request: z.object({ days: z.number().int().min(1).max(90).default(7) }).strict(),
    response: z.object({ product: z.number().int(), callCenter: z.number().int(), windows: z.number().int(), requests: z.number().int(), seconds: z.number() }),
  },
  'inquiries.answer': {
    // The service normalises line breaks and checks 2..1000 characters; the raw text may be a little longer.
    request: z.object({ kind: InquiryKind, inquiryId: IdString, content: z.string().max(ANSWER_MAX_CHARS * 2), replyBy: WingUser }).strict(),
    response: InquiryOutcome,
  },
  'inquiries.confirm': { request: z.object({ inquiryId: IdString, confirmBy: WingUser }).strict(), response: InquiryOutcome },
  'inquiries.templates': { request: z.object({}).strict(), response: z.array(AnswerTemplate) },
  'inquiries.saveTemplate': {
    request: z.object({ id: z.string().min(1).optional(), name: z.string().trim().min(1, '템플릿 이름을 입력하세요.').max(40), content: z.string().min(1).max(ANSWER_MAX_CHARS * 2) }).strict(),
    response: AnswerTemplate,
  },
  'inquiries.deleteTemplate': { request: z.object({ id: z.string().min(1) }).strict(), response: z.object({ ok: z.literal(true) }) },
  'inquiries.preferences': { request: z.object({}).strict(), response: z.object({ replyBy: z.string().nullable() }) },
} as const;
