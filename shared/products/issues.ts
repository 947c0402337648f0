// One shape for every broken rule the wizard, the service and the CLI report: which field, which
// numbered rule of the Coupang product reference (rules-products.md) and a Korean sentence that
// names both, so a seller can act on it without opening the docs.

/** Wizard steps: 1 카테고리 … 8 검토·제출. */
export type WizardStep = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;
export const WIZARD_STEPS: readonly WizardStep[] = [1, 2, 3, 4, 5, 6, 7, 8];

export interface ProductIssue {
  /** Request-body path (`items[0].salePrice`, `items[*].attributes.수량`, `deliveryCharge`, …). */
  field: string;
  /** `R46` = rule 46 of rules-products.md. */
  ruleId: string;
  /** Names the field (Korean label + path) and the rule number. */
  messageKo: string;
  /** Errors block the step and the submit; warnings are shown but let the seller go on. */
  severity: 'error' | 'warning';
  /** The wizard step the field is edited in. */
  step: WizardStep;
}

/** Korean labels of request fields, so messages read like the form. */
export const FIELD_LABELS: Record<string, string> = {
  '(account)': '판매자 계정',
  '(body)': '요청 본문',
  '(coupang)': '쿠팡 응답',
  displayCategoryCode: '카테고리',
  sellerProductName: '등록상품명',
  displayProductName: '노출상품명',
  brand: '브랜드',
  generalProductName: '제품명',
  productGroup: '상품군',
  manufacture: '제조사',
  saleStartedAt: '판매 시작일시',
  saleEndedAt: '판매 종료일시',
  vendorUserId: 'Wing 로그인 ID',
  requested: '승인 요청 여부',
  items: '옵션(아이템) 목록',
  itemName: '아이템명',
  originalPrice: '정가(할인율 기준가)',
  salePrice: '판매가',
  maximumBuyCount: '재고(판매가능수량)',
  maximumBuyForPerson: '1인 최대 구매수량',
  maximumBuyForPersonPeriod: '최대 구매수량 기간(일)',
  outboundShippingTimeDay: '출고 소요일',
  unitCount: '단위 수량',
  adultOnly: '성인 상품 여부',
  taxType: '과세 여부',
  parallelImported: '병행수입',
  overseasPurchased: '해외구매대행',
  pccNeeded: '개인통관고유부호',
  externalVendorSku: '판매자상품코드',
  barcode: '바코드',
  emptyBarcode: '바코드 없음',
  emptyBarcodeReason: '바코드 없음 사유',
  modelNo: '모델번호',
  searchTags: '검색어',
  images: '이미지',
  notices: '상품고시정보',
  attributes: '옵션(속성)',
  contents: '상세설명',
  certifications: '인증정보',
  offerCondition: '상품 상태',
  offerDescription: '상품 상태 설명',
  requiredDocuments: '구비서류',
  extraInfoMessage: '주문제작 안내 메시지',
  deliveryMethod: '배송방법',
  deliveryCompanyCode: '택배사',
  deliveryChargeType: '배송비 종류',
  deliveryCharge: '기본 배송비',
  freeShipOverAmount: '무료배송 조건 금액',
  deliveryChargeOnReturn: '초도반품배송비',
  returnCharge: '반품배송비',
  remoteAreaDeliverable: '도서산간 배송',
  unionDeliveryType: '묶음배송',
  outboundShippingPlaceCode: '출고지',
  returnCenterCode: '반품지',
  returnChargeName: '반품지명',
  companyContactNumber: '반품지 연락처',
  returnZipCode: '반품지 우편번호',
  returnAddress: '반품지 주소',
  returnAddressDetail: '반품지 상세주소',
  returnChargeVendor: '반품비 착불 여부(구버전)',
  afterServiceInformation: 'A/S 안내(구버전)',
  afterServiceContactNumber: 'A/S 연락처(구버전)',
  bundleInfo: '번들(혼합구성) 정보',
  sellerProductId: '등록상품ID',
  vendorItemId: '옵션ID',
  sellerProductItemId: '아이템ID',
  status: '상품 상태',
  price: '변경할 판매가',
  quantity: '변경할 재고',
  maxPerPage: '페이지당 개수',
  violationTypes: '노출제한 유형',
  violationTypeAndOr: '노출제한 유형 조합',
  createdAtFrom: '조회 시작',
  createdAtTo: '조회 끝',
  shippingPlaceName: '출고지/반품지 이름',
  placeAddresses: '주소',
  remoteInfos: '도서산간 추가배송비',
  deliverCode: '반품 택배사',
  contractNumber: '택배사 계약번호',
  contractCustomerNumber: '계약 고객번호',
};

