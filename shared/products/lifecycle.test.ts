// Lifecycle, edit-path, per-option edit, list, place and Coupang-message rules (rules-products.md numbers).
import { describe, expect, it } from 'vitest';
import { validateItemEdit } from './bulk-rules';
import { explainCoupangMessage, issueFromCoupangMessage, issuesFromErrorItems } from './coupang-messages';
import { PRODUCT_STATUSES, statusCodeOf } from './enums';
import type { ProductIssue } from './issues';
import { approvalRequestIssue, deleteIssue, inflowIssue, itemApiIssue, partialUpdateIssue, planEdit, updateIssue } from './lifecycle';
import { validateListQuery, validateTimeFrame } from './list-rules';
import { validateOutboundPlace, validateReturnPlace, type OutboundPlaceInput, type ReturnPlaceInput } from './places-rules';
import { clone, validBody } from './test-helpers';

function expectRule(issues: Array<ProductIssue | null>, rule: number, field: string, text?: RegExp) {
  const hit = issues.find((i) => i && i.ruleId === `R${rule}` && i.field.includes(field));
  if (!hit) throw new Error(`expected R${rule} on ${field}, got ${JSON.stringify(issues)}`);
  expect(hit.messageKo).toContain(`[규칙 ${rule}]`);
  expect(hit.messageKo).toContain(`(${hit.field})`);
  if (text) expect(hit.messageKo).toMatch(text);
  return hit;
}

describe('B: statuses and what each allows', () => {
  it('R13 status names map to codes (older 임시저장중 too)', () => {
    for (const [code, name] of Object.entries(PRODUCT_STATUSES)) expect(statusCodeOf(name)).toBe(code);
    expect(statusCodeOf('임시저장중')).toBe('SAVED');
    expect(statusCodeOf('APPROVED')).toBe('APPROVED');
    expect(statusCodeOf('뭔가')).toBeNull();
  });
  it('R11 a restricted account or one at its permitted count creates nothing', () => {
    expectRule([inflowIssue({ restricted: true, registeredCount: 3, permittedCount: null })], 11, '(account)', /등록 제한/);
    expectRule([inflowIssue({ restricted: false, registeredCount: 100, permittedCount: 100 })], 11, '(account)', /100개/);
    expect(inflowIssue({ restricted: false, registeredCount: 100, permittedCount: null })).toBeNull();
  });
  it('R15 approval can be requested only from 임시저장', () => {
    expect(approvalRequestIssue('임시저장')).toBeNull();
    expectRule([approvalRequestIssue('승인대기중')], 15, 'status', /임시저장 상태에서만/);
  });
  it('R17 the approval-required modify only in 승인완료/승인반려', () => {
    expect(updateIssue('승인완료')).toBeNull();
    expect(updateIssue('승인반려')).toBeNull();
    expectRule([updateIssue('승인대기중')], 17, 'status', /승인대기중에는 불가/);
  });
  it('R18 the approval-free modify not for 임시저장/승인대기중', () => {
    expect(partialUpdateIssue('승인완료')).toBeNull();
    expectRule([partialUpdateIssue('임시저장')], 18, 'status');
    expectRule([partialUpdateIssue('승인대기중')], 18, 'status');
  });
  it('R35 deletion: not 승인대기중, every option stopped', () => {
    expectRule([deleteIssue('승인대기중', 0)], 35, 'status', /승인대기중/);
    expectRule([deleteIssue('승인완료', 2)], 35, 'status', /판매중지/);
    expect(deleteIssue('임시저장', 0)).toBeNull();
  });
  it('R37 (and R4) item APIs need the vendorItemId issued on approval', () => {
    expectRule([itemApiIssue(null)], 37, 'vendorItemId', /승인 후/);
    expect(itemApiIssue('3000000001')).toBeNull();
  });
});

