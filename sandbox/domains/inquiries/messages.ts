// Texts of the CS APIs (cs.json). Sources:
//  [doc]    ../shared/coupang-api/endpoints/cs.json errors, or the Korean article pages in
//           seeds/coupang-openapi-ko.txt
//  [spring] Spring MVC's missing-parameter text, which Coupang's Java backends answer with (the
//           coupons and revenue-history pages show it); shared wording with domains/coupons
//  [sbx]    the docs name the rule but give no text: chosen by the sandbox, in the style of the
//           documented neighbours

export const INQUIRY_MESSAGES = {
  missingParam: (name: string) => `Required String parameter '${name}' is not present`, // [spring]
  badEnum: (name: string, value: string) => `${name} is invalid: ${value}`, // [sbx]
  badDate: (name: string, value: string) => `${name} is invalid: ${value}`, // [sbx] (same as orders' badDate)
  /** [doc] 쿠팡 고객센터 문의조회 page: "조회 기간은 최대 7일까지 설정 가능합니다." (same limit on the product list). */
  windowOver7Days: '조회 기간은 최대 7일까지 설정 가능합니다.',
  startAfterEnd: 'inquiryStartAt must not be after inquiryEndAt', // [sbx]
  /** [sbx] call-center list with neither a complete date pair nor a vendorItemId (rule 90). */
  datesOrVendorItemId: 'inquiryStartAt and inquiryEndAt, or vendorItemId, must be given',
  notANumber: (name: string, value: string) => `${name} must be a number: ${value}`, // [sbx]
  inquiryNotFound: (id: string) => `inquiryId (${id}) is not found.`, // [sbx] (orders' not-found pattern)

  // ---- replies / confirm ----
  /** [doc] places.json wording for a body vendorId that is not the caller's; assumed shared by the openapi backends. */
  vendorMismatch: "params's vendorId not equals gateway's vendorId!",
  bodyRequired: (field: string) => `${field} is required`, // [sbx]
  /** [sbx] rule 89: "newest glossary: 2–1,000 characters". */
  contentLength: 'content must be between 2 and 1000 characters',
  /** [sbx] product Q&A: one answer per inquiry, never edited (rule 89); the docs print no text. */
  alreadyAnswered: (id: string) => `inquiryId (${id}) has already been answered.`,
  /** [sbx] body inquiryId of a call-center reply that is not the path's. */
  inquiryIdMismatch: 'inquiryId in the body must be the same as in the path',
  /** [sbx] the reply page's error section starts "The parentAnswerId is …" (seeds heuristic); rest not captured. */
  parentAnswerId: 'The parentAnswerId is not valid.',
  /** [doc] call-center reply (and confirm) outside 미답변. */
  cannotAnswer: "The inquiry can't be answer. It can do only inquiryStatus:progress, partnerTransferStatus:requestAnswer",
  /** [doc] confirm of a closed inquiry (confirmed already, 24 h passed, closed by a counsellor). */
  closed522: 'This inquiry has closed. -522 (상담이 종료된 문의입니다 - 522 )',
} as const;
