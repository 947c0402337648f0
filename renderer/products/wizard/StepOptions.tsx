// Step 3: purchase options and items. The columns are the meta's mandatory purchase options (and
// the chosen member of each choose-one group, rule 77) plus optional ones the seller adds; values
// are typed the meta's way (number + one of usableUnits, one of inputValues, text). Each row is an
// item: price in 10-won steps, stock, limits, lead time, barcode, model, seller SKU. Up to 200.
import { useTranslation } from 'react-i18next';
import { emptyItem, newItemKey, type DraftItem } from '../../../shared/products/draft';
import { formatOptionValue, type OptionField } from '../../../shared/products/form-model';
import type { ProductIssue } from '../../../shared/products/issues';
import { issuesAt, NumInput, PField } from '../ui';
import type { Wizard } from './useWizard';

const MAX_ITEMS = 200;

function OptionInput({
  f,
  value,
  onChange,
  testId,
  invalid,
}: {
  f: OptionField;
  value: { value: string; unit: string | null } | undefined;
  onChange: (v: { value: string; unit: string | null }) => void;
  testId: string;
  invalid: boolean;
}) {
  const { t } = useTranslation();
  const v = value ?? { value: '', unit: f.defaultUnit };
  if (f.input === 'select') {
    return (
      <select data-testid={testId} aria-label={f.name} aria-invalid={invalid} value={v.value} onChange={(e) => onChange({ value: e.target.value, unit: null })}>
        <option value="">{t('products.options.choose')}</option>
        {f.values.map((x) => (
          <option key={x} value={x}>
            {x}
          </option>
        ))}
      </select>
    );
  }
  if (f.input === 'number-unit') {
    return (
      <span className="pw-numunit">
        <input data-testid={testId} aria-label={f.name} aria-invalid={invalid} inputMode="decimal" value={v.value} onChange={(e) => onChange({ value: e.target.value, unit: v.unit ?? f.defaultUnit })} />
        {f.units.length > 1 ? (
          <select data-testid={`${testId}-unit`} aria-label={`${f.name} ${t('products.options.unit')}`} value={v.unit ?? f.defaultUnit ?? ''} onChange={(e) => onChange({ value: v.value, unit: e.target.value })}>
            {f.units.map((u) => (
              <option key={u} value={u}>
                {u}
              </option>
            ))}
          </select>
        ) : (
          <span className="pw-unit">{f.units[0] ?? ''}</span>
        )}
      </span>
    );
  }
  return <input data-testid={testId} aria-label={f.name} aria-invalid={invalid} value={v.value} onChange={(e) => onChange({ value: e.target.value, unit: null })} />;
}

function cellIssues(issues: ProductIssue[], row: number, field: string) {
  return issuesAt(issues, `items[${row}].${field}`);
}

