import { useTranslation } from 'react-i18next';
import { hrefFor, routes, type Route } from '../router';

export function NavBar({ current }: { current: Route }) {
  const { t } = useTranslation();
  return (
    <nav className="nav" aria-label={t('nav.label')}>
      <ul className="nav__list">
        {routes.map((route) => (
          <li key={route}>
            <a
              className={route === current ? 'nav__link nav__link--current' : 'nav__link'}
              href={hrefFor(route)}
              data-testid={`nav-${route}`}
              aria-current={route === current ? 'page' : undefined}
            >
              {t(`nav.${route}`)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
