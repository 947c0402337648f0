import { useTranslation } from 'react-i18next';
import type { ConnectionOutcome } from '../../shared/ipc/contract';
import { StatusBadge } from '../components/StatusBadge';

/**
 * What a connection test found. The texts come from main (ConnectionOutcome) because only it knows
 * the cause; Coupang's own message is shown verbatim since sellers quote it to Coupang support.
 */
export function ConnectionResult({ outcome, profileName }: { outcome: ConnectionOutcome; profileName: string }) {
  const { t } = useTranslation();
  return (
    <section
      className={outcome.ok ? 'panel panel--ok connection-result' : 'panel panel--danger connection-result'}
      data-testid="connection-result"
      data-kind={outcome.kind}
      data-ok={outcome.ok}
      role={outcome.ok ? 'status' : 'alert'}
      aria-labelledby="connection-result-title"
    >
      <header className="connection-result__header">
        <StatusBadge tone={outcome.ok ? 'ok' : 'danger'}>{outcome.ok ? t('settings.connection.ok') : t('settings.connection.failed')}</StatusBadge>
        <h3 className="connection-result__title" id="connection-result-title" data-testid="connection-title">
          {outcome.titleKo}
        </h3>
        <span className="subtle">
          {t('settings.connection.profile')}: {profileName}
        </span>
      </header>
      <dl className="facts">
        {outcome.explanationKo && (
          <>
            <dt>{t('settings.connection.explanation')}</dt>
            <dd data-testid="connection-explanation">{outcome.explanationKo}</dd>
          </>
        )}
        {outcome.fixKo && (
          <>
            <dt>{t('settings.connection.fix')}</dt>
            <dd data-testid="connection-fix">{outcome.fixKo}</dd>
          </>
        )}
        <dt>{t('settings.connection.httpStatus')}</dt>
        <dd className="mono" data-testid="connection-http-status">
          {outcome.httpStatus ?? t('common.none')}
        </dd>
        {outcome.coupangMessage !== null && (
          <>
            <dt>{t('settings.connection.coupangMessage')}</dt>
            <dd>
              <q className="verbatim" data-testid="connection-coupang-message">
                {outcome.coupangMessage}
              </q>
            </dd>
          </>
        )}
        <dt>{t('settings.connection.latency')}</dt>
        <dd className="mono" data-testid="connection-latency">
          {t('common.ms', { value: Math.round(outcome.latencyMs) })}
        </dd>
        <dt>{t('settings.connection.egressIp')}</dt>
        <dd className="mono" data-testid="connection-egress-ip">
          {outcome.egressIp ?? t('common.none')}
        </dd>
      </dl>
      {outcome.kind === 'ip-not-allowed' && <p className="hint">{t('settings.egress.hint')}</p>}
    </section>
  );
}
