// The order grid: a fixed-row-height virtual list (only the rows in view are in the DOM, so 100,000
// orders scroll like 100), a sticky header inside the same scroll box, and full keyboard control.
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useCallback, useEffect, useRef, type KeyboardEvent, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrderRow } from '../../shared/ipc/orders';
import { formatWon } from '../../shared/money';
import { StatusBadge } from '../components/StatusBadge';
import { formatCount, kstFull, kstMinute } from '../components/format';
import { HEADER_HEIGHT, productLabel, ROW_HEIGHT, STATUS_TONE, type RecordedResult, type SortKey } from './model';
import { ResultMark } from './ResultMark';
import { carrierLabel } from './CarrierPicker';


const OVERSCAN = 8;

type ColumnKey = 'check' | 'orderedAt' | 'status' | 'shipmentBoxId' | 'orderId' | 'receiver' | 'product' | 'quantity' | 'price' | 'invoice' | 'flags' | 'result';
const COLUMNS: { key: ColumnKey; sort?: SortKey; align?: 'end' }[] = [
  { key: 'check' },
  { key: 'orderedAt', sort: 'orderedAt' },
  { key: 'status', sort: 'status' },
  { key: 'shipmentBoxId' },
  { key: 'orderId' },
  { key: 'receiver', sort: 'receiverName' },
  { key: 'product' },
  { key: 'quantity', align: 'end' },
  { key: 'price', sort: 'orderPrice', align: 'end' },
  { key: 'invoice' },
  { key: 'flags' },
  { key: 'result' },
];

export interface OrdersGridProps {
  total: number;
  getRow: (index: number) => OrderRow | undefined;
  loading: boolean;
  fetching: boolean;
  sort: SortKey;
  desc: boolean;
  onSort: (key: SortKey) => void;
  selected: ReadonlyMap<string, OrderRow>;
  activeIndex: number;
  results: Record<string, RecordedResult[]>;
  /** Changes when the filter or sort changes: the grid jumps back to the top. */
  resetKey: string;
  onRangeChange: (range: { start: number; end: number }) => void;
  onActivate: (index: number) => void;
  /** `row` is the row that was clicked: selection goes by identity, never by a position that may have moved. */
  onToggle: (index: number, shift: boolean, row?: OrderRow) => void;
  onOpen: (index: number) => void;
  onSelectAll: () => void;
  gridId: string;
}

