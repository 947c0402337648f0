// One test per documented rule (rules-products.md numbers): break it, see the message name the field and the rule.
import { describe, expect, it } from 'vitest';
import { attachItemIds, buildRequest, draftDataFromProduct } from './draft';
import { buildFormModel } from './form-model';
import type { ProductIssue } from './issues';
import { normalizeMeta } from './meta';
import { imageSizeIssues, validateModify, validateProductRequest, type ValidationContext } from './rules';
import { clone, draftOf, NOTE_META, PLACES, realMeta, sampleMeta, validBody, validDraftData } from './test-helpers';

const CTX: ValidationContext = { meta: NOTE_META, places: PLACES, categoryUsable: true };

function check(body: unknown, ctx: ValidationContext = CTX) {
  return validateProductRequest(body, ctx);
}

/** The issue of `rule` on a field matching `field`; its message names the field path, its label and the rule. */
function expectRule(issues: ProductIssue[], rule: number | string, field: string | RegExp, text?: RegExp): ProductIssue {
  const id = typeof rule === 'number' ? `R${rule}` : rule;
  const hit = issues.find((i) => i.ruleId === id && (typeof field === 'string' ? i.field.includes(field) : field.test(i.field)));
  if (!hit) throw new Error(`expected ${id} on ${field}, got:\n${issues.map((i) => `${i.ruleId} ${i.field}: ${i.messageKo}`).join('\n')}`);
  if (typeof rule === 'number') expect(hit.messageKo).toContain(`[규칙 ${rule}]`);
  expect(hit.messageKo).toContain(`(${hit.field})`);
  if (text) expect(hit.messageKo).toMatch(text);
  return hit;
}

const errors = (issues: ProductIssue[]) => issues.filter((i) => i.severity === 'error');

describe('the valid reference body', () => {
  it('passes every rule (warnings only)', () => {
    const issues = check(validBody());
    expect(errors(issues)).toEqual([]);
  });

  it('is built the way Coupang documents it', () => {
    const body = validBody();
    expect(body).toMatchObject({ displayCategoryCode: 79716, vendorId: 'A00012345', requested: true, deliveryChargeType: 'FREE', bundleInfo: { bundleType: 'SINGLE' } });
    expect(body.items).toHaveLength(2);
    expect(body.items[0].attributes).toEqual([
      { attributeTypeName: '색상', attributeValueName: '빨강', exposed: 'EXPOSED' },
      { attributeTypeName: '수량', attributeValueName: '1개', exposed: 'EXPOSED' },
    ]);
    expect(body.items[0].itemName).toBe('빨강_1개');
    expect(body.items[0].notices).toHaveLength(5);
    expect(body.items[0].images).toEqual([
      { imageOrder: 0, imageType: 'REPRESENTATION', vendorPath: 'https://img.example.com/note/main.jpg' },
      { imageOrder: 1, imageType: 'DETAIL', vendorPath: 'https://img.example.com/note/1.jpg' },
    ]);
  });
});

describe('A/C: names, period, identity', () => {
  it('R46 sellerProductName ≤ 100 and required', () => {
    const b = validBody();
    b.sellerProductName = '가'.repeat(101);
    expectRule(check(b), 46, 'sellerProductName', /등록상품명.*101자/);
    b.sellerProductName = '';
    expectRule(check(b), 46, 'sellerProductName');
  });
  it('R47 displayProductName ≤ 100 (the error text Coupang uses)', () => {
    const b = validBody();
    b.displayProductName = 'x'.repeat(101);
    expectRule(check(b), 47, 'displayProductName', /'노출상품명' 최대 길이\(100자\)를 초과했습니다/);
  });
  it('R48 an empty displayProductName is a warning', () => {
    const b = validBody();
    delete b.displayProductName;
    expect(expectRule(check(b), 48, 'displayProductName').severity).toBe('warning');
  });
  it('R50 brand without spaces/special characters, manufacture required, no option values in the product name', () => {
    const b = validBody();
    b.brand = '모나미 코리아!';
    expectRule(check(b), 50, 'brand', /브랜드/);
    b.brand = '모나미';
    b.manufacture = '';
    expectRule(check(b), 50, 'manufacture', /브랜드와 같은 값/);
    b.manufacture = '모나미';
    b.generalProductName = '스프링 노트 빨강';
    expectRule(check(b), 50, 'generalProductName', /'빨강'/);
  });
  it("R51 sale dates use yyyy-MM-dd'T'HH:mm:ss, end up to 2099, after the start", () => {
    const b = validBody();
    b.saleStartedAt = '2025-03-01 00:00:00';
    expectRule(check(b), 51, 'saleStartedAt');
    b.saleStartedAt = '2025-03-01T00:00:00';
    b.saleEndedAt = '2100-01-01T00:00:00';
    expectRule(check(b), 51, 'saleEndedAt', /2099/);
    b.saleEndedAt = '2024-01-01T00:00:00';
    expectRule(check(b), 51, 'saleEndedAt', /늦어야/);
  });
  it('R93/R94/R97 category: numeric leaf code, usable, only omitted with auto-matching consent', () => {
    const b = validBody();
    expectRule(check(b, { ...CTX, categoryUsable: false }), 94, 'displayCategoryCode');
    expectRule(check(b, { ...CTX, categoryLeaf: false }), 93, 'displayCategoryCode');
    delete b.displayCategoryCode;
    expectRule(check(b, { places: PLACES }), 97, 'displayCategoryCode', /자동매칭/);
    expect(check(b, { places: PLACES, autoMatchingAgreed: true }).some((i) => i.ruleId === 'R97')).toBe(false);
  });
  it('R14 requested is a boolean', () => {
    const b = validBody();
    b.requested = 'yes';
    expectRule(check(b), 14, 'requested');
  });
  it('R75 legacy fields are flagged', () => {
    const b = validBody();
    b.returnChargeVendor = 'N';
    expect(expectRule(check(b), 75, 'returnChargeVendor').severity).toBe('warning');
  });
  it('R34 a mixed bundle (AB) cannot have options', () => {
    const b = validBody();
    b.bundleInfo = { bundleType: 'AB' };
    expectRule(check(b), 34, 'bundleInfo', /혼합구성/);
  });
});

