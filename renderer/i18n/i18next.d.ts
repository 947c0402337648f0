import 'i18next';
import type ko from './ko';

// Typed keys: a misspelled or missing translation key fails the typecheck instead of showing the key.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof ko };
  }
}
