// Body checks of product create / approval-required modify, against the category meta, the
// vendor's places and every documented rule the sandbox can check. The first failure wins, as on
// Coupang; the order follows the body (top-level fields, shipping, items, documents). Each check
// names its rule in rules-products.md.
import { categoryMeta } from '../categories/meta';
import { predictCategory } from '../categories/recommend';
import { categoryNode, isUsableLeaf } from '../categories/tree';
import type { MetaAttribute, MetaData } from '../categories/types';
import { booleanValue, idText, isPlainObject, numberValue } from '../../json';
import type { PlacesState } from '../places/types';
import { PRODUCT_MESSAGES as M } from './messages';
import {
  CONTENTS_TYPES,
  DELIVERY_CHARGE_TYPES,
  DELIVERY_COMPANY_CODES,
  DELIVERY_METHODS,
  IMAGE_TYPES,
  LEGACY_CHARGE_TYPES,
  NO_RETURN_CENTER,
  OFFER_CONDITIONS,
  type Attribute,
  type Certification,
  type Content,
  type Image,
  type ItemInput,
  type Notice,
  type ProductInput,
  type RequiredDocument,
} from './types';

export class ProductError extends Error {
  constructor(
    message: string,
    readonly extra: Record<string, unknown> = {},
    readonly status = 400,
  ) {
    super(message);
  }
}

export interface ErrorItem {
  itemIndex: number;
  itemName: string;
  attributes: Array<{ attributeTypename: string; attributeValuename: string; message: string }>;
}

export interface ValidationContext {
  vendorId: string;
  /** The body as sent, to point '입력값에 오류가 있습니다. line: N' at a line. */
  rawBody: string;
  places: PlacesState;
  autoCategoryAgreed: boolean;
  /** Modify answers duplicate item names with its own documented text (rule 28). */
  mode?: 'create' | 'update';
}

export interface Validated {
  input: ProductInput;
  meta: MetaData;
  /** Potential problems of a successful create (rule 86); they flag the product ATTR. */
  errorItems: ErrorItem[];
  autoMatched: boolean;
}

type Obj = Record<string, unknown>;

const present = (v: unknown) => v !== undefined && v !== null;
const USED = new Set(['USED_BEST', 'USED_GOOD', 'USED_NORMAL']);
const SALE_END_MAX = '2099-12-31T23:59:59';
/** Values the 2024 notices name as not acceptable for a mandatory purchase option (rules 82, 83). */
const BAD_OPTION_VALUES = new Set(['상세 페이지 참조', '상세페이지 참조', '상세페이지참조', '없음', '단일상품', '단일 상품', '없음, 단일 상품']);

/** Reads typed fields; a wrong type is Jackson's '입력값에 오류가 있습니다. line: N' (rule 66). */
class Reader {
  constructor(private readonly raw: string) {}

  line(key: string): number {
    if (!this.raw.includes('\n')) return 1;
    const idx = this.raw.indexOf(`"${key}"`);
    return idx < 0 ? 1 : this.raw.slice(0, idx).split('\n').length;
  }

  bad(key: string): never {
    throw new ProductError(M.inputError(this.line(key)));
  }

  /** Required fields missing: rule 67 says Coupang answers a NullPointerException. */
  missing(): never {
    throw new ProductError(M.nullPointer);
  }

  str(o: Obj, key: string, required: true): string;
  str(o: Obj, key: string, required: false): string | null;
  str(o: Obj, key: string, required: boolean): string | null {
    const v = o[key];
    if (!present(v)) return required ? this.missing() : null;
    if (typeof v === 'number' || typeof v === 'boolean') return String(v);
    if (typeof v !== 'string') return this.bad(key);
    return v;
  }

  num(o: Obj, key: string, required: true): number;
  num(o: Obj, key: string, required: false): number | null;
  num(o: Obj, key: string, required: boolean): number | null {
    const v = o[key];
    if (!present(v) || v === '') return required ? this.missing() : null;
    const n = numberValue(v);
    if (n === undefined) return this.bad(key);
    return n;
  }

  int(o: Obj, key: string): number {
    const n = this.num(o, key, true);
    if (!Number.isInteger(n)) return this.bad(key);
    return n;
  }

