import { useTranslation } from 'react-i18next';
import { ComingSoon } from '../components/ComingSoon';
import { Screen } from '../components/Screen';

export function ReturnsScreen() {
  const { t } = useTranslation();
  return (
    <Screen route="returns">
      <ComingSoon description={t('screens.returns')} />
    </Screen>
  );
}
