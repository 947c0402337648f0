import { useTranslation } from 'react-i18next';
import { ComingSoon } from '../components/ComingSoon';
import { Screen } from '../components/Screen';

export function SettlementScreen() {
  const { t } = useTranslation();
  return (
    <Screen route="settlement">
      <ComingSoon description={t('screens.settlement')} />
    </Screen>
  );
}
