import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type SandboxHandle } from '../index';
import { admin, call } from '../testing/client';
import { categoriesDomain } from './categories';
import { placesDomain } from './places';
import { listVendorItems, productsDomain, seededVendorItems } from './products';

const BASE = '/v2/providers/seller_api/apis/api/v1/marketplace';
const PRODUCTS = `${BASE}/seller-products`;
const DOMAINS = [placesDomain, categoriesDomain, productsDomain];
const START = '2025-07-01T00:00:00Z';

let sb: SandboxHandle;
const key = () => ({ accessKey: sb.accessKey, secretKey: sb.secretKey });
const api = (method: string, path: string, body?: unknown, query = '') => call(sb.baseUrl, { method, path, query, key: key(), body });
const create = (body: unknown) => api('POST', PRODUCTS, body);
const getProduct = async (id: string | number) => (await api('GET', `${PRODUCTS}/${id}`)).json.data;
const advance = (minutes: number) => admin(sb.baseUrl, 'POST', '/clock', { advanceMinutes: minutes });

beforeAll(async () => {
  // timeScale 0: virtual time moves only through /__sandbox/clock, so timestamps are exact.
  sb = await startSandbox({ seed: 5, rate: 1000, startAt: START, timeScale: 0, domains: DOMAINS });
});
afterAll(() => sb.close());
afterEach(async () => {
  await admin(sb.baseUrl, 'POST', '/reset');
});

function places() {
  const state = sb.state.store(sb.vendorId).get(placesDomain);
  const outbound = state.outbound.find((p) => p.remoteInfos.length > 0)!;
  return { outbound, other: state.outbound.find((p) => p !== outbound)!, ret: state.returns[0] };
}

const notices = (category: string, rows: string[]) => rows.map((r) => ({ noticeCategoryName: category, noticeCategoryDetailName: r, content: '상세페이지 참조' }));
const ETC = ['품명 및 모델명', '인증/허가 사항', '제조국(원산지)', '제조자(수입자)', '소비자상담 관련 전화번호'];

function item(color: string, extra: Record<string, unknown> = {}) {
  return {
    itemName: `텀블러 ${color}`,
    originalPrice: 19000,
    salePrice: 15900,
    maximumBuyCount: '100',
    maximumBuyForPerson: '0',
    outboundShippingTimeDay: '1',
    maximumBuyForPersonPeriod: '1',
    unitCount: 1,
    adultOnly: 'EVERYONE',
    taxType: 'TAX',
    parallelImported: 'NOT_PARALLEL_IMPORTED',
    overseasPurchased: 'NOT_OVERSEAS_PURCHASED',
    pccNeeded: 'false',
    externalVendorSku: `TB-${color}`,
    barcode: '',
    emptyBarcode: true,
    emptyBarcodeReason: '자체 제작',
    certifications: [{ certificationType: 'NOT_REQUIRED', certificationCode: '' }],
    searchTags: ['텀블러', '보온'],
    images: [
      { imageOrder: 0, imageType: 'REPRESENTATION', vendorPath: 'http://image11.coupangcdn.com/image/product/tumbler.jpg' },
      { imageOrder: 1, imageType: 'DETAIL', vendorPath: 'http://image11.coupangcdn.com/image/product/tumbler-2.jpg' },
    ],
    notices: notices('기타 재화', ETC),
    attributes: [
      { attributeTypeName: '색상', attributeValueName: color },
      { attributeTypeName: '용량', attributeValueName: '500ml' },
      { attributeTypeName: '수량', attributeValueName: '1개' },
    ],
    contents: [{ contentsType: 'TEXT', contentDetails: [{ content: '<div>스테인리스 텀블러</div>', detailType: 'TEXT' }] }],
    offerCondition: 'NEW',
    ...extra,
  };
}

