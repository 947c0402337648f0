import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { i18n as I18n } from 'i18next';
import type { ComponentType, ReactNode } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import type { WingdeskBridge } from '../shared/ipc/contract';
import { ApiProvider } from './components/api-context';
import { CouponsScreen } from './coupons/CouponsScreen';
import { InquiriesScreen } from './inquiries/InquiriesScreen';
import { InvoicesScreen } from './invoices/InvoicesScreen';
import { OrdersScreen } from './orders/OrdersScreen';
import { ProductsScreen } from './products/ProductsScreen';
import { ReturnsScreen } from './returns/ReturnsScreen';
import { useRoute, type Route } from './router';
import { SettingsScreen } from './settings/SettingsScreen';
import { SettlementScreen } from './settlement/SettlementScreen';
import { LocaleSwitch, useSavedLocale } from './shell/LocaleSwitch';
import { NavBar } from './shell/NavBar';
import { StatusBar } from './shell/StatusBar';

const screens: Record<Route, ComponentType> = {
  orders: OrdersScreen,
  invoices: InvoicesScreen,
  products: ProductsScreen,
  coupons: CouponsScreen,
  returns: ReturnsScreen,
  inquiries: InquiriesScreen,
  settlement: SettlementScreen,
  settings: SettingsScreen,
};

/** Everything a screen needs from outside; tests pass a fake bridge and fresh instances. */
export function AppProviders({ bridge, queryClient, i18n, children }: { bridge: WingdeskBridge; queryClient: QueryClient; i18n: I18n; children: ReactNode }) {
  return (
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <ApiProvider bridge={bridge}>{children}</ApiProvider>
      </QueryClientProvider>
    </I18nextProvider>
  );
}

export function App() {
  const { t } = useTranslation();
  const route = useRoute();
  useSavedLocale();
  const Current = screens[route];
  return (
    <div className="app">
      <a className="skip-link" href="#main-content">
        {t('app.skipToContent')}
      </a>
      <header className="topbar">
        <span className="topbar__brand">{t('app.name')}</span>
        <span className="topbar__route">{t(`nav.${route}`)}</span>
        <div className="topbar__spacer" />
        <LocaleSwitch />
      </header>
      <NavBar current={route} />
      <main className="content" id="main-content" tabIndex={-1}>
        <Current key={route} />
      </main>
      <StatusBar />
    </div>
  );
}
