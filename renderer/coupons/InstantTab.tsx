// 즉시할인 쿠폰: the seller's coupons by status (Coupang pages this list from 1), a create form, the
// coupon detail drawer, and "which coupons did this order get" by orderId.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { INSTANT_COUPON_STATUSES, validateOrderId } from '../../shared/coupons';
import type { InstantCouponStatus } from '../../shared/ipc/coupons';
import { ErrorPanel } from '../components/ErrorPanel';
import { InstantCreateForm } from './InstantCreateForm';
import { InstantDetailDrawer } from './InstantDetailDrawer';
import { CouponStatusBadge, IssueList, useDiscountLabel } from './parts';
import { useContracts, useCouponWrite, useInstantList } from './useCoupons';

export function InstantTab({ onShowRequests, openId, onOpen }: { onShowRequests: () => void; openId: string | null; onOpen: (couponId: string | null) => void }) {
  const { t } = useTranslation();
  const discount = useDiscountLabel();
  const [status, setStatus] = useState<InstantCouponStatus>('APPLIED');
  const [page, setPage] = useState(1);
  const [creating, setCreating] = useState(false);
  const [orderId, setOrderId] = useState('');
  const list = useInstantList(status, page);
  const contracts = useContracts();
  const byOrder = useCouponWrite((api, id: string) => api.couponsByOrder({ orderId: id }));
  const orderIssues = orderId.trim() ? validateOrderId(orderId) : [];

  const pagination = list.data?.pagination;
  const coupons = list.data?.coupons ?? [];
  const pending = list.data?.pendingRequests ?? 0;

  return (
    <div className="coupons-tab" data-testid="coupons-instant">
      <div className="toolbar">
        <div className="segmented" role="group" aria-label={t('coupons.common.status')}>
          {INSTANT_COUPON_STATUSES.map((s) => (
            <button
              key={s}
              type="button"
              className={s === status ? 'segmented__item segmented__item--current' : 'segmented__item'}
              aria-pressed={s === status}
              data-testid={`instant-status-${s}`}
              onClick={() => {
                setStatus(s);
                setPage(1);
              }}
            >
              {t(`coupons.status.${s}`)}
            </button>
          ))}
        </div>
        <button type="button" className="button button--small" data-testid="instant-refresh" onClick={() => void list.refetch()}>
          {t('coupons.common.refresh')}
        </button>
        <div className="toolbar__spacer" />
        {pending > 0 && (
          <button type="button" className="button button--small button--link" data-testid="instant-pending" onClick={onShowRequests}>
            {t('coupons.instant.pending', { count: pending })}
          </button>
        )}
        <button type="button" className="button button--primary button--small" data-testid="instant-new" aria-expanded={creating} onClick={() => setCreating((c) => !c)}>
          {creating ? t('coupons.instant.closeForm') : t('coupons.instant.new')}
        </button>
      </div>

      {creating && (
        <>
          <ErrorPanel error={contracts.error} testId="instant-contracts-error" />
          {contracts.data && <InstantCreateForm contracts={contracts.data.contracts} />}
          {contracts.isPending && <p className="subtle">{t('common.loading')}</p>}
        </>
      )}

      <section className="panel" aria-labelledby="instant-list-title">
        <h2 className="panel__title" id="instant-list-title">
          {t('coupons.instant.listTitle', { status: t(`coupons.status.${status}`) })}
        </h2>
        <ErrorPanel error={list.error} testId="instant-list-error" />
        {list.isPending ? (
          <p className="subtle">{t('common.loading')}</p>
        ) : coupons.length === 0 ? (
          <p className="empty" data-testid="instant-empty">
            {t('coupons.instant.empty')}
          </p>
        ) : (
          <div className="table-wrap">
            <table className="table" data-testid="instant-list">
              <thead>
                <tr>
                  <th scope="col">{t('coupons.common.couponId')}</th>
                  <th scope="col">{t('coupons.common.name')}</th>
                  <th scope="col">{t('coupons.common.status')}</th>
                  <th scope="col">{t('coupons.common.discount')}</th>
                  <th scope="col">{t('coupons.common.period')}</th>
                  <th scope="col">{t('coupons.common.contract')}</th>
                  <th scope="col">{t('coupons.common.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {coupons.map((c) => (
                  <tr key={c.couponId} data-testid={`instant-row-${c.couponId}`} className={openId === c.couponId ? 'row--editing' : undefined}>
                    <td className="mono">{c.couponId}</td>
                    <td className="cell--truncate cell--wide" title={c.promotionName ?? undefined}>
                      {c.promotionName ?? <span className="subtle">—</span>}
                    </td>
                    <td>
                      <CouponStatusBadge status={c.status} />
                    </td>
                    <td className="cell--nowrap">{discount(c.type, c.discount, c.maxDiscountPrice)}</td>
                    <td className="mono cell--nowrap">
                      {c.startAt} ~ {c.endAt}
                    </td>
                    <td className="mono">{c.contractId}</td>
                    <td>
                      <button type="button" className="button button--small" data-testid="instant-open" onClick={() => onOpen(c.couponId)}>
                        {t('coupons.instant.open')}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {pagination && pagination.totalPages > 1 && (
          <div className="pager" data-testid="instant-pager">
            <button type="button" className="button button--small" disabled={page <= 1} onClick={() => setPage((p) => p - 1)}>
              {t('coupons.common.prev')}
            </button>
            <span>{t('coupons.common.page', { page, pages: pagination.totalPages, total: pagination.totalElements })}</span>
            <button type="button" className="button button--small" disabled={page >= pagination.totalPages} onClick={() => setPage((p) => p + 1)}>
              {t('coupons.common.next')}
            </button>
          </div>
        )}
      </section>

      <section className="panel" aria-labelledby="instant-order-title">
        <h2 className="panel__title" id="instant-order-title">
          {t('coupons.instant.byOrder')}
        </h2>
        <form
          className="button-row"
          onSubmit={(e) => {
            e.preventDefault();
            if (!validateOrderId(orderId).length) byOrder.mutate(orderId.trim());
          }}
        >
          <input type="text" className="mono input--id" aria-label={t('coupons.instant.orderId')} placeholder={t('coupons.instant.orderId')} data-testid="instant-order-id" value={orderId} onChange={(e) => setOrderId(e.target.value)} />
          <button type="submit" className="button button--small" data-testid="instant-order-submit" disabled={!orderId.trim() || orderIssues.length > 0 || byOrder.isPending}>
            {t('coupons.instant.byOrderSubmit')}
          </button>
        </form>
        <IssueList issues={orderIssues} testId="instant-order-issues" />
        <ErrorPanel error={byOrder.error} testId="instant-order-error" />
        {byOrder.data &&
          (byOrder.data.coupons.length === 0 ? (
            <p className="empty" data-testid="instant-order-empty">
              {t('coupons.instant.byOrderEmpty')}
            </p>
          ) : (
            <table className="table table--compact" data-testid="instant-order-result">
              <thead>
                <tr>
                  <th scope="col">{t('coupons.common.vendorItemId')}</th>
                  <th scope="col">{t('coupons.common.couponId')}</th>
                  <th scope="col">{t('coupons.common.name')}</th>
                  <th scope="col">{t('coupons.common.status')}</th>
                  <th scope="col">{t('coupons.common.discount')}</th>
                </tr>
              </thead>
              <tbody>
                {byOrder.data.coupons.map((c, n) => (
                  <tr key={`${c.couponId}-${c.vendorItemId ?? n}`}>
                    <td className="mono">{c.vendorItemId ?? '—'}</td>
                    <td className="mono">{c.couponId}</td>
                    <td>{c.promotionName ?? '—'}</td>
                    <td>
                      <CouponStatusBadge status={c.status} />
                    </td>
                    <td>{discount(c.type, c.discount, c.maxDiscountPrice)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ))}
      </section>

      {openId && <InstantDetailDrawer key={openId} couponId={openId} onClose={() => onOpen(null)} onShowRequests={onShowRequests} />}
    </div>
  );
}
