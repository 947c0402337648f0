// Which seller action each return / exchange state allows, and the numbers those actions send.
// One pure module, so the screen (buttons), the main process (checks before sending) and the CLI
// agree. Every gate names its source in the reference (rules-orders.md, endpoints/*.json).
import { addKstDays, kstDaysBetween } from '../kst';
import { EXCHANGE_REJECT_CODES, type ExchangeRejectCode } from './labels';

/** The period a returns sync reads when none is chosen (the screen's default period too). */
export const RETURNS_LOOKBACK_DAYS = 30;
/** The app fetches that period on its own: shortly after start, then this often. */
export const RETURNS_REFRESH = { firstDelayMs: 30_000, intervalMs: 15 * 60_000 };

export interface ReturnLike {
  receiptType: string;
  receiptStatus: string;
  /** returnItems[].releaseStatus of every item (Y 출고됨, N 미출고, S 출고중지됨, A 이미출고됨). */
  releaseStatuses: readonly string[];
  /** The customer withdrew it (returns.listWithdrawals*): nothing can be done any more. */
  withdrawn: boolean;
}

export type ReturnAction = 'confirmReceipt' | 'approve' | 'registerPickup' | 'markAlreadyShipped' | 'stopShipment';

/**
 * rules-orders.md 52: stop-shipment / already-shipped apply to RELEASE_STOP_UNCHECKED, or to
 * RETURNS_UNCHECKED whose items are still unreleased (releaseStatus "N").
 */
export function isOpenReleaseStop(r: ReturnLike): boolean {
  if (r.withdrawn || r.receiptType !== 'RETURN') return false;
  if (r.receiptStatus === 'RELEASE_STOP_UNCHECKED') return true;
  return r.receiptStatus === 'RETURNS_UNCHECKED' && r.releaseStatuses.length > 0 && r.releaseStatuses.every((s) => s === 'N');
}

/** Why an action is not possible now, in Korean; null when it is. */
export function returnActionBlockKo(r: ReturnLike, action: ReturnAction): string | null {
  if (r.withdrawn) return '고객이 철회한 반품입니다.';
  if (r.receiptType !== 'RETURN') return '취소 접수건은 반품 처리 대상이 아닙니다.';
  switch (action) {
    // returns.json confirmReceipt: "Only receipts with receiptStatus RETURNS_UNCHECKED (반품접수)";
    // goods that never left (a release stop) cannot come back: answer the stop first.
    case 'confirmReceipt':
      if (r.receiptStatus !== 'RETURNS_UNCHECKED') return '입고 확인은 반품접수(RETURNS_UNCHECKED) 상태에서만 할 수 있습니다.';
      return isOpenReleaseStop(r) ? '아직 출고되지 않은 출고중지요청입니다. 출고중지 또는 이미출고 처리를 먼저 하세요.' : null;
    // returns.json approve: "Only receipts with receiptStatus VENDOR_WAREHOUSE_CONFIRM (입고완료)".
    case 'approve':
      return r.receiptStatus === 'VENDOR_WAREHOUSE_CONFIRM' ? null : '반품 승인은 입고완료(VENDOR_WAREHOUSE_CONFIRM) 상태에서만 할 수 있습니다. 먼저 입고 확인을 하세요.';
    // rules-orders.md 74: "returns only in RETURNS_UNCHECKED".
    case 'registerPickup':
      if (r.receiptStatus !== 'RETURNS_UNCHECKED') return '회수 송장은 반품접수(RETURNS_UNCHECKED) 상태에서만 등록할 수 있습니다.';
      return isOpenReleaseStop(r) ? '아직 출고되지 않은 출고중지요청이라 회수할 상품이 없습니다.' : null;
    case 'markAlreadyShipped':
    case 'stopShipment':
      return isOpenReleaseStop(r) ? null : '출고중지·이미출고 처리는 출고중지요청(또는 미출고 반품접수) 건에만 할 수 있습니다.';
  }
}

export function returnActions(r: ReturnLike): Record<ReturnAction, boolean> {
  const out = {} as Record<ReturnAction, boolean>;
  for (const a of ['confirmReceipt', 'approve', 'registerPickup', 'markAlreadyShipped', 'stopShipment'] as const) out[a] = returnActionBlockKo(r, a) === null;
  return out;
}

/**
 * cancelCount of returns.approve (and stop-shipment): the total quantity of ALL items of the
 * receipt (A×5 + B×2 → 7, rules-orders.md 55/70), which Coupang also sends as cancelCountSum.
 * A different number is refused ('취소반품접수수량과 cancelCount가 일치하지 않습니다').
 */
export function approveCancelCount(items: ReadonlyArray<{ cancelCount: number }>, cancelCountSum?: number | null): number {
  const total = items.reduce((n, i) => n + (Number.isInteger(i.cancelCount) && i.cancelCount > 0 ? i.cancelCount : 0), 0);
  // The items are the definition; cancelCountSum stands in when a copy of the receipt has none.
  if (total > 0) return total;
  return cancelCountSum !== undefined && cancelCountSum !== null && Number.isInteger(cancelCountSum) && cancelCountSum > 0 ? cancelCountSum : 0;
}

