import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type SandboxHandle } from '../index';
import { admin, call } from '../testing/client';

const OUTBOUND = '/v2/providers/marketplace_openapi/apis/api/v2/vendor/shipping-place/outbound';
let sb: SandboxHandle;
const key = () => ({ accessKey: sb.accessKey, secretKey: sb.secretKey });
const createPath = () => `/v2/providers/openapi/apis/api/v5/vendors/${sb.vendorId}/outboundShippingCenters`;
const returnPath = () => `/v2/providers/openapi/apis/api/v5/vendors/${sb.vendorId}/returnShippingCenters`;
const list = (query: string) => call(sb.baseUrl, { path: OUTBOUND, query, key: key() });
const create = (body: unknown) => call(sb.baseUrl, { method: 'POST', path: createPath(), key: key(), body });

function outboundBody(overrides: Record<string, unknown> = {}, address: Record<string, unknown> = {}) {
  return {
    vendorId: sb.vendorId,
    userId: 'wingdesk',
    shippingPlaceName: '역삼 출고지',
    global: 'false',
    placeAddresses: [
      { addressType: 'JIBUN', countryCode: 'KR', companyContactNumber: '02-1234-5678', phoneNumber2: '010-1234-5678', returnZipCode: '06236', returnAddress: '서울특별시 강남구 역삼동 823', returnAddressDetail: '5층', ...address },
    ],
    remoteInfos: [
      { deliveryCode: 'KGB', jeju: '5000', notJeju: '2500' },
      { deliveryCode: 'CJGLS', jeju: 5000, notJeju: 2500 },
    ],
    ...overrides,
  };
}

function returnBody(overrides: Record<string, unknown> = {}, dto: Record<string, unknown> = {}) {
  const fees = Object.fromEntries(
    ['vendorCreditFee', 'vendorCashFee', 'consumerCashFee', 'returnFee'].flatMap((f) => ['05kg', '10kg', '20kg'].map((w) => [`${f}${w}`, 2500])),
  );
  return {
    vendorId: sb.vendorId,
    userId: 'wingdesk',
    shippingPlaceName: '역삼 반품지',
    goodsflowInfoOpenApiDto: { deliverCode: 'HANJIN', contractNumber: '85500067', ...fees, ...dto },
    placeAddresses: [{ addressType: 'JIBUN', companyContactNumber: '02-1234-5678', phoneNumber2: '', returnZipCode: '06236', returnAddress: '서울특별시 강남구 역삼동 823', returnAddressDetail: '반품실' }],
    ...overrides,
  };
}

beforeAll(async () => {
  sb = await startSandbox({ seed: 7 });
});
afterAll(() => sb.close());
afterEach(async () => {
  await admin(sb.baseUrl, 'POST', '/reset');
});

describe('places.listOutbound', () => {
  it('pages with pageNum/pageSize, default size 10, capped at 50', async () => {
    const small = await list('pageNum=1&pageSize=1');
    expect(small.json.content).toHaveLength(1);
    expect(small.json.pagination).toEqual({ currentPage: 1, totalPages: 2, totalElements: 2, countPerPage: 1 });
    expect((await list('pageNum=2&pageSize=1')).json.content).toHaveLength(1);
    expect((await list('pageNum=3&pageSize=1')).json.content).toEqual([]);
    expect((await list('pageNum=1')).json.pagination.countPerPage).toBe(10);
    expect((await list('pageNum=1&pageSize=500')).json.pagination.countPerPage).toBe(50);
  });

  it('needs pageNum or placeCodes or placeNames', async () => {
    for (const query of ['', 'pageSize=10', 'pageNum=0']) {
      const res = await list(query);
      expect(res.status).toBe(400);
      expect(res.json).toEqual({ code: 400, message: '(pageNum & pageSize) or placeCodes or placeNames must be provided' });
    }
  });

  it('finds places by code and by (percent-encoded Korean) name', async () => {
    const all = (await list('pageNum=1&pageSize=50')).json.content;
    const [first, second] = all;
    const byCode = await list(`placeCodes=${first.outboundShippingPlaceCode}`);
    expect(byCode.json.content).toEqual([first]);
    const byName = await list(`placeNames=${encodeURIComponent(second.shippingPlaceName)}`);
    expect(byName.json.content).toEqual([second]);
    const both = await list(`placeCodes=${first.outboundShippingPlaceCode},${second.outboundShippingPlaceCode}`);
    expect(both.json.content).toHaveLength(2);
    expect((await list('placeNames=%EC%97%86%EC%9D%8C')).json).toEqual({ content: [], pagination: { currentPage: 1, totalPages: 0, totalElements: 0, countPerPage: 10 } });
  });

  it('seeds realistic places: JIBUN + ROADNAME pairs and remote-area fees', async () => {
    const all = (await list('pageNum=1&pageSize=50')).json.content;
    expect(all).toHaveLength(2);
    for (const p of all) {
      expect(p.placeAddresses.map((a: any) => a.addressType)).toEqual(['JIBUN', 'ROADNAME']);
      expect(p.placeAddresses[0].returnZipCode).toMatch(/^\d{5}$/);
      expect(p.placeAddresses[0].companyContactNumber).toMatch(/^\d{2,4}-\d{3,4}-\d{4}$/);
    }
    expect(all.flatMap((p: any) => p.remoteInfos).map((r: any) => r.deliveryCode).sort()).toEqual(['CJGLS', 'HANJIN']);
  });
});

