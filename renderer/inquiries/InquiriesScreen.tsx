import { useTranslation } from 'react-i18next';
import { ComingSoon } from '../components/ComingSoon';
import { Screen } from '../components/Screen';

export function InquiriesScreen() {
  const { t } = useTranslation();
  return (
    <Screen route="inquiries">
      <ComingSoon description={t('screens.inquiries')} />
    </Screen>
  );
}
