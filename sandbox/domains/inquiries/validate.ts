// Bodies of the three CS writes (cs.json). Answers are plain text: the docs allow `\n` line breaks
// (sent escaped, as valid JSON) and, in the newest glossary, 2 to 1,000 characters (rule 89).
import { idText, isPlainObject } from '../../json';
import { INQUIRY_MESSAGES as M } from './messages';

export type Checked<T> = { ok: true; value: T } | { ok: false; status: number; message: string };
const refuse = (message: string): { ok: false; status: number; message: string } => ({ ok: false, status: 400, message });

export const MIN_ANSWER_CHARS = 2;
export const MAX_ANSWER_CHARS = 1000;

/** Characters as a person counts them (code points: an emoji is one). */
export function charCount(text: string): number {
  return [...text].length;
}

function text(body: Record<string, unknown>, field: string): Checked<string> {
  const v = body[field];
  if (typeof v !== 'string' || v.trim() === '') return refuse(M.bodyRequired(field));
  return { ok: true, value: v };
}

function content(body: Record<string, unknown>): Checked<string> {
  const c = text(body, 'content');
  if (!c.ok) return c;
  const n = charCount(c.value);
  if (n < MIN_ANSWER_CHARS || n > MAX_ANSWER_CHARS) return refuse(M.contentLength);
  return c;
}

function sameVendor(body: Record<string, unknown>, vendorId: string): Checked<true> {
  const v = body.vendorId;
  if (v === undefined || v === null || v === '') return refuse(M.bodyRequired('vendorId'));
  if (String(v) !== vendorId) return refuse(M.vendorMismatch);
  return { ok: true, value: true };
}

export function parseProductReply(body: unknown, vendorId: string): Checked<{ content: string; replyBy: string }> {
  if (!isPlainObject(body)) return refuse(M.bodyRequired('content'));
  const vendor = sameVendor(body, vendorId);
  if (!vendor.ok) return vendor;
  const c = content(body);
  if (!c.ok) return c;
  const by = text(body, 'replyBy');
  if (!by.ok) return by;
  return { ok: true, value: { content: c.value, replyBy: by.value.trim() } };
}

export function parseCallCenterReply(body: unknown, vendorId: string, pathInquiryId: string): Checked<{ content: string; replyBy: string; parentAnswerId: string }> {
  if (!isPlainObject(body)) return refuse(M.bodyRequired('content'));
  const vendor = sameVendor(body, vendorId);
  if (!vendor.ok) return vendor;
  const inquiryId = idText(body.inquiryId);
  if (inquiryId === undefined) return refuse(M.bodyRequired('inquiryId'));
  if (inquiryId !== pathInquiryId) return refuse(M.inquiryIdMismatch);
  const c = content(body);
  if (!c.ok) return c;
  const by = text(body, 'replyBy');
  if (!by.ok) return by;
  if (body.parentAnswerId === undefined || body.parentAnswerId === null || body.parentAnswerId === '') return refuse(M.bodyRequired('parentAnswerId'));
  // The docs type it Number; their request example sends the string "1023208324": both are read.
  const parentAnswerId = idText(body.parentAnswerId);
  if (parentAnswerId === undefined) return refuse(M.parentAnswerId);
  return { ok: true, value: { content: c.value, replyBy: by.value.trim(), parentAnswerId } };
}

export function parseConfirm(body: unknown): Checked<{ confirmBy: string }> {
  if (!isPlainObject(body)) return refuse(M.bodyRequired('confirmBy'));
  const by = text(body, 'confirmBy');
  if (!by.ok) return by;
  return { ok: true, value: { confirmBy: by.value.trim() } };
}
