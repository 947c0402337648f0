// The vendor's exchange list, inside the order world (OrdersState.exchanges) like the receipt
// book: sorted by (createdAt, exchangeId) for the list API and its nextToken.
import type { Rng } from '../../rng';
import type { Exchange } from './types';

/** The documented example's exchangeId has 9 digits (101268974); they only grow. */
const FIRST_EXCHANGE_ID = [101_000_000, 109_000_000] as const;
/** Documented exchangeItemId / exchangeAddressId have 7 digits (1765111, 1691712). */
const FIRST_ITEM_ID = [1_700_000, 1_800_000] as const;

export class ExchangeBook {
  private readonly list: Exchange[] = [];
  private readonly byId = new Map<string, Exchange>();
  private nextExchangeId: number;
  private nextItemId: number;
  private nextAddressId: number;
  private nextReturnDeliveryId: bigint;

  constructor(private readonly rng: Rng) {
    this.nextExchangeId = rng.int(FIRST_EXCHANGE_ID[0], FIRST_EXCHANGE_ID[1]);
    this.nextItemId = rng.int(FIRST_ITEM_ID[0], FIRST_ITEM_ID[1]);
    this.nextAddressId = rng.int(FIRST_ITEM_ID[0], FIRST_ITEM_ID[1]);
    // Same family as the receipts' returnDeliveryIds (~19 digits), in a range of its own.
    this.nextReturnDeliveryId = 1_030_000_000_000_000_000n + BigInt(rng.int(0, 9_000_000)) * 1_000_000_000n;
  }

  get size(): number {
    return this.list.length;
  }

  allocateExchangeId(): string {
    const id = String(this.nextExchangeId);
    this.nextExchangeId += this.rng.int(1, 3000);
    return id;
  }

  allocateItemId(): string {
    const id = String(this.nextItemId);
    this.nextItemId += this.rng.int(1, 300);
    return id;
  }

  allocateAddressId(): string {
    const id = String(this.nextAddressId);
    this.nextAddressId += this.rng.int(1, 300);
    return id;
  }

  allocateReturnDeliveryId(): string {
    const id = String(this.nextReturnDeliveryId);
    this.nextReturnDeliveryId += BigInt(this.rng.int(1, 900_000_000));
    return id;
  }

  add(exchange: Exchange): Exchange {
    const key = sortKey(exchange);
    let lo = 0;
    let hi = this.list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sortKey(this.list[mid]) <= key) lo = mid + 1;
      else hi = mid;
    }
    this.list.splice(lo, 0, exchange);
    this.byId.set(exchange.exchangeId, exchange);
    return exchange;
  }

  get(exchangeId: string): Exchange | undefined {
    return this.byId.get(exchangeId);
  }

  all(): readonly Exchange[] {
    return this.list;
  }

  forOrder(orderId: string): Exchange[] {
    return this.list.filter((e) => e.orderId === orderId);
  }

  /** Exchanges created in [from, to] matching `accept`, from paging key `after`, at most `limit`. */
  range(from: number, to: number, accept: (e: Exchange) => boolean, limit: number, after?: string): { items: Exchange[]; next: string | null } {
    const start = after ?? exchangePagingKey(from, '');
    let lo = 0;
    let hi = this.list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sortKey(this.list[mid]) < start) lo = mid + 1;
      else hi = mid;
    }
    const items: Exchange[] = [];
    for (let i = lo; i < this.list.length; i++) {
      const e = this.list[i];
      if (e.createdAt > to) break;
      if (e.createdAt < from || !accept(e)) continue;
      if (items.length === limit) return { items, next: sortKey(e) };
      items.push(e);
    }
    return { items, next: null };
  }
}

/** createdAt (13 digits) + exchangeId (12 digits): the sort key, and the opaque nextToken. */
export function exchangePagingKey(createdAt: number, exchangeId: string): string {
  return String(createdAt).padStart(13, '0') + exchangeId.padStart(12, '0');
}

function sortKey(e: Exchange): string {
  return exchangePagingKey(e.createdAt, e.exchangeId);
}
