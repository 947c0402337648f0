// Thirty products per vendor across captured-meta and derived-meta leaves, mostly 승인완료, a few
// saved, waiting, denied and deleted. Every seeded product is built as a create body and passed
// through the same validator as the API, so the seed can never hold a product Coupang would refuse.
import { kstLocal } from '../../clock';
import { createRng, deriveSeed, type Rng } from '../../rng';
import type { SeedArgs } from '../../routes/registry';
import { categoryMeta } from '../categories/meta';
import type { MetaAttribute, MetaData } from '../categories/types';
import { seedPlaces } from '../places/seed';
import type { PlacesState } from '../places/types';
import { approve, createProduct, deny, requestApproval, APPROVAL_DELAY_MS } from './lifecycle';
import { PRODUCT_MESSAGES as M } from './messages';
import type { ProductsState } from './types';
import { validateProduct } from './validate';

interface Template {
  code: number;
  name: string;
  brand: string;
  price: number;
  /** Values of purchase options; an array on `vary` makes one item per value. */
  values: Record<string, string>;
  vary?: [string, string[]];
  /** For choose-one groups: the member to fill. */
  choose?: string[];
  charge?: 'FREE' | 'NOT_FREE' | 'CONDITIONAL_FREE';
}

const T: Template[] = [
  { code: 80535, name: '스테인리스 진공 텀블러 500ml', brand: '써모랩', price: 15900, values: { 용량: '500ml', 수량: '1개' }, vary: ['색상', ['블랙', '화이트', '네이비']] },
  { code: 79652, name: '젤 잉크 볼펜 0.5mm', brand: '모닝글로리', price: 5900, values: { 색상: '검정' }, vary: ['수량', ['6개', '12개']] },
  { code: 79669, name: '제도용 샤프 0.5mm', brand: '펜텔', price: 7800, values: { '필기구 심 굵기': '0.5mm', '총 수량': '1개' } },
  { code: 79716, name: '스프링 일반노트 A5 80매', brand: '모닝글로리', price: 3500, values: { 수량: '1개' }, vary: ['색상', ['블루', '핑크', '민트']] },
  { code: 80094, name: '유아 캐릭터 스케치북 8절', brand: '아트랩', price: 4900, values: { '지류 사이즈': '8절', 내지매수: '20매' }, vary: ['수량', ['1개', '5개']] },
  { code: 77323, name: '나노블록 랜드마크 시리즈', brand: '나노블록', price: 12900, values: { 수량: '1개' }, vary: ['색상', ['레드', '그레이']] },
  { code: 81435, name: '카운터 줄넘기 성인용', brand: '스포짐', price: 8900, values: { 사이즈: 'FREE', 수량: '1개' }, vary: ['색상', ['블랙', '옐로우']] },
  { code: 64687, name: '가죽 차키 열쇠고리', brand: '키링하우스', price: 9900, values: { 수량: '1개' }, vary: ['색상', ['브라운', '블랙']] },
  { code: 65865, name: '강아지 덴탈껌 소고기맛', brand: '펫츠랩', price: 11900, values: { '간식 맛': '소고기맛', '개당 중량': '300g' }, choose: ['개당 중량'], vary: ['수량', ['1개', '3개']] },
  { code: 72882, name: '바닐라 라떼 파우더 1kg', brand: '카페랩', price: 18900, values: { '최소 중량': '1kg', '개당 수량': '1개', 수량: '1개' }, choose: ['최소 중량'] },
  { code: 58762, name: '국산 탄산수 플레인 500ml x 20병', brand: '스파클', price: 13900, values: { '개당 용량': '500ml', '총 수량': '20개' }, choose: ['개당 용량'], charge: 'CONDITIONAL_FREE' },
  { code: 56137, name: '솝베리 클렌징 오일 200ml', brand: '해피바스', price: 10000, values: { '개당 용량': '200ml', 수량: '1개' }, choose: ['개당 용량'] },
  { code: 79382, name: '여성 라운드 반소매 티셔츠', brand: '데일리핏', price: 12900, values: { 색상: '화이트' }, vary: ['패션의류/잡화 사이즈', ['S', 'M', 'L']] },
  { code: 62715, name: '무선 블루투스 이어폰 5.3', brand: '사운드핏', price: 39000, values: { '모델명/품번': 'SF-B53', 색상: '화이트' }, charge: 'NOT_FREE' },
  { code: 81867, name: '접이식 캠핑의자 경량', brand: '캠프원', price: 32900, values: { 수량: '1개' }, vary: ['색상', ['카키', '베이지']] },
  { code: 79688, name: '파스텔 형광펜 6색 세트', brand: '제브라', price: 6500, values: { 색상: '파스텔', '총 수량': '6개' } },
  { code: 77595, name: '12홀 알토 오카리나', brand: '오카리나랩', price: 45000, values: { '모델명/품번': 'OC-12A', 수량: '1개' }, vary: ['색상', ['아이보리', '블랙']] },
  { code: 78499, name: '마리모 수경재배 키트', brand: '그린하우스', price: 8900, values: {}, vary: ['수량', ['1개', '2개']] },
  { code: 70703, name: '아동 투명 장우산', brand: '레인키즈', price: 9800, values: { '패션의류/잡화 사이즈': '55cm' }, vary: ['색상', ['옐로우', '핑크']] },
  { code: 63955, name: '산소계 표백제 분말 1kg', brand: '클린랩', price: 7900, values: { '개당 중량': '1kg' }, choose: ['개당 중량'], vary: ['수량', ['1개', '2개']], charge: 'NOT_FREE' },
  { code: 79701, name: '파우치형 패브릭 필통', brand: '모닝글로리', price: 6900, values: { 수량: '1개' }, vary: ['색상', ['그레이', '네이비']] },
  { code: 103150, name: '자석 학습보드 알파벳', brand: '키즈보드', price: 21900, values: { 사이즈: '40x30cm', 수량: '1개' }, vary: ['색상', ['화이트', '블루']] },
  { code: 80633, name: '스테인리스 보온병 1L', brand: '써모랩', price: 24900, values: { 용량: '1L', 수량: '1개' }, vary: ['색상', ['실버', '블랙']] },
  { code: 82624, name: '스마트폰 방수케이스 IPX8', brand: '아쿠아가드', price: 7900, values: { 수량: '1개' }, vary: ['색상', ['투명', '블랙']] },
  { code: 77438, name: '휴대용 레트로 게임기', brand: '플레이박스', price: 29900, values: { 수량: '1개' }, vary: ['색상', ['그레이', '레드']] },
  { code: 79660, name: '육각 HB 연필 12자루', brand: '스테들러', price: 4500, values: { 색상: '노랑', '총 수량': '12개' } },
  { code: 80609, name: '2단 도시락 통', brand: '락앤키친', price: 12900, values: { 수량: '1개' }, vary: ['색상', ['민트', '그레이']] },
  { code: 79706, name: '지우개 점보 3개입', brand: '톰보우', price: 2500, values: { 색상: '화이트', 수량: '3개' } },
  { code: 77387, name: '소프트 원반 플라잉디스크', brand: '스포짐', price: 6900, values: { 수량: '1개' }, vary: ['색상', ['오렌지', '그린']] },
  { code: 104170, name: '선물용 보온보냉 텀블러 세트', brand: '써모랩', price: 29900, values: { 용량: '350ml', 수량: '2개' }, vary: ['색상', ['크림', '차콜']] },
];

