// The wizard's working copy of one product (saved in SQLite at every step) and the one function
// that turns it into the Coupang request body. Money is whole won, IDs are strings, dates are the
// yyyy-MM-dd'T'HH:mm:ss KST text Coupang wants (rule 51).
import { z } from 'zod';
import { kstDateTime } from '../kst';
import { formatOptionValue, gridColumns, type FormModel, type OptionField } from './form-model';

export const WizardStepNumber = z.number().int().min(1).max(8);

const Num = z.number().finite().nullable();
const OptionValue = z.object({ value: z.string().max(200), unit: z.string().max(20).nullable() });

export const DraftItem = z.object({
  /** Local row key (stable across edits). */
  key: z.string().min(1).max(40),
  sellerProductItemId: z.string().nullable(),
  vendorItemId: z.string().nullable(),
  /** '' = generated from the option values. */
  itemName: z.string().max(300),
  options: z.record(z.string(), OptionValue),
  salePrice: Num,
  originalPrice: Num,
  maximumBuyCount: Num,
  maximumBuyForPerson: Num,
  maximumBuyForPersonPeriod: Num,
  outboundShippingTimeDay: Num,
  unitCount: Num,
  barcode: z.string().max(100),
  emptyBarcode: z.boolean(),
  emptyBarcodeReason: z.string().max(300),
  modelNo: z.string().max(100),
  externalVendorSku: z.string().max(200),
});
export type DraftItem = z.infer<typeof DraftItem>;

const Image = z.object({ vendorPath: z.string().max(1000), cdnPath: z.string().max(1000).nullable() });
export type DraftImage = z.infer<typeof Image>;

export const ProductDraftData = z.object({
  category: z.object({ code: z.string().nullable(), name: z.string().nullable(), path: z.string().nullable() }),
  basic: z.object({
    sellerProductName: z.string().max(300),
    displayProductName: z.string().max(300),
    brand: z.string().max(200),
    generalProductName: z.string().max(300),
    productGroup: z.string().max(200),
    manufacture: z.string().max(200),
    searchTags: z.array(z.string().max(100)).max(60),
    saleStartedAt: z.string().max(40),
    saleEndedAt: z.string().max(40),
    adultOnly: z.enum(['EVERYONE', 'ADULT_ONLY']),
    taxType: z.enum(['TAX', 'FREE']),
    parallelImported: z.enum(['NOT_PARALLEL_IMPORTED', 'PARALLEL_IMPORTED']),
    overseasPurchased: z.enum(['NOT_OVERSEAS_PURCHASED', 'OVERSEAS_PURCHASED']),
    pccNeeded: z.boolean(),
    offerCondition: z.string().max(20),
    offerDescription: z.string().max(2000),
    vendorUserId: z.string().max(100),
  }),
  options: z.object({
    /** groupNumber → the member the seller enters (rule 77). */
    groupChoice: z.record(z.string(), z.string()),
    /** Optional purchase options the seller added as grid columns. */
    extraColumns: z.array(z.string()).max(50),
    /** Search options (exposed NONE), product-wide. */
    search: z.record(z.string(), OptionValue),
  }),
  items: z.array(DraftItem).max(250),
  notices: z.object({ categoryName: z.string().nullable(), rows: z.record(z.string(), z.string().max(2000)) }),
  images: z.object({ representation: Image, details: z.array(Image).max(20), used: z.array(Image).max(10) }),
  contents: z.array(z.object({ contentsType: z.string().max(20), detailType: z.enum(['TEXT', 'IMAGE']), content: z.string().max(200_000) })).max(30),
  delivery: z.object({
    deliveryMethod: z.string().max(20),
    deliveryCompanyCode: z.string().max(30),
    deliveryChargeType: z.string().max(40),
    deliveryCharge: Num,
    freeShipOverAmount: Num,
    deliveryChargeOnReturn: Num,
    returnCharge: Num,
    remoteAreaDeliverable: z.enum(['Y', 'N']),
    unionDeliveryType: z.enum(['UNION_DELIVERY', 'NOT_UNION_DELIVERY']),
    outboundShippingPlaceCode: z.string().max(30),
    returnCenterCode: z.string().max(30),
    returnChargeName: z.string().max(200),
    companyContactNumber: z.string().max(40),
    returnZipCode: z.string().max(20),
    returnAddress: z.string().max(300),
    returnAddressDetail: z.string().max(300),
    extraInfoMessage: z.string().max(2000),
  }),
  certifications: z.array(z.object({ type: z.string().max(80), code: z.string().max(200) })).max(30),
  documents: z.array(z.object({ templateName: z.string().max(200), path: z.string().max(1000) })).max(20),
});
export type ProductDraftData = z.infer<typeof ProductDraftData>;

