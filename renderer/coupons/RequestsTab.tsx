// 요청 현황: every coupon write wingdesk sent, live. REQUESTED turns into DONE or FAIL as the
// tracker reads Coupang's status API; FAIL shows Coupang's reason (e.g. [CIR08]) and the options
// it applies to. UNKNOWN means the answer was lost: wingdesk reads the coupon lists to find out,
// and offers 다시 보내기 only when reading found nothing.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { validateRequestedId } from '../../shared/coupons';
import { formatKstDateTime } from '../../shared/kst';
import type { CouponFamily, TrackedRequest } from '../../shared/ipc/coupons';
import { ErrorPanel } from '../components/ErrorPanel';
import { IssueList, RequestStateBadge, RequestSummary } from './parts';
import { useCouponWrite, useRequests } from './useCoupons';

function FailedItems({ request }: { request: TrackedRequest }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  if (!request.failedItems.length) return null;
  return (
    <div className="failed-items">
      <button type="button" className="button button--small button--link" aria-expanded={open} data-testid="request-failed-toggle" onClick={() => setOpen((o) => !o)}>
        {t('coupons.requests.failedItems', { count: request.failedItems.length })}
      </button>
      {open && (
        <ul className="failed-items__list" data-testid="request-failed-items">
          {request.failedItems.map((f, n) => (
            <li key={`${f.vendorItemId}-${n}`}>
              <span className="mono">{f.vendorItemId}</span> — {f.reason}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function RequestsTab({ onOpenCoupon }: { onOpenCoupon: (family: CouponFamily, couponId: string) => void }) {
  const { t } = useTranslation();
  const [scope, setScope] = useState<'active' | 'all'>('all');
  const q = useRequests(scope);
  const refresh = useCouponWrite((api, id: number) => api.couponsRequestRefresh({ id }));
  const resend = useCouponWrite((api, id: number) => api.couponsRequestResend({ id }));
  const [confirmResend, setConfirmResend] = useState<number | null>(null);
  const [family, setFamily] = useState<CouponFamily>('instant');
  const [lookupId, setLookupId] = useState('');
  const lookup = useCouponWrite((api, v: { family: CouponFamily; requestedId: string }) => api.couponsRequestStatus(v));
  const lookupIssues = lookupId.trim() ? validateRequestedId(family, lookupId) : [];
  const requests = q.data?.requests ?? [];

  return (
    <div className="coupons-tab" data-testid="coupons-requests">
      <section className="panel" aria-labelledby="requests-title">
        <div className="section-bar">
          <h2 className="panel__title" id="requests-title">
            {t('coupons.requests.title')}
          </h2>
          <div className="segmented" role="group" aria-label={t('coupons.requests.scope')}>
            {(['all', 'active'] as const).map((s) => (
              <button key={s} type="button" className={s === scope ? 'segmented__item segmented__item--current' : 'segmented__item'} aria-pressed={s === scope} data-testid={`requests-scope-${s}`} onClick={() => setScope(s)}>
                {s === 'all' ? t('coupons.requests.scopeAll') : t('coupons.requests.scopeActive')}
              </button>
            ))}
          </div>
          <span className="subtle" data-testid="requests-pending" aria-live="polite">
            {t('coupons.requests.pending', { count: q.data?.pending ?? 0 })}
          </span>
        </div>
        <p className="hint">{t('coupons.requests.hint')}</p>
        <ErrorPanel error={q.error} testId="requests-error" />
        <ErrorPanel error={refresh.error ?? resend.error} testId="requests-action-error" />
        {q.isPending && <p className="subtle">{t('common.loading')}</p>}
        {q.data && requests.length === 0 && (
          <p className="empty" data-testid="requests-empty">
            {t('coupons.requests.empty')}
          </p>
        )}
        {requests.length > 0 && (
          <div className="table-wrap">
            <table className="table" data-testid="requests-table">
              <thead>
                <tr>
                  <th scope="col">#</th>
                  <th scope="col">{t('coupons.requests.when')}</th>
                  <th scope="col">{t('coupons.requests.kind')}</th>
                  <th scope="col">{t('coupons.requests.state')}</th>
                  <th scope="col">{t('coupons.requests.what')}</th>
                  <th scope="col">requestedId</th>
                  <th scope="col">{t('coupons.common.couponId')}</th>
                  <th scope="col">{t('coupons.requests.result')}</th>
                  <th scope="col">{t('coupons.common.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {requests.map((r) => (
                  <tr key={r.id} data-testid={`request-row-${r.id}`} data-state={r.state} data-kind={r.kind} data-family={r.family} className={r.parentId ? 'row--child' : undefined}>
                    <td className="mono cell--num">
                      {r.parentId ? <span className="subtle">↳ </span> : null}
                      {r.id}
                    </td>
                    <td className="mono cell--nowrap">{formatKstDateTime(r.createdAt)}</td>
                    <td className="cell--nowrap">{t(`coupons.kind.${r.family}.${r.kind}`)}</td>
                    <td className="cell--nowrap">
                      <RequestStateBadge request={r} />
                    </td>
                    <td className="cell--wide">
                      <RequestSummary request={r} />
                    </td>
                    <td className="cell--id" title={r.requestedId ?? undefined} data-testid="request-requested-id">
                      {r.requestedId ?? <span className="subtle">—</span>}
                    </td>
                    <td className="mono">
                      {r.couponId ? (
                        <button type="button" className="button button--small button--link mono" data-testid="request-open-coupon" onClick={() => onOpenCoupon(r.family, r.couponId!)}>
                          {r.couponId}
                        </button>
                      ) : (
                        <span className="subtle">—</span>
                      )}
                    </td>
                    <td className="cell--result">
                      {r.total !== null && (
                        <span className="mono subtle" data-testid="request-counts">
                          {t('coupons.requests.counts', { total: r.total, succeeded: r.succeeded ?? 0, failed: r.failed ?? 0 })}
                        </span>
                      )}
                      {r.reasonKo && (
                        <div className={r.state === 'FAIL' ? 'text-danger' : 'subtle'} data-testid="request-reason">
                          {r.reasonKo}
                        </div>
                      )}
                      {r.lastErrorKo && r.state !== 'FAIL' && (
                        <div className="subtle" data-testid="request-last-error">
                          {r.lastErrorKo}
                        </div>
                      )}
                      <FailedItems request={r} />
                    </td>
                    <td className="cell--actions">
                      {(r.state === 'REQUESTED' || r.state === 'UNKNOWN') && (
                        <button type="button" className="button button--small" data-testid="request-refresh" disabled={refresh.isPending} onClick={() => refresh.mutate(r.id)}>
                          {t('coupons.requests.checkNow')}
                        </button>
                      )}
                      {r.canResend &&
                        (confirmResend === r.id ? (
                          <span className="confirm">
                            <span className="confirm__text">{t('coupons.requests.resendConfirm')}</span>
                            <button
                              type="button"
                              className="button button--danger button--small"
                              data-testid="request-resend-confirm"
                              disabled={resend.isPending}
                              onClick={() => {
                                setConfirmResend(null);
                                resend.mutate(r.id);
                              }}
                            >
                              {t('coupons.requests.resendYes')}
                            </button>
                            <button type="button" className="button button--small" onClick={() => setConfirmResend(null)}>
                              {t('common.cancel')}
                            </button>
                          </span>
                        ) : (
                          <button type="button" className="button button--small" data-testid="request-resend" onClick={() => setConfirmResend(r.id)}>
                            {t('coupons.requests.resend')}
                          </button>
                        ))}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section className="panel" aria-labelledby="requests-lookup-title">
        <h2 className="panel__title" id="requests-lookup-title">
          {t('coupons.requests.lookup')}
        </h2>
        <form
          className="button-row"
          onSubmit={(e) => {
            e.preventDefault();
            if (!lookupIssues.length && lookupId.trim()) lookup.mutate({ family, requestedId: lookupId.trim() });
          }}
        >
          <select aria-label={t('coupons.requests.family')} data-testid="requests-lookup-family" value={family} onChange={(e) => setFamily(e.target.value as CouponFamily)}>
            <option value="instant">{t('coupons.tabs.instant')}</option>
            <option value="download">{t('coupons.tabs.download')}</option>
          </select>
          <input type="text" className="mono input--id-long" aria-label="requestedId" placeholder="requestedId / requestTransactionId" data-testid="requests-lookup-id" value={lookupId} onChange={(e) => setLookupId(e.target.value)} />
          <button type="submit" className="button button--small" data-testid="requests-lookup-submit" disabled={!lookupId.trim() || lookupIssues.length > 0 || lookup.isPending}>
            {t('coupons.requests.lookupSubmit')}
          </button>
        </form>
        <IssueList issues={lookupIssues} testId="requests-lookup-issues" />
        <ErrorPanel error={lookup.error} testId="requests-lookup-error" />
        {lookup.data && (
          <dl className="facts" data-testid="requests-lookup-result">
            <dt>requestedId</dt>
            <dd className="mono">{lookup.data.requestedId}</dd>
            <dt>{t('coupons.requests.kind')}</dt>
            <dd>{lookup.data.type ?? '—'}</dd>
            <dt>{t('coupons.requests.state')}</dt>
            <dd>
              {lookup.data.status ?? '—'} → {t(`coupons.state.${lookup.data.state}`)}
            </dd>
            <dt>{t('coupons.common.couponId')}</dt>
            <dd className="mono">{lookup.data.couponId ?? '—'}</dd>
            <dt>{t('coupons.requests.result')}</dt>
            <dd>{t('coupons.requests.counts', { total: lookup.data.total ?? 0, succeeded: lookup.data.succeeded ?? 0, failed: lookup.data.failed ?? 0 })}</dd>
            {lookup.data.failedItems.length > 0 && (
              <>
                <dt>{t('coupons.requests.failedItems', { count: lookup.data.failedItems.length })}</dt>
                <dd>
                  {lookup.data.failedItems.map((f, n) => (
                    <div key={n}>
                      <span className="mono">{f.vendorItemId}</span> — {f.reason}
                    </div>
                  ))}
                </dd>
              </>
            )}
          </dl>
        )}
      </section>
    </div>
  );
}
