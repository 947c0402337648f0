// An in-memory stand-in for the coupons channels on top of the shared fake bridge, for component
// tests. Calls are recorded with what the screen sent; tests change `state` to move requests along.
import type { Envelope, WingdeskBridge } from '../../../shared/ipc/contract';
import type { ContractWithBudgets, InstantCoupon, TrackedRequest } from '../../../shared/ipc/coupons';
import { createFakeBridge } from '../../test/fakeBridge';

export interface FakeCouponsState {
  contracts: ContractWithBudgets[];
  requests: TrackedRequest[];
  instant: InstantCoupon[];
  assigned: Record<string, string>;
  candidates: Array<{ vendorItemId: string; name: string }>;
}

export function contract(over: Partial<ContractWithBudgets> = {}): ContractWithBudgets {
  return {
    contractId: '150001',
    vendorContractId: '-1',
    sellerId: 'A00012345',
    type: 'NON_CONTRACT_BASED',
    sellerShareRatio: 100,
    coupangShareRatio: 0,
    gmvRatio: 0,
    start: '2024-01-01 00:00:00',
    end: '2999-12-31 23:59:59',
    useBudget: true,
    modifiedAt: '2024-01-01 00:00:00',
    modifiedBy: 'tester',
    thisMonth: { contractId: '150001', targetMonth: '2025-03', vendorShareRatio: 100, totalBudgetAmount: 1_000_000, usedBudgetAmount: 250_000 },
    nextMonth: null,
    budgetErrorKo: null,
    ...over,
  };
}

export function tracked(over: Partial<TrackedRequest> = {}): TrackedRequest {
  return {
    id: 1,
    family: 'instant',
    kind: 'COUPON_PUBLISH',
    requestedId: '123543582159745830895',
    couponId: null,
    parentId: null,
    state: 'REQUESTED',
    payload: { name: '봄맞이 10%', type: 'RATE', discount: 10, maxDiscountPrice: 5000, startAt: '2025-03-11 00:00:00', endAt: '2025-03-17 23:59:59', vendorItemCount: 2 },
    summaryKo: '즉시할인 쿠폰 생성',
    total: null,
    succeeded: null,
    failed: null,
    failedItems: [],
    reasonKo: null,
    lastErrorKo: null,
    polls: 0,
    canResend: false,
    createdAt: '2025-03-10T06:00:00.000Z',
    updatedAt: '2025-03-10T06:00:00.000Z',
    finishedAt: null,
    ...over,
  };
}

export function createFakeCoupons(initial: Partial<FakeCouponsState> = {}) {
  const base = createFakeBridge();
  const state: FakeCouponsState = { contracts: [contract()], requests: [], instant: [], assigned: {}, candidates: [], ...initial };
  let nextId = 100;
  const ok = <T>(fn: string, request: unknown, data: T): Promise<Envelope<T>> => {
    base.calls.push({ fn: fn as keyof WingdeskBridge, request: structuredClone(request) });
    return Promise.resolve({ ok: true, data: structuredClone(data) });
  };
  const pending = () => state.requests.filter((r) => r.state === 'REQUESTED' || r.state === 'SUBMITTING' || r.state === 'UNKNOWN').length;

  const coupons = {
    couponsContracts: (req: unknown) => ok('couponsContracts', req, { contracts: state.contracts, thisMonth: '2025-03', nextMonth: '2025-04', fetchedAt: '2025-03-10T06:00:00.000Z' }),
    couponsInstantList: (req: any) => ok('couponsInstantList', req, { coupons: state.instant.filter((c) => c.status === req.status), pagination: null, pendingRequests: pending() }),
    couponsRequests: (req: any) =>
      ok('couponsRequests', req, { requests: req.scope === 'active' ? state.requests.filter((r) => ['REQUESTED', 'SUBMITTING', 'UNKNOWN'].includes(r.state)) : state.requests, pending: pending() }),
    couponsAssignments: (req: any) => ok('couponsAssignments', req, { assigned: Object.fromEntries((req.vendorItemIds as string[]).filter((id) => state.assigned[id]).map((id) => [id, state.assigned[id]])) }),
    couponsItemCandidates: (req: any) =>
      ok('couponsItemCandidates', req, {
        items: state.candidates
          .filter((c) => !req.search || c.vendorItemId.includes(req.search) || c.name.includes(req.search))
          .map((c) => ({ ...c, source: 'orders' as const, instantCouponId: state.assigned[c.vendorItemId] ?? null, downloadCouponId: null })),
        ordersAvailable: true,
      }),
    couponsInstantCreate: (req: any) => {
      const r = tracked({ id: nextId++, payload: { name: req.name, type: req.type, discount: Number(req.discount), maxDiscountPrice: Number(String(req.maxDiscountPrice).replace(/,/g, '')), startAt: req.startAt, endAt: req.endAt, vendorItemCount: req.vendorItemIds.length } });
      state.requests = [r, ...state.requests];
      return ok('couponsInstantCreate', req, { request: r, warnings: [] });
    },
    couponsRequestRefresh: (req: any) => ok('couponsRequestRefresh', req, state.requests.find((r) => r.id === req.id)!),
    couponsRequestResend: (req: any) => {
      const old = state.requests.find((r) => r.id === req.id)!;
      const fresh = tracked({ ...old, id: nextId++, state: 'REQUESTED', canResend: false, reasonKo: null });
      state.requests = [fresh, ...state.requests.map((r) => (r.id === old.id ? { ...r, state: 'FAIL' as const, canResend: false } : r))];
      return ok('couponsRequestResend', req, { request: fresh, warnings: [] });
    },
    couponsDownloadList: (req: unknown) => ok('couponsDownloadList', req, { coupons: [], lastUserId: null }),
  };

  const bridge = { ...base.bridge, ...coupons } as unknown as WingdeskBridge;
  return { ...base, bridge, state };
}
export type FakeCoupons = ReturnType<typeof createFakeCoupons>;
