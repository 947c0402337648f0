// TanStack Query hooks of the orders screen. Query keys start with the channel name, so
// invalidating after an action reads like the contract. Rows are fetched in fixed pages by
// offset and read straight from the cache, so scrolling back never refetches.
import { useQueries, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ResponseOf } from '../../shared/ipc/contract';
import type { ActionResult, OrderFilter, OrderRow } from '../../shared/ipc/orders';
import type { WingdeskApi } from '../bridge';
import { useBridgeApi } from '../components/api-context';
import { BULK_PAGE_SIZE, cleanFilter, PAGE_SIZE, summarize, type ActionKind, type ListQuery, type RecordedResult, type ResultSummary } from './model';

export type ListResponse = ResponseOf<'orders.list'>;
export type SyncState = ResponseOf<'orders.syncState'>;
export type OrderDetailData = ResponseOf<'orders.detail'>;

export const ordersKeys = {
  list: ['orders.list'] as const,
  page: (q: ListQuery, offset: number) => ['orders.list', q.filter, q.sort, q.desc, offset] as const,
  detail: (id: string) => ['orders.detail', id] as const,
  detailAll: ['orders.detail'] as const,
  syncState: ['orders.syncState'] as const,
  savedFilters: ['orders.savedFilters'] as const,
  /** Screen memory that outlives a visit to another screen: per-row results and the last run. */
  ui: ['orders.ui'] as const,
};

export function normaliseQuery(q: ListQuery): ListQuery {
  return { filter: cleanFilter(q.filter), sort: q.sort, desc: q.desc };
}

function pageQueryFn(api: WingdeskApi, q: ListQuery, offset: number) {
  return () => api.ordersList({ filter: q.filter, sort: q.sort, desc: q.desc, offset, limit: PAGE_SIZE });
}

const PAGE_STALE_MS = 15_000;

export interface OrderPages {
  /** The row at a grid index, if its page is in the cache. */
  getRow: (index: number) => OrderRow | undefined;
  total: number;
  counts: Record<string, number> | undefined;
  /** True until the first page of this query answered (total is then the previous query's). */
  loading: boolean;
  fetching: boolean;
  error: unknown;
  /** Loads (from cache or the main process) every row in [start, end]. */
  ensureRows: (start: number, end: number) => Promise<OrderRow[]>;
}

/** `range` is the settled visible range (the screen debounces it while scrolling). */
export function useOrderPages(query: ListQuery, range: { start: number; end: number } | null): OrderPages {
  const api = useBridgeApi();
  const qc = useQueryClient();
  const q = useMemo(() => normaliseQuery(query), [query]);

  const offsets = useMemo(() => {
    const set = new Set<number>([0]);
    if (range) {
      const first = Math.floor(Math.max(0, range.start) / PAGE_SIZE);
      const last = Math.floor(Math.max(0, range.end) / PAGE_SIZE);
      for (let p = first; p <= last && p - first < 20; p++) set.add(p * PAGE_SIZE);
    }
    return [...set].sort((a, b) => a - b);
  }, [range]);

  const results = useQueries({
    queries: offsets.map((offset) => ({ queryKey: ordersKeys.page(q, offset), queryFn: pageQueryFn(api, q, offset), staleTime: PAGE_STALE_MS })),
  });

  let latest: ListResponse | undefined;
  let latestAt = -1;
  for (const r of results) {
    if (r.data && r.dataUpdatedAt > latestAt) {
      latest = r.data;
      latestAt = r.dataUpdatedAt;
    }
  }

  // Keep the previous query's total while the new one loads so the grid does not collapse to 0.
  const [lastMeta, setLastMeta] = useState<{ total: number; counts: Record<string, number> } | null>(null);
  useEffect(() => {
    if (latest) setLastMeta((prev) => (prev && prev.total === latest.total && prev.counts === latest.counts ? prev : { total: latest.total, counts: latest.counts }));
  }, [latest]);

  const getRow = useCallback(
    (index: number) => {
      const offset = Math.floor(index / PAGE_SIZE) * PAGE_SIZE;
      return qc.getQueryData<ListResponse>(ordersKeys.page(q, offset))?.rows[index - offset];
    },
    // Re-created when any page answers, so memoised children see new rows.
    [qc, q, latestAt],
  );

  const ensureRows = useCallback(
    async (start: number, end: number) => {
      const lo = Math.max(0, Math.min(start, end));
      const hi = Math.max(start, end);
      const rows: OrderRow[] = [];
      for (let offset = Math.floor(lo / PAGE_SIZE) * PAGE_SIZE; offset <= hi; offset += PAGE_SIZE) {
        const data = await qc.fetchQuery({ queryKey: ordersKeys.page(q, offset), queryFn: pageQueryFn(api, q, offset), staleTime: PAGE_STALE_MS });
        data.rows.forEach((row, i) => {
          const index = offset + i;
          if (index >= lo && index <= hi) rows.push(row);
        });
        if (data.rows.length < PAGE_SIZE) break;
      }
      return rows;
    },
    [api, qc, q],
  );

  const first = results[0];
  return {
    getRow,
    total: latest?.total ?? lastMeta?.total ?? 0,
    counts: latest?.counts ?? lastMeta?.counts,
    loading: !latest,
    fetching: results.some((r) => r.isFetching),
    error: first?.error ?? results.find((r) => r.error)?.error ?? null,
    ensureRows,
  };
}