describe('B: choosing the modify API (R19, R20, R21)', () => {
  function approved() {
    const o: any = clone(validBody());
    o.sellerProductId = 55;
    o.statusName = '승인완료';
    o.items.forEach((it: any, i: number) => {
      it.sellerProductItemId = 900 + i;
      it.vendorItemId = 700 + i;
    });
    return o;
  }
  it('R19/R20 delivery/return-only changes of an approved product go approval-free (/partial)', () => {
    const original = approved();
    const body = clone(original);
    body.deliveryChargeType = 'NOT_FREE';
    body.deliveryCharge = 3000;
    body.deliveryChargeOnReturn = 0;
    body.returnCharge = 3000;
    const plan = planEdit(original, body);
    expect(plan.path).toBe('updatePartial');
    expect(plan.partialBody).toEqual({ sellerProductId: '55', deliveryChargeType: 'NOT_FREE', deliveryCharge: 3000, deliveryChargeOnReturn: 0, returnCharge: 3000 });
    expect(plan.reasonKo).toMatch(/규칙 19, 20/);
  });
  it('other changes need the approval-required update', () => {
    const original = approved();
    const body = clone(original);
    body.displayProductName = '새 이름';
    expect(planEdit(original, body).path).toBe('update');
    original.statusName = '승인대기중';
    expectRule(planEdit(original, body).issues, 17, 'status');
  });
  it('R21 price/stock of approved options go to the item APIs, not the modify', () => {
    const original = approved();
    const body = clone(original);
    body.items[0].salePrice = 3500;
    body.items[1].maximumBuyCount = 10;
    const plan = planEdit(original, body);
    expect(plan.path).toBe('none');
    expect(plan.itemApiChanges).toEqual([
      { vendorItemId: '700', field: 'salePrice', from: 3000, to: 3500 },
      { vendorItemId: '701', field: 'maximumBuyCount', from: 50, to: 10 },
    ]);
    body.displayProductName = '다른 이름';
    expectRule(planEdit(original, body).issues, 21, 'items', /옵션별 API/);
  });
});

describe('per-option edits (R37-R40, R55)', () => {
  it('R38 the price moves within -50%..+100% unless forced', () => {
    expectRule(validateItemEdit({ vendorItemId: '1', currentSalePrice: 10000, salePrice: 4990 }), 38, 'price', /최대 50% 인하\/최대 100%인상/);
    expectRule(validateItemEdit({ vendorItemId: '1', currentSalePrice: 10000, salePrice: 20010 }), 38, 'price');
    expect(validateItemEdit({ vendorItemId: '1', currentSalePrice: 10000, salePrice: 20000 })).toEqual([]);
    expect(validateItemEdit({ vendorItemId: '1', currentSalePrice: 10000, salePrice: 30000, force: true })).toEqual([]);
  });
  it('R39 10-won units; original price may be 0', () => {
    expectRule(validateItemEdit({ vendorItemId: '1', currentSalePrice: 10000, salePrice: 10001 }), 39, 'price', /10원 단위/);
    expectRule(validateItemEdit({ vendorItemId: '1', currentSalePrice: 10000, originalPrice: 15 }), 39, 'originalPrice');
    expect(validateItemEdit({ vendorItemId: '1', currentSalePrice: 10000, originalPrice: 0 })).toEqual([]);
  });
  it('R40 auto-generated options keep their price', () => {
    expectRule(validateItemEdit({ vendorItemId: '1', currentSalePrice: 10000, salePrice: 11000, autoGenerated: true }), 40, 'price', /자동생성옵션/);
  });
  it('R55 stock 0..99999; R37 needs a vendorItemId', () => {
    expectRule(validateItemEdit({ vendorItemId: '1', currentSalePrice: null, quantity: 100000 }), 55, 'quantity');
    expectRule(validateItemEdit({ vendorItemId: null, currentSalePrice: null, quantity: 1 }), 37, 'vendorItemId');
  });
});

describe('list queries (R41-R43)', () => {
  it('R41 time-frame windows of at most 10 minutes', () => {
    expectRule(validateTimeFrame('2025-03-01T10:00:00', '2025-03-01T10:10:01'), 41, 'createdAtTo', /최대 허용 범위는 10분입니다/);
    expect(validateTimeFrame('2025-03-01T10:00:00', '2025-03-01T10:10:00')).toEqual([]);
  });
  it('R42 maxPerPage ≤ 100, name search ≤ 20 characters', () => {
    expectRule(validateListQuery({ maxPerPage: 101 }), 42, 'maxPerPage');
    expectRule(validateListQuery({ sellerProductName: '가'.repeat(21) }), 42, 'sellerProductName', /20자/);
  });
  it('R43 two or more violation types need AND/OR', () => {
    expectRule(validateListQuery({ violationTypes: ['ATTR', 'MOTA_V2'] }), 43, 'violationTypeAndOr');
    expect(validateListQuery({ violationTypes: ['ATTR', 'MOTA_V2'], violationTypeAndOr: 'OR' })).toEqual([]);
  });
});

