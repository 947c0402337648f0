// Option IDs (vendorItemId) as sellers paste them: from Excel columns, WING screens, chat. They stay
// strings end to end (rule 30 for requestedId; the same discipline for every ID).

/** A vendorItemId: digits only, no leading sign. */
export const VENDOR_ITEM_ID = /^\d{1,20}$/;
/** An instant coupon requestedId: a digit string of up to 21+ digits (rule 30). */
export const INSTANT_REQUESTED_ID = /^\d{1,30}$/;
/** A download coupon requestTransactionId, e.g. `et5_154210571558673553106` (rule 45). */
export const DOWNLOAD_TRANSACTION_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,79}$/;

export interface ParsedIds {
  /** Distinct valid IDs in the order first seen. */
  ids: string[];
  /** Tokens that are not option IDs. */
  invalid: string[];
  /** IDs given more than once (kept once in `ids`). */
  duplicates: string[];
}

/**
 * Reads IDs from pasted text: separated by whitespace, commas, semicolons, tabs or new lines.
 * Thousands separators inside a number are not a thing for IDs, so `1,234` is two tokens.
 */
export function parseVendorItemIds(text: string): ParsedIds {
  const tokens = text.split(/[\s,;|]+/).map((t) => t.trim()).filter(Boolean);
  return normalizeVendorItemIds(tokens);
}

export function normalizeVendorItemIds(tokens: readonly string[]): ParsedIds {
  const seen = new Set<string>();
  const dup = new Set<string>();
  const ids: string[] = [];
  const invalid: string[] = [];
  for (const raw of tokens) {
    const t = raw.trim().replace(/^"|"$/g, '');
    if (!VENDOR_ITEM_ID.test(t)) {
      invalid.push(raw);
      continue;
    }
    // Leading zeros are not part of a numeric ID; Excel sometimes keeps them as text.
    const id = t.replace(/^0+(?=\d)/, '');
    if (seen.has(id)) dup.add(id);
    else {
      seen.add(id);
      ids.push(id);
    }
  }
  return { ids, invalid, duplicates: [...dup] };
}
