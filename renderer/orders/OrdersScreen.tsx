// 주문: the seller's Monday-morning screen. Reads come from the local store through the main
// process (so everything but sending works offline); actions go out per order and every order's
// result is shown where the order is.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrderFilter, OrderRow } from '../../shared/ipc/orders';
import { useBridgeApi } from '../components/api-context';
import { ErrorPanel } from '../components/ErrorPanel';
import { Screen } from '../components/Screen';
import { ActionBar, ActionSummary, computeEligibility } from './ActionBar';
import { fetchAllRows, useOrderPages, useOrdersUi, useSyncState } from './api';
import { CancelForm, type CancelRequest } from './CancelForm';
import { ConfirmPanel } from './ConfirmPanel';
import { DetailDrawer } from './DetailDrawer';
import { ExportBar } from './ExportBar';
import { FilterBar } from './FilterBar';
import { formatCount } from '../components/format';
import { InvoiceForm, type InvoiceMode } from './InvoiceForm';
import type { ActionKind, ListQuery, SortKey, TabKey } from './model';
import { sameFilter } from './model';
import { OrdersGrid } from './OrdersGrid';
import { PickingList, type PickingSource } from './PickingList';
import { StatusTabs } from './StatusTabs';
import { SyncBar } from './SyncBar';
import { useOrderActions, type InvoiceEntryInput } from './useOrderActions';
import { useOutboxReconcile } from './useOutboxReconcile';
import './orders.css';

const GRID_ID = 'orders-grid';
const RANGE_SETTLE_MS = 60;
const EMPTY_RESULTS: never[] = [];
/** Newest first for times and money; A→Z for names and statuses. */
const DEFAULT_DESC: Record<SortKey, boolean> = { orderedAt: true, orderPrice: true, receiverName: false, status: false };

type Selection = ReadonlyMap<string, OrderRow>;

