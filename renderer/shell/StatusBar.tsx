import { useTranslation } from 'react-i18next';
import type { AppStatus } from '../../shared/ipc/contract';
import { StatusBadge } from '../components/StatusBadge';
import { useAppStatus } from '../components/useApi';
import { formatKstDateTime, KEY_WARN_DAYS } from '../../shared/kst';

function RateMeter({ status }: { status: AppStatus }) {
  const { t } = useTranslation();
  const { requestsLastSecond: current, rateLimit: limit } = status;
  const ratio = limit > 0 ? Math.min(1, current / limit) : 0;
  const tone = status.paused ? 'paused' : ratio >= 0.9 ? 'high' : ratio >= 0.6 ? 'mid' : 'low';
  return (
    <span className={`rate-meter rate-meter--${tone}`} data-testid="rate-meter" data-paused={status.paused || undefined}>
      <span className="status-bar__label">{t('status.rate')}</span>
      <span
        className="rate-meter__bar"
        role="meter"
        aria-label={t('status.rate')}
        aria-valuemin={0}
        aria-valuemax={limit}
        aria-valuenow={current}
      >
        <span className="rate-meter__fill" style={{ width: `${Math.round(ratio * 100)}%` }} />
      </span>
      <span className="rate-meter__value">{t('status.rateValue', { current, limit })}</span>
      {status.paused && (
        <StatusBadge tone="danger" testId="rate-paused">
          {t('status.paused')}: {status.pausedReasonKo ?? t('status.pausedNoReason')}
        </StatusBadge>
      )}
    </span>
  );
}

function LastSync({ at }: { at: string | null }) {
  const { t } = useTranslation();
  const formatted = at ? formatKstDateTime(at) : null;
  return (
    <span className="status-bar__item" data-testid="last-sync">
      <span className="status-bar__label">{t('status.lastSync')}</span>{' '}
      {formatted ? (
        <time dateTime={at ?? undefined}>
          {formatted} {t('status.kst')}
        </time>
      ) : (
        t('status.neverSynced')
      )}
    </span>
  );
}

function KeyExpiry({ daysLeft }: { daysLeft: number | null }) {
  const { t } = useTranslation();
  if (daysLeft === null || daysLeft > KEY_WARN_DAYS) return null;
  return (
    <StatusBadge tone={daysLeft <= 0 ? 'danger' : 'warn'} testId="key-expiry-warning">
      {daysLeft <= 0 ? t('status.keyExpired') : t('status.keyExpiresIn', { count: daysLeft })}
    </StatusBadge>
  );
}

export function StatusBar() {
  const { t } = useTranslation();
  const query = useAppStatus();
  const status = query.data;
  return (
    <footer className="status-bar" data-testid="status-bar" aria-label={t('status.label')}>
      {status ? (
        <>
          <StatusBadge tone={status.mode === 'LIVE' ? 'live' : 'sandbox'} testId="mode-badge">
            {status.mode}
          </StatusBadge>
          {status.demo && (
            <StatusBadge tone="info" testId="demo-badge" title={t('status.demoTitle')}>
              {t('status.demo')}
            </StatusBadge>
          )}
          <span className="status-bar__item" data-testid="status-profile">
            <span className="status-bar__label">{t('status.profile')}</span> <strong>{status.profileName}</strong>{' '}
            <code className="status-bar__vendor">{status.vendorId}</code>
          </span>
          <RateMeter status={status} />
          <LastSync at={status.lastSyncAt} />
          <KeyExpiry daysLeft={status.keyDaysLeft} />
        </>
      ) : (
        !query.isError && <span className="status-bar__item">{t('status.loading')}</span>
      )}
      {query.isError && (
        <span className="status-bar__error" role="alert" data-testid="status-error">
          {t('status.failed')}: {query.error.messageKo}
        </span>
      )}
    </footer>
  );
}