type Plan = 'approved' | 'approvedPartlyStopped' | 'saved' | 'approving' | 'denied' | 'deleted';

/** Index → status: mostly approved, the rest spread over the other documented states. */
function planFor(i: number): Plan {
  if (i === 26 || i === 27) return 'saved';
  if (i === 28 || i === 29) return 'approving';
  if (i === 24) return 'denied';
  if (i === 25) return 'deleted';
  if (i === 3 || i === 7 || i === 12) return 'approvedPartlyStopped';
  return 'approved';
}

const DAY = 86_400_000;
const MINUTE = 60_000;

function fillValue(attr: MetaAttribute, values: Record<string, string>): string {
  const given = values[attr.attributeTypeName];
  if (given !== undefined) return given;
  if (attr.inputType === 'SELECT' && attr.inputValues?.length) return attr.inputValues[0];
  if (attr.dataType === 'NUMBER') return `1${attr.usableUnits[0] ?? ''}`;
  return '기본';
}

function attributesFor(meta: MetaData, t: Template, variant: string | null) {
  const out: Array<{ attributeTypeName: string; attributeValueName: string; exposed?: string }> = [];
  const values = { ...t.values, ...(t.vary && variant !== null ? { [t.vary[0]]: variant } : {}) };
  for (const a of meta.attributes) {
    if (a.required !== 'MANDATORY' || a.exposed !== 'EXPOSED') continue;
    if (a.groupNumber !== 'NONE' && !(t.choose ?? []).includes(a.attributeTypeName)) continue;
    out.push({ attributeTypeName: a.attributeTypeName, attributeValueName: fillValue(a, values) });
  }
  return out;
}

