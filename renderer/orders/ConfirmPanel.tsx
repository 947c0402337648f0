import { useTranslation } from 'react-i18next';
import type { OrderRow } from '../../shared/ipc/orders';
import type { ActionKind } from './model';

const SHOWN = 12;

/** A one-step confirmation for actions without a form (출고중지완료, 장기미배송 배송완료). */
export function ConfirmPanel({
  action,
  rows,
  body,
  pending,
  busy,
  offline,
  onConfirm,
  onClose,
}: {
  action: ActionKind;
  rows: OrderRow[];
  body: string;
  pending: boolean;
  busy: boolean;
  offline: boolean;
  onConfirm: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const name = t(`orders.actions.${action}`);
  return (
    <section className="panel orders-panel confirm-panel" data-testid="orders-confirm-panel" data-action={action} aria-label={t('orders.actions.confirmTitle', { action: name, count: rows.length })}>
      <div className="orders-panel__head">
        <h2 className="panel__title">{t('orders.actions.confirmTitle', { action: name, count: rows.length })}</h2>
        <button type="button" className="button button--small" data-testid="orders-panel-close" onClick={onClose}>
          {t('orders.actions.close')}
        </button>
      </div>
      <p className="orders-panel__note">{body}</p>
      <p className="confirm-panel__ids mono">
        {rows
          .slice(0, SHOWN)
          .map((r) => `${r.shipmentBoxId} (${r.receiverName})`)
          .join(', ')}
        {rows.length > SHOWN && ` … +${rows.length - SHOWN}`}
      </p>
      <div className="orders-panel__foot">
        {offline && <span className="orders-panel__offline">{t('orders.actions.offlineNote')}</span>}
        <button type="button" className="button button--primary" data-testid="orders-confirm-submit" disabled={pending || busy || rows.length === 0} aria-busy={pending} onClick={onConfirm}>
          {pending ? t('orders.actions.sending') : t('orders.actions.confirm', { count: rows.length, action: name })}
        </button>
      </div>
    </section>
  );
}
