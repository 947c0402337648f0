// Admin-side count of invoice uploads per shipmentBoxId + vendorItemId, so tests can prove a
// client never uploads the same item twice: `attempts` counts every orders.uploadInvoice element
// that reached the backend (also those answered by an injected 504 after the write), `accepted`
// those whose shipment succeeded. Kept per vendor world, so /__sandbox/reset clears it.
import type { InvoiceDto, BatchResult } from './invoices';
import type { OrdersState } from './types';

export interface InvoiceUploadCount {
  shipmentBoxId: string;
  vendorItemId: string;
  attempts: number;
  accepted: number;
  invoiceNumbers: string[];
}

const counts = new WeakMap<OrdersState, Map<string, InvoiceUploadCount>>();

export function countInvoiceUploads(state: OrdersState, dtos: readonly InvoiceDto[], result: BatchResult): void {
  let map = counts.get(state);
  if (!map) counts.set(state, (map = new Map()));
  const ok = new Set(result.responseList.filter((r) => r.succeed).map((r) => r.shipmentBoxId));
  for (const d of dtos) {
    const key = `${d.shipmentBoxId}|${d.vendorItemId}`;
    const c = map.get(key) ?? { shipmentBoxId: d.shipmentBoxId, vendorItemId: d.vendorItemId, attempts: 0, accepted: 0, invoiceNumbers: [] };
    c.attempts++;
    if (ok.has(d.shipmentBoxId)) c.accepted++;
    if (d.invoiceNumber && !c.invoiceNumbers.includes(d.invoiceNumber)) c.invoiceNumbers.push(d.invoiceNumber);
    map.set(key, c);
  }
}

export function invoiceUploads(state: OrdersState): InvoiceUploadCount[] {
  return [...(counts.get(state)?.values() ?? [])];
}