/** A valid create body for 텀블러/콜드컵 (80535): two colours, free shipping. */
function body(overrides: Record<string, unknown> = {}): any {
  const { outbound, ret } = places();
  const address = ret.placeAddresses[0];
  return {
    displayCategoryCode: 80535,
    sellerProductName: '스테인리스 진공 텀블러 500ml',
    vendorId: sb.vendorId,
    saleStartedAt: '2025-07-01T00:00:00',
    saleEndedAt: '2099-01-01T23:59:59',
    displayProductName: '써모랩 스테인리스 진공 텀블러',
    brand: '써모랩',
    generalProductName: '스테인리스 진공 텀블러',
    deliveryMethod: 'SEQUENCIAL',
    deliveryCompanyCode: outbound.remoteInfos[0].deliveryCode,
    deliveryChargeType: 'FREE',
    deliveryCharge: 0,
    freeShipOverAmount: 0,
    deliveryChargeOnReturn: 2500,
    remoteAreaDeliverable: 'Y',
    unionDeliveryType: 'UNION_DELIVERY',
    returnCenterCode: ret.returnCenterCode,
    returnChargeName: ret.shippingPlaceName,
    companyContactNumber: address.companyContactNumber,
    returnZipCode: address.returnZipCode,
    returnAddress: address.returnAddress,
    returnAddressDetail: address.returnAddressDetail,
    returnCharge: 3000,
    outboundShippingPlaceCode: Number(outbound.outboundShippingPlaceCode),
    vendorUserId: 'wingdesk_test',
    requested: false,
    items: [item('블랙'), item('화이트')],
    requiredDocuments: [],
    manufacture: '써모랩',
    bundleInfo: { bundleType: 'SINGLE' },
    ...overrides,
  };
}

function withItem(mutate: (i: any) => void, overrides: Record<string, unknown> = {}) {
  const b = body(overrides);
  mutate(b.items[0]);
  return b;
}

async function createApproved(b: any = body()): Promise<any> {
  const res = await create({ ...b, requested: true });
  expect(res.json.code).toBe('SUCCESS');
  await advance(31);
  return getProduct(res.json.data);
}

