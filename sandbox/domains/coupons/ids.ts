// Identifier shapes, derived from the documented examples.
import type { Rng } from '../../rng';

/**
 * Instant-coupon requestedId: 16-21 digits (rule 30). Several documented values start with the
 * request's epoch milliseconds ("1542675975663862164", "17258005702255081464"), so: epoch ms plus
 * 3-8 random digits, the length drawn per request so clients meet every size up to 21 digits.
 */
export function requestedId(rng: Rng, now: number): string {
  const length = rng.int(16, 21);
  const head = String(Math.floor(now));
  return head + rng.digits(Math.max(0, length - head.length));
}

/**
 * Download-coupon requestTransactionId. Every documented value is `<userId>_<couponId><epoch ms>`:
 * "et5_154210571558673553106" = "et5" + "_" + 15421057 + 1558673553106, and the third-party live
 * value "usersomeid_883857331766744556994" = userId + "_" + 88385733 + 1766744556994.
 */
export function requestTransactionId(userId: string, couponId: string, now: number): string {
  return `${userId}_${couponId}${Math.floor(now)}`;
}

/** Download policy manageCode, e.g. "FMS_15_A00013264_15585072594380": contract, vendor, creation ms, policy index. */
export function manageCode(contractId: string, vendorId: string, createdAt: number, index: number): string {
  return `FMS_${contractId}_${vendorId}_${Math.floor(createdAt)}${index}`;
}

/**
 * Order numbers as in the real v4 order sheets: 1-29, "100", nine digits (e.g. 15100179293100).
 * The nine digits stay above 600,000,000, clear of the orders domain's sequence (150-180 million).
 */
export function orderId(rng: Rng): string {
  return `${rng.int(1, 29)}100${rng.int(600_000_000, 999_999_999)}`;
}