function noticesFor(meta: MetaData) {
  const category = meta.noticeCategories.find((n) => n.noticeCategoryName === '기타 재화') ?? meta.noticeCategories[0];
  return category.noticeCategoryDetailNames.map((d) => ({ noticeCategoryName: category.noticeCategoryName, noticeCategoryDetailName: d.noticeCategoryDetailName, content: '상세페이지 참조' }));
}

function bodyFor(t: Template, i: number, vendorId: string, places: PlacesState, rng: Rng, startedAt: number) {
  const meta = categoryMeta(t.code)!.meta;
  const outbound = places.outbound.find((p) => p.remoteInfos.length > 0) ?? places.outbound[0];
  const ret = places.returns[0];
  const address = ret.placeAddresses[0];
  const variants = t.vary ? t.vary[1] : [null];
  const sku = `WD-${String(i + 1).padStart(3, '0')}`;
  const charge = t.charge ?? 'FREE';
  const fees =
    charge === 'FREE'
      ? { deliveryCharge: 0, freeShipOverAmount: 0, deliveryChargeOnReturn: 2500, returnCharge: 2500 }
      : charge === 'NOT_FREE'
        ? { deliveryCharge: 3000, freeShipOverAmount: 0, deliveryChargeOnReturn: 0, returnCharge: 3000 }
        : { deliveryCharge: 3000, freeShipOverAmount: 19800, deliveryChargeOnReturn: 0, returnCharge: 3000 };
  const denied = planFor(i) === 'denied';
  return {
    displayCategoryCode: t.code,
    sellerProductName: t.name,
    vendorId,
    saleStartedAt: kstLocal(startedAt).slice(0, 10) + 'T00:00:00',
    saleEndedAt: '2099-01-01T23:59:59',
    displayProductName: `${t.brand} ${t.name}`,
    brand: t.brand,
    generalProductName: t.name,
    deliveryMethod: 'SEQUENCIAL',
    deliveryCompanyCode: outbound.remoteInfos[0]?.deliveryCode ?? 'CJGLS',
    deliveryChargeType: charge,
    ...fees,
    remoteAreaDeliverable: outbound.remoteInfos.length ? 'Y' : 'N',
    unionDeliveryType: 'UNION_DELIVERY',
    returnCenterCode: ret.returnCenterCode,
    returnChargeName: ret.shippingPlaceName,
    companyContactNumber: address.companyContactNumber,
    returnZipCode: address.returnZipCode,
    returnAddress: address.returnAddress,
    returnAddressDetail: address.returnAddressDetail,
    outboundShippingPlaceCode: outbound.outboundShippingPlaceCode,
    vendorUserId: 'wingdesk_demo',
    requested: false,
    items: variants.map((variant, k) => ({
      itemName: variant ? `${t.name} ${variant}` : t.name,
      originalPrice: Math.round((t.price * 1.2) / 100) * 100,
      salePrice: t.price,
      maximumBuyCount: rng.bool(0.1) ? 0 : rng.int(5, 500),
      maximumBuyForPerson: 0,
      maximumBuyForPersonPeriod: 1,
      outboundShippingTimeDay: rng.int(1, 3),
      unitCount: 1,
      adultOnly: 'EVERYONE',
      taxType: 'TAX',
      parallelImported: 'NOT_PARALLEL_IMPORTED',
      overseasPurchased: 'NOT_OVERSEAS_PURCHASED',
      pccNeeded: false,
      externalVendorSku: `${sku}-${k + 1}`,
      barcode: '',
      emptyBarcode: true,
      emptyBarcodeReason: '자체 제작 상품',
      modelNo: null,
      certifications: meta.certifications.some((c) => c.certificationType === 'NOT_REQUIRED') ? [{ certificationType: 'NOT_REQUIRED', certificationCode: '' }] : [],
      searchTags: [t.brand, t.name.split(' ')[0]].filter((s) => s.length <= 20),
      images: [
        // A non-80/443 port makes Coupang's download fail (rule 64): the seeded denial shows it.
        { imageOrder: 0, imageType: 'REPRESENTATION', vendorPath: `https://images.wingdesk.app${denied ? ':8443' : ''}/sandbox/${sku}-${k + 1}.jpg` },
        { imageOrder: 1, imageType: 'DETAIL', vendorPath: `https://images.wingdesk.app/sandbox/${sku}-${k + 1}-detail.jpg` },
      ],
      notices: noticesFor(meta),
      attributes: attributesFor(meta, t, variant),
      contents: [{ contentsType: 'TEXT', contentDetails: [{ content: `<div><p>${t.brand} ${t.name}</p></div>`, detailType: 'TEXT' }] }],
      offerCondition: 'NEW',
    })),
    requiredDocuments: [],
    manufacture: t.brand,
    bundleInfo: { bundleType: 'SINGLE' },
  };
}

