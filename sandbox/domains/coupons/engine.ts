// Everything that happens to coupons as virtual time passes: asynchronous requests complete
// (REQUESTED -> DONE | FAIL, rules 12-13, 22, 42), customers use applied coupons and so consume
// the contracts' monthly budgets, and statuses follow dates and budgets. Work is done lazily: every
// handler (and the admin views) calls `settle` first, which replays all events up to `now` in time
// order, so `POST /__sandbox/clock {advanceMinutes}` completes pending requests without a timer.
//
// Nothing here draws from the domain's sequential rng: IDs are reserved when a request arrives and
// customer usage is drawn from a hash of (tick, item), so results do not depend on when or how
// often anybody looks.
import { createRng, deriveSeed, type Rng } from '../../rng';
import { orderId as newOrderId } from './ids';
import { monthOf } from './dates';
import { COUPON_MESSAGES as M, COUPON_NOTES as N } from './messages';
import type {
  CouponStatus,
  CouponsState,
  DownloadCoupon,
  DownloadFailure,
  DownloadTransaction,
  FailedItem,
  InstantCoupon,
  InstantItem,
  InstantRequest,
  ItemStatus,
} from './types';

export const HOUR_MS = 3_600_000;

/**
 * Virtual time until a request completes. Coupang documents none (rule 14); a third party saw
 * REQUESTED clear within seconds. Item requests take one more second per 1,000 options.
 */
export const PROCESSING_MS = { base: 5_000, perThousandItems: 1_000 } as const;

export function processingMs(itemCount = 0): number {
  return PROCESSING_MS.base + Math.floor(itemCount / 1000) * PROCESSING_MS.perThousandItems;
}

/** Chance that one applied option sells with the coupon in one virtual hour. */
export const USAGE_PER_HOUR = { instant: 0.01, download: 0.006 } as const;

// ---- budgets -------------------------------------------------------------------------------

export function usedBudget(state: CouponsState, contractId: string, month: string): number {
  return state.used[`${contractId}|${month}`] ?? 0;
}

export function budgetRow(state: CouponsState, contractId: string, month: string) {
  return state.budgets.find((b) => b.contractId === contractId && b.month === month);
}

/** A month with a budget row that is fully spent. Months without a row are not limited here. */
export function budgetUsedUp(state: CouponsState, contractId: string, month: string): boolean {
  const row = budgetRow(state, contractId, month);
  return row !== undefined && usedBudget(state, contractId, month) >= row.total;
}

// ---- statuses ------------------------------------------------------------------------------

/**
 * rule 27. PAUSED (발행중지) while the contract's budget of the month is used up, and DETACHED
 * (아이템 파기) once every item was removed, are the sandbox's reading of those enum values: the
 * docs define the words, not the transitions.
 */
export function instantStatus(state: CouponsState, c: InstantCoupon, t: number): CouponStatus {
  if ((c.expiredAt !== null && c.expiredAt <= t) || t >= c.endAt) return 'EXPIRED';
  if (c.items.length > 0 && c.items.every((i) => i.removedAt !== null && i.removedAt <= t)) return 'DETACHED';
  if (t < c.startAt) return 'STANDBY';
  if (budgetUsedUp(state, c.contractId, monthOf(t))) return 'PAUSED';
  return 'APPLIED';
}

export function itemStatus(state: CouponsState, c: InstantCoupon, item: InstantItem, t: number): ItemStatus {
  if (item.removedAt !== null && item.removedAt <= t) return 'EXPIRED';
  const status = instantStatus(state, c, t);
  return status === 'DETACHED' ? 'EXPIRED' : status;
}

const LIVE: ReadonlySet<string> = new Set(['STANDBY', 'APPLIED', 'PAUSED']);

/** The instant coupon that currently holds an option (rule 22: one at a time). */
export function instantHolder(state: CouponsState, vendorItemId: string, t: number, except?: string): InstantCoupon | undefined {
  return state.instant.find(
    (c) =>
      c.couponId !== except &&
      LIVE.has(instantStatus(state, c, t)) &&
      c.items.some((i) => i.vendorItemId === vendorItemId && (i.removedAt === null || i.removedAt > t)),
  );
}