export function StepOptions({ w }: { w: Wizard }) {
  const { t } = useTranslation();
  const d = w.draft.data;
  const model = w.model;
  const show = w.showErrors(3);
  const columns = w.columns;

  if (!model) return <p className="subtle">{w.metaLoading ? t('products.category.metaLoading') : t('products.options.needCategory')}</p>;

  const optionalExposed = model.purchaseOptions.filter((f) => !f.mandatory && !f.groupNumber);
  const setItem = (i: number, mutate: (it: DraftItem) => void) => w.update((data) => mutate(data.items[i]));
  const stepIssues = w.issues.filter((i) => i.step === 3);
  const bad = (row: number, field: string) => show && cellIssues(stepIssues, row, field).some((i) => i.severity === 'error');

  const numCell = (row: number, it: DraftItem, key: 'salePrice' | 'originalPrice' | 'maximumBuyCount' | 'maximumBuyForPerson' | 'maximumBuyForPersonPeriod' | 'outboundShippingTimeDay' | 'unitCount', step?: number) => (
    <td className={bad(row, key) ? 'pw-cell--bad' : undefined}>
      <NumInput data-testid={`item-${row}-${key}`} aria-label={`${row + 1} ${t(`products.options.col.${key}`)}`} step={step} min={0} value={it[key]} onChange={(v) => setItem(row, (x) => void (x[key] = v))} />
    </td>
  );

  return (
    <div className="pw-step" data-testid="step-options">
      {model.groups.filter((g) => g.mandatory && g.members.length > 1).map((g) => (
        <fieldset key={g.groupNumber} className="pw-fieldset" data-testid={`option-group-${g.groupNumber}`}>
          <legend>{t('products.options.groupTitle', { group: g.groupNumber })}</legend>
          <p className="field__hint">{t('products.options.groupHint')}</p>
          {g.members.map((m) => (
            <label key={m} className="radio">
              <input
                type="radio"
                name={`group-${g.groupNumber}`}
                data-testid={`option-group-${g.groupNumber}-${m}`}
                checked={(d.options.groupChoice[g.groupNumber] ?? g.members[0]) === m}
                onChange={() => w.update((data) => void (data.options.groupChoice[g.groupNumber] = m))}
              />
              {m}
            </label>
          ))}
        </fieldset>
      ))}

      {optionalExposed.length > 0 && (
        <div className="pw-row">
          <label className="field__label" htmlFor="add-option-column">
            {t('products.options.addColumn')}
          </label>
          <select
            id="add-option-column"
            data-testid="add-option-column"
            value=""
            onChange={(e) => {
              const name = e.target.value;
              if (name) w.update((data) => void (data.options.extraColumns = [...new Set([...data.options.extraColumns, name])]));
            }}
          >
            <option value="">{t('products.options.choose')}</option>
            {optionalExposed.filter((f) => !d.options.extraColumns.includes(f.name)).map((f) => (
              <option key={f.name} value={f.name}>
                {f.name}
              </option>
            ))}
          </select>
        </div>
      )}

      {columns.length === 0 && <p className="subtle" data-testid="single-item-note">{model.allowSingleItem ? t('products.options.singleAllowed') : t('products.options.noColumns')}</p>}

      <div className="table-wrap pw-grid-wrap">
        <table className="table pw-items" data-testid="items-grid">
          <caption className="visually-hidden">{t('products.options.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">#</th>
              {columns.map((c) => (
                <th key={c.name} scope="col" data-testid={`col-${c.name}`}>
                  {c.name}
                  {(c.mandatory || c.groupNumber) && <span className="pw-required" title={t('products.options.mandatory')}>*</span>}
                  {!c.mandatory && !c.groupNumber && (
                    <button type="button" className="pw-x" aria-label={t('products.options.removeColumn', { name: c.name })} onClick={() => w.update((data) => void (data.options.extraColumns = data.options.extraColumns.filter((x) => x !== c.name)))}>
                      ×
                    </button>
                  )}
                  {c.input === 'number-unit' && <span className="subtle pw-units"> ({c.units.join('/')})</span>}
                </th>
              ))}
              {(['salePrice', 'originalPrice', 'maximumBuyCount', 'maximumBuyForPerson', 'maximumBuyForPersonPeriod', 'outboundShippingTimeDay', 'unitCount'] as const).map((k) => (
                <th key={k} scope="col">
                  {t(`products.options.col.${k}`)}
                </th>
              ))}
              <th scope="col">{t('products.options.col.barcode')}</th>
              <th scope="col">{t('products.options.col.modelNo')}</th>
              <th scope="col">{t('products.options.col.externalVendorSku')}</th>
              <th scope="col">{t('products.options.col.itemName')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('products.options.col.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {d.items.map((it, row) => (
              <tr key={it.key} data-testid={`item-row-${row}`}>
                <td>{row + 1}</td>
                {columns.map((c) => (
                  <td key={c.name} className={bad(row, `attributes.${c.name}`) ? 'pw-cell--bad' : undefined} title={cellIssues(stepIssues, row, `attributes.${c.name}`).map((i) => i.messageKo).join('\n') || undefined}>
                    <OptionInput
                      f={c}
                      testId={`item-${row}-opt-${c.name}`}
                      invalid={bad(row, `attributes.${c.name}`)}
                      value={it.options[c.name]}
                      onChange={(v) => setItem(row, (x) => void (x.options[c.name] = v))}
                    />
                  </td>
                ))}
                {numCell(row, it, 'salePrice', 10)}
                {numCell(row, it, 'originalPrice', 10)}
                {numCell(row, it, 'maximumBuyCount')}
                {numCell(row, it, 'maximumBuyForPerson')}
                {numCell(row, it, 'maximumBuyForPersonPeriod')}
                {numCell(row, it, 'outboundShippingTimeDay')}
                {numCell(row, it, 'unitCount')}
                <td className={bad(row, 'emptyBarcodeReason') ? 'pw-cell--bad' : undefined}>
                  <input data-testid={`item-${row}-barcode`} aria-label={`${row + 1} ${t('products.options.col.barcode')}`} value={it.barcode} disabled={it.emptyBarcode} onChange={(e) => setItem(row, (x) => void (x.barcode = e.target.value))} />
                  <label className="pw-small">
                    <input type="checkbox" data-testid={`item-${row}-emptyBarcode`} checked={it.emptyBarcode} onChange={(e) => setItem(row, (x) => void ((x.emptyBarcode = e.target.checked), e.target.checked && (x.barcode = '')))} />
                    {t('products.options.noBarcode')}
                  </label>
                  {it.emptyBarcode && (
                    <input data-testid={`item-${row}-emptyBarcodeReason`} aria-label={t('products.options.noBarcodeReason')} placeholder={t('products.options.noBarcodeReason')} value={it.emptyBarcodeReason} onChange={(e) => setItem(row, (x) => void (x.emptyBarcodeReason = e.target.value))} />
                  )}
                </td>
                <td>
                  <input data-testid={`item-${row}-modelNo`} aria-label={`${row + 1} ${t('products.options.col.modelNo')}`} value={it.modelNo} onChange={(e) => setItem(row, (x) => void (x.modelNo = e.target.value))} />
                </td>
                <td>
                  <input data-testid={`item-${row}-externalVendorSku`} aria-label={`${row + 1} ${t('products.options.col.externalVendorSku')}`} value={it.externalVendorSku} onChange={(e) => setItem(row, (x) => void (x.externalVendorSku = e.target.value))} />
                </td>
                <td className={bad(row, 'itemName') ? 'pw-cell--bad' : undefined}>
                  <input
                    data-testid={`item-${row}-itemName`}
                    aria-label={`${row + 1} ${t('products.options.col.itemName')}`}
                    value={it.itemName}
                    placeholder={columns.map((c) => formatOptionValue(c, it.options[c.name]?.value ?? '', it.options[c.name]?.unit)).filter(Boolean).join('_') || d.basic.sellerProductName}
                    onChange={(e) => setItem(row, (x) => void (x.itemName = e.target.value))}
                  />
                </td>
                <td className="cell--actions">
                  <button type="button" className="button button--small" data-testid={`item-${row}-copy`} disabled={d.items.length >= MAX_ITEMS} onClick={() => w.update((data) => void data.items.splice(row + 1, 0, { ...structuredClone(data.items[row]), key: newItemKey(), sellerProductItemId: null, vendorItemId: null, itemName: '' }))}>
                    {t('products.options.copyRow')}
                  </button>
                  <button type="button" className="button button--small button--danger" data-testid={`item-${row}-remove`} disabled={d.items.length <= 1 || !!it.vendorItemId} title={it.vendorItemId ? t('products.options.cannotRemoveApproved') : undefined} onClick={() => w.update((data) => void data.items.splice(row, 1))}>
                    {t('products.options.removeRow')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="button-row">
        <button type="button" className="button" data-testid="item-add" disabled={d.items.length >= MAX_ITEMS} onClick={() => w.update((data) => void data.items.push({ ...emptyItem(), salePrice: data.items.at(-1)?.salePrice ?? null, originalPrice: data.items.at(-1)?.originalPrice ?? null }))}>
          {t('products.options.addRow')}
        </button>
        <span className="subtle" data-testid="item-count">
          {t('products.options.count', { count: d.items.length, max: MAX_ITEMS })}
        </span>
      </div>
      <p className="field__hint">{t('products.options.priceHint')}</p>

      {model.searchOptions.length > 0 && (
        <details className="pw-search-options" open={model.searchOptions.some((f) => f.requiredMandatory)}>
          <summary>{t('products.options.searchOptions', { count: model.searchOptions.length })}</summary>
          <div className="pw-grid2">
            {model.searchOptions.map((f) => (
              <PField key={f.name} id={`search-opt-${f.name}`} label={`${f.name}${f.requiredMandatory ? ' *' : ''}`} issues={issuesAt(w.issues, `items[0].attributes.${f.name}`)} show={show}>
                <OptionInput f={f} testId={`search-opt-${f.name}`} invalid={false} value={d.options.search[f.name]} onChange={(v) => w.update((data) => void (data.options.search[f.name] = v))} />
              </PField>
            ))}
          </div>
        </details>
      )}
    </div>
  );
}