/** The places domain's own seed for this vendor (same derived stream), so seeded products use real place codes. */
export function placesFor(args: SeedArgs): PlacesState {
  return seedPlaces({ ...args, rng: createRng(deriveSeed(args.options.seed, `${args.vendor.vendorId}:places`)) });
}

export function seedProducts(args: SeedArgs): ProductsState {
  const { vendor, rng, clock } = args;
  const now = clock.startTime;
  const places = placesFor(args);
  const state: ProductsState = {
    products: [],
    // Magnitudes of the documented examples (sellerProductId 10-11 digits, vendorItemId 11, ...).
    nextSellerProductId: rng.int(10_000_000_000, 14_999_999_999),
    nextSellerProductItemId: rng.int(30_000_000_000, 39_999_999_999),
    nextVendorItemId: rng.int(70_000_000_000, 89_999_999_999),
    nextProductId: rng.int(6_000_000_000, 8_999_999_999),
    nextItemId: rng.int(18_000_000_000, 23_999_999_999),
    permittedCount: null,
    autoGeneratedOptIn: true,
  };
  // Oldest first, so IDs grow with creation time as on Coupang.
  // The two waiting products were requested shortly before the start: decided 6 and 11 virtual minutes in.
  const ages = T.map((_, i) => (planFor(i) === 'approving' ? (20 + (i - 28) * 5) * MINUTE : rng.int(3, 420) * DAY + rng.int(0, DAY - 1)));
  const order = T.map((_, i) => i).sort((a, b) => ages[b] - ages[a] || a - b);
  for (const i of order) {
    const createdAt = now - ages[i];
    const body = bodyFor(T[i], i, vendor.vendorId, places, rng, createdAt);
    const checked = validateProduct(body, { vendorId: vendor.vendorId, rawBody: '', places, autoCategoryAgreed: false });
    const p = createProduct(state, checked.input, createdAt, checked.errorItems.length ? ['ATTR'] : []);
    const plan = planFor(i);
    if (plan === 'saved') continue;
    const requestedAt = createdAt + (plan === 'approving' ? MINUTE : rng.int(1, 15) * MINUTE);
    requestApproval(p, requestedAt, body.vendorUserId);
    if (plan === 'approving') continue; // pending.dueAt = requestedAt + 30 min, a little after the start
    const decidedAt = requestedAt + APPROVAL_DELAY_MS;
    if (plan === 'denied') {
      deny(p, p.pending?.reason || M.imageDownloadFailed, decidedAt);
      continue;
    }
    approve(state, p, decidedAt);
    if (plan === 'approvedPartlyStopped') p.items[p.items.length - 1].onSale = false;
    if (plan === 'deleted') {
      for (const item of p.items) item.onSale = false;
      p.status = 'DELETED';
      p.histories.push({ status: '상품삭제', comment: '판매자 상품삭제', createdBy: body.vendorUserId, at: Math.min(decidedAt + rng.int(1, 30) * DAY, now - MINUTE) });
    }
  }
  return state;
}
