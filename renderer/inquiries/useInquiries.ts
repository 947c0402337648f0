// TanStack Query hooks of the inquiries screen. Query keys start with 'inquiries' so one
// invalidation after a sync or an answer refreshes the list, the counts and the open detail.
import { useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { InquiryFilter, InquiryKind } from '../../shared/ipc/inquiries';
import { useBridgeApi } from '../components/api-context';

export const inquiryKeys = {
  all: ['inquiries'] as const,
  list: (filter: InquiryFilter) => ['inquiries', 'list', filter] as const,
  detail: (kind: InquiryKind, inquiryId: string) => ['inquiries', 'detail', kind, inquiryId] as const,
  templates: ['inquiries', 'templates'] as const,
  preferences: ['inquiries', 'preferences'] as const,
};

/** The list is re-read every 30 s: deadlines pass and counts change while the screen is open. */
export const LIST_REFRESH_MS = 30_000;

export function invalidateInquiries(qc: QueryClient) {
  return qc.invalidateQueries({ queryKey: inquiryKeys.all });
}

export function useInquiryList(filter: InquiryFilter) {
  const api = useBridgeApi();
  return useQuery({
    queryKey: inquiryKeys.list(filter),
    queryFn: () => api.inquiriesList({ filter, limit: 500 }),
    refetchInterval: LIST_REFRESH_MS,
    placeholderData: (prev) => prev,
  });
}

export function useInquiryDetail(selected: { kind: InquiryKind; inquiryId: string } | null) {
  const api = useBridgeApi();
  return useQuery({
    queryKey: selected ? inquiryKeys.detail(selected.kind, selected.inquiryId) : ['inquiries', 'detail', 'none'],
    queryFn: () => api.inquiriesDetail(selected!),
    enabled: selected !== null,
  });
}

export function useTemplates() {
  const api = useBridgeApi();
  return useQuery({ queryKey: inquiryKeys.templates, queryFn: () => api.inquiriesTemplates() });
}

export function usePreferences() {
  const api = useBridgeApi();
  return useQuery({ queryKey: inquiryKeys.preferences, queryFn: () => api.inquiriesPreferences(), staleTime: Infinity });
}

export function useInvalidateInquiries() {
  const qc = useQueryClient();
  return () => invalidateInquiries(qc);
}

/** The current time, re-read every `ms`: countdowns to the 24-hour mark stay honest. */
export function useNow(ms = 30_000): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const id = setInterval(() => setNow(new Date()), ms);
    return () => clearInterval(id);
  }, [ms]);
  return now;
}