export function OrdersGrid(props: OrdersGridProps) {
  const { t } = useTranslation();
  const { total, getRow, activeIndex, onRangeChange, onActivate, onToggle, onOpen, onSelectAll, resetKey } = props;
  const scrollRef = useRef<HTMLDivElement>(null);

  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: OVERSCAN,
    scrollMargin: HEADER_HEIGHT,
    scrollPaddingStart: HEADER_HEIGHT,
  });
  const items = virtualizer.getVirtualItems();
  const first = items.length ? items[0].index : 0;
  const last = items.length ? items[items.length - 1].index : -1;

  useEffect(() => {
    onRangeChange({ start: first, end: Math.max(first, last) });
  }, [first, last, onRangeChange]);

  useEffect(() => {
    virtualizer.scrollToOffset(0);
  }, [resetKey]);

  useEffect(() => {
    if (activeIndex >= 0 && activeIndex < total) virtualizer.scrollToIndex(activeIndex, { align: 'auto' });
  }, [activeIndex]);

  const pageRows = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 600) / ROW_HEIGHT) - 2);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.target !== e.currentTarget && (e.target as HTMLElement).matches('input, button, select, textarea')) return;
    const move = (to: number) => {
      e.preventDefault();
      if (total > 0) onActivate(Math.max(0, Math.min(total - 1, to)));
    };
    switch (e.key) {
      case 'ArrowDown':
        if (e.shiftKey && activeIndex + 1 < total) onToggle(activeIndex + 1, true);
        return move(activeIndex + 1);
      case 'ArrowUp':
        if (e.shiftKey && activeIndex > 0) onToggle(activeIndex - 1, true);
        return move(activeIndex - 1);
      case 'PageDown':
        return move(activeIndex + pageRows);
      case 'PageUp':
        return move(activeIndex - pageRows);
      case 'Home':
        return move(0);
      case 'End':
        return move(total - 1);
      case ' ':
      case 'Spacebar':
        e.preventDefault();
        if (activeIndex >= 0) onToggle(activeIndex, e.shiftKey);
        return;
      case 'Enter':
        e.preventDefault();
        if (activeIndex >= 0) onOpen(activeIndex);
        return;
      case 'a':
      case 'A':
        if (e.ctrlKey || e.metaKey) {
          e.preventDefault();
          onSelectAll();
        }
        return;
    }
  };

  const onRowClick = useCallback(
    (index: number, row: OrderRow, e: MouseEvent) => {
      onActivate(index);
      onToggle(index, e.shiftKey, row);
    },
    [onActivate, onToggle],
  );

  const activeRow = activeIndex >= 0 ? getRow(activeIndex) : undefined;

  return (
    <div className="orders-grid-frame">
      <div
        ref={scrollRef}
        id={props.gridId}
        className="orders-grid"
        role="grid"
        tabIndex={0}
        aria-label={t('orders.grid.label')}
        aria-rowcount={total + 1}
        aria-colcount={COLUMNS.length}
        aria-multiselectable="true"
        aria-activedescendant={activeRow ? `orders-row-el-${activeIndex}` : undefined}
        aria-busy={props.loading || props.fetching}
        data-testid="orders-grid"
        data-total={total}
        onKeyDown={onKeyDown}
        onMouseDown={(e) => {
          // Checkboxes and buttons in rows must not steal focus from the grid (arrows keep working);
          // plain cells keep normal text selection so an order number can be copied.
          if ((e.target as HTMLElement).closest('input, button')) {
            e.preventDefault();
            scrollRef.current?.focus({ preventScroll: true });
          }
        }}
      >
        <div className="orders-grid__header orders-cols" role="row" aria-rowindex={1} data-testid="orders-grid-header" style={{ height: HEADER_HEIGHT }}>
          {COLUMNS.map((col) => (
            <HeaderCell key={col.key} col={col} sort={props.sort} desc={props.desc} onSort={props.onSort} />
          ))}
        </div>
        <div className="orders-grid__body" role="rowgroup" style={{ height: virtualizer.getTotalSize() }}>
          {items.map((item) => {
            const row = getRow(item.index);
            const top = item.start - HEADER_HEIGHT;
            if (!row) return <LoadingRow key={item.key} index={item.index} top={top} />;
            return (
              <GridRow
                key={item.key}
                index={item.index}
                top={top}
                row={row}
                selected={props.selected.has(row.shipmentBoxId)}
                active={item.index === activeIndex}
                result={props.results[row.shipmentBoxId]?.[0]}
                onClick={onRowClick}
                onOpen={onOpen}
              />
            );
          })}
        </div>
        {!props.loading && total === 0 && (
          <p className="orders-grid__empty" data-testid="orders-grid-empty">
            {t('orders.grid.empty')}
          </p>
        )}
        {props.loading && total === 0 && (
          <p className="orders-grid__empty" data-testid="orders-grid-loading">
            {t('orders.grid.loading')}
          </p>
        )}
      </div>
      <div className="orders-grid__footer">
        <span data-testid="orders-total">{t('orders.grid.total', { n: formatCount(total) })}</span>
        {props.fetching && <span className="subtle">{t('orders.grid.refreshing')}</span>}
        <span className="orders-grid__hint subtle">{t('orders.grid.keyboardHint')}</span>
      </div>
    </div>
  );
}

function HeaderCell({ col, sort, desc, onSort }: { col: (typeof COLUMNS)[number]; sort: SortKey; desc: boolean; onSort: (k: SortKey) => void }) {
  const { t } = useTranslation();
  const label = col.key === 'check' ? t('orders.grid.select') : t(`orders.grid.${col.key}`);
  const sorted = col.sort && col.sort === sort;
  return (
    <div
      role="columnheader"
      className={`orders-cell orders-cell--${col.key}${col.align === 'end' ? ' orders-cell--end' : ''}`}
      aria-sort={sorted ? (desc ? 'descending' : 'ascending') : col.sort ? 'none' : undefined}
    >
      {col.sort ? (
        <button type="button" className="orders-sort" data-testid={`orders-sort-${col.sort}`} data-sorted={sorted ? (desc ? 'desc' : 'asc') : undefined} onClick={() => onSort(col.sort!)} tabIndex={-1}>
          {label}
          <span className="orders-sort__arrow" aria-hidden="true">
            {sorted ? (desc ? '▼' : '▲') : '↕'}
          </span>
        </button>
      ) : col.key === 'check' ? (
        <span className="visually-hidden">{label}</span>
      ) : (
        label
      )}
    </div>
  );
}

function LoadingRow({ index, top }: { index: number; top: number }) {
  return (
    <div
      className="orders-row orders-row--loading orders-cols"
      role="row"
      aria-rowindex={index + 2}
      data-index={index}
      data-testid="orders-row-loading"
      style={{ transform: `translateY(${top}px)`, height: ROW_HEIGHT }}
    >
      <div role="gridcell" className="orders-cell orders-cell--skeleton" aria-busy="true">
        …
      </div>
    </div>
  );
}

interface GridRowProps {
  index: number;
  top: number;
  row: OrderRow;
  selected: boolean;
  active: boolean;
  result: RecordedResult | undefined;
  onClick: (index: number, row: OrderRow, e: MouseEvent) => void;
  onOpen: (index: number) => void;
}

