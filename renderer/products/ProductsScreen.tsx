import { useTranslation } from 'react-i18next';
import { ComingSoon } from '../components/ComingSoon';
import { Screen } from '../components/Screen';

export function ProductsScreen() {
  const { t } = useTranslation();
  return (
    <Screen route="products">
      <ComingSoon description={t('screens.products')} />
    </Screen>
  );
}