export const DraftMode = z.enum(['create', 'edit']);

/** A draft as the store keeps it. */
export const ProductDraft = z.object({
  id: z.string(),
  mode: DraftMode,
  /** Set once Coupang has the product (after a submit, or when editing an existing one). */
  sellerProductId: z.string().nullable(),
  step: WizardStepNumber,
  data: ProductDraftData,
  /** Edit mode: the products.get answer the edit started from (sent back whole, rule 23). */
  original: z.record(z.string(), z.unknown()).nullable(),
  /** Last status seen on Coupang (승인대기중, 승인완료, …) and the deny reason when 승인반려. */
  lastStatus: z.string().nullable(),
  denyReason: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ProductDraft = z.infer<typeof ProductDraft>;

/** yyyy-MM-dd'T'HH:mm:ss in KST (rule 51). */
export function saleDateTime(date: Date = new Date()): string {
  return kstDateTime(date).replace(' ', 'T');
}

export const DEFAULT_SALE_END = '2099-01-01T23:59:59';

let keySeq = 0;
export function newItemKey(): string {
  keySeq = (keySeq + 1) % 1_000_000;
  return `i${Date.now().toString(36)}${keySeq.toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
}

export function emptyItem(key: string = newItemKey()): DraftItem {
  return {
    key,
    sellerProductItemId: null,
    vendorItemId: null,
    itemName: '',
    options: {},
    salePrice: null,
    originalPrice: null,
    maximumBuyCount: null,
    maximumBuyForPerson: 0,
    maximumBuyForPersonPeriod: 1,
    outboundShippingTimeDay: 1,
    unitCount: 0,
    barcode: '',
    emptyBarcode: false,
    emptyBarcodeReason: '',
    modelNo: '',
    externalVendorSku: '',
  };
}

export function emptyDraftData(now: Date = new Date()): ProductDraftData {
  return {
    category: { code: null, name: null, path: null },
    basic: {
      sellerProductName: '',
      displayProductName: '',
      brand: '',
      generalProductName: '',
      productGroup: '',
      manufacture: '',
      searchTags: [],
      saleStartedAt: saleDateTime(now),
      saleEndedAt: DEFAULT_SALE_END,
      adultOnly: 'EVERYONE',
      taxType: 'TAX',
      parallelImported: 'NOT_PARALLEL_IMPORTED',
      overseasPurchased: 'NOT_OVERSEAS_PURCHASED',
      pccNeeded: false,
      offerCondition: 'NEW',
      offerDescription: '',
      vendorUserId: '',
    },
    options: { groupChoice: {}, extraColumns: [], search: {} },
    items: [emptyItem()],
    notices: { categoryName: null, rows: {} },
    images: { representation: { vendorPath: '', cdnPath: null }, details: [], used: [] },
    contents: [{ contentsType: 'TEXT', detailType: 'TEXT', content: '' }],
    delivery: {
      deliveryMethod: 'SEQUENCIAL',
      deliveryCompanyCode: 'CJGLS',
      deliveryChargeType: 'FREE',
      deliveryCharge: 0,
      freeShipOverAmount: 0,
      deliveryChargeOnReturn: 2500,
      returnCharge: 2500,
      remoteAreaDeliverable: 'N',
      unionDeliveryType: 'UNION_DELIVERY',
      outboundShippingPlaceCode: '',
      returnCenterCode: '',
      returnChargeName: '',
      companyContactNumber: '',
      returnZipCode: '',
      returnAddress: '',
      returnAddressDetail: '',
      extraInfoMessage: '',
    },
    certifications: [],
    documents: [],
  };
}

/** Fills what an older saved draft lacks, so a draft saved by a previous version still opens. */
export function normalizeDraftData(raw: unknown): ProductDraftData {
  const base = emptyDraftData();
  const r = (raw && typeof raw === 'object' ? raw : {}) as Partial<ProductDraftData>;
  const merged: ProductDraftData = {
    ...base,
    ...r,
    category: { ...base.category, ...r.category },
    basic: { ...base.basic, ...r.basic },
    options: { ...base.options, ...r.options },
    notices: { ...base.notices, ...r.notices },
    images: { ...base.images, ...r.images },
    delivery: { ...base.delivery, ...r.delivery },
    items: Array.isArray(r.items) ? r.items.map((i) => ({ ...emptyItem(i?.key ?? newItemKey()), ...i })) : base.items,
  };
  const parsed = ProductDraftData.safeParse(merged);
  return parsed.success ? parsed.data : base;
}

/** Current value of an option on an item, formatted as Coupang wants it (`200ml`). */
export function itemOptionText(item: DraftItem, f: Pick<OptionField, 'name' | 'input'>): string {
  const v = item.options[f.name];
  return v ? formatOptionValue(f, v.value, v.unit) : '';
}

/** itemName when the seller left it blank: the option values, or the product name for a single item. */
export function autoItemName(item: DraftItem, columns: readonly OptionField[], productName: string, index: number): string {
  const parts = columns.map((c) => itemOptionText(item, c)).filter(Boolean);
  if (parts.length > 0) return parts.join('_').slice(0, 150);
  return (productName.trim() || '상품') + (index > 0 ? `_${index + 1}` : '');
}

function num(n: number | null | undefined, fallback = 0): number {
  return typeof n === 'number' && Number.isFinite(n) ? n : fallback;
}

export interface BuildContext {
  /** The form built from the category meta; null when the meta is not loaded (then options are sent as typed). */
  model: FormModel | null;
  vendorId: string;
  /** Columns currently in the grid (required + extra); derived from the model when omitted. */
  columns?: readonly OptionField[];
  requested?: boolean;
}

type Json = Record<string, unknown>;

function imagesOf(d: ProductDraftData): Json[] {
  const out: Json[] = [];
  const push = (img: DraftImage, type: string) => {
    if (!img.vendorPath.trim() && !img.cdnPath) return;
    const e: Json = { imageOrder: out.length, imageType: type };
    if (img.cdnPath) e.cdnPath = img.cdnPath;
    if (img.vendorPath.trim()) e.vendorPath = img.vendorPath.trim();
    out.push(e);
  };
  push(d.images.representation, 'REPRESENTATION');
  for (const img of d.images.details) push(img, 'DETAIL');
  if (d.basic.offerCondition.startsWith('USED_')) for (const img of d.images.used) push(img, 'USED_PRODUCT');
  return out;
}

/**
 * The products.create body (or, in edit mode, the products.update body laid over the original
 * GET answer so nothing the seller did not touch is lost — rules 23, 24, 27).
 */
export function buildRequest(draft: Pick<ProductDraft, 'mode' | 'data' | 'original' | 'sellerProductId'>, ctx: BuildContext): Json {
  const d = draft.data;
  const model = ctx.model;
  const fields = model ? [...model.purchaseOptions, ...model.searchOptions] : [];
  const fieldByName = new Map(fields.map((f) => [f.name, f]));
  const columns = ctx.columns ?? (model ? gridColumns(model, d.options.groupChoice, d.options.extraColumns) : []);
  const original = draft.mode === 'edit' ? draft.original : null;
  const originalItems = Array.isArray(original?.items) ? (original!.items as Json[]) : [];

  const notices = d.notices.categoryName
    ? (model?.notices.find((n) => n.name === d.notices.categoryName)?.rows.map((r) => r.name) ?? Object.keys(d.notices.rows)).map((name) => ({
        noticeCategoryName: d.notices.categoryName!,
        noticeCategoryDetailName: name,
        content: (d.notices.rows[name] ?? '').trim(),
      }))
    : [];
  const contents = d.contents
    .filter((c) => c.content.trim() !== '')
    .map((c) => ({ contentsType: c.contentsType, contentDetails: [{ content: c.content, detailType: c.detailType }] }));
  const certifications = d.certifications.filter((c) => c.type).map((c) => ({ certificationType: c.type, certificationCode: c.code.trim() }));
  const searchAttrs = Object.entries(d.options.search)
    .map(([name, v]) => {
      const f = fieldByName.get(name) ?? { name, input: 'text' as const };
      return { attributeTypeName: name, attributeValueName: formatOptionValue(f, v.value, v.unit), exposed: 'NONE' };
    })
    .filter((a) => a.attributeValueName !== '');
  const tags = d.basic.searchTags.map((t) => t.trim()).filter(Boolean);

  const items = d.items.map((item, index) => {
    const optionNames = columns.length > 0 ? columns.map((c) => c.name) : Object.keys(item.options);
    const purchaseAttrs = optionNames
      .map((name) => {
        const f = fieldByName.get(name) ?? { name, input: 'text' as const };
        const v = item.options[name];
        return { attributeTypeName: name, attributeValueName: v ? formatOptionValue(f, v.value, v.unit) : '', exposed: 'EXPOSED' };
      })
      .filter((a) => a.attributeValueName !== '');
    const before = item.sellerProductItemId ? originalItems.find((o) => String(o.sellerProductItemId ?? '') === item.sellerProductItemId) : undefined;
    let attributes: Json[] = [...purchaseAttrs, ...searchAttrs];
    if (before && Array.isArray(before.attributes)) {
      // Rule 27: every pair the GET returned goes back (with exposed/editable), changed values replaced.
      const mine = new Map(attributes.map((a) => [String(a.attributeTypeName), a]));
      const merged: Json[] = (before.attributes as Json[]).map((a) => {
        const m = mine.get(String(a.attributeTypeName));
        if (m) mine.delete(String(a.attributeTypeName));
        return m ? { ...a, attributeValueName: m.attributeValueName } : a;
      });
      attributes = [...merged, ...mine.values()];
    }
    let images = imagesOf(d);
    if (before && Array.isArray(before.images)) {
      // An image the seller kept keeps the CDN copy Coupang made of it.
      const kept = before.images as Json[];
      images = images.map((img) => {
        const o = kept.find((k) => k.imageType === img.imageType && s(k.vendorPath) === s(img.vendorPath) && k.cdnPath);
        return o && !img.cdnPath ? { ...img, cdnPath: o.cdnPath } : img;
      });
    }
    const name = item.itemName.trim() || autoItemName(item, columns, d.basic.sellerProductName, index);
    const out: Json = {
      ...(before ?? {}),
      itemName: name,
      originalPrice: num(item.originalPrice),
      salePrice: num(item.salePrice),
      maximumBuyCount: num(item.maximumBuyCount),
      maximumBuyForPerson: num(item.maximumBuyForPerson),
      maximumBuyForPersonPeriod: num(item.maximumBuyForPersonPeriod, 1),
      outboundShippingTimeDay: num(item.outboundShippingTimeDay, 1),
      unitCount: num(item.unitCount),
      adultOnly: d.basic.adultOnly,
      taxType: d.basic.taxType,
      parallelImported: d.basic.parallelImported,
      overseasPurchased: d.basic.overseasPurchased,
      pccNeeded: d.basic.pccNeeded,
      emptyBarcode: item.emptyBarcode,
      certifications: certifications.map((c) => ({ ...c })),
      searchTags: [...tags],
      images,
      notices: notices.map((x) => ({ ...x })),
      attributes,
      contents: contents.map((c) => ({ ...c, contentDetails: c.contentDetails.map((x) => ({ ...x })) })),
      offerCondition: d.basic.offerCondition || 'NEW',
    };
    if (item.sellerProductItemId) out.sellerProductItemId = item.sellerProductItemId;
    if (item.vendorItemId) out.vendorItemId = item.vendorItemId;
    if (item.externalVendorSku.trim()) out.externalVendorSku = item.externalVendorSku.trim();
    else delete out.externalVendorSku;
    if (item.barcode.trim()) out.barcode = item.barcode.trim();
    else delete out.barcode;
    if (item.emptyBarcode && item.emptyBarcodeReason.trim()) out.emptyBarcodeReason = item.emptyBarcodeReason.trim();
    else if (!item.emptyBarcode) delete out.emptyBarcodeReason;
    if (item.modelNo.trim()) out.modelNo = item.modelNo.trim();
    else delete out.modelNo;
    if (d.basic.offerCondition.startsWith('USED_') && d.basic.offerDescription.trim()) out.offerDescription = d.basic.offerDescription.trim();
    else delete out.offerDescription;
    return out;
  });

  const dl = d.delivery;
  const body: Json = {
    ...(original ?? {}),
    displayCategoryCode: d.category.code ? Number(d.category.code) : undefined,
    sellerProductName: d.basic.sellerProductName.trim(),
    vendorId: ctx.vendorId,
    saleStartedAt: d.basic.saleStartedAt,
    saleEndedAt: d.basic.saleEndedAt,
    displayProductName: d.basic.displayProductName.trim() || undefined,
    brand: d.basic.brand.trim() || undefined,
    generalProductName: d.basic.generalProductName.trim() || undefined,
    productGroup: d.basic.productGroup.trim() || undefined,
    deliveryMethod: dl.deliveryMethod,
    deliveryCompanyCode: dl.deliveryCompanyCode,
    deliveryChargeType: dl.deliveryChargeType,
    deliveryCharge: num(dl.deliveryCharge),
    freeShipOverAmount: num(dl.freeShipOverAmount),
    deliveryChargeOnReturn: num(dl.deliveryChargeOnReturn),
    remoteAreaDeliverable: dl.remoteAreaDeliverable,
    unionDeliveryType: dl.unionDeliveryType,
    returnCenterCode: dl.returnCenterCode,
    returnChargeName: dl.returnChargeName,
    companyContactNumber: dl.companyContactNumber,
    returnZipCode: dl.returnZipCode,
    returnAddress: dl.returnAddress,
    returnAddressDetail: dl.returnAddressDetail,
    returnCharge: num(dl.returnCharge),
    outboundShippingPlaceCode: dl.outboundShippingPlaceCode,
    vendorUserId: d.basic.vendorUserId.trim(),
    requested: ctx.requested ?? false,
    items,
    requiredDocuments: d.documents
      .filter((doc) => doc.path.trim())
      .map((doc) => ({ templateName: doc.templateName, vendorDocumentPath: doc.path.trim() })),
    extraInfoMessage: dl.extraInfoMessage.trim(),
    manufacture: d.basic.manufacture.trim() || d.basic.brand.trim(),
  };
  if (draft.mode === 'edit' && draft.sellerProductId) body.sellerProductId = draft.sellerProductId;
  // Response-only keys of products.get that a create/update never carries.
  for (const k of ['statusName', 'categoryId', 'productId', 'mdId', 'mdName', 'deliverySurcharge', 'bundlePackingDelivery']) delete body[k];
  if (draft.mode !== 'edit' && !body.bundleInfo) body.bundleInfo = { bundleType: 'SINGLE' };
  for (const k of Object.keys(body)) if (body[k] === undefined) delete body[k];
  return body;
}

const s = (v: unknown): string => (v === null || v === undefined ? '' : String(v));
const n = (v: unknown): number | null => {
  const x = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
  return Number.isFinite(x) ? x : null;
};

/**
 * A products.get answer → a draft. `edit`: keeps the IDs so the result is a modify of that product;
 * `copy`: drops them so it registers a new product that starts from this one.
 */
export function draftDataFromProduct(product: Json, model: FormModel | null, purpose: 'edit' | 'copy'): ProductDraftData {
  const base = emptyDraftData();
  const items = Array.isArray(product.items) ? (product.items as Json[]) : [];
  const first = items[0] ?? {};
  const fields = model ? [...model.purchaseOptions, ...model.searchOptions] : [];
  const fieldByName = new Map(fields.map((f) => [f.name, f]));
  const search: ProductDraftData['options']['search'] = {};
  const extraColumns = new Set<string>();
  const groupChoice: Record<string, string> = {};

  const draftItems: DraftItem[] = items.map((it) => {
    const options: DraftItem['options'] = {};
    for (const a of (Array.isArray(it.attributes) ? it.attributes : []) as Json[]) {
      const name = s(a.attributeTypeName);
      const text = s(a.attributeValueName);
      if (!name || text === '') continue;
      const f = fieldByName.get(name);
      const parsed = f && f.input === 'number-unit' ? splitNumber(text, f) : { value: text, unit: null };
      if (a.exposed === 'NONE' || (f && !f.exposed)) {
        search[name] = parsed;
        continue;
      }
      options[name] = parsed;
      if (f?.groupNumber) groupChoice[f.groupNumber] = name;
      else if (f && !f.mandatory) extraColumns.add(name);
      else if (!f) extraColumns.add(name);
    }
    return {
      ...emptyItem(),
      sellerProductItemId: purpose === 'edit' && it.sellerProductItemId != null ? s(it.sellerProductItemId) : null,
      vendorItemId: purpose === 'edit' && it.vendorItemId != null ? s(it.vendorItemId) : null,
      itemName: s(it.itemName),
      options,
      salePrice: n(it.salePrice),
      originalPrice: n(it.originalPrice),
      maximumBuyCount: n(it.maximumBuyCount),
      maximumBuyForPerson: n(it.maximumBuyForPerson) ?? 0,
      maximumBuyForPersonPeriod: n(it.maximumBuyForPersonPeriod) ?? 1,
      outboundShippingTimeDay: n(it.outboundShippingTimeDay) ?? 1,
      unitCount: n(it.unitCount) ?? 0,
      barcode: s(it.barcode),
      emptyBarcode: it.emptyBarcode === true || (!it.barcode && it.emptyBarcode !== false),
      emptyBarcodeReason: s(it.emptyBarcodeReason),
      modelNo: s(it.modelNo),
      externalVendorSku: s(it.externalVendorSku),
    };
  });

  const images = Array.isArray(first.images) ? (first.images as Json[]) : [];
  const img = (i: Json): DraftImage => ({ vendorPath: s(i.vendorPath), cdnPath: i.cdnPath ? s(i.cdnPath) : null });
  const rep = images.find((i) => i.imageType === 'REPRESENTATION');
  const notices = Array.isArray(first.notices) ? (first.notices as Json[]) : [];
  const contents = Array.isArray(first.contents) ? (first.contents as Json[]) : [];
  const certs = Array.isArray(first.certifications) ? (first.certifications as Json[]) : [];
  const docs = Array.isArray(product.requiredDocuments) ? (product.requiredDocuments as Json[]) : [];
  const pick = <T extends string>(v: unknown, allowed: readonly T[], fallback: T): T => (allowed.includes(v as T) ? (v as T) : fallback);

  return {
    category: { code: product.displayCategoryCode != null ? s(product.displayCategoryCode) : null, name: null, path: null },
    basic: {
      ...base.basic,
      sellerProductName: s(product.sellerProductName),
      displayProductName: s(product.displayProductName),
      brand: s(product.brand),
      generalProductName: s(product.generalProductName),
      productGroup: s(product.productGroup),
      manufacture: s(product.manufacture),
      searchTags: Array.isArray(first.searchTags) ? (first.searchTags as unknown[]).map(s) : [],
      saleStartedAt: purpose === 'edit' && product.saleStartedAt ? s(product.saleStartedAt) : base.basic.saleStartedAt,
      saleEndedAt: product.saleEndedAt ? s(product.saleEndedAt) : base.basic.saleEndedAt,
      adultOnly: pick(first.adultOnly, ['EVERYONE', 'ADULT_ONLY'], 'EVERYONE'),
      taxType: pick(first.taxType, ['TAX', 'FREE'], 'TAX'),
      parallelImported: pick(first.parallelImported, ['NOT_PARALLEL_IMPORTED', 'PARALLEL_IMPORTED'], 'NOT_PARALLEL_IMPORTED'),
      overseasPurchased: pick(first.overseasPurchased, ['NOT_OVERSEAS_PURCHASED', 'OVERSEAS_PURCHASED'], 'NOT_OVERSEAS_PURCHASED'),
      pccNeeded: first.pccNeeded === true || first.pccNeeded === 'true',
      offerCondition: s(first.offerCondition) || 'NEW',
      offerDescription: s(first.offerDescription),
      vendorUserId: s(product.vendorUserId),
    },
    options: { groupChoice, extraColumns: [...extraColumns], search },
    items: draftItems.length > 0 ? draftItems : base.items,
    notices: {
      categoryName: notices[0] ? s(notices[0].noticeCategoryName) : null,
      rows: Object.fromEntries(notices.map((r) => [s(r.noticeCategoryDetailName), s(r.content)])),
    },
    images: {
      representation: rep ? img(rep) : base.images.representation,
      details: images.filter((i) => i.imageType === 'DETAIL').map(img),
      used: images.filter((i) => i.imageType === 'USED_PRODUCT').map(img),
    },
    contents: contents.length
      ? contents.map((c) => {
          const detail = (Array.isArray(c.contentDetails) ? (c.contentDetails as Json[]) : [])[0] ?? {};
          return { contentsType: s(c.contentsType) || 'TEXT', detailType: detail.detailType === 'IMAGE' ? 'IMAGE' : 'TEXT', content: s(detail.content) };
        })
      : base.contents,
    delivery: {
      deliveryMethod: s(product.deliveryMethod) || base.delivery.deliveryMethod,
      deliveryCompanyCode: s(product.deliveryCompanyCode) || base.delivery.deliveryCompanyCode,
      deliveryChargeType: s(product.deliveryChargeType) || base.delivery.deliveryChargeType,
      deliveryCharge: n(product.deliveryCharge) ?? 0,
      freeShipOverAmount: n(product.freeShipOverAmount) ?? 0,
      deliveryChargeOnReturn: n(product.deliveryChargeOnReturn) ?? 0,
      returnCharge: n(product.returnCharge) ?? 0,
      remoteAreaDeliverable: product.remoteAreaDeliverable === 'Y' ? 'Y' : 'N',
      unionDeliveryType: product.unionDeliveryType === 'NOT_UNION_DELIVERY' ? 'NOT_UNION_DELIVERY' : 'UNION_DELIVERY',
      outboundShippingPlaceCode: s(product.outboundShippingPlaceCode),
      returnCenterCode: s(product.returnCenterCode),
      returnChargeName: s(product.returnChargeName),
      companyContactNumber: s(product.companyContactNumber),
      returnZipCode: s(product.returnZipCode),
      returnAddress: s(product.returnAddress),
      returnAddressDetail: s(product.returnAddressDetail),
      extraInfoMessage: s(product.extraInfoMessage),
    },
    certifications: certs.map((c) => ({ type: s(c.certificationType), code: s(c.certificationCode) })),
    documents: docs.map((doc) => ({ templateName: s(doc.templateName), path: s(doc.vendorDocumentPath ?? doc.documentPath) })),
  };
}

function splitNumber(text: string, f: OptionField): { value: string; unit: string | null } {
  const m = /^(\d+(?:\.\d+)?)\s*(.*)$/.exec(text.trim());
  if (m && (f.units.length === 0 || f.units.includes(m[2]))) return { value: m[1], unit: m[2] || f.defaultUnit };
  return { value: text, unit: f.defaultUnit };
}

/**
 * After Coupang registered the product: the draft's items take the IDs (and item names) Coupang
 * answered with, in order, so the next submit is a modify that keeps them (rules 24, 26).
 */
export function attachItemIds(data: ProductDraftData, product: Json): ProductDraftData {
  const items = Array.isArray(product.items) ? (product.items as Json[]) : [];
  return {
    ...data,
    items: data.items.map((it, i) => {
      const o = items[i];
      if (!o) return it;
      return {
        ...it,
        sellerProductItemId: o.sellerProductItemId != null ? s(o.sellerProductItemId) : it.sellerProductItemId,
        vendorItemId: o.vendorItemId != null && s(o.vendorItemId) !== '' ? s(o.vendorItemId) : it.vendorItemId,
        itemName: it.itemName || s(o.itemName),
      };
    }),
  };
}
