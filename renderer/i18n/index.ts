import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Locale } from '../../shared/ipc/contract';
import en from './en';
import ko from './ko';

export const resources = { ko: { translation: ko }, en: { translation: en } } as const;
export const DEFAULT_LOCALE: Locale = 'ko';

/**
 * One instance per app (and per test), so a test switching to English cannot leak into the next.
 * Korean is both the start language and the fallback: the saved choice is applied once
 * `settings.get` answers.
 */
export function createI18n(lng: Locale = DEFAULT_LOCALE): I18n {
  const instance = i18next.createInstance();
  instance.use(initReactI18next).init({
    resources,
    lng,
    fallbackLng: DEFAULT_LOCALE,
    supportedLngs: ['ko', 'en'],
    // React already escapes text; escaping twice would show &amp; to sellers.
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  });
  const applyLang = (l: string) => {
    if (typeof document !== 'undefined') document.documentElement.lang = l;
  };
  applyLang(instance.language);
  instance.on('languageChanged', applyLang);
  return instance;
}

export function isLocale(value: string | undefined): value is Locale {
  return value === 'ko' || value === 'en';
}
