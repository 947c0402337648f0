// Search normalisation shared by the store (what is indexed) and the screen (what is typed), so a
// seller finds an order however the name, phone or ID was written.

/** NFC, lower case, no whitespace: "무선 마우스" and "무선마우스" match. */
export function normaliseText(input: string | null | undefined): string {
  return String(input ?? '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/\s+/g, '');
}

export function digitsOf(input: string | null | undefined): string {
  return String(input ?? '').replace(/\D/g, '');
}

/** Last four digits of a phone number in any format (0507-1234-5678, +82-50-7123-5678, …). */
export function phoneLast4(phone: string | null | undefined): string {
  const d = digitsOf(phone);
  return d.length >= 4 ? d.slice(-4) : d;
}

export type SearchQuery =
  | { kind: 'none' }
  /** 1–4 digits: the end of the receiver's phone number (뒷자리). */
  | { kind: 'phone'; digits: string }
  /** 5+ digits: an orderId / shipmentBoxId (or its beginning), or a longer part of the phone number. */
  | { kind: 'id'; digits: string }
  /** Anything else: receiver name or product name, whitespace-insensitive. */
  | { kind: 'text'; text: string };

/** Digits with the separators people paste (spaces, hyphens, dots, a leading +). */
const DIGITISH = /^\+?[\d\s\-.()]+$/;

export function parseSearch(input: string | null | undefined): SearchQuery {
  const raw = String(input ?? '').trim();
  if (!raw) return { kind: 'none' };
  if (DIGITISH.test(raw)) {
    const digits = digitsOf(raw);
    if (digits.length === 0) return { kind: 'none' };
    return digits.length <= 4 ? { kind: 'phone', digits } : { kind: 'id', digits };
  }
  const text = normaliseText(raw);
  return text ? { kind: 'text', text } : { kind: 'none' };
}

/** What the store indexes for free-text search of one shipment. */
export function searchTextOf(fields: { receiverName?: string | null; productNames?: ReadonlyArray<string | null | undefined> }): string {
  const parts = [fields.receiverName, ...(fields.productNames ?? [])].map(normaliseText).filter(Boolean);
  // A separator that normaliseText never produces keeps a match from spanning two fields.
  return parts.join('\u0001');
}
