// Step 4: product notices (상품고시정보). One notice category of the meta, every row of it sent
// with its exact name (rules 88, 89); rows start as '상세페이지 참조' and stay editable.
import { useTranslation } from 'react-i18next';
import { issuesAt, PField } from '../ui';
import type { Wizard } from './useWizard';

export const NOTICE_DEFAULT = '상세페이지 참조';

export function StepNotices({ w }: { w: Wizard }) {
  const { t } = useTranslation();
  const model = w.model;
  const n = w.draft.data.notices;
  const show = w.showErrors(4);
  if (!model) return <p className="subtle">{t('products.options.needCategory')}</p>;
  const chosen = model.notices.find((c) => c.name === n.categoryName) ?? null;

  const choose = (name: string) =>
    w.update((d) => {
      const cat = model.notices.find((c) => c.name === name);
      d.notices = { categoryName: name, rows: Object.fromEntries((cat?.rows ?? []).map((r) => [r.name, d.notices.categoryName === name ? (d.notices.rows[r.name] ?? NOTICE_DEFAULT) : NOTICE_DEFAULT])) };
    });

  return (
    <div className="pw-step" data-testid="step-notices">
      <p className="subtle">{t('products.notices.intro')}</p>
      <fieldset className="pw-fieldset">
        <legend>{t('products.notices.category')}</legend>
        {model.notices.map((c) => (
          <label key={c.name} className="radio">
            <input type="radio" name="notice-category" data-testid={`notice-category-${c.name}`} checked={n.categoryName === c.name} onChange={() => choose(c.name)} />
            {c.name} <span className="subtle">({t('products.notices.rows', { count: c.rows.length })})</span>
          </label>
        ))}
      </fieldset>
      {show && !chosen && issuesAt(w.issues, 'items[0].notices').length > 0 && <p className="field__error">{issuesAt(w.issues, 'items[0].notices')[0].messageKo}</p>}
      {chosen && (
        <div className="pw-grid2" data-testid="notice-rows">
          {chosen.rows.map((r) => (
            <PField key={r.name} id={`notice-row-${r.name}`} label={`${r.name}${r.required ? ' *' : ''}`} issues={issuesAt(w.issues, `items[0].notices.${r.name}`)} show={show}>
              <input id={`notice-row-${r.name}`} data-testid={`notice-row-${r.name}`} value={n.rows[r.name] ?? ''} onChange={(e) => w.update((d) => void (d.notices.rows[r.name] = e.target.value))} />
            </PField>
          ))}
        </div>
      )}
    </div>
  );
}
