// 반품·교환: returns and stop requests, exchanges, and returns the customer withdrew, each listed
// by period and status from the local store (readable offline), with a detail panel that offers
// only the actions the item's state allows. "쿠팡에서 받기" pulls the period from Coupang.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReturnFilter } from '../../shared/ipc/returns';
import { addKstDays, kstDate } from '../../shared/kst';
import { EXCHANGE_STATUSES, EXCHANGE_STATUS_KO, RECEIPT_STATUSES, RECEIPT_STATUS_KO, RETURNS_LOOKBACK_DAYS, RETURNS_REFRESH } from '../../shared/returns';
import { ErrorPanel } from '../components/ErrorPanel';
import { Screen } from '../components/Screen';
import { StatusBadge } from '../components/StatusBadge';
import { useExchangesList, useReturnsList, useReturnsSync, useReturnsSyncState, useWithdrawals } from './api';
import { ExchangeDetail } from './ExchangeDetail';
import { formatCount, kstFull, kstMinute } from '../components/format';
import { StatusPill } from './parts';
import { ReturnDetail } from './ReturnDetail';
import './returns.css';

type Tab = 'returns' | 'exchanges' | 'withdrawals';
const TABS: Tab[] = ['returns', 'exchanges', 'withdrawals'];
/** Default period: the last 30 KST days, today included (what a sync pulls by default). */

function defaultFilter(): ReturnFilter {
  const to = kstDate();
  return { status: 'OPEN', from: addKstDays(to, -(RETURNS_LOOKBACK_DAYS - 1)), to };
}

function SyncBar({ period }: { period: { from?: string; to?: string } }) {
  const { t } = useTranslation();
  const state = useReturnsSyncState();
  const sync = useReturnsSync();
  const asked = useRef(false);
  const s = state.data;
  const running = sync.isPending || Boolean(s?.running);

  // First visit: nothing stored yet, so fetch once without being asked.
  useEffect(() => {
    if (asked.current || !s || s.lastSyncAt || s.lastErrorKo || running) return;
    asked.current = true;
    sync.mutate({ from: period.from, to: period.to });
  }, [s, running, sync, period.from, period.to]);

  return (
    <div className="returns-syncbar" role="group" aria-label={t('returns.sync.label')} data-testid="returns-sync-bar">
      <button type="button" className="button button--primary button--small" data-testid="returns-sync" disabled={running} aria-busy={running} title={t('returns.sync.buttonTitle', { days: RETURNS_LOOKBACK_DAYS, minutes: RETURNS_REFRESH.intervalMs / 60_000 })} onClick={() => sync.mutate({ from: period.from, to: period.to })}>
        {running ? t('returns.sync.running') : t('returns.sync.button')}
      </button>
      <span data-testid="returns-last-sync">
        <span className="subtle">{t('returns.sync.lastSync')}</span> {s?.lastSyncAt ? `${kstFull(s.lastSyncAt)} ${t('returns.sync.kst')}` : t('returns.sync.never')}
      </span>
      {s && <span className="subtle">{t('returns.sync.stored', { receipts: formatCount(s.receipts), exchanges: formatCount(s.exchanges), withdrawals: formatCount(s.withdrawals) })}</span>}
      {sync.data && !sync.isPending && (
        <span role="status" data-testid="returns-sync-report">
          {t('returns.sync.report', { receipts: sync.data.receipts, exchanges: sync.data.exchanges, withdrawals: sync.data.withdrawals, seconds: sync.data.seconds })}
        </span>
      )}
      <ErrorPanel error={sync.error} testId="returns-sync-error" />
      {!sync.error && s?.lastErrorKo && (
        <p className="panel panel--warn returns-syncbar__error" data-testid="returns-sync-last-error">
          {s.lastErrorKo} {t('returns.sync.offlineHint')}
        </p>
      )}
    </div>
  );
}

