// The registration wizard: eight steps built from the category meta. A step with a broken rule
// cannot be left forward; every message names the field and the rule. The draft is saved to
// SQLite as the seller types and at every step change, so a restart resumes where it was left.
import { formatKstDateTime } from '../../../shared/kst';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProductDraft } from '../../../shared/products/draft';
import { WIZARD_STEPS, type WizardStep } from '../../../shared/products/issues';
import { IssueList } from '../ui';
import { StepBasic } from './StepBasic';
import { StepCategory } from './StepCategory';
import { StepDelivery } from './StepDelivery';
import { StepDocuments } from './StepDocuments';
import { StepImages } from './StepImages';
import { StepNotices } from './StepNotices';
import { StepOptions } from './StepOptions';
import { StepReview } from './StepReview';
import { useWizard, type Wizard as WizardState } from './useWizard';

const STEP_KEYS = ['category', 'basic', 'options', 'notices', 'images', 'delivery', 'documents', 'review'] as const;

export function Wizard({ initial, onSaved, onClose }: { initial: ProductDraft; onSaved?: (id: string) => void; onClose: () => void }) {
  const { t } = useTranslation();
  const w = useWizard(initial);
  const step = w.draft.step as WizardStep;
  w.onFirstSave.current = onSaved ?? null;

  // A new draft is written at once so it shows in the drafts list and survives a reload.
  useEffect(() => {
    if (!initial.id) void w.persist(w.draft);
  }, []);

  const errorsHere = w.stepErrors(step);
  const shown = w.showErrors(step) ? w.issues.filter((i) => i.step === step) : [];

  const next = () => {
    if (step < 8) w.goTo((step + 1) as WizardStep);
  };

  return (
    <section className="panel pw-wizard" data-testid="product-wizard" data-step={step} data-draft-id={w.draft.id || undefined} aria-labelledby="pw-title">
      <header className="pw-wizard__header">
        <h2 className="panel__title" id="pw-title">
          {w.draft.mode === 'edit' ? t('products.wizard.editTitle', { id: w.draft.sellerProductId ?? '' }) : t('products.wizard.title')}
          {w.draft.data.basic.sellerProductName && <span className="subtle"> — {w.draft.data.basic.sellerProductName}</span>}
        </h2>
        <SaveIndicator w={w} />
        <button type="button" className="button button--small" data-testid="wizard-close" onClick={onClose}>
          {t('products.wizard.close')}
        </button>
      </header>
      <ol className="pw-steps" aria-label={t('products.wizard.stepsLabel')}>
        {WIZARD_STEPS.map((s) => {
          const bad = w.showErrors(s) && w.stepErrors(s).length > 0;
          return (
            <li key={s} className={`pw-steps__item${s === step ? ' pw-steps__item--current' : ''}${bad ? ' pw-steps__item--bad' : ''}`}>
              <button type="button" data-testid={`wizard-step-${s}`} aria-current={s === step ? 'step' : undefined} onClick={() => w.goTo(s)}>
                <span className="pw-steps__num">{s}</span> {t(`products.wizard.steps.${STEP_KEYS[s - 1]}`)}
              </button>
            </li>
          );
        })}
      </ol>

      <div className="pw-body" data-testid={`wizard-body-${step}`}>
        {step === 1 && <StepCategory w={w} />}
        {step === 2 && <StepBasic w={w} />}
        {step === 3 && <StepOptions w={w} />}
        {step === 4 && <StepNotices w={w} />}
        {step === 5 && <StepImages w={w} />}
        {step === 6 && <StepDelivery w={w} />}
        {step === 7 && <StepDocuments w={w} />}
        {step === 8 && <StepReview w={w} />}
      </div>

      {step < 8 && <IssueList issues={shown} testId="step-issues" />}

      <footer className="form__actions pw-nav">
        <button type="button" className="button" data-testid="wizard-prev" disabled={step === 1} onClick={() => w.goTo((step - 1) as WizardStep)}>
          {t('products.wizard.prev')}
        </button>
        {step < 8 && (
          <button type="button" className="button button--primary" data-testid="wizard-next" onClick={next} aria-describedby={errorsHere.length && w.showErrors(step) ? 'pw-blocked' : undefined}>
            {t('products.wizard.next')}
          </button>
        )}
        {step < 8 && w.showErrors(step) && errorsHere.length > 0 && (
          <span id="pw-blocked" className="pw-blocked" data-testid="step-blocked">
            {t('products.wizard.blocked', { count: errorsHere.length })}
          </span>
        )}
      </footer>
    </section>
  );
}

function SaveIndicator({ w }: { w: WizardState }) {
  const { t } = useTranslation();
  const s = w.saveState;
  const time = s.at ? (formatKstDateTime(s.at)?.slice(11) ?? '') : '';
  return (
    <span className={`pw-save pw-save--${s.state}`} data-testid="draft-save-state" data-state={s.state} role="status">
      {s.state === 'saving' && t('products.wizard.saving')}
      {s.state === 'saved' && t('products.wizard.saved', { time })}
      {s.state === 'error' && t('products.wizard.saveFailed', { message: s.errorKo ?? '' })}
    </span>
  );
}