describe('places.createOutbound', () => {
  it('creates a place and answers the documented success shape', async () => {
    const res = await create(outboundBody());
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ code: '200', message: 'SUCCESS', data: { resultCode: 'SUCCESS', resultMessage: expect.stringMatching(/^\d+$/) } });
    const code = res.json.data.resultMessage;
    const found = (await list(`placeCodes=${code}`)).json.content;
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ shippingPlaceName: '역삼 출고지', usable: true });
    expect(found[0].remoteInfos.map((r: any) => [r.deliveryCode, r.jeju, r.notJeju, r.usable])).toEqual([
      ['KGB', 5000, 2500, true],
      ['CJGLS', 5000, 2500, true],
    ]);
    expect(found[0].createDate).toMatch(/^\d{4}\/\d{2}\/\d{2}$/);
  });

  it.each([
    ['a missing userId', () => outboundBody({ userId: undefined }), 'params are not allowed null...'],
    ["another vendor's id in the body", () => outboundBody({ vendorId: 'A00099999' }), "params's vendorId not equals gateway's vendorId!"],
    ['a 51-character name', () => outboundBody({ shippingPlaceName: '가'.repeat(51) }), 'The max length of the shipping place name is 50, please input the correct length name'],
    ['no addresses', () => outboundBody({ placeAddresses: [] }), "The address detail info can't be null(placeAddress)"],
    ['no phone', () => outboundBody({}, { companyContactNumber: '' }), 'Must input the default phone number(phoneNumber1)'],
    ['no address line', () => outboundBody({}, { returnAddress: '' }), 'Must input the default address(address1)'],
    ['a 3-letter country', () => outboundBody({}, { countryCode: 'KOR' }), 'The length of country code is 2, please input correct length country code'],
    ['a phone without dashes', () => outboundBody({}, { companyContactNumber: '0212345678' }), "The format of phone number is invalid, min length is 11 and max length is 14 include the character '-'"],
    ['a letter in the zip', () => outboundBody({}, { returnZipCode: '0623A' }), 'The format of postal code is invalid, it can only be number, min length is 5 and max length is 6'],
    ['a 500-won Jeju fee', () => outboundBody({ remoteInfos: [{ deliveryCode: 'CJGLS', jeju: 500, notJeju: 0 }] }), '배송비는 0원, 1000원 이상 20000원 이하만 가능합니다.'],
  ])('rejects %s with 400 and the documented text', async (_label, body, message) => {
    const res = await create(body());
    expect(res.status).toBe(400);
    expect(res.json).toEqual({ code: 400, message });
  });

  it('refuses a second place with the same name or the same address', async () => {
    expect((await create(outboundBody())).status).toBe(200);
    const sameName = await create(outboundBody({}, { returnAddressDetail: '6층' }));
    expect([sameName.status, sameName.json.message]).toEqual([400, '[출고지중복] Duplicated request. name:역삼 출고지']);
    const sameAddress = await create(outboundBody({ shippingPlaceName: '다른 이름' }));
    expect(sameAddress.status).toBe(400);
    expect(sameAddress.json.message).toMatch(/^\[출고지중복\] 이미 등록된 주소지명이 있습니다 \(중복 주소지 코드:\d+\)$/);
  });

  it('answers 400 to a body that is not JSON', async () => {
    const res = await call(sb.baseUrl, { method: 'POST', path: createPath(), key: key(), body: 'vendorId=x' });
    expect(res.status).toBe(400);
    expect(res.json.message).toBe("Object text must begin with '{' at character 0");
  });
});

