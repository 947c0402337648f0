// 송장 일괄등록: drop the courier's file → see every row and its problems → map columns → send
// as a journaled job → watch progress → keep the result. The main process does the reading,
// validating and sending; this screen only shows and asks.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InvoicePreview, PreviewOptions } from '../../shared/ipc/invoices';
import { ErrorPanel } from '../components/ErrorPanel';
import { Screen } from '../components/Screen';
import { StatusBadge } from '../components/StatusBadge';
import { useAcknowledge, useJobs, useOpenFile, usePreview, useSaveTemplate, useStartJob } from './api';
import { DropZone } from './DropZone';
import { fileToBase64 } from './files';
import { JobPanel } from './JobPanel';
import { PreviewPanel } from './PreviewPanel';
import './invoices.css';

export function InvoicesScreen() {
  const { t } = useTranslation();
  const open = useOpenFile();
  const previewer = usePreview();
  const acknowledge = useAcknowledge();
  const saveTemplate = useSaveTemplate();
  const startJob = useStartJob();
  const jobs = useJobs();
  const [preview, setPreview] = useState<InvoicePreview | null>(null);
  const [options, setOptions] = useState<PreviewOptions>({});
  const [jobId, setJobId] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const busy = open.isPending || previewer.isPending || acknowledge.isPending || startJob.isPending || saveTemplate.isPending;

  const reset = () => {
    setPreview(null);
    setOptions({});
    setJobId(null);
    setMessage(null);
    open.reset();
    startJob.reset();
  };
  const onFile = async (file: File) => {
    reset();
    const p = await open.mutateAsync({ fileName: file.name, dataBase64: await fileToBase64(file) }).catch(() => null);
    if (p) setPreview(p);
  };
  const onChange = async (next: PreviewOptions) => {
    if (!preview) return;
    setOptions(next);
    setMessage(null);
    const p = await previewer.mutateAsync({ fileId: preview.fileId, options: next }).catch(() => null);
    if (p) setPreview(p);
  };
  const onAcknowledge = async () => {
    if (!preview) return;
    const r = await acknowledge.mutateAsync({ fileId: preview.fileId, options }).catch(() => null);
    if (!r) return;
    setPreview(r.preview);
    setMessage([t('invoices.actions.acknowledged', { count: r.acknowledged }), r.failed.length ? t('invoices.actions.acknowledgeFailed', { count: r.failed.length, first: r.failed[0].messageKo }) : ''].filter(Boolean).join(' '));
  };
  const onSaveTemplate = async (name: string) => {
    if (!preview) return;
    const saved = await saveTemplate.mutateAsync({ fileId: preview.fileId, name, mapping: preview.mapping, defaultCarrier: preview.defaultCarrier, headerRow: preview.headerRow }).catch(() => null);
    if (saved) setMessage(t('invoices.mapping.saved', { name: saved.name }));
  };
  const onStart = async () => {
    if (!preview) return;
    const job = await startJob.mutateAsync({ fileId: preview.fileId, options: { ...options, mapping: preview.mapping, defaultCarrier: preview.defaultCarrier } }).catch(() => null);
    if (job) setJobId(job.id);
  };

  return (
    <Screen route="invoices">
      {jobId ? (
        <JobPanel jobId={jobId} onNewFile={reset} />
      ) : preview ? (
        <PreviewPanel preview={preview} options={options} busy={busy} onChange={onChange} onAcknowledge={onAcknowledge} onSaveTemplate={onSaveTemplate} onStart={onStart} onReset={reset} message={message} />
      ) : (
        <DropZone onFile={(f) => void onFile(f)} busy={open.isPending} />
      )}
      <ErrorPanel error={open.error ?? previewer.error ?? acknowledge.error ?? startJob.error ?? saveTemplate.error} testId="invoice-error" />
      {!jobId && (
        <section className="panel invoice-history" data-testid="invoice-history">
          <h2 className="panel__title">{t('invoices.history.title')}</h2>
          {(jobs.data ?? []).length === 0 && <p className="subtle">{t('invoices.history.empty')}</p>}
          <ul>
            {(jobs.data ?? []).slice(0, 10).map((j) => (
              <li key={j.id} data-testid={`invoice-history-${j.id}`}>
                <span>{j.createdAt.slice(0, 16).replace('T', ' ')}</span> <strong>{j.fileName}</strong>{' '}
                <StatusBadge tone={j.state === 'done' ? 'ok' : j.state === 'running' ? 'info' : 'warn'}>{t(`invoices.job.state_${j.state}`)}</StatusBadge>{' '}
                <span className="subtle">
                  {t('invoices.results.accepted')} {j.counts.accepted} · {t('invoices.results.rejected')} {j.counts.rejected} · {t('invoices.results.skipped')} {j.counts.skipped}
                </span>{' '}
                <button type="button" className="button button--small" onClick={() => setJobId(j.id)} data-testid={`invoice-history-open-${j.id}`}>
                  {t('invoices.history.open')}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </Screen>
  );
}
