// From validated rows to what goes on the wire: one group per 묶음배송번호 (Coupang answers per
// shipment, and every live item of a bundle must be named — rules-orders.md 44), one
// orderSheetInvoiceApplyDtos element per vendorItemId, split shipping when one box leaves under
// several waybills or some items later (rules-orders.md 45).
export interface PlanRow {
  shipmentBoxId: string;
  orderId: string;
  vendorItemId: string;
  carrierCode: string;
  invoiceNumber: string;
  estimatedShippingDate: string;
  action: 'upload' | 'update';
}

export interface BoxInfo {
  orderId: string;
  /** Items still to ship. */
  liveItems: string[];
  splitShipping: boolean;
}

/** Field names exactly as orders.json documents the request (orders.uploadInvoice / updateInvoice). */
export interface InvoiceApplyDto {
  shipmentBoxId: string;
  orderId: string;
  vendorItemId: string;
  deliveryCompanyCode: string;
  invoiceNumber: string;
  splitShipping: boolean;
  preSplitShipped: boolean;
  estimatedShippingDate: string;
}

export type GroupPlan = { ok: true; split: boolean; dtos: InvoiceApplyDto[] } | { ok: false; needs: 'order'; reasonKo: string };

/** True when the rows of one box must go as split shipping. */
export function isSplit(rows: readonly PlanRow[], info?: BoxInfo | null): boolean {
  const waybills = new Set(rows.map((r) => r.invoiceNumber || `date:${r.estimatedShippingDate}`));
  return waybills.size > 1 || rows.some((r) => !r.invoiceNumber && !!r.estimatedShippingDate) || !!info?.splitShipping;
}

/**
 * The dtos of one box. Without split shipping the whole box leaves under the one waybill, so
 * every live item is named (from the order when known, else the rows' own options). With split
 * shipping each row names its own option.
 */
export function planGroup(rows: readonly PlanRow[], info?: BoxInfo | null): GroupPlan {
  const first = rows[0];
  const orderId = first.orderId || info?.orderId || '';
  if (!orderId) return { ok: false, needs: 'order', reasonKo: '주문번호를 모릅니다' };
  const split = isSplit(rows, info);
  const preSplitShipped = !!info?.splitShipping;
  const base = { shipmentBoxId: first.shipmentBoxId, orderId, splitShipping: split, preSplitShipped };
  if (!split) {
    const items = info?.liveItems.length ? info.liveItems : [...new Set(rows.map((r) => r.vendorItemId).filter(Boolean))];
    if (!items.length) return { ok: false, needs: 'order', reasonKo: '옵션ID를 모릅니다' };
    return {
      ok: true,
      split,
      dtos: items.map((vendorItemId) => ({ ...base, vendorItemId, deliveryCompanyCode: first.carrierCode, invoiceNumber: first.invoiceNumber, estimatedShippingDate: '' })),
    };
  }
  if (rows.some((r) => !r.vendorItemId)) return { ok: false, needs: 'order', reasonKo: '분리배송인데 옵션ID가 없는 행이 있습니다' };
  return {
    ok: true,
    split,
    dtos: rows.map((r) => ({
      ...base,
      vendorItemId: r.vendorItemId,
      deliveryCompanyCode: r.carrierCode,
      invoiceNumber: r.invoiceNumber,
      estimatedShippingDate: r.invoiceNumber ? '' : r.estimatedShippingDate,
    })),
  };
}

/** Groups rows by (action, box) in file order. */
export function groupRows<T extends { action: string; shipmentBoxId: string }>(rows: readonly T[]): T[][] {
  const groups = new Map<string, T[]>();
  for (const r of rows) {
    const key = `${r.action}|${r.shipmentBoxId}`;
    const g = groups.get(key);
    if (g) g.push(r);
    else groups.set(key, [r]);
  }
  return [...groups.values()];
}