export function OrdersScreen() {
  const { t } = useTranslation();
  const api = useBridgeApi();

  const [filter, setFilterState] = useState<OrderFilter>({ status: 'ALL' });
  const [sort, setSort] = useState<SortKey>('orderedAt');
  const [desc, setDesc] = useState(true);
  const query = useMemo<ListQuery>(() => ({ filter, sort, desc }), [filter, sort, desc]);
  const resetKey = JSON.stringify(query);

  // The visible range, once scrolling settles: a fling through 100,000 rows re-renders only the
  // grid, and asks only for the pages where it stops.
  const [range, setRange] = useState<{ start: number; end: number } | null>(null);
  const rangeTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const onRangeChange = useCallback((r: { start: number; end: number }) => {
    clearTimeout(rangeTimer.current);
    rangeTimer.current = setTimeout(() => setRange(r), RANGE_SETTLE_MS);
  }, []);
  useEffect(() => () => clearTimeout(rangeTimer.current), []);
  const pages = useOrderPages(query, range);
  const { getRow, total, ensureRows } = pages;

  const syncState = useSyncState();
  const sync = syncState.data;
  const offline = sync ? !sync.online : false;
  useOutboxReconcile(sync, syncState.dataUpdatedAt);

  const { ui, dismissRun } = useOrdersUi();
  const { run, pending } = useOrderActions();

  const [selection, setSelection] = useState<Selection>(new Map());
  const anchor = useRef<number | null>(null);
  const [activeIndex, setActiveIndex] = useState(0);
  const [drawerId, setDrawerId] = useState<string | null>(null);
  const [panel, setPanel] = useState<ActionKind | null>(null);
  const [picking, setPicking] = useState<PickingSource | null>(null);
  const [selectingAll, setSelectingAll] = useState<{ loaded: number; total: number } | null>(null);
  const [selectAllError, setSelectAllError] = useState<unknown>(null);
  const selectAllAbort = useRef<AbortController | null>(null);

  const queuedIds = useMemo(() => new Set(Object.entries(ui.results).flatMap(([id, list]) => (list[0]?.state === 'queued' ? [id] : []))), [ui.results]);
  const selectedRows = useMemo(() => [...selection.values()], [selection]);
  const eligibility = useMemo(() => computeEligibility(selectedRows, queuedIds), [selectedRows, queuedIds]);

  // ---- filter and sort ----

  const filterRef = useRef(filter);
  filterRef.current = filter;
  const setFilter = useCallback((next: OrderFilter) => {
    // Re-applying the same filter keeps the selection: only a real change hides rows.
    if (sameFilter(filterRef.current, next)) return;
    selectAllAbort.current?.abort();
    setFilterState(next);
    setSelection(new Map());
    anchor.current = null;
    setActiveIndex(0);
    setPanel(null);
  }, []);
  const onTab = useCallback((tab: TabKey) => tab !== filter.status && setFilter({ ...filter, status: tab }), [filter, setFilter]);
  const onSort = useCallback(
    (key: SortKey) => {
      if (key === sort) setDesc((d) => !d);
      else {
        setSort(key);
        setDesc(DEFAULT_DESC[key]);
      }
      // Rows move: an index-based range anchor would now point elsewhere.
      anchor.current = null;
      setActiveIndex(0);
    },
    [sort],
  );

  // ---- selection ----

  const toggle = useCallback(
    async (index: number, shift: boolean, clicked?: OrderRow) => {
      if (shift && anchor.current !== null && anchor.current !== index) {
        const from = anchor.current;
        const lo = Math.min(from, index);
        const hi = Math.max(from, index);
        let rows: OrderRow[] = [];
        let complete = true;
        for (let i = lo; i <= hi; i++) {
          const row = getRow(i);
          if (!row) {
            complete = false;
            break;
          }
          rows.push(row);
        }
        if (!complete) rows = await ensureRows(lo, hi);
        setSelection((prev) => {
          const next = new Map(prev);
          for (const row of rows) next.set(row.shipmentBoxId, row);
          return next;
        });
        return;
      }
      const row = clicked ?? getRow(index);
      if (!row) return;
      anchor.current = index;
      setSelection((prev) => {
        const next = new Map(prev);
        if (next.has(row.shipmentBoxId)) next.delete(row.shipmentBoxId);
        else next.set(row.shipmentBoxId, row);
        return next;
      });
    },
    [getRow, ensureRows],
  );

  const selectAll = useCallback(async () => {
    if (selectingAll || total === 0) return;
    const ctrl = new AbortController();
    selectAllAbort.current?.abort();
    selectAllAbort.current = ctrl;
    setSelectAllError(null);
    setSelectingAll({ loaded: 0, total });
    try {
      const rows = await fetchAllRows(api, query, (loaded, all) => setSelectingAll({ loaded, total: all }), ctrl.signal);
      if (!ctrl.signal.aborted) setSelection(new Map(rows.map((r) => [r.shipmentBoxId, r])));
    } catch (err) {
      if (!ctrl.signal.aborted) setSelectAllError(err);
    } finally {
      if (selectAllAbort.current === ctrl) selectAllAbort.current = null;
      setSelectingAll(null);
    }
  }, [api, query, selectingAll, total]);

  const clearSelection = () => {
    selectAllAbort.current?.abort();
    setSelection(new Map());
    anchor.current = null;
  };

  // Selected rows carry a snapshot; refresh it whenever their page comes back changed, so an
  // action's eligibility follows what the store now says.
  useEffect(() => {
    if (selection.size === 0 || !range) return;
    let changed: Map<string, OrderRow> | null = null;
    for (let i = range.start; i <= range.end; i++) {
      const row = getRow(i);
      if (!row) continue;
      const old = selection.get(row.shipmentBoxId);
      if (old && old !== row && (old.updatedAt !== row.updatedAt || old.status !== row.status || old.outboxPending !== row.outboxPending || old.claimPending !== row.claimPending)) {
        changed ??= new Map(selection);
        changed.set(row.shipmentBoxId, row);
      }
    }
    if (changed) setSelection(changed);
  }, [getRow, range, selection]);

  // ---- keyboard focus, drawer ----

  const onActivate = useCallback(
    (index: number) => {
      setActiveIndex(index);
      // An open drawer follows the cursor, like a mail preview.
      if (drawerId !== null) {
        const row = getRow(index);
        if (row) setDrawerId(row.shipmentBoxId);
      }
    },
    [drawerId, getRow],
  );
  const onOpen = useCallback(
    (index: number) => {
      setActiveIndex(index);
      const row = getRow(index);
      if (row) setDrawerId(row.shipmentBoxId);
    },
    [getRow],
  );
  const closeDrawer = useCallback(() => {
    setDrawerId(null);
    document.getElementById(GRID_ID)?.focus({ preventScroll: true });
  }, []);
  const closePicking = useCallback(() => setPicking(null), []);

  // ---- actions ----

  const afterRun = (results: { shipmentBoxId: string; state: string }[] | null) => {
    if (!results) return;
    // Sent is done with: successes and queued ones leave the selection; failures stay for a retry.
    const gone = new Set(results.filter((r) => r.state === 'done' || r.state === 'queued').map((r) => r.shipmentBoxId));
    setSelection((prev) => new Map([...prev].filter(([id]) => !gone.has(id))));
  };

  const onAction = async (action: ActionKind) => {
    if (pending) return;
    if (action === 'acknowledge') {
      const ids = eligibility.acknowledge.eligible.map((r) => r.shipmentBoxId);
      if (ids.length) afterRun(await run({ kind: 'acknowledge', ids }));
      return;
    }
    setPanel((open) => (open === action ? null : action));
  };

  const submitInvoices = async (mode: InvoiceMode, entries: InvoiceEntryInput[]) => afterRun(await run({ kind: mode, entries }));
  const submitCancel = async (req: CancelRequest) => afterRun(await run({ kind: 'cancel', ...req }));
  const submitConfirm = async (action: 'stopShipment' | 'completeLongTermUndelivery') =>
    afterRun(await run({ kind: action, ids: eligibility[action].eligible.map((r) => r.shipmentBoxId) }));

  // A panel whose orders are all handled closes by itself.
  useEffect(() => {
    if (panel && !pending && eligibility[panel].eligible.length === 0) setPanel(null);
  }, [panel, pending, eligibility]);

  const panelRows = panel ? eligibility[panel].eligible : [];

  return (
    <Screen route="orders">
      <div className="orders" data-offline={offline || undefined}>
        <SyncBar state={sync} stateError={syncState.error} />
        <StatusTabs current={filter.status} counts={pages.counts} onChange={onTab} />
        <FilterBar filter={filter} onChange={setFilter} />

        <div className="orders-toolbar">
          <div className="orders-selection" data-testid="orders-selection">
            <strong data-testid="orders-selection-count" data-count={selection.size}>
              {selection.size ? t('orders.selection.count', { n: formatCount(selection.size) }) : t('orders.selection.none')}
            </strong>
            {selectingAll ? (
              <>
                <span role="status" data-testid="orders-selecting">
                  {t('orders.selection.selecting', { loaded: formatCount(selectingAll.loaded), total: formatCount(selectingAll.total) })}
                </span>
                <button type="button" className="button button--small" onClick={() => selectAllAbort.current?.abort()}>
                  {t('orders.selection.stop')}
                </button>
              </>
            ) : (
              <button type="button" className="button button--small" data-testid="orders-select-all" disabled={total === 0 || pages.loading} onClick={selectAll}>
                {t('orders.selection.selectAll', { n: formatCount(total) })}
              </button>
            )}
            <button type="button" className="button button--small" data-testid="orders-clear-selection" disabled={selection.size === 0} onClick={clearSelection}>
              {t('orders.selection.clear')}
            </button>
          </div>
          <ExportBar filter={filter} onPicking={() => setPicking(selection.size ? { shipmentBoxIds: [...selection.keys()].slice(0, 5000) } : { filter })} />
        </div>
        <ErrorPanel error={selectAllError} testId="orders-select-all-error" />

        <ActionBar selectedCount={selection.size} eligibility={eligibility} pending={pending} open={panel} onAction={onAction} />
        <ActionSummary run={ui.lastRun} onDismiss={dismissRun} />

        {(panel === 'uploadInvoice' || panel === 'updateInvoice' || panel === 'markAlreadyShipped') && (
          <InvoiceForm
            key={panel}
            mode={panel}
            rows={panelRows}
            pending={pending === panel}
            busy={pending !== null}
            offline={offline}
            results={ui.results}
            onSubmit={(entries) => submitInvoices(panel, entries)}
            onClose={() => setPanel(null)}
          />
        )}
        {panel === 'cancel' && <CancelForm rows={panelRows} pending={pending === 'cancel'} busy={pending !== null} offline={offline} onSubmit={submitCancel} onClose={() => setPanel(null)} />}
        {(panel === 'stopShipment' || panel === 'completeLongTermUndelivery') && (
          <ConfirmPanel
            action={panel}
            rows={panelRows}
            body={panel === 'stopShipment' ? t('orders.actions.stopShipmentBody') : t('orders.actions.longTermBody')}
            pending={pending === panel}
            busy={pending !== null}
            offline={offline}
            onConfirm={() => submitConfirm(panel)}
            onClose={() => setPanel(null)}
          />
        )}

        <ErrorPanel error={pages.error} testId="orders-list-error" />
        <OrdersGrid
          gridId={GRID_ID}
          total={total}
          getRow={getRow}
          loading={pages.loading}
          fetching={pages.fetching}
          sort={sort}
          desc={desc}
          onSort={onSort}
          selected={selection}
          activeIndex={activeIndex}
          results={ui.results}
          resetKey={resetKey}
          onRangeChange={onRangeChange}
          onActivate={onActivate}
          onToggle={toggle}
          onOpen={onOpen}
          onSelectAll={selectAll}
        />
      </div>
      {drawerId && <DetailDrawer shipmentBoxId={drawerId} results={ui.results[drawerId] ?? EMPTY_RESULTS} onClose={closeDrawer} />}
      {picking && <PickingList source={picking} onClose={closePicking} />}
    </Screen>
  );
}