/** Download coupons share the instant enum: the docs only show STANDBY (rule 39); the rest is the FMS vocabulary. */
export function downloadStatus(state: CouponsState, c: DownloadCoupon, t: number): CouponStatus {
  if ((c.expiredAt !== null && c.expiredAt <= t) || t >= c.endAt) return 'EXPIRED';
  if (t < c.startAt) return 'STANDBY';
  if (budgetUsedUp(state, c.contractId, monthOf(t))) return 'PAUSED';
  return 'APPLIED';
}

export function isDeleted(c: DownloadCoupon, t: number): boolean {
  return c.deletedAt !== null && c.deletedAt <= t;
}

function downloadHolders(state: CouponsState, vendorItemId: string, t: number, except: string): string[] {
  return state.download
    .filter((c) => c.couponId !== except && !isDeleted(c, t) && LIVE.has(downloadStatus(state, c, t)) && c.vendorItemIds.includes(vendorItemId))
    .map((c) => c.couponId);
}

export function pendingInstant(state: CouponsState, couponId: string): InstantRequest[] {
  return state.instantRequests.filter((r) => r.status === 'REQUESTED' && r.couponId === couponId && r.type !== 'COUPON_PUBLISH');
}

// ---- request processing --------------------------------------------------------------------

function optionProblem(state: CouponsState, vendorItemId: string): string | undefined {
  const item = state.catalogue.find((i) => i.vendorItemId === vendorItemId);
  if (!item) return M.cir06;
  if (!item.approved) return M.cie00;
  return undefined;
}

function finish(r: InstantRequest, succeeded: number, failed: FailedItem[], note: string): void {
  r.succeeded = succeeded;
  r.failed = r.total - succeeded;
  r.failedVendorItems = failed;
  // Partial success is undocumented: DONE as soon as one unit succeeded, FAIL when none did.
  r.status = succeeded > 0 ? 'DONE' : 'FAIL';
  r.note = note;
}

function processInstant(state: CouponsState, r: InstantRequest): void {
  const t = r.completeAt;
  if (r.type === 'COUPON_PUBLISH') {
    const draft = r.draft!;
    const month = monthOf(Math.max(draft.startAt, t));
    if (budgetUsedUp(state, draft.contractId, month)) return finish(r, 0, [], N.budgetUsedUp(draft.contractId, month));
    state.instant.push({ couponId: r.couponId, ...draft, createdAt: t, expiredAt: null, items: [] });
    return finish(r, 1, [], N.published(r.couponId));
  }
  const coupon = state.instant.find((c) => c.couponId === r.couponId)!;
  if (r.type === 'COUPON_EXPIRE') {
    if (instantStatus(state, coupon, t) === 'EXPIRED') return finish(r, 0, [], N.alreadyEnded(r.couponId));
    coupon.expiredAt = t;
    return finish(r, 1, [], N.expired(r.couponId));
  }
  const failed: FailedItem[] = [];
  let ok = 0;
  if (r.type === 'COUPON_ITEM_PUBLISH') {
    const ended = !LIVE.has(instantStatus(state, coupon, t));
    let nextItemId = r.firstCouponItemId;
    for (const vendorItemId of r.vendorItems) {
      const problem = ended ? M.couponEnded(coupon.couponId) : optionProblem(state, vendorItemId) ?? (instantHolder(state, vendorItemId, t, coupon.couponId) ? M.cir08 : undefined);
      if (problem) {
        failed.push({ vendorItemId, reason: problem });
        continue;
      }
      ok++;
      const existing = coupon.items.find((i) => i.vendorItemId === vendorItemId && i.removedAt === null);
      if (!existing) coupon.items.push({ couponItemId: String(nextItemId++), vendorItemId, addedAt: t, removedAt: null });
    }
  } else {
    for (const vendorItemId of r.vendorItems) {
      const item = coupon.items.find((i) => i.vendorItemId === vendorItemId && i.removedAt === null);
      if (!item) {
        failed.push({ vendorItemId, reason: M.cir06 });
        continue;
      }
      item.removedAt = t;
      ok++;
    }
  }
  finish(r, ok, failed, N.items(ok, failed.length));
}

