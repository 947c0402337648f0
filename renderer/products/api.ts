// TanStack Query hooks of the product screen. Keys start with the channel name.
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { ResponseOf } from '../../shared/ipc/contract';
import { buildFormModel, type FormModel } from '../../shared/products/form-model';
import { useBridgeApi } from '../components/api-context';

export type MetaResponse = ResponseOf<'categories.meta'>;
export type PlacesResponse = ResponseOf<'products.places'>;

export const productsKeys = {
  drafts: ['products.drafts'] as const,
  draft: (id: string) => ['products.draftGet', id] as const,
  meta: (code: string) => ['categories.meta', code] as const,
  children: (code: string) => ['categories.children', code] as const,
  places: ['products.places'] as const,
  list: ['products.list'] as const,
  detail: (id: string) => ['products.get', id] as const,
  status: (id: string) => ['products.status', id] as const,
};

export function useCategoryMeta(code: string | null) {
  const api = useBridgeApi();
  return useQuery({
    queryKey: productsKeys.meta(code ?? ''),
    queryFn: () => api.categoriesMeta({ code: code! }),
    enabled: !!code,
    staleTime: 10 * 60_000,
  });
}

/** The form built from the meta (memoised per answer by TanStack's structural sharing). */
export function useFormModel(code: string | null): { model: FormModel | null; meta: MetaResponse | undefined; loading: boolean; error: unknown } {
  const q = useCategoryMeta(code);
  const model = useMemo(() => (q.data ? buildFormModel(q.data.meta) : null), [q.data]);
  return { model, meta: q.data, loading: q.isFetching && !q.data, error: q.error };
}

export function usePlaces(enabled = true) {
  const api = useBridgeApi();
  return useQuery({ queryKey: productsKeys.places, queryFn: () => api.productsPlaces(), enabled, staleTime: 60_000 });
}

export function useDrafts() {
  const api = useBridgeApi();
  return useQuery({ queryKey: productsKeys.drafts, queryFn: () => api.productsDrafts() });
}