  bool(o: Obj, key: string, fallback?: boolean): boolean {
    const v = o[key];
    if (!present(v)) return fallback ?? this.missing();
    const b = booleanValue(v);
    if (b === undefined) return this.bad(key);
    return b;
  }

  oneOf<T extends string>(o: Obj, key: string, values: readonly T[], fallback?: T): T {
    const v = o[key];
    if (!present(v) || v === '') return fallback ?? this.missing();
    if (typeof v !== 'string' || !values.includes(v as T)) return this.bad(key);
    return v as T;
  }

  arr(o: Obj, key: string, required: boolean): unknown[] {
    const v = o[key];
    if (!present(v)) return required ? this.missing() : [];
    if (!Array.isArray(v)) return this.bad(key);
    return v;
  }

  obj(v: unknown, key: string): Obj {
    if (!isPlainObject(v)) return this.bad(key);
    return v;
  }
}

const SALE_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/;

function validDate(text: string): boolean {
  if (!SALE_DATE.test(text)) return false;
  const d = new Date(`${text}Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 19) === text;
}

// ---------------------------------------------------------------------------------------------
// Attribute values against the meta (rules 77, 78, 82)
// ---------------------------------------------------------------------------------------------

function unitsOf(attr: MetaAttribute): string[] {
  if (attr.usableUnits.length) return attr.usableUnits;
  return attr.basicUnit && attr.basicUnit !== '없음' ? [attr.basicUnit] : [''];
}

/** Does a value follow the meta: one of inputValues (SELECT), number + usable unit (NUMBER), a date, or real text. */
export function valueFits(attr: MetaAttribute, value: string): boolean {
  const v = value.trim();
  if (attr.inputType === 'SELECT' && attr.inputValues && attr.inputValues.length) return attr.inputValues.includes(v);
  if (attr.dataType === 'NUMBER') {
    const m = /^(\d+(?:\.\d+)?)\s*(.*)$/.exec(v);
    if (!m || !(Number(m[1]) > 0)) return false;
    const unit = m[2].trim().toLowerCase();
    return unitsOf(attr).some((u) => u.toLowerCase() === unit);
  }
  if (attr.dataType === 'DATE') return /^\d{4}-?\d{2}-?\d{2}$/.test(v);
  return v !== '' && !BAD_OPTION_VALUES.has(v);
}

const isPurchaseOption = (a: MetaAttribute) => a.required === 'MANDATORY' && a.exposed === 'EXPOSED';

// ---------------------------------------------------------------------------------------------
// Shipping and places (rules 101-112)
// ---------------------------------------------------------------------------------------------

export interface ShippingFields {
  deliveryMethod: string;
  deliveryCompanyCode: string;
  deliveryChargeType: string;
  deliveryCharge: number;
  freeShipOverAmount: number;
  deliveryChargeOnReturn: number;
  returnCharge: number;
  remoteAreaDeliverable: string;
  unionDeliveryType: string;
  outboundShippingPlaceCode: string;
  returnCenterCode: string;
}

/** Shared by create, modify and the approval-free modify. */
export function checkShipping(s: ShippingFields, places: PlacesState, overseasItems: boolean): void {
  if (!DELIVERY_COMPANY_CODES.has(s.deliveryCompanyCode)) throw new ProductError(M.courierCheck);
  const type = s.deliveryChargeType;
  for (const fee of [s.deliveryCharge, s.freeShipOverAmount, s.deliveryChargeOnReturn, s.returnCharge]) {
    if (!Number.isInteger(fee) || fee < 0) throw new ProductError(M.deliveryChargeNeeded);
  }
  if (type === 'FREE') {
    if (s.deliveryCharge !== 0 || s.freeShipOverAmount !== 0) throw new ProductError(M.freeCharges);
  } else if (type === 'NOT_FREE') {
    if (s.freeShipOverAmount !== 0) throw new ProductError(M.notFreeConditional);
    if (s.deliveryCharge <= 0) throw new ProductError(M.deliveryChargeNeeded);
    if (s.deliveryChargeOnReturn !== 0) throw new ProductError(M.notFreeInitialReturn);
  } else if (type === 'CONDITIONAL_FREE') {
    if (s.deliveryCharge <= 0) throw new ProductError(M.deliveryChargeNeeded);
    if (s.freeShipOverAmount < 100 || s.freeShipOverAmount % 100 !== 0) throw new ProductError(M.conditionalAmount);
    if (s.deliveryChargeOnReturn !== 0) throw new ProductError(M.conditionalInitialReturn);
  } else if (LEGACY_CHARGE_TYPES[type] !== undefined) {
    const amount = LEGACY_CHARGE_TYPES[type];
    if (s.freeShipOverAmount !== amount || s.deliveryChargeOnReturn !== 0) throw new ProductError(M.legacyFree(amount));
  }
  // CHARGE_RECEIVED is limited to categories Coupang allows per seller (rule 105); that list is
  // not published, so the sandbox accepts it everywhere except with bundled shipping (rule 109).
  if (type === 'CHARGE_RECEIVED' && s.unionDeliveryType === 'UNION_DELIVERY') throw new ProductError(M.unionCashOnDelivery);
  // Rule 106: the FAQ ties the 100-150% bound to free shipping of 일반배송 (SEQUENCIAL) products,
  // where the buyer pays deliveryChargeOnReturn + returnCharge on a return.
  if (type === 'FREE' && s.deliveryMethod === 'SEQUENCIAL') {
    const base = s.deliveryChargeOnReturn;
    if (s.returnCharge < base || s.returnCharge > base * 1.5) throw new ProductError(M.returnChargeRange);
  }
  const outbound = places.outbound.find((p) => p.outboundShippingPlaceCode === s.outboundShippingPlaceCode && p.usable);
  if (!outbound) throw new ProductError(M.outboundInvalid);
  if (s.returnCenterCode !== NO_RETURN_CENTER && !places.returns.some((p) => p.returnCenterCode === s.returnCenterCode && p.usable)) {
    throw new ProductError(M.returnCenterInvalid);
  }
  if (s.remoteAreaDeliverable === 'Y' && !outbound.remoteInfos.some((r) => r.usable && r.deliveryCode === s.deliveryCompanyCode)) {
    throw new ProductError(M.courierCheck);
  }
  if (s.deliveryMethod === 'AGENT_BUY' && !outbound.global) throw new ProductError(M.agentBuyOverseas);
  if (overseasItems && s.deliveryMethod !== 'AGENT_BUY') throw new ProductError(M.overseasNeedsAgentBuy);
}

export function readShipping(r: Reader, b: Obj, requireAll: boolean, base?: ShippingFields): ShippingFields {
  const pick = <T>(key: keyof ShippingFields, read: () => T): T => (requireAll || present(b[key]) ? read() : (base![key] as T));
  const outbound = pick('outboundShippingPlaceCode', () => {
    const id = idText(b.outboundShippingPlaceCode);
    return id ?? (present(b.outboundShippingPlaceCode) ? r.bad('outboundShippingPlaceCode') : r.missing());
  });
  return {
    deliveryMethod: pick('deliveryMethod', () => r.oneOf(b, 'deliveryMethod', DELIVERY_METHODS)),
    deliveryCompanyCode: pick('deliveryCompanyCode', () => r.str(b, 'deliveryCompanyCode', true)),
    deliveryChargeType: pick('deliveryChargeType', () => r.oneOf(b, 'deliveryChargeType', [...DELIVERY_CHARGE_TYPES, ...Object.keys(LEGACY_CHARGE_TYPES)])),
    deliveryCharge: pick('deliveryCharge', () => r.num(b, 'deliveryCharge', true)),
    freeShipOverAmount: pick('freeShipOverAmount', () => r.num(b, 'freeShipOverAmount', true)),
    deliveryChargeOnReturn: pick('deliveryChargeOnReturn', () => r.num(b, 'deliveryChargeOnReturn', true)),
    returnCharge: pick('returnCharge', () => r.num(b, 'returnCharge', true)),
    remoteAreaDeliverable: pick('remoteAreaDeliverable', () => r.oneOf(b, 'remoteAreaDeliverable', ['Y', 'N'])),
    unionDeliveryType: pick('unionDeliveryType', () => r.oneOf(b, 'unionDeliveryType', ['UNION_DELIVERY', 'NOT_UNION_DELIVERY'])),
    outboundShippingPlaceCode: outbound,
    returnCenterCode: pick('returnCenterCode', () => r.str(b, 'returnCenterCode', true).trim()),
  };
}

export function newReader(raw: string): Reader {
  return new Reader(raw);
}

// ---------------------------------------------------------------------------------------------
// Items
// ---------------------------------------------------------------------------------------------

const SEARCH_TAG = /^[\p{L}\p{N}\s!@#$%^&*\-+;:'.]*$/u;

function readImages(r: Reader, item: Obj, used: boolean): Image[] {
  const list = r.arr(item, 'images', true).map((v) => r.obj(v, 'images'));
  const images: Image[] = list.map((img) => {
    const imageOrder = r.int(img, 'imageOrder');
    const imageType = r.oneOf(img, 'imageType', IMAGE_TYPES);
    const cdnPath = r.str(img, 'cdnPath', false);
    const vendorPath = r.str(img, 'vendorPath', false);
    if ((!cdnPath && !vendorPath) || (cdnPath ?? '').length > 200 || (vendorPath ?? '').length > 200) throw new ProductError(M.imagePath);
    return { imageOrder, imageType, cdnPath: cdnPath || null, vendorPath: vendorPath || null };
  });
  const count = (t: string) => images.filter((i) => i.imageType === t).length;
  if (count('REPRESENTATION') !== 1) throw new ProductError(M.representationImage);
  if (count('DETAIL') > 9) throw new ProductError(M.detailImages);
  if (count('USED_PRODUCT') > (used ? 4 : 0)) throw new ProductError(M.usedImages);
  return images;
}

function readContents(r: Reader, item: Obj): Content[] {
  return r.arr(item, 'contents', true).map((v) => {
    const c = r.obj(v, 'contents');
    const contentsType = r.oneOf(c, 'contentsType', CONTENTS_TYPES);
    const contentDetails = r.arr(c, 'contentDetails', true).map((d) => {
      const detail = r.obj(d, 'contentDetails');
      const content = r.str(detail, 'content', true);
      // Rule 65: a forced line break inside content is an input error; iframes only for YouTube.
      if (/[\r\n]/.test(content)) r.bad('content');
      for (const m of content.matchAll(/<iframe[^>]*\ssrc\s*=\s*["']?([^"'\s>]+)/gi)) {
        if (!/^(https?:)?\/\/(www\.)?(youtube\.com|youtube-nocookie\.com|youtu\.be)\//i.test(m[1])) throw new ProductError(M.iframe);
      }
      return { content, detailType: r.oneOf(detail, 'detailType', ['IMAGE', 'TEXT']) };
    });
    return { contentsType, contentDetails };
  });
}

function readCertifications(r: Reader, item: Obj, meta: MetaData): Certification[] {
  const list = r.arr(item, 'certifications', false).map((v) => r.obj(v, 'certifications'));
  const out = list.map((c) => {
    const type = r.str(c, 'certificationType', true);
    const known = meta.certifications.find((m) => m.certificationType === type);
    if (!known) throw new ProductError(M.certificationType(type));
    const code = r.str(c, 'certificationCode', false) ?? '';
    if (known.dataType === 'CODE' && code.trim() === '') throw new ProductError(M.certificationCode(type));
    const cert: Certification = { certificationType: type, certificationCode: code };
    if (Array.isArray(c.certificationAttachments)) {
      cert.certificationAttachments = c.certificationAttachments.filter(isPlainObject).map((a) => ({
        ...(typeof a.vendorPath === 'string' && { vendorPath: a.vendorPath }),
        ...(typeof a.cdnPath === 'string' && { cdnPath: a.cdnPath }),
      }));
    }
    return cert;
  });
  for (const m of meta.certifications) {
    if (m.required === 'MANDATORY' && !out.some((c) => c.certificationType === m.certificationType)) throw new ProductError(M.certificationMissing(m.certificationType));
  }
  return out;
}

/** Rule 88: one notice category of the meta, all of its rows, names exactly as the meta spells them. */
function readNotices(r: Reader, item: Obj, meta: MetaData, autoMatched: boolean): Notice[] {
  const raw = r.arr(item, 'notices', !autoMatched);
  if (raw.length === 0 && autoMatched) {
    // Rule 97: with auto-matching, notices are registered as 기타 재화 / 상세정보참조.
    const etc = meta.noticeCategories.find((n) => n.noticeCategoryName === '기타 재화');
    return (etc?.noticeCategoryDetailNames ?? []).map((d) => ({ noticeCategoryName: '기타 재화', noticeCategoryDetailName: d.noticeCategoryDetailName, content: '상세정보참조' }));
  }
  const notices = raw.map((v) => {
    const n = r.obj(v, 'notices');
    return { noticeCategoryName: r.str(n, 'noticeCategoryName', true), noticeCategoryDetailName: r.str(n, 'noticeCategoryDetailName', true), content: r.str(n, 'content', true) };
  });
  const first = notices[0]?.noticeCategoryName ?? '';
  const category = meta.noticeCategories.find((c) => c.noticeCategoryName === first);
  if (!category) throw new ProductError(M.noticeNotFound(first));
  const expected = category.noticeCategoryDetailNames.map((d) => d.noticeCategoryDetailName);
  if (notices.length !== expected.length || notices.some((n) => n.noticeCategoryName !== first)) throw new ProductError(M.noticeCount(notices.length, first, expected.length));
  for (const n of notices) if (!expected.includes(n.noticeCategoryDetailName)) throw new ProductError(M.noticeMismatch(n.noticeCategoryDetailName, first));
  for (const row of expected) if (!notices.some((n) => n.noticeCategoryDetailName === row)) throw new ProductError(M.noticeMismatch(row, first));
  for (const n of notices) if (n.content.trim() === '') throw new ProductError(M.noticeContent(n.noticeCategoryDetailName));
  return notices;
}

function readAttributes(r: Reader, item: Obj): Attribute[] {
  return r.arr(item, 'attributes', false).map((v) => {
    const a = r.obj(v, 'attributes');
    const name = r.str(a, 'attributeTypeName', true).trim();
    const value = (r.str(a, 'attributeValueName', false) ?? '').trim();
    const exposedRaw = a.exposed;
    const exposed = !present(exposedRaw) || exposedRaw === '' ? 'EXPOSED' : r.oneOf(a, 'exposed', ['EXPOSED', 'NONE'] as const);
    if (name === '' || name.length > 25 || value.length > 30) throw new ProductError(M.attributeLength);
    const editable = a.editable === undefined ? true : (booleanValue(a.editable) ?? true);
    return { attributeTypeName: name, attributeValueName: value, exposed, editable };
  });
}

interface AttributeCheck {
  issues: ErrorItem['attributes'];
}

/** Rules 68, 69, 77-82, 87 for one item. */
function checkAttributes(attrs: Attribute[], meta: MetaData, index: number, itemName: string, autoMatched: boolean): AttributeCheck {
  const byName = new Map(meta.attributes.map((a) => [a.attributeTypeName, a]));
  const filled = attrs.filter((a) => a.attributeValueName !== '');
  const names = filled.map((a) => a.attributeTypeName);
  if (new Set(names).size !== names.length) throw new ProductError(M.duplicateOptions);
  if (filled.length === 0 && !(meta.isAllowSingleItem ?? false) && !autoMatched) throw new ProductError(M.singleItemNeedsAttributes);
  if (autoMatched && filled.length === 0) throw new ProductError(M.singleItemNeedsAttributes);

  const issues: ErrorItem['attributes'] = [];
  let freeOptions = 0;
  for (const a of filled) {
    const m = byName.get(a.attributeTypeName);
    if (a.exposed === 'NONE') {
      if (!m) throw new ProductError(M.searchOptionUnknown(a.attributeTypeName));
    } else if (!m) {
      freeOptions++; // rule 80: free purchase options, up to three
      continue;
    }
    if (!m) continue;
    if (valueFits(m, a.attributeValueName)) continue;
    // Rule 82: a mandatory purchase option in the wrong format blocks registration; anything else
    // is reported back as a potential problem (rule 86).
    if (isPurchaseOption(m) && a.exposed === 'EXPOSED') throw new ProductError(M.purchaseOptionFormat(a.attributeTypeName, a.attributeValueName));
    issues.push({ attributeTypename: a.attributeTypeName, attributeValuename: a.attributeValueName, message: M.invalidDataType });
  }
  if (freeOptions > 3) throw new ProductError(M.freeOptionCount);

  if (autoMatched) return { issues }; // the seller could not know the assigned category's options
  const exposedNames = new Set(filled.filter((a) => a.exposed === 'EXPOSED').map((a) => a.attributeTypeName));
  const missing: string[] = [];
  for (const m of meta.attributes) {
    if (isPurchaseOption(m) && m.groupNumber === 'NONE' && !exposedNames.has(m.attributeTypeName)) missing.push(m.attributeTypeName);
  }
  const groups = new Map<string, string[]>();
  for (const m of meta.attributes) {
    if (isPurchaseOption(m) && m.groupNumber !== 'NONE') groups.set(m.groupNumber, [...(groups.get(m.groupNumber) ?? []), m.attributeTypeName]);
  }
  for (const members of groups.values()) {
    const chosen = members.filter((n) => exposedNames.has(n));
    if (chosen.length === 0) missing.push(members.join('/'));
    if (chosen.length > 1) throw new ProductError(M.groupChooseOne(members));
  }
  if (missing.length) {
    throw new ProductError(M.mandatoryAttributeMissing, {
      details: M.mandatoryPurchaseOption,
      errorItems: [{ itemIndex: index, itemName, attributes: missing.map((n) => ({ attributeTypename: n, attributeValuename: '', message: M.mandatoryPurchaseOption })) }],
    });
  }
  return { issues };
}

function readItem(r: Reader, v: unknown, index: number, meta: MetaData, autoMatched: boolean): { item: ItemInput; issues: ErrorItem | null } {
  const it = r.obj(v, 'items');
  const itemName = r.str(it, 'itemName', true);
  if (itemName.length > 150) throw new ProductError(M.itemNameTooLong);
  const salePrice = r.num(it, 'salePrice', true);
  if (!Number.isInteger(salePrice) || salePrice <= 0 || salePrice % 10 !== 0) throw new ProductError(M.salePriceUnit);
  const originalPrice = r.num(it, 'originalPrice', true);
  if (!Number.isInteger(originalPrice) || originalPrice < 0 || originalPrice % 10 !== 0) throw new ProductError(M.originalPriceUnit);
  const maximumBuyCount = r.int(it, 'maximumBuyCount');
  if (maximumBuyCount < 0 || maximumBuyCount > 99999) throw new ProductError(M.maximumBuyCount);
  const maximumBuyForPerson = r.int(it, 'maximumBuyForPerson');
  const maximumBuyForPersonPeriod = r.int(it, 'maximumBuyForPersonPeriod');
  const outboundShippingTimeDay = r.int(it, 'outboundShippingTimeDay');
  const unitCount = r.int(it, 'unitCount');
  if (maximumBuyForPerson < 0) r.bad('maximumBuyForPerson');
  if (maximumBuyForPersonPeriod < 1) r.bad('maximumBuyForPersonPeriod');
  if (outboundShippingTimeDay < 0) r.bad('outboundShippingTimeDay');
  if (unitCount < 0) r.bad('unitCount');

  const adultOnly = r.oneOf(it, 'adultOnly', ['ADULT_ONLY', 'EVERYONE'], 'EVERYONE');
  const taxType = r.oneOf(it, 'taxType', ['TAX', 'FREE'], 'TAX');
  const parallelImported = r.oneOf(it, 'parallelImported', ['PARALLEL_IMPORTED', 'NOT_PARALLEL_IMPORTED'], 'NOT_PARALLEL_IMPORTED');
  const overseasPurchased = r.oneOf(it, 'overseasPurchased', ['OVERSEAS_PURCHASED', 'NOT_OVERSEAS_PURCHASED'], 'NOT_OVERSEAS_PURCHASED');
  const pccNeeded = r.bool(it, 'pccNeeded', false);

  const emptyBarcode = r.bool(it, 'emptyBarcode', false);
  const emptyBarcodeReason = r.str(it, 'emptyBarcodeReason', false);
  if ((emptyBarcode && !emptyBarcodeReason?.trim()) || (emptyBarcodeReason ?? '').length > 100) throw new ProductError(M.emptyBarcodeReason);

  const offerCondition = r.oneOf(it, 'offerCondition', OFFER_CONDITIONS, 'NEW');
  if (!(meta.allowedOfferConditions.length ? meta.allowedOfferConditions : ['NEW']).includes(offerCondition)) throw new ProductError(M.offerCondition(offerCondition));
  const offerDescription = r.str(it, 'offerDescription', false);
  if (offerDescription && (!USED.has(offerCondition) || offerDescription.length > 700)) throw new ProductError(M.offerDescription);

  const searchTags = r.arr(it, 'searchTags', false).map((t) => (typeof t === 'string' ? t : r.bad('searchTags')));
  if (searchTags.length > 20 || searchTags.some((t) => t.length > 20)) throw new ProductError(M.searchTagCount);
  if (searchTags.some((t) => !SEARCH_TAG.test(t))) throw new ProductError(M.searchTagChars);

  const extra = it.extraProperties;
  const extraProperties = present(extra) ? r.obj(extra, 'extraProperties') : null;

  const images = readImages(r, it, USED.has(offerCondition));
  const notices = readNotices(r, it, meta, autoMatched);
  const attributes = readAttributes(r, it);
  const { issues } = checkAttributes(attributes, meta, index, itemName, autoMatched);
  const contents = readContents(r, it);
  const certifications = readCertifications(r, it, meta);

  const item: ItemInput = {
    sellerProductItemId: idText(it.sellerProductItemId) ?? null,
    vendorItemId: idText(it.vendorItemId) ?? null,
    itemName,
    originalPrice,
    salePrice,
    maximumBuyCount,
    maximumBuyForPerson,
    maximumBuyForPersonPeriod,
    outboundShippingTimeDay,
    unitCount,
    adultOnly,
    taxType,
    parallelImported,
    overseasPurchased,
    pccNeeded,
    externalVendorSku: r.str(it, 'externalVendorSku', false),
    barcode: r.str(it, 'barcode', false),
    emptyBarcode,
    emptyBarcodeReason,
    modelNo: r.str(it, 'modelNo', false),
    extraProperties,
    certifications,
    searchTags,
    images,
    notices,
    attributes,
    contents,
    offerCondition,
    offerDescription: offerDescription || null,
  };
  return { item, issues: issues.length ? { itemIndex: index, itemName, attributes: issues } : null };
}

function readDocuments(r: Reader, b: Obj, meta: MetaData, items: ItemInput[]): RequiredDocument[] {
  const docs = r.arr(b, 'requiredDocuments', false).map((v) => {
    const d = r.obj(v, 'requiredDocuments');
    const templateName = r.str(d, 'templateName', true);
    if (!meta.requiredDocumentNames.some((m) => m.templateName === templateName)) throw new ProductError(M.documentTemplate(templateName));
    const documentPath = r.str(d, 'documentPath', false) || null;
    const vendorDocumentPath = r.str(d, 'vendorDocumentPath', false) || null;
    if ((!documentPath && !vendorDocumentPath) || (documentPath ?? '').length > 150 || (vendorDocumentPath ?? '').length > 150) throw new ProductError(M.documentPath);
    return { templateName, documentPath, vendorDocumentPath };
  });
  const parallel = items.some((i) => i.parallelImported === 'PARALLEL_IMPORTED');
  for (const m of meta.requiredDocumentNames) {
    // MANDATORY_OVERSEAS_PURCHASED: the invoice became optional in 2021-03 (rule 116), and the
    // battery / ingredient tokens of live responses are not explained by the docs: not enforced.
    const needed = m.required === 'MANDATORY' || (m.required === 'MANDATORY_PARALLEL_IMPORTED' && parallel);
    if (needed && !docs.some((d) => d.templateName === m.templateName)) throw new ProductError(M.documentsMissing);
  }
  return docs;
}

/** The whole body of create / approval-required modify. Throws ProductError. */
export function validateProduct(body: unknown, ctx: ValidationContext): Validated {
  const r = new Reader(ctx.rawBody);
  if (!isPlainObject(body)) throw new ProductError(M.objectText);
  const b = body;
  const rawItems = Array.isArray(b.items) ? b.items : [];
  if (rawItems.some((i) => isPlainObject(i) && ('rocketGrowthItemData' in i || 'marketplaceItemData' in i))) throw new ProductError(M.rocketGrowthNotAgreed);

  const vendorId = r.str(b, 'vendorId', true);
  if (vendorId !== ctx.vendorId) throw new ProductError(M.vendorMismatch(vendorId));
  const sellerProductName = r.str(b, 'sellerProductName', true);
  if (sellerProductName.length > 100) throw new ProductError(M.sellerNameTooLong);
  const displayProductName = r.str(b, 'displayProductName', false);
  if ((displayProductName ?? '').length > 100) throw new ProductError(M.displayNameTooLong);

  // Category: a usable leaf, or auto-matching from the name for sellers who agreed (rule 97).
  let code: number;
  let autoMatched = false;
  if (!present(b.displayCategoryCode) || b.displayCategoryCode === '') {
    if (!ctx.autoCategoryAgreed) throw new ProductError(M.categoryAutoNotAgreed);
    const hit = predictCategory(`${sellerProductName} ${displayProductName ?? ''}`);
    if (!hit) throw new ProductError(M.categoryAutoFailed);
    code = hit.node.code;
    autoMatched = true;
  } else {
    code = r.int(b, 'displayCategoryCode');
    if (!isUsableLeaf(code)) throw new ProductError(M.categoryUnusable(String(code)));
  }
  const meta = categoryMeta(code)!.meta;

  const saleStartedAt = r.str(b, 'saleStartedAt', true);
  const saleEndedAt = r.str(b, 'saleEndedAt', true);
  if (!validDate(saleStartedAt)) r.bad('saleStartedAt');
  if (!validDate(saleEndedAt)) r.bad('saleEndedAt');
  if (saleEndedAt <= saleStartedAt || saleEndedAt > SALE_END_MAX) throw new ProductError(M.saleEndedAt);

  const shipping = readShipping(r, b, true);
  const returnChargeName = r.str(b, 'returnChargeName', true);
  const companyContactNumber = r.str(b, 'companyContactNumber', true);
  const returnZipCode = r.str(b, 'returnZipCode', true);
  const returnAddress = r.str(b, 'returnAddress', true);
  const returnAddressDetail = r.str(b, 'returnAddressDetail', true);
  const vendorUserId = r.str(b, 'vendorUserId', true);
  const requested = r.bool(b, 'requested');
  const manufacture = r.str(b, 'manufacture', true);
  const bundle = present(b.bundleInfo) ? r.obj(b.bundleInfo, 'bundleInfo') : {};
  const bundleType = r.oneOf(bundle, 'bundleType', ['SINGLE', 'AB'], 'SINGLE');

  const list = r.arr(b, 'items', true);
  if (list.length < 1 || list.length > 200) throw new ProductError(M.itemCount);
  if (bundleType === 'AB' && list.length > 1) throw new ProductError(M.bundleOptions);
  const items: ItemInput[] = [];
  const errorItems: ErrorItem[] = [];
  list.forEach((v, i) => {
    const { item, issues } = readItem(r, v, i, meta, autoMatched);
    items.push(item);
    if (issues) errorItems.push(issues);
  });
  // Rules 54, 69: unique itemName, and no two items with the same purchase-option values.
  const optionKey = (i: ItemInput) =>
    i.attributes
      .filter((a) => a.exposed === 'EXPOSED' && a.attributeValueName !== '')
      .map((a) => `${a.attributeTypeName}=${a.attributeValueName}`)
      .sort()
      .join('|');
  if (new Set(items.map((i) => i.itemName)).size !== items.length) throw new ProductError(ctx.mode === 'update' ? M.duplicateItemName : M.duplicateOptions);
  if (items.length > 1 && new Set(items.map(optionKey)).size !== items.length) throw new ProductError(M.duplicateOptions);

  checkShipping(shipping, ctx.places, items.some((i) => i.overseasPurchased === 'OVERSEAS_PURCHASED'));
  const requiredDocuments = readDocuments(r, b, meta, items);

  const input: ProductInput = {
    displayCategoryCode: code,
    sellerProductName,
    saleStartedAt,
    saleEndedAt,
    displayProductName,
    brand: r.str(b, 'brand', false),
    generalProductName: r.str(b, 'generalProductName', false),
    productGroup: r.str(b, 'productGroup', false),
    ...shipping,
    returnChargeName,
    companyContactNumber,
    returnZipCode,
    returnAddress,
    returnAddressDetail,
    vendorUserId,
    requested,
    requiredDocuments,
    extraInfoMessage: r.str(b, 'extraInfoMessage', false),
    manufacture,
    bundleType,
    items,
  };
  return { input, meta, errorItems, autoMatched };
}

export function categoryLabel(code: number): string {
  return categoryNode(code)?.path.join('>') ?? String(code);
}
