// The detail of one shipment: what goes in the box (with the cancel math when it differs),
// who gets it, who ordered, its history, split shipping, claims and what this screen did to it.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrderDetail } from '../../shared/ipc/orders';
import { isOpenReleaseStop } from '../../shared/orders';
import { formatWon } from '../../shared/money';
import { ErrorPanel } from '../components/ErrorPanel';
import { StatusBadge } from '../components/StatusBadge';
import { useOrderDetail } from './api';
import { carrierLabel } from './CarrierPicker';
import { kstFull } from '../components/format';
import { isActionKind, quantityMath, STATUS_TONE, type RecordedResult } from './model';
import { RESULT_ICON, useResultText } from './ResultMark';

export interface DetailDrawerProps {
  shipmentBoxId: string;
  results: RecordedResult[];
  onClose: () => void;
}

export function DetailDrawer({ shipmentBoxId, results, onClose }: DetailDrawerProps) {
  const { t } = useTranslation();
  const detail = useOrderDetail(shipmentBoxId);
  const closeRef = useRef<HTMLButtonElement>(null);
  const d = detail.data;

  // Esc closes from anywhere on the page (the grid keeps focus while the drawer follows it).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !e.defaultPrevented) onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

  return (
    <aside className="orders-drawer" role="dialog" aria-modal="false" aria-labelledby="orders-drawer-title" data-testid="orders-drawer" data-id={shipmentBoxId}>
      <header className="orders-drawer__head">
        <h2 id="orders-drawer-title" className="orders-drawer__title">
          {t('orders.drawer.title')} <span className="mono">{shipmentBoxId}</span>
        </h2>
        {d && <StatusBadge tone={STATUS_TONE[d.status]}>{t(`orders.status.${d.status}`)}</StatusBadge>}
        <button ref={closeRef} type="button" className="button button--small" data-testid="orders-drawer-close" onClick={onClose} aria-label={t('orders.drawer.close')} title={t('orders.drawer.close')}>
          ✕
        </button>
      </header>
      <div className="orders-drawer__body">
        {detail.isPending && <p className="subtle">{t('orders.drawer.loading')}</p>}
        <ErrorPanel error={detail.error} testId="orders-drawer-error" />
        {d && <DetailBody d={d} />}
        <LastResults results={results} journal={d?.actions ?? []} />
      </div>
    </aside>
  );
}

