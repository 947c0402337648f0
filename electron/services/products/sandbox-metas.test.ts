// meta → form model for every leaf category the sandbox serves (its captured real metas and the
// ones it derives), read straight from the sandbox's data module. For each, the wizard's form is
// filled the way a seller would (a value of the right shape in every required field) and the body
// it builds must pass every meta rule; emptying one mandatory purchase option must be caught.
import { describe, expect, it } from 'vitest';
import { capturedMetaCodes, categoryMeta } from '../../../sandbox/domains/categories/meta';
import { leaves } from '../../../sandbox/domains/categories/tree';
import { buildRequest, emptyDraftData, emptyItem, type ProductDraft } from '../../../shared/products/draft';
import { buildFormModel, gridColumns, requiredPurchaseOptions, type OptionField } from '../../../shared/products/form-model';
import { normalizeMeta } from '../../../shared/products/meta';
import { validateProductRequest } from '../../../shared/products/rules';

const META_RULES = new Set(['R68', 'R69', 'R77', 'R78', 'R79', 'R81', 'R82', 'R83', 'R87', 'R88', 'R89', 'R91', 'R92', 'R70']);

function sampleValue(f: OptionField, n: number): { value: string; unit: string | null } {
  if (f.input === 'select') return { value: f.values[n % f.values.length], unit: null };
  if (f.input === 'number-unit') return { value: String(n + 1), unit: f.defaultUnit };
  return { value: `값${n + 1}`, unit: null };
}

function filledBody(code: number) {
  const meta = normalizeMeta(categoryMeta(code)!.meta);
  const model = buildFormModel(meta);
  const d = emptyDraftData();
  d.category = { code: String(code), name: null, path: null };
  const columns = gridColumns(model, {});
  d.items = [0, 1].map((n) => ({ ...emptyItem(`k${n}`), options: Object.fromEntries(columns.map((c) => [c.name, sampleValue(c, n)])), salePrice: 1000, originalPrice: 1000, maximumBuyCount: 10 }));
  if (columns.length === 0) d.items = [d.items[0]];
  for (const f of model.searchOptions.filter((x) => x.requiredMandatory)) d.options.search[f.name] = sampleValue(f, 0);
  const notice = model.notices[0];
  if (notice) d.notices = { categoryName: notice.name, rows: Object.fromEntries(notice.rows.map((r) => [r.name, '상세페이지 참조'])) };
  d.certifications = model.certifications.filter((c) => c.type === 'NOT_REQUIRED' || c.required === 'MANDATORY').map((c) => ({ type: c.type, code: c.needsCode ? '1234' : '' }));
  d.documents = model.documents.filter((x) => x.when === 'always').map((x) => ({ templateName: x.templateName, path: 'https://docs.example.com/a.pdf' }));
  const draft: ProductDraft = { id: 'x', mode: 'create', sellerProductId: null, step: 8, data: d, original: null, lastStatus: null, denyReason: null, createdAt: '', updatedAt: '' };
  return { meta, model, columns, body: buildRequest(draft, { model, vendorId: 'A00000001', columns }) };
}

describe('meta → form model for every sandbox category', () => {
  const all = leaves().map((n) => n.code);

  it('the sandbox serves a meta for every leaf, the captured real ones among them', () => {
    expect(all.length).toBeGreaterThanOrEqual(20);
    for (const code of capturedMetaCodes()) expect(all).toContain(code);
  });

  it('every leaf: required columns follow the meta, a seller-filled form passes every meta rule', () => {
    const failures: string[] = [];
    for (const code of all) {
      const { meta, model, body } = filledBody(code);
      const mandatory = meta.attributes.filter((a) => a.required === 'MANDATORY' && a.exposed === 'EXPOSED');
      const groups = new Set(mandatory.filter((a) => a.groupNumber !== 'NONE').map((a) => a.groupNumber));
      if (requiredPurchaseOptions(model, {}).length !== mandatory.filter((a) => a.groupNumber === 'NONE').length + groups.size) failures.push(`${code}: required columns`);
      for (const f of [...model.purchaseOptions, ...model.searchOptions]) {
        if (f.input === 'select' && f.values.length === 0) failures.push(`${code}: ${f.name} select without values`);
        if (f.input === 'number-unit' && f.units.length === 0 && f.defaultUnit) failures.push(`${code}: ${f.name} unit`);
      }
      const broken = validateProductRequest(body, { meta }).filter((i) => i.severity === 'error' && META_RULES.has(i.ruleId));
      if (broken.length) failures.push(`${code}: ${broken.map((i) => i.messageKo).join(' | ')}`);
    }
    expect(failures.slice(0, 10)).toEqual([]);
  });

  it('every leaf with a mandatory purchase option: leaving it empty is caught, naming the attribute', () => {
    let checked = 0;
    for (const code of all) {
      const { meta, columns, body } = filledBody(code);
      const target = columns.find((c) => c.mandatory);
      if (!target) continue;
      for (const item of body.items as Array<{ attributes: Array<{ attributeTypeName: string }> }>) item.attributes = item.attributes.filter((a) => a.attributeTypeName !== target.name);
      const hit = validateProductRequest(body, { meta }).find((i) => i.ruleId === 'R77' && i.field.endsWith(`attributes.${target.name}`));
      expect(hit?.messageKo, String(code)).toContain(`'${target.name}'`);
      checked++;
    }
    expect(checked).toBeGreaterThan(20);
  });
});