const GridRow = memo(function GridRow({ index, top, row, selected, active, result, onClick, onOpen }: GridRowProps) {
  const { t } = useTranslation();
  const ordered = kstMinute(row.orderedAt);
  return (
    <div
      id={`orders-row-el-${index}`}
      className={['orders-row', 'orders-cols', selected && 'orders-row--selected', active && 'orders-row--active', row.claimPending && 'orders-row--claim', row.removedReasonKo && 'orders-row--removed'].filter(Boolean).join(' ')}
      role="row"
      aria-rowindex={index + 2}
      aria-selected={selected}
      data-index={index}
      data-testid={`orders-row-${row.shipmentBoxId}`}
      data-status={row.status}
      data-selected={selected || undefined}
      style={{ transform: `translateY(${top}px)`, height: ROW_HEIGHT }}
      onClick={(e) => onClick(index, row, e)}
      onDoubleClick={() => onOpen(index)}
    >
      <div role="gridcell" className="orders-cell orders-cell--check" onClick={(e) => e.stopPropagation()}>
        <input
          type="checkbox"
          tabIndex={-1}
          checked={selected}
          data-testid="orders-row-check"
          aria-label={t('orders.grid.selectRow', { id: row.shipmentBoxId })}
          onChange={() => undefined}
          onClick={(e) => {
            e.stopPropagation();
            onClick(index, row, e);
          }}
        />
      </div>
      <div role="gridcell" className="orders-cell orders-cell--orderedAt mono" title={`${kstFull(row.orderedAt)} KST`}>
        {ordered}
      </div>
      <div role="gridcell" className="orders-cell orders-cell--status" data-testid="orders-row-status">
        <StatusBadge tone={STATUS_TONE[row.status]}>{t(`orders.status.${row.status}`)}</StatusBadge>
      </div>
      <div role="gridcell" className="orders-cell orders-cell--shipmentBoxId mono">
        <button
          type="button"
          className="orders-link mono"
          tabIndex={-1}
          data-testid="orders-row-open"
          title={t('orders.grid.open')}
          onClick={(e) => {
            e.stopPropagation();
            onOpen(index);
          }}
        >
          {row.shipmentBoxId}
        </button>
      </div>
      <div role="gridcell" className="orders-cell orders-cell--orderId mono">
        {row.orderId}
      </div>
      <div role="gridcell" className="orders-cell orders-cell--receiver" title={row.receiverName}>
        <span className="orders-receiver">{row.receiverName}</span>
        {row.receiverPhoneLast4 && <span className="subtle mono"> ·{row.receiverPhoneLast4}</span>}
      </div>
      <div role="gridcell" className="orders-cell orders-cell--product" title={row.productSummary}>
        {productLabel(row, (count) => t('orders.grid.moreItems', { count }))}
      </div>
      <div role="gridcell" className="orders-cell orders-cell--quantity orders-cell--end mono">
        {row.quantityToShip}
      </div>
      <div role="gridcell" className="orders-cell orders-cell--price orders-cell--end mono">
        {formatWon(row.orderPrice)}
      </div>
      <div role="gridcell" className="orders-cell orders-cell--invoice" data-testid="orders-row-invoice">
        {row.invoiceNumber ? (
          <>
            <span className="orders-carrier">{carrierLabel(row.deliveryCompanyCode)}</span> <span className="mono">{row.invoiceNumber}</span>
          </>
        ) : (
          <span className="subtle">{t('orders.grid.noInvoice')}</span>
        )}
      </div>
      <div role="gridcell" className="orders-cell orders-cell--flags">
        {row.removedReasonKo && (
          <StatusBadge tone="neutral" testId="orders-row-flag-removed" title={row.removedReasonKo}>
            {t('orders.flags.removed')}
          </StatusBadge>
        )}
        {row.claimPending && (
          <StatusBadge tone="danger" testId="orders-row-flag-claim" title={t('orders.flags.claimTitle')}>
            {t('orders.flags.claim')}
          </StatusBadge>
        )}
        {row.receiverChanged && (
          <StatusBadge tone="warn" testId="orders-row-flag-receiver" title={t('orders.flags.receiverChangedTitle')}>
            {t('orders.flags.receiverChanged')}
          </StatusBadge>
        )}
        {row.splitShipping && <StatusBadge tone="neutral">{t('orders.flags.split')}</StatusBadge>}
        {row.outboxPending && (
          <StatusBadge tone="info" testId="orders-row-flag-outbox" title={t('orders.flags.outboxTitle')}>
            {t('orders.flags.outbox')}
          </StatusBadge>
        )}
      </div>
      <div role="gridcell" className="orders-cell orders-cell--result">
        {result && <ResultMark result={result} />}
      </div>
    </div>
  );
});