function DetailBody({ d }: { d: OrderDetail }) {
  const { t } = useTranslation();
  return (
    <>
      <dl className="facts orders-drawer__facts">
        <dt>{t('orders.grid.orderId')}</dt>
        <dd className="mono">{d.orderId}</dd>
        <dt>{t('orders.drawer.orderedAt')}</dt>
        <dd>{kstFull(d.orderedAt)} KST</dd>
        {d.paidAt && (
          <>
            <dt>{t('orders.drawer.paidAt')}</dt>
            <dd>{kstFull(d.paidAt)} KST</dd>
          </>
        )}
        <dt>{t('orders.grid.invoice')}</dt>
        <dd>{d.invoiceNumber ? `${carrierLabel(d.deliveryCompanyCode)} ${d.invoiceNumber}` : '—'}</dd>
        <dt>{t('orders.drawer.shippingPrice')}</dt>
        <dd>
          {formatWon(d.shippingPrice)}
          {d.remoteArea && (
            <>
              {' '}
              <StatusBadge tone="warn">{t('orders.drawer.remoteArea')}</StatusBadge>
            </>
          )}
        </dd>
        <dt>{t('orders.drawer.split')}</dt>
        <dd data-testid="orders-detail-split" data-split={d.splitShipping} data-able={d.ableSplitShipping}>
          {d.splitShipping ? t('orders.drawer.splitDone') : d.ableSplitShipping ? t('orders.drawer.splitAble') : t('orders.drawer.splitNo')}
        </dd>
      </dl>
      {d.removedReasonKo && (
        <p className="panel panel--warn orders-drawer__removed" role="note" data-testid="orders-detail-removed">
          {d.removedReasonKo}
        </p>
      )}
      <div className="orders-drawer__flags">
        {d.claimPending && <StatusBadge tone="danger">{t('orders.flags.claim')}</StatusBadge>}
        {d.receiverChanged && <StatusBadge tone="warn">{t('orders.flags.receiverChanged')}</StatusBadge>}
        {d.outboxPending && <StatusBadge tone="info">{t('orders.flags.outbox')}</StatusBadge>}
      </div>

      <h3 className="orders-drawer__section">{t('orders.drawer.items')}</h3>
      <table className="table orders-drawer__items" data-testid="orders-detail-items">
        <thead>
          <tr>
            <th scope="col">{t('orders.drawer.itemName')}</th>
            <th scope="col" className="num">
              {t('orders.drawer.shippingCount')}
            </th>
            <th scope="col" className="num">
              {t('orders.drawer.toShip')}
            </th>
            <th scope="col" className="num">
              {t('orders.drawer.orderPrice')}
            </th>
          </tr>
        </thead>
        <tbody>
          {d.items.map((item) => {
            const m = quantityMath(item);
            return (
              <tr key={item.vendorItemId} data-testid={`orders-detail-item-${item.vendorItemId}`}>
                <td>
                  <div>
                    {item.sellerProductName} <span className="subtle">{item.sellerProductItemName}</span>
                  </div>
                  {item.vendorItemName && item.vendorItemName !== `${item.sellerProductName} ${item.sellerProductItemName}` && (
                    <div className="subtle">
                      {t('orders.drawer.exposedName')}: {item.vendorItemName}
                    </div>
                  )}
                  <div className="subtle mono">
                    {t('orders.drawer.vendorItemId')} {item.vendorItemId}
                    {item.externalVendorSkuCode && ` · ${t('orders.drawer.sku')} ${item.externalVendorSkuCode}`}
                  </div>
                </td>
                <td className="num mono">{item.shippingCount}</td>
                <td className="num">
                  <strong className="mono orders-drawer__qty">{item.quantityToShip}</strong>
                  {m.differs && (
                    <div className="orders-drawer__math mono" data-testid="orders-detail-qty-math">
                      {t('orders.drawer.qtyMath', { shipping: item.shippingCount, cancel: item.cancelCount, hold: item.holdCountForCancel, result: m.computed })}
                    </div>
                  )}
                  {m.mismatch && <div className="field__error">{t('orders.drawer.qtyMismatch', { sent: item.quantityToShip, computed: m.computed })}</div>}
                </td>
                <td className="num mono">
                  {formatWon(item.orderPrice)}
                  <div className="subtle">
                    {t('orders.drawer.unitPrice')} {formatWon(item.salesPrice)}
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>

      <div className="orders-drawer__people">
        <section data-testid="orders-detail-receiver">
          <h3 className="orders-drawer__section">{t('orders.drawer.receiver')}</h3>
          <dl className="facts">
            <dt>{t('orders.drawer.name')}</dt>
            <dd>{d.receiver.name}</dd>
            <dt>{t('orders.drawer.safeNumber')}</dt>
            <dd className="mono">{d.receiver.safeNumber}</dd>
            {d.receiver.receiverNumber && (
              <>
                <dt>{t('orders.drawer.phone')}</dt>
                <dd className="mono">{d.receiver.receiverNumber}</dd>
              </>
            )}
            <dt>{t('orders.drawer.address')}</dt>
            <dd>
              ({d.receiver.postCode}) {d.receiver.addr1} {d.receiver.addr2}
            </dd>
            {d.parcelPrintMessage && (
              <>
                <dt>{t('orders.drawer.message')}</dt>
                <dd>{d.parcelPrintMessage}</dd>
              </>
            )}
          </dl>
        </section>
        <section data-testid="orders-detail-orderer">
          <h3 className="orders-drawer__section">{t('orders.drawer.orderer')}</h3>
          <dl className="facts">
            <dt>{t('orders.drawer.name')}</dt>
            <dd>{d.orderer.name}</dd>
            <dt>{t('orders.drawer.safeNumber')}</dt>
            <dd className="mono">{d.orderer.safeNumber}</dd>
            {d.orderer.ordererNumber && (
              <>
                <dt>{t('orders.drawer.phone')}</dt>
                <dd className="mono">{d.orderer.ordererNumber}</dd>
              </>
            )}
          </dl>
        </section>
      </div>

      <h3 className="orders-drawer__section">{t('orders.drawer.claims')}</h3>
      <div data-testid="orders-detail-claims">
        {d.claims.length === 0 ? (
          <p className="subtle">{t('orders.drawer.claimNone')}</p>
        ) : (
          d.claims.map((c) => (
            // Red while it still needs an answer; an answered one is history.
            <dl
              key={c.receiptId}
              className={`facts panel orders-drawer__claim ${isOpenReleaseStop(c.receiptStatus) || d.claimPending ? 'panel--danger' : ''}`}
              data-testid={`orders-detail-claim-${c.receiptId}`}
              data-open={isOpenReleaseStop(c.receiptStatus) || undefined}
            >
              <dt>{t('orders.drawer.receiptId')}</dt>
              <dd className="mono">{c.receiptId}</dd>
              <dt>{t('orders.drawer.receiptType')}</dt>
              <dd>{c.receiptType}</dd>
              <dt>{t('orders.drawer.receiptStatus')}</dt>
              <dd>
                <ReceiptStatus status={c.receiptStatus} labelKo={c.receiptStatusKo} />
              </dd>
              <dt>{t('orders.drawer.cancelCount')}</dt>
              <dd className="mono">{c.cancelCount}</dd>
              {c.reasonKo && (
                <>
                  <dt>{t('orders.drawer.reason')}</dt>
                  <dd>{c.reasonKo}</dd>
                </>
              )}
              {c.requestedAt && (
                <>
                  <dt>{t('orders.drawer.requestedAt')}</dt>
                  <dd>{kstFull(c.requestedAt)} KST</dd>
                </>
              )}
              {c.vendorItemIds.length > 0 && (
                <>
                  <dt>{t('orders.drawer.claimItems')}</dt>
                  <dd className="mono">{c.vendorItemIds.join(', ')}</dd>
                </>
              )}
            </dl>
          ))
        )}
      </div>

      <h3 className="orders-drawer__section">{t('orders.drawer.history')}</h3>
      {d.history.length === 0 ? (
        <p className="subtle">{t('orders.drawer.historyEmpty')}</p>
      ) : (
        <ol className="orders-drawer__history" data-testid="orders-detail-history">
          {d.history.map((h, i) => (
            <li key={`${h.at}-${i}`}>
              <time className="mono">{kstFull(h.at)}</time> <span>{h.labelKo}</span>{' '}
              <StatusBadge tone={h.source === 'action' ? 'info' : 'neutral'}>
                {h.source === 'sync' ? t('orders.drawer.sourceSync') : h.source === 'coupang' ? t('orders.drawer.sourceCoupang') : t('orders.drawer.sourceAction')}
              </StatusBadge>
            </li>
          ))}
        </ol>
      )}
      <p className="subtle orders-drawer__updated">{t('orders.drawer.updatedAt', { at: kstFull(d.updatedAt) })}</p>
    </>
  );
}

function ReceiptStatus({ status, labelKo }: { status: string; labelKo: string }) {
  const { t } = useTranslation();
  const k = KNOWN_RECEIPT.find((s) => s === status);
  return (
    <>
      {k ? t(`orders.receiptStatus.${k}`) : labelKo || status} <code className="subtle">{status}</code>
    </>
  );
}

const KNOWN_RECEIPT = ['RELEASE_STOP_UNCHECKED', 'RETURNS_UNCHECKED', 'VENDOR_WAREHOUSE_CONFIRM', 'REQUEST_COUPANG_CHECK', 'RETURNS_COMPLETED'] as const;
type JournalState = OrderDetail['actions'][number]['state'];
const JOURNAL_ICON: Record<JournalState, string> = { ...RESULT_ICON, pending: '…', sent: '↗' };

/**
 * What was done to this order: the main process's journal when it has one (it outlives the app
 * session and includes actions sent later from the outbox), else what this screen recorded.
 */
function LastResults({ results, journal }: { results: RecordedResult[]; journal: OrderDetail['actions'] }) {
  const { t } = useTranslation();
  const text = useResultText();
  const actionLabel = (a: string) => (isActionKind(a) ? t(`orders.actions.${a}`) : a);
  return (
    <>
      <h3 className="orders-drawer__section">{t('orders.drawer.results')}</h3>
      {journal.length > 0 ? (
        <ol className="orders-drawer__results" data-testid="orders-detail-results" data-source="journal">
          {journal.map((j) => (
            <li key={j.id} className={`result-line result-line--${j.state}`} data-state={j.state}>
              <span className={`result-mark result-mark--${j.state}`}>
                <span aria-hidden="true">{JOURNAL_ICON[j.state]}</span> {t(`orders.results.${j.state}`)}
              </span>{' '}
              <strong>{actionLabel(j.action)}</strong> <time className="subtle mono">{kstFull(j.finishedAt ?? j.createdAt)}</time>
              {j.messageKo && <div className="result-line__message">{j.messageKo}</div>}
            </li>
          ))}
        </ol>
      ) : results.length === 0 ? (
        <p className="subtle">{t('orders.drawer.resultsEmpty')}</p>
      ) : (
        <ol className="orders-drawer__results" data-testid="orders-detail-results" data-source="screen">
          {results.map((r, i) => (
            <li key={`${r.at}-${i}`} className={`result-line result-line--${r.state}`} data-state={r.state}>
              <span className={`result-mark result-mark--${r.state}`}>
                <span aria-hidden="true">{RESULT_ICON[r.state]}</span> {t(`orders.results.${r.state}`)}
              </span>{' '}
              <strong>{t(`orders.actions.${r.action}`)}</strong> <time className="subtle mono">{kstFull(r.at)}</time>
              {text(r) && <div className="result-line__message">{text(r)}</div>}
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
