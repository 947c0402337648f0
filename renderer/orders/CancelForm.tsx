// 주문 취소 by the seller: a reason code, the WING login ID Coupang records, the items (one order)
// and a plain warning that it lowers the seller score. Nothing is sent until the seller ticks that
// they understood.
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrderRow } from '../../shared/ipc/orders';
import { SELLER_CANCEL_REASONS } from '../../shared/orders';
import { useBridgeApi } from '../components/api-context';
import { ErrorPanel } from '../components/ErrorPanel';
import { ordersKeys, useOrderDetail } from './api';

// The WING ID is not a secret but is personal: kept in memory for this app session only.
let rememberedUserId = '';

export interface CancelRequest {
  orders: { shipmentBoxId: string; vendorItemIds: string[] }[];
  middleCancelCode: string;
  userId: string;
}

export interface CancelFormProps {
  rows: OrderRow[];
  pending: boolean;
  busy: boolean;
  offline: boolean;
  onSubmit: (request: CancelRequest) => Promise<void>;
  onClose: () => void;
}

export function CancelForm({ rows, pending, busy, offline, onSubmit, onClose }: CancelFormProps) {
  const { t } = useTranslation();
  const api = useBridgeApi();
  const qc = useQueryClient();
  const single = rows.length === 1 ? rows[0] : null;
  const detail = useOrderDetail(single?.shipmentBoxId ?? null);
  const [reason, setReason] = useState('');
  const [userId, setUserId] = useState(rememberedUserId);
  const [understood, setUnderstood] = useState(false);
  const [unchecked, setUnchecked] = useState<Set<string>>(new Set());
  const [tried, setTried] = useState(false);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [loading, setLoading] = useState(false);

  const items = (detail.data?.items ?? []).filter((i) => i.quantityToShip > 0);
  const chosen = items.filter((i) => !unchecked.has(i.vendorItemId)).map((i) => i.vendorItemId);
  const problems = {
    reason: !reason ? t('orders.cancel.reasonRequired') : null,
    userId: !userId.trim() ? t('orders.cancel.userIdRequired') : null,
    items: single && detail.isSuccess && chosen.length === 0 ? t('orders.cancel.itemsRequired') : null,
  };
  const ok = !problems.reason && !problems.userId && !problems.items && understood && rows.length > 0;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (!ok || pending || busy || loading) return;
    rememberedUserId = userId.trim();
    setLoadError(null);
    let orders: CancelRequest['orders'];
    if (single) {
      orders = [{ shipmentBoxId: single.shipmentBoxId, vendorItemIds: chosen }];
    } else {
      // Several orders: every item still to ship, read fresh from the store.
      setLoading(true);
      try {
        orders = [];
        for (const row of rows) {
          const d = await qc.fetchQuery({ queryKey: ordersKeys.detail(row.shipmentBoxId), queryFn: () => api.ordersDetail({ shipmentBoxId: row.shipmentBoxId }), staleTime: 5_000 });
          const ids = d.items.filter((i) => i.quantityToShip > 0).map((i) => i.vendorItemId);
          if (ids.length) orders.push({ shipmentBoxId: row.shipmentBoxId, vendorItemIds: ids });
        }
      } catch (err) {
        setLoadError(err);
        return;
      } finally {
        setLoading(false);
      }
    }
    if (orders.length) await onSubmit({ orders, middleCancelCode: reason, userId: userId.trim() });
  };

  return (
    <form className="panel orders-panel cancel-form" data-testid="orders-cancel-form" onSubmit={submit} noValidate aria-label={t('orders.cancel.title', { count: rows.length })}>
      <div className="orders-panel__head">
        <h2 className="panel__title">{t('orders.cancel.title', { count: rows.length })}</h2>
        <button type="button" className="button button--small" data-testid="orders-panel-close" onClick={onClose}>
          {t('orders.actions.close')}
        </button>
      </div>
      <p className="panel panel--danger cancel-form__warning" role="note" data-testid="orders-cancel-warning">
        <strong>⚠ {t('orders.cancel.warning')}</strong>
      </p>
      <div className="cancel-form__grid">
        <label className="cancel-form__label" htmlFor="orders-cancel-reason">
          {t('orders.cancel.reason')}
        </label>
        <div>
          <select
            id="orders-cancel-reason"
            data-testid="orders-cancel-reason"
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            aria-invalid={(tried && Boolean(problems.reason)) || undefined}
          >
            <option value="">{t('orders.cancel.reasonPlaceholder')}</option>
            {SELLER_CANCEL_REASONS.map((r) => (
              <option key={r.code} value={r.code}>
                {r.labelKo} — {r.descriptionKo} ({r.code})
              </option>
            ))}
          </select>
          {tried && problems.reason && <p className="field__error">{problems.reason}</p>}
        </div>
        <label className="cancel-form__label" htmlFor="orders-cancel-userid">
          {t('orders.cancel.userId')}
        </label>
        <div>
          <input
            id="orders-cancel-userid"
            type="text"
            data-testid="orders-cancel-userid"
            value={userId}
            autoComplete="username"
            onChange={(e) => setUserId(e.target.value)}
            aria-invalid={(tried && Boolean(problems.userId)) || undefined}
            aria-describedby="orders-cancel-userid-hint"
          />
          <p className="field__hint" id="orders-cancel-userid-hint">
            {t('orders.cancel.userIdHint')}
          </p>
          {tried && problems.userId && <p className="field__error">{problems.userId}</p>}
        </div>
        <span className="cancel-form__label">{t('orders.cancel.items')}</span>
        <div data-testid="orders-cancel-items">
          {!single && <p className="field__hint">{t('orders.cancel.itemsAll')}</p>}
          {single && detail.isPending && <p className="subtle">{t('orders.cancel.loadingItems')}</p>}
          {single && detail.isSuccess && items.length === 0 && <p className="field__error">{t('orders.cancel.noItems')}</p>}
          {single &&
            items.map((item) => (
              <label key={item.vendorItemId} className="cancel-form__item">
                <input
                  type="checkbox"
                  checked={!unchecked.has(item.vendorItemId)}
                  data-testid={`orders-cancel-item-${item.vendorItemId}`}
                  onChange={(e) =>
                    setUnchecked((prev) => {
                      const next = new Set(prev);
                      if (e.target.checked) next.delete(item.vendorItemId);
                      else next.add(item.vendorItemId);
                      return next;
                    })
                  }
                />{' '}
                {item.sellerProductName} {item.sellerProductItemName} × {item.quantityToShip} <code className="subtle">{item.vendorItemId}</code>
              </label>
            ))}
          {tried && problems.items && <p className="field__error">{problems.items}</p>}
          <ErrorPanel error={detail.error ?? loadError} testId="orders-cancel-detail-error" />
        </div>
      </div>
      <label className="cancel-form__ack">
        <input type="checkbox" data-testid="orders-cancel-understood" checked={understood} onChange={(e) => setUnderstood(e.target.checked)} /> {t('orders.cancel.acknowledge')}
      </label>
      <div className="orders-panel__foot">
        {offline && <span className="orders-panel__offline">{t('orders.actions.offlineNote')}</span>}
        <button type="submit" className="button button--danger" data-testid="orders-cancel-submit" disabled={!ok || pending || busy || loading} aria-busy={pending || loading}>
          {pending || loading ? t('orders.actions.sending') : t('orders.cancel.submit', { count: rows.length })}
        </button>
      </div>
    </form>
  );
}
