// Courier + waybill number, checked as it is typed with the same rules main applies before
// sending (shared/carriers): unknown or merged couriers, digits only, the courier's lengths.
import { useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { carriers, checkInvoiceNumber, resolveCarrier } from '../../shared/carriers';

/** CJ대한통운, 롯데택배, 한진택배, 로젠택배, 우체국: what most sellers ship with. */
const FREQUENT = ['CJGLS', 'HYUNDAI', 'HANJIN', 'KGB', 'EPOST'];
const active = carriers.filter((c) => c.status === 'active');
const frequent = FREQUENT.map((code) => active.find((c) => c.code === code)).filter((c) => c !== undefined);
const others = active.filter((c) => !FREQUENT.includes(c.code)).sort((a, b) => a.nameKo.localeCompare(b.nameKo, 'ko'));

export interface WaybillValue {
  deliveryCompanyCode: string;
  invoiceNumber: string;
  regNumber?: string;
}

export function waybillProblem(code: string, invoice: string): string | null {
  if (!code) return null;
  const carrier = resolveCarrier(code);
  if (!carrier.ok) return carrier.messageKo;
  if (!invoice.trim()) return null;
  const check = checkInvoiceNumber(carrier.carrier, invoice);
  return check.ok ? null : check.messageKo;
}

export function WaybillForm({
  testId,
  title,
  submitLabel,
  withRegNumber = false,
  pending,
  onSubmit,
  onCancel,
}: {
  testId: string;
  title: string;
  submitLabel: string;
  withRegNumber?: boolean;
  pending: boolean;
  onSubmit: (value: WaybillValue) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [code, setCode] = useState('');
  const [invoice, setInvoice] = useState('');
  const [regNumber, setRegNumber] = useState('');
  const problem = useMemo(() => waybillProblem(code, invoice), [code, invoice]);
  const ready = code !== '' && invoice.trim() !== '' && problem === null;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!ready || pending) return;
    const carrier = resolveCarrier(code);
    const check = carrier.ok ? checkInvoiceNumber(carrier.carrier, invoice) : null;
    onSubmit({ deliveryCompanyCode: code, invoiceNumber: check?.ok ? check.invoiceNumber : invoice.trim(), ...(withRegNumber && regNumber.trim() ? { regNumber: regNumber.trim() } : {}) });
  };

  return (
    <form className="form returns-waybill" data-testid={testId} onSubmit={submit} aria-label={title}>
      <strong>{title}</strong>
      <div className="returns-waybill__row">
        <label className="field" htmlFor={`${id}-carrier`}>
          <span className="field__label">{t('returns.actions.carrier')}</span>
          <select id={`${id}-carrier`} className="field__control" data-testid={`${testId}-carrier`} value={code} onChange={(e) => setCode(e.target.value)} disabled={pending}>
            <option value="">{t('returns.actions.carrierPlaceholder')}</option>
            <optgroup label={t('returns.actions.frequent')}>
              {frequent.map((c) => (
                <option key={c.code} value={c.code}>
                  {c.nameKo} ({c.code})
                </option>
              ))}
            </optgroup>
            <optgroup label={t('returns.actions.others')}>
              {others.map((c) => (
                <option key={c.code} value={c.code}>
                  {c.nameKo} ({c.code})
                </option>
              ))}
            </optgroup>
          </select>
        </label>
        <label className={`field${problem ? ' field--invalid' : ''}`} htmlFor={`${id}-invoice`}>
          <span className="field__label">{t('returns.actions.invoiceNumber')}</span>
          <input
            id={`${id}-invoice`}
            className="field__control"
            data-testid={`${testId}-invoice`}
            value={invoice}
            inputMode="numeric"
            autoComplete="off"
            onChange={(e) => setInvoice(e.target.value)}
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? `${id}-problem` : undefined}
            disabled={pending}
          />
        </label>
        {withRegNumber && (
          <label className="field" htmlFor={`${id}-reg`}>
            <span className="field__label">{t('returns.actions.regNumber')}</span>
            <input id={`${id}-reg`} className="field__control" data-testid={`${testId}-reg`} value={regNumber} onChange={(e) => setRegNumber(e.target.value)} disabled={pending} />
          </label>
        )}
      </div>
      {problem && (
        <p className="field__error" id={`${id}-problem`} role="alert" data-testid={`${testId}-error`}>
          {problem}
        </p>
      )}
      <div className="button-row">
        <button type="submit" className="button button--primary button--small" data-testid={`${testId}-submit`} disabled={!ready || pending} aria-busy={pending}>
          {pending ? t('returns.actions.sending') : submitLabel}
        </button>
        <button type="button" className="button button--small" onClick={onCancel} disabled={pending}>
          {t('returns.actions.cancel')}
        </button>
      </div>
    </form>
  );
}
