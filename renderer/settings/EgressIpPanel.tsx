import { useTranslation } from 'react-i18next';
import { ErrorPanel } from '../components/ErrorPanel';
import { useEgressIp } from '../components/useApi';

/** Coupang only accepts calls from IPs registered in Wing, so sellers need to know which IP that is. */
export function EgressIpPanel() {
  const { t } = useTranslation();
  const egress = useEgressIp();
  const result = egress.data;
  return (
    <section className="panel" aria-labelledby="egress-title">
      <h2 className="panel__title" id="egress-title">
        {t('settings.egress.title')}
      </h2>
      <div className="button-row">
        <button type="button" className="button" data-testid="egress-ip-check" disabled={egress.isPending} onClick={() => egress.mutate(null)}>
          {egress.isPending ? t('settings.egress.checking') : t('settings.egress.check')}
        </button>
        {result && (
          <span className="egress-result" data-testid="egress-ip-result" role="status">
            {result.ip ? (
              <>
                {t('settings.egress.ip')}: <strong className="mono">{result.ip}</strong> (
                {result.via === 'proxy' ? t('settings.egress.viaProxy') : t('settings.egress.viaDirect')})
              </>
            ) : (
              <>
                {t('settings.egress.unknown')}
                {result.errorKo && `: ${result.errorKo}`}
              </>
            )}
          </span>
        )}
      </div>
      <ErrorPanel error={egress.error} testId="egress-ip-error" />
      <p className="hint" data-testid="egress-ip-hint">
        {t('settings.egress.hint')}
      </p>
    </section>
  );
}
