import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { WingdeskBridge } from '../../shared/ipc/contract';
import { createApi, type WingdeskApi } from '../bridge';

const ApiContext = createContext<WingdeskApi | null>(null);

/** Screens get the bridge from context, so tests can hand in a fake one without touching window. */
export function ApiProvider({ bridge, children }: { bridge: WingdeskBridge; children: ReactNode }) {
  const api = useMemo(() => createApi(bridge), [bridge]);
  return <ApiContext.Provider value={api}>{children}</ApiContext.Provider>;
}

export function useBridgeApi(): WingdeskApi {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useBridgeApi needs an <ApiProvider> above it.');
  return api;
}
