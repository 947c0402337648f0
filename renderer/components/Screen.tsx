import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Route } from '../router';

/** Common frame of a screen: its heading (the same words as its menu entry) and a stable testid. */
export function Screen({ route, children }: { route: Route; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <section className="screen" data-testid={`screen-${route}`} aria-labelledby={`screen-title-${route}`}>
      <header className="screen__header">
        <h1 id={`screen-title-${route}`} className="screen__title">
          {t(`nav.${route}`)}
        </h1>
      </header>
      {children}
    </section>
  );
}
