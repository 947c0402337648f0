// Coupang's two inquiry answers → one local record. Product Q&A (v5) carries only IDs and a
// comment list; a contact-center inquiry carries the transfer post whose status says what the
// seller must do (tables/order-states.json callCenterInquiry):
//   progress + transfer requestAnswer + needAnswer → NO_ANSWER (answer it)
//   progress + transfer requestAnswer, no answer needed → TRANSFER (confirm it)
//   a seller's post or Coupang's 24-hour system message → ANSWERED; anything else → CLOSED.
// Times come as ISO-8601 with +09:00 (real v5 product data) or as local "yyyy-MM-dd HH:mm:ss"
// (documented call-center example); both are stored as ISO +09:00.
import type { InquiryKind, InquiryState, ThreadPost } from '../../../shared/ipc/inquiries';
import { AUTO_ANSWER_PREFIX, AUTO_CLOSE_HOURS } from '../../../shared/inquiries';
import { kstIso } from '../../../shared/kst';
import { stringifyJson } from '../../coupang';
import type { InquiryRecord } from '../../store/inquiries-repo';

type Raw = Record<string, any>;

/** A Coupang time as ISO +09:00 and epoch ms; local times without an offset are KST. */
export function readTime(value: unknown): { iso: string; ms: number } | null {
  if (typeof value !== 'string' || value.trim() === '') return null;
  const text = value.trim();
  const local = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}(?::\d{2})?)(\.\d+)?$/.exec(text);
  const ms = local ? Date.parse(`${local[1]}T${local[2].length === 5 ? `${local[2]}:00` : local[2]}+09:00`) : Date.parse(text);
  if (Number.isNaN(ms)) return null;
  return { iso: kstIso(new Date(ms)), ms };
}

const idOf = (v: unknown): string | null => (v === undefined || v === null || v === '' ? null : String(v));
const text = (v: unknown): string => (v === undefined || v === null ? '' : String(v));

export function productRecord(vendorId: string, raw: Raw, syncedAt: string, nameOf: (vendorItemId: string | null) => string): InquiryRecord | null {
  const inquiryId = idOf(raw.inquiryId);
  const at = readTime(raw.inquiryAt);
  if (!inquiryId || !at) return null;
  const comments: Raw[] = Array.isArray(raw.commentDtoList) ? raw.commentDtoList : [];
  const last = comments.length ? readTime(comments[comments.length - 1].inquiryCommentAt) : null;
  const vendorItemId = idOf(raw.vendorItemId);
  return {
    vendorId,
    kind: 'product',
    inquiryId,
    state: comments.length ? 'ANSWERED' : 'NO_ANSWER',
    inquiryAt: at.iso,
    inquiryMs: at.ms,
    deadlineMs: null,
    vendorItemId,
    productName: nameOf(vendorItemId),
    question: text(raw.content),
    orderIds: (Array.isArray(raw.orderIds) ? raw.orderIds : []).map(idOf).filter((x: string | null): x is string => x !== null),
    category: null,
    parentAnswerId: null,
    answeredAt: comments.length ? (last?.iso ?? syncedAt) : null,
    answeredBySystem: false,
    rawJson: stringifyJson(raw),
    syncedAt,
  };
}

/** The counsellor's transfer post: the csAgent post that asked the seller (or the first one with parentAnswerId 0). */
export function transferPost(replies: Raw[]): Raw | null {
  return (
    replies.find((r) => r.answerType === 'csAgent' && r.partnerTransferStatus && r.partnerTransferStatus !== 'none') ??
    replies.find((r) => r.answerType === 'csAgent' && String(r.parentAnswerId ?? '0') === '0') ??
    null
  );
}

export function callCenterState(raw: Raw): { state: InquiryState; transfer: Raw | null; bySystem: boolean } {
  const replies: Raw[] = Array.isArray(raw.replies) ? raw.replies : [];
  const transfer = transferPost(replies);
  const bySystem = replies.some((r) => text(r.content).startsWith(AUTO_ANSWER_PREFIX));
  const open = raw.inquiryStatus === 'progress' && transfer?.partnerTransferStatus === 'requestAnswer';
  if (open) return { state: transfer!.needAnswer === false ? 'TRANSFER' : 'NO_ANSWER', transfer, bySystem };
  const answered = bySystem || replies.some((r) => r.answerType === 'vendor');
  return { state: answered ? 'ANSWERED' : 'CLOSED', transfer, bySystem };
}

