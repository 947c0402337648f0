import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../shared/ipc/contract';
import { useSetLocale, useSettings } from '../components/useApi';
import { isLocale } from '../i18n';

/** Applies the saved language once the main process tells us what it is. */
export function useSavedLocale(): void {
  const { i18n } = useTranslation();
  const saved = useSettings().data?.locale;
  useEffect(() => {
    if (saved && saved !== i18n.language) void i18n.changeLanguage(saved);
  }, [saved, i18n]);
}

export function LocaleSwitch() {
  const { t, i18n } = useTranslation();
  const setLocale = useSetLocale();
  const current: Locale = isLocale(i18n.language) ? i18n.language : 'ko';

  const choose = (next: string) => {
    if (!isLocale(next) || next === current) return;
    // Switch first so the seller sees the change at once; saving is only about the next start.
    void i18n.changeLanguage(next);
    setLocale.mutate(next);
  };

  return (
    <div className="locale-switch">
      <label className="locale-switch__label" htmlFor="locale-switch">
        {t('locale.label')}
      </label>
      <select id="locale-switch" data-testid="locale-switch" value={current} onChange={(e) => choose(e.target.value)}>
        <option value="ko">{t('locale.ko')}</option>
        <option value="en">{t('locale.en')}</option>
      </select>
      {setLocale.isError && (
        <span className="locale-switch__error" role="alert" data-testid="locale-error">
          {t('locale.saveFailed', { message: setLocale.error.messageKo })}
        </span>
      )}
    </div>
  );
}
