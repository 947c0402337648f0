// Limits of Coupang's settlement APIs (settlement.json, rules-orders.md 95-97), for the service,
// the CLI and the screen alike.

/** Revenue history: recognitionDateFrom..To at most 31 days (read as 31 calendar days, both ends included). */
export const REVENUE_MAX_DAYS = 31;
/** Revenue history: maxPerPage 1..50, default 50. */
export const REVENUE_MAX_PER_PAGE = 50;
/** The longest period the app fetches in one go (12 windows of 31 days). */
export const SETTLEMENT_MAX_PERIOD_DAYS = 372;

export const SALE_TYPE_KO: Record<string, string> = { SALE: '주문', REFUND: '반품' };

export const SETTLEMENT_TYPE_KO: Record<string, string> = {
  MONTHLY: '월 정산',
  WEEKLY: '주 정산',
  ADDITIONAL: '추가 지급',
  RESERVE: '최종액 지급',
};

/** settlement.json: DONE = 지급 완료; SUBJECT's label was not captured — shown as 지급 예정. */
export const PAYOUT_STATUS_KO: Record<string, string> = { DONE: '지급 완료', SUBJECT: '지급 예정' };
