import { useTranslation } from 'react-i18next';
import { ComingSoon } from '../components/ComingSoon';
import { Screen } from '../components/Screen';

export function CouponsScreen() {
  const { t } = useTranslation();
  return (
    <Screen route="coupons">
      <ComingSoon description={t('screens.coupons')} />
    </Screen>
  );
}