describe('C: items', () => {
  it('R52 at most 200 items', () => {
    const b = validBody();
    b.items = Array.from({ length: 201 }, (_, i) => ({ ...clone(b.items[0]), itemName: `i${i}`, attributes: [{ attributeTypeName: '색상', attributeValueName: `c${i}` }, { attributeTypeName: '수량', attributeValueName: '1개' }] }));
    expectRule(check(b), 52, 'items', /200개/);
  });
  it('R53 itemName ≤ 150 and unique', () => {
    const b = validBody();
    b.items[0].itemName = 'n'.repeat(151);
    expectRule(check(b), 53, 'items[0].itemName', /150자/);
    b.items[0].itemName = 'same';
    b.items[1].itemName = 'same';
    expectRule(check(b), 53, 'items[1].itemName', /유일/);
  });
  it('R54 two items with identical purchase option values', () => {
    const b = validBody();
    b.items[1].attributes = clone(b.items[0].attributes);
    expectRule(check(b), 54, 'items[1].attributes', /아이템과 같은 옵션 및 옵션값을 가지고 있는 아이템이 중복으로 존재합니다/);
  });
  it('R39 prices in 10-won steps; sale price positive; original price may be 0', () => {
    const b = validBody();
    b.items[0].salePrice = 3005;
    expectRule(check(b), 39, 'items[0].salePrice', /10원 단위/);
    b.items[0].salePrice = 0;
    expectRule(check(b), 39, 'items[0].salePrice');
    b.items[0].salePrice = 3000;
    b.items[0].originalPrice = 4001;
    expectRule(check(b), 39, 'items[0].originalPrice');
    b.items[0].originalPrice = 0;
    expect(check(b).some((i) => i.ruleId === 'R39')).toBe(false);
  });
  it('R59 original price = sale price shows 쿠팡가 (warning)', () => {
    const b = validBody();
    b.items[0].originalPrice = 3000;
    expect(expectRule(check(b), 59, 'items[0].originalPrice', /쿠팡가/).severity).toBe('warning');
  });
  it('R55 stock 0..99999', () => {
    const b = validBody();
    b.items[0].maximumBuyCount = 100000;
    expectRule(check(b), 55, 'items[0].maximumBuyCount');
  });
  it('R56 per-person limit ≥ 0, period ≥ 1', () => {
    const b = validBody();
    b.items[0].maximumBuyForPerson = -1;
    b.items[0].maximumBuyForPersonPeriod = 0;
    const issues = check(b);
    expectRule(issues, 56, 'items[0].maximumBuyForPerson');
    expectRule(issues, 56, 'items[0].maximumBuyForPersonPeriod');
  });
  it('R57 lead time ≥ 1 (D+1)', () => {
    const b = validBody();
    b.items[0].outboundShippingTimeDay = 0;
    expectRule(check(b), 57, 'items[0].outboundShippingTimeDay', /D\+1/);
  });
  it('R58 unitCount ≥ 0 integer', () => {
    const b = validBody();
    b.items[0].unitCount = 1.5;
    expectRule(check(b), 58, 'items[0].unitCount');
  });
  it('R60 required item fields', () => {
    const b = validBody();
    delete b.items[0].taxType;
    delete b.items[1].contents;
    const issues = check(b);
    expectRule(issues, 60, 'items[0].taxType', /필수/);
    expectRule(issues, 60, 'items[1].contents');
  });
  it('R61 barcode reason ≤ 100 and needed when emptyBarcode', () => {
    const b = validBody();
    b.items[0].emptyBarcode = true;
    expectRule(check(b), 61, 'items[0].emptyBarcodeReason', /사유/);
    b.items[0].emptyBarcodeReason = 'r'.repeat(101);
    expectRule(check(b), 61, 'items[0].emptyBarcodeReason', /100자/);
  });
  it('R62 search tags: ≤ 20 tags, ≤ 20 chars, allowed special characters only', () => {
    const b = validBody();
    b.items[0].searchTags = Array.from({ length: 21 }, (_, i) => `t${i}`);
    expectRule(check(b), 62, 'items[0].searchTags', /최대 20개/);
    b.items[0].searchTags = ['가'.repeat(21)];
    expectRule(check(b), 62, 'items[0].searchTags', /20자/);
    b.items[0].searchTags = ['노트(A5)'];
    expectRule(check(b), 62, 'items[0].searchTags', /특수문자/);
    b.items[0].searchTags = ["노트!@#$%^&*-+;:'."];
    expect(check(b).some((i) => i.ruleId === 'R62')).toBe(false);
  });
  it('R63 images: one representative, ≤ 9 detail, ≤ 4 used, a path of ≤ 200 chars, JPG/PNG', () => {
    const b = validBody();
    const rep = b.items[0].images[0];
    b.items[0].images = [clone(rep), clone(rep)];
    expectRule(check(b), 63, 'items[0].images', /1개만/);
    b.items[0].images = [{ ...rep, imageType: 'DETAIL' }];
    expectRule(check(b), 63, 'items[0].images', /REPRESENTATION/);
    b.items[0].images = [rep, ...Array.from({ length: 10 }, (_, i) => ({ imageOrder: i + 1, imageType: 'DETAIL', vendorPath: `https://a.example.com/${i}.jpg` }))];
    expectRule(check(b), 63, 'items[0].images', /최대 9개/);
    b.items[0].images = [rep, ...Array.from({ length: 5 }, (_, i) => ({ imageOrder: i + 1, imageType: 'USED_PRODUCT', vendorPath: `https://a.example.com/${i}.jpg` }))];
    expectRule(check(b), 63, 'items[0].images', /최대 4개/);
    b.items[0].images = [{ imageOrder: 0, imageType: 'REPRESENTATION' }];
    expectRule(check(b), 63, 'items[0].images[0].vendorPath', /이미지 주소/);
    b.items[0].images = [{ imageOrder: 0, imageType: 'REPRESENTATION', vendorPath: `https://a.example.com/${'x'.repeat(200)}.jpg` }];
    expectRule(check(b), 63, 'items[0].images[0].vendorPath', /200자/);
    b.items[0].images = [{ imageOrder: 0, imageType: 'REPRESENTATION', vendorPath: 'https://a.example.com/a.gif' }];
    expectRule(check(b), 63, 'items[0].images[0].vendorPath', /JPG 또는 PNG/);
  });
  it('R63 measured sizes: square representative image, 500-5000 px', () => {
    expectRule(imageSizeIssues('items[*].images[0].vendorPath', true, 800, 600), 63, 'images[0]', /정사각형/);
    expectRule(imageSizeIssues('items[*].images[1].vendorPath', false, 400, 400), 63, 'images[1]', /500×500 ~ 5000×5000px/);
    expect(imageSizeIssues('items[*].images[0].vendorPath', true, 1000, 1000)).toEqual([]);
  });
  it('R64 image URLs: http(s), ports 80/443 only', () => {
    const b = validBody();
    b.items[0].images[0].vendorPath = 'http://img.example.com:8080/a.jpg';
    expectRule(check(b), 64, 'items[0].images[0].vendorPath', /포트 8080/);
    b.items[0].images[0].vendorPath = 'ftp://img.example.com/a.jpg';
    expectRule(check(b), 64, 'items[0].images[0].vendorPath');
  });
  it('R65 detail content: no forced line breaks, no iframe but YouTube', () => {
    const b = validBody();
    b.items[0].contents[0].contentDetails[0].content = '<p>첫 줄\n둘째 줄</p>';
    expectRule(check(b), 65, '.contents[0].contentDetails[0].content', /줄바꿈/);
    b.items[0].contents[0].contentDetails[0].content = '<iframe src="https://evil.example.com/x"></iframe>';
    expectRule(check(b), 65, '.contents[0].contentDetails[0].content', /YouTube/);
    b.items[0].contents[0].contentDetails[0].content = '<iframe src="https://www.youtube.com/embed/abc"></iframe>';
    expect(check(b).some((i) => i.ruleId === 'R65')).toBe(false);
  });
  it('R70 offer condition allowed by the meta; description only for used, ≤ 700', () => {
    const b = validBody();
    b.items[0].offerCondition = 'USED_BEST';
    expectRule(check(b), 70, 'items[0].offerCondition', /허용되지 않는/);
    b.items[0].offerCondition = 'NEW';
    b.items[0].offerDescription = '거의 새것';
    expectRule(check(b), 70, 'items[0].offerDescription', /중고/);
  });
  it('R73 adultOnly, R74 pccNeeded values', () => {
    const b = validBody();
    b.items[0].adultOnly = 'ADULT';
    b.items[0].pccNeeded = 'maybe';
    const issues = check(b);
    expectRule(issues, 73, 'items[0].adultOnly');
    expectRule(issues, 74, 'items[0].pccNeeded');
  });
});

