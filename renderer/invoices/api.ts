// TanStack Query hooks of 송장 일괄등록. Previews are mutations (they carry a file); a job is
// polled while it runs so the progress bar, rate and ETA stay live.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InvoicePreview, JobView, PreviewOptions, RowState } from '../../shared/ipc/invoices';
import { useBridgeApi } from '../components/api-context';

export const invoicesKeys = {
  jobs: ['invoices.jobs'] as const,
  job: (id: string) => ['invoices.job', id] as const,
  rows: (id: string, state: RowState | null) => ['invoices.jobRows', id, state] as const,
  templates: ['invoices.templates'] as const,
};

export const JOB_POLL_MS = 700;

export function useOpenFile() {
  const api = useBridgeApi();
  return useMutation({ mutationFn: (req: { fileName: string; dataBase64: string; options?: PreviewOptions }) => api.invoicesOpen(req) });
}

export function usePreview() {
  const api = useBridgeApi();
  return useMutation({ mutationFn: (req: { fileId: string; options?: PreviewOptions }) => api.invoicesPreview(req) });
}

export function useAcknowledge() {
  const api = useBridgeApi();
  return useMutation({ mutationFn: (req: { fileId: string; options?: PreviewOptions }) => api.invoicesAcknowledge(req) });
}

export function useSaveTemplate() {
  const api = useBridgeApi();
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (req: { fileId: string; name: string; mapping: InvoicePreview['mapping']; defaultCarrier: string | null; headerRow: number }) => api.invoicesSaveTemplate(req),
    onSuccess: () => qc.invalidateQueries({ queryKey: invoicesKeys.templates }),
  });
}

export function useStartJob() {
  const api = useBridgeApi();
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (req: { fileId: string; options?: PreviewOptions }) => api.invoicesStartJob(req),
    onSuccess: (job) => {
      qc.setQueryData(invoicesKeys.job(job.id), job);
      void qc.invalidateQueries({ queryKey: invoicesKeys.jobs });
    },
  });
}

export function useJobs() {
  const api = useBridgeApi();
  return useQuery({ queryKey: invoicesKeys.jobs, queryFn: () => api.invoicesJobs(), refetchInterval: 5000 });
}

const live = (job: JobView | undefined) => !!job && (job.active || job.state === 'running' || job.counts.sent > 0);

export function useJob(jobId: string | null) {
  const api = useBridgeApi();
  return useQuery({
    queryKey: invoicesKeys.job(jobId ?? ''),
    queryFn: () => api.invoicesJob({ jobId: jobId! }),
    enabled: !!jobId,
    refetchInterval: (q) => (live(q.state.data) ? JOB_POLL_MS : false),
  });
}

export function useJobRows(jobId: string | null, state: RowState | null, job: JobView | undefined) {
  const api = useBridgeApi();
  return useQuery({
    queryKey: [...invoicesKeys.rows(jobId ?? '', state), job?.done, job?.counts.unknown, job?.state],
    queryFn: () => api.invoicesJobRows({ jobId: jobId!, state, offset: 0, limit: 5000 }),
    enabled: !!jobId,
    placeholderData: (prev) => prev,
  });
}

export function useJobAction() {
  const api = useBridgeApi();
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ action, jobId }: { action: 'pause' | 'resume' | 'cancel' | 'retryFailed'; jobId: string }) => {
      if (action === 'pause') return api.invoicesPause({ jobId });
      if (action === 'resume') return api.invoicesResume({ jobId });
      if (action === 'cancel') return api.invoicesCancel({ jobId });
      return api.invoicesRetryFailed({ jobId });
    },
    onSuccess: (job) => {
      qc.setQueryData(invoicesKeys.job(job.id), job);
      void qc.invalidateQueries({ queryKey: invoicesKeys.jobs });
    },
  });
}

export function useExportResult() {
  const api = useBridgeApi();
  return useMutation({ mutationFn: (req: { jobId: string; format: 'csv' | 'xlsx' }) => api.invoicesExportResult(req) });
}
