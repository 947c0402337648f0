// The file as wingdesk read it: encoding and sheet, the column mapping (with templates), every
// row with its problems highlighted and filterable, and what can be done before sending.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { carriers } from '../../shared/carriers';
import { ENCODING_LABEL_KO } from '../../shared/invoices/encoding';
import { FIELD_LABEL_EN, FIELD_LABEL_KO, FIELDS, type Field } from '../../shared/invoices/columns';
import { PROBLEM_LABEL_KO, type ProblemCode } from '../../shared/invoices/problems';
import type { InvoicePreview, InvoiceProblem, PreviewOptions, PreviewRow } from '../../shared/ipc/invoices';
import { StatusBadge } from '../components/StatusBadge';

const REQUIRED: Field[] = ['shipmentBoxId', 'carrier', 'invoiceNumber'];
type RowFilter = 'all' | 'problems' | 'valid' | ProblemCode;
const ROW_HEIGHT = 36;
const LINE_HEIGHT = 22;

export interface PreviewPanelProps {
  preview: InvoicePreview;
  options: PreviewOptions;
  busy: boolean;
  onChange: (options: PreviewOptions) => void;
  onAcknowledge: () => void;
  onSaveTemplate: (name: string) => void;
  onStart: () => void;
  onReset: () => void;
  message: string | null;
}