describe('D: purchase options, notices, certifications, documents', () => {
  it('R77/R85 a mandatory purchase option left empty names the attribute', () => {
    const b = validBody();
    b.items[0].attributes = b.items[0].attributes.filter((a: any) => a.attributeTypeName !== '수량');
    const hit = expectRule(check(b), 77, 'items[0].attributes.수량', /필수 구매옵션 '수량'/);
    expect(hit.messageKo).toContain('필수 구매 옵션 (미입력 시 등록/노출 제한) 존재하지 않습니다');
    expect(hit.step).toBe(3);
  });
  it('R77 choose-one groups: exactly one member per group', () => {
    const meta = normalizeMeta({
      attributes: [
        { attributeTypeName: '최소 중량', dataType: 'NUMBER', usableUnits: ['g', 'kg'], required: 'MANDATORY', groupNumber: '1', exposed: 'EXPOSED' },
        { attributeTypeName: '최소 용량', dataType: 'NUMBER', usableUnits: ['ml', 'L'], required: 'MANDATORY', groupNumber: '1', exposed: 'EXPOSED' },
      ],
      noticeCategories: NOTE_META.noticeCategories,
      isAllowSingleItem: true,
    });
    const b = validBody();
    b.items = [b.items[0]];
    b.items[0].attributes = [];
    expectRule(check(b, { meta }), 77, 'items[0].attributes.최소 중량', /최소 중량 \/ 최소 용량/);
    b.items[0].attributes = [
      { attributeTypeName: '최소 중량', attributeValueName: '500g' },
      { attributeTypeName: '최소 용량', attributeValueName: '500ml' },
    ];
    expectRule(check(b, { meta }), 77, 'items[0].attributes.최소 용량', /하나만/);
    b.items[0].attributes = [{ attributeTypeName: '최소 용량', attributeValueName: '500ml' }];
    expect(check(b, { meta }).some((i) => i.ruleId === 'R77')).toBe(false);
  });
  it('R78 SELECT values from inputValues, NUMBER values with a usable unit', () => {
    const meta = realMeta(80094);
    const b = validBody();
    b.displayCategoryCode = 80094;
    b.items = [b.items[0]];
    b.items[0].attributes = [
      { attributeTypeName: '지류 사이즈', attributeValueName: 'A9' },
      { attributeTypeName: '내지매수', attributeValueName: '30매' },
      { attributeTypeName: '수량', attributeValueName: '1개' },
    ];
    expectRule(check(b, { meta }), 78, 'items[0].attributes.지류 사이즈', /허용값이 아닙니다/);
    b.items[0].attributes[0].attributeValueName = 'A4';
    b.items[0].attributes.push({ attributeTypeName: '사이즈', attributeValueName: 'x', exposed: 'NONE' });
    expect(errors(check(b, { meta })).filter((i) => i.ruleId === 'R78')).toEqual([]);
  });
  it('R79 a MANDATORY search attribute is required too', () => {
    const meta = normalizeMeta({ ...NOTE_META, attributes: [...NOTE_META.attributes, { attributeTypeName: '제조연도', dataType: 'STRING', required: 'MANDATORY', groupNumber: 'NONE', exposed: 'NONE' }] });
    expectRule(check(validBody(), { meta }), 79, 'items[*].attributes.제조연도', /카테고리의 필수 속성이 존재하지 않습니다/);
  });
  it('R81 purchase options must exist in the meta (no free options)', () => {
    const b = validBody();
    b.items[0].attributes.push({ attributeTypeName: '내맘대로옵션', attributeValueName: '특별' });
    expectRule(check(b), 81, 'items[0].attributes.내맘대로옵션', /2024-10-10/);
  });
  it('R68 lengths of option names/values; search options must be category filters', () => {
    const b = validBody();
    b.items[0].attributes[0].attributeValueName = '빨'.repeat(31);
    expectRule(check(b), 68, 'items[0].attributes.색상', /30자/);
    b.items[0].attributes[0].attributeValueName = '빨강';
    b.items[0].attributes.push({ attributeTypeName: '없는필터', attributeValueName: 'x', exposed: 'NONE' });
    expectRule(check(b), 68, 'items[0].attributes.없는필터', /필터/);
  });
  it('R82 a mandatory NUMBER option must be number+unit; placeholders are rejected', () => {
    const b = validBody();
    b.items[0].attributes[1].attributeValueName = '한 개';
    expectRule(check(b), 82, 'items[0].attributes.수량', /숫자\+단위/);
    b.items[0].attributes[0].attributeValueName = '상세 페이지 참조';
    expectRule(check(b), 82, 'items[0].attributes.색상', /상세 페이지 참조/);
  });
  it("R83 수량 cannot be '단일상품' or '없음'", () => {
    const b = validBody();
    b.items[0].attributes[1].attributeValueName = '단일상품';
    expectRule(check(b), 83, 'items[0].attributes.수량', /1개/);
  });
  it('R87 isAllowSingleItem=false needs attributes; =true lets one item go without', () => {
    const b = validBody();
    b.items = [b.items[0]];
    b.items[0].attributes = [];
    const strict = normalizeMeta({ ...NOTE_META, isAllowSingleItem: false, attributes: [] });
    expectRule(check(b, { meta: strict }), 87, 'items[0].attributes', /isAllowSingleItem=false/);
    const loose = normalizeMeta({ ...NOTE_META, isAllowSingleItem: true, attributes: [] });
    expect(check(b, { meta: loose }).some((i) => i.ruleId === 'R87' || i.ruleId === 'R69')).toBe(false);
  });
  it('R69 without meta: at least one attribute when there are several items', () => {
    const b = validBody();
    b.items[0].attributes = [];
    expectRule(check(b, {}), 69, 'items[0].attributes');
  });
  it('R88 notices: one category, all of its rows, contents filled, matching count', () => {
    const b = validBody();
    b.items[0].notices = b.items[0].notices.slice(0, 4);
    const issues = check(b);
    expectRule(issues, 88, 'items[0].notices.소비자상담 관련 전화번호', /빠졌습니다/);
    expectRule(issues, 88, /^items\[0\]\.notices$/, /갯수\[4\]가 카테고리\[기타 재화\]에서 제공하는 갯수\[5\]와 다릅니다/);
    const c = validBody();
    c.items[0].notices[0].noticeCategoryName = '의류';
    expectRule(check(c), 88, 'items[0].notices', /하나만/);
    const d = validBody();
    d.items[0].notices.forEach((n: any) => (n.noticeCategoryName = '화장품'));
    expectRule(check(d), 88, 'items[0].notices', /찾을 수 없습니다/);
    const e = validBody();
    e.items[0].notices[0].content = '';
    expectRule(check(e), 88, 'items[0].notices.품명 및 모델명', /비어/);
  });
  it('R89 notice names must match exactly (spacing)', () => {
    const b = validBody();
    b.items[0].notices[4].noticeCategoryDetailName = '소비자상담관련 전화번호';
    expectRule(check(b), 89, '.notices.소비자상담관련 전화번호', /'소비자상담 관련 전화번호'/);
  });
  it('R91 certifications from the meta; CODE types need a code; MANDATORY ones present', () => {
    const b = validBody();
    b.items[0].certifications = [{ certificationType: 'KC_KID_CERTIFICATION', certificationCode: '' }];
    expectRule(check(b), 91, 'items[0].certifications.KC_KID_CERTIFICATION', /인증번호/);
    b.items[0].certifications = [{ certificationType: 'MADE_UP', certificationCode: '' }];
    expectRule(check(b), 91, 'items[0].certifications.MADE_UP', /메타에 없는/);
    const meta = normalizeMeta({ ...NOTE_META, certifications: [...NOTE_META.certifications, { certificationType: 'KC_SAFE', name: '안전인증', dataType: 'NONE', required: 'MANDATORY' }] });
    expectRule(check(validBody(), { meta }), 91, 'items[*].certifications.KC_SAFE', /필수 인증/);
  });
  it('R92/R115 documents: parallel import needs 수입신고필증; MANDATORY documents always', () => {
    const b = validBody();
    b.items.forEach((i: any) => (i.parallelImported = 'PARALLEL_IMPORTED'));
    expectRule(check(b), 92, 'requiredDocuments.수입신고필증(병행수입 선택시)', /병행수입/);
    expectRule(check(b, { places: PLACES }), 115, 'requiredDocuments.수입신고필증(병행수입 선택시)');
    b.requiredDocuments = [{ templateName: '수입신고필증(병행수입 선택시)', vendorDocumentPath: 'https://docs.example.com/import.pdf' }];
    expect(check(b).some((i) => i.ruleId === 'R92' || i.ruleId === 'R115')).toBe(false);
    const meta = normalizeMeta({ ...NOTE_META, requiredDocumentNames: [{ templateName: '시험성적서', required: 'MANDATORY' }] });
    expectRule(check(validBody(), { meta }), 92, 'requiredDocuments.시험성적서', /필수 구비서류를 모두 등록 해 주세요/);
  });
  it('R92 overseas purchase needs the invoice when the meta says so (78877)', () => {
    const meta = sampleMeta(78877);
    const b = validBody();
    b.deliveryMethod = 'AGENT_BUY';
    b.items.forEach((i: any) => (i.overseasPurchased = 'OVERSEAS_PURCHASED'));
    expectRule(check(b, { meta }), 92, 'requiredDocuments.인보이스영수증(해외구매대행 선택시)', /해외구매대행/);
  });
  it('R71 documents: template from the meta, a path ≤ 150, allowed file types', () => {
    const b = validBody();
    b.requiredDocuments = [{ templateName: '아무서류', vendorDocumentPath: 'https://docs.example.com/a.pdf' }];
    expectRule(check(b), 71, 'requiredDocuments.아무서류', /메타에 없는/);
    b.requiredDocuments = [{ templateName: '기타인증서류', vendorDocumentPath: `https://docs.example.com/${'a'.repeat(150)}.pdf` }];
    expectRule(check(b), 71, 'requiredDocuments.기타인증서류', /150자/);
    b.requiredDocuments = [{ templateName: '기타인증서류', vendorDocumentPath: 'https://docs.example.com/a.zip' }];
    expectRule(check(b), 71, 'requiredDocuments.기타인증서류', /\.zip/);
    b.requiredDocuments = [{ templateName: '기타인증서류' }];
    expectRule(check(b), 71, 'requiredDocuments.기타인증서류', /서류 주소/);
  });
});

