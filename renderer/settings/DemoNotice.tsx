import { useTranslation } from 'react-i18next';

export function DemoNotice({ onCreate }: { onCreate: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="panel panel--info banner" data-testid="demo-notice">
      <strong className="banner__title">{t('settings.demo.title')}</strong>
      <p className="banner__body">{t('settings.demo.body')}</p>
      <button type="button" className="button button--primary" data-testid="demo-create-profile" onClick={onCreate}>
        {t('settings.demo.create')}
      </button>
    </div>
  );
}
