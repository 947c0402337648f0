// Category meta → the wizard's form: which purchase options the grid gets (mandatory ones, the
// choose-one groups), how each value is typed (number + unit from usableUnits, one of inputValues,
// free text), which notice categories and rows exist, which documents and certifications the
// category asks for. The form is the meta, so a product that passes it matches the meta.
import type { CategoryMeta, MetaAttribute } from './meta';

export type OptionInput = 'number-unit' | 'select' | 'text' | 'date';

export interface OptionField {
  name: string;
  /** EXPOSED: a purchase option (a grid column per item); otherwise a search option (product-wide). */
  exposed: boolean;
  /** required MANDATORY with groupNumber NONE: must be filled on every item (rules 77, 79). */
  mandatory: boolean;
  /** '1' / '2' for choose-one group attributes, null otherwise. */
  groupNumber: string | null;
  /** required MANDATORY as sent (group members carry it too). */
  requiredMandatory: boolean;
  dataType: string;
  input: OptionInput;
  /** SELECT choices (inputValues). */
  values: string[];
  /** Allowed units of a NUMBER value (usableUnits, or basicUnit when that is all there is). */
  units: string[];
  defaultUnit: string | null;
}

export interface OptionGroup {
  groupNumber: string;
  /** Members that are MANDATORY + EXPOSED: exactly one of them must be entered (rule 77). */
  members: string[];
  mandatory: boolean;
}

export type DocumentCondition = 'always' | 'parallelImported' | 'overseasPurchased' | 'optional' | 'other';

export interface FormModel {
  /** isAllowSingleItem=true: one item may go without attributes (rule 87). */
  allowSingleItem: boolean;
  purchaseOptions: OptionField[];
  searchOptions: OptionField[];
  groups: OptionGroup[];
  notices: { name: string; rows: { name: string; required: boolean }[] }[];
  documents: { templateName: string; required: string; when: DocumentCondition }[];
  certifications: { type: string; name: string; needsCode: boolean; required: string }[];
  /** allowedOfferConditions, or ['NEW'] (the default) when the meta lists none. */
  offerConditions: string[];
}

/** Values Coupang names as not acceptable for a mandatory purchase option (rules 82, 83). */
export const PLACEHOLDER_OPTION_VALUES = ['상세 페이지 참조', '상세페이지 참조', '상세정보참조', '상세 정보 참조', '없음', '단일상품', '단일 상품', '없음, 단일 상품'];

/** rules 68: attributeTypeName ≤ 25, attributeValueName ≤ 30 characters. */
export const MAX_ATTRIBUTE_TYPE_NAME = 25;
export const MAX_ATTRIBUTE_VALUE_NAME = 30;

function field(a: MetaAttribute): OptionField {
  const exposed = a.exposed === 'EXPOSED';
  const requiredMandatory = a.required === 'MANDATORY';
  const group = a.groupNumber && a.groupNumber !== 'NONE' ? a.groupNumber : null;
  const select = a.inputType === 'SELECT' && a.inputValues.length > 0;
  const units = a.usableUnits.length > 0 ? a.usableUnits : a.dataType === 'NUMBER' && a.basicUnit ? [a.basicUnit] : [];
  const input: OptionInput = select ? 'select' : a.dataType === 'NUMBER' ? 'number-unit' : a.dataType === 'DATE' ? 'date' : 'text';
  const defaultUnit = units.length === 0 ? null : a.basicUnit && units.includes(a.basicUnit) ? a.basicUnit : units[0];
  return {
    name: a.attributeTypeName,
    exposed,
    mandatory: requiredMandatory && group === null,
    groupNumber: group,
    requiredMandatory,
    dataType: a.dataType,
    input,
    values: select ? a.inputValues : [],
    units,
    defaultUnit,
  };
}

function documentCondition(required: string): DocumentCondition {
  switch (required) {
    case 'MANDATORY':
      return 'always';
    case 'MANDATORY_PARALLEL_IMPORTED':
      return 'parallelImported';
    case 'MANDATORY_OVERSEAS_PURCHASED':
      return 'overseasPurchased';
    case 'OPTIONAL':
      return 'optional';
    default:
      // MANDATORY_BATTERY_UN_TEST and friends: live tokens the docs do not explain (product-enums.json).
      return 'other';
  }
}

