// Category meta (categories.getMeta) as wingdesk uses it: the raw answer normalised so that the
// documented example (no inputType), real answers (inputType/inputValues, '없음' units) and cut-off
// fragments all read the same way. Nothing is added that the answer did not say: a missing value
// becomes the documented default or null.
import { z } from 'zod';

export const MetaAttribute = z.object({
  attributeTypeName: z.string(),
  /** MANDATORY / OPTIONAL */
  required: z.string(),
  /** STRING / NUMBER / DATE (as sent) */
  dataType: z.string(),
  /** INPUT / SELECT; null when the answer did not say (documented example). */
  inputType: z.string().nullable(),
  inputValues: z.array(z.string()),
  /** null for '없음' or absent. */
  basicUnit: z.string().nullable(),
  usableUnits: z.array(z.string()),
  /** 'NONE', '1', '2' */
  groupNumber: z.string(),
  /** EXPOSED = 구매옵션, NONE = 검색옵션 */
  exposed: z.string(),
});
export type MetaAttribute = z.infer<typeof MetaAttribute>;

export const MetaNoticeCategory = z.object({
  noticeCategoryName: z.string(),
  noticeCategoryDetailNames: z.array(z.object({ noticeCategoryDetailName: z.string(), required: z.string() })),
});
export type MetaNoticeCategory = z.infer<typeof MetaNoticeCategory>;

export const CategoryMeta = z.object({
  /** null: the answer did not say (treated as false: attributes required). */
  isAllowSingleItem: z.boolean().nullable(),
  attributes: z.array(MetaAttribute),
  noticeCategories: z.array(MetaNoticeCategory),
  requiredDocumentNames: z.array(z.object({ templateName: z.string(), required: z.string() })),
  certifications: z.array(z.object({ certificationType: z.string(), name: z.string(), dataType: z.string(), required: z.string() })),
  /** Empty when the answer did not list them (then only NEW, the default, is assumed). */
  allowedOfferConditions: z.array(z.string()),
  isExpirationDateRequiredForRocketGrowth: z.boolean().nullable(),
});
export type CategoryMeta = z.infer<typeof CategoryMeta>;

const str = (v: unknown): string | null => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : null);
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const obj = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});

/** Accepts the whole response (`{code, data}`), its `data`, or an already normalised meta. */
export function normalizeMeta(raw: unknown): CategoryMeta {
  let data = obj(raw);
  if ('data' in data && typeof data.data === 'object' && data.data !== null && !('attributes' in data)) data = obj(data.data);
  const attributes: MetaAttribute[] = arr(data.attributes)
    .map(obj)
    .filter((a) => str(a.attributeTypeName))
    .map((a) => {
      const unit = str(a.basicUnit);
      return {
        attributeTypeName: str(a.attributeTypeName)!.trim(),
        required: str(a.required) ?? 'OPTIONAL',
        dataType: str(a.dataType) ?? 'STRING',
        inputType: str(a.inputType),
        inputValues: arr(a.inputValues).map(str).filter((v): v is string => v !== null),
        basicUnit: unit && unit !== '없음' ? unit : null,
        usableUnits: arr(a.usableUnits).map(str).filter((v): v is string => v !== null && v !== ''),
        groupNumber: str(a.groupNumber) ?? 'NONE',
        exposed: str(a.exposed) ?? 'NONE',
      };
    });
  const noticeCategories = arr(data.noticeCategories)
    .map(obj)
    .filter((n) => str(n.noticeCategoryName))
    .map((n) => ({
      noticeCategoryName: str(n.noticeCategoryName)!,
      noticeCategoryDetailNames: arr(n.noticeCategoryDetailNames)
        .map(obj)
        .filter((d) => str(d.noticeCategoryDetailName))
        .map((d) => ({ noticeCategoryDetailName: str(d.noticeCategoryDetailName)!, required: str(d.required) ?? 'MANDATORY' })),
    }));
  const requiredDocumentNames = arr(data.requiredDocumentNames)
    .map(obj)
    .filter((d) => str(d.templateName))
    .map((d) => ({ templateName: str(d.templateName)!, required: str(d.required) ?? 'OPTIONAL' }));
  const certifications = arr(data.certifications)
    .map(obj)
    .filter((c) => str(c.certificationType))
    .map((c) => ({ certificationType: str(c.certificationType)!, name: str(c.name) ?? str(c.certificationType)!, dataType: str(c.dataType) ?? 'NONE', required: str(c.required) ?? 'OPTIONAL' }));
  const allowedOfferConditions = arr(data.allowedOfferConditions).map(str).filter((v): v is string => v !== null);
  return {
    isAllowSingleItem: typeof data.isAllowSingleItem === 'boolean' ? data.isAllowSingleItem : data.isAllowSingleItem === 'true' ? true : data.isAllowSingleItem === 'false' ? false : null,
    attributes,
    noticeCategories,
    requiredDocumentNames,
    certifications,
    allowedOfferConditions,
    isExpirationDateRequiredForRocketGrowth: typeof data.isExpirationDateRequiredForRocketGrowth === 'boolean' ? data.isExpirationDateRequiredForRocketGrowth : null,
  };
}