describe('H: places created from the wizard (R130-R141)', () => {
  const outbound = (): OutboundPlaceInput => ({
    shippingPlaceName: '새 출고지',
    global: false,
    usable: true,
    placeAddresses: [{ addressType: 'JIBUN', countryCode: 'KR', companyContactNumber: '02-1234-5678', returnZipCode: '08507', returnAddress: '서울특별시 금천구 가산동 60-5', returnAddressDetail: '3층' }],
    remoteInfos: [{ deliveryCode: 'CJGLS', jeju: 5000, notJeju: 3000 }],
  });
  const ret = (): ReturnPlaceInput => ({
    shippingPlaceName: '새 반품지',
    deliverCode: 'CJGLS',
    contractNumber: '85500067',
    contractCustomerNumber: '',
    fees: { vendorCreditFee05kg: 2500, returnFee05kg: 2500 },
    placeAddresses: [{ addressType: 'JIBUN', companyContactNumber: '02-1234-5678', returnZipCode: '08507', returnAddress: '서울특별시 금천구 가산동 60-5', returnAddressDetail: '3층' }],
  });
  it('a valid outbound and return place pass', () => {
    expect(validateOutboundPlace(outbound())).toEqual([]);
    expect(validateReturnPlace(ret())).toEqual([]);
  });
  it('R130 name ≤ 50, unique, usable', () => {
    const p = outbound();
    p.shippingPlaceName = '가'.repeat(51);
    expectRule(validateOutboundPlace(p), 130, 'shippingPlaceName', /50자/);
    expectRule(validateOutboundPlace(outbound(), ['새 출고지']), 130, 'shippingPlaceName', /이미 있습니다/);
    expectRule(validateOutboundPlace({ ...outbound(), usable: false }), 130, 'usable');
  });
  it('R131 a road-name address needs its JIBUN address', () => {
    const p = outbound();
    p.placeAddresses[0].addressType = 'ROADNAME';
    expectRule(validateOutboundPlace(p), 131, 'placeAddresses', /지번/);
  });
  it('R132 country code, phone, zip, address lengths', () => {
    const p = outbound();
    Object.assign(p.placeAddresses[0], { countryCode: 'KOR', companyContactNumber: '0212345678', returnZipCode: '1234' });
    const issues = validateOutboundPlace(p);
    expectRule(issues, 132, 'countryCode');
    expectRule(issues, 132, 'companyContactNumber', /'-'/);
    expectRule(issues, 132, 'returnZipCode');
  });
  it('R133 remote-area couriers once each, fee caps 20,000 / 70,000', () => {
    const p = outbound();
    p.remoteInfos = [
      { deliveryCode: 'CJGLS', jeju: 25000, notJeju: 3000 },
      { deliveryCode: 'CJGLS', jeju: 5000, notJeju: 3000 },
      { deliveryCode: 'KDEXP', jeju: 60000, notJeju: 3000 },
    ];
    const issues = validateOutboundPlace(p);
    expectRule(issues, 133, 'remoteInfos[0].jeju', /20,000원/);
    expectRule(issues, 133, 'remoteInfos[1].deliveryCode', /한 번만/);
    expect(issues.some((i) => i.field === 'remoteInfos[2].jeju')).toBe(false);
  });
  it('R138 return couriers are the six Goodsflow ones; EPOST needs the customer number', () => {
    expectRule(validateReturnPlace({ ...ret(), deliverCode: 'DONGBU' }), 138, 'deliverCode', /CJ대한통운/);
    expectRule(validateReturnPlace({ ...ret(), deliverCode: 'EPOST' }), 138, 'contractCustomerNumber', /우체국/);
  });
  it('R140 Goodsflow amounts are > 0', () => {
    expectRule(validateReturnPlace({ ...ret(), fees: { vendorCreditFee05kg: 0 } }), 140, 'vendorCreditFee05kg');
  });
  it('R141 the same name and address twice', () => {
    expectRule(validateReturnPlace(ret(), [{ name: '새 반품지', address: '서울특별시 금천구 가산동 60-5 3층' }]), 141, 'shippingPlaceName', /이미 등록된 정보가 존재합니다/);
  });
});

