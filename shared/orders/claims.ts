// When a shipment must not be shipped as it stands (claimPending). Pure so the screen, the store
// and the picking list agree on one rule.
import { quantityToShip, type QuantityFields } from './quantity';

export interface ClaimLike {
  /** RELEASE_STOP: from the RU list (cancel while 상품준비중); CANCEL: cancelType=CANCEL (cancel at 결제완료). */
  kind: 'RELEASE_STOP' | 'CANCEL';
  receiptStatus: string;
  items: ReadonlyArray<{ vendorItemId: string; cancelCount: number }>;
}

export interface ItemLike extends QuantityFields {
  vendorItemId: string;
}

/** Receipt statuses under which the seller still has to answer (출고중지완료 or 이미출고). */
export function isOpenReleaseStop(receiptStatus: string): boolean {
  return receiptStatus === 'RELEASE_STOP_UNCHECKED';
}

/**
 * A shipment is held (claimPending) when
 *  - a stop-shipment request (출고중지요청) is still unanswered — shipping it makes the seller pay
 *    the round trip (rules-orders.md 56), or
 *  - a cancel receipt names items whose cancellation the stored order does not show yet (the
 *    order data is older than the claim: do not trust its quantities), or
 *  - a cancel receipt exists and nothing is left to ship.
 * A partly cancelled order whose quantities already reflect the cancel is NOT held: the rest
 * must still be shipped (quantityToShip already excludes the cancelled units).
 */
export function computeClaimPending(items: readonly ItemLike[], claims: readonly ClaimLike[]): boolean {
  if (claims.length === 0) return false;
  if (claims.some((c) => c.kind === 'RELEASE_STOP' && isOpenReleaseStop(c.receiptStatus))) return true;
  const cancels = claims.filter((c) => c.kind === 'CANCEL');
  if (cancels.length === 0) return false;
  const left = items.reduce((s, i) => s + quantityToShip(i), 0);
  if (left === 0) return true;
  const requested = new Map<string, number>();
  for (const c of cancels) for (const it of c.items) requested.set(it.vendorItemId, (requested.get(it.vendorItemId) ?? 0) + (it.cancelCount || 0));
  for (const [vendorItemId, count] of requested) {
    const item = items.find((i) => i.vendorItemId === vendorItemId);
    if (!item) continue;
    if ((item.cancelCount || 0) + (item.holdCountForCancel || 0) < count) return true;
  }
  return false;
}
