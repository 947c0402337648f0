// Error and failure texts of the coupon APIs, each with its source:
//  [doc]    coupons.json `errors` / response examples (Coupang's own error spec), with the rule number
//           of rules-coupons.md where there is one
//  [3p]     third-party transcription of the current ko page (JuHwiSang/coupang_coupon_issuer),
//           recorded in coupons.json; Coupang's wording, not re-verified
//  [spring] not in the docs: the text Coupang's Java/Spring backends give for the same binding
//           failure (parameter missing, not a number, page index...); plausible, not observed
//  [sbx]    the docs state the rule but print no text: chosen by the sandbox, modelled on the
//           neighbouring documented texts (Korean, same phrasing style)
export const COUPON_MESSAGES = {
  // --- instant coupons (FMS) ---
  /** [doc] rule 9. */
  contractPeriod: (contractStart: string, contractEnd: string, couponStart: string, couponEnd: string) =>
    `계약의 유효기간 안에 쿠폰이 존재해야 한다(계약서의 유효기간:${contractStart}~${contractEnd}) (쿠폰의 유효기간:${couponStart}~${couponEnd})`,
  /** [doc] rule 16: Joda-Time's text, verbatim. */
  cannotParse: (text: string, field: string, value: number, min: number, max: number) =>
    `Cannot parse "${text}": Value ${value} for ${field} must be in the range [${min},${max}]`,
  startAtPattern: 'startAt 패턴을 확인하세요. yyyy-MM-dd HH:mm:ss', // [doc] rule 16
  endAtPattern: 'endAt 패턴을 확인하세요. yyyy-MM-dd HH:mm:ss', // [doc] rule 16
  discount: 'discount 양수만 입력 가능합니다. (정률은 1~100, 정액은 1이상)', // [doc][3p] rule 15 (current text)
  vendorItemsSize: 'vendorItems may not be empty, vendorItems size must be between 1 and 10000', // [doc] rule 21
  vendorPermission: '업체정보의 권한을 확인하세요.', // [doc] request status / contract list errors
  couponId: (couponId: string) => `쿠폰아이디를 확인해주세요 ${couponId}`, // [3p] item creation errors ("208463****")
  cie00: '[CIE00] 유효하지 않은 옵션아이디 입니다.', // [doc] rule 22 (sandbox: option exists but is not approved)
  cir06: '[CIR06] 옵션 상품을 찾지 못했습니다.', // [doc] rule 22 (sandbox: unknown option, or not in the coupon on removal)
  cir08: '[CIR08] 해당 옵션은 이미 다른 쿠폰에 발행되어져 있습니다.', // [doc] rule 22
  /** [doc] download create errors ("contractId=15*" is the docs' masking); reused for every unknown contract. */
  contractNotOwned: (contractId: string, vendorId: string) => `contractId=${contractId} (으)로 계약이 판매자=${vendorId} 에 속하지 않습니다.`,
  required: (field: string) => `${field} 은 필수임`, // [sbx] modelled on "createCouponRequest.title 은 필수임"
  nameTooLong: 'name 은 최대 45자까지 입력 가능합니다.', // [sbx] limit from rule 15
  instantType: 'type 은 RATE, FIXED_WITH_QUANTITY, PRICE 중 하나여야 합니다.', // [sbx] enum from rule 15
  maxDiscountPrice: 'maxDiscountPrice 최소 10원 이상 입력 가능합니다.', // [sbx] doc prose "최소 10원 이상" (rule 15)
  endBeforeStart: 'endAt 은 startAt 이후여야 합니다.', // [sbx]
  wowExclusive: 'wowExclusive 는 true 또는 false 만 입력 가능합니다.', // [sbx] rule 19
  vendorItemsNumbers: 'vendorItems 에는 옵션ID(숫자)만 입력 가능합니다.', // [sbx]
  couponEnded: (couponId: string) => `사용종료된 쿠폰입니다. 쿠폰아이디를 확인해주세요 ${couponId}`, // [sbx]
  itemNotFound: '쿠폰아이템을 찾을 수 없습니다.', // [sbx]
  targetMonthPattern: 'targetMonth 패턴을 확인하세요. yyyy-MM', // [sbx] modelled on the startAt text

  // --- parameter binding (all FMS list/lookups) ---
  missingParam: (type: 'String' | 'Long', name: string) => `Required ${type} parameter '${name}' is not present`, // [spring]
  notANumber: (type: 'int' | 'long', value: string) =>
    `Failed to convert value of type 'java.lang.String' to required type '${type}'; nested exception is java.lang.NumberFormatException: For input string: "${value}"`, // [spring]
  pageIndex: 'Page index must not be less than zero!', // [spring] Spring Data PageRequest
  pageSize: 'Page size must not be less than one!', // [spring] Spring Data PageRequest
  sort: (value: string) => `Invalid value '${value}' for orders given! Has to be either 'desc' or 'asc' (case insensitive).`, // [spring] Sort.Direction
  statusEnum: (value: string, allowed: readonly string[]) => `Invalid value '${value}' for status: has to be one of ${allowed.join(', ')}`, // [sbx]
  typeEnum: (value: string) => `Invalid value '${value}' for type: has to be couponItemId or vendorItemId`, // [sbx] rule 26
  actionEnum: (value: string) => `Invalid value '${value}' for action: has to be expire`, // [sbx] rule 24

  // --- download coupons (marketplace_openapi) ---
  dlStartAt: 'startAt 패턴을 확인하세요. yyyy-MM-dd HH:mm:ss, 프로모션 기간을 확인해주세요.', // [doc] (also used for a start < now + 1 h, rule 38)
  dlEndAt: 'endAt 패턴을 확인하세요. yyyy-MM-dd HH:mm:ss, 프로모션 기간을 확인해주세요.', // [doc] (also end <= start or past the contract)
  dlTitle: 'createCouponRequest.title 은 빈칸임. createCouponRequest.title 은 필수임', // [doc]
  dlAmountUnit: (i: number) => `policies[${i}] 금액 정보는 10원 단위로 입력해야 합니다.`, // [doc] rule 34-35
  dlMaxPerDaily: (i: number) => `policies[${i}].maxPerDaily 1~9999 양수만 입력 가능합니다.`, // [doc] rule 34
  dlRate: (i: number) => `policies[${i}].discount 1~99 양수만 입력 가능합니다.`, // [sbx] range from rule 34, phrasing of maxPerDaily's
  dlPolicyType: (i: number) => `policies[${i}].typeOfDiscount 는 RATE 또는 PRICE 만 입력 가능합니다.`, // [sbx]
  dlPoliciesSize: 'policies may not be empty, policies size must be between 1 and 3', // [sbx] rule 33, javax style of rule 21
  dlMixedTypes: '동일 쿠폰의 정책은 모두 같은 할인방식(typeOfDiscount)이어야 합니다.', // [sbx] rule 33
  dlCouponType: 'couponType 은 DOWNLOAD 만 입력 가능합니다.', // [sbx] rule 36
  dlDeleted: '삭제된 프로모션 입니다.', // [doc] rule 42/50 (also unknown coupons: the doc's fix says "check couponId")
  dlCouponItemsEmpty: 'couponItems may not be empty', // [sbx]
  dlVendorItemIdsSize: 'vendorItemIds may not be empty, vendorItemIds size must be between 1 and 100', // [sbx] limit from rule 41
  dlItemsLocked: '쿠폰 적용 상품은 쿠폰 시작 후 변경할 수 없습니다.', // [sbx] rule 40
  dlExpireMissing: 'expire할 쿠폰이 존재하지 않습니다.', // [doc] rule 44 (HTTP 500)
  dlExpireListEmpty: 'expireCouponList may not be empty', // [sbx]
  dlExpireReason: 'reason 은 expired 만 입력 가능합니다.', // [sbx] rule 44
  dlAlreadyExpired: '이미 파기된 쿠폰입니다.', // [sbx]
  dlSystemError: '시스템 오류', // [doc] rule 45 (HTTP 500); also unknown coupon on the single lookup (family habit)
  /** [doc] rule 45; "(14434486 외 2건)" = the first other coupon and how many more. */
  cir14: (otherCouponIds: string[]) =>
    `[CIR14] 해당 옵션은 이미 다른 쿠폰(${otherCouponIds[0]}${otherCouponIds.length > 1 ? ` 외 ${otherCouponIds.length - 1}건` : ''})에 발행되어져 있습니다.`,
  /** [sbx] errorCode of a FAIL element: the docs name the field ("error category") but show no value. */
  dlErrorCode: 'BAD_REQUEST',
} as const;

/** Admin-only notes (never sent to API clients): why a request ended the way it did. */
export const COUPON_NOTES = {
  budgetUsedUp: (contractId: string, month: string) =>
    `contract ${contractId} has used up its ${month} budget; Coupang documents no reason text for COUPON_PUBLISH failures, so the status shows FAIL only`,
  published: (couponId: string) => `coupon ${couponId} created`,
  expired: (couponId: string) => `coupon ${couponId} expired`,
  alreadyEnded: (couponId: string) => `coupon ${couponId} had already ended`,
  items: (ok: number, failed: number) => `${ok} option(s) done, ${failed} failed`,
  downloadDestroyed: (couponId: string) => `adding items failed, so download coupon ${couponId} was destroyed (rule 42)`,
  expireRefused: (couponId: string, pending: string[]) => `expire of coupon ${couponId} refused (data.success=false): request(s) ${pending.join(', ')} still REQUESTED (rule 23)`,
} as const;
