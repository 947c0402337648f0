// Product-side enums with their Korean labels, as tables/product-enums.json lists them.

export const PRODUCT_STATUSES = {
  IN_REVIEW: '심사중',
  SAVED: '임시저장',
  APPROVING: '승인대기중',
  APPROVED: '승인완료',
  PARTIAL_APPROVED: '부분승인완료',
  DENIED: '승인반려',
  DELETED: '상품삭제',
} as const;
export type ProductStatusCode = keyof typeof PRODUCT_STATUSES;
export const PRODUCT_STATUS_CODES = Object.keys(PRODUCT_STATUSES) as ProductStatusCode[];

/** statusName as Coupang sends it (Korean) → code. Older answers say 임시저장중 (SAVING). */
export function statusCodeOf(statusName: string | null | undefined): ProductStatusCode | null {
  if (!statusName) return null;
  const name = statusName.trim();
  if ((PRODUCT_STATUS_CODES as string[]).includes(name)) return name as ProductStatusCode;
  if (name === '임시저장중' || name === 'SAVING') return 'SAVED';
  if (name === '승인요청') return 'APPROVING';
  const hit = PRODUCT_STATUS_CODES.find((c) => PRODUCT_STATUSES[c] === name);
  return hit ?? null;
}

export const DELIVERY_METHODS = {
  SEQUENCIAL: '일반배송(순차배송)',
  COLD_FRESH: '신선냉동',
  MAKE_ORDER: '주문제작',
  AGENT_BUY: '구매대행',
  VENDOR_DIRECT: '설치배송 또는 판매자 직접 전달',
} as const;
export type DeliveryMethod = keyof typeof DELIVERY_METHODS;

export const DELIVERY_CHARGE_TYPES = {
  FREE: '무료배송',
  NOT_FREE: '유료배송',
  CHARGE_RECEIVED: '착불배송',
  CONDITIONAL_FREE: '조건부 무료배송',
} as const;
export type DeliveryChargeType = keyof typeof DELIVERY_CHARGE_TYPES;
/** Older answers may still carry these (rule 104). */
export const LEGACY_CHARGE_TYPES: Record<string, number> = { FREE_DELIVERY_OVER_9800: 9800, FREE_DELIVERY_OVER_19800: 19800, FREE_DELIVERY_OVER_30000: 30000 };

export const OFFER_CONDITIONS = { NEW: '새 상품', REFURBISHED: '리퍼', USED_BEST: '중고(최상)', USED_GOOD: '중고(상)', USED_NORMAL: '중고(중)' } as const;

export const CONTENTS_TYPES = ['IMAGE', 'IMAGE_NO_SPACE', 'TEXT', 'IMAGE_TEXT', 'TEXT_IMAGE', 'IMAGE_IMAGE', 'TEXT_TEXT', 'TITLE', 'HTML'] as const;
export const IMAGE_TYPES = ['REPRESENTATION', 'DETAIL', 'USED_PRODUCT'] as const;

/** Couriers from product-enums.json deliveryCompanyCode that are still operating. */
export const DELIVERY_COMPANIES: Record<string, string> = {
  CJGLS: 'CJ대한통운',
  HANJIN: '한진택배',
  HYUNDAI: '롯데택배',
  KGB: '로젠택배',
  EPOST: '우체국',
  KDEXP: '경동택배',
  ILYANG: '일양택배',
  CHUNIL: '천일특송',
  DAESIN: '대신택배',
  HDEXP: '합동택배',
  CVS: 'CVS택배',
  DIRECT: '업체직송',
  DHL: 'DHL',
  UPS: 'UPS',
  FEDEX: 'FEDEX',
  EMS: '우체국 EMS',
  REGISTPOST: '우편등기',
  KUNYOUNG: '건영택배',
  SLX: 'SLX택배',
  HONAM: '호남택배',
  NHLOGIS: '농협택배',
  SEBANG: '세방택배',
  YONGMA: '용마로지스',
};

/** Return-place (Goodsflow) couriers (rule 138). */
export const RETURN_COURIERS: Record<string, string> = { HYUNDAI: '롯데택배', KGB: '로젠택배', EPOST: '우체국', HANJIN: '한진택배', CJGLS: 'CJ대한통운', ILYANG: '일양택배' };

export const NO_RETURN_CENTERCODE = 'NO_RETURN_CENTERCODE';

/** Exposure-violation filters of the list (rule 43). */
export const VIOLATION_TYPES = { NO_VA_V2: '상품정보 검증 필요(노출제한)', MOTA_V2: '필수 구매옵션 누락(노출제한)', ATTR: '옵션 수정 필요(노출낮음)' } as const;