describe('E: shipping and return fees', () => {
  it('R101 FREE: base fee and threshold 0, initial return fee set', () => {
    const b = validBody();
    b.deliveryCharge = 2500;
    expectRule(check(b), 101, 'deliveryCharge', /배송비 종류가 무료 배송이면 기본배송비, 조건부무료가 0원입니다/);
    b.deliveryCharge = 0;
    b.deliveryChargeOnReturn = 0;
    expectRule(check(b), 101, 'deliveryChargeOnReturn');
  });
  it('R102 NOT_FREE: base fee set, threshold and initial return fee 0', () => {
    const b = validBody();
    Object.assign(b, { deliveryChargeType: 'NOT_FREE', deliveryCharge: 3000, freeShipOverAmount: 10000, deliveryChargeOnReturn: 0, returnCharge: 3000 });
    expectRule(check(b), 102, 'freeShipOverAmount', /배송비 종류가 유료 배송이면 조건부무료가 0원 입니다/);
    Object.assign(b, { freeShipOverAmount: 0, deliveryChargeOnReturn: 2500 });
    expectRule(check(b), 102, 'deliveryChargeOnReturn');
  });
  it('R103 CONDITIONAL_FREE: threshold in 100-won units, initial return fee 0', () => {
    const b = validBody();
    Object.assign(b, { deliveryChargeType: 'CONDITIONAL_FREE', deliveryCharge: 2500, freeShipOverAmount: 10050, deliveryChargeOnReturn: 0, returnCharge: 2500 });
    expectRule(check(b), 103, 'freeShipOverAmount', /100원 단위/);
    Object.assign(b, { freeShipOverAmount: 10000, deliveryChargeOnReturn: 2500 });
    expectRule(check(b), 103, 'deliveryChargeOnReturn');
    Object.assign(b, { deliveryChargeOnReturn: 0 });
    expect(errors(check(b))).toEqual([]);
  });
  it('R104 legacy FREE_DELIVERY_OVER_19800 needs threshold 19800 and initial fee 0', () => {
    const b = validBody();
    Object.assign(b, { deliveryChargeType: 'FREE_DELIVERY_OVER_19800', freeShipOverAmount: 0, deliveryChargeOnReturn: 2500 });
    expectRule(check(b), 104, 'freeShipOverAmount', /19800이상 무료배송이면 조건부무료가 19800원/);
  });
  it('R105 cash on delivery is for allowed categories (warning); R109 and not bundled', () => {
    const b = validBody();
    Object.assign(b, { deliveryChargeType: 'CHARGE_RECEIVED', deliveryChargeOnReturn: 0 });
    expect(expectRule(check(b), 105, 'deliveryChargeType').severity).toBe('warning');
    expectRule(check(b), 109, 'unionDeliveryType', /착불/);
  });
  it('R106 return fee is 100%–150% of the initial return fee', () => {
    const b = validBody();
    b.returnCharge = 4000;
    expectRule(check(b), 106, 'returnCharge', /반품배송비는 초도반품비의 100%~150%까지만 입력가능합니다/);
    b.returnCharge = 2000;
    expectRule(check(b), 106, 'returnCharge');
    b.returnCharge = 3750;
    expect(check(b).some((i) => i.ruleId === 'R106')).toBe(false);
  });
  it('R109 bundled shipping needs an outbound place; R128 places exist before products', () => {
    const b = validBody();
    b.outboundShippingPlaceCode = '';
    expectRule(check(b), 109, 'outboundShippingPlaceCode', /묶음배송/);
    b.unionDeliveryType = 'NOT_UNION_DELIVERY';
    expectRule(check(b), 128, 'outboundShippingPlaceCode');
    b.returnCenterCode = '';
    expectRule(check(b), 128, 'returnCenterCode', /NO_RETURN_CENTERCODE/);
  });
  it('R110 remote-area delivery needs a courier registered on the outbound place', () => {
    const b = validBody();
    b.remoteAreaDeliverable = 'Y';
    b.deliveryCompanyCode = 'KGB';
    expectRule(check(b), 110, 'deliveryCompanyCode', /\[택배사 코드\]를 확인해 주세요/);
    b.deliveryCompanyCode = 'HANJIN';
    expect(check(b).some((i) => i.ruleId === 'R110')).toBe(false);
  });
  it('R112 overseas purchase agency ships from an overseas place; R116 flags match', () => {
    const b = validBody();
    b.deliveryMethod = 'AGENT_BUY';
    expectRule(check(b), 112, 'outboundShippingPlaceCode', /해외 주소/);
    expect(expectRule(check(b), 116, 'overseasPurchased').severity).toBe('warning');
    const c = validBody();
    c.items[0].overseasPurchased = 'OVERSEAS_PURCHASED';
    expectRule(check(c), 116, 'items[0].overseasPurchased', /AGENT_BUY/);
  });
  it('R129 codes must be the account’s own places; R130/R143 unusable places', () => {
    const b = validBody();
    b.outboundShippingPlaceCode = '999';
    b.returnCenterCode = '888';
    const issues = check(b);
    expectRule(issues, 129, 'outboundShippingPlaceCode');
    expectRule(issues, 129, 'returnCenterCode', /올바른 반품지 센터코드를 입력 하세요/);
    b.outboundShippingPlaceCode = '3000003';
    b.returnCenterCode = '1000300002';
    expectRule(check(b), 130, 'outboundShippingPlaceCode', /사용안함/);
    expectRule(check(b), 143, 'returnCenterCode', /사용안함/);
  });
  it('R139 without a return place the return address is typed in', () => {
    const b = validBody();
    b.returnCenterCode = 'NO_RETURN_CENTERCODE';
    b.returnAddress = '';
    expectRule(check(b), 139, 'returnAddress', /직접 입력/);
  });
  it('R72 made-to-order wants its notice message (warning)', () => {
    const b = validBody();
    b.deliveryMethod = 'MAKE_ORDER';
    expect(expectRule(check(b), 72, 'extraInfoMessage').severity).toBe('warning');
  });
  it('SPEC: enumerated and required shipping fields', () => {
    const b = validBody();
    b.deliveryMethod = 'INSTRUCTURE';
    delete b.vendorUserId;
    const issues = check(b);
    expectRule(issues, 'SPEC', 'deliveryMethod', /VENDOR_DIRECT/);
    expectRule(issues, 'SPEC', 'vendorUserId');
  });
});

