// TanStack Query hooks for every channel the screens use. Query keys are the channel names, so
// invalidating after a write reads like the contract.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import type { Locale, ProfileInput, ProfileView } from '../../shared/ipc/contract';
import { BridgeError } from '../bridge';
import { useBridgeApi } from './api-context';

export const queryKeys = {
  appStatus: ['app.status'] as const,
  settings: ['settings.get'] as const,
  keychain: ['keychain.status'] as const,
  profiles: ['profiles.list'] as const,
};

export const STATUS_POLL_MS = 1000;

export function useAppStatus() {
  const api = useBridgeApi();
  return useQuery({
    queryKey: queryKeys.appStatus,
    queryFn: () => api.appStatus(),
    refetchInterval: STATUS_POLL_MS,
    // The meter is only honest if it is fresh; an old value is worse than "checking".
    staleTime: 0,
  });
}

export function useSettings() {
  const api = useBridgeApi();
  return useQuery({ queryKey: queryKeys.settings, queryFn: () => api.settingsGet(), staleTime: Infinity });
}

export function useSetLocale() {
  const api = useBridgeApi();
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (locale: Locale) => api.settingsSetLocale({ locale }),
    onSuccess: (settings) => qc.setQueryData(queryKeys.settings, settings),
  });
}

export function useKeychainStatus() {
  const api = useBridgeApi();
  return useQuery({ queryKey: queryKeys.keychain, queryFn: () => api.keychainStatus(), staleTime: 60_000 });
}

export function useProfiles() {
  const api = useBridgeApi();
  return useQuery({ queryKey: queryKeys.profiles, queryFn: () => api.profilesList() });
}

function useInvalidateProfiles() {
  const qc = useQueryClient();
  return useCallback(
    () => Promise.all([qc.invalidateQueries({ queryKey: queryKeys.profiles }), qc.invalidateQueries({ queryKey: queryKeys.appStatus })]),
    [qc],
  );
}

export function useActivateProfile() {
  const api = useBridgeApi();
  const invalidate = useInvalidateProfiles();
  return useMutation({ mutationFn: (id: string | null) => api.profilesActivate({ id }), onSettled: invalidate });
}

export function useDeleteProfile() {
  const api = useBridgeApi();
  const invalidate = useInvalidateProfiles();
  return useMutation({ mutationFn: (id: string) => api.profilesDelete({ id }), onSettled: invalidate });
}

export function useTestConnection() {
  const api = useBridgeApi();
  return useMutation({ mutationFn: (id: string | null) => api.profilesTestConnection({ id }) });
}

export function useEgressIp() {
  const api = useBridgeApi();
  return useMutation({ mutationFn: (id: string | null) => api.networkEgressIp({ id }) });
}

export interface SaveProfileState {
  save: (input: ProfileInput) => Promise<ProfileView | null>;
  pending: boolean;
  error: BridgeError | null;
  reset: () => void;
}

/**
 * Saving is deliberately not a useMutation: TanStack keeps a mutation's variables in its cache
 * and in every observer's state, which would keep the secret key alive in memory for minutes after
 * the form forgot it. Here the input lives only as long as the call.
 */
export function useSaveProfile(): SaveProfileState {
  const api = useBridgeApi();
  const invalidate = useInvalidateProfiles();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<BridgeError | null>(null);

  const save = useCallback(
    async (input: ProfileInput) => {
      setPending(true);
      setError(null);
      try {
        const saved = await api.profilesSave(input);
        return saved;
      } catch (err) {
        setError(err instanceof BridgeError ? err : new BridgeError('INTERNAL', String(err)));
        return null;
      } finally {
        setPending(false);
        void invalidate();
      }
    },
    [api, invalidate],
  );
  const reset = useCallback(() => setError(null), []);
  return { save, pending, error, reset };
}