export function PreviewPanel({ preview, options, busy, onChange, onAcknowledge, onSaveTemplate, onStart, onReset, message }: PreviewPanelProps) {
  const { t, i18n } = useTranslation();
  const en = i18n.language === 'en';
  const [filter, setFilter] = useState<RowFilter>('all');
  const [templateName, setTemplateName] = useState('');
  const problemsByRow = useMemo(() => {
    const m = new Map<number, InvoiceProblem[]>();
    for (const p of preview.problems) m.set(p.row, [...(m.get(p.row) ?? []), p]);
    return m;
  }, [preview.problems]);
  const columnOf = useMemo(() => {
    const names = {} as Record<Field, string>;
    for (const f of FIELDS) {
      const col = preview.mapping[f];
      names[f] = (col !== undefined && preview.headers[col]?.trim()) || FIELD_LABEL_KO[f];
    }
    return names;
  }, [preview.mapping, preview.headers]);
  const rows = useMemo(() => {
    if (filter === 'all') return preview.rows;
    if (filter === 'problems') return preview.rows.filter((r) => r.codes.length || r.heldKo);
    if (filter === 'valid') return preview.rows.filter((r) => !r.codes.length && !r.heldKo);
    return preview.rows.filter((r) => r.codes.includes(filter));
  }, [preview.rows, filter]);
  const headerRowProblems = preview.problems.filter((p) => p.code === 'MISSING_COLUMN');
  const setMapping = (field: Field, value: string) => {
    const mapping = { ...preview.mapping };
    if (value === '') delete mapping[field];
    else mapping[field] = Number(value);
    onChange({ ...options, mapping });
  };
  const correctOn = options.correct === true;

  return (
    <div className="invoice-preview" data-testid="invoice-preview">
      <section className="panel invoice-file">
        <div className="invoice-file__line">
          <strong data-testid="invoice-file-name">{t('invoices.file.summary', { fileName: preview.fileName, total: preview.total })}</strong>
          {preview.kind === 'csv' && (
            <label className="invoice-field">
              {t('invoices.file.encoding')}
              <select data-testid="invoice-encoding" value={options.encoding ?? 'auto'} disabled={busy} onChange={(e) => onChange({ ...options, encoding: e.target.value as PreviewOptions['encoding'] })}>
                <option value="auto">{t('invoices.file.auto')}</option>
                <option value="utf-8">UTF-8</option>
                <option value="cp949">CP949 (EUC-KR)</option>
                <option value="utf-16le">UTF-16LE</option>
              </select>
            </label>
          )}
          {preview.encoding && (
            <span className="subtle" data-testid="invoice-encoding-detected">
              {ENCODING_LABEL_KO[preview.encoding as keyof typeof ENCODING_LABEL_KO] ?? preview.encoding}
              {preview.detectedEncoding && preview.detectedEncoding !== preview.encoding && ` · ${t('invoices.file.detected', { encoding: ENCODING_LABEL_KO[preview.detectedEncoding as keyof typeof ENCODING_LABEL_KO] ?? preview.detectedEncoding })}`}
            </span>
          )}
          {preview.sheets.length > 1 && (
            <label className="invoice-field">
              {t('invoices.file.sheet')}
              <select data-testid="invoice-sheet" value={preview.sheet ?? ''} disabled={busy} onChange={(e) => onChange({ ...options, sheet: e.target.value, mapping: undefined, headerRow: undefined })}>
                {preview.sheets.map((s) => (
                  <option key={s}>{s}</option>
                ))}
              </select>
            </label>
          )}
          <label className="invoice-field">
            {t('invoices.file.headerRow')}
            <input type="number" min={1} className="invoice-field__num" data-testid="invoice-header-row" value={preview.headerRow} disabled={busy} onChange={(e) => onChange({ ...options, headerRow: Math.max(1, Number(e.target.value) || 1), mapping: undefined })} />
          </label>
          <button type="button" className="button button--small" onClick={onReset} data-testid="invoice-another">
            {t('invoices.file.another')}
          </button>
        </div>
        {preview.notices.map((n) => (
          <p key={n.code + n.message} className="invoice-notice" data-testid={`invoice-notice-${n.code}`}>
            {n.message}
          </p>
        ))}
      </section>

      <section className="panel invoice-mapping" data-testid="invoice-mapping">
        <h2 className="panel__title">{t('invoices.mapping.title')}</h2>
        <p className="subtle" data-testid="invoice-mapping-source">
          {t(`invoices.mapping.source_${preview.mappingSource}`, { name: preview.templateName ?? '' })}
        </p>
        <div className="invoice-mapping__grid">
          {FIELDS.map((f) => (
            <label key={f} className="invoice-field">
              <span>
                {en ? FIELD_LABEL_EN[f] : FIELD_LABEL_KO[f]}
                {REQUIRED.includes(f) && <span className="invoice-required"> *</span>}
              </span>
              <select data-testid={`invoice-map-${f}`} value={preview.mapping[f] ?? ''} disabled={busy} onChange={(e) => setMapping(f, e.target.value)}>
                <option value="">{t('invoices.mapping.none')}</option>
                {preview.headers.map((h, i) => (
                  <option key={i} value={i}>
                    {h || `#${i + 1}`}
                  </option>
                ))}
              </select>
            </label>
          ))}
          <label className="invoice-field">
            <span>{t('invoices.mapping.defaultCarrier')}</span>
            <select data-testid="invoice-default-carrier" value={preview.defaultCarrier ?? ''} disabled={busy} onChange={(e) => onChange({ ...options, mapping: preview.mapping, defaultCarrier: e.target.value || null })}>
              <option value="">{t('invoices.mapping.defaultCarrierNone')}</option>
              {carriers
                .filter((c) => c.status === 'active')
                .map((c) => (
                  <option key={c.code} value={c.code}>
                    {c.nameKo} ({c.code})
                  </option>
                ))}
            </select>
          </label>
        </div>
        <form
          className="invoice-template"
          onSubmit={(e) => {
            e.preventDefault();
            if (templateName.trim()) onSaveTemplate(templateName.trim());
          }}
        >
          <input data-testid="invoice-template-name" placeholder={t('invoices.mapping.templateName')} value={templateName} maxLength={40} onChange={(e) => setTemplateName(e.target.value)} />
          <button type="submit" className="button button--small" disabled={busy || !templateName.trim()} data-testid="invoice-template-save">
            {t('invoices.mapping.saveTemplate')}
          </button>
        </form>
        {headerRowProblems.map((p) => (
          <p key={p.column} className="invoice-problem-text" role="alert" data-testid="invoice-missing-column">
            {p.message}
          </p>
        ))}
      </section>

      <section className="panel invoice-check">
        <div className="invoice-summary" data-testid="invoice-summary">
          <StatusBadge tone="ok" testId="invoice-valid-count">{t('invoices.summary.valid', { count: preview.valid })}</StatusBadge>
          {preview.problems.length > 0 && <StatusBadge tone="danger" testId="invoice-problem-count">{t('invoices.summary.problems', { count: preview.problems.length })}</StatusBadge>}
          {preview.held > 0 && <StatusBadge tone="warn">{t('invoices.summary.held', { count: preview.held })}</StatusBadge>}
          {preview.correcting > 0 && <StatusBadge tone="info">{t('invoices.summary.correcting', { count: preview.correcting })}</StatusBadge>}
        </div>
        <div className="invoice-filters" role="group" aria-label={t('invoices.filter.label')}>
          {(['all', 'problems', 'valid'] as const).map((f) => (
            <button key={f} type="button" className={`button button--small${filter === f ? ' button--primary' : ''}`} aria-pressed={filter === f} data-testid={`invoice-filter-${f}`} onClick={() => setFilter(f)}>
              {t(`invoices.filter.${f}`)}
            </button>
          ))}
          {Object.entries(preview.counts).map(([code, n]) => (
            <button key={code} type="button" className={`button button--small invoice-code${filter === code ? ' button--primary' : ''}`} aria-pressed={filter === code} data-testid={`invoice-filter-${code}`} onClick={() => setFilter(code as ProblemCode)}>
              {en ? code : (PROBLEM_LABEL_KO[code as ProblemCode] ?? code)} {n}
            </button>
          ))}
        </div>
        <div className="invoice-actions">
          {preview.acknowledgeable > 0 && (
            <button type="button" className="button" disabled={busy} onClick={onAcknowledge} data-testid="invoice-acknowledge">
              {t('invoices.actions.acknowledge', { count: preview.acknowledgeable })}
            </button>
          )}
          {(preview.correctable > 0 || correctOn) && (
            <label className="invoice-check-label">
              <input type="checkbox" data-testid="invoice-correct" checked={correctOn} disabled={busy} onChange={(e) => onChange({ ...options, mapping: preview.mapping, correct: e.target.checked })} />
              {t('invoices.actions.correct', { count: preview.correctable + preview.correcting })}
            </label>
          )}
          <span className="invoice-actions__spacer" />
          <button type="button" className="button button--primary" disabled={busy || preview.valid === 0} onClick={onStart} data-testid="invoice-start">
            {t('invoices.actions.start', { count: preview.valid })}
          </button>
        </div>
        {message && (
          <p className="invoice-notice" role="status" data-testid="invoice-message">
            {message}
          </p>
        )}
        {preview.valid === 0 && <p className="subtle">{t('invoices.actions.nothing')}</p>}
        <PreviewGrid rows={rows} problemsByRow={problemsByRow} columnOf={columnOf} />
      </section>
    </div>
  );
}