describe("Coupang's messages → rule and fix", () => {
  const cases: Array<[string, string]> = [
    ["Object text must begin with '{' at character 0", 'R7'],
    ['업체상품[123]이 승인요청 가능한 상태가 아닙니다.', 'R15'],
    ['vendorItem로 생성된 아이템은 삭제가 불가능합니다.', 'R25'],
    ['판매중인 상품은 삭제할 수 없습니다.', 'R26'],
    ['필수 옵션이(개당 중량,기타) 입력되지 않았습니다', 'R27'],
    ['중복된 아이템 이름이 존재합니다.', 'R28'],
    ["업체상품[103]이 없거나 삭제가 불가능한 상태입니다. 삭제는 '저장중', '임시저장' 상태에서만 가능합니다.", 'R35'],
    ['가격변경에 실패했습니다. [옵션ID[1] : 판매가 변경이 불가능합니다. 변경전 판매가의 최대 50% 인하/최대 100%인상까지 변경가능합니다.]', 'R38'],
    ['검색 허용 범위를 초과했습니다. 최대 허용 범위는 10분입니다.', 'R41'],
    ["'노출상품명' 최대 길이(100자)를 초과했습니다.", 'R47'],
    ['아이템과 같은 옵션 및 옵션값을 가지고 있는 아이템이 중복으로 존재합니다', 'R54'],
    ['입력값에 오류가 있습니다. line: 1', 'R66'],
    ['java.lang.NullPointerException', 'R67'],
    ['카테고리의 필수 속성이 존재하지 않습니다.', 'R79'],
    ['필수 구매 옵션 (미입력 시 등록/노출 제한) 존재하지 않습니다', 'R85'],
    ['입력된 상품필수 고지정보 갯수[14]가 카테고리[기타 재화]에서 제공하는 갯수[5]와 다릅니다.', 'R88'],
    ['배송비 종류가 무료 배송이면 기본배송비, 조건부무료가 0원입니다.', 'R101'],
    ['배송비 종류가 유료 배송이면 조건부무료가 0원 입니다.', 'R102'],
    ['배송비 종류가 19800이상 무료배송이면 조건부무료가 19800원, 초도배송비가 0원 입니다.', 'R104'],
    ['[code: VALIDATION, error : 일반배송상품의 경우, 반품배송비는 초도반품비의 100%~150%까지만 입력가능합니다. 반품배송비를 변경해주세요]', 'R106'],
    ['[택배사 코드]를 확인해 주세요.', 'R110'],
    ['올바른 반품지 센터코드를 입력 하세요.', 'R129'],
    ['필수 구비서류를 모두 등록 해 주세요', 'R92'],
    ['등록되었으나 계약확인에 실패하였습니다', 'R139'],
    ['[이미 등록된 정보가 존재합니다]', 'R141'],
  ];
  it.each(cases)('%s → %s', (message, rule) => {
    expect(explainCoupangMessage(message)?.ruleId).toBe(rule);
    const i = issueFromCoupangMessage(message);
    expect(i.ruleId).toBe(rule);
    expect(i.messageKo).toContain(message);
    expect(i.messageKo).toContain(`[규칙 ${rule.slice(1)}]`);
  });
  it('unknown messages are kept verbatim', () => {
    expect(explainCoupangMessage('새로운 오류')).toBeNull();
    expect(issueFromCoupangMessage('새로운 오류').messageKo).toContain('쿠팡 응답: 새로운 오류');
  });
  it('R86 errorItems of a successful create become warnings naming item and attribute', () => {
    const issues = issuesFromErrorItems([{ itemIndex: 1, itemName: '파랑_1개', attributes: [{ attributeTypename: '수량', attributeValuename: '1', message: '유효하지 않은 데이터 타입, 단위' }] }]);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ ruleId: 'R86', field: 'items[1].attributes.수량', severity: 'warning', step: 3 });
    expect(issues[0].messageKo).toMatch(/2번째 아이템의 옵션 '수량'.*유효하지 않은 데이터 타입, 단위.*\[규칙 86\]/);
  });
});
