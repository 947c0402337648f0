// State gates of the sandbox's return and exchange lifecycles, without HTTP: each documented
// gate refuses every other state, and approval's cancelCount must be the receipt total.
import { describe, expect, it } from 'vitest';
import { VirtualClock } from '../../clock';
import { createRng } from '../../rng';
import type { Vendor } from '../../vendors';
import { confirmExchangeReceipt, createExchange, rejectExchange, uploadExchangeInvoice } from '../exchanges/lifecycle';
import { EXCHANGE_REASONS } from '../exchanges/reasons';
import { seedOrders } from '../orders/seed';
import type { OrdersState } from '../orders/types';
import { advance } from '../orders/world';
import { approveReturn, claimLines, confirmReturnReceipt, createCustomerReturn } from './lifecycle';
import { CUSTOMER_RETURN_REASONS } from './reasons';
import { cancelCountSum } from './types';

const START = Date.parse('2025-09-01T03:00:00Z');
const vendor: Vendor = { role: 'demo', vendorId: 'A00012345', accessKey: 'a', secretKey: 's' };
const world = () => seedOrders({ vendor, rng: createRng(3), clock: new VirtualClock({ start: START, timeScale: 0 }), options: { seed: 3, orders: 300 } });
const reason = { reason: { ...CUSTOMER_RETURN_REASONS[0].reason }, faultByType: CUSTOMER_RETURN_REASONS[0].faultByType };

function returnOfManyUnits(state: OrdersState) {
  // A box with several units, so a wrong total is distinguishable from the right one.
  const sheet = state.sheets.find((s) => !s.removed && s.status === 'FINAL_DELIVERY' && s.items.reduce((n, i) => n + i.shippingCount, 0) >= 2 && typeof claimLines(state, s) !== 'string')!;
  const lines = claimLines(state, sheet);
  if (typeof lines === 'string') throw new Error(lines);
  return createCustomerReturn(state, lines, START, { reason, fastRefund: false, autoPickup: false, withdrawAfter: null });
}

const body = (receiptId: string, extra: Record<string, unknown> = {}) => ({ vendorId: vendor.vendorId, receiptId: Number(receiptId), ...extra });

describe('return gates', () => {
  it('confirmReceipt only from RETURNS_UNCHECKED; approve only from VENDOR_WAREHOUSE_CONFIRM with cancelCount = total', () => {
    const state = world();
    const r = returnOfManyUnits(state);
    const total = cancelCountSum(r);
    expect(total).toBeGreaterThanOrEqual(2);
    expect(approveReturn(state, r.receiptId, body(r.receiptId, { cancelCount: total }), vendor.vendorId, START)).toMatchObject({ ok: false, status: 400 });
    expect(confirmReturnReceipt(state, r.receiptId, body(r.receiptId), vendor.vendorId, START)).toMatchObject({ ok: true });
    expect(r.receiptStatus).toBe('VENDOR_WAREHOUSE_CONFIRM');
    expect(confirmReturnReceipt(state, r.receiptId, body(r.receiptId), vendor.vendorId, START)).toMatchObject({ ok: false, status: 400 });
    // One item's count, or the number of lines, is refused with the FAQ's text.
    for (const wrong of [total - 1, r.items.length === total ? total + 1 : r.items.length, 0]) {
      const res = approveReturn(state, r.receiptId, body(r.receiptId, { cancelCount: wrong }), vendor.vendorId, START);
      expect(res).toMatchObject({ ok: false, message: '[INTERNAL_SERVER_ERROR] 취소반품접수수량과 cancelCount가 일치하지 않습니다.' });
    }
    expect(approveReturn(state, r.receiptId, body(r.receiptId, { cancelCount: total }), vendor.vendorId, START + 1)).toMatchObject({ ok: true });
    expect(r.receiptStatus).toBe('RETURNS_COMPLETED');
    expect(confirmReturnReceipt(state, r.receiptId, body(r.receiptId), vendor.vendorId, START)).toMatchObject({ ok: false, message: 'Product is already returned.' });
    // The refund took the units off the box.
    const sheet = state.bySheetId.get(r.items[0].shipmentBoxId)!;
    expect(sheet.items.find((i) => i.product.vendorItemId === r.items[0].vendorItemId)!.cancelCount).toBeGreaterThanOrEqual(r.items[0].cancelCount);
  });

  it('a returned unit cannot be claimed twice while the first claim is open', () => {
    const state = world();
    const r = returnOfManyUnits(state);
    const sheet = state.bySheetId.get(r.items[0].shipmentBoxId)!;
    // The return took every unit of the box: nothing is left to return or exchange.
    expect(claimLines(state, sheet)).toMatch(/nothing left to return/);
    expect(r.withdrawn).toBeNull();
  });
});