/** Which wizard step edits a request field. */
export function stepOf(field: string): WizardStep {
  const last = field.replace(/\[[^\]]*\]/g, '').split('.');
  const top = last[0];
  const leaf = last[last.length - 1];
  if (top.startsWith('(')) return 8;
  if (top === 'displayCategoryCode') return 1;
  if (top === 'items') {
    const sub = last[1] ?? '';
    if (sub === 'notices') return 4;
    if (sub === 'images' || sub === 'contents') return 5;
    if (sub === 'certifications') return 7;
    if (['adultOnly', 'taxType', 'parallelImported', 'overseasPurchased', 'pccNeeded', 'searchTags', 'offerCondition', 'offerDescription'].includes(sub)) return 2;
    return 3;
  }
  if (top === 'requiredDocuments') return 7;
  if (
    [
      'deliveryMethod', 'deliveryCompanyCode', 'deliveryChargeType', 'deliveryCharge', 'freeShipOverAmount', 'deliveryChargeOnReturn', 'returnCharge',
      'remoteAreaDeliverable', 'unionDeliveryType', 'outboundShippingPlaceCode', 'returnCenterCode', 'returnChargeName', 'companyContactNumber',
      'returnZipCode', 'returnAddress', 'returnAddressDetail', 'extraInfoMessage', 'returnChargeVendor',
    ].includes(top)
  ) {
    return 6;
  }
  if (['bundleInfo', 'requested', 'afterServiceInformation', 'afterServiceContactNumber'].includes(top)) return 8;
  void leaf;
  return 2;
}

/** Korean label for a path: the last named segment's label, or the attribute/notice name it carries. */
export function labelOf(field: string): string {
  const attr = /attributes\.(.+)$/.exec(field);
  if (attr) return `옵션 '${attr[1]}'`;
  const notice = /notices\.(.+)$/.exec(field);
  if (notice) return `고시정보 '${notice[1]}'`;
  const doc = /requiredDocuments\.(.+)$/.exec(field);
  if (doc && !/^\d/.test(doc[1])) return `구비서류 '${doc[1]}'`;
  const cert = /certifications\.(.+)$/.exec(field);
  if (cert && !/^\d/.test(cert[1])) return `인증 '${cert[1]}'`;
  const parts = field.replace(/\[[^\]]*\]/g, '').split('.');
  for (let i = parts.length - 1; i >= 0; i--) {
    const label = FIELD_LABELS[parts[i]];
    if (label) return label;
  }
  return field;
}

/** `items[2].salePrice` → `3번째 옵션 ` prefix, so grid errors say which row. */
function rowPrefix(field: string): string {
  const m = /^items\[(\d+)\]/.exec(field);
  return m ? `${Number(m[1]) + 1}번째 아이템의 ` : '';
}

/**
 * One issue. `rule` is the number in rules-products.md; a string names another documented source
 * (e.g. 'SPEC' = a field the products.create reference marks required or enumerates).
 */
export function issue(field: string, rule: number | string, text: string, severity: 'error' | 'warning' = 'error'): ProductIssue {
  const ruleId = typeof rule === 'number' ? `R${rule}` : rule;
  const source = typeof rule === 'number' ? `규칙 ${rule}` : rule === 'SPEC' ? '상품 생성 API 명세' : rule;
  return {
    field,
    ruleId,
    messageKo: `${rowPrefix(field)}${labelOf(field)}(${field}): ${text} [${source}]`,
    severity,
    step: stepOf(field),
  };
}

export const errorsOnly = (issues: readonly ProductIssue[]) => issues.filter((i) => i.severity === 'error');
export const issuesOfStep = (issues: readonly ProductIssue[], step: WizardStep) => issues.filter((i) => i.step === step);
