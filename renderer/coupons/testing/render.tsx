// Renders a coupons component with the app's providers but without App (so other screens being
// built cannot break these tests).
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import type { WingdeskBridge } from '../../../shared/ipc/contract';
import { ApiProvider } from '../../components/api-context';
import { createI18n } from '../../i18n';

export function renderCoupons(ui: ReactElement, fake: { bridge: WingdeskBridge }) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const i18n = createI18n();
  const result = render(
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <ApiProvider bridge={fake.bridge}>{ui}</ApiProvider>
      </QueryClientProvider>
    </I18nextProvider>,
  );
  return { ...result, queryClient, i18n };
}
