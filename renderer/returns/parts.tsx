// Small pieces shared by the return and exchange detail panels.
import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { kstMinute } from '../components/format';
import { StatusBadge, type BadgeTone } from '../components/StatusBadge';
import type { ActionResult } from './api';


/** Colour of a receipt / exchange status: work left (warn), done (ok), refused or withdrawn (neutral). */
export function statusTone(status: string): BadgeTone {
  switch (status) {
    case 'RELEASE_STOP_UNCHECKED':
    case 'RETURNS_UNCHECKED':
    case 'RECEIPT':
      return 'warn';
    case 'VENDOR_WAREHOUSE_CONFIRM':
    case 'PROGRESS':
    case 'REQUEST_COUPANG_CHECK':
      return 'info';
    case 'RETURNS_COMPLETED':
    case 'SUCCESS':
      return 'ok';
    case 'REJECT':
      return 'danger';
    default:
      return 'neutral';
  }
}

export function StatusPill({ status, label, testId }: { status: string; label: string; testId?: string }) {
  return (
    <StatusBadge tone={statusTone(status)} testId={testId} title={status}>
      {label}
    </StatusBadge>
  );
}

export function Facts({ rows, testId }: { rows: Array<[string, ReactNode] | null | false>; testId?: string }) {
  return (
    <dl className="facts returns-facts" data-testid={testId}>
      {rows
        .filter((r): r is [string, ReactNode] => Boolean(r))
        .map(([k, v]) => (
          <Fragment key={k}>
            <dt>{k}</dt>
            <dd>{v === '' || v === null || v === undefined ? <span className="subtle">—</span> : v}</dd>
          </Fragment>
        ))}
    </dl>
  );
}

/** What Coupang said about the last action, where the action is. */
export function ActionOutcome({ result, testId }: { result: ActionResult | null; testId: string }) {
  const { t } = useTranslation();
  if (!result) return null;
  const tone = result.state === 'done' ? 'panel--ok' : result.state === 'failed' ? 'panel--danger' : 'panel--warn';
  return (
    <div className={`panel ${tone} returns-outcome`} role="status" data-testid={testId} data-state={result.state}>
      <strong>{t(`returns.actions.${result.state}`)}</strong> {result.messageKo}
    </div>
  );
}

export function Journal({ entries }: { entries: Array<{ id: number; action: string; state: string; messageKo: string; createdAt: string }> }) {
  const { t } = useTranslation();
  if (!entries.length) return null;
  return (
    <details className="returns-journal" data-testid="returns-journal">
      <summary>
        {t('returns.detail.journal')} ({entries.length})
      </summary>
      <ul>
        {entries.map((e) => (
          <li key={e.id} data-state={e.state}>
            <span className="mono">{kstMinute(e.createdAt)}</span> {e.action} — {e.state} {e.messageKo && <span className="subtle">{e.messageKo}</span>}
          </li>
        ))}
      </ul>
    </details>
  );
}

/** An action button that says why it is not possible now (the shared state gate's reason). */
export function ActionButton({
  testId,
  label,
  gate,
  busy,
  primary,
  onClick,
}: {
  testId: string;
  label: string;
  gate: { allowed: boolean; reasonKo: string | null };
  busy: boolean;
  primary?: boolean;
  onClick: () => void;
}) {
  return (
    <button
      type="button"
      className={`button button--small${primary && gate.allowed ? ' button--primary' : ''}`}
      data-testid={testId}
      data-allowed={gate.allowed}
      disabled={!gate.allowed || busy}
      title={gate.reasonKo ?? undefined}
      onClick={onClick}
    >
      {label}
    </button>
  );
}
