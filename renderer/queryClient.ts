import { QueryClient } from '@tanstack/react-query';
import { BridgeError } from './bridge';

// Every queryFn goes through the api wrapper, which only ever rejects with a BridgeError.
declare module '@tanstack/react-query' {
  interface Register {
    defaultError: BridgeError;
  }
}

// Codes that say "the pipe hiccuped" rather than "the main process answered no": only these are
// worth a retry; a validation or Coupang error would just fail again.
const TRANSIENT = new Set(['HOST_UNREACHABLE', 'BRIDGE_FAILURE']);

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: (failureCount, error) => failureCount < 2 && error instanceof BridgeError && TRANSIENT.has(error.code),
      },
      mutations: { retry: false },
    },
  });
}
