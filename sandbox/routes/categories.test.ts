import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type SandboxHandle } from '../index';
import { call } from '../testing/client';
import { categoriesDomain } from './categories';
import { placesDomain } from './places';
import { productsDomain } from './products';

const META = '/v2/providers/seller_api/apis/api/v1/marketplace/meta';
let sb: SandboxHandle;
const key = () => ({ accessKey: sb.accessKey, secretKey: sb.secretKey });
const get = (path: string, query = '') => call(sb.baseUrl, { path, query, key: key() });
const meta = (code: number | string) => get(`${META}/category-related-metas/display-category-codes/${code}`);
const predict = (body: unknown) => call(sb.baseUrl, { method: 'POST', path: '/v2/providers/openapi/apis/api/v1/categorization/predict', key: key(), body });

beforeAll(async () => {
  sb = await startSandbox({ seed: 11, rate: 1000, domains: [placesDomain, categoriesDomain, productsDomain] });
});
afterAll(() => sb.close());

const attr = (data: any, name: string) => data.attributes.find((a: any) => a.attributeTypeName === name);

describe('categories.getMeta', () => {
  it('serves a captured real response verbatim: NUMBER options with usableUnits, SELECT search options, notices', async () => {
    const res = await meta(79669);
    expect(res.status).toBe(200);
    expect(Object.keys(res.json)).toEqual(['code', 'message', 'data']);
    expect([res.json.code, res.json.message]).toEqual(['SUCCESS', '']);
    const data = res.json.data;
    expect(Object.keys(data)).toEqual(['isAllowSingleItem', 'attributes', 'noticeCategories', 'requiredDocumentNames', 'certifications', 'allowedOfferConditions', 'isExpirationDateRequiredForRocketGrowth']);
    expect(attr(data, '필기구 심 굵기')).toEqual({
      attributeTypeName: '필기구 심 굵기',
      dataType: 'NUMBER',
      inputType: 'INPUT',
      inputValues: [],
      basicUnit: 'cm',
      usableUnits: ['cm', 'mm'],
      required: 'MANDATORY',
      groupNumber: 'NONE',
      exposed: 'EXPOSED',
    });
    expect(attr(data, '샤프 작동방식')).toMatchObject({ inputType: 'SELECT', required: 'OPTIONAL', exposed: 'NONE' });
    expect(attr(data, '샤프 작동방식').inputValues).toContain('노크 타입');
    expect(data.noticeCategories.map((n: any) => n.noticeCategoryName)).toEqual(['어린이제품', '기타 재화']);
    const etc = data.noticeCategories[1].noticeCategoryDetailNames;
    expect(etc).toHaveLength(5);
    expect(etc[4]).toEqual({ noticeCategoryDetailName: '소비자상담 관련 전화번호', required: 'MANDATORY' });
    expect(data.certifications).toHaveLength(27);
    expect(data.requiredDocumentNames.map((d: any) => d.required)).toContain('MANDATORY_PARALLEL_IMPORTED');
  });

  it('gives a choose-one group (groupNumber 1) for the food category 72882 and a derived pet-treat leaf', async () => {
    const latte = (await meta(72882)).json.data;
    expect(latte.isAllowSingleItem).toBe(false);
    expect(latte.isExpirationDateRequiredForRocketGrowth).toBe(true);
    const group = latte.attributes.filter((a: any) => a.groupNumber === '1');
    expect(group.map((a: any) => [a.attributeTypeName, a.required, a.exposed, a.basicUnit])).toEqual([
      ['최소 중량', 'MANDATORY', 'EXPOSED', 'g'],
      ['최소 용량', 'MANDATORY', 'EXPOSED', 'ml'],
    ]);
    expect(attr(latte, '최소 중량').usableUnits).toEqual(['g', 'kg', 'mg']);
    expect(attr(latte, '보관방식').inputValues).toEqual(['냉동', '냉장', '실온보관']);

    const treat = (await meta(65865)).json.data;
    expect(treat.attributes.filter((a: any) => a.groupNumber === '1').map((a: any) => a.attributeTypeName)).toEqual(['개당 용량', '개당 중량']);
    expect(attr(treat, '간식 맛')).toMatchObject({ dataType: 'STRING', required: 'MANDATORY', groupNumber: 'NONE', exposed: 'EXPOSED' });
  });

  it('derives a NUMBER-unit option from the category list for a leaf without a captured response (텀블러)', async () => {
    const data = (await meta(80535)).json.data;
    expect(attr(data, '용량')).toMatchObject({ dataType: 'NUMBER', basicUnit: 'ml', usableUnits: ['ml', 'L'], required: 'MANDATORY', exposed: 'EXPOSED' });
    expect(attr(data, '수량').usableUnits).toEqual(['개', '박스', '세트']);
    expect(data.noticeCategories.map((n: any) => n.noticeCategoryName)).toEqual(['주방용품', '기타 재화']);
    expect(data.noticeCategories[0].noticeCategoryDetailNames).toHaveLength(10);
    expect(data.allowedOfferConditions).toEqual(['NEW']);
  });

  it('serves the documented example (78877) exactly, without inputType', async () => {
    const data = (await meta(78877)).json.data;
    expect(data.allowedOfferConditions).toEqual(['NEW', 'REFURBISHED', 'USED_BEST', 'USED_GOOD', 'USED_NORMAL']);
    expect(data.attributes[0]).not.toHaveProperty('inputType');
    expect(data.requiredDocumentNames[2]).toEqual({ templateName: '인보이스영수증(해외구매대행 선택시)', required: 'MANDATORY_OVERSEAS_PURCHASED' });
  });

  it('answers ERROR for unknown and non-leaf codes', async () => {
    const unknown = await meta(1);
    expect([unknown.status, unknown.json]).toEqual([400, { code: 'ERROR', message: '노출카테고리[1]가 존재하지 않습니다.' }]);
    const internal = await meta(80285);
    expect([internal.status, internal.json.message]).toEqual([400, '노출카테고리[80285]는 최하위 카테고리가 아닙니다.']);
  });
});

