// Step 7: certifications and required documents the meta asks for (rules 71, 91, 92, 115, 116).
import { useTranslation } from 'react-i18next';
import type { DocumentCondition } from '../../../shared/products/form-model';
import { issuesAt, PField } from '../ui';
import type { Wizard } from './useWizard';

export function StepDocuments({ w }: { w: Wizard }) {
  const { t } = useTranslation();
  const model = w.model;
  const d = w.draft.data;
  const show = w.showErrors(7);
  if (!model) return <p className="subtle">{t('products.options.needCategory')}</p>;
  const parallel = d.basic.parallelImported === 'PARALLEL_IMPORTED';
  const overseas = d.basic.overseasPurchased === 'OVERSEAS_PURCHASED';
  const needed = (when: DocumentCondition) => when === 'always' || (when === 'parallelImported' && parallel) || (when === 'overseasPurchased' && overseas);
  const certIssues = issuesAt(w.issues, 'items[0].certifications');

  return (
    <div className="pw-step" data-testid="step-documents">
      <h3 className="pw-h3">{t('products.documents.certifications')}</h3>
      <p className="field__hint">{t('products.documents.certificationsHint')}</p>
      {d.certifications.map((c, k) => {
        const meta = model.certifications.find((m) => m.type === c.type);
        return (
          <div key={k} className="pw-row" data-testid={`cert-${k}`}>
            <select aria-label={t('products.documents.certType')} data-testid={`cert-${k}-type`} value={c.type} onChange={(e) => w.update((data) => void (data.certifications[k] = { type: e.target.value, code: '' }))}>
              {model.certifications.map((m) => (
                <option key={m.type} value={m.type}>
                  {m.name} ({m.type}){m.required !== 'OPTIONAL' ? ` · ${m.required}` : ''}
                </option>
              ))}
            </select>
            {meta?.needsCode && (
              <input aria-label={t('products.documents.certCode')} data-testid={`cert-${k}-code`} placeholder={t('products.documents.certCode')} value={c.code} onChange={(e) => w.update((data) => void (data.certifications[k].code = e.target.value))} />
            )}
            <button type="button" className="button button--small" onClick={() => w.update((data) => void data.certifications.splice(k, 1))}>
              {t('products.images.remove')}
            </button>
          </div>
        );
      })}
      <button
        type="button"
        className="button"
        data-testid="cert-add"
        onClick={() => w.update((data) => void data.certifications.push({ type: model.certifications.find((m) => !data.certifications.some((c) => c.type === m.type))?.type ?? 'NOT_REQUIRED', code: '' }))}
      >
        {t('products.documents.addCert')}
      </button>
      {show && certIssues.length > 0 && (
        <ul className="pw-inline-issues">
          {certIssues.map((i, n) => (
            <li key={n} className={i.severity === 'error' ? 'field__error' : 'field__hint pw-warning'}>
              {i.messageKo}
            </li>
          ))}
        </ul>
      )}

      <h3 className="pw-h3">{t('products.documents.documents')}</h3>
      {model.documents.length === 0 && <p className="subtle">{t('products.documents.none')}</p>}
      <div className="pw-grid2">
        {model.documents.map((m) => {
          const idx = d.documents.findIndex((x) => x.templateName === m.templateName);
          const value = idx >= 0 ? d.documents[idx].path : '';
          return (
            <PField
              key={m.templateName}
              id={`doc-${m.templateName}`}
              label={`${m.templateName}${needed(m.when) ? ' *' : ''}`}
              hint={t(`products.documents.when.${m.when}`)}
              issues={issuesAt(w.issues, `requiredDocuments.${m.templateName}`)}
              show={show || needed(m.when)}
            >
              <input
                id={`doc-${m.templateName}`}
                data-testid={`doc-${m.templateName}`}
                placeholder="https://…/file.pdf"
                value={value}
                onChange={(e) =>
                  w.update((data) => {
                    const i = data.documents.findIndex((x) => x.templateName === m.templateName);
                    if (i >= 0) data.documents[i].path = e.target.value;
                    else data.documents.push({ templateName: m.templateName, path: e.target.value });
                  })
                }
              />
            </PField>
          );
        })}
      </div>
      <p className="field__hint">{t('products.documents.fileRule')}</p>
    </div>
  );
}
