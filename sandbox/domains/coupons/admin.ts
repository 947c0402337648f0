// What the sandbox's admin API shows about coupons: everything a tester or a seller rehearsing
// needs to see and Coupang's answers hide (why a request failed, which budget paid what).
import { formatCouponDate, monthOf } from './dates';
import { budgetUsedUp, downloadStatus, instantStatus, isDeleted, itemStatus, settle, usedBudget } from './engine';
import type { CouponsState } from './types';

const when = (ms: number | null) => (ms === null ? null : formatCouponDate(ms));

/** /__sandbox/state `domains.coupons[vendorId]`: counts only. */
export function summarizeCoupons(state: CouponsState) {
  const now = state.clock.now();
  settle(state, now);
  const month = monthOf(now);
  const count = (statuses: string[]) => Object.fromEntries([...new Set(statuses)].sort().map((s) => [s, statuses.filter((x) => x === s).length]));
  return {
    contracts: state.contracts.length,
    budgets: state.contracts.map((c) => {
      const row = state.budgets.find((b) => b.contractId === c.contractId && b.month === month);
      return { contractId: c.contractId, type: c.type, month, total: row?.total ?? null, used: usedBudget(state, c.contractId, month) };
    }),
    options: state.catalogue.length,
    instantCoupons: count(state.instant.map((c) => instantStatus(state, c, now))),
    downloadCoupons: count(state.download.map((c) => (isDeleted(c, now) ? 'DELETED' : downloadStatus(state, c, now)))),
    pendingRequests: state.instantRequests.filter((r) => r.status === 'REQUESTED').length + state.downloadTransactions.filter((x) => x.status === 'REQUESTED').length,
    orders: state.orders.length,
  };
}

/** GET /__sandbox/coupons?vendorId= */
export function couponsAdminView(state: CouponsState) {
  const now = state.clock.now();
  settle(state, now);
  return {
    vendorId: state.vendorId,
    now: formatCouponDate(now),
    contracts: state.contracts.map((c) => ({
      contractId: c.contractId,
      vendorContractId: c.vendorContractId,
      type: c.type,
      label: c.label,
      start: when(c.start),
      end: when(c.end),
      sellerShareRatio: c.sellerShareRatio,
      budgets: state.budgets
        .filter((b) => b.contractId === c.contractId)
        .map((b) => ({ month: b.month, total: b.total, used: usedBudget(state, c.contractId, b.month), usedUp: budgetUsedUp(state, c.contractId, b.month) })),
    })),
    options: state.catalogue.map((i) => {
      const holder = state.instant.find((c) => c.items.some((x) => x.vendorItemId === i.vendorItemId && itemStatus(state, c, x, now) !== 'EXPIRED'));
      return { vendorItemId: i.vendorItemId, name: i.name, salePrice: i.salePrice, approved: i.approved, instantCouponId: holder?.couponId ?? null };
    }),
    instantCoupons: state.instant.map((c) => ({
      couponId: c.couponId,
      contractId: c.contractId,
      name: c.name,
      type: c.type,
      discount: c.discount,
      maxDiscountPrice: c.maxDiscountPrice,
      wowExclusive: c.wowExclusive,
      startAt: when(c.startAt),
      endAt: when(c.endAt),
      createdAt: when(c.createdAt),
      expiredAt: when(c.expiredAt),
      status: instantStatus(state, c, now),
      items: c.items.map((i) => ({
        couponItemId: i.couponItemId,
        vendorItemId: i.vendorItemId,
        status: itemStatus(state, c, i, now),
        addedAt: when(i.addedAt),
        removedAt: when(i.removedAt),
      })),
    })),
    instantRequests: state.instantRequests.map((r) => ({
      requestedId: r.requestedId,
      type: r.type,
      status: r.status,
      couponId: r.couponId,
      total: r.total,
      succeeded: r.succeeded,
      failed: r.failed,
      failedVendorItems: r.failedVendorItems,
      createdAt: when(r.createdAt),
      completeAt: when(r.completeAt),
      note: r.note,
    })),
    downloadCoupons: state.download.map((c) => ({
      couponId: c.couponId,
      contractId: c.contractId,
      title: c.title,
      status: isDeleted(c, now) ? 'DELETED' : downloadStatus(state, c, now),
      startAt: when(c.startAt),
      endAt: when(c.endAt),
      userId: c.userId,
      policies: c.policies,
      vendorItemIds: c.vendorItemIds,
      publishedAt: when(c.publishedAt),
      expiredAt: when(c.expiredAt),
      deletedAt: when(c.deletedAt),
      usageAmount: c.usageAmount,
    })),
    downloadTransactions: state.downloadTransactions.map((x) => ({
      requestTransactionId: x.requestTransactionId,
      type: x.type,
      status: x.status,
      couponId: x.couponId,
      total: x.total,
      failures: x.failures,
      createdAt: when(x.createdAt),
      completeAt: when(x.completeAt),
      note: x.note,
    })),
    pending: [
      ...state.instantRequests.filter((r) => r.status === 'REQUESTED').map((r) => ({ id: r.requestedId, type: r.type, couponId: r.couponId, completeAt: when(r.completeAt) })),
      ...state.downloadTransactions.filter((x) => x.status === 'REQUESTED').map((x) => ({ id: x.requestTransactionId, type: x.type, couponId: x.couponId, completeAt: when(x.completeAt) })),
    ],
    orders: state.orders.slice(-50).map((o) => ({ orderId: o.orderId, orderedAt: when(o.orderedAt), lines: o.lines })),
    ordersTotal: state.orders.length,
    events: state.events.map((e) => ({ at: when(e.at), kind: e.kind, detail: e.detail })),
  };
}
