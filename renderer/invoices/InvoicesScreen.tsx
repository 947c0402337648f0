import { useTranslation } from 'react-i18next';
import { ComingSoon } from '../components/ComingSoon';
import { Screen } from '../components/Screen';

export function InvoicesScreen() {
  const { t } = useTranslation();
  return (
    <Screen route="invoices">
      <ComingSoon description={t('screens.invoices')} />
    </Screen>
  );
}