describe('B: modify rules against the GET answer', () => {
  function approvedProduct() {
    const body = validBody();
    const original: any = clone(body);
    original.sellerProductId = 123456789;
    original.statusName = '승인완료';
    original.items.forEach((it: any, i: number) => {
      it.sellerProductItemId = 9000 + i;
      it.vendorItemId = 7000 + i;
      it.attributes.push({ attributeTypeName: '사이즈', attributeValueName: '', exposed: 'NONE', editable: true });
    });
    return original;
  }
  it('builds the update body over the original (R23, R24, R27: ids kept, every attribute pair resent)', () => {
    const original = approvedProduct();
    const model = buildFormModel(NOTE_META);
    const data = draftDataFromProduct(original, model, 'edit');
    expect(data.items.map((i) => [i.sellerProductItemId, i.vendorItemId])).toEqual([
      ['9000', '7000'],
      ['9001', '7001'],
    ]);
    const body = buildRequest(draftOf(data, { mode: 'edit', sellerProductId: '123456789', original }), { model, vendorId: 'A00012345' });
    expect(body.sellerProductId).toBe('123456789');
    expect((body as any).items[0].attributes.map((a: any) => a.attributeTypeName)).toEqual(['색상', '수량', '사이즈']);
    expect(validateModify(body, original)).toEqual([]);
  });
  it('R24 a modify carries sellerProductId', () => {
    expectRule(validateModify({ items: [] }, null), 24, 'sellerProductId');
  });
  it('R25 an approved option cannot be dropped; R26 ids cannot be dropped', () => {
    const original = approvedProduct();
    const body = clone(original);
    body.items = [body.items[0]];
    expectRule(validateModify(body, original), 25, 'items', /vendorItem로 생성된 아이템은 삭제가 불가능합니다/);
    const body2 = clone(original);
    delete body2.items[1].sellerProductItemId;
    expectRule(validateModify(body2, original), 26, 'items', /판매중인 상품은 삭제할 수 없습니다/);
  });
  it('R27 every previously registered attribute is resent', () => {
    const original = approvedProduct();
    const body = clone(original);
    body.items[0].attributes = body.items[0].attributes.filter((a: any) => a.attributeTypeName !== '사이즈');
    expectRule(validateModify(body, original), 27, 'items[0].attributes', /필수 옵션이\(사이즈\) 입력되지 않았습니다/);
  });
  it('R28 duplicate item names in a modify', () => {
    const original = approvedProduct();
    const body = clone(original);
    body.items[1].itemName = body.items[0].itemName;
    expectRule(validateModify(body, original), 28, 'items', /중복된 아이템 이름이 존재합니다/);
    expectRule(check(body, { ...CTX, mode: 'update', original }), 28, 'items[1].itemName');
  });
  it('R29 a single-item product gets no options by modify', () => {
    const original = approvedProduct();
    original.items = [original.items[0]];
    const body = clone(original);
    body.items.push({ ...clone(body.items[0]), sellerProductItemId: undefined, vendorItemId: undefined, itemName: 'new' });
    expectRule(validateModify(body, original), 29, 'items', /단일상품/);
  });
  it('R30 the category cannot change', () => {
    const original = approvedProduct();
    const body = clone(original);
    body.displayCategoryCode = 79725;
    expectRule(validateModify(body, original), 30, 'displayCategoryCode');
  });
  it('R32 after approval attributes are not changed; R33 offerCondition never changes', () => {
    const original = approvedProduct();
    const body = clone(original);
    body.items[0].attributes[0].attributeValueName = '초록';
    body.items[1].offerCondition = 'REFURBISHED';
    const issues = validateModify(body, original);
    expectRule(issues, 32, 'items[0].attributes.색상', /'빨강' → '초록'/);
    expectRule(issues, 33, 'items[1].offerCondition');
  });
  it('R34 bundle info cannot be modified', () => {
    const original = approvedProduct();
    const body = clone(original);
    body.bundleInfo = { bundleType: 'AB' };
    expectRule(validateModify(body, original), 34, 'bundleInfo');
  });
  it('R21 price/stock of approved options are not changed by a modify (warning)', () => {
    const original = approvedProduct();
    const body = clone(original);
    body.items[0].salePrice = 3500;
    expect(expectRule(validateModify(body, original), 21, 'items[0].salePrice').severity).toBe('warning');
  });
  it('attachItemIds gives a created draft the ids Coupang answered with', () => {
    const data = validDraftData();
    const attached = attachItemIds(data, { items: [{ sellerProductItemId: 11, vendorItemId: null, itemName: '빨강_1개' }, { sellerProductItemId: 12, itemName: '파랑_1개' }] });
    expect(attached.items.map((i) => [i.sellerProductItemId, i.vendorItemId, i.itemName])).toEqual([
      ['11', null, '빨강_1개'],
      ['12', null, '파랑_1개'],
    ]);
  });
});

describe('issue collapsing and steps', () => {
  it('the same break on every item is reported once for items[*]', () => {
    const b = validBody();
    b.items.forEach((i: any) => (i.images = []));
    const hits = check(b).filter((i) => i.ruleId === 'R63');
    expect(hits).toHaveLength(1);
    expect(hits[0].field).toBe('items[*].images');
    expect(hits[0].messageKo).toMatch(/^모든 아이템\(2개\)의 이미지/);
    expect(hits[0].step).toBe(5);
  });
  it('maps fields to wizard steps', () => {
    const b = validBody();
    b.sellerProductName = '';
    b.returnCharge = 9999;
    b.items[0].notices[0].content = '';
    b.items[0].attributes = [];
    const issues = check(b);
    expect(issues.find((i) => i.ruleId === 'R46')!.step).toBe(2);
    expect(issues.find((i) => i.ruleId === 'R106')!.step).toBe(6);
    expect(issues.find((i) => i.ruleId === 'R88')!.step).toBe(4);
    expect(issues.find((i) => i.ruleId === 'R77')!.step).toBe(3);
  });
  it('a non-object body is reported, not thrown', () => {
    expectRule(validateProductRequest('nope'), 66, '(body)');
  });
});