describe('products.create: validation against meta and documented rules', () => {
  it('accepts a valid body and answers the new sellerProductId as a number', async () => {
    const res = await create(body());
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ code: 'SUCCESS', message: '', data: expect.any(Number) });
  });

  it.each<[string, () => unknown, string]>([
    ['R47 displayProductName over 100 characters', () => body({ displayProductName: '가'.repeat(101) }), "'노출상품명' 최대 길이(100자)를 초과했습니다."],
    ['R79 a missing mandatory purchase option', () => withItem((i) => i.attributes.splice(1, 1)), '카테고리의 필수 속성이 존재하지 않습니다.'],
    ['R88 notice rows of two notice categories', () => withItem((i) => i.notices.push(...notices('주방용품', ['재질']))), '입력된 상품필수 고지정보 갯수[6]가 카테고리[기타 재화]에서 제공하는 갯수[5]와 다릅니다.'],
    ['R88 a misspelt notice row', () => withItem((i) => (i.notices[4].noticeCategoryDetailName = '소비자상담관련 전화번호')), '입력된 상품필수 고지정보[소비자상담관련 전화번호]가 카테고리[기타 재화]에서 제공하는 것과 다릅니다.'],
    ['R88 a notice category the meta does not offer', () => withItem((i) => (i.notices = notices('화장품', ['용량(중량)']))), '상품필수 정보 확인:[입력된 카테고리[화장품]의 상품필수 고지정보를 찾을 수 없습니다.]'],
    ['R39 a sale price in 1-won units', () => withItem((i) => (i.salePrice = 15905)), '판매가는 최소 10원 단위로 입력가능합니다.'],
    ['R52 more than 200 items', () => body({ items: Array.from({ length: 201 }, (_, k) => item(`색${k}`)) }), '아이템(옵션)은 1개 이상, 최대 200개까지 등록 가능합니다.'],
    ['R63 two representative images', () => withItem((i) => i.images.push({ imageOrder: 2, imageType: 'REPRESENTATION', vendorPath: 'http://x.com/a.jpg' })), '대표이미지(REPRESENTATION)는 1개를 등록해야 합니다.'],
    ['R63 ten detail images', () => withItem((i) => i.images.push(...Array.from({ length: 9 }, (_, k) => ({ imageOrder: k + 2, imageType: 'DETAIL', vendorPath: `http://x.com/${k}.jpg` })))), '기타이미지(DETAIL)는 최대 9개까지 등록 가능합니다.'],
    ['R101 free shipping with a base fee', () => body({ deliveryCharge: 2500 }), '배송비 종류가 무료 배송이면 기본배송비, 조건부무료가 0원입니다.'],
    ['R102 paid shipping with a free-over amount', () => body({ deliveryChargeType: 'NOT_FREE', deliveryCharge: 3000, freeShipOverAmount: 30000, deliveryChargeOnReturn: 0 }), '배송비 종류가 유료 배송이면 조건부무료가 0원 입니다.'],
    ['R106 a return fee over 150% of the initial return fee', () => body({ returnCharge: 4000 }), '[code: VALIDATION , error : 일반배송상품의 경우, 반품배송비는 초도반품비의 100%~150%까지만 입력가능합니다. 반품배송비를 변경해주세요]'],
    ['R104 the legacy 19,800 type with another threshold', () => body({ deliveryChargeType: 'FREE_DELIVERY_OVER_19800', deliveryCharge: 2500, freeShipOverAmount: 9800, deliveryChargeOnReturn: 0 }), '배송비 종류가 19800이상 무료배송이면 조건부무료가 19800원, 초도배송비가 0원 입니다.'],
    ['R110 remote-area delivery with a courier the outbound place lacks', () => body({ deliveryCompanyCode: 'KDEXP' }), '[택배사 코드]를 확인해 주세요.'],
    ['R129 an unknown return centre', () => body({ returnCenterCode: '1234567890' }), '올바른 반품지 센터코드를 입력 하세요.'],
    ['R54 two items with the same option values', () => body({ items: [item('블랙'), { ...item('블랙'), itemName: '다른 이름' }] }), '아이템과 같은 옵션 및 옵션값을 가지고 있는 아이템이 중복으로 존재합니다'],
    ['R115 parallel import without the import declaration', () => withItem((i) => (i.parallelImported = 'PARALLEL_IMPORTED')), '필수 구비서류를 모두 등록 해 주세요'],
    ['R62 a search tag with a forbidden character', () => withItem((i) => (i.searchTags = ['<텀블러>'])), "검색어에는 !@#$%^&*-+;:'. 외의 특수문자는 입력하실 수 없습니다."],
    ['R67 a required field missing (typo)', () => body({ vendorUserId: undefined, vendorUserID: 'x' }), 'java.lang.NullPointerException'],
    ['R82 a mandatory option with a unit outside usableUnits', () => withItem((i) => (i.attributes[1].attributeValueName = '500kg')), '필수 구매옵션[용량]의 값[500kg]: 유효하지 않은 데이터 타입, 단위'],
    ['R93/95 a retired category', () => body({ displayCategoryCode: 80536 }), '노출카테고리[80536]는 상품을 등록할 수 없는 카테고리입니다.'],
    ['R70 an offer condition the meta does not allow', () => withItem((i) => (i.offerCondition = 'USED_BEST')), '카테고리에서 허용하지 않는 상품상태[USED_BEST]입니다.'],
  ])('rejects %s', async (_label, make, message) => {
    const res = await create(make());
    expect(res.status).toBe(400);
    expect(res.json.code).toBe('ERROR');
    expect(res.json.message).toBe(message);
  });

  it('puts the 2026 mandatory-option text into details and errorItems', async () => {
    const res = await create(withItem((i) => i.attributes.splice(1, 1)));
    expect(res.json.details).toBe('필수 구매 옵션 (미입력 시 등록/노출 제한) 존재하지 않습니다');
    expect(res.json.errorItems).toEqual([
      { itemIndex: 0, itemName: '텀블러 블랙', attributes: [{ attributeTypename: '용량', attributeValuename: '', message: '필수 구매 옵션 (미입력 시 등록/노출 제한) 존재하지 않습니다' }] },
    ]);
  });

  it('points a forced line break in content at its JSON line (R65/R66)', async () => {
    const b = withItem((i) => (i.contents[0].contentDetails[0].content = '<div>줄\n바꿈</div>'));
    const text = JSON.stringify(b, null, 2);
    const line = text.slice(0, text.indexOf('"content"')).split('\n').length;
    const res = await create(text);
    expect(res.json.message).toBe(`입력값에 오류가 있습니다. line: ${line}`);
  });

  it('enforces choose-one groups: one of 개당 용량/개당 중량, not both, not none (R77)', async () => {
    const treat = (attrs: Array<[string, string]>) =>
      body({
        displayCategoryCode: 65865,
        items: [{ ...item('x'), itemName: '덴탈껌', notices: notices('기타 재화', ETC), attributes: attrs.map(([n, v]) => ({ attributeTypeName: n, attributeValueName: v })) }],
      });
    const ok = await create(treat([['간식 맛', '소고기맛'], ['개당 중량', '300g'], ['수량', '1개']]));
    expect(ok.json.code).toBe('SUCCESS');
    const both = await create(treat([['간식 맛', '소고기맛'], ['개당 중량', '300g'], ['개당 용량', '300ml'], ['수량', '1개']]));
    expect(both.json.message).toBe('구매옵션[개당 용량, 개당 중량] 중 1개만 입력해야 합니다.');
    const none = await create(treat([['간식 맛', '소고기맛'], ['수량', '1개']]));
    expect(none.json.message).toBe('카테고리의 필수 속성이 존재하지 않습니다.');
    expect(none.json.errorItems[0].attributes[0].attributeTypename).toBe('개당 용량/개당 중량');
  });

  it('checks SELECT values against inputValues (80094 지류 사이즈)', async () => {
    const sketch = (size: string) =>
      body({
        displayCategoryCode: 80094,
        items: [{ ...item('x'), itemName: '스케치북', notices: notices('기타 재화', ETC), attributes: [
          { attributeTypeName: '지류 사이즈', attributeValueName: size },
          { attributeTypeName: '내지매수', attributeValueName: '20매' },
          { attributeTypeName: '수량', attributeValueName: '1개' },
        ] }],
      });
    expect((await create(sketch('8절'))).json.code).toBe('SUCCESS');
    expect((await create(sketch('A4 크기'))).json.message).toBe('필수 구매옵션[지류 사이즈]의 값[A4 크기]: 유효하지 않은 데이터 타입, 단위');
  });

  it('reports optional attributes in the wrong format as errorItems on success and flags ATTR (R86, R43)', async () => {
    const b = withItem((i) => i.attributes.push({ attributeTypeName: '수량', attributeValueName: '1개' }));
    b.items[0].attributes = b.items[0].attributes.slice(0, 3);
    b.displayCategoryCode = 79669;
    b.items = [{ ...item('x'), itemName: '샤프', notices: notices('기타 재화', ETC), attributes: [
      { attributeTypeName: '필기구 심 굵기', attributeValueName: '0.5mm' },
      { attributeTypeName: '총 수량', attributeValueName: '1개' },
      { attributeTypeName: '샤프 작동방식', attributeValueName: '아무거나', exposed: 'NONE' },
    ] }];
    const res = await create(b);
    expect(res.json.code).toBe('SUCCESS');
    expect(res.json.errorItems).toEqual([{ itemIndex: 0, itemName: '샤프', attributes: [{ attributeTypename: '샤프 작동방식', attributeValuename: '아무거나', message: '유효하지 않은 데이터 타입, 단위' }] }]);
    const flagged = await api('GET', PRODUCTS, undefined, `vendorId=${sb.vendorId}&violationTypes=ATTR`);
    expect(flagged.json.data.map((p: any) => p.sellerProductId)).toContain(res.json.data);
  });

  it('refuses the Rocket Growth schema: the sandbox seller has not agreed to the RG product API (R121)', async () => {
    const res = await create(withItem((i) => (i.rocketGrowthItemData = { priceData: { originalPrice: 0, salePrice: 10000 } })));
    expect(res.json).toEqual({ code: 'ERROR', message: '로켓그로스 상품 생성 API 이용 및 검수 기준 동의가 필요합니다.' });
    const rg = await api('GET', PRODUCTS, undefined, `vendorId=${sb.vendorId}&businessTypes=rocketGrowth`);
    expect(rg.json).toEqual({ code: 'SUCCESS', message: '', data: [], nextToken: '' });
  });

  it('auto-matches the category from the name when the seller agreed and no code is sent (R97)', async () => {
    const b = body({ displayCategoryCode: undefined });
    for (const i of b.items) delete i.notices;
    const res = await create(b);
    expect(res.json.code).toBe('SUCCESS');
    const p = await getProduct(res.json.data);
    expect(p.displayCategoryCode).toBe(80535);
    expect(p.items[0].notices[0]).toEqual({ noticeCategoryName: '기타 재화', noticeCategoryDetailName: '품명 및 모델명', content: '상세정보참조' });
  });
});

