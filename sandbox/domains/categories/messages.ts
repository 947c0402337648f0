// Error texts of the category APIs. Sources:
//  [doc]  endpoints/categories.json `errors` (Coupang's wording)
//  [sbx]  the docs document the rule or case but no text: chosen by the sandbox, short and plain
export const CATEGORY_MESSAGES = {
  /** [sbx] unknown display category code on get / status / meta. */
  notFound: (code: string) => `노출카테고리[${code}]가 존재하지 않습니다.`,
  /** [sbx] meta of an internal (non-leaf) node: only leaf categories carry meta (rule 93). */
  notLeaf: (code: string) => `노출카테고리[${code}]는 최하위 카테고리가 아닙니다.`,
  /** [sbx] categorization/predict without productName (the body field is required). */
  productNameRequired: 'productName is required',
} as const;
