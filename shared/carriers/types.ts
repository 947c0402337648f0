export type InvoiceDigitsRule =
  | { lengths: number[] } // exact digit counts (e.g. CJ대한통운 10 or 12)
  | { min: number; max: number } // a range (e.g. 경동 8~16)
  | { any: true } // digits only, any length (e.g. 업체직송)
  | { ems: true } // 2 letters + digits + 2-letter country code
  | null; // the table does not document it

export interface CarrierRow {
  code: string;
  nameKo: string;
  status: 'active' | 'merged' | 'closed';
  digits: InvoiceDigitsRule;
  examples: string[];
}