function FilterBar({ tab, filter, onChange }: { tab: Tab; filter: ReturnFilter; onChange: (f: ReturnFilter) => void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(filter);
  useEffect(() => setDraft(filter), [filter]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onChange({ ...draft, search: draft.search?.trim() || undefined });
  };
  const statuses: ReadonlyArray<readonly [string, string]> =
    tab === 'returns' ? RECEIPT_STATUSES.map((s) => [s, RECEIPT_STATUS_KO[s]] as const) : tab === 'exchanges' ? EXCHANGE_STATUSES.map((s) => [s, EXCHANGE_STATUS_KO[s]] as const) : [];
  return (
    <form className="returns-filter" onSubmit={submit} aria-label={t('returns.filter.label')} data-testid="returns-filter">
      <label className="field">
        <span className="field__label">{t('returns.filter.from')}</span>
        <input type="date" className="field__control" data-testid="returns-filter-from" value={draft.from ?? ''} onChange={(e) => setDraft({ ...draft, from: e.target.value || undefined })} />
      </label>
      <label className="field">
        <span className="field__label">{t('returns.filter.to')}</span>
        <input type="date" className="field__control" data-testid="returns-filter-to" value={draft.to ?? ''} onChange={(e) => setDraft({ ...draft, to: e.target.value || undefined })} />
      </label>
      {tab !== 'withdrawals' && (
        <>
          <label className="field">
            <span className="field__label">{t('returns.filter.status')}</span>
            <select className="field__control" data-testid="returns-filter-status" value={draft.status} onChange={(e) => onChange({ ...draft, status: e.target.value })}>
              <option value="OPEN">{t('returns.filter.open')}</option>
              <option value="ALL">{t('returns.filter.all')}</option>
              {statuses.map(([code, label]) => (
                <option key={code} value={code}>
                  {label}
                </option>
              ))}
            </select>
          </label>
          <label className="field returns-filter__search">
            <span className="field__label">{t('returns.filter.search')}</span>
            <input type="search" className="field__control" data-testid="returns-search" placeholder={t('returns.filter.searchPlaceholder')} value={draft.search ?? ''} onChange={(e) => setDraft({ ...draft, search: e.target.value })} />
          </label>
        </>
      )}
      <button type="submit" className="button button--small" data-testid="returns-filter-apply">
        {t('returns.filter.apply')}
      </button>
    </form>
  );
}

function Counts({ counts, order, labels, current, onPick }: { counts: Record<string, number> | undefined; order: readonly string[]; labels: Record<string, string>; current: string; onPick: (s: string) => void }) {
  const { t } = useTranslation();
  if (!counts) return null;
  const keys = ['OPEN', 'ALL', ...order.filter((s) => counts[s])];
  return (
    <div className="returns-counts" role="group" data-testid="returns-counts">
      {keys.map((k) => (
        <button key={k} type="button" className={`button button--small${current === k ? ' button--primary' : ''}`} data-testid={`returns-count-${k}`} aria-pressed={current === k} onClick={() => onPick(k)}>
          {k === 'OPEN' ? t('returns.filter.open') : k === 'ALL' ? t('returns.filter.all') : labels[k]} {formatCount(counts[k] ?? 0)}
        </button>
      ))}
    </div>
  );
}

function ReturnsTable({ filter, onFilter, selected, onSelect }: { filter: ReturnFilter; onFilter: (f: ReturnFilter) => void; selected: string | null; onSelect: (id: string) => void }) {
  const { t } = useTranslation();
  const list = useReturnsList(filter);
  const rows = list.data?.rows ?? [];
  return (
    <>
      <Counts counts={list.data?.counts} order={RECEIPT_STATUSES} labels={RECEIPT_STATUS_KO} current={filter.status} onPick={(status) => onFilter({ ...filter, status })} />
      <ErrorPanel error={list.error} testId="returns-list-error" />
      {list.data && !rows.length ? (
        <p className="empty" data-testid="returns-empty">
          {t('returns.empty.returns')}
        </p>
      ) : (
        <div className="table-wrap">
          <table className="table returns-table" data-testid="returns-table">
            <thead>
              <tr>
                <th scope="col">{t('returns.columns.createdAt')}</th>
                <th scope="col">{t('returns.columns.receiptId')}</th>
                <th scope="col">{t('returns.columns.status')}</th>
                <th scope="col">{t('returns.columns.customer')}</th>
                <th scope="col">{t('returns.columns.product')}</th>
                <th scope="col">{t('returns.columns.quantity')}</th>
                <th scope="col">{t('returns.columns.reason')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.receiptId} data-testid={`returns-row-${r.receiptId}`} className={selected === r.receiptId ? 'row--active' : undefined} aria-selected={selected === r.receiptId} onClick={() => onSelect(r.receiptId)}>
                  <td className="cell--nowrap mono" title={kstFull(r.createdAt)}>
                    {kstMinute(r.createdAt)}
                  </td>
                  <td className="cell--nowrap">
                    <button type="button" className="link-button mono" data-testid="returns-row-open" onClick={() => onSelect(r.receiptId)}>
                      {r.receiptId}
                    </button>
                  </td>
                  <td className="cell--nowrap">
                    <StatusPill status={r.receiptStatus} label={r.receiptStatusKo} testId="returns-row-status" /> {r.releaseStop && <StatusBadge tone="danger">{t('returns.badges.releaseStop')}</StatusBadge>}
                  </td>
                  <td>{r.requesterName}</td>
                  <td className="cell--truncate" title={r.productSummary}>
                    {r.productSummary}
                  </td>
                  <td>{r.cancelCountSum}</td>
                  <td className="cell--truncate" title={r.reasonCode ?? undefined}>
                    {r.reasonKo}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {list.data && (
        <p className="subtle" data-testid="returns-count">
          {t('returns.count', { shown: formatCount(rows.length), total: formatCount(list.data.total) })}
        </p>
      )}
    </>
  );
}

function ExchangesTable({ filter, onFilter, selected, onSelect }: { filter: ReturnFilter; onFilter: (f: ReturnFilter) => void; selected: string | null; onSelect: (id: string) => void }) {
  const { t } = useTranslation();
  const list = useExchangesList(filter);
  const rows = list.data?.rows ?? [];
  return (
    <>
      <Counts counts={list.data?.counts} order={EXCHANGE_STATUSES} labels={EXCHANGE_STATUS_KO} current={filter.status} onPick={(status) => onFilter({ ...filter, status })} />
      <ErrorPanel error={list.error} testId="exchanges-list-error" />
      {list.data && !rows.length ? (
        <p className="empty" data-testid="exchanges-empty">
          {t('returns.empty.exchanges')}
        </p>
      ) : (
        <div className="table-wrap">
          <table className="table returns-table" data-testid="exchanges-table">
            <thead>
              <tr>
                <th scope="col">{t('returns.columns.createdAt')}</th>
                <th scope="col">{t('returns.columns.exchangeId')}</th>
                <th scope="col">{t('returns.columns.status')}</th>
                <th scope="col">{t('returns.columns.collect')}</th>
                <th scope="col">{t('returns.columns.customer')}</th>
                <th scope="col">{t('returns.columns.product')}</th>
                <th scope="col">{t('returns.columns.quantity')}</th>
                <th scope="col">{t('returns.columns.reason')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((e) => (
                <tr key={e.exchangeId} data-testid={`exchange-row-${e.exchangeId}`} className={selected === e.exchangeId ? 'row--active' : undefined} aria-selected={selected === e.exchangeId} onClick={() => onSelect(e.exchangeId)}>
                  <td className="cell--nowrap mono" title={kstFull(e.createdAt)}>
                    {kstMinute(e.createdAt)}
                  </td>
                  <td className="cell--nowrap">
                    <button type="button" className="link-button mono" data-testid="exchange-row-open" onClick={() => onSelect(e.exchangeId)}>
                      {e.exchangeId}
                    </button>
                  </td>
                  <td className="cell--nowrap">
                    <StatusPill status={e.exchangeStatus} label={e.exchangeStatusKo} testId="exchange-row-status" />
                  </td>
                  <td className="cell--nowrap">{e.collectStatusKo}</td>
                  <td>{e.customerName}</td>
                  <td className="cell--truncate" title={e.productSummary}>
                    {e.productSummary}
                  </td>
                  <td>{e.quantity}</td>
                  <td className="cell--truncate" title={e.reasonCode ?? undefined}>
                    {e.reasonKo}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {list.data && (
        <p className="subtle" data-testid="exchanges-count">
          {t('returns.count', { shown: formatCount(rows.length), total: formatCount(list.data.total) })}
        </p>
      )}
    </>
  );
}

function WithdrawalsTable({ filter, onSelect }: { filter: ReturnFilter; onSelect: (id: string) => void }) {
  const { t } = useTranslation();
  const list = useWithdrawals(filter.from, filter.to);
  const rows = list.data?.rows ?? [];
  return (
    <>
      <ErrorPanel error={list.error} testId="withdrawals-list-error" />
      {list.data && !rows.length ? (
        <p className="empty" data-testid="withdrawals-empty">
          {t('returns.empty.withdrawals')}
        </p>
      ) : (
        <div className="table-wrap">
          <table className="table returns-table" data-testid="withdrawals-table">
            <thead>
              <tr>
                <th scope="col">{t('returns.columns.withdrawnAt')}</th>
                <th scope="col">{t('returns.columns.receiptId')}</th>
                <th scope="col">{t('returns.columns.orderId')}</th>
                <th scope="col">{t('returns.columns.customer')}</th>
                <th scope="col">{t('returns.columns.product')}</th>
                <th scope="col">{t('returns.columns.duty')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((w) => (
                <tr key={w.cancelId} data-testid={`withdrawal-row-${w.cancelId}`} onClick={() => onSelect(w.cancelId)}>
                  <td className="cell--nowrap mono">{kstMinute(w.withdrawnAt)}</td>
                  <td className="cell--nowrap mono">{w.cancelId}</td>
                  <td className="cell--nowrap mono">{w.orderId}</td>
                  <td>{w.requesterName}</td>
                  <td className="cell--truncate">{w.productSummary || w.vendorItemIds.join(', ')}</td>
                  <td>{w.refundDeliveryDutyKo}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

export function ReturnsScreen() {
  const { t } = useTranslation();
  const [tab, setTab] = useState<Tab>('returns');
  const [filters, setFilters] = useState<Record<Tab, ReturnFilter>>(() => ({ returns: defaultFilter(), exchanges: defaultFilter(), withdrawals: { ...defaultFilter(), status: 'ALL' } }));
  const [selected, setSelected] = useState<{ kind: 'return' | 'exchange'; id: string } | null>(null);
  const filter = filters[tab];
  const setFilter = (f: ReturnFilter) => setFilters((all) => ({ ...all, [tab]: f }));

  return (
    <Screen route="returns">
      <div className="returns" data-testid="returns">
        <SyncBar period={{ from: filter.from, to: filter.to }} />
        <div className="returns-tabs" role="tablist" aria-label={t('returns.tabs.label')}>
          {TABS.map((k) => (
            <button
              key={k}
              type="button"
              role="tab"
              aria-selected={tab === k}
              className={`returns-tab${tab === k ? ' returns-tab--current' : ''}`}
              data-testid={`returns-tab-${k}`}
              onClick={() => {
                setTab(k);
                setSelected(null);
              }}
            >
              {t(`returns.tabs.${k}`)}
            </button>
          ))}
        </div>
        <FilterBar tab={tab} filter={filter} onChange={setFilter} />
        <p className="hint">{t('returns.filter.periodHint')}</p>
        <div className={`returns-body${selected ? ' returns-body--detail' : ''}`}>
          <div className="returns-body__list" role="tabpanel">
            {tab === 'returns' && <ReturnsTable filter={filter} onFilter={setFilter} selected={selected?.kind === 'return' ? selected.id : null} onSelect={(id) => setSelected({ kind: 'return', id })} />}
            {tab === 'exchanges' && <ExchangesTable filter={filter} onFilter={setFilter} selected={selected?.kind === 'exchange' ? selected.id : null} onSelect={(id) => setSelected({ kind: 'exchange', id })} />}
            {tab === 'withdrawals' && <WithdrawalsTable filter={filter} onSelect={(id) => setSelected({ kind: 'return', id })} />}
          </div>
          {selected?.kind === 'return' && <ReturnDetail key={selected.id} receiptId={selected.id} onClose={() => setSelected(null)} />}
          {selected?.kind === 'exchange' && <ExchangeDetail key={selected.id} exchangeId={selected.id} onClose={() => setSelected(null)} />}
        </div>
      </div>
    </Screen>
  );
}
