// Step 8: the request exactly as it will be sent, every rule checked, then submit — as 임시저장 or
// with the approval request — and the status followed until 승인완료 or 승인반려 (with the reason).
// After a denial the draft is a modify of the registered product: fix it and submit again.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SubmitResult } from '../../../shared/ipc/products';
import { statusCodeOf } from '../../../shared/products/enums';
import type { WizardStep } from '../../../shared/products/issues';
import { useBridgeApi } from '../../components/api-context';
import { ErrorPanel } from '../../components/ErrorPanel';
import { StatusBadge, type BadgeTone } from '../../components/StatusBadge';
import { productsKeys } from '../api';
import { IssueList } from '../ui';
import type { Wizard } from './useWizard';

export const STATUS_POLL_MS = 3000;

export function statusTone(statusName: string | null | undefined): BadgeTone {
  switch (statusCodeOf(statusName)) {
    case 'APPROVED':
    case 'PARTIAL_APPROVED':
      return 'ok';
    case 'DENIED':
    case 'DELETED':
      return 'danger';
    case 'APPROVING':
    case 'IN_REVIEW':
      return 'warn';
    default:
      return 'neutral';
  }
}

export function StepReview({ w }: { w: Wizard }) {
  const { t } = useTranslation();
  const api = useBridgeApi();
  const qc = useQueryClient();
  const [result, setResult] = useState<SubmitResult | null>(null);
  const errors = w.issues.filter((i) => i.severity === 'error');
  const warnings = w.issues.filter((i) => i.severity === 'warning');
  const sellerProductId = w.draft.sellerProductId;

  const submit = useMutation({
    mutationFn: async (requested: boolean) => {
      await w.persist(w.draft);
      return api.productsSubmit({ draftId: w.draft.id, requested });
    },
    onSuccess: async (r) => {
      setResult(r);
      await w.reload();
      void qc.invalidateQueries({ queryKey: productsKeys.list });
      void qc.invalidateQueries({ queryKey: productsKeys.drafts });
      if (r.sellerProductId) void qc.invalidateQueries({ queryKey: productsKeys.status(r.sellerProductId) });
    },
  });

  const status = useQuery({
    queryKey: productsKeys.status(sellerProductId ?? ''),
    queryFn: () => api.productsStatus({ sellerProductId: sellerProductId!, draftId: w.draft.id || undefined }),
    enabled: !!sellerProductId,
    refetchInterval: (q) => (q.state.data?.final ? false : STATUS_POLL_MS),
  });
  const statusName = status.data?.statusName ?? w.draft.lastStatus;
  const code = statusCodeOf(statusName);
  const denied = code === 'DENIED';

  const json = JSON.stringify(w.buildBody(true), null, 2);
  const plan = w.editPlan;
  // A registered product with nothing changed has nothing to send (a 임시저장 one can still be requested).
  const nothingToSend = !!plan && plan.path === 'none' && plan.itemApiChanges.length === 0 && code !== 'SAVED';

  return (
    <div className="pw-step" data-testid="step-review">
      {sellerProductId && (
        <section className={`panel ${denied ? 'panel--danger' : code === 'APPROVED' ? 'panel--ok' : 'panel--info'}`} data-testid="submit-status" data-status={statusName ?? ''} aria-live="polite">
          <p>
            {t('products.review.registered', { id: sellerProductId })}{' '}
            <StatusBadge tone={statusTone(statusName)} testId="product-status">
              {statusName ?? t('products.review.unknownStatus')}
            </StatusBadge>
            {status.isFetching && <span className="subtle"> {t('products.review.following')}</span>}
          </p>
          {!status.data?.final && code === 'APPROVING' && <p className="subtle">{t('products.review.waiting')}</p>}
          {denied && (
            <>
              <p data-testid="deny-reason">
                <strong>{t('products.review.denyReason')}</strong> {status.data?.denyReason ?? w.draft.denyReason}
              </p>
              <p>{t('products.review.fixAndResubmit')}</p>
              <button type="button" className="button" data-testid="review-fix" onClick={() => w.goTo(1 as WizardStep)}>
                {t('products.review.fix')}
              </button>
            </>
          )}
          {code === 'SAVED' && (
            <button type="button" className="button button--primary" data-testid="review-request-approval" disabled={submit.isPending} onClick={() => submit.mutate(true)}>
              {t('products.review.requestApproval')}
            </button>
          )}
          <ErrorPanel error={status.error} />
          {status.data && status.data.history.length > 0 && (
            <details>
              <summary>{t('products.review.history')}</summary>
              <ul className="pw-list" data-testid="status-history">
                {status.data.history.map((h, n) => (
                  <li key={n}>
                    {h.createdAt} · {h.status} · {h.comment}
                  </li>
                ))}
              </ul>
            </details>
          )}
        </section>
      )}

      {plan && (
        <p className="panel panel--info" data-testid="edit-plan" data-path={plan.path}>
          {plan.reasonKo}
          {plan.itemApiChanges.length > 0 && ` ${t('products.review.itemApiChanges', { count: plan.itemApiChanges.length })}`}
        </p>
      )}

      <IssueList issues={errors} testId="review-errors" onGo={(s) => w.goTo(s as WizardStep)} />
      {errors.length === 0 && (
        <p className="panel panel--ok" data-testid="review-ok">
          {t('products.review.allRulesPass')}
        </p>
      )}
      <IssueList issues={warnings} testId="review-warnings" onGo={(s) => w.goTo(s as WizardStep)} />

      <div className="button-row pw-submit">
        {(!sellerProductId || w.draft.mode === 'create') && (
          <button type="button" className="button" data-testid="submit-save" disabled={errors.length > 0 || submit.isPending} onClick={() => submit.mutate(false)}>
            {t('products.review.submitSave')}
          </button>
        )}
        <button type="button" className="button button--primary" data-testid="submit-request" disabled={errors.length > 0 || submit.isPending || code === 'APPROVING' || nothingToSend} onClick={() => submit.mutate(true)}>
          {sellerProductId ? t('products.review.resubmit') : t('products.review.submitRequest')}
        </button>
        {submit.isPending && <span className="subtle">{t('products.review.sending')}</span>}
      </div>
      <ErrorPanel error={submit.error} testId="submit-error" />
      {result && (
        <div className={`panel ${result.ok ? 'panel--ok' : 'panel--danger'}`} data-testid="submit-result" data-ok={result.ok}>
          <p>{result.messageKo}</p>
          {result.issues.length > 0 && (
            <ul>
              {result.issues.map((i, n) => (
                <li key={n}>{i.messageKo}</li>
              ))}
            </ul>
          )}
          {result.itemResults.map((r, n) => (
            <p key={n} className={r.ok ? 'subtle' : 'field__error'}>
              {r.vendorItemId}: {r.messageKo}
            </p>
          ))}
        </div>
      )}

      <details className="pw-json" open>
        <summary>{t('products.review.json')}</summary>
        <pre data-testid="review-json" className="mono">
          {json}
        </pre>
      </details>
    </div>
  );
}
