import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { App, AppProviders } from '../App';
import { createI18n } from '../i18n';
import type { FakeBridge } from './fakeBridge';

export function renderWithProviders(ui: ReactElement, fake: FakeBridge) {
  // No retries and no cache sharing: each test sees exactly what its fake bridge answered.
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const i18n = createI18n();
  const result = render(
    <AppProviders bridge={fake.bridge} queryClient={queryClient} i18n={i18n}>
      {ui}
    </AppProviders>,
  );
  return { ...result, queryClient, i18n };
}

export function renderApp(fake: FakeBridge, hash = '') {
  window.history.replaceState(null, '', `/${hash}`);
  return renderWithProviders(<App />, fake);
}
