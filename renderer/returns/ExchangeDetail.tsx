// One exchange request: the item (same item only), why, the pickup (collectStatus) and the
// replacement's delivery, with the actions its state allows — confirm receipt (creates the new
// shipmentBoxId), reject (SOLDOUT / WITHDRAW only), the replacement's waybill (only after the
// goods are in, on the new box), and the pickup waybill while the pickup is not booked yet.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EXCHANGE_REJECT_CODES, EXCHANGE_REJECT_KO, type ExchangeRejectCode } from '../../shared/returns';
import { formatWon } from '../../shared/money';
import { ErrorPanel } from '../components/ErrorPanel';
import { useExchangeDetail, useReturnsAction, type ActionResult } from './api';
import { kstFull } from '../components/format';
import { ActionButton, ActionOutcome, Facts, Journal, StatusPill } from './parts';
import { WaybillForm } from './WaybillForm';

type Form = null | 'reject' | 'uploadInvoice' | 'registerPickup';

export function ExchangeDetail({ exchangeId, onClose }: { exchangeId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const detail = useExchangeDetail(exchangeId);
  const action = useReturnsAction();
  const [form, setForm] = useState<Form>(null);
  const [rejectCode, setRejectCode] = useState<ExchangeRejectCode>('SOLDOUT');
  const [result, setResult] = useState<ActionResult | null>(null);
  const d = detail.data;
  const busy = action.isPending;

  const run = async (req: Parameters<typeof action.mutateAsync>[0]) => {
    setResult(null);
    try {
      const r = await action.mutateAsync(req);
      setResult(r);
      if (r.state === 'done') setForm(null);
    } catch (err) {
      setResult({ state: 'failed', messageKo: err instanceof Error ? ((err as { messageKo?: string }).messageKo ?? err.message) : String(err) });
    }
  };
  const toggle = (f: Exclude<Form, null>) => setForm((cur) => (cur === f ? null : f));

  return (
    <aside className="panel returns-detail" data-testid="exchange-detail" data-exchange-id={exchangeId} aria-label={t('returns.detail.exchangeTitle', { id: exchangeId })}>
      <header className="returns-detail__header">
        <h2 className="panel__title">{t('returns.detail.exchangeTitle', { id: exchangeId })}</h2>
        <button type="button" className="button button--small" data-testid="exchange-detail-close" onClick={onClose}>
          {t('returns.detail.close')}
        </button>
      </header>
      {detail.isLoading && <p className="subtle">{t('returns.detail.loading')}</p>}
      <ErrorPanel error={detail.error} testId="exchange-detail-error" />
      {d && (
        <>
          <p className="returns-detail__status">
            <StatusPill status={d.exchangeStatus} label={d.exchangeStatusKo} testId="exchange-detail-status" />
          </p>
          <Facts
            testId="exchange-detail-facts"
            rows={[
              [t('returns.detail.order'), <span className="mono">{d.orderId}</span>],
              [t('returns.detail.createdAt'), kstFull(d.createdAt)],
              [t('returns.detail.modifiedAt'), kstFull(d.modifiedAt)],
              [t('returns.detail.reason'), <span data-testid="exchange-detail-reason">{d.reasonKo}</span>],
              [t('returns.detail.reasonCode'), d.reasonCode ? <code>{d.reasonCode}</code> : ''],
              [t('returns.detail.customerText'), d.reasonEtcDetail],
              [t('returns.detail.fault'), d.faultKo],
              [t('returns.detail.requester'), d.address.name],
              [t('returns.detail.phone'), d.address.returnMobile ?? ''],
              [t('returns.detail.address'), [d.address.zipCode && `(${d.address.zipCode})`, d.address.address, d.address.addressDetail].filter(Boolean).join(' ')],
              [t('returns.detail.collect'), <span data-testid="exchange-detail-collect">{d.collectStatusKo}</span>],
              [t('returns.detail.collectCompleteDate'), kstFull(d.collectCompleteDate)],
              [t('returns.detail.delivery'), d.deliveryStatusKo],
              [t('returns.detail.newShipment'), d.newShipmentBoxId ? <span className="mono" data-testid="exchange-detail-new-box">{d.newShipmentBoxId}</span> : ''],
              !!d.cancelReason && [t('returns.detail.cancelReason'), d.cancelReason],
            ]}
          />

          <h3 className="returns-detail__subtitle">{t('returns.detail.items')}</h3>
          <div className="table-wrap">
            <table className="table" data-testid="exchange-detail-items">
              <thead>
                <tr>
                  <th scope="col">{t('returns.detail.itemName')}</th>
                  <th scope="col">{t('returns.detail.originalShipment')}</th>
                  <th scope="col">{t('returns.columns.quantity')}</th>
                  <th scope="col">{t('returns.columns.unitPrice')}</th>
                </tr>
              </thead>
              <tbody>
                {d.items.map((i) => (
                  <tr key={`${i.originalShipmentBoxId}-${i.vendorItemId}`}>
                    <td>
                      {i.itemName}
                      <div className="subtle mono">{i.vendorItemId}</div>
                    </td>
                    <td className="mono">{i.originalShipmentBoxId}</td>
                    <td>{i.quantity}</td>
                    <td>{formatWon(i.unitPrice)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>

          <h3 className="returns-detail__subtitle">{t('returns.detail.pickups')}</h3>
          {d.pickups.length ? (
            <ul className="returns-list" data-testid="exchange-detail-pickups">
              {d.pickups.map((p, i) => (
                <li key={i}>
                  <code>{p.deliveryCompanyCode}</code> <span className="mono">{p.deliveryInvoiceNo}</span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="subtle">{t('returns.detail.noPickup')}</p>
          )}
          {d.shipments.length > 0 && (
            <>
              <h3 className="returns-detail__subtitle">{t('returns.detail.shipments')}</h3>
              <ul className="returns-list" data-testid="exchange-detail-shipments">
                {d.shipments.map((s, i) => (
                  <li key={i}>
                    <span className="mono">{s.shipmentBoxId}</span> {s.statusCode} {s.invoiceNumber && <code>{`${s.deliverCode} ${s.invoiceNumber}`}</code>}
                  </li>
                ))}
              </ul>
            </>
          )}

          <h3 className="returns-detail__subtitle">{t('returns.actions.title')}</h3>
          <div className="button-row" role="group" aria-label={t('returns.actions.title')}>
            <ActionButton testId="exchange-action-confirmReceipt" label={t('returns.actions.exchangeConfirm')} gate={d.actions.confirmReceipt} busy={busy} primary onClick={() => run({ kind: 'exchangeConfirm', exchangeId })} />
            <ActionButton testId="exchange-action-reject" label={t('returns.actions.reject')} gate={d.actions.reject} busy={busy} onClick={() => toggle('reject')} />
            <ActionButton testId="exchange-action-uploadInvoice" label={t('returns.actions.uploadInvoice')} gate={d.actions.uploadInvoice} busy={busy} primary onClick={() => toggle('uploadInvoice')} />
            <ActionButton testId="exchange-action-registerPickup" label={t('returns.actions.registerPickup')} gate={d.actions.registerPickup} busy={busy} onClick={() => toggle('registerPickup')} />
          </div>
          {!d.actions.uploadInvoice.allowed && d.exchangeStatus === 'PROGRESS' && d.actions.uploadInvoice.reasonKo && <p className="hint" data-testid="exchange-invoice-hint">{d.actions.uploadInvoice.reasonKo}</p>}
          {form === 'reject' && (
            <form
              className="form returns-waybill"
              data-testid="exchange-reject-form"
              onSubmit={(e) => {
                e.preventDefault();
                void run({ kind: 'exchangeReject', exchangeId, rejectCode });
              }}
            >
              <fieldset className="field">
                <legend className="field__label">{t('returns.actions.rejectReason')}</legend>
                {EXCHANGE_REJECT_CODES.map((code) => (
                  <label key={code} className="radio">
                    <input type="radio" name="rejectCode" value={code} data-testid={`exchange-reject-${code}`} checked={rejectCode === code} onChange={() => setRejectCode(code)} disabled={busy} />{' '}
                    {EXCHANGE_REJECT_KO[code]} <code>{code}</code>
                  </label>
                ))}
              </fieldset>
              <div className="button-row">
                <button type="submit" className="button button--danger button--small" data-testid="exchange-reject-submit" disabled={busy} aria-busy={busy}>
                  {busy ? t('returns.actions.sending') : t('returns.actions.rejectSubmit')}
                </button>
                <button type="button" className="button button--small" onClick={() => setForm(null)} disabled={busy}>
                  {t('returns.actions.cancel')}
                </button>
              </div>
            </form>
          )}
          {form === 'uploadInvoice' && (
            <WaybillForm
              testId="exchange-invoice-form"
              title={t('returns.actions.uploadInvoice')}
              submitLabel={t('returns.actions.submit')}
              pending={busy}
              onCancel={() => setForm(null)}
              onSubmit={(w) => run({ kind: 'exchangeInvoice', exchangeId, deliveryCompanyCode: w.deliveryCompanyCode, invoiceNumber: w.invoiceNumber })}
            />
          )}
          {form === 'registerPickup' && (
            <WaybillForm
              testId="exchange-pickup-form"
              title={t('returns.actions.registerPickup')}
              submitLabel={t('returns.actions.submit')}
              withRegNumber
              pending={busy}
              onCancel={() => setForm(null)}
              onSubmit={(w) => run({ kind: 'registerPickup', target: 'EXCHANGE', id: exchangeId, ...w })}
            />
          )}
          <ActionOutcome result={result} testId="exchange-action-result" />
          <Journal entries={d.journal} />
        </>
      )}
    </aside>
  );
}
