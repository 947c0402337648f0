import { useTranslation } from 'react-i18next';
import { ComingSoon } from '../components/ComingSoon';
import { Screen } from '../components/Screen';

export function OrdersScreen() {
  const { t } = useTranslation();
  return (
    <Screen route="orders">
      <ComingSoon description={t('screens.orders')} />
    </Screen>
  );
}