function processDownload(state: CouponsState, tx: DownloadTransaction): void {
  const t = tx.completeAt;
  const coupon = state.download.find((c) => c.couponId === tx.couponId)!;
  const fail = (failures: DownloadFailure[], note: string) => {
    tx.status = 'FAIL';
    tx.failures = failures;
    tx.failed = failures.length || tx.total;
    tx.succeeded = tx.total - tx.failed;
    tx.note = note;
  };
  const done = (note: string) => {
    tx.status = 'DONE';
    tx.succeeded = tx.total;
    tx.failed = 0;
    tx.note = note;
  };
  if (tx.type === 'COUPON_EXPIRE') {
    if (isDeleted(coupon, t) || downloadStatus(state, coupon, t) === 'EXPIRED') return fail([], N.alreadyEnded(coupon.couponId));
    coupon.expiredAt = t;
    coupon.lastModifiedAt = t;
    return done(N.expired(coupon.couponId));
  }
  if (isDeleted(coupon, t)) return fail([], M.dlDeleted);
  const failures: DownloadFailure[] = [];
  const accepted: string[] = [];
  for (const vendorItemId of tx.vendorItemIds) {
    if (accepted.includes(vendorItemId)) continue;
    const others = downloadHolders(state, vendorItemId, t, coupon.couponId);
    const problem = optionProblem(state, vendorItemId) ?? (others.length ? M.cir14(others) : undefined);
    if (problem) failures.push({ vendorItemId, failureReason: problem });
    else accepted.push(vendorItemId);
  }
  if (failures.length) {
    // rule 42: a failed item addition destroys the coupon; the accepted options are not attached.
    coupon.deletedAt = t;
    return fail(failures, N.downloadDestroyed(coupon.couponId));
  }
  for (const id of accepted) if (!coupon.vendorItemIds.includes(id)) coupon.vendorItemIds.push(id);
  coupon.publishedAt ??= t;
  done(N.items(tx.total, 0));
}

// ---- customer usage ------------------------------------------------------------------------

function draw(state: CouponsState, label: string): Rng {
  return createRng(deriveSeed(state.usageSeed, label));
}

export function instantDiscount(c: InstantCoupon, price: number, quantity: number): number {
  const line = price * quantity;
  switch (c.type) {
    case 'RATE':
      return Math.min(Math.floor((line * c.discount) / 100), c.maxDiscountPrice);
    case 'PRICE':
      return Math.min(c.discount, c.maxDiscountPrice, line);
    default:
      return Math.min(c.discount * quantity, c.maxDiscountPrice, line);
  }
}

/** The best policy the line reaches (rule 32: the order total must reach minimumPrice). */
export function downloadDiscount(c: DownloadCoupon, price: number, quantity: number): number {
  const line = price * quantity;
  let best = 0;
  for (const p of c.policies) {
    if (line < p.minimumPrice) continue;
    const d = p.typeOfDiscount === 'PRICE' ? Math.min(p.discount, line) : Math.min(Math.floor((line * p.discount) / 100), p.maximumDiscountPrice);
    best = Math.max(best, d);
  }
  return best;
}

function recordUsage(
  state: CouponsState,
  rng: Rng,
  at: number,
  family: 'instant' | 'download',
  couponId: string,
  contractId: string,
  vendorItemId: string,
  quantity: number,
  discount: number,
): void {
  const contract = state.contracts.find((c) => c.contractId === contractId)!;
  const budgetAmount = Math.floor((discount * contract.sellerShareRatio) / 100);
  const id = newOrderId(rng);
  state.usages.push({ at, orderId: id, vendorItemId, family, couponId, contractId, quantity, discount, budgetAmount });
  const key = `${contractId}|${monthOf(at)}`;
  state.used[key] = (state.used[key] ?? 0) + budgetAmount;
  const lines = [{ vendorItemId, quantity, instantCouponId: family === 'instant' ? couponId : null }];
  // Some baskets hold a second option bought without a coupon.
  if (rng.bool(0.3)) {
    const other = state.catalogue[rng.int(0, state.catalogue.length - 1)];
    if (other.vendorItemId !== vendorItemId) lines.push({ vendorItemId: other.vendorItemId, quantity: 1, instantCouponId: null });
  }
  state.orders.push({ orderId: id, orderedAt: at, lines });
}