export function callCenterRecord(vendorId: string, raw: Raw, syncedAt: string, nameOf: (vendorItemId: string | null) => string): InquiryRecord | null {
  const inquiryId = idOf(raw.inquiryId);
  const at = readTime(raw.inquiryAt);
  if (!inquiryId || !at) return null;
  const { state, transfer, bySystem } = callCenterState(raw);
  const transferAt = transfer ? readTime(transfer.replyAt) : null;
  const vendorItemId = idOf(Array.isArray(raw.vendorItemId) ? raw.vendorItemId[0] : raw.vendorItemId);
  const open = state === 'NO_ANSWER' || state === 'TRANSFER';
  return {
    vendorId,
    kind: 'callcenter',
    inquiryId,
    state,
    inquiryAt: at.iso,
    inquiryMs: at.ms,
    // Rules 92-93: 24 hours from the transfer (the confirmation request).
    deadlineMs: open ? (transferAt?.ms ?? at.ms) + AUTO_CLOSE_HOURS * 3_600_000 : null,
    vendorItemId,
    productName: text(raw.itemName) || nameOf(vendorItemId),
    // The transfer post says what the seller is asked; the counselling note is in the thread.
    question: text(transfer?.content) || text(raw.content),
    orderIds: idOf(raw.orderId) ? [idOf(raw.orderId)!] : [],
    category: text(raw.receiptCategory) || null,
    parentAnswerId: transfer ? idOf(transfer.answerId) : null,
    answeredAt: readTime(raw.answeredAt)?.iso ?? null,
    answeredBySystem: bySystem,
    rawJson: stringifyJson(raw),
    syncedAt,
  };
}

export function toRecord(kind: InquiryKind, vendorId: string, raw: Raw, syncedAt: string, nameOf: (id: string | null) => string): InquiryRecord | null {
  return kind === 'product' ? productRecord(vendorId, raw, syncedAt, nameOf) : callCenterRecord(vendorId, raw, syncedAt, nameOf);
}

/** The conversation as the detail pane shows it, oldest first. */
export function threadOf(record: InquiryRecord): ThreadPost[] {
  let raw: Raw;
  try {
    raw = JSON.parse(record.rawJson);
  } catch {
    raw = {};
  }
  if (record.kind === 'product') {
    const comments: Raw[] = Array.isArray(raw.commentDtoList) ? raw.commentDtoList : [];
    return [
      { author: 'customer', name: null, content: record.question, at: record.inquiryAt },
      ...comments.map((c): ThreadPost => ({ author: 'vendor', name: null, content: text(c.content), at: readTime(c.inquiryCommentAt)?.iso ?? null })),
    ];
  }
  const replies: Raw[] = Array.isArray(raw.replies) ? raw.replies : [];
  return [
    { author: 'customer', name: null, content: text(raw.content), at: record.inquiryAt },
    ...replies.map((r): ThreadPost => ({
      author: r.answerType === 'vendor' ? 'vendor' : text(r.content).startsWith(AUTO_ANSWER_PREFIX) ? 'system' : 'csAgent',
      name: text(r.receptionistName) || null,
      content: text(r.content),
      at: readTime(r.replyAt)?.iso ?? null,
    })),
  ];
}

export function transferReasonOf(record: InquiryRecord): string | null {
  if (record.kind !== 'callcenter') return null;
  try {
    const t = transferPost(JSON.parse(record.rawJson).replies ?? []);
    return t?.partnerTransferCompleteReason ? String(t.partnerTransferCompleteReason) : null;
  } catch {
    return null;
  }
}

export function buyerPhoneOf(record: InquiryRecord): string | null {
  try {
    return text(JSON.parse(record.rawJson).buyerPhone) || null;
  } catch {
    return null;
  }
}