/** Whether `cancelCount` is the one Coupang accepts for this receipt. */
export function isValidApproveCount(items: ReadonlyArray<{ cancelCount: number }>, cancelCount: number, cancelCountSum?: number | null): boolean {
  return Number.isInteger(cancelCount) && cancelCount > 0 && cancelCount === approveCancelCount(items, cancelCountSum);
}

// ---------------------------------------------------------------- exchanges

export interface ExchangeLike {
  exchangeStatus: string;
  collectStatus: string;
  /** The list's own flags, when Coupang sent them. */
  rejectable: boolean | null;
  deliveryInvoiceModifiable: boolean | null;
  /** The replacement's new shipmentBoxId (deliveryInvoiceGroupDtos), null before the receipt confirmation. */
  newShipmentBoxId: string | null;
}

export type ExchangeAction = 'confirmReceipt' | 'reject' | 'uploadInvoice' | 'registerPickup';

export function exchangeActionBlockKo(e: ExchangeLike, action: ExchangeAction): string | null {
  switch (action) {
    // order-states.json: exchanges.confirmReceipt moves RECEIPT → PROGRESS.
    case 'confirmReceipt':
      return e.exchangeStatus === 'RECEIPT' ? null : '입고 확인은 교환 접수(RECEIPT) 상태에서만 할 수 있습니다.';
    // order-states.json: RECEIPT|PROGRESS → REJECT, "check 'rejectable'".
    case 'reject':
      if (e.exchangeStatus !== 'RECEIPT' && e.exchangeStatus !== 'PROGRESS') return '교환 거부는 접수 또는 진행 중인 교환에만 할 수 있습니다.';
      return e.rejectable === false ? '쿠팡이 이 교환을 거부할 수 없다고 알려 왔습니다 (교환 상품 발송 후 등).' : null;
    // exchanges.json uploadInvoice: "only after receipt confirmation, when collectStatus is
    // CompleteCollect", on the NEW shipmentBoxId.
    case 'uploadInvoice':
      if (e.exchangeStatus !== 'PROGRESS' || e.collectStatus !== 'CompleteCollect') return '교환 송장은 입고 확인 후(회수 상태: 업체전달완료)에만 등록할 수 있습니다.';
      if (!e.newShipmentBoxId) return '교환 배송번호가 아직 만들어지지 않았습니다. 입고 확인 후 최대 10분 뒤 다시 동기화하세요.';
      return e.deliveryInvoiceModifiable === false ? '지금은 교환 송장을 등록할 수 없습니다 (입고 확인 후 최대 10분이 지나야 하고, 이미 등록한 송장은 바꿀 수 없습니다).' : null;
    // rules-orders.md 74: exchanges only while collectStatus is BeforeDirection.
    case 'registerPickup':
      return e.exchangeStatus === 'RECEIPT' && e.collectStatus === 'BeforeDirection' ? null : '교환 회수 송장은 회수연동 전(BeforeDirection)에만 등록할 수 있습니다.';
  }
}

export function exchangeActions(e: ExchangeLike): Record<ExchangeAction, boolean> {
  const out = {} as Record<ExchangeAction, boolean>;
  for (const a of ['confirmReceipt', 'reject', 'uploadInvoice', 'registerPickup'] as const) out[a] = exchangeActionBlockKo(e, a) === null;
  return out;
}

/** rules-orders.md 83: only SOLDOUT or WITHDRAW. */
export function isExchangeRejectCode(value: unknown): value is ExchangeRejectCode {
  return typeof value === 'string' && (EXCHANGE_REJECT_CODES as readonly string[]).includes(value);
}

// ---------------------------------------------------------------- query windows

/** returns.listRequests: at most 31 days per call (rules-orders.md 64); kept short because big ranges time out. */
export const RETURN_LIST_MAX_DAYS = 31;
/** exchanges.listRequests: at most 7 days (rules-orders.md 78). */
export const EXCHANGE_LIST_MAX_DAYS = 7;
/** returns.listWithdrawalsByPeriod: at most 7 days, both ends included (rules-orders.md 67). */
export const WITHDRAWAL_LIST_MAX_DAYS = 7;

/**
 * [from, to] (KST days, both included) cut into windows of at most `days` calendar days, oldest
 * first. A window of 7 days spans from its first day 00:00 to its last day 23:59:59.
 */
export function dayWindows(from: string, to: string, days: number): Array<{ from: string; to: string }> {
  const out: Array<{ from: string; to: string }> = [];
  if (days < 1 || kstDaysBetween(from, to) < 0) return out;
  for (let start = from; kstDaysBetween(start, to) >= 0; start = addKstDays(start, days)) {
    const end = addKstDays(start, days - 1);
    out.push({ from: start, to: kstDaysBetween(end, to) > 0 ? end : to });
  }
  return out;
}
