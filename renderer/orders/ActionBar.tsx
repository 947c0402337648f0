import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrderRow } from '../../shared/ipc/orders';
import { kstDate } from '../../shared/kst';
import { ErrorPanel } from '../components/ErrorPanel';
import type { LastRun } from './api';
import { formatCount, kstFull } from '../components/format';
import { ACTIONS, splitEligible, type ActionKind, type EligibilitySummary, type Ineligible } from './model';

export function computeEligibility(rows: readonly OrderRow[], queuedIds: ReadonlySet<string>) {
  const today = kstDate();
  const out = {} as Record<ActionKind, EligibilitySummary>;
  for (const a of ACTIONS) out[a] = splitEligible(a, rows, queuedIds, today);
  return out;
}

export interface ActionBarProps {
  selectedCount: number;
  eligibility: Record<ActionKind, EligibilitySummary>;
  pending: ActionKind | null;
  open: ActionKind | null;
  onAction: (action: ActionKind) => void;
}

/** One button per action with "eligible/selected"; a disabled button says why in its title and below. */
export function ActionBar({ selectedCount, eligibility, pending, open, onAction }: ActionBarProps) {
  const { t } = useTranslation();
  const [hint, setHint] = useState<ActionKind | null>(null);

  const reasons = (excluded: Partial<Record<Ineligible, number>>) =>
    (Object.entries(excluded) as [Ineligible, number][]).map(([why, n]) => t('orders.actions.excluded', { count: n, reason: t(`orders.ineligible.${why}`) }));

  const describe = (a: ActionKind) => {
    if (selectedCount === 0) return t('orders.actions.noneSelected');
    const e = eligibility[a];
    return [t('orders.actions.eligibleTitle', { selected: selectedCount, eligible: e.eligible.length }), ...reasons(e.excluded)].join(' · ');
  };
  const shown = hint ?? open;

  return (
    <div className="orders-actions" role="toolbar" aria-label={t('orders.actions.label')} data-testid="orders-actions">
      <div className="orders-actions__buttons">
        {ACTIONS.map((a) => {
          const n = eligibility[a].eligible.length;
          const disabled = n === 0 || pending !== null;
          return (
            <button
              key={a}
              type="button"
              className={['button', 'button--small', a === 'cancel' ? 'orders-action--danger' : '', open === a ? 'orders-action--open' : ''].filter(Boolean).join(' ')}
              data-testid={`orders-action-${a}`}
              data-eligible={n}
              data-selected={selectedCount}
              disabled={disabled}
              aria-pressed={open === a ? true : undefined}
              aria-busy={pending === a}
              title={pending && pending !== a ? t('orders.actions.busy') : describe(a)}
              onClick={() => onAction(a)}
              onMouseEnter={() => setHint(a)}
              onMouseLeave={() => setHint(null)}
              onFocus={() => setHint(a)}
              onBlur={() => setHint(null)}
            >
              {pending === a ? t('orders.actions.sending') : t(`orders.actions.${a}`)}{' '}
              <span className="orders-action__count">{t('orders.actions.eligible', { eligible: formatCount(n), selected: formatCount(selectedCount) })}</span>
            </button>
          );
        })}
      </div>
      <p className="orders-actions__hint subtle" data-testid="orders-action-hint" aria-live="polite">
        {shown ? `${t(`orders.actions.${shown}`)} — ${describe(shown)}` : '\u00a0'}
      </p>
    </div>
  );
}

/** "상품준비중 처리: 23건 성공, 2건 실패, 1건 확인 필요" for the last run, with whole-call errors. */
export function ActionSummary({ run, onDismiss }: { run: LastRun | null; onDismiss: () => void }) {
  const { t } = useTranslation();
  if (!run) return null;
  const s = run.summary;
  const tone = s.failed > 0 ? 'danger' : s.unknown > 0 || s.queued > 0 ? 'warn' : 'ok';
  return (
    <div
      className={`panel panel--${tone} orders-summary`}
      role="status"
      data-testid="orders-action-summary"
      data-action={run.action}
      data-done={s.done}
      data-failed={s.failed}
      data-queued={s.queued}
      data-unknown={s.unknown}
    >
      <span className="orders-summary__text" data-testid="orders-action-summary-text">
        {t('orders.actions.summary', { action: t(`orders.actions.${run.action}`), done: s.done, failed: s.failed, unknown: s.unknown })}
        {s.queued > 0 && <>, {t('orders.actions.summaryQueued', { count: s.queued })}</>}
      </span>
      <span className="subtle">{t('orders.actions.summaryAt', { at: kstFull(run.at) })}</span>
      {(s.failed > 0 || s.unknown > 0) && <span className="subtle">{t('orders.actions.failedKeptSelected')}</span>}
      <button type="button" className="button button--small" data-testid="orders-action-summary-dismiss" onClick={onDismiss}>
        {t('orders.actions.dismiss')}
      </button>
      {run.errors.length > 0 && <ErrorPanel error={run.errors[0]} title={t('orders.actions.callFailed')} testId="orders-action-error" />}
    </div>
  );
}
