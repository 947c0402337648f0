// A picking list to print: what to take off the shelves for the selected orders (or the current
// view). The overlay is the only thing on paper (@media print in orders.css).
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { OrderFilter } from '../../shared/ipc/orders';
import { useBridgeApi } from '../components/api-context';
import { ErrorPanel } from '../components/ErrorPanel';
import { formatCount, kstFull } from '../components/format';
import { cleanFilter } from './model';

export interface PickingSource {
  shipmentBoxIds?: string[];
  filter?: OrderFilter;
}

export function PickingList({ source, onClose }: { source: PickingSource; onClose: () => void }) {
  const { t } = useTranslation();
  const api = useBridgeApi();
  const printRef = useRef<HTMLButtonElement>(null);
  const request = source.shipmentBoxIds ? { shipmentBoxIds: source.shipmentBoxIds } : { filter: cleanFilter(source.filter ?? { status: 'ALL' }) };
  const list = useQuery({ queryKey: ['orders.pickingList', request], queryFn: () => api.ordersPickingList(request), staleTime: 0, gcTime: 0 });
  const printedAt = kstFull(new Date().toISOString());

  useEffect(() => {
    printRef.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') onClose();
    };
    window.addEventListener('keydown', onKey);
    document.body.classList.add('printing-picking');
    return () => {
      window.removeEventListener('keydown', onKey);
      document.body.classList.remove('printing-picking');
    };
  }, [onClose]);

  const lines = list.data?.lines ?? [];
  const quantity = lines.reduce((sum, l) => sum + l.quantity, 0);
  const title = source.shipmentBoxIds ? t('orders.export.pickingTitleSelection', { count: source.shipmentBoxIds.length }) : t('orders.export.pickingTitleFilter');

  // Straight under <body>, so printing can hide everything else with one rule.
  return createPortal(
    <div className="picking-overlay" role="dialog" aria-modal="true" aria-labelledby="picking-title" data-testid="orders-picking-list">
      <div className="picking-sheet">
        <header className="picking-sheet__head">
          <h2 id="picking-title">{title}</h2>
          <span className="subtle">{t('orders.export.pickingPrinted', { at: printedAt })}</span>
          <div className="picking-sheet__buttons no-print">
            <button ref={printRef} type="button" className="button button--primary button--small" data-testid="orders-picking-print" disabled={!list.isSuccess} onClick={() => window.print()}>
              {t('orders.export.print')}
            </button>
            <button type="button" className="button button--small" data-testid="orders-picking-close" onClick={onClose}>
              {t('orders.export.close')}
            </button>
          </div>
        </header>
        {list.isPending && <p className="subtle">{t('orders.export.loading')}</p>}
        <ErrorPanel error={list.error} testId="orders-picking-error" />
        {list.isSuccess && (
          <>
            <p className="picking-sheet__summary" data-testid="orders-picking-summary">
              {t('orders.export.pickingSummary', { shipments: formatCount(list.data.shipments), lines: formatCount(lines.length), quantity: formatCount(quantity) })}
            </p>
            {lines.length === 0 ? (
              <p className="empty">{t('orders.export.pickingEmpty')}</p>
            ) : (
              <table className="table picking-table">
                <thead>
                  <tr>
                    <th scope="col" className="picking-table__check" aria-hidden="true" />
                    <th scope="col">{t('orders.export.pickingProduct')}</th>
                    <th scope="col">{t('orders.export.pickingOption')}</th>
                    <th scope="col">{t('orders.export.pickingSku')}</th>
                    <th scope="col">{t('orders.export.pickingVendorItemId')}</th>
                    <th scope="col" className="num">
                      {t('orders.export.pickingQty')}
                    </th>
                    <th scope="col" className="num">
                      {t('orders.export.pickingShipments')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {lines.map((l) => (
                    <tr key={l.vendorItemId} data-testid={`orders-picking-line-${l.vendorItemId}`}>
                      <td className="picking-table__check" aria-hidden="true">
                        □
                      </td>
                      <td>{l.sellerProductName}</td>
                      <td>{l.itemName}</td>
                      <td className="mono">{l.externalVendorSkuCode ?? ''}</td>
                      <td className="mono">{l.vendorItemId}</td>
                      <td className="num picking-table__qty">{formatCount(l.quantity)}</td>
                      <td className="num">{formatCount(l.shipments)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </>
        )}
      </div>
    </div>,
    document.body,
  );
}
