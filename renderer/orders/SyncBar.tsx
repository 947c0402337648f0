import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResponseOf } from '../../shared/ipc/contract';
import { formatKstDateTime } from '../../shared/kst';
import { useBridgeApi } from '../components/api-context';
import { ErrorPanel } from '../components/ErrorPanel';
import { StatusBadge } from '../components/StatusBadge';
import { invalidateOrders, type SyncState } from './api';
import { formatCount } from '../components/format';

function kst(at: string | null): string | null {
  return at ? formatKstDateTime(at) : null;
}

/** 동기화 button, last sync, running state and the outbox; the offline banner sits under it. */
export function SyncBar({ state, stateError }: { state: SyncState | undefined; stateError: unknown }) {
  const { t } = useTranslation();
  const api = useBridgeApi();
  const qc = useQueryClient();
  const [report, setReport] = useState<ResponseOf<'orders.sync'> | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const guard = useRef(false);

  const sync = async () => {
    if (guard.current) return;
    guard.current = true;
    setPending(true);
    setError(null);
    setReport(null);
    try {
      setReport(await api.ordersSync({}));
    } catch (err) {
      setError(err);
    } finally {
      guard.current = false;
      setPending(false);
      void invalidateOrders(qc);
    }
  };

  const running = pending || Boolean(state?.running);
  const last = kst(state?.lastSyncAt ?? null);

  return (
    <>
      <div className="orders-syncbar" data-testid="orders-sync-bar" role="group" aria-label={t('orders.sync.label')}>
        <button type="button" className="button button--primary button--small" data-testid="orders-sync" onClick={sync} disabled={running} aria-busy={running} title={t('orders.sync.buttonTitle')}>
          {running ? t('orders.sync.running') : t('orders.sync.button')}
        </button>
        {running && <span className="spinner" data-testid="orders-sync-running" aria-hidden="true" />}
        <span className="orders-syncbar__item" data-testid="orders-last-sync">
          <span className="subtle">{t('orders.sync.lastSync')}</span>{' '}
          {last ? (
            <time dateTime={state?.lastSyncAt ?? undefined}>
              {last} {t('orders.sync.kst')}
            </time>
          ) : (
            t('orders.sync.never')
          )}
        </span>
        {state && (
          <span className="orders-syncbar__item subtle" data-testid="orders-stored-count">
            {t('orders.sync.stored', { n: formatCount(state.storedOrders) })}
          </span>
        )}
        {state && state.outboxPending > 0 && (
          <StatusBadge tone="info" testId="orders-outbox-count" title={t('orders.sync.outboxTitle')}>
            {t('orders.sync.outbox', { count: state.outboxPending })}
          </StatusBadge>
        )}
        {report && (
          <span className="orders-syncbar__item orders-syncbar__ok" data-testid="orders-sync-report" role="status">
            {t('orders.sync.done', { pulled: report.pulled, inserted: report.inserted, updated: report.updated, seconds: Math.round(report.seconds * 10) / 10 })}
          </span>
        )}
        {state?.lastErrorKo && state.online && (
          <span className="orders-syncbar__item orders-syncbar__error" data-testid="orders-sync-last-error">
            {t('orders.sync.lastError')}: {state.lastErrorKo}
          </span>
        )}
      </div>
      {state && !state.online && (
        <div className="panel panel--warn orders-offline" role="status" data-testid="orders-offline-banner">
          <strong>{last ? t('orders.sync.offline', { at: `${last} ${t('orders.sync.kst')}` }) : t('orders.sync.offlineNever')}</strong>
          <span>{t('orders.sync.offlineBody')}</span>
          {state.lastErrorKo && <span className="subtle" data-testid="orders-offline-reason">{state.lastErrorKo}</span>}
        </div>
      )}
      {/* Offline, the banner above already says why the sync failed. */}
      {state?.online !== false && <ErrorPanel error={error} title={t('orders.sync.failed')} testId="orders-sync-error" />}
      <ErrorPanel error={stateError} title={t('orders.sync.stateFailed')} testId="orders-sync-state-error" />
    </>
  );
}