function simulateHour(state: CouponsState, tick: number): void {
  const price = (vendorItemId: string) => state.catalogue.find((i) => i.vendorItemId === vendorItemId)?.salePrice ?? 0;
  for (const c of state.instant) {
    if (c.createdAt >= tick || instantStatus(state, c, tick - HOUR_MS) === 'EXPIRED') continue;
    for (const item of c.items) {
      const rng = draw(state, `${tick}:i:${item.couponItemId}`);
      if (rng.next() >= USAGE_PER_HOUR.instant) continue;
      const at = tick - rng.int(0, HOUR_MS - 1000);
      if (item.addedAt > at || itemStatus(state, c, item, at) !== 'APPLIED') continue;
      const quantity = rng.pick([1, 1, 1, 2, 3]);
      const discount = instantDiscount(c, price(item.vendorItemId), quantity);
      if (discount > 0) recordUsage(state, rng, at, 'instant', c.couponId, c.contractId, item.vendorItemId, quantity, discount);
    }
  }
  for (const c of state.download) {
    if (c.publishedAt === null || c.publishedAt >= tick || c.deletedAt !== null) continue;
    for (const vendorItemId of c.vendorItemIds) {
      const rng = draw(state, `${tick}:d:${c.couponId}:${vendorItemId}`);
      if (rng.next() >= USAGE_PER_HOUR.download) continue;
      const at = tick - rng.int(0, HOUR_MS - 1000);
      if (c.publishedAt > at || downloadStatus(state, c, at) !== 'APPLIED') continue;
      const quantity = rng.pick([1, 1, 2, 3]);
      const discount = downloadDiscount(c, price(vendorItemId), quantity);
      if (discount <= 0) continue;
      c.usageAmount += discount;
      recordUsage(state, rng, at, 'download', c.couponId, c.contractId, vendorItemId, quantity, discount);
    }
  }
}

/** Latest moment any coupon could still be used; no usage ticks are needed after it. */
function lastUsableMoment(state: CouponsState): number {
  let last = -Infinity;
  for (const c of state.instant) if (c.expiredAt === null) last = Math.max(last, c.endAt);
  for (const c of state.download) if (c.expiredAt === null && c.deletedAt === null) last = Math.max(last, c.endAt);
  return last;
}

/** Replays everything due up to `now`, oldest first. */
export function settle(state: CouponsState, now: number = state.clock.now()): void {
  for (;;) {
    let nextInstant: InstantRequest | undefined;
    for (const r of state.instantRequests) if (r.status === 'REQUESTED' && r.completeAt <= now && (!nextInstant || r.completeAt < nextInstant.completeAt)) nextInstant = r;
    let nextDownload: DownloadTransaction | undefined;
    for (const x of state.downloadTransactions) if (x.status === 'REQUESTED' && x.completeAt <= now && (!nextDownload || x.completeAt < nextDownload.completeAt)) nextDownload = x;
    const requestAt = Math.min(nextInstant?.completeAt ?? Infinity, nextDownload?.completeAt ?? Infinity);
    let tick = Math.floor(state.simulatedUntil / HOUR_MS) * HOUR_MS + HOUR_MS;
    if (tick > now) tick = Infinity;
    else if (tick - HOUR_MS > lastUsableMoment(state) && requestAt === Infinity) {
      state.simulatedUntil = Math.floor(now / HOUR_MS) * HOUR_MS;
      tick = Infinity;
    }
    if (requestAt === Infinity && tick === Infinity) return;
    if (requestAt <= tick) {
      if (nextInstant && nextInstant.completeAt === requestAt) processInstant(state, nextInstant);
      else processDownload(state, nextDownload!);
    } else {
      simulateHour(state, tick);
      state.simulatedUntil = tick;
    }
  }
}