describe('places.createReturn / listReturn', () => {
  it('lists the seeded return centre in data.content', async () => {
    const res = await call(sb.baseUrl, { path: returnPath(), query: 'pageNum=1&pageSize=10', key: key() });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ code: 200, message: 'SUCCESS', data: { pagination: { currentPage: 1, totalPages: 1, totalElements: 1, countPerPage: 10 } } });
    const place = res.json.data.content[0];
    expect(place).toMatchObject({ vendorId: sb.vendorId, returnCenterCode: expect.stringMatching(/^\d{10}$/), goodsflowStatus: '승인', usable: true });
    expect(typeof place.createdAt).toBe('number');
    expect(place.placeAddresses[0].countryCode).toBe('KR');
  });

  it('creates a return centre and lists it', async () => {
    const res = await call(sb.baseUrl, { method: 'POST', path: returnPath(), key: key(), body: returnBody() });
    expect(res.json).toEqual({ code: '200', message: 'SUCCESS', data: { resultCode: 'SUCCESS', resultMessage: expect.stringMatching(/^\d+$/) } });
    const listed = (await call(sb.baseUrl, { path: returnPath(), key: key() })).json.data.content;
    expect(listed.find((p: any) => p.returnCenterCode === res.json.data.resultMessage)).toMatchObject({ deliverCode: 'HANJIN', deliverName: '한진택배', returnFee20kg: 2500 });
  });

  it('refuses duplicates, unknown couriers and EPOST without a customer number', async () => {
    await call(sb.baseUrl, { method: 'POST', path: returnPath(), key: key(), body: returnBody() });
    const dup = await call(sb.baseUrl, { method: 'POST', path: returnPath(), key: key(), body: returnBody() });
    expect([dup.status, dup.json.message]).toEqual([400, '이미 등록된 정보가 존재합니다']);
    const dongbu = await call(sb.baseUrl, { method: 'POST', path: returnPath(), key: key(), body: returnBody({ shippingPlaceName: 'x' }, { deliverCode: 'DONGBU' }) });
    expect(dongbu.status).toBe(400);
    const epost = await call(sb.baseUrl, { method: 'POST', path: returnPath(), key: key(), body: returnBody({ shippingPlaceName: 'y' }, { deliverCode: 'EPOST' }) });
    expect([epost.status, epost.json.message]).toEqual([500, '서버 에러 (알 수 없는 에러 / 신규 에러)']);
  });
});

