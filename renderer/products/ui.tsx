// Small form pieces of the product screens: a labelled field with its rule messages, a counter
// that turns red past the limit, and the list of broken rules of a step.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProductIssue } from '../../shared/products/issues';

/** Issues that belong to a field path (exact, nested, or the same field on every item `items[*]`). */
export function issuesAt(issues: readonly ProductIssue[], field: string): ProductIssue[] {
  const star = field.replace(/^items\[\d+\]/, 'items[*]');
  return issues.filter((i) => i.field === field || i.field === star || i.field.startsWith(`${field}.`) || i.field.startsWith(`${field}[`) || i.field.startsWith(`${star}.`) || i.field.startsWith(`${star}[`));
}

export function Counter({ value, max, testId }: { value: number; max: number; testId?: string }) {
  return (
    <span className={value > max ? 'pw-counter pw-counter--over' : 'pw-counter'} data-testid={testId} aria-live="polite">
      {value}/{max}
    </span>
  );
}

export function PField({
  id,
  label,
  hint,
  issues = [],
  show = true,
  counter,
  children,
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  issues?: ProductIssue[];
  /** Errors show once the seller tried to leave the step (or the field was touched). */
  show?: boolean;
  counter?: ReactNode;
  children: ReactNode;
}) {
  const visible = show ? issues : [];
  const errors = visible.filter((i) => i.severity === 'error');
  return (
    <div className={errors.length ? 'field field--invalid' : 'field'}>
      <label className="field__label" htmlFor={id}>
        {label}
        {counter && <> {counter}</>}
      </label>
      <div className="field__control">
        {children}
        {visible.map((i, n) => (
          <p key={n} className={i.severity === 'error' ? 'field__error' : 'field__hint pw-warning'} data-testid={`${id}-issue`} data-rule={i.ruleId}>
            {i.messageKo}
          </p>
        ))}
        {hint && <p className="field__hint">{hint}</p>}
      </div>
    </div>
  );
}

export function IssueList({ issues, testId, onGo }: { issues: ProductIssue[]; testId: string; onGo?: (step: number) => void }) {
  const { t } = useTranslation();
  if (issues.length === 0) return null;
  const errors = issues.filter((i) => i.severity === 'error');
  return (
    <div className={errors.length ? 'panel panel--danger pw-issues' : 'panel panel--warn pw-issues'} role="alert" data-testid={testId}>
      <strong>{errors.length ? t('products.wizard.issuesBlocking', { count: errors.length }) : t('products.wizard.issuesWarnings', { count: issues.length })}</strong>
      <ul>
        {issues.map((i, n) => (
          <li key={n} data-rule={i.ruleId} data-severity={i.severity} data-field={i.field}>
            {i.severity === 'warning' && <span className="badge badge--warn">{t('products.wizard.warning')}</span>} {i.messageKo}
            {onGo && (
              <button type="button" className="button button--small pw-go" onClick={() => onGo(i.step)}>
                {t('products.wizard.goToStep', { step: i.step })}
              </button>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Number input that keeps null for empty. */
export function NumInput({ value, onChange, ...rest }: { value: number | null; onChange: (v: number | null) => void } & Omit<React.InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'>) {
  return (
    <input
      type="number"
      inputMode="numeric"
      {...rest}
      value={value === null || value === undefined ? '' : String(value)}
      onChange={(e) => {
        const raw = e.target.value.trim();
        onChange(raw === '' ? null : Number(raw));
      }}
    />
  );
}
