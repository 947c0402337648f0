// One return (or release-stop) receipt: who, what, why (VOC reason in Korean), the pickup, and the
// actions its state allows — confirm receipt, approve (with the receipt total as cancelCount),
// register a pickup waybill, answer a stop request (stop / already shipped).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatWon } from '../../shared/money';
import { ErrorPanel } from '../components/ErrorPanel';
import { StatusBadge } from '../components/StatusBadge';
import { useReturnDetail, useReturnsAction, type ActionResult } from './api';
import { kstFull } from '../components/format';
import { ActionButton, ActionOutcome, Facts, Journal, StatusPill } from './parts';
import { WaybillForm } from './WaybillForm';

type Form = null | 'registerPickup' | 'markAlreadyShipped';

export function ReturnDetail({ receiptId, onClose }: { receiptId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const detail = useReturnDetail(receiptId);
  const action = useReturnsAction();
  const [form, setForm] = useState<Form>(null);
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

  return (
    <aside className="panel returns-detail" data-testid="return-detail" data-receipt-id={receiptId} aria-label={t('returns.detail.returnTitle', { id: receiptId })}>
      <header className="returns-detail__header">
        <h2 className="panel__title">{t('returns.detail.returnTitle', { id: receiptId })}</h2>
        <button type="button" className="button button--small" data-testid="return-detail-close" onClick={onClose}>
          {t('returns.detail.close')}
        </button>
      </header>
      {detail.isLoading && <p className="subtle">{t('returns.detail.loading')}</p>}
      <ErrorPanel error={detail.error} testId="return-detail-error" />
      {d && (
        <>
          <p className="returns-detail__status">
            <StatusPill status={d.receiptStatus} label={d.receiptStatusKo} testId="return-detail-status" />
            {d.releaseStop && <StatusBadge tone="danger">{t('returns.badges.releaseStop')}</StatusBadge>}
            {d.preRefund && <StatusBadge tone="info">{t('returns.badges.preRefund')}</StatusBadge>}
          </p>
          {d.withdrawnAt && (
            <p className="panel panel--warn" data-testid="return-detail-withdrawn">
              {t('returns.detail.withdrawn', { at: kstFull(d.withdrawnAt), duty: d.refundDeliveryDutyKo ?? '—' })}
            </p>
          )}
          <Facts
            testId="return-detail-facts"
            rows={[
              [t('returns.detail.order'), <span className="mono">{d.orderId}</span>],
              [t('returns.detail.createdAt'), kstFull(d.createdAt)],
              [t('returns.detail.modifiedAt'), kstFull(d.modifiedAt)],
              [t('returns.detail.reason'), <span data-testid="return-detail-reason">{d.reasonKo}</span>],
              [t('returns.detail.reasonCode'), d.reasonCode ? <code>{d.reasonCode}</code> : ''],
              [t('returns.detail.category'), [d.cancelReasonCategory1, d.cancelReasonCategory2].filter(Boolean).join(' > ')],
              [t('returns.detail.customerText'), d.cancelReason],
              [t('returns.detail.fault'), d.faultKo],
              [t('returns.detail.requester'), d.requesterName],
              [t('returns.detail.phone'), d.requesterPhone],
              [t('returns.detail.address'), [d.requesterZipCode && `(${d.requesterZipCode})`, d.requesterAddress].filter(Boolean).join(' ')],
              [t('returns.detail.releaseStop'), d.releaseStopStatus ?? ''],
              [t('returns.detail.pickupType'), d.returnDeliveryType ?? ''],
              [t('returns.detail.shippingCharge'), formatWon(d.returnShippingCharge)],
              !!d.completeConfirmDate && [t('returns.detail.completed'), `${kstFull(d.completeConfirmDate)} (${d.completeConfirmType ?? ''})`],
            ]}
          />

          <h3 className="returns-detail__subtitle">{t('returns.detail.items')}</h3>
          <div className="table-wrap">
            <table className="table" data-testid="return-detail-items">
              <thead>
                <tr>
                  <th scope="col">{t('returns.detail.itemName')}</th>
                  <th scope="col">{t('returns.detail.shipmentBoxId')}</th>
                  <th scope="col">{t('returns.detail.purchaseCount')}</th>
                  <th scope="col">{t('returns.detail.cancelCount')}</th>
                  <th scope="col">{t('returns.detail.releaseStatus')}</th>
                </tr>
              </thead>
              <tbody>
                {d.items.map((i) => (
                  <tr key={`${i.shipmentBoxId}-${i.vendorItemId}`}>
                    <td>
                      {i.vendorItemName}
                      <div className="subtle mono">{i.vendorItemId}</div>
                    </td>
                    <td className="mono">{i.shipmentBoxId}</td>
                    <td>{i.purchaseCount}</td>
                    <td>{i.cancelCount}</td>
                    <td>{i.releaseStatusKo}</td>
                  </tr>
                ))}
                <tr>
                  <th scope="row" colSpan={3}>
                    {t('returns.detail.total')}
                  </th>
                  <td data-testid="return-detail-total">{d.approveCancelCount}</td>
                  <td />
                </tr>
              </tbody>
            </table>
          </div>

          <h3 className="returns-detail__subtitle">{t('returns.detail.pickups')}</h3>
          {d.pickups.length ? (
            <ul className="returns-list" data-testid="return-detail-pickups">
              {d.pickups.map((p, i) => (
                <li key={i}>
                  <code>{p.deliveryCompanyCode}</code> <span className="mono">{p.deliveryInvoiceNo}</span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="subtle">{t('returns.detail.noPickup')}</p>
          )}

          <h3 className="returns-detail__subtitle">{t('returns.actions.title')}</h3>
          <div className="button-row" role="group" aria-label={t('returns.actions.title')}>
            <ActionButton testId="return-action-confirmReceipt" label={t('returns.actions.confirmReceipt')} gate={d.actions.confirmReceipt} busy={busy} primary onClick={() => run({ kind: 'confirmReceipt', receiptId })} />
            <ActionButton testId="return-action-approve" label={t('returns.actions.approve')} gate={d.actions.approve} busy={busy} primary onClick={() => run({ kind: 'approve', receiptId })} />
            <ActionButton testId="return-action-registerPickup" label={t('returns.actions.registerPickup')} gate={d.actions.registerPickup} busy={busy} onClick={() => setForm((f) => (f === 'registerPickup' ? null : 'registerPickup'))} />
            <ActionButton testId="return-action-stopShipment" label={t('returns.actions.stopShipment')} gate={d.actions.stopShipment} busy={busy} onClick={() => run({ kind: 'stopShipment', receiptId })} />
            <ActionButton testId="return-action-markAlreadyShipped" label={t('returns.actions.markAlreadyShipped')} gate={d.actions.markAlreadyShipped} busy={busy} onClick={() => setForm((f) => (f === 'markAlreadyShipped' ? null : 'markAlreadyShipped'))} />
          </div>
          {d.actions.approve.allowed && <p className="hint">{t('returns.actions.approveHint', { count: d.approveCancelCount })}</p>}
          {busy && <p className="subtle">{t('returns.actions.sending')}</p>}
          {form === 'registerPickup' && (
            <WaybillForm
              testId="return-pickup-form"
              title={t('returns.actions.registerPickup')}
              submitLabel={t('returns.actions.submit')}
              withRegNumber
              pending={busy}
              onCancel={() => setForm(null)}
              onSubmit={(w) => run({ kind: 'registerPickup', target: 'RETURN', id: receiptId, ...w })}
            />
          )}
          {form === 'markAlreadyShipped' && (
            <WaybillForm
              testId="return-shipped-form"
              title={t('returns.actions.markAlreadyShipped')}
              submitLabel={t('returns.actions.submit')}
              pending={busy}
              onCancel={() => setForm(null)}
              onSubmit={(w) => run({ kind: 'markAlreadyShipped', receiptId, deliveryCompanyCode: w.deliveryCompanyCode, invoiceNumber: w.invoiceNumber })}
            />
          )}
          <ActionOutcome result={result} testId="return-action-result" />
          <Journal entries={d.journal} />
        </>
      )}
    </aside>
  );
}
