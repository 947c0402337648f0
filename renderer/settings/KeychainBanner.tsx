import { useTranslation } from 'react-i18next';
import { useKeychainStatus } from '../components/useApi';

/** Only speaks up when the keychain is missing: then saving a secret is impossible, and we say why. */
export function KeychainBanner() {
  const { t } = useTranslation();
  const { data } = useKeychainStatus();
  if (!data || data.available) return null;
  return (
    <div className="panel panel--warn banner" role="alert" data-testid="keychain-banner">
      <strong className="banner__title">{t('settings.keychain.title')}</strong>
      {data.reasonKo && (
        <p className="banner__reason" data-testid="keychain-reason">
          {data.reasonKo}
        </p>
      )}
      <p className="banner__body">{t('settings.keychain.plaintext')}</p>
    </div>
  );
}
