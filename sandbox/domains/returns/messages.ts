// Texts of the return/cancel queries. returns.json documents no error texts for them, so:
//  [orders] the wording Coupang uses for the same rule on the order-sheet lists (see
//           ../orders/messages.ts for its source), assumed shared by the same backend family
//  [sbx]    chosen by the sandbox
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
} as const;