describe('exchange gates', () => {
  function exchange(state: OrdersState) {
    const sheet = state.sheets.find((s) => !s.removed && s.status === 'FINAL_DELIVERY' && typeof claimLines(state, s) !== 'string')!;
    const lines = claimLines(state, sheet) as Exclude<ReturnType<typeof claimLines>, string>;
    return createExchange(state, sheet, [{ ...lines[0], count: 1 }], START, { reason: { ...EXCHANGE_REASONS[0].reason, detail: '' }, autoPickup: false, withdrawAfter: null });
  }
  const xbody = (id: string, extra: Record<string, unknown> = {}) => ({ vendorId: vendor.vendorId, exchangeId: Number(id), ...extra });

  it('rejects only SOLDOUT or WITHDRAW, only while RECEIPT or PROGRESS', () => {
    const state = world();
    const x = exchange(state);
    for (const code of ['OTHER', 'soldout', '']) expect(rejectExchange(state, x.exchangeId, xbody(x.exchangeId, { exchangeRejectCode: code }), vendor.vendorId, START).ok).toBe(false);
    expect(rejectExchange(state, x.exchangeId, xbody(x.exchangeId, { exchangeRejectCode: 'WITHDRAW' }), vendor.vendorId, START).ok).toBe(true);
    expect(x.exchangeStatus).toBe('REJECT');
    expect(rejectExchange(state, x.exchangeId, xbody(x.exchangeId, { exchangeRejectCode: 'SOLDOUT' }), vendor.vendorId, START).ok).toBe(false);
    expect(confirmExchangeReceipt(state, x.exchangeId, xbody(x.exchangeId), vendor.vendorId, START).ok).toBe(false);
  });

  it('the invoice only after CompleteCollect, on the new box, once usable', () => {
    const state = world();
    const x = exchange(state);
    const line = (shipmentBoxId: string) => [{ exchangeId: x.exchangeId, shipmentBoxId, goodsDeliveryCode: 'CJGLS', invoiceNumber: '123456789012' }];
    expect(uploadExchangeInvoice(state, x.exchangeId, line(x.items[0].originalShipmentBoxId), START)).toMatchObject({ ok: false, status: 400 });
    expect(confirmExchangeReceipt(state, x.exchangeId, xbody(x.exchangeId), vendor.vendorId, START).ok).toBe(true);
    expect(x).toMatchObject({ exchangeStatus: 'PROGRESS', collectStatus: 'CompleteCollect' });
    const box = x.shipment!.shipmentBoxId;
    expect(box).not.toBe(x.items[0].originalShipmentBoxId);
    expect(uploadExchangeInvoice(state, x.exchangeId, line(x.items[0].originalShipmentBoxId), START + 11 * 60_000)).toMatchObject({ ok: false, status: 200 });
    expect(uploadExchangeInvoice(state, x.exchangeId, line(box), START)).toMatchObject({ ok: false, status: 200 });
    advance(state, START + 11 * 60_000);
    expect(uploadExchangeInvoice(state, x.exchangeId, line(box), START + 11 * 60_000)).toEqual({ ok: true });
    expect(x.deliveryStatus).toBe('CompleteDirection');
  });
});
