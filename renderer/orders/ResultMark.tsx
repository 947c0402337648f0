import { useTranslation } from 'react-i18next';
import type { RecordedResult, ResultState } from './model';

export const RESULT_ICON: Record<ResultState, string> = { done: '✓', failed: '✕', queued: '⏳', unknown: '?' };

/** The text a result carries: the main process's message, or what re-reading the order showed. */
export function useResultText() {
  const { t } = useTranslation();
  return (r: RecordedResult) => {
    const parts: string[] = [];
    if (r.reconciled) parts.push(t(`orders.results.${r.reconciled}`));
    if (r.messageKo) parts.push(r.messageKo);
    if (!r.messageKo && r.state === 'queued') parts.push(t('orders.results.queuedHint'));
    if (r.retryRequired && r.state !== 'done') parts.push(t('orders.results.retry'));
    return parts.join(' ');
  };
}

/** ✓ done / ✕ failed / ⏳ queued / ? unknown, with the action and the message on hover. */
export function ResultMark({ result }: { result: RecordedResult }) {
  const { t } = useTranslation();
  const text = useResultText()(result);
  const label = `${t(`orders.actions.${result.action}`)}: ${t(`orders.results.${result.state}`)}`;
  return (
    <span className={`result-mark result-mark--${result.state}`} data-testid="orders-row-result" data-state={result.state} data-action={result.action} title={text ? `${label} — ${text}` : label}>
      <span className="result-mark__icon" aria-hidden="true">
        {RESULT_ICON[result.state]}
      </span>
      <span className="result-mark__label">{t(`orders.results.${result.state}`)}</span>
      {result.state === 'failed' && text && <span className="visually-hidden"> — {text}</span>}
    </span>
  );
}
