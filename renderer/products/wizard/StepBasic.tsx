// Step 2: names (with live length counters), brand, manufacturer, search tags, sale period, adult,
// tax, parallel import / overseas purchase and what they imply, condition, Wing user.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OFFER_CONDITIONS } from '../../../shared/products/enums';
import { Counter, issuesAt, PField } from '../ui';
import type { Wizard } from './useWizard';

const len = (s: string) => [...s].length;

/** yyyy-MM-ddTHH:mm:ss ↔ the datetime-local control's yyyy-MM-ddTHH:mm. */
const toLocal = (v: string) => v.slice(0, 16);
const fromLocal = (v: string) => (v.length === 16 ? `${v}:00` : v);

export function StepBasic({ w }: { w: Wizard }) {
  const { t } = useTranslation();
  const b = w.draft.data.basic;
  const show = w.showErrors(2);
  const at = (f: string) => issuesAt(w.issues, f);
  const set = <K extends keyof typeof b>(k: K, v: (typeof b)[K]) => w.update((d) => void (d.basic[k] = v));
  const [tagText, setTagText] = useState('');
  const offerConditions = w.model?.offerConditions ?? ['NEW'];
  const used = b.offerCondition.startsWith('USED_');

  const addTags = (text: string) => {
    const parts = text
      .split(/[,\n]/)
      .map((p) => p.trim())
      .filter(Boolean);
    if (!parts.length) return;
    w.update((d) => {
      for (const p of parts) if (!d.basic.searchTags.includes(p)) d.basic.searchTags.push(p);
    });
    setTagText('');
  };

  return (
    <div className="pw-step pw-grid2" data-testid="step-basic">
      <PField id="basic-sellerProductName" label={t('products.basic.sellerProductName')} hint={t('products.basic.sellerProductNameHint')} issues={at('sellerProductName')} show={show} counter={<Counter value={len(b.sellerProductName)} max={100} testId="counter-sellerProductName" />}>
        <input id="basic-sellerProductName" data-testid="basic-sellerProductName" value={b.sellerProductName} onChange={(e) => set('sellerProductName', e.target.value)} />
      </PField>
      <PField id="basic-displayProductName" label={t('products.basic.displayProductName')} hint={t('products.basic.displayProductNameHint')} issues={at('displayProductName')} show={show || len(b.displayProductName) > 100} counter={<Counter value={len(b.displayProductName)} max={100} testId="counter-displayProductName" />}>
        <input id="basic-displayProductName" data-testid="basic-displayProductName" value={b.displayProductName} onChange={(e) => set('displayProductName', e.target.value)} />
      </PField>
      <PField id="basic-brand" label={t('products.basic.brand')} hint={t('products.basic.brandHint')} issues={at('brand')} show={show}>
        <input id="basic-brand" data-testid="basic-brand" value={b.brand} onChange={(e) => set('brand', e.target.value)} />
      </PField>
      <PField id="basic-manufacture" label={t('products.basic.manufacture')} hint={t('products.basic.manufactureHint')} issues={at('manufacture')} show={show}>
        <input id="basic-manufacture" data-testid="basic-manufacture" value={b.manufacture} placeholder={b.brand} onChange={(e) => set('manufacture', e.target.value)} />
      </PField>
      <PField id="basic-generalProductName" label={t('products.basic.generalProductName')} hint={t('products.basic.generalProductNameHint')} issues={at('generalProductName')} show={show}>
        <input id="basic-generalProductName" data-testid="basic-generalProductName" value={b.generalProductName} onChange={(e) => set('generalProductName', e.target.value)} />
      </PField>
      <PField id="basic-productGroup" label={t('products.basic.productGroup')} hint={t('products.basic.productGroupHint')}>
        <input id="basic-productGroup" data-testid="basic-productGroup" value={b.productGroup} placeholder={w.draft.data.category.name ?? ''} onChange={(e) => set('productGroup', e.target.value)} />
      </PField>
      <PField
        id="basic-searchTags"
        label={t('products.basic.searchTags')}
        hint={t('products.basic.searchTagsHint')}
        issues={at('items[0].searchTags')}
        show={show || b.searchTags.length > 20}
        counter={<Counter value={b.searchTags.length} max={20} testId="counter-searchTags" />}
      >
        <div className="pw-tags">
          {b.searchTags.map((tag) => (
            <span key={tag} className={len(tag) > 20 ? 'pw-tag pw-tag--bad' : 'pw-tag'}>
              {tag}
              <button type="button" aria-label={t('products.basic.removeTag', { tag })} onClick={() => w.update((d) => void (d.basic.searchTags = d.basic.searchTags.filter((x) => x !== tag)))}>
                ×
              </button>
            </span>
          ))}
          <input
            id="basic-searchTags"
            data-testid="basic-searchTags"
            value={tagText}
            placeholder={t('products.basic.searchTagsPlaceholder')}
            onChange={(e) => (e.target.value.includes(',') ? addTags(e.target.value) : setTagText(e.target.value))}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                addTags(tagText);
              }
            }}
            onBlur={() => addTags(tagText)}
          />
        </div>
      </PField>
      <PField id="basic-saleStartedAt" label={t('products.basic.saleStartedAt')} issues={at('saleStartedAt')} show={show}>
        <input id="basic-saleStartedAt" data-testid="basic-saleStartedAt" type="datetime-local" value={toLocal(b.saleStartedAt)} onChange={(e) => set('saleStartedAt', fromLocal(e.target.value))} />
      </PField>
      <PField id="basic-saleEndedAt" label={t('products.basic.saleEndedAt')} hint={t('products.basic.saleEndedAtHint')} issues={at('saleEndedAt')} show={show}>
        <input id="basic-saleEndedAt" data-testid="basic-saleEndedAt" type="datetime-local" value={toLocal(b.saleEndedAt)} onChange={(e) => set('saleEndedAt', fromLocal(e.target.value))} />
      </PField>

      <fieldset className="pw-fieldset">
        <legend>{t('products.basic.flags')}</legend>
        <label className="radio">
          <input type="checkbox" data-testid="basic-adultOnly" checked={b.adultOnly === 'ADULT_ONLY'} onChange={(e) => set('adultOnly', e.target.checked ? 'ADULT_ONLY' : 'EVERYONE')} />
          {t('products.basic.adultOnly')}
        </label>
        <label className="radio">
          <input type="checkbox" data-testid="basic-taxFree" checked={b.taxType === 'FREE'} onChange={(e) => set('taxType', e.target.checked ? 'FREE' : 'TAX')} />
          {t('products.basic.taxFree')}
        </label>
        <label className="radio">
          <input
            type="checkbox"
            data-testid="basic-parallelImported"
            checked={b.parallelImported === 'PARALLEL_IMPORTED'}
            onChange={(e) => set('parallelImported', e.target.checked ? 'PARALLEL_IMPORTED' : 'NOT_PARALLEL_IMPORTED')}
          />
          {t('products.basic.parallelImported')}
        </label>
        {b.parallelImported === 'PARALLEL_IMPORTED' && <p className="field__hint pw-consequence" data-testid="consequence-parallel">{t('products.basic.parallelConsequence')}</p>}
        <label className="radio">
          <input
            type="checkbox"
            data-testid="basic-overseasPurchased"
            checked={b.overseasPurchased === 'OVERSEAS_PURCHASED'}
            onChange={(e) =>
              w.update((d) => {
                d.basic.overseasPurchased = e.target.checked ? 'OVERSEAS_PURCHASED' : 'NOT_OVERSEAS_PURCHASED';
                // Rule 116: overseas purchase agency ships as AGENT_BUY; buyers then usually give a customs code.
                d.delivery.deliveryMethod = e.target.checked ? 'AGENT_BUY' : d.delivery.deliveryMethod === 'AGENT_BUY' ? 'SEQUENCIAL' : d.delivery.deliveryMethod;
                if (e.target.checked) d.basic.pccNeeded = true;
              })
            }
          />
          {t('products.basic.overseasPurchased')}
        </label>
        {b.overseasPurchased === 'OVERSEAS_PURCHASED' && <p className="field__hint pw-consequence" data-testid="consequence-overseas">{t('products.basic.overseasConsequence')}</p>}
        <label className="radio">
          <input type="checkbox" data-testid="basic-pccNeeded" checked={b.pccNeeded} onChange={(e) => set('pccNeeded', e.target.checked)} />
          {t('products.basic.pccNeeded')}
        </label>
      </fieldset>

      <PField id="basic-offerCondition" label={t('products.basic.offerCondition')} hint={t('products.basic.offerConditionHint')} issues={at('items[0].offerCondition')} show={show}>
        <select id="basic-offerCondition" data-testid="basic-offerCondition" value={b.offerCondition} disabled={w.draft.mode === 'edit'} onChange={(e) => set('offerCondition', e.target.value)}>
          {offerConditions.map((c) => (
            <option key={c} value={c}>
              {OFFER_CONDITIONS[c as keyof typeof OFFER_CONDITIONS] ?? c}
            </option>
          ))}
        </select>
      </PField>
      {used && (
        <PField id="basic-offerDescription" label={t('products.basic.offerDescription')} issues={at('items[0].offerDescription')} show={show} counter={<Counter value={len(b.offerDescription)} max={700} />}>
          <textarea id="basic-offerDescription" data-testid="basic-offerDescription" value={b.offerDescription} onChange={(e) => set('offerDescription', e.target.value)} />
        </PField>
      )}
      <PField id="basic-vendorUserId" label={t('products.basic.vendorUserId')} hint={t('products.basic.vendorUserIdHint')} issues={at('vendorUserId')} show={show}>
        <input id="basic-vendorUserId" data-testid="basic-vendorUserId" value={b.vendorUserId} autoComplete="off" onChange={(e) => set('vendorUserId', e.target.value)} />
      </PField>
    </div>
  );
}
