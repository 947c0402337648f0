// Texts of the return APIs. Sources:
//  [doc]    ../shared/coupang-api/endpoints/returns.json (errors, examples)
//  [orders] the wording Coupang uses for the same rule on the order APIs (see ../orders/messages.ts
//           for its source), assumed shared by the same backend family
//  [sbx]    the docs name the rule but give no text: chosen by the sandbox
import { ORDER_MESSAGES } from '../orders/messages';

export const RETURN_MESSAGES = {
  missingParams: ORDER_MESSAGES.missingParams, // [orders]
  rangeOver31Days: ORDER_MESSAGES.rangeOver31Days, // [orders]
  rangeOverOneDay: ORDER_MESSAGES.rangeOverOneDay, // [orders]
  badDate: ORDER_MESSAGES.badDate, // [sbx]
  badNextToken: ORDER_MESSAGES.badNextToken, // [sbx]
  badStatus: (value: string) => `status is invalid: ${value}`, // [sbx]
  badCancelType: (value: string) => `cancelType is invalid: ${value}`, // [sbx]
  /** [sbx] returns.json: with cancelType=CANCEL "omit status and orderId". */
  cancelTypeExclusive: 'status and orderId must be omitted when cancelType is CANCEL',
  /** [sbx] returns.json: orderId "required when status is omitted (daily mode)". */
  orderIdRequired: 'orderId is required when status is omitted',
  receiptNotFound: (id: string) => `receiptId (${id}) is not found.`, // [sbx]
  /** [sbx] returns.json getRequest: "cancellation receipt numbers are not supported". */
  cancelReceipt: (id: string) => `receiptId (${id}) is a cancellation receipt and cannot be queried.`,
  notANumber: ORDER_MESSAGES.notANumber, // [sbx]

  // ---- receipt confirmation / approval ----
  /** [doc] approval's only documented error, truncated in every available copy: used for unknown receipts. */
  noHistory: 'There is no history…',
  /** [sbx] returns.json: confirmation "only receipts with receiptStatus RETURNS_UNCHECKED". */
  notReturnsUnchecked: (id: string, status: string) => `receiptId (${id}) is not RETURNS_UNCHECKED: ${status}`,
  /** [sbx] returns.json: approval "only receipts with receiptStatus VENDOR_WAREHOUSE_CONFIRM". */
  notWarehouseConfirmed: (id: string, status: string) => `receiptId (${id}) is not VENDOR_WAREHOUSE_CONFIRM: ${status}`,
  /** [orders] the FAQ's cancelCount text (stop-shipment), the same rule for approval (rules-orders.md 70). */
  cancelCountMismatch: ORDER_MESSAGES.cancelCountMismatch,
  alreadyReturned: ORDER_MESSAGES.alreadyReturned, // [orders] English page wording
  vendorMismatch: ORDER_MESSAGES.vendorMismatch, // [orders]
  bodyRequired: ORDER_MESSAGES.bodyRequired, // [sbx]

  // ---- withdrawals ([doc] returns.listWithdrawalsByPeriod errors, 2019 texts) ----
  dateFromMissing: "Required String parameter 'dateFrom' is not present",
  dateToMissing: "Required String parameter 'dateTo' is not present",
  dateOrder: '종료일자는 시작일자보다 작거나 같아야 합니다.',
  over7Days: '최대 조회 기간은 7 일 입니다.(The maximum view duration is 7 days)',
  dateFormat: '날짜입력을 확인해 주세요. (형식:yyyy-MM-dd) [Please confirm the date input (format:yyyy-MM-dd)]',
  sizePerPage: '페이지별 최대 표시 갯수(sizePerPage)는 100 입니다. (The maximum number of indications per page (sizePerPage) is 100)',
  pageIndex: 'pageindex 는 음수 또는 0 일 수 없습니다. (pageindex can not be negative or 0)',
  /** [sbx] returns.json listWithdrawalsByIds: "at most 50 cancelIds per call; they must be numbers". */
  tooManyCancelIds: 'cancelIds must contain at most 50 cancelIds per request',
  cancelIdsRequired: 'cancelIds is required',
  cancelIdNotANumber: (value: string) => `cancelIds must be numbers: ${value}`,

  // ---- pickup waybill (회수 송장 등록) ----
  /** [doc] "A required field is missing (2019 doc)". */
  objectIsNull: 'Object is null',
  /** [sbx] returnExchangeDeliveryType must be RETURN or EXCHANGE. */
  badDeliveryType: (value: string) => `returnExchangeDeliveryType is invalid: ${value}`,
  /** [sbx] rules-orders.md 74: returns only in RETURNS_UNCHECKED. */
  pickupNotUnchecked: (id: string, status: string) => `receiptId (${id}) is not RETURNS_UNCHECKED: ${status}`,
  /** [sbx] rules-orders.md 74: exchanges only while collectStatus is BeforeDirection. */
  pickupNotBeforeDirection: (id: string, status: string) => `exchangeId (${id}) collectStatus is not BeforeDirection: ${status}`,
  exchangeNotFound: (id: string) => `exchangeId (${id}) is not found.`, // [sbx]
  /** [sbx] rules-orders.md 103: unsupported courier codes cause errors. */
  unknownCourier: (code: string) => `deliveryCompanyCode is invalid: ${code}`,
  invalidInvoiceNumber: ORDER_MESSAGES.invalidInvoiceNumber, // [orders]
} as const;
