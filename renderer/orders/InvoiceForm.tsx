// Invoice entry for one or many orders (송장 입력 / 송장 수정 / 이미출고): a courier per row, the
// number checked live against that courier's rules, and Korean errors next to the field. Enter in
// a number moves to the next row, so a barcode scanner can fill the list top to bottom.
import { useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { checkInvoiceNumber, type CarrierRow } from '../../shared/carriers';
import type { OrderRow } from '../../shared/ipc/orders';
import { CarrierPicker, carrierByCode, carrierLabel } from './CarrierPicker';
import { ResultMark } from './ResultMark';
import { productLabel, type RecordedResult } from './model';
import type { InvoiceEntryInput } from './useOrderActions';

export type InvoiceMode = 'uploadInvoice' | 'updateInvoice' | 'markAlreadyShipped';

const LAST_CARRIER_KEY = 'wingdesk.orders.lastCarrier';

function readLastCarrier(): string | null {
  try {
    const code = localStorage.getItem(LAST_CARRIER_KEY);
    return code && carrierByCode(code)?.status === 'active' ? code : null;
  } catch {
    return null;
  }
}

function rememberCarrier(code: string) {
  try {
    localStorage.setItem(LAST_CARRIER_KEY, code);
  } catch {
    // Storage may be off; the picker just starts empty next time.
  }
}

interface RowValue {
  carrier: string | null;
  number: string;
}

export type RowCheck = { kind: 'empty' } | { kind: 'ready'; entry: InvoiceEntryInput } | { kind: 'invalid'; messageKo: string };

/** One row of the form: blank is skipped, otherwise the courier and number must both be right. */
export function checkRow(id: string, v: RowValue, carrierRequiredKo: string): RowCheck {
  const number = v.number.trim();
  if (!number) return { kind: 'empty' };
  const carrier = carrierByCode(v.carrier);
  if (!carrier) return { kind: 'invalid', messageKo: carrierRequiredKo };
  const r = checkInvoiceNumber(carrier, number);
  return r.ok ? { kind: 'ready', entry: { shipmentBoxId: id, deliveryCompanyCode: carrier.code, invoiceNumber: r.invoiceNumber } } : { kind: 'invalid', messageKo: r.messageKo };
}

export function useRuleText() {
  const { t } = useTranslation();
  return (c: CarrierRow | undefined): string => {
    if (!c) return '';
    const d = c.digits;
    const rule = !d
      ? t('orders.invoice.ruleNone')
      : 'lengths' in d
        ? t('orders.invoice.ruleLengths', { lengths: d.lengths.join('·') })
        : 'min' in d
          ? t('orders.invoice.ruleRange', { min: d.min, max: d.max })
          : 'ems' in d
            ? t('orders.invoice.ruleEms')
            : t('orders.invoice.ruleAny');
    return t('orders.invoice.rule', { carrier: c.nameKo, rule });
  };
}

export interface InvoiceFormProps {
  mode: InvoiceMode;
  rows: OrderRow[];
  pending: boolean;
  busy: boolean;
  offline: boolean;
  results: Record<string, RecordedResult[]>;
  onSubmit: (entries: InvoiceEntryInput[]) => Promise<void>;
  onClose: () => void;
}

export function InvoiceForm({ mode, rows, pending, busy, offline, results, onSubmit, onClose }: InvoiceFormProps) {
  const { t } = useTranslation();
  const ruleText = useRuleText();
  const [openedAt] = useState(() => new Date().toISOString());
  const [defaultCarrier] = useState(() => (mode === 'uploadInvoice' ? readLastCarrier() : null));
  const [values, setValues] = useState<Record<string, RowValue>>({});
  const [allCarrier, setAllCarrier] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);

  const valueOf = (row: OrderRow): RowValue =>
    values[row.shipmentBoxId] ??
    (mode === 'uploadInvoice' ? { carrier: defaultCarrier, number: '' } : { carrier: row.deliveryCompanyCode, number: row.invoiceNumber ?? '' });
  const set = (id: string, patch: Partial<RowValue>, row: OrderRow) => setValues((prev) => ({ ...prev, [id]: { ...(prev[id] ?? valueOf(row)), ...patch } }));

  const checks = useMemo(
    () => rows.map((row) => ({ row, check: checkRow(row.shipmentBoxId, valueOf(row), t('orders.invoice.carrierRequired')) })),
    [rows, values, defaultCarrier, t],
  );
  const ready = checks.flatMap((c) => (c.check.kind === 'ready' ? [c.check.entry] : []));
  const invalid = checks.filter((c) => c.check.kind === 'invalid').length;
  const empty = checks.length - ready.length - invalid;
  const canSend = ready.length > 0 && invalid === 0 && !pending && !busy;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!canSend) return;
    const last = ready[ready.length - 1];
    if (mode === 'uploadInvoice') rememberCarrier(last.deliveryCompanyCode);
    await onSubmit(ready);
  };

  const focusNext = (index: number) => {
    const next = formRef.current?.querySelector<HTMLInputElement>(`[data-invoice-index="${index + 1}"]`);
    next?.focus();
  };

  const title =
    mode === 'uploadInvoice' ? t('orders.invoice.titleUpload', { count: rows.length }) : mode === 'updateInvoice' ? t('orders.invoice.titleUpdate', { count: rows.length }) : t('orders.invoice.titleAlreadyShipped', { count: rows.length });

  return (
    <form ref={formRef} className="panel orders-panel invoice-form" data-testid="orders-invoice-form" data-mode={mode} onSubmit={submit} aria-label={title} noValidate>
      <div className="orders-panel__head">
        <h2 className="panel__title">{title}</h2>
        <div className="invoice-form__all">
          <CarrierPicker value={allCarrier} label={t('orders.invoice.carrierAll')} testId="orders-invoice-carrier-all" onChange={(code) => setAllCarrier(code)} />
          <button
            type="button"
            className="button button--small"
            data-testid="orders-invoice-carrier-all-apply"
            disabled={!allCarrier}
            onClick={() => setValues((prev) => Object.fromEntries(rows.map((r) => [r.shipmentBoxId, { ...(prev[r.shipmentBoxId] ?? valueOf(r)), carrier: allCarrier }])))}
          >
            {t('orders.invoice.carrierAll')}
          </button>
        </div>
        <button type="button" className="button button--small" data-testid="orders-panel-close" onClick={onClose}>
          {t('orders.actions.close')}
        </button>
      </div>
      {mode === 'markAlreadyShipped' && <p className="orders-panel__note panel--warn">{t('orders.invoice.alreadyShippedBody')}</p>}
      <div className="invoice-form__rows" role="table" aria-label={title}>
        <div className="invoice-form__row invoice-form__row--head" role="row">
          <span role="columnheader">{t('orders.grid.shipmentBoxId')}</span>
          <span role="columnheader">{t('orders.invoice.receiver')}</span>
          <span role="columnheader">{t('orders.invoice.carrier')}</span>
          <span role="columnheader">{t('orders.invoice.number')}</span>
          <span role="columnheader">{t('orders.grid.result')}</span>
        </div>
        {checks.map(({ row, check }, index) => {
          const id = row.shipmentBoxId;
          const v = valueOf(row);
          const carrier = carrierByCode(v.carrier);
          const errorId = `invoice-error-${id}`;
          const ruleId = `invoice-rule-${id}`;
          const last = results[id]?.[0];
          const fresh = last && last.action === mode && last.at >= openedAt ? last : undefined;
          return (
            <div key={id} className={`invoice-form__row${check.kind === 'invalid' ? ' invoice-form__row--invalid' : ''}`} role="row" data-testid={`orders-invoice-row-${id}`} data-check={check.kind}>
              <span role="cell" className="mono">
                {id}
              </span>
              <span role="cell" className="invoice-form__receiver" title={`${row.receiverName} · ${row.productSummary}`}>
                <span className="invoice-form__who">
                  <strong>{row.receiverName}</strong> <span className="subtle">{productLabel(row, (count) => t('orders.grid.moreItems', { count }))}</span>
                </span>
                {row.invoiceNumber && mode !== 'uploadInvoice' && (
                  <span className="invoice-form__current subtle mono" data-testid={`orders-invoice-current-${id}`}>
                    {t('orders.invoice.current')}: {carrierLabel(row.deliveryCompanyCode)} {row.invoiceNumber}
                  </span>
                )}
              </span>
              <span role="cell">
                <CarrierPicker value={v.carrier} label={`${t('orders.invoice.carrier')} ${id}`} testId={`orders-invoice-carrier-${id}`} describedBy={ruleId} onChange={(code) => set(id, { carrier: code }, row)} />
              </span>
              <span role="cell">
                <input
                  type="text"
                  inputMode={carrier?.digits && 'ems' in carrier.digits ? 'text' : 'numeric'}
                  className="mono invoice-form__number"
                  data-testid={`orders-invoice-number-${id}`}
                  data-invoice-index={index}
                  aria-label={`${t('orders.invoice.number')} ${id}`}
                  aria-invalid={check.kind === 'invalid' || undefined}
                  aria-describedby={[check.kind === 'invalid' ? errorId : null, ruleId].filter(Boolean).join(' ')}
                  placeholder={t('orders.invoice.numberPlaceholder')}
                  value={v.number}
                  onChange={(e) => set(id, { number: e.target.value }, row)}
                  onKeyDown={(e) => {
                    if (e.key === 'Enter') {
                      e.preventDefault();
                      focusNext(index);
                    }
                  }}
                  autoComplete="off"
                  spellCheck={false}
                />
                <span id={ruleId} className="invoice-form__rule subtle">
                  {ruleText(carrier)}
                </span>
                {check.kind === 'invalid' && (
                  <span className="field__error" id={errorId} role="alert" data-testid={`orders-invoice-error-${id}`}>
                    {check.messageKo}
                  </span>
                )}
              </span>
              <span role="cell">{fresh && <ResultMark result={fresh} />}</span>
            </div>
          );
        })}
      </div>
      <div className="orders-panel__foot">
        <span className="subtle" data-testid="orders-invoice-counts">
          {t('orders.invoice.ready', { ready: ready.length, empty, invalid })}
        </span>
        {invalid > 0 && <span className="field__error">{t('orders.invoice.fixErrors')}</span>}
        {offline && <span className="orders-panel__offline">{t('orders.actions.offlineNote')}</span>}
        <button type="submit" className="button button--primary" data-testid="orders-invoice-submit" disabled={!canSend} aria-busy={pending}>
          {pending ? t('orders.actions.sending') : t('orders.invoice.submit', { count: ready.length })}
        </button>
      </div>
    </form>
  );
}