describe('product lifecycle on the virtual clock', () => {
  it('임시저장 → 승인대기중 → 승인완료, issuing vendorItemIds only at approval', async () => {
    const id = (await create(body())).json.data;
    let p = await getProduct(id);
    expect(p.statusName).toBe('임시저장');
    expect(p.items.map((i: any) => i.vendorItemId)).toEqual([null, null]);

    const req = await api('PUT', `${PRODUCTS}/${id}/approvals`);
    expect(req.json).toEqual({ code: 'SUCCESS', message: `${id} 승인 요청되었습니다. 승인 내용에 문제가 있을 경우 승인 요청이 처리되지 않을 수 있습니다.`, data: String(id) });
    const again = await api('PUT', `${PRODUCTS}/${id}/approvals`);
    expect([again.status, again.json.message]).toEqual([400, `업체상품[${id}]이 승인요청 가능한 상태가 아닙니다.`]);
    expect((await getProduct(id)).statusName).toBe('승인대기중');

    await advance(29);
    expect((await getProduct(id)).statusName).toBe('승인대기중');
    await advance(2);
    p = await getProduct(id);
    expect(p.statusName).toBe('승인완료');
    expect(p.productId).toEqual(expect.any(Number));
    for (const i of p.items) {
      expect(i.vendorItemId).toEqual(expect.any(Number));
      expect(i.images[0].cdnPath).toMatch(/^vendor_inventory\/images\//);
    }
    // After approval every catalog attribute shows up, "" where not entered (R31).
    expect(p.items[0].attributes.find((a: any) => a.attributeTypeName === 'GTIN')).toEqual({ attributeTypeName: 'GTIN', attributeValueName: '', exposed: 'NONE', editable: true });

    const history = (await api('GET', `${PRODUCTS}/${id}/histories`)).json;
    expect(history.code).toBe('SUCCESS');
    expect(history.data.map((h: any) => h.status)).toEqual(['승인완료', '승인대기중', '승인요청', '임시저장']);
    expect(history.data[3]).toMatchObject({ createdBy: 'wingdesk_test', comment: '판매자 임시저장', createdAt: '2025-07-01T09:00:00' });
  });

  it('denies a name with a prohibited word (with the reason in the history) and lists it with status=DENIED', async () => {
    const id = (await create(body({ sellerProductName: '명품 레플리카 텀블러', requested: true }))).json.data;
    await advance(31);
    const p = await getProduct(id);
    expect(p.statusName).toBe('승인반려');
    expect(p.items[0].vendorItemId).toBeNull();
    const history = (await api('GET', `${PRODUCTS}/${id}/histories`)).json.data;
    expect(history[0]).toMatchObject({ status: '승인반려', createdBy: '쿠팡 셀러 시스템', comment: '상품명에 사용할 수 없는 표현[레플리카]이 포함되어 승인반려되었습니다.' });
    const denied = await api('GET', PRODUCTS, undefined, `vendorId=${sb.vendorId}&status=DENIED`);
    expect(denied.json.data.map((r: any) => r.sellerProductId)).toContain(id);
  });

  it('denies an image URL on a port other than 80/443 (R64)', async () => {
    const b = withItem((i) => (i.images[0].vendorPath = 'http://image.example.com:8080/a.jpg'), { requested: true });
    const id = (await create(b)).json.data;
    await advance(31);
    const history = (await api('GET', `${PRODUCTS}/${id}/histories`)).json.data;
    expect(history[0].comment).toBe('대표 또는 기타 이미지 다운로드 실패 사유로 인해 상품승인이 반려되었습니다.');
  });

  it('lets the admin force a decision and lists products with items', async () => {
    const id = String((await create(body({ requested: true }))).json.data);
    const denied = await admin(sb.baseUrl, 'POST', `/products/${id}/decide`, { approve: false, reason: '상세페이지 보완 필요' });
    expect(denied.json).toMatchObject({ sellerProductId: id, status: 'DENIED', statusName: '승인반려', denialReason: '상세페이지 보완 필요' });
    const notPending = await admin(sb.baseUrl, 'POST', `/products/${id}/decide`, { approve: true });
    expect(notPending.status).toBe(409);
    const id2 = String((await create(body({ requested: true, sellerProductName: '두번째 텀블러' }))).json.data);
    const approved = await admin(sb.baseUrl, 'POST', `/products/${id2}/decide`, { approve: true });
    expect(approved.json.items.every((i: any) => /^\d{11}$/.test(i.vendorItemId))).toBe(true);
    const list = await admin(sb.baseUrl, 'GET', `/products?vendorId=${sb.vendorId}`);
    expect(list.json.products.find((p: any) => p.sellerProductId === id2).statusName).toBe('승인완료');
    expect((await admin(sb.baseUrl, 'GET', '/products?vendorId=nobody')).status).toBe(400);
  });
});

describe('modify and delete gates', () => {
  it('refuses approval-required modify while 승인대기중 (R17)', async () => {
    const id = (await create(body({ requested: true }))).json.data;
    const p = await getProduct(id);
    const res = await api('PUT', PRODUCTS, { ...p, sellerProductId: id });
    expect([res.status, res.json.message]).toEqual([400, `업체상품[${id}]은 승인대기중 상태에서 수정할 수 없습니다.`]);
  });

  it('modifies an approved product: back to 승인대기중, prices kept (R21), re-approved later', async () => {
    const p = await createApproved();
    const vendorItemIds = p.items.map((i: any) => i.vendorItemId);
    const edited = { ...p, displayProductName: '써모랩 진공 텀블러 NEW', requested: true, items: p.items.map((i: any) => ({ ...i, salePrice: 99990 })) };
    const res = await api('PUT', PRODUCTS, edited);
    expect(res.json).toEqual({ code: 'SUCCESS', message: '', data: p.sellerProductId });
    let after = await getProduct(p.sellerProductId);
    expect(after.statusName).toBe('승인대기중');
    expect(after.items.map((i: any) => i.salePrice)).toEqual([15900, 15900]);
    expect(after.displayProductName).toBe('써모랩 진공 텀블러 NEW');
    await advance(31);
    after = await getProduct(p.sellerProductId);
    expect(after.statusName).toBe('승인완료');
    expect(after.items.map((i: any) => i.vendorItemId)).toEqual(vendorItemIds);
  });

  it.each<[string, (p: any) => any, string]>([
    ['dropping an option that is on sale (R26)', (p) => ({ ...p, items: p.items.slice(0, 1) }), '판매중인 상품은 삭제할 수 없습니다.'],
    ['leaving out a registered attribute (R27)', (p) => ({ ...p, items: p.items.map((i: any, k: number) => (k ? i : { ...i, attributes: i.attributes.filter((a: any) => a.attributeTypeName !== 'GTIN') })) }), '필수 옵션이(GTIN) 입력되지 않았습니다'],
    ['a duplicate itemName (R28)', (p) => ({ ...p, items: p.items.map((i: any) => ({ ...i, itemName: '같은 이름' })) }), '중복된 아이템 이름이 존재합니다.'],
    ['changing the category (R30)', (p) => ({ ...p, displayCategoryCode: 80534 }), '노출카테고리는 변경할 수 없습니다.'],
  ])('refuses %s', async (_label, edit, message) => {
    const p = await createApproved();
    const res = await api('PUT', PRODUCTS, edit(p));
    expect([res.status, res.json.message]).toEqual([400, message]);
  });

  it('refuses dropping a stopped approved option too (R25)', async () => {
    const p = await createApproved();
    await api('PUT', `${BASE}/vendor-items/${p.items[1].vendorItemId}/sales/stop`);
    const res = await api('PUT', PRODUCTS, { ...p, items: p.items.slice(0, 1) });
    expect(res.json.message).toBe('vendorItem로 생성된 아이템은 삭제가 불가능합니다.');
  });

  it('changes shipping without approval (partial), with the same fee rules, not while 승인대기중', async () => {
    const p = await createApproved();
    const partial = (await api('GET', `${PRODUCTS}/${p.sellerProductId}/partial`)).json.data;
    expect(Object.keys(partial).slice(0, 4)).toEqual(['sellerProductId', 'deliveryMethod', 'deliveryCompanyCode', 'deliveryChargeType']);
    const ok = await api('PUT', `${PRODUCTS}/${p.sellerProductId}/partial`, { ...partial, deliveryChargeType: 'CONDITIONAL_FREE', deliveryCharge: 3000, freeShipOverAmount: 19800, deliveryChargeOnReturn: 0, returnCharge: 3000 });
    expect(ok.json).toEqual({ code: 'SUCCESS', message: '' });
    expect((await getProduct(p.sellerProductId)).statusName).toBe('승인완료');
    expect((await api('GET', `${PRODUCTS}/${p.sellerProductId}/partial`)).json.data.freeShipOverAmount).toBe(19800);
    const bad = await api('PUT', `${PRODUCTS}/${p.sellerProductId}/partial`, { sellerProductId: p.sellerProductId, deliveryChargeType: 'FREE', deliveryCharge: 2500 });
    expect(bad.json.message).toBe('배송비 종류가 무료 배송이면 기본배송비, 조건부무료가 0원입니다.');
    const waiting = (await create(body({ requested: true }))).json.data;
    const blocked = await api('PUT', `${PRODUCTS}/${waiting}/partial`, { sellerProductId: waiting, returnCharge: 2500 });
    expect(blocked.json.message).toBe(`업체상품[${waiting}]은 승인대기중 상태에서 수정할 수 없습니다.`);
  });

  it('deletes only when not 승인대기중 and every option is stopped (R35)', async () => {
    const saved = (await create(body())).json.data;
    expect(await api('DELETE', `${PRODUCTS}/${saved}`).then((r) => r.json)).toEqual({ code: 'SUCCESS', message: '삭제되었습니다', data: String(saved) });

    const waiting = (await create(body({ requested: true }))).json.data;
    const notYet = await api('DELETE', `${PRODUCTS}/${waiting}`);
    expect([notYet.status, notYet.json.message]).toEqual([400, `업체상품[${waiting}]이 없거나 삭제가 불가능한 상태입니다. 삭제는 '저장중', '임시저장' 상태에서만 가능합니다.`]);

    const p = await createApproved();
    expect((await api('DELETE', `${PRODUCTS}/${p.sellerProductId}`)).status).toBe(400);
    for (const i of p.items) expect((await api('PUT', `${BASE}/vendor-items/${i.vendorItemId}/sales/stop`)).json).toEqual({ code: 'SUCCESS', message: '판매 중지 처리되었습니다.' });
    expect((await api('DELETE', `${PRODUCTS}/${p.sellerProductId}`)).json.code).toBe('SUCCESS');
    expect((await getProduct(p.sellerProductId)).statusName).toBe('상품삭제');
    const vid = p.items[0].vendorItemId;
    expect((await api('PUT', `${BASE}/vendor-items/${vid}/sales/resume`)).json.message).toBe(`판매재개에 실패했습니다. [옵션ID[${vid}] : 삭제된 상품은 변경이 불가능합니다.]`);
  });
});

describe('item APIs', () => {
  it('changes price in 10-won units within -50%..+100% unless forced (R38, R39)', async () => {
    const p = await createApproved();
    const vid = p.items[0].vendorItemId;
    const price = (value: string, query = '') => api('PUT', `${BASE}/vendor-items/${vid}/prices/${value}`, undefined, query);
    expect((await price('15905')).json).toEqual({ code: 'ERROR', message: `가격변경에 실패했습니다. [옵션ID[${vid}] : 판매가는 최소 10원 단위로 입력가능합니다.]` });
    expect((await price('7000')).json.message).toBe(`가격변경에 실패했습니다. [옵션ID[${vid}] : 판매가 변경이 불가능합니다. 변경전 판매가의 최대 50% 인하/최대 100%인상까지 변경가능합니다.]`);
    expect((await price('7000', 'forceSalePriceUpdate=true')).json).toEqual({ code: 'SUCCESS', message: '가격 변경을 완료했습니다.', data: null });
    expect((await price('14000')).json.code).toBe('SUCCESS');
    const inv = (await api('GET', `${BASE}/vendor-items/${vid}/inventories`)).json;
    expect(inv).toEqual({ code: 'SUCCESS', message: '', data: { sellerItemId: vid, amountInStock: 100, salePrice: 14000, onSale: true } });
  });

  it('changes stock, original price and the auto-generated option switches', async () => {
    const p = await createApproved();
    const vid = p.items[0].vendorItemId;
    expect((await api('PUT', `${BASE}/vendor-items/${vid}/quantities/7`)).json).toEqual({ code: 'SUCCESS', message: '재고 변경을 완료했습니다.' });
    expect((await api('PUT', `${BASE}/vendor-items/${vid}/quantities/-1`)).json.message).toBe('유효하지 않은 재고수량입니다.');
    expect((await api('PUT', `${BASE}/vendor-items/1/quantities/7`)).json.message).toBe('Failed to change the inventory. [vendoritemid 1 not found]');
    expect((await api('PUT', `${BASE}/vendor-items/${vid}/original-prices/0`)).json).toEqual({ code: 'SUCCESS', message: '할인율 기준가격이 변경되었습니다.', data: null });
    expect((await api('PUT', `${BASE}/vendor-items/${vid}/original-prices/19001`)).json.code).toBe('ERROR');
    expect((await api('GET', `${BASE}/vendor-items/999/inventories`)).json.message).toBe("Object text must begin with '{' at character 0");
    expect((await api('POST', `${BASE}/vendor-items/${vid}/auto-generated/opt-out`)).json).toEqual({ code: 'SUCCESS', message: '', data: 'success' });
    expect((await api('POST', `${BASE}/seller/auto-generated/opt-in`)).json).toEqual({ code: 'SUCCESS', message: '', data: 'success' });
    const after = await getProduct(p.sellerProductId);
    expect([after.items[0].maximumBuyCount, after.items[0].originalPrice]).toEqual([7, 0]);
  });
});

describe('lists, seed and determinism', () => {
  const list = (query: string) => api('GET', PRODUCTS, undefined, `vendorId=${sb.vendorId}&${query}`);

  it('seeds ~30 products in mixed states with stable vendorItemIds', async () => {
    const state = (await admin(sb.baseUrl, 'GET', '/state')).json.domains.products[sb.vendorId];
    expect(state.products).toBe(30);
    expect(state.byStatus).toEqual({ 승인완료: 24, 임시저장: 2, 승인대기중: 2, 승인반려: 1, 상품삭제: 1 });
    const items = listVendorItems(sb.state.store(sb.vendorId).get(productsDomain));
    // Seeded products use the vendor's real place codes.
    const { outbound, other, ret } = places();
    const seeded = await getProduct(items[0].sellerProductId);
    expect([String(outbound.outboundShippingPlaceCode), String(other.outboundShippingPlaceCode)]).toContain(String(seeded.outboundShippingPlaceCode));
    expect(seeded.returnCenterCode).toBe(ret.returnCenterCode);
    expect(items.length).toBeGreaterThan(30);
    expect(new Set(items.map((i) => i.vendorItemId)).size).toBe(items.length);
    // Other domains' seeders get the same catalogue without the products state.
    const vendor = sb.state.demo;
    expect(seededVendorItems({ vendor, clock: sb.clock, options: { seed: 5 } })).toEqual(items);
    // The two waiting products are decided 6 and 11 virtual minutes after the start.
    await advance(12);
    expect((await admin(sb.baseUrl, 'GET', '/state')).json.domains.products[sb.vendorId].byStatus.승인완료).toBe(26);
  });

  it('pages with nextToken and maxPerPage, newest first, and filters by status', async () => {
    const seen: number[] = [];
    let token = '';
    let pages = 0;
    do {
      const res = await list(`maxPerPage=7${token ? `&nextToken=${token}` : ''}`);
      expect(res.json.data.length).toBeLessThanOrEqual(7);
      seen.push(...res.json.data.map((r: any) => r.sellerProductId));
      token = res.json.nextToken;
      pages++;
    } while (token);
    expect(pages).toBe(5);
    expect(seen).toHaveLength(29); // the deleted one only with status=DELETED
    expect([...seen].sort((a, b) => b - a)).toEqual(seen);
    expect((await list('status=SAVED')).json.data.every((r: any) => r.statusName === '임시저장')).toBe(true);
    expect((await list('status=DELETED')).json.data).toHaveLength(1);
    expect((await list('sellerProductName=' + encodeURIComponent('가'.repeat(21)))).json.message).toBe('상품명(sellerProductName)은 20자 이하로 입력해야 합니다.');
    expect((await list('violationTypes=ATTR&violationTypes=MOTA_V2')).json.message).toBe('검색옵션(violationTypes)이 2개 이상이면 violationTypeAndOr(AND, OR)를 입력해야 합니다.');
    const inflow = (await api('GET', `${PRODUCTS}/inflow-status`)).json.data;
    expect(inflow).toEqual({ vendorId: sb.vendorId, restricted: false, registeredCount: 29, permittedCount: null });
  });

  it('lists by a creation window of at most 10 minutes and finds products by external SKU', async () => {
    const id = (await create(body())).json.data;
    const window = (from: string, to: string) => api('GET', `${PRODUCTS}/time-frame`, undefined, `vendorId=${sb.vendorId}&createdAtFrom=${from}&createdAtTo=${to}`);
    const hit = await window('2025-07-01T08:55:00', '2025-07-01T09:05:00');
    expect(hit.json.data.map((r: any) => r.sellerProductId)).toContain(id);
    const wide = await window('2025-07-01T08:55:00', '2025-07-01T09:05:01');
    expect([wide.status, wide.json.message]).toEqual([400, '검색 허용 범위를 초과했습니다. 최대 허용 범위는 10분입니다.']);
    const sku = await api('GET', `${PRODUCTS}/external-vendor-sku-codes/TB-${encodeURIComponent('화이트')}`);
    expect(sku.json.data.map((r: any) => r.sellerProductId)).toEqual([id]);
    expect(sku.json.data[0]).toMatchObject({ statusName: '임시저장', createdAt: '2025-07-01T09:00:00' });
  });

  it('builds byte-identical products from the same seed and start time', async () => {
    const other = await startSandbox({ seed: 5, rate: 1000, startAt: START, domains: DOMAINS });
    try {
      const a = await admin(sb.baseUrl, 'GET', `/products?vendorId=${sb.vendorId}`);
      const b = await admin(other.baseUrl, 'GET', `/products?vendorId=${other.vendorId}`);
      expect(a.text).toBe(b.text);
      const differentSeed = await startSandbox({ seed: 6, rate: 1000, startAt: START, domains: DOMAINS });
      const c = await admin(differentSeed.baseUrl, 'GET', `/products?vendorId=${differentSeed.vendorId}`);
      expect(c.text).not.toBe(a.text);
      await differentSeed.close();
    } finally {
      await other.close();
    }
  });
});
