// TanStack Query hooks for the coupons channels. Query keys are the channel names; every write
// invalidates the tracker and the lists it can change, and the tracker polls while anything runs.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef } from 'react';
import type { RequestOf } from '../../shared/ipc/contract';
import type { CouponFamily, InstantCouponStatus } from '../../shared/ipc/coupons';
import { useBridgeApi } from '../components/api-context';

export const couponKeys = {
  contracts: ['coupons.contracts'] as const,
  instantList: (status: string, page: number) => ['coupons.instantList', status, page] as const,
  instantDetail: (couponId: string, itemStatus: string | undefined) => ['coupons.instantDetail', couponId, itemStatus ?? 'auto'] as const,
  downloadList: ['coupons.downloadList'] as const,
  downloadDetail: (couponId: string) => ['coupons.downloadDetail', couponId] as const,
  requests: (scope: string) => ['coupons.requests', scope] as const,
  candidates: (search: string) => ['coupons.itemCandidates', search] as const,
  assignments: (family: string, ids: string) => ['coupons.assignments', family, ids] as const,
};

/** How often the tracker view refreshes while a request is still running. */
export const TRACKER_POLL_MS = 1500;

export function useContracts() {
  const api = useBridgeApi();
  return useQuery({ queryKey: couponKeys.contracts, queryFn: () => api.couponsContracts(), staleTime: 60_000 });
}

export function useInstantList(status: InstantCouponStatus, page: number) {
  const api = useBridgeApi();
  return useQuery({
    queryKey: couponKeys.instantList(status, page),
    queryFn: () => api.couponsInstantList({ status, page, size: 50, sort: 'desc' }),
    placeholderData: keepPreviousData,
  });
}

/** Reads Coupang (coupon + its items): refreshed when one of its requests finishes, not on a timer. */
export function useInstantDetail(couponId: string | null, itemStatus: string | undefined) {
  const api = useBridgeApi();
  return useQuery({
    queryKey: couponKeys.instantDetail(couponId ?? '', itemStatus),
    queryFn: () =>
      api.couponsInstantDetail({ couponId: couponId!, page: 0, size: 500, ...(itemStatus ? { itemStatus: itemStatus as RequestOf<'coupons.instantDetail'>['itemStatus'] } : {}) }),
    enabled: couponId !== null,
  });
}

const RUNNING = new Set(['SUBMITTING', 'REQUESTED', 'UNKNOWN']);

/**
 * The tracker's rows for one coupon (local database only, no Coupang call), polled while any of
 * them runs. `onFinished` fires when a request that was running here has finished, so the caller
 * can read the coupon from Coupang again exactly then.
 */
export function useCouponRequests(family: CouponFamily, couponId: string, onFinished: () => void) {
  const api = useBridgeApi();
  const q = useQuery({
    queryKey: ['coupons.requests', 'coupon', family, couponId] as const,
    queryFn: () => api.couponsRequests({ scope: 'all', family, couponId, limit: 100 }),
    refetchInterval: (query) => (query.state.data?.requests.some((r) => RUNNING.has(r.state)) ? TRACKER_POLL_MS : 10_000),
    staleTime: 0,
  });
  const running = useRef<Set<number>>(new Set());
  useEffect(() => {
    const rows = q.data?.requests ?? [];
    const now = new Set(rows.filter((r) => RUNNING.has(r.state)).map((r) => r.id));
    const finished = [...running.current].some((id) => !now.has(id));
    running.current = now;
    if (finished) onFinished();
  }, [q.data, onFinished]);
  return q;
}

export function useDownloadList() {
  const api = useBridgeApi();
  return useQuery({ queryKey: couponKeys.downloadList, queryFn: () => api.couponsDownloadList() });
}

export function useDownloadDetail(couponId: string | null) {
  const api = useBridgeApi();
  return useQuery({
    queryKey: couponKeys.downloadDetail(couponId ?? ''),
    queryFn: () => api.couponsDownloadDetail({ couponId: couponId! }),
    enabled: couponId !== null,
  });
}

export function useRequests(scope: 'active' | 'all') {
  const api = useBridgeApi();
  return useQuery({
    queryKey: couponKeys.requests(scope),
    queryFn: () => api.couponsRequests({ scope, limit: 300 }),
    refetchInterval: (q) => ((q.state.data?.pending ?? 0) > 0 ? TRACKER_POLL_MS : 10_000),
    staleTime: 0,
  });
}

export function useItemCandidates(search: string) {
  const api = useBridgeApi();
  return useQuery({
    queryKey: couponKeys.candidates(search),
    queryFn: () => api.couponsItemCandidates({ search: search || undefined, limit: 200 }),
    placeholderData: keepPreviousData,
  });
}

export function useAssignments(family: CouponFamily, ids: string[]) {
  const api = useBridgeApi();
  const key = ids.join(',');
  return useQuery({
    queryKey: couponKeys.assignments(family, key),
    queryFn: () => api.couponsAssignments({ family, vendorItemIds: ids }),
    enabled: ids.length > 0,
    placeholderData: keepPreviousData,
  });
}

/** Invalidates everything a coupon write can change. */
export function useInvalidateCoupons() {
  const qc = useQueryClient();
  return useCallback(
    () =>
      Promise.all(
        // Contracts and budgets do not move with a write; the rest does (or will, once the request is DONE).
        ['coupons.requests', 'coupons.instantList', 'coupons.downloadList', 'coupons.assignments'].map((k) =>
          qc.invalidateQueries({ queryKey: [k] }),
        ),
      ),
    [qc],
  );
}

export function useCouponWrite<A, R>(fn: (api: ReturnType<typeof useBridgeApi>, args: A) => Promise<R>) {
  const api = useBridgeApi();
  const invalidate = useInvalidateCoupons();
  // Not awaited: the screen answers as soon as main does; the lists catch up behind it.
  return useMutation({ mutationFn: (args: A) => fn(api, args), onSettled: () => void invalidate() });
}
