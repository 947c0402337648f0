// rules-orders.md 17: shippingCount is the ORIGINAL quantity and never shrinks; what goes in the
// box is shippingCount - (cancelCount + holdCountForCancel).
export interface QuantityFields {
  shippingCount: number;
  cancelCount: number;
  holdCountForCancel: number;
}

export function quantityToShip(item: QuantityFields): number {
  const n = (item.shippingCount || 0) - ((item.cancelCount || 0) + (item.holdCountForCancel || 0));
  return n > 0 ? n : 0;
}

export function totalQuantityToShip(items: readonly QuantityFields[]): number {
  return items.reduce((sum, i) => sum + quantityToShip(i), 0);
}
