// Small pieces the coupon tabs share: request state badges, rule issue lists, budget bars and the
// side drawer used for coupon details.
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CouponIssue } from '../../shared/coupons';
import { formatWon } from '../../shared/money';
import type { RequestState, TrackedRequest } from '../../shared/ipc/coupons';
import { StatusBadge, type BadgeTone } from '../components/StatusBadge';

const STATE_TONE: Record<RequestState, BadgeTone> = { SUBMITTING: 'neutral', REQUESTED: 'info', DONE: 'ok', FAIL: 'danger', UNKNOWN: 'warn' };

export function RequestStateBadge({ request }: { request: Pick<TrackedRequest, 'state' | 'failed' | 'canResend'> }) {
  const { t } = useTranslation();
  const partial = request.state === 'DONE' && (request.failed ?? 0) > 0;
  const tone = partial ? 'warn' : STATE_TONE[request.state];
  return (
    <StatusBadge tone={tone} testId="request-state" title={request.state}>
      {request.state === 'REQUESTED' && <span className="spinner" aria-hidden="true" />}
      {t(`coupons.state.${request.state}`)}
      {partial && ` · ${t('coupons.requests.partial', { count: request.failed ?? 0 })}`}
      {request.state === 'UNKNOWN' && request.canResend && ` · ${t('coupons.requests.needsDecision')}`}
    </StatusBadge>
  );
}

const COUPON_TONE: Record<string, BadgeTone> = { STANDBY: 'info', APPLIED: 'ok', PAUSED: 'warn', EXPIRED: 'neutral', DETACHED: 'neutral' };

export function CouponStatusBadge({ status, testId }: { status: string | null; testId?: string }) {
  const { t } = useTranslation();
  if (!status) return <span className="subtle">—</span>;
  const known = status in COUPON_TONE;
  return (
    <StatusBadge tone={COUPON_TONE[status] ?? 'neutral'} testId={testId} title={status}>
      {known ? t(`coupons.status.${status as 'STANDBY'}`) : status}
    </StatusBadge>
  );
}

/** Errors block sending; warnings are shown and the seller decides. Each names its rule. */
export function IssueList({ issues, testId = 'coupon-issues' }: { issues: readonly CouponIssue[]; testId?: string }) {
  const { t } = useTranslation();
  if (!issues.length) return null;
  const errors = issues.filter((i) => i.severity === 'error');
  const warnings = issues.filter((i) => i.severity === 'warning');
  return (
    <div className="issue-list" data-testid={testId}>
      {errors.length > 0 && (
        <div className="issue-list__group issue-list__group--error" role="alert">
          <strong>{t('coupons.issues.errors', { count: errors.length })}</strong>
          <ul>
            {errors.map((i, n) => (
              <li key={n} data-rule={i.rule} data-field={i.field ?? undefined} data-testid="issue-error">
                {i.messageKo}
              </li>
            ))}
          </ul>
        </div>
      )}
      {warnings.length > 0 && (
        <div className="issue-list__group issue-list__group--warning">
          <strong>{t('coupons.issues.warnings', { count: warnings.length })}</strong>
          <ul>
            {warnings.map((i, n) => (
              <li key={n} data-rule={i.rule} data-field={i.field ?? undefined} data-testid="issue-warning">
                {i.messageKo}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}

/** Issues of one field, shown under it. */
export function FieldIssues({ issues, field }: { issues: readonly CouponIssue[]; field: string }) {
  const mine = issues.filter((i) => i.field === field);
  if (!mine.length) return null;
  return (
    <>
      {mine.map((i, n) => (
        <p key={n} className={i.severity === 'error' ? 'field__error' : 'field__warning'} data-testid={`field-issue-${field}`} data-rule={i.rule}>
          {i.messageKo}
        </p>
      ))}
    </>
  );
}

export function BudgetBar({ used, total, testId }: { used: number | null; total: number | null; testId?: string }) {
  const { t } = useTranslation();
  if (total === null || total <= 0) return <span className="subtle">{t('coupons.contracts.noBudget')}</span>;
  const u = used ?? 0;
  const ratio = Math.min(1, u / total);
  const tone = ratio >= 1 ? 'full' : ratio >= 0.8 ? 'high' : 'ok';
  return (
    <span className={`budget budget--${tone}`} data-testid={testId}>
      <span className="budget__bar" role="meter" aria-valuemin={0} aria-valuemax={total} aria-valuenow={u} aria-label={t('coupons.contracts.budgetUsed')}>
        <span className="budget__fill" style={{ width: `${Math.round(ratio * 100)}%` }} />
      </span>
      <span className="budget__text">
        {formatWon(u)} / {formatWon(total)} <span className="subtle">({Math.round(ratio * 1000) / 10}%)</span>
      </span>
    </span>
  );
}

export function Drawer({ title, onClose, children, testId }: { title: ReactNode; onClose: () => void; children: ReactNode; testId: string }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    ref.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);
  return (
    <aside className="drawer" role="dialog" aria-modal="false" aria-label={typeof title === 'string' ? title : undefined} data-testid={testId} tabIndex={-1} ref={ref}>
      <header className="drawer__header">
        <h2 className="drawer__title">{title}</h2>
        <button type="button" className="button button--small" onClick={onClose} data-testid={`${testId}-close`}>
          {t('coupons.common.close')}
        </button>
      </header>
      <div className="drawer__body">{children}</div>
    </aside>
  );
}

/** "정률 10% (최대 5,000원)" in the screen's language. */
export function useDiscountLabel() {
  const { t } = useTranslation();
  return (type: string | null | undefined, discount: number | null | undefined, maxDiscountPrice?: number | null) => {
    if (!type || discount === null || discount === undefined) return '—';
    const value = type === 'RATE' ? `${discount}%` : formatWon(discount);
    const max = maxDiscountPrice !== null && maxDiscountPrice !== undefined && maxDiscountPrice > 0 ? ` ${t('coupons.common.maxDiscount', { amount: formatWon(maxDiscountPrice) })}` : '';
    const typeLabel = ['RATE', 'PRICE', 'FIXED_WITH_QUANTITY'].includes(type) ? t(`coupons.type.${type as 'RATE'}`) : type;
    return `${typeLabel} ${value}${max}`;
  };
}

/** The tracker's payload in words: name, discount, period, option count, batch. */
export function RequestSummary({ request }: { request: TrackedRequest }) {
  const { t } = useTranslation();
  const discount = useDiscountLabel();
  const p = request.payload;
  const parts: string[] = [];
  if (p.name) parts.push(`‘${p.name}’`);
  if (p.type) parts.push(discount(p.type, p.discount, p.maxDiscountPrice));
  if (p.startAt && p.endAt) parts.push(`${p.startAt} ~ ${p.endAt}`);
  if (p.policies) parts.push(t('coupons.requests.policies', { count: p.policies }));
  if (p.vendorItemCount !== undefined) parts.push(t('coupons.requests.options', { count: p.vendorItemCount }));
  if (p.batches && p.batches > 1) parts.push(t('coupons.requests.batch', { batch: p.batch, batches: p.batches }));
  return <span className="request-summary">{parts.join(' · ')}</span>;
}