export function buildFormModel(meta: CategoryMeta): FormModel {
  const fields = meta.attributes.map(field);
  const order = (f: OptionField) => (f.mandatory ? 0 : f.groupNumber ? 1 : 2);
  const purchaseOptions = fields.filter((f) => f.exposed).sort((a, b) => order(a) - order(b));
  const searchOptions = fields.filter((f) => !f.exposed).sort((a, b) => order(a) - order(b));
  const groupNumbers = [...new Set(fields.filter((f) => f.groupNumber).map((f) => f.groupNumber!))].sort();
  const groups: OptionGroup[] = groupNumbers.map((g) => {
    const members = fields.filter((f) => f.groupNumber === g && f.exposed && f.requiredMandatory).map((f) => f.name);
    return { groupNumber: g, members, mandatory: members.length > 0 };
  });
  return {
    allowSingleItem: meta.isAllowSingleItem === true,
    purchaseOptions,
    searchOptions,
    groups,
    notices: meta.noticeCategories.map((n) => ({
      name: n.noticeCategoryName,
      rows: n.noticeCategoryDetailNames.map((d) => ({ name: d.noticeCategoryDetailName, required: d.required === 'MANDATORY' })),
    })),
    documents: meta.requiredDocumentNames.map((d) => ({ templateName: d.templateName, required: d.required, when: documentCondition(d.required) })),
    certifications: meta.certifications.map((c) => ({ type: c.certificationType, name: c.name, needsCode: c.dataType === 'CODE', required: c.required })),
    offerConditions: meta.allowedOfferConditions.length > 0 ? meta.allowedOfferConditions : ['NEW'],
  };
}

/** The purchase options an item must carry given the seller's choice in each group (rule 77). */
export function requiredPurchaseOptions(model: FormModel, groupChoice: Record<string, string>): string[] {
  const names = model.purchaseOptions.filter((f) => f.mandatory).map((f) => f.name);
  for (const g of model.groups) {
    if (!g.mandatory) continue;
    const chosen = groupChoice[g.groupNumber];
    names.push(chosen && g.members.includes(chosen) ? chosen : g.members[0]);
  }
  return names;
}

/** Options shown as grid columns: the required ones (mandatory + chosen group member), then optional ones the seller added. */
export function gridColumns(model: FormModel, groupChoice: Record<string, string>, extra: readonly string[] = []): OptionField[] {
  const required = new Set(requiredPurchaseOptions(model, groupChoice));
  return model.purchaseOptions.filter((f) => required.has(f.name) || extra.includes(f.name));
}

const NUMBER_WITH_UNIT = /^(\d+(?:\.\d+)?)\s*(.*)$/;

/** `200` + `ml` → `200ml` (the format rule 68 and 82 show). */
export function formatOptionValue(f: Pick<OptionField, 'input'>, value: string, unit: string | null | undefined): string {
  const v = value.trim();
  if (v === '') return '';
  return f.input === 'number-unit' && unit ? `${v}${unit}` : v;
}

/** `200ml` → {value: '200', unit: 'ml'} when the unit is one of the field's units. */
export function parseOptionValue(f: Pick<OptionField, 'input' | 'units' | 'defaultUnit'>, text: string): { value: string; unit: string | null } {
  if (f.input !== 'number-unit') return { value: text, unit: null };
  const m = NUMBER_WITH_UNIT.exec(text.trim());
  if (m && (f.units.length === 0 || f.units.includes(m[2]))) return { value: m[1], unit: m[2] || f.defaultUnit };
  return { value: text, unit: f.defaultUnit };
}

/**
 * Whether a value follows the meta (rules 78, 82): a number followed by one of usableUnits for
 * NUMBER, one of inputValues for SELECT. Returns the Korean reason, or null when it is fine.
 */
export function optionValueProblem(f: OptionField, attributeValueName: string): string | null {
  const v = attributeValueName.trim();
  if (f.input === 'select') {
    return f.values.includes(v) ? null : `'${v}'은(는) 허용값이 아닙니다. 다음 중 하나를 고르세요: ${f.values.slice(0, 12).join(', ')}${f.values.length > 12 ? ' …' : ''}`;
  }
  if (f.input === 'number-unit') {
    const m = NUMBER_WITH_UNIT.exec(v);
    if (!m) return `'${v}'은(는) 숫자+단위 형식이 아닙니다 (예: ${f.defaultUnit ? `1${f.defaultUnit}` : '1'}).`;
    if (f.units.length > 0 && !f.units.includes(m[2])) return `'${v}'의 단위 '${m[2] || '(없음)'}'은(는) 쓸 수 없습니다. 사용 가능한 단위: ${f.units.slice(0, 15).join(', ')}${f.units.length > 15 ? ' …' : ''}`;
    if (f.units.length === 0 && m[2] !== '') return `'${v}'에는 단위를 붙일 수 없습니다.`;
  }
  return null;
}
