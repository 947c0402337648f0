// The vendor's receipt list. It lives inside the orders world (OrdersState.receipts) because a
// receipt is always about shipment boxes and quantities of order sheets and changes what the
// order APIs answer; the returns routes read and change it through the same world.
import type { Rng } from '../../rng';
import type { Receipt } from './types';

/** Real receipt IDs are 10 digits around 1.6e9 (2026 data); they only grow. */
const FIRST_RECEIPT_ID = [1_600_000_000, 1_690_000_000] as const;
/** Real returnDeliveryIds are ~19 digits (1.02e18); past 2^53, so BigInt. */
const FIRST_RETURN_DELIVERY_ID = 1_020_000_000_000_000_000n;

export class ReceiptBook {
  /** Sorted by (createdAt, receiptId): the list APIs' order and their paging key. */
  private readonly list: Receipt[] = [];
  private readonly byId = new Map<string, Receipt>();
  private readonly byOrder = new Map<string, Receipt[]>();
  private nextReceiptId: number;
  private nextReturnDeliveryId: bigint;

  constructor(private readonly rng: Rng) {
    this.nextReceiptId = rng.int(FIRST_RECEIPT_ID[0], FIRST_RECEIPT_ID[1]);
    this.nextReturnDeliveryId = FIRST_RETURN_DELIVERY_ID + BigInt(rng.int(0, 9_000_000)) * 1_000_000_000n + BigInt(rng.int(0, 999_999_999));
  }

  get size(): number {
    return this.list.length;
  }

  allocateReceiptId(): string {
    const id = String(this.nextReceiptId);
    this.nextReceiptId += this.rng.int(1, 4000);
    return id;
  }

  allocateReturnDeliveryId(): string {
    const id = String(this.nextReturnDeliveryId);
    this.nextReturnDeliveryId += BigInt(this.rng.int(1, 900_000_000));
    return id;
  }

  add(receipt: Receipt): Receipt {
    const key = sortKey(receipt);
    let lo = 0;
    let hi = this.list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sortKey(this.list[mid]) <= key) lo = mid + 1;
      else hi = mid;
    }
    this.list.splice(lo, 0, receipt);
    this.byId.set(receipt.receiptId, receipt);
    const mine = this.byOrder.get(receipt.orderId);
    if (mine) mine.push(receipt);
    else this.byOrder.set(receipt.orderId, [receipt]);
    return receipt;
  }

  get(receiptId: string): Receipt | undefined {
    return this.byId.get(receiptId);
  }

  all(): readonly Receipt[] {
    return this.list;
  }

  forOrder(orderId: string): readonly Receipt[] {
    return this.byOrder.get(orderId) ?? [];
  }

  /**
   * Receipts created in [from, to) matching `accept`, starting at the paging key `after`
   * (inclusive), at most `limit` of them, plus the key of the next match if any.
   */
  range(from: number, to: number, accept: (r: Receipt) => boolean, limit = Infinity, after?: string): { items: Receipt[]; next: string | null } {
    const start = after ?? pagingKey(from, '');
    let lo = 0;
    let hi = this.list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sortKey(this.list[mid]) < start) lo = mid + 1;
      else hi = mid;
    }
    const items: Receipt[] = [];
    for (let i = lo; i < this.list.length; i++) {
      const r = this.list[i];
      if (r.createdAt >= to) break;
      if (r.createdAt < from || !accept(r)) continue;
      if (items.length === limit) return { items, next: sortKey(r) };
      items.push(r);
    }
    return { items, next: null };
  }
}

/** createdAt (13 digits) + receiptId left-padded: compares like the tuple, and doubles as a nextToken. */
export function pagingKey(createdAt: number, receiptId: string): string {
  return String(createdAt).padStart(13, '0') + receiptId.padStart(12, '0');
}

function sortKey(r: Receipt): string {
  return pagingKey(r.createdAt, r.receiptId);
}
