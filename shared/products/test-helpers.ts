// Shared by the product tests: a complete, valid draft on a real meta (79716 일반노트: mandatory
// purchase options 색상 + 수량, notice groups 어린이제품 / 기타 재화) and the places it uses.
import fixture from './fixtures/category-metas.json';
import { buildRequest, emptyDraftData, emptyItem, type ProductDraft, type ProductDraftData } from './draft';
import { buildFormModel } from './form-model';
import { normalizeMeta, type CategoryMeta } from './meta';
import type { ValidationContext } from './rules';

export function realMeta(code: number): CategoryMeta {
  const hit = fixture.real.find((r) => r.displayCategoryCode === code);
  if (!hit) throw new Error(`no real meta ${code} in the fixture`);
  return normalizeMeta(hit.meta);
}

export function sampleMeta(code: number): CategoryMeta {
  const hit = fixture.samples.find((s) => s.displayCategoryCode === code) as any;
  return normalizeMeta(hit.response);
}

export const NOTE_META = realMeta(79716);

export const PLACES: NonNullable<ValidationContext['places']> = {
  outbound: [
    { code: '3000001', name: '본사 출고지', usable: true, global: false, remoteCouriers: ['CJGLS', 'HANJIN'] },
    { code: '3000002', name: '해외 출고지', usable: true, global: true, remoteCouriers: [] },
    { code: '3000003', name: '닫은 출고지', usable: false, global: false, remoteCouriers: [] },
  ],
  returns: [
    { code: '1000300001', name: '반품센터', usable: true },
    { code: '1000300002', name: '옛 반품센터', usable: false },
  ],
};

export function validDraftData(): ProductDraftData {
  const d = emptyDraftData(new Date('2025-03-01T00:00:00Z'));
  d.category = { code: '79716', name: '일반노트', path: '문구/오피스 > 문구/학용품 > 노트/다이어리/캘린더 > 노트 > 일반노트' };
  d.basic = {
    ...d.basic,
    sellerProductName: '모나미 스프링 노트 A5',
    displayProductName: '모나미 스프링 노트',
    brand: '모나미',
    generalProductName: '스프링 노트',
    manufacture: '모나미',
    searchTags: ['노트', '스프링노트'],
    vendorUserId: 'wing_user01',
  };
  const a = emptyItem('a');
  a.options = { 색상: { value: '빨강', unit: null }, 수량: { value: '1', unit: '개' } };
  a.salePrice = 3000;
  a.originalPrice = 4000;
  a.maximumBuyCount = 100;
  const b = emptyItem('b');
  b.options = { 색상: { value: '파랑', unit: null }, 수량: { value: '1', unit: '개' } };
  b.salePrice = 3000;
  b.originalPrice = 4000;
  b.maximumBuyCount = 50;
  d.items = [a, b];
  const etc = NOTE_META.noticeCategories.find((n) => n.noticeCategoryName === '기타 재화')!;
  d.notices = { categoryName: '기타 재화', rows: Object.fromEntries(etc.noticeCategoryDetailNames.map((r) => [r.noticeCategoryDetailName, '상세페이지 참조'])) };
  d.images = { representation: { vendorPath: 'https://img.example.com/note/main.jpg', cdnPath: null }, details: [{ vendorPath: 'https://img.example.com/note/1.jpg', cdnPath: null }], used: [] };
  d.contents = [{ contentsType: 'TEXT', detailType: 'TEXT', content: '<p>튼튼한 스프링 노트</p>' }];
  d.delivery = {
    ...d.delivery,
    deliveryCompanyCode: 'CJGLS',
    deliveryChargeType: 'FREE',
    deliveryCharge: 0,
    freeShipOverAmount: 0,
    deliveryChargeOnReturn: 2500,
    returnCharge: 2500,
    outboundShippingPlaceCode: '3000001',
    returnCenterCode: '1000300001',
    returnChargeName: '반품센터',
    companyContactNumber: '02-2038-5520',
    returnZipCode: '08507',
    returnAddress: '서울특별시 금천구 가산동 60-5',
    returnAddressDetail: 'B동 1204호',
  };
  d.certifications = [{ type: 'NOT_REQUIRED', code: '' }];
  return d;
}

export function draftOf(data: ProductDraftData, over: Partial<ProductDraft> = {}): ProductDraft {
  return { id: 'd1', mode: 'create', sellerProductId: null, step: 8, data, original: null, lastStatus: null, denyReason: null, createdAt: '', updatedAt: '', ...over };
}

/** The create body of the valid draft, built the way the wizard builds it. */
export function validBody(data: ProductDraftData = validDraftData(), meta: CategoryMeta = NOTE_META): Record<string, any> {
  return buildRequest(draftOf(data), { model: buildFormModel(meta), vendorId: 'A00012345', requested: true });
}

export const clone = <T,>(v: T): T => structuredClone(v);
