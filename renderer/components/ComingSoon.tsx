import { useTranslation } from 'react-i18next';

/** Placeholder for screens still being built: says plainly what will live there. */
export function ComingSoon({ description }: { description: string }) {
  const { t } = useTranslation();
  return (
    <section className="panel coming-soon" data-testid="coming-soon">
      <h2 className="coming-soon__title">{t('comingSoon.title')}</h2>
      <p className="coming-soon__body">
        <span className="coming-soon__label">{t('comingSoon.willDo')}:</span> {description}
      </p>
    </section>
  );
}