describe('category tree', () => {
  it('lists the whole tree from ROOT (displayCategoryCode, status READY) with thousands of real leaves', async () => {
    const res = await get(`${META}/display-categories`);
    const root = res.json.data;
    expect([root.displayCategoryCode, root.name, root.status]).toEqual([0, 'ROOT', 'READY']);
    expect(root.child.map((c: any) => c.name)).toEqual(
      expect.arrayContaining(['가구/홈데코', '가전/디지털', '문구/오피스', '반려/애완용품', '생활용품', '스포츠/레져', '완구/취미', '자동차용품', '주방용품', '패션의류잡화', '식품', '뷰티']),
    );
    let leaves = 0;
    const walk = (n: any) => (n.child.length ? n.child.forEach(walk) : leaves++);
    walk(root);
    expect(leaves).toBeGreaterThan(6000);
    const fashion = root.child.find((c: any) => c.name === '패션의류잡화');
    expect(fashion.displayCategoryCode).toBe(69182);
  });

  it('uses displayItemCategoryCode for the Rocket Growth variant (registrationType=RFM)', async () => {
    const res = await get(`${META}/display-categories`, 'registrationType=RFM&locale=en');
    expect(res.json.data).toMatchObject({ displayItemCategoryCode: 0, name: 'ROOT', status: 'ACTIVE' });
    const women = res.json.data.child.find((c: any) => c.name === '패션의류잡화').child.find((c: any) => c.name === '여성패션');
    expect(women.displayItemCategoryCode).toBe(69183);
  });

  it('returns one node with its direct children only (0 = first depth)', async () => {
    const root = (await get(`${META}/display-categories/0`)).json.data;
    expect(root).toMatchObject({ displayItemCategoryCode: 0, name: 'ROOT' });
    const kitchen = root.child.find((c: any) => c.name === '주방용품');
    expect(kitchen).toEqual({ displayItemCategoryCode: 80285, name: '주방용품', status: 'ACTIVE', child: [] });
    const node = (await get(`${META}/display-categories/80285`)).json.data;
    expect(node.child.length).toBeGreaterThan(3);
    for (const c of node.child) expect(c.child).toEqual([]);
  });

  it('validates: usable leaves "true"; retired leaves and internal nodes "false"; unknown codes ERROR', async () => {
    const status = async (code: number) => (await get(`${META}/display-categories/${code}/status`)).json;
    expect(await status(80535)).toEqual({ code: 'SUCCESS', message: '', data: 'true' });
    expect((await status(80536)).data).toBe('false'); // 텀블러파우치, retired by the sandbox
    expect((await status(80285)).data).toBe('false');
    expect((await status(123)).code).toBe('ERROR');
    const tumblers = (await get(`${META}/display-categories/${(await leafParent(80536))}`)).json.data.child;
    expect(tumblers.find((c: any) => c.displayItemCategoryCode === 80536).status).toBe('DISABLED');
  });

  it('tells whether the seller agreed to category auto-matching', async () => {
    const path = (vendorId: string) => `/v2/providers/seller_api/apis/api/v1/marketplace/vendors/${vendorId}/check-auto-category-agreed`;
    expect((await get(path(sb.vendorId))).json).toEqual({ code: 'SUCCESS', message: '', data: 'true' });
    const foreign = sb.state.foreign;
    const res = await call(sb.baseUrl, { path: path(foreign.vendorId), key: foreign });
    expect(res.json.data).toBe('false');
  });
});

/** The parent code of a leaf, found through the full tree. */
async function leafParent(code: number): Promise<number> {
  const root = (await get(`${META}/display-categories`)).json.data;
  let parent = -1;
  const walk = (n: any) => {
    for (const c of n.child) {
      if (c.displayCategoryCode === code) parent = n.displayCategoryCode;
      walk(c);
    }
  };
  walk(root);
  return parent;
}

describe('categories.recommend', () => {
  it.each([
    ['스테인리스 텀블러 500ml', '80535', '텀블러/콜드컵'],
    ['[유한양행] 유한젠 가루세제 1kg 용기(살균표백제)x10개', '63955', '분말형'],
    ['강아지 덴탈껌 소고기맛 20개입', '65865', '덴탈껌'],
    ['제트스트림 볼펜 0.5mm 검정', '79652', '볼펜'],
    ['여성 반팔 티셔츠 화이트', '79382', '여성 반소매'],
  ])('%s → %s', async (productName, id, name) => {
    const res = await predict({ productName });
    expect(res.status).toBe(200);
    expect(res.json).toEqual({
      code: 200,
      message: 'OK',
      data: { autoCategorizationPredictionResultType: 'SUCCESS', predictedCategoryId: id, predictedCategoryName: name, comment: null },
    });
  });

  it('is deterministic and says INSUFFICIENT_INFORMATION for names it cannot place', async () => {
    const a = await predict({ productName: '캠핑 의자 접이식', brand: '캠프원' });
    const b = await predict({ productName: '캠핑 의자 접이식', brand: '캠프원' });
    expect(a.json).toEqual(b.json);
    const none = await predict({ productName: 'zzqx 1234' });
    expect(none.json.data).toEqual({ autoCategorizationPredictionResultType: 'INSUFFICIENT_INFORMATION', predictedCategoryId: null, predictedCategoryName: null, comment: null });
    const missing = await predict({ brand: 'x' });
    expect([missing.status, missing.json]).toEqual([400, { code: 400, message: 'productName is required' }]);
  });
});
