// Every problem is one row, one column, one code, one message. The codes are stable: the CLI's
// JSON and the screens use them.
export const PROBLEM_CODES = [
  'MISSING_COLUMN',
  'MISSING_VALUE',
  'BAD_ID',
  'UNKNOWN_CARRIER',
  'CARRIER_CLOSED',
  'INVOICE_FORMAT',
  'INVOICE_LENGTH',
  'SCIENTIFIC_NOTATION',
  'DUPLICATE_ROW',
  'INVOICE_REUSED',
  'ORDER_NOT_FOUND',
  'ORDER_STATE',
  'ALREADY_INVOICED',
  'CANCEL_REQUESTED',
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

export interface Problem {
  /** Spreadsheet row number (the header is row 1 unless title rows come first). */
  row: number;
  /** The column as the file names it (its header), or the field's Korean name when it has none. */
  column: string;
  code: ProblemCode;
  message: string;
  /** What the screen can offer: acknowledge ACCEPT orders first, or send as an invoice correction. */
  fix?: 'acknowledge' | 'correct';
}

export const PROBLEM_LABEL_KO: Record<ProblemCode, string> = {
  MISSING_COLUMN: '열 없음',
  MISSING_VALUE: '값 없음',
  BAD_ID: '잘못된 번호',
  UNKNOWN_CARRIER: '모르는 택배사',
  CARRIER_CLOSED: '쓸 수 없는 택배사',
  INVOICE_FORMAT: '송장번호 형식',
  INVOICE_LENGTH: '송장번호 자릿수',
  SCIENTIFIC_NOTATION: '지수 표기(숫자 손실)',
  DUPLICATE_ROW: '중복 행',
  INVOICE_REUSED: '다른 수취인에 같은 송장',
  ORDER_NOT_FOUND: '주문 없음',
  ORDER_STATE: '보낼 수 없는 상태',
  ALREADY_INVOICED: '이미 송장 등록됨',
  CANCEL_REQUESTED: '취소·출고중지 요청',
};

/** Excel's exponent display of a long number (6.80405E+11): the digits after the 6th are gone. */
export const SCIENTIFIC = /^[+-]?\d+(\.\d+)?e[+-]?\d+$/i;

export function scientificMessageKo(what: string, raw: string): string {
  return `${what} '${raw}'는 엑셀이 긴 숫자를 지수 표기로 바꾼 값이라 뒷자리 숫자가 사라졌습니다. 엑셀에서 이 열을 '텍스트' 형식으로 바꾸고 원본 번호를 다시 넣어 저장하세요.`;
}