const GRID_FIELDS: Array<{ field: Field; value: (r: PreviewRow) => string }> = [
  { field: 'shipmentBoxId', value: (r) => r.shipmentBoxId },
  { field: 'orderId', value: (r) => r.orderId },
  { field: 'vendorItemId', value: (r) => r.vendorItemId },
  { field: 'carrier', value: (r) => (r.carrierCode && r.carrier !== r.carrierCode ? `${r.carrier} → ${r.carrierCode}` : r.carrier || r.carrierCode) },
  { field: 'invoiceNumber', value: (r) => r.invoice || r.invoiceNumber },
  { field: 'estimatedShippingDate', value: (r) => r.estimatedShippingDate },
];

function PreviewGrid({ rows, problemsByRow, columnOf }: { rows: PreviewRow[]; problemsByRow: Map<number, InvoiceProblem[]>; columnOf: Record<Field, string> }) {
  const { t, i18n } = useTranslation();
  const scroller = useRef<HTMLDivElement>(null);
  const sizes = useMemo(() => rows.map((r) => ROW_HEIGHT + LINE_HEIGHT * ((problemsByRow.get(r.row)?.length ?? 0) + (r.heldKo ? 1 : 0))), [rows, problemsByRow]);
  const v = useVirtualizer({ count: rows.length, getScrollElement: () => scroller.current, estimateSize: (i) => sizes[i], overscan: 12, initialRect: { width: 1200, height: 480 } });
  const en = i18n.language === 'en';
  return (
    <div className="invoice-grid" role="table" aria-rowcount={rows.length} data-testid="invoice-grid">
      <div className="invoice-grid__head" role="row">
        <span role="columnheader">{t('invoices.grid.row')}</span>
        {GRID_FIELDS.map((g) => (
          <span key={g.field} role="columnheader">
            {en ? FIELD_LABEL_EN[g.field] : FIELD_LABEL_KO[g.field]}
          </span>
        ))}
        <span role="columnheader">{t('invoices.grid.status')}</span>
      </div>
      <div className="invoice-grid__body" ref={scroller}>
        {rows.length === 0 && <p className="subtle invoice-grid__empty">{t('invoices.grid.empty')}</p>}
        <div style={{ height: v.getTotalSize(), position: 'relative' }}>
          {v.getVirtualItems().map((item) => {
            const r = rows[item.index];
            const problems = problemsByRow.get(r.row) ?? [];
            const bad = new Set(problems.map((p) => p.column));
            const state = problems.length ? 'problem' : r.heldKo ? 'held' : r.action === 'update' ? 'update' : 'ok';
            return (
              <div key={r.row} role="row" className={`invoice-grid__row invoice-grid__row--${state}`} data-testid={`invoice-row-${r.row}`} data-codes={r.codes.join(' ')} style={{ position: 'absolute', top: 0, left: 0, right: 0, transform: `translateY(${item.start}px)`, height: sizes[item.index] }}>
                <div className="invoice-grid__cells">
                  <span role="cell" className="invoice-grid__rowno">{r.row}</span>
                  {GRID_FIELDS.map((g) => (
                    <span key={g.field} role="cell" className={bad.has(columnOf[g.field]) ? 'invoice-grid__cell--bad' : undefined}>
                      {g.value(r)}
                    </span>
                  ))}
                  <span role="cell">
                    <StatusBadge tone={state === 'problem' ? 'danger' : state === 'held' ? 'warn' : state === 'update' ? 'info' : 'ok'}>{t(`invoices.grid.${state}`)}</StatusBadge>
                  </span>
                </div>
                {problems.map((p, i) => (
                  <p key={i} className="invoice-grid__problem" data-code={p.code}>
                    <code>{p.code}</code> {p.message}
                  </p>
                ))}
                {r.heldKo && <p className="invoice-grid__problem invoice-grid__problem--held">{r.heldKo}</p>}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