describe('places.updateOutbound', () => {
  const updatePath = (code: string) => `${createPath()}/${code}`;
  const update = (code: string, body: unknown) => call(sb.baseUrl, { method: 'PUT', path: updatePath(code), key: key(), body });
  const first = async () => (await list('pageNum=1&pageSize=50')).json.content.find((p: any) => p.remoteInfos.length > 0);

  it('modifies name, addresses and remote rows (modify by remoteInfoId, delete with usable=false, add without id)', async () => {
    const place = await first();
    const [cj, hanjin] = place.remoteInfos;
    const res = await update(String(place.outboundShippingPlaceCode), {
      vendorId: sb.vendorId,
      userId: 'wingdesk',
      outboundShippingPlaceCode: place.outboundShippingPlaceCode,
      shippingPlaceName: '새 이름 출고지',
      placeAddresses: place.placeAddresses,
      remoteInfos: [
        { remoteInfoId: cj.remoteInfoId, deliveryCode: cj.deliveryCode, jeju: 6000, notJeju: 4000, usable: true },
        { remoteInfoId: hanjin.remoteInfoId, deliveryCode: hanjin.deliveryCode, jeju: 0, notJeju: 0, usable: false },
        { deliveryCode: 'KGB', jeju: 5000, notJeju: 3000 },
      ],
    });
    expect(res.json).toEqual({ code: '200', message: 'SUCCESS', data: { resultCode: 'SUCCESS', resultMessage: 'Modify successfully' } });
    const after = (await list(`placeCodes=${place.outboundShippingPlaceCode}`)).json.content[0];
    expect(after.shippingPlaceName).toBe('새 이름 출고지');
    expect(after.remoteInfos.map((r: any) => [r.deliveryCode, r.jeju, r.notJeju])).toEqual([
      [cj.deliveryCode, 6000, 4000],
      ['KGB', 5000, 3000],
    ]);
  });

  it("answers 'The shippingPlaceId doesn't match~' for a wrong code and refuses switching domestic/overseas", async () => {
    const place = await first();
    const body = { vendorId: sb.vendorId, userId: 'wingdesk', placeAddresses: place.placeAddresses };
    const wrongBody = await update(String(place.outboundShippingPlaceCode), { ...body, outboundShippingPlaceCode: 1 });
    expect([wrongBody.status, wrongBody.json.message]).toEqual([400, "The shippingPlaceId doesn't match~"]);
    const unknown = await update('12345', body);
    expect(unknown.json.message).toBe("The shippingPlaceId doesn't match~");
    const global = await update(String(place.outboundShippingPlaceCode), { ...body, global: true });
    expect(global.json.message).toBe('The domestic/overseas (global) type of an outbound place cannot be changed');
    const missing = await update(String(place.outboundShippingPlaceCode), { vendorId: sb.vendorId, userId: 'wingdesk' });
    expect(missing.json.message).toBe("The address detail info can't be null(placeAddress)");
  });
});

describe('places.updateReturn / getReturnByCenterCodes', () => {
  const byCodes = (codes: string) => call(sb.baseUrl, { path: '/v2/providers/openapi/apis/api/v3/return/shipping-places/center-code', query: `returnCenterCodes=${codes}`, key: key() });
  const seeded = async () => (await call(sb.baseUrl, { path: returnPath(), key: key() })).json.data.content[0];

  it('modifies name, usable flag and fees but not the courier contract', async () => {
    const place = await seeded();
    const update = (body: Record<string, unknown>) =>
      call(sb.baseUrl, { method: 'PUT', path: `${returnPath()}/${place.returnCenterCode}`, key: key(), body: { vendorId: sb.vendorId, userId: 'wingdesk', returnCenterCode: place.returnCenterCode, ...body } });
    const fees = Object.fromEntries(['vendorCreditFee', 'vendorCashFee', 'consumerCashFee', 'returnFee'].flatMap((f) => ['05kg', '10kg', '20kg'].map((w) => [`${f}${w}`, '3200'])));
    const ok = await update({ shippingPlaceName: '', usable: false, goodsflowInfoOpenApiDto: fees });
    expect(ok.json).toEqual({ code: '200', message: 'SUCCESS', data: { resultCode: 'SUCCESS', resultMessage: 'Modify successfully' } });
    const found = (await byCodes(place.returnCenterCode)).json;
    expect(found).toMatchObject({ code: '200', message: 'SUCCESS' });
    expect(found.data[0]).toMatchObject({ returnCenterCode: place.returnCenterCode, shippingPlaceName: place.shippingPlaceName, usable: false, returnFee20kg: 3200, returnFee02kg: null });
    const contract = await update({ goodsflowInfoOpenApiDto: { ...fees, deliverCode: 'EPOST' } });
    expect(contract.json.message).toBe('deliverCode, contractNumber and contractCustomerNumber cannot be modified; create a new return place');
    const mismatch = await update({ returnCenterCode: '1' });
    expect(mismatch.json.message).toBe("The shippingPlaceId doesn't match~");
  });

  it('looks up several codes (comma-separated, max 100) and skips unknown ones', async () => {
    const place = await seeded();
    expect((await byCodes(`${place.returnCenterCode},1000000001`)).json.data).toHaveLength(1);
    const many = Array.from({ length: 101 }, (_, i) => String(1000000000 + i)).join(',');
    expect((await byCodes(many)).json).toEqual({ code: 400, message: 'returnCenterCodes accepts at most 100 codes' });
    const none = await call(sb.baseUrl, { path: '/v2/providers/openapi/apis/api/v3/return/shipping-places/center-code', key: key() });
    expect(none.json).toEqual({ code: 400, message: 'returnCenterCodes must be provided' });
  });
});
