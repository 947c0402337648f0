import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { z } from 'zod';
import { App, AppProviders } from './App';
import { resolveBridge } from './bridge';
import { createI18n } from './i18n';
import { createQueryClient } from './queryClient';
import './styles.css';

// The CSP has no 'unsafe-eval': without this, zod's first parse probes `new Function` and the
// browser logs a CSP violation on every start.
z.config({ jitless: true });

// Resolved before the first render so the host token leaves the address bar immediately.
const bridge = resolveBridge();
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element.');

createRoot(root).render(
  <StrictMode>
    <AppProviders bridge={bridge} queryClient={createQueryClient()} i18n={createI18n()}>
      <App />
    </AppProviders>
  </StrictMode>,
);
