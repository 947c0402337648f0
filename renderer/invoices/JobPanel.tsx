// A running or finished job: progress (rows done/total, rate, ETA), pause/resume/cancel, then the
// results — accepted, failed and skipped rows with their reasons — with retry and export.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { JobView, RowState } from '../../shared/ipc/invoices';
import { ErrorPanel } from '../components/ErrorPanel';
import { StatusBadge, type BadgeTone } from '../components/StatusBadge';
import { useExportResult, useJob, useJobAction, useJobRows } from './api';
import { downloadBase64 } from '../components/download';
import { formatDuration } from './files';

const TONE: Record<RowState, BadgeTone> = { accepted: 'ok', rejected: 'danger', skipped: 'neutral', unknown: 'warn', pending: 'info', sent: 'info' };
const TABS: Array<RowState | null> = [null, 'accepted', 'rejected', 'skipped', 'unknown', 'pending'];

export function JobPanel({ jobId, onNewFile }: { jobId: string; onNewFile: () => void }) {
  const { t, i18n } = useTranslation();
  const job = useJob(jobId);
  const action = useJobAction();
  const exporter = useExportResult();
  const [tab, setTab] = useState<RowState | null>(null);
  const [exported, setExported] = useState<string | null>(null);
  const j: JobView | undefined = job.data;
  const rows = useJobRows(jobId, tab, j);
  if (!j) return job.error ? <ErrorPanel error={job.error} /> : <p className="subtle">{t('common.loading')}</p>;

  const pct = j.total ? Math.round((j.done / j.total) * 1000) / 10 : 100;
  const finished = j.state === 'done' || j.state === 'cancelled';
  const run = (a: 'pause' | 'resume' | 'cancel' | 'retryFailed') => action.mutate({ action: a, jobId });
  const save = async (format: 'csv' | 'xlsx') => {
    const r = await exporter.mutateAsync({ jobId, format });
    downloadBase64(r.fileName, r.mimeType, r.dataBase64);
    setExported(r.fileName);
  };

  return (
    <section className="panel invoice-job" data-testid="invoice-job" data-state={j.state}>
      <header className="invoice-job__head">
        <h2 className="panel__title">
          {finished ? t('invoices.results.title') : t('invoices.job.title')} — {j.fileName}
        </h2>
        <StatusBadge tone={j.state === 'done' ? 'ok' : j.state === 'running' ? 'info' : 'warn'} testId="invoice-job-state">
          {t(`invoices.job.state_${j.state}`)}
        </StatusBadge>
      </header>
      <div className="invoice-progress" data-testid="invoice-progress">
        <div className="invoice-progress__bar" role="progressbar" aria-valuemin={0} aria-valuemax={j.total} aria-valuenow={j.done} data-testid="invoice-progress-bar">
          <div className="invoice-progress__fill" style={{ width: `${pct}%` }} />
        </div>
        <div className="invoice-progress__text">
          <strong data-testid="invoice-progress-text">{t('invoices.job.progress', { done: j.done.toLocaleString(), total: j.total.toLocaleString() })}</strong>
          {!finished && (
            <>
              <span data-testid="invoice-rate">{t('invoices.job.rate', { rate: j.rowsPerSecond })}</span>
              <span data-testid="invoice-eta">{j.etaSeconds !== null ? t('invoices.job.eta', { time: formatDuration(j.etaSeconds, i18n.language) }) : t('invoices.job.etaUnknown')}</span>
            </>
          )}
        </div>
      </div>
      <div className="invoice-summary" data-testid="invoice-counts">
        {(['accepted', 'rejected', 'skipped', 'unknown', 'pending'] as const).map((s) =>
          j.counts[s] || s === 'accepted' ? (
            <StatusBadge key={s} tone={TONE[s]} testId={`invoice-count-${s}`}>
              {t(`invoices.results.${s}`)} {j.counts[s].toLocaleString()}
            </StatusBadge>
          ) : null,
        )}
      </div>
      {j.messageKo && (
        <p className="invoice-notice" role="status" data-testid="invoice-job-message">
          {j.messageKo}
        </p>
      )}
      <div className="button-row">
        {j.state === 'running' && (
          <button type="button" className="button" onClick={() => run('pause')} data-testid="invoice-pause">
            {t('invoices.job.pause')}
          </button>
        )}
        {j.state === 'paused' && (
          <button type="button" className="button button--primary" onClick={() => run('resume')} data-testid="invoice-resume">
            {t('invoices.job.resume')}
          </button>
        )}
        {!finished && (
          <button
            type="button"
            className="button button--danger"
            data-testid="invoice-cancel"
            onClick={() => {
              if (window.confirm(t('invoices.job.cancelConfirm'))) run('cancel');
            }}
          >
            {t('invoices.job.cancel')}
          </button>
        )}
        {finished && (j.counts.rejected > 0 || j.counts.unknown > 0) && (
          <button type="button" className="button" onClick={() => run('retryFailed')} data-testid="invoice-retry">
            {t('invoices.results.retry')}
          </button>
        )}
        <button type="button" className="button" onClick={() => void save('csv')} disabled={exporter.isPending} data-testid="invoice-export-csv">
          {t('invoices.results.exportCsv')}
        </button>
        <button type="button" className="button" onClick={() => void save('xlsx')} disabled={exporter.isPending} data-testid="invoice-export-xlsx">
          {t('invoices.results.exportXlsx')}
        </button>
        {finished && (
          <button type="button" className="button" onClick={onNewFile} data-testid="invoice-new-file">
            {t('invoices.results.newFile')}
          </button>
        )}
      </div>
      {exported && (
        <p className="subtle" role="status" data-testid="invoice-exported">
          {t('invoices.results.exported', { fileName: exported })}
        </p>
      )}
      <ErrorPanel error={action.error ?? exporter.error} />
      <div className="invoice-filters" role="group">
        {TABS.map((s) => (
          <button key={s ?? 'all'} type="button" className={`button button--small${tab === s ? ' button--primary' : ''}`} aria-pressed={tab === s} data-testid={`invoice-results-${s ?? 'all'}`} onClick={() => setTab(s)}>
            {s ? t(`invoices.results.${s}`) : t('invoices.results.all')}
          </button>
        ))}
      </div>
      <div className="invoice-results" data-testid="invoice-results">
        <table>
          <thead>
            <tr>
              <th>{t('invoices.grid.row')}</th>
              <th>묶음배송번호</th>
              <th>택배사</th>
              <th>송장번호</th>
              <th>{t('invoices.grid.status')}</th>
              <th>{t('invoices.results.reason')}</th>
            </tr>
          </thead>
          <tbody>
            {(rows.data?.rows ?? []).slice(0, 2000).map((r) => (
              <tr key={r.row} data-testid={`invoice-result-${r.row}`} data-state={r.state}>
                <td>{r.row}</td>
                <td>{r.shipmentBoxId}</td>
                <td>{r.carrierCode || r.carrier}</td>
                <td>{r.invoiceNumber || r.invoice || r.estimatedShippingDate}</td>
                <td>
                  <StatusBadge tone={TONE[r.state]}>{t(`invoices.results.${r.state}`)}</StatusBadge>
                </td>
                <td className="invoice-results__reason">{r.messageKo}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
