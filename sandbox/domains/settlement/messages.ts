// Texts of the settlement APIs (settlement.json documents no errors). Sources:
//  [doc]    the revenue-history article page: its error section names "Required String parameter
//           … vendorId / token … is not present" (seeds heuristic column), Spring MVC's wording
//  [3p]     an integrator's notes from live calls: omitting token answers 400 "token cannot be
//           null" — the doc page's Spring text is used instead, both say the same thing
//  [spring] the same Spring text for the other required parameters
//  [sbx]    the docs give the limit but no text: chosen by the sandbox
export const SETTLEMENT_MESSAGES = {
  missingParam: (name: string) => `Required String parameter '${name}' is not present`, // [doc]/[spring]
  badDate: (name: string, value: string) => `${name} is invalid: ${value}`, // [sbx]
  fromAfterTo: 'recognitionDateFrom must not be after recognitionDateTo', // [sbx]
  /** [sbx] "최대 31일 이내로 입력" (rule 95). */
  rangeOver31Days: 'recognitionDateFrom ~ recognitionDateTo must be within 31 days',
  maxPerPage: 'maxPerPage must be between 1 and 50', // [sbx] (docs: min 1, max 50)
  badToken: (value: string) => `token is invalid: ${value}`, // [sbx]
  /** [doc] places.json wording for a vendorId that is not the caller's; assumed shared by the openapi backends. */
  vendorMismatch: "params's vendorId not equals gateway's vendorId!",
  badMonth: (value: string) => `revenueRecognitionYearMonth is invalid: ${value}`, // [sbx]
} as const;