/** Every row of a filter, in pages of 1000, for "select all in this filter". */
export async function fetchAllRows(api: WingdeskApi, query: ListQuery, onProgress: (loaded: number, total: number) => void, signal: AbortSignal): Promise<OrderRow[]> {
  const q = normaliseQuery(query);
  const rows: OrderRow[] = [];
  let total = Infinity;
  for (let offset = 0; offset < total; offset += BULK_PAGE_SIZE) {
    if (signal.aborted) throw new DOMException('aborted', 'AbortError');
    const page = await api.ordersList({ filter: q.filter, sort: q.sort, desc: q.desc, offset, limit: BULK_PAGE_SIZE });
    total = page.total;
    rows.push(...page.rows);
    onProgress(rows.length, total);
    if (page.rows.length === 0) break;
  }
  return rows;
}

// ---- Sync state ----

export function useSyncState() {
  const api = useBridgeApi();
  return useQuery({
    queryKey: ordersKeys.syncState,
    queryFn: () => api.ordersSyncState(),
    // Faster while something is moving (a sync or the outbox draining), so results show promptly.
    refetchInterval: (query) => {
      const d = query.state.data;
      return d && (d.running || d.outboxPending > 0 || !d.online) ? 1000 : 3000;
    },
    staleTime: 0,
  });
}

export function invalidateOrders(qc: QueryClient, ids: readonly string[] = []) {
  const jobs: Promise<unknown>[] = [qc.invalidateQueries({ queryKey: ordersKeys.list }), qc.invalidateQueries({ queryKey: ordersKeys.syncState })];
  if (ids.length > 50) jobs.push(qc.invalidateQueries({ queryKey: ordersKeys.detailAll }));
  else for (const id of ids) jobs.push(qc.invalidateQueries({ queryKey: ordersKeys.detail(id) }));
  return Promise.all(jobs);
}

// ---- Detail ----

export function useOrderDetail(id: string | null) {
  const api = useBridgeApi();
  return useQuery({
    queryKey: ordersKeys.detail(id ?? ''),
    queryFn: () => api.ordersDetail({ shipmentBoxId: id! }),
    enabled: id !== null,
    staleTime: 5_000,
  });
}

// ---- Saved filters ----

export function useSavedFilters() {
  const api = useBridgeApi();
  return useQuery({ queryKey: ordersKeys.savedFilters, queryFn: () => api.ordersSavedFilters(), staleTime: 60_000 });
}

export function useFilterMutations() {
  const api = useBridgeApi();
  const qc = useQueryClient();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const wrap = useCallback(
    async <T,>(fn: () => Promise<T>) => {
      setPending(true);
      setError(null);
      try {
        return await fn();
      } catch (err) {
        setError(err);
        return null;
      } finally {
        setPending(false);
        void qc.invalidateQueries({ queryKey: ordersKeys.savedFilters });
      }
    },
    [qc],
  );
  const save = useCallback((name: string, filter: OrderFilter) => wrap(() => api.ordersSaveFilter({ name, filter: cleanFilter(filter) })), [api, wrap]);
  const remove = useCallback((id: string) => wrap(() => api.ordersDeleteFilter({ id })), [api, wrap]);
  return { save, remove, pending, error };
}

// ---- Results memory ----

export interface LastRun {
  action: ActionKind;
  summary: ResultSummary;
  at: string;
  /** Whole-call failures (the main process refused the request), shown above the summary. */
  errors: unknown[];
}

export interface OrdersUi {
  /** shipmentBoxId -> results, newest first (at most 5). */
  results: Record<string, RecordedResult[]>;
  lastRun: LastRun | null;
}

const EMPTY_UI: OrdersUi = { results: {}, lastRun: null };
const KEEP_RESULTS = 5;

export function useOrdersUi() {
  const qc = useQueryClient();
  const { data } = useQuery({ queryKey: ordersKeys.ui, queryFn: () => EMPTY_UI, initialData: EMPTY_UI, enabled: false, staleTime: Infinity, gcTime: Infinity });

  const record = useCallback(
    (action: ActionKind, results: readonly ActionResult[], errors: unknown[], sent?: ReadonlyMap<string, string>) => {
      const at = new Date().toISOString();
      qc.setQueryData<OrdersUi>(ordersKeys.ui, (prev = EMPTY_UI) => {
        const next = { ...prev.results };
        for (const r of results) {
          const entry: RecordedResult = { action, state: r.state, messageKo: r.messageKo, retryRequired: r.retryRequired, at, ...(sent?.get(r.shipmentBoxId) ? { sentInvoice: sent.get(r.shipmentBoxId) } : {}) };
          next[r.shipmentBoxId] = [entry, ...(next[r.shipmentBoxId] ?? [])].slice(0, KEEP_RESULTS);
        }
        return { results: next, lastRun: { action, summary: summarize(results), at, errors } };
      });
    },
    [qc],
  );

  /** Replaces a row's newest (queued) result with what re-reading the order showed. */
  const settle = useCallback(
    (id: string, settled: RecordedResult) => {
      qc.setQueryData<OrdersUi>(ordersKeys.ui, (prev = EMPTY_UI) => {
        const list = prev.results[id];
        if (!list?.length || list[0].state !== 'queued') return prev;
        return { ...prev, results: { ...prev.results, [id]: [settled, ...list.slice(1)] } };
      });
    },
    [qc],
  );

  const dismissRun = useCallback(() => qc.setQueryData<OrdersUi>(ordersKeys.ui, (prev = EMPTY_UI) => ({ ...prev, lastRun: null })), [qc]);

  return { ui: data ?? EMPTY_UI, record, settle, dismissRun };
}
