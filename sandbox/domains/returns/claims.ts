// What customers do after delivery, over virtual time: some return the goods, some ask for an
// exchange; their pickups progress, some withdraw. The order world queues these as `claim`
// events (../orders/events.ts) and hands them here when they fall due, in time order with every
// other event, so the same seed gives the same history however often the sandbox is asked.
import type { OrderSheet, OrdersState } from '../orders/types';
import { createExchange, drawReason, onCollect, onExchangeDelivery, sellerExchangeStep, withdrawExchange } from '../exchanges/lifecycle';
import { autoApprove, claimLines, drawCustomerReturn, onPickup, sellerReturnStep, withdrawReturn } from './lifecycle';

export type ClaimEvent =
  | { kind: 'returnRequest'; shipmentBoxId: string }
  | { kind: 'exchangeRequest'; shipmentBoxId: string }
  | { kind: 'returnPickup'; receiptId: string; version: number; to: 'assigned' | 'collected' | 'arrived' }
  | { kind: 'returnWithdraw'; receiptId: string }
  | { kind: 'returnAutoApprove'; receiptId: string }
  | { kind: 'sellerReturn'; receiptId: string; step: 'confirm' | 'approve' }
  | { kind: 'exchangeCollect'; exchangeId: string; version: number; to: 'CompleteDirection' | 'Delivering' }
  | { kind: 'exchangeWithdraw'; exchangeId: string }
  | { kind: 'exchangeDelivery'; exchangeId: string; version: number; to: 'Delivering' | 'CompleteDelivery' }
  | { kind: 'sellerExchange'; exchangeId: string; step: 'confirm' | 'invoice' };

/** Share of delivered boxes whose customer returns something / asks for an exchange. */
export const RETURN_RATE = 0.05;
export const EXCHANGE_RATE = 0.02;
const MIN = 60_000;

/**
 * Called once, when a box is first delivered: the decision is drawn from a fork named after the
 * box, so it never depends on when or how often the world is advanced. Customers ask within a
 * week (청약철회 period).
 */
export function planAfterDelivery(state: OrdersState, sheet: OrderSheet, at: number): void {
  if (sheet.history.filter((h) => h.status === 'FINAL_DELIVERY').length !== 1) return;
  const rng = state.random.fork(`after:${sheet.shipmentBoxId}`);
  const x = rng.next();
  const after = rng.int(2 * 60, 6 * 24 * 60) * MIN + rng.int(0, MIN - 1);
  if (x < RETURN_RATE) state.events.push(at + after, { kind: 'claim', event: { kind: 'returnRequest', shipmentBoxId: sheet.shipmentBoxId } });
  else if (x < RETURN_RATE + EXCHANGE_RATE) state.events.push(at + after, { kind: 'claim', event: { kind: 'exchangeRequest', shipmentBoxId: sheet.shipmentBoxId } });
}

export function applyClaimEvent(state: OrdersState, ev: ClaimEvent, at: number): void {
  switch (ev.kind) {
    case 'returnRequest': {
      const sheet = state.bySheetId.get(ev.shipmentBoxId);
      if (sheet) drawCustomerReturn(state, sheet, `return:${ev.shipmentBoxId}`, at);
      return;
    }
    case 'exchangeRequest': {
      const sheet = state.bySheetId.get(ev.shipmentBoxId);
      if (!sheet || sheet.removed || sheet.status !== 'FINAL_DELIVERY') return;
      const lines = claimLines(state, sheet);
      if (typeof lines === 'string') return;
      const rng = state.random.fork(`exchange:${ev.shipmentBoxId}`);
      // Usually one unit of one item is faulty.
      const line = lines[rng.int(0, lines.length - 1)];
      createExchange(state, sheet, [{ ...line, count: rng.bool(0.8) ? 1 : line.count }], at, {
        reason: drawReason(state, `exchange-reason:${ev.shipmentBoxId}`),
        autoPickup: true,
        withdrawAfter: rng.bool(0.1) ? rng.int(20, 24 * 60) * MIN + rng.int(0, MIN - 1) : null,
      });
      return;
    }
    case 'returnPickup':
      onPickup(state, ev.receiptId, ev.version, ev.to, at);
      return;
    case 'returnWithdraw': {
      const receipt = state.receipts.get(ev.receiptId);
      if (receipt) withdrawReturn(state, receipt, at);
      return;
    }
    case 'returnAutoApprove':
      autoApprove(state, ev.receiptId, at);
      return;
    case 'sellerReturn':
      sellerReturnStep(state, ev.receiptId, ev.step, at);
      return;
    case 'exchangeCollect':
      onCollect(state, ev.exchangeId, ev.version, ev.to, at);
      return;
    case 'exchangeWithdraw': {
      const exchange = state.exchanges.get(ev.exchangeId);
      if (exchange) withdrawExchange(state, exchange, at);
      return;
    }
    case 'exchangeDelivery':
      onExchangeDelivery(state, ev.exchangeId, ev.version, ev.to, at);
      return;
    case 'sellerExchange':
      sellerExchangeStep(state, ev.exchangeId, ev.step, at);
      return;
  }
}
