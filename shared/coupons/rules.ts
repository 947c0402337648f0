// Coupon rules from the reference (`coupang-api/rules-coupons.md`), numbered as there. Every limit
// the screen and the service check before anything is sent is named after its rule, so a seller
// (or support) can look the rule up. Pure: no Node, no DOM.

export type IssueSeverity = 'error' | 'warning';

/** One finding of a validator: errors block sending, warnings are shown and the seller decides. */
export interface CouponIssue {
  /** Rule number in rules-coupons.md (e.g. 15), or 0 for a plain input check with no rule of its own. */
  rule: number;
  /** Form field the issue belongs to (`name`, `policies.1.discount`, `vendorItemIds`…), or null for the whole form. */
  field: string | null;
  severity: IssueSeverity;
  /** Korean, ends with the rule it comes from: "… (쿠폰 규칙 15: 즉시할인 생성 값)". */
  messageKo: string;
}

/** Short Korean names of the rules that have a local check or a warning. */
export const RULE_TITLES: Record<number, string> = {
  3: '즉시할인 아이템 제거 API',
  4: '계약서 필요',
  6: 'contractId와 vendorContractId 구분',
  7: '예산 조회 월',
  9: '계약 유효기간 안의 쿠폰',
  10: '승인된 상품만',
  12: '비동기 요청은 상태 확인',
  15: '즉시할인 생성 값',
  16: '날짜 형식',
  17: '즉시할인 유효시작일',
  18: '종료일은 그해 12월 31일까지(2019 문서)',
  19: '로켓와우 회원 전용',
  20: '생성 때 넣은 상품은 뺄 수 없음',
  21: '즉시할인 아이템 1~10,000개',
  22: '옵션 하나에 즉시할인 쿠폰 하나',
  23: '진행 중 요청이 있으면 파기 불가',
  27: '쿠폰 상태값',
  28: '페이지 번호',
  29: '주문번호(orderId)',
  30: 'requestedId는 문자열',
  33: '정책 최대 3개, 같은 할인 방식',
  34: '다운로드 할인 값',
  35: '최소 주문 금액 10원 단위',
  36: '다운로드 쿠폰 필수 값',
  37: '옵션 하나에 다운로드 쿠폰 하나',
  38: '다운로드 쿠폰 시작은 생성 1시간 뒤부터',
  40: '다운로드 쿠폰 상품 변경 불가',
  41: '다운로드 아이템 호출당 100개',
  42: '아이템 추가 실패 시 쿠폰 파기',
  44: '다운로드 쿠폰 파기',
  45: 'requestTransactionId',
  52: '캐시백 ruleId',
  53: '캐시백 호출당 50개',
  54: '캐시백 값',
  55: '캐시백 시작은 2시간 뒤부터',
};

/** "(쿠폰 규칙 15: 즉시할인 생성 값)" */
export function ruleTag(rule: number): string {
  const title = RULE_TITLES[rule];
  return rule > 0 ? `(쿠폰 규칙 ${rule}${title ? `: ${title}` : ''})` : '';
}

export function issue(rule: number, field: string | null, severity: IssueSeverity, text: string): CouponIssue {
  const tag = ruleTag(rule);
  return { rule, field, severity, messageKo: tag ? `${text} ${tag}` : text };
}

export const errorsOf = (issues: readonly CouponIssue[]) => issues.filter((i) => i.severity === 'error');
export const warningsOf = (issues: readonly CouponIssue[]) => issues.filter((i) => i.severity === 'warning');
export const hasErrors = (issues: readonly CouponIssue[]) => issues.some((i) => i.severity === 'error');

// ---- Limits (each with its rule) ------------------------------------------------------------------

/** Rule 15: instant coupon `name` ≤ 45 characters (2019 docs: 50). */
export const INSTANT_NAME_MAX = 45;
/** Rule 15: `maxDiscountPrice` ≥ 10 won. */
export const INSTANT_MAX_DISCOUNT_MIN = 10;
/** Rule 15: RATE 1~100 (%). */
export const INSTANT_RATE_MIN = 1;
export const INSTANT_RATE_MAX = 100;
/** Rule 15: fixed amounts (PRICE, FIXED_WITH_QUANTITY) 1 won or more. */
export const INSTANT_FIXED_MIN = 1;
/** Rule 21: 1–10,000 option IDs per item call. */
export const INSTANT_ITEMS_PER_CALL = 10_000;
/** Rule 33: up to 3 policies per download coupon. */
export const DOWNLOAD_MAX_POLICIES = 3;
/** Rule 34: RATE integer 1~99. */
export const DOWNLOAD_RATE_MIN = 1;
export const DOWNLOAD_RATE_MAX = 99;
/** Rule 34: PRICE in 10-won units, at least 10. */
export const DOWNLOAD_PRICE_MIN = 10;
export const WON_UNIT = 10;
/** Rule 34: maximumPerDaily 1~9,999. */
export const DOWNLOAD_MAX_PER_DAILY = 9_999;
/** Rule 38: earliest start = creation + 1 hour. */
export const DOWNLOAD_START_LEAD_MS = 60 * 60 * 1000;
/** Rule 41: at most 100 option IDs per download item call. */
export const DOWNLOAD_ITEMS_PER_CALL = 100;
/** Rule 53: at most 50 option IDs per cashback call. */
export const CASHBACK_ITEMS_PER_CALL = 50;
/** Rule 55: cashback startAt at least 2 hours after now. */
export const CASHBACK_START_LEAD_MS = 2 * 60 * 60 * 1000;

// ---- Enums (rules 13, 27, 33) ---------------------------------------------------------------------

export const INSTANT_DISCOUNT_TYPES = ['RATE', 'FIXED_WITH_QUANTITY', 'PRICE'] as const;
export type InstantDiscountType = (typeof INSTANT_DISCOUNT_TYPES)[number];

export const INSTANT_COUPON_STATUSES = ['STANDBY', 'APPLIED', 'PAUSED', 'EXPIRED', 'DETACHED'] as const;
export type InstantCouponStatus = (typeof INSTANT_COUPON_STATUSES)[number];
/** Rule 27: item lists and lookups have no DETACHED. */
export const INSTANT_ITEM_STATUSES = ['STANDBY', 'APPLIED', 'PAUSED', 'EXPIRED'] as const;
export type InstantItemStatus = (typeof INSTANT_ITEM_STATUSES)[number];

export const DOWNLOAD_DISCOUNT_TYPES = ['RATE', 'PRICE'] as const;
export type DownloadDiscountType = (typeof DOWNLOAD_DISCOUNT_TYPES)[number];

/** Rule 13: request types of the instant request status API (download transactions reuse them). */
export const REQUEST_TYPES = ['COUPON_PUBLISH', 'COUPON_EXPIRE', 'COUPON_ITEM_PUBLISH', 'COUPON_ITEM_EXPIRE'] as const;
export type RequestType = (typeof REQUEST_TYPES)[number];
/** Rule 13: REQUESTED (still running), FAIL, DONE. */
export const COUPANG_REQUEST_STATUSES = ['REQUESTED', 'FAIL', 'DONE'] as const;

export const CONTRACT_TYPES = ['CONTRACT_BASED', 'NON_CONTRACT_BASED'] as const;

/** Rule 6: the budget API takes -1 for the free contract (자유계약). */
export const FREE_CONTRACT_BUDGET_ID = '-1';

/** Splits a list into calls of at most `size` (rules 21, 41, 53). */
export function chunk<T>(list: readonly T[], size: number): T[][] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError('chunk size must be a positive integer');
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}
