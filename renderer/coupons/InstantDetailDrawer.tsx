// One instant coupon: what it is, which options carry it (by item status), add or remove options,
// look an item up by couponItemId or vendorItemId, and expire it — with the rules that apply shown
// before anything is sent (21, 22 for adding; 3, 20 for removing; 23 for expiring).
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorsOf, INSTANT_ITEM_STATUSES, validateInstantExpire, validateInstantItemAdd, validateInstantItemRemoval } from '../../shared/coupons';
import type { InstantCouponItem } from '../../shared/ipc/coupons';
import { ErrorPanel } from '../components/ErrorPanel';
import { ItemPicker } from './ItemPicker';
import { CouponStatusBadge, Drawer, IssueList, RequestStateBadge, RequestSummary, useDiscountLabel } from './parts';
import { useAssignments, useCouponRequests, useCouponWrite, useInstantDetail } from './useCoupons';

export function InstantDetailDrawer({ couponId, onClose, onShowRequests }: { couponId: string; onClose: () => void; onShowRequests: () => void }) {
  const { t } = useTranslation();
  const discount = useDiscountLabel();
  const [itemStatus, setItemStatus] = useState<string | undefined>(undefined);
  const detail = useInstantDetail(couponId, itemStatus);
  const { refetch } = detail;
  const refetchDetail = useCallback(() => void refetch(), [refetch]);
  const tracked = useCouponRequests('instant', couponId, refetchDetail);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [adding, setAdding] = useState(false);
  const [toAdd, setToAdd] = useState<string[]>([]);
  const [confirmRemove, setConfirmRemove] = useState(false);
  const [confirmExpire, setConfirmExpire] = useState(false);
  const [lookupBy, setLookupBy] = useState<'couponItemId' | 'vendorItemId'>('vendorItemId');
  const [lookupId, setLookupId] = useState('');
  const assignments = useAssignments('instant', toAdd);

  const add = useCouponWrite((api, ids: string[]) => api.couponsInstantAddItems({ couponId, vendorItemIds: ids }));
  const remove = useCouponWrite((api, ids: string[]) => api.couponsInstantRemoveItems({ couponId, vendorItemIds: ids }));
  const expire = useCouponWrite((api, _: void) => api.couponsInstantExpire({ couponId }));
  const lookup = useCouponWrite((api, q: { by: 'couponItemId' | 'vendorItemId'; id: string }) => api.couponsInstantItem({ couponId, ...q }));

  const d = detail.data;
  const requests = tracked.data?.requests ?? d?.requests ?? [];
  const addIssues = useMemo(() => (toAdd.length || adding ? validateInstantItemAdd(couponId, toAdd, assignments.data?.assigned) : []), [couponId, toAdd, adding, assignments.data]);
  const removeIds = [...selected];
  const removeIssues = confirmRemove ? validateInstantItemRemoval(removeIds, { initialItemIds: d?.initialItemIds ?? [] }) : [];
  const expireIssues = validateInstantExpire(couponId, requests);
  const items: InstantCouponItem[] = d?.items ?? [];
  const ended = d?.coupon.status === 'EXPIRED';

  const toggle = (id: string) =>
    setSelected((s) => {
      const n = new Set(s);
      if (n.has(id)) n.delete(id);
      else n.add(id);
      return n;
    });

  return (
    <Drawer title={t('coupons.detail.title', { couponId })} onClose={onClose} testId="instant-drawer">
      {detail.isPending && <p className="subtle">{t('common.loading')}</p>}
      <ErrorPanel error={detail.error} testId="instant-detail-error" />
      {d && (
        <>
          <dl className="facts" data-testid="instant-facts">
            <dt>{t('coupons.common.name')}</dt>
            <dd>{d.coupon.promotionName ?? '—'}</dd>
            <dt>{t('coupons.common.status')}</dt>
            <dd>
              <CouponStatusBadge status={d.coupon.status} testId="instant-detail-status" />
            </dd>
            <dt>{t('coupons.common.discount')}</dt>
            <dd>{discount(d.coupon.type, d.coupon.discount, d.coupon.maxDiscountPrice)}</dd>
            <dt>{t('coupons.common.period')}</dt>
            <dd className="mono">
              {d.coupon.startAt} ~ {d.coupon.endAt}
            </dd>
            <dt>{t('coupons.common.contract')}</dt>
            <dd className="mono">{d.coupon.contractId ?? '—'}</dd>
          </dl>

          <section className="drawer__section" aria-labelledby="instant-items-title">
            <div className="section-bar">
              <h3 className="section-title" id="instant-items-title">
                {t('coupons.detail.items')}
              </h3>
              <select aria-label={t('coupons.detail.itemStatus')} data-testid="instant-item-status" value={d.itemStatus} onChange={(e) => setItemStatus(e.target.value)}>
                {INSTANT_ITEM_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {t(`coupons.status.${s}`)}
                  </option>
                ))}
              </select>
              <span className="subtle" data-testid="instant-items-count">
                {t('coupons.detail.itemCount', { count: d.itemsPagination?.totalElements ?? items.length })}
              </span>
            </div>
            {items.length === 0 ? (
              <p className="empty" data-testid="instant-items-empty">
                {t('coupons.detail.noItems')}
              </p>
            ) : (
              <div className="table-wrap table-wrap--scroll">
                <table className="table table--compact" data-testid="instant-items">
                  <thead>
                    <tr>
                      <th scope="col">
                        <span className="visually-hidden">{t('coupons.detail.select')}</span>
                      </th>
                      <th scope="col">{t('coupons.common.vendorItemId')}</th>
                      <th scope="col">{t('coupons.detail.couponItemId')}</th>
                      <th scope="col">{t('coupons.common.status')}</th>
                      <th scope="col">{t('coupons.common.period')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {items.map((i) => (
                      <tr key={i.couponItemId || i.vendorItemId} data-testid="instant-item-row" data-vendor-item-id={i.vendorItemId}>
                        <td>
                          <input type="checkbox" aria-label={i.vendorItemId} disabled={i.status === 'EXPIRED'} checked={selected.has(i.vendorItemId)} onChange={() => toggle(i.vendorItemId)} />
                        </td>
                        <td className="mono">{i.vendorItemId}</td>
                        <td className="mono">{i.couponItemId}</td>
                        <td>
                          <CouponStatusBadge status={i.status} />
                        </td>
                        <td className="mono subtle">
                          {i.startAt} ~ {i.endAt}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}

            <div className="button-row">
              <button type="button" className="button button--small" data-testid="instant-add-open" disabled={ended} onClick={() => setAdding((a) => !a)}>
                {t('coupons.detail.addItems')}
              </button>
              <button type="button" className="button button--small" data-testid="instant-remove" disabled={selected.size === 0 || ended} onClick={() => setConfirmRemove(true)}>
                {t('coupons.detail.removeItems', { count: selected.size })}
              </button>
            </div>

            {confirmRemove && (
              <div className="confirm-box" data-testid="instant-remove-confirm-box">
                <IssueList issues={removeIssues} testId="instant-remove-issues" />
                <div className="button-row">
                  <button
                    type="button"
                    className="button button--danger button--small"
                    data-testid="instant-remove-confirm"
                    disabled={remove.isPending || errorsOf(removeIssues).length > 0}
                    onClick={async () => {
                      const out = await remove.mutateAsync(removeIds).catch(() => null);
                      if (out) {
                        setSelected(new Set());
                        setConfirmRemove(false);
                      }
                    }}
                  >
                    {t('coupons.detail.removeConfirm', { count: removeIds.length })}
                  </button>
                  <button type="button" className="button button--small" onClick={() => setConfirmRemove(false)}>
                    {t('common.cancel')}
                  </button>
                </div>
                <ErrorPanel error={remove.error} testId="instant-remove-error" />
              </div>
            )}

            {adding && (
              <div className="confirm-box" data-testid="instant-add-box">
                <ItemPicker family="instant" selected={toAdd} onChange={setToAdd} assigned={assignments.data?.assigned} couponId={couponId} testId="instant-add-picker" />
                <IssueList issues={addIssues} testId="instant-add-issues" />
                <div className="button-row">
                  <button
                    type="button"
                    className="button button--primary button--small"
                    data-testid="instant-add-submit"
                    disabled={add.isPending || toAdd.length === 0 || errorsOf(addIssues).length > 0}
                    onClick={async () => {
                      const out = await add.mutateAsync(toAdd).catch(() => null);
                      if (out) {
                        setToAdd([]);
                        setAdding(false);
                      }
                    }}
                  >
                    {t('coupons.detail.addSubmit', { count: toAdd.length })}
                  </button>
                </div>
                <ErrorPanel error={add.error} testId="instant-add-error" />
              </div>
            )}
          </section>

          <section className="drawer__section" aria-labelledby="instant-lookup-title">
            <h3 className="section-title" id="instant-lookup-title">
              {t('coupons.detail.lookup')}
            </h3>
            <form
              className="button-row"
              onSubmit={(e) => {
                e.preventDefault();
                if (/^\d+$/.test(lookupId.trim())) lookup.mutate({ by: lookupBy, id: lookupId.trim() });
              }}
            >
              <select aria-label={t('coupons.detail.lookupBy')} data-testid="instant-lookup-by" value={lookupBy} onChange={(e) => setLookupBy(e.target.value as 'couponItemId')}>
                <option value="vendorItemId">vendorItemId</option>
                <option value="couponItemId">couponItemId</option>
              </select>
              <input type="text" className="mono input--id" aria-label={t('coupons.detail.lookupId')} data-testid="instant-lookup-id" value={lookupId} onChange={(e) => setLookupId(e.target.value)} />
              <button type="submit" className="button button--small" data-testid="instant-lookup-submit" disabled={!/^\d+$/.test(lookupId.trim()) || lookup.isPending}>
                {t('coupons.detail.lookupSubmit')}
              </button>
            </form>
            <ErrorPanel error={lookup.error} testId="instant-lookup-error" />
            {lookup.data && (
              <p data-testid="instant-lookup-result" className="mono">
                couponItemId {lookup.data.couponItemId} · vendorItemId {lookup.data.vendorItemId} · <CouponStatusBadge status={lookup.data.status} /> · {lookup.data.startAt} ~ {lookup.data.endAt}
              </p>
            )}
          </section>

          <section className="drawer__section" aria-labelledby="instant-requests-title">
            <div className="section-bar">
              <h3 className="section-title" id="instant-requests-title">
                {t('coupons.detail.requests')}
              </h3>
              <button type="button" className="button button--small" onClick={onShowRequests}>
                {t('coupons.detail.allRequests')}
              </button>
            </div>
            {requests.length === 0 ? (
              <p className="empty">{t('coupons.requests.empty')}</p>
            ) : (
              <ul className="request-mini" data-testid="instant-drawer-requests">
                {requests.map((r) => (
                  <li key={r.id} data-testid="drawer-request" data-state={r.state} data-kind={r.kind}>
                    <RequestStateBadge request={r} /> <strong>{t(`coupons.kind.${r.family}.${r.kind}`)}</strong> <RequestSummary request={r} />
                    {r.reasonKo && <div className={r.state === 'FAIL' ? 'text-danger' : 'subtle'}>{r.reasonKo}</div>}
                  </li>
                ))}
              </ul>
            )}
          </section>

          <section className="drawer__section drawer__section--danger">
            {!confirmExpire ? (
              <button type="button" className="button button--danger button--small" data-testid="instant-expire" disabled={ended} onClick={() => setConfirmExpire(true)}>
                {t('coupons.detail.expire')}
              </button>
            ) : (
              <div className="confirm-box" data-testid="instant-expire-box">
                <p className="confirm__text">{t('coupons.detail.expireConfirmText', { couponId })}</p>
                <IssueList issues={expireIssues} testId="instant-expire-issues" />
                <div className="button-row">
                  <button
                    type="button"
                    className="button button--danger button--small"
                    data-testid="instant-expire-confirm"
                    disabled={expire.isPending || errorsOf(expireIssues).length > 0}
                    onClick={async () => {
                      const out = await expire.mutateAsync().catch(() => null);
                      if (out) setConfirmExpire(false);
                    }}
                  >
                    {t('coupons.detail.expireYes')}
                  </button>
                  <button type="button" className="button button--small" onClick={() => setConfirmExpire(false)}>
                    {t('common.cancel')}
                  </button>
                </div>
              </div>
            )}
            <ErrorPanel error={expire.error} testId="instant-expire-error" />
          </section>
        </>
      )}
    </Drawer>
  );
}
