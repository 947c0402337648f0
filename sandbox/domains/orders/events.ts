// Things that happen to orders on their own (arrivals, customers, couriers, and the simulated
// seller of the seeded past), queued by virtual time. The world is advanced lazily: whenever a
// route runs, every event up to clock.now() is applied in (time, insertion) order, so the state
// at a given time never depends on how often the sandbox was asked before.
import type { ClaimEvent } from '../returns/claims';
import type { Receiver } from './types';

export type OrderEvent =
  /** The order is drawn when it arrives, from the fork named `label`: no drafts sit in memory. */
  | { kind: 'arrive'; label: string; autopilot: boolean }
  | { kind: 'address'; orderId: string; receiver: Receiver }
  | { kind: 'customerCancel'; orderId: string; partial: boolean; reason: number }
  | { kind: 'refundDone'; shipmentBoxId: string; vendorItemId: string; count: number }
  | { kind: 'courier'; shipmentBoxId: string; version: number; to: 'DELIVERING' | 'FINAL_DELIVERY' }
  | { kind: 'sellerAck'; shipmentBoxId: string; invoiceAfter: number; courier: string }
  | { kind: 'sellerInvoice'; shipmentBoxId: string; courier: string }
  | { kind: 'sellerStop'; receiptId: string }
  /** Returns and exchanges after delivery (domains/returns/claims.ts applies them). */
  | { kind: 'claim'; event: ClaimEvent };

interface Entry {
  at: number;
  seq: number;
  event: OrderEvent;
}

/** Binary min-heap on (at, seq); seq keeps equal-time events in insertion order. */
export class EventQueue {
  private heap: Entry[] = [];
  private seq = 0;

  get size(): number {
    return this.heap.length;
  }

  push(at: number, event: OrderEvent): void {
    const heap = this.heap;
    heap.push({ at, seq: this.seq++, event });
    let i = heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(heap[i], heap[parent])) break;
      [heap[i], heap[parent]] = [heap[parent], heap[i]];
      i = parent;
    }
  }

  peekTime(): number {
    return this.heap.length ? this.heap[0].at : Infinity;
  }

  pop(): { at: number; event: OrderEvent } | undefined {
    const heap = this.heap;
    if (heap.length === 0) return undefined;
    const top = heap[0];
    const last = heap.pop()!;
    if (heap.length) {
      heap[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < heap.length && before(heap[l], heap[m])) m = l;
        if (r < heap.length && before(heap[r], heap[m])) m = r;
        if (m === i) break;
        [heap[i], heap[m]] = [heap[m], heap[i]];
        i = m;
      }
    }
    return { at: top.at, event: top.event };
  }

  /** Pending events of one kind, for summaries and tests. */
  count(kind: OrderEvent['kind']): number {
    return this.heap.reduce((n, e) => n + (e.event.kind === kind ? 1 : 0), 0);
  }

  /** Read-only walk (tests look for a scheduled customer action). */
  entries(): ReadonlyArray<{ at: number; event: OrderEvent }> {
    return this.heap;
  }
}

function before(a: Entry, b: Entry): boolean {
  return a.at < b.at || (a.at === b.at && a.seq < b.seq);
}
