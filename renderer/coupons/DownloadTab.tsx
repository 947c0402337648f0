// 다운로드 쿠폰: Coupang has no list API for them, so the list is what wingdesk created or looked up
// (by couponId). The drawer shows the policies, attaches options and expires the coupon.
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorsOf, validateDownloadExpire, validateDownloadItemAdd } from '../../shared/coupons';
import { formatWon } from '../../shared/money';
import { ErrorPanel } from '../components/ErrorPanel';
import { StatusBadge } from '../components/StatusBadge';
import { DownloadCreateForm } from './DownloadCreateForm';
import { ItemPicker } from './ItemPicker';
import { CouponStatusBadge, Drawer, IssueList, RequestStateBadge, RequestSummary } from './parts';
import { useAssignments, useContracts, useCouponRequests, useCouponWrite, useDownloadDetail, useDownloadList } from './useCoupons';

function DownloadDetailDrawer({ couponId, lastUserId, onClose, onShowRequests }: { couponId: string; lastUserId: string | null; onClose: () => void; onShowRequests: () => void }) {
  const { t } = useTranslation();
  const detail = useDownloadDetail(couponId);
  const { refetch } = detail;
  const refetchDetail = useCallback(() => void refetch(), [refetch]);
  const tracked = useCouponRequests('download', couponId, refetchDetail);
  const [userId, setUserId] = useState(lastUserId ?? '');
  const [toAdd, setToAdd] = useState<string[]>([]);
  const [adding, setAdding] = useState(false);
  const [confirmExpire, setConfirmExpire] = useState(false);
  const assignments = useAssignments('download', toAdd);
  const add = useCouponWrite((api, v: { ids: string[]; userId: string }) => api.couponsDownloadAddItems({ couponId, userId: v.userId, vendorItemIds: v.ids }));
  const expire = useCouponWrite((api, uid: string) => api.couponsDownloadExpire({ couponId, userId: uid }));
  const c = detail.data?.coupon;
  const addIssues = useMemo(
    () => (adding && c ? validateDownloadItemAdd({ couponId, destroyed: c.destroyed, appliedOptionCount: c.appliedOptionCount, couponStatus: c.couponStatus }, toAdd, userId, assignments.data?.assigned) : []),
    [adding, c, couponId, toAdd, userId, assignments.data],
  );
  const expireIssues = confirmExpire ? validateDownloadExpire(couponId, userId) : [];
  const requests = tracked.data?.requests ?? detail.data?.requests ?? [];

  return (
    <Drawer title={t('coupons.download.detailTitle', { couponId })} onClose={onClose} testId="download-drawer">
      {detail.isPending && <p className="subtle">{t('common.loading')}</p>}
      <ErrorPanel error={detail.error} testId="download-detail-error" />
      {c && (
        <>
          <dl className="facts" data-testid="download-facts">
            <dt>{t('coupons.common.name')}</dt>
            <dd>{c.title ?? '—'}</dd>
            <dt>{t('coupons.common.status')}</dt>
            <dd>
              <CouponStatusBadge status={c.couponStatus} testId="download-detail-status" />{' '}
              {c.destroyed && (
                <StatusBadge tone="danger" testId="download-destroyed">
                  {t('coupons.download.destroyed')}
                </StatusBadge>
              )}
            </dd>
            <dt>{t('coupons.common.period')}</dt>
            <dd className="mono">
              {c.startDate} ~ {c.endDate ?? '—'}
            </dd>
            <dt>{t('coupons.download.appliedOptionCount')}</dt>
            <dd data-testid="download-applied">{c.appliedOptionCount ?? t('coupons.download.localCount', { count: c.localItemCount })}</dd>
            <dt>{t('coupons.download.usageAmount')}</dt>
            <dd>{c.usageAmount === null ? '—' : formatWon(c.usageAmount)}</dd>
            <dt>{t('coupons.download.publishedDate')}</dt>
            <dd className="mono">{c.publishedDate ?? '—'}</dd>
          </dl>
          <table className="table table--compact" data-testid="download-policy-view">
            <thead>
              <tr>
                <th scope="col">{t('coupons.download.policy.title')}</th>
                <th scope="col">{t('coupons.create.type')}</th>
                <th scope="col">{t('coupons.download.policy.minimumPrice')}</th>
                <th scope="col">{t('coupons.download.policy.discount')}</th>
                <th scope="col">{t('coupons.download.policy.maximumDiscountPrice')}</th>
                <th scope="col">{t('coupons.download.policy.maximumPerDaily')}</th>
              </tr>
            </thead>
            <tbody>
              {c.policies.map((p, n) => (
                <tr key={n}>
                  <td>{p.title}</td>
                  <td>{p.typeOfDiscount === 'RATE' || p.typeOfDiscount === 'PRICE' ? t(`coupons.type.${p.typeOfDiscount}`) : p.typeOfDiscount}</td>
                  <td>{p.minimumPrice === null ? '—' : formatWon(p.minimumPrice)}</td>
                  <td>{p.discount === null ? '—' : p.typeOfDiscount === 'RATE' ? `${p.discount}%` : formatWon(p.discount)}</td>
                  <td>{p.maximumDiscountPrice === null || p.maximumDiscountPrice < 0 ? <span className="subtle">{t('coupons.download.noMax')}</span> : formatWon(p.maximumDiscountPrice)}</td>
                  <td>{p.maximumPerDaily ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>

          <section className="drawer__section">
            <div className="field">
              <label className="field__label" htmlFor="download-drawer-userId">
                {t('coupons.download.userId')}
              </label>
              <div className="field__control">
                <input id="download-drawer-userId" type="text" data-testid="download-drawer-userId" value={userId} onChange={(e) => setUserId(e.target.value)} />
              </div>
            </div>
            <div className="button-row">
              <button type="button" className="button button--small" data-testid="download-add-open" disabled={c.destroyed} onClick={() => setAdding((a) => !a)}>
                {t('coupons.detail.addItems')}
              </button>
            </div>
            {adding && (
              <div className="confirm-box" data-testid="download-add-box">
                <ItemPicker family="download" selected={toAdd} onChange={setToAdd} assigned={assignments.data?.assigned} couponId={couponId} testId="download-add-picker" />
                <IssueList issues={addIssues} testId="download-add-issues" />
                <button
                  type="button"
                  className="button button--primary button--small"
                  data-testid="download-add-submit"
                  disabled={add.isPending || toAdd.length === 0 || errorsOf(addIssues).length > 0}
                  onClick={async () => {
                    const out = await add.mutateAsync({ ids: toAdd, userId }).catch(() => null);
                    if (out) {
                      setToAdd([]);
                      setAdding(false);
                    }
                  }}
                >
                  {t('coupons.detail.addSubmit', { count: toAdd.length })}
                </button>
                <ErrorPanel error={add.error} testId="download-add-error" />
              </div>
            )}
          </section>

          <section className="drawer__section">
            <div className="section-bar">
              <h3 className="section-title">{t('coupons.detail.requests')}</h3>
              <button type="button" className="button button--small" onClick={onShowRequests}>
                {t('coupons.detail.allRequests')}
              </button>
            </div>
            {requests.length === 0 ? (
              <p className="empty">{t('coupons.requests.empty')}</p>
            ) : (
              <ul className="request-mini" data-testid="download-drawer-requests">
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
              <button type="button" className="button button--danger button--small" data-testid="download-expire" disabled={c.destroyed || c.couponStatus === 'EXPIRED'} onClick={() => setConfirmExpire(true)}>
                {t('coupons.detail.expire')}
              </button>
            ) : (
              <div className="confirm-box" data-testid="download-expire-box">
                <p className="confirm__text">{t('coupons.detail.expireConfirmText', { couponId })}</p>
                <IssueList issues={expireIssues} testId="download-expire-issues" />
                <div className="button-row">
                  <button
                    type="button"
                    className="button button--danger button--small"
                    data-testid="download-expire-confirm"
                    disabled={expire.isPending || errorsOf(expireIssues).length > 0}
                    onClick={async () => {
                      const out = await expire.mutateAsync(userId).catch(() => null);
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
            <ErrorPanel error={expire.error} testId="download-expire-error" />
          </section>
        </>
      )}
    </Drawer>
  );
}

export function DownloadTab({ onShowRequests, openId, onOpen }: { onShowRequests: () => void; openId: string | null; onOpen: (couponId: string | null) => void }) {
  const { t } = useTranslation();
  const list = useDownloadList();
  const contracts = useContracts();
  const [creating, setCreating] = useState(false);
  const [lookupId, setLookupId] = useState('');
  const coupons = list.data?.coupons ?? [];

  return (
    <div className="coupons-tab" data-testid="coupons-download">
      <div className="toolbar">
        <form
          className="button-row"
          onSubmit={(e) => {
            e.preventDefault();
            if (/^\d+$/.test(lookupId.trim())) onOpen(lookupId.trim());
          }}
        >
          <input type="text" className="mono input--id" aria-label={t('coupons.download.lookup')} placeholder={t('coupons.download.lookup')} data-testid="download-lookup-id" value={lookupId} onChange={(e) => setLookupId(e.target.value)} />
          <button type="submit" className="button button--small" data-testid="download-lookup-submit" disabled={!/^\d+$/.test(lookupId.trim())}>
            {t('coupons.download.lookupSubmit')}
          </button>
        </form>
        <div className="toolbar__spacer" />
        <button type="button" className="button button--primary button--small" data-testid="download-new" aria-expanded={creating} onClick={() => setCreating((c) => !c)}>
          {creating ? t('coupons.instant.closeForm') : t('coupons.download.new')}
        </button>
      </div>

      {creating && (
        <>
          <ErrorPanel error={contracts.error} testId="download-contracts-error" />
          {contracts.data && list.data && <DownloadCreateForm contracts={contracts.data.contracts} lastUserId={list.data.lastUserId} onCreated={(c) => c && onOpen(c.couponId)} />}
        </>
      )}

      <section className="panel" aria-labelledby="download-list-title">
        <h2 className="panel__title" id="download-list-title">
          {t('coupons.download.listTitle')}
        </h2>
        <p className="hint">{t('coupons.download.listHint')}</p>
        <ErrorPanel error={list.error} testId="download-list-error" />
        {list.data && coupons.length === 0 && (
          <p className="empty" data-testid="download-empty">
            {t('coupons.download.empty')}
          </p>
        )}
        {coupons.length > 0 && (
          <div className="table-wrap">
            <table className="table" data-testid="download-list">
              <thead>
                <tr>
                  <th scope="col">{t('coupons.common.couponId')}</th>
                  <th scope="col">{t('coupons.common.name')}</th>
                  <th scope="col">{t('coupons.common.status')}</th>
                  <th scope="col">{t('coupons.download.policyCount')}</th>
                  <th scope="col">{t('coupons.common.period')}</th>
                  <th scope="col">{t('coupons.download.options')}</th>
                  <th scope="col">{t('coupons.common.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {coupons.map((c) => (
                  <tr key={c.couponId} data-testid={`download-row-${c.couponId}`}>
                    <td className="mono">{c.couponId}</td>
                    <td className="cell--truncate cell--wide">{c.title}</td>
                    <td>
                      <CouponStatusBadge status={c.couponStatus} />{' '}
                      {c.destroyed && <StatusBadge tone="danger">{t('coupons.download.destroyed')}</StatusBadge>}
                    </td>
                    <td>{c.policies.length}</td>
                    <td className="mono cell--nowrap">
                      {c.startDate} ~ {c.endDate ?? '—'}
                    </td>
                    <td>{c.appliedOptionCount ?? c.localItemCount}</td>
                    <td>
                      <button type="button" className="button button--small" data-testid="download-open" onClick={() => onOpen(c.couponId)}>
                        {t('coupons.instant.open')}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      {openId && <DownloadDetailDrawer key={openId} couponId={openId} lastUserId={list.data?.lastUserId ?? null} onClose={() => onOpen(null)} onShowRequests={onShowRequests} />}
    </div>
  );
}
