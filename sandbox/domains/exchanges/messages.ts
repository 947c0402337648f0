// Texts of the exchange APIs. Sources:
//  [doc]    ../shared/coupang-api/endpoints/exchanges.json (errors, examples) and rules-orders.md
//  [ret]    the wording of the return-withdrawal query (returns.json) for the same rule (a 7-day
//           window), assumed shared by the same backend family
//  [sbx]    the docs name the rule but give no text: chosen by the sandbox
import { RETURN_MESSAGES } from '../returns/messages';

export const EXCHANGE_MESSAGES = {
  missingParams: RETURN_MESSAGES.missingParams, // [orders] via returns
  badDate: RETURN_MESSAGES.badDate, // [sbx]
  dateOrder: RETURN_MESSAGES.dateOrder, // [ret]
  over7Days: RETURN_MESSAGES.over7Days, // [ret]
  badStatus: (value: string) => `status is invalid: ${value}`, // [sbx]
  badNextToken: RETURN_MESSAGES.badNextToken, // [sbx]
  notANumber: RETURN_MESSAGES.notANumber, // [sbx]
  notFound: (id: string) => `exchangeId (${id}) is not found.`, // [sbx]
  /** [sbx] order-states.json: confirmation moves RECEIPT → PROGRESS only. */
  notReceipt: (id: string, status: string) => `exchangeId (${id}) is not RECEIPT: ${status}`,
  /** [sbx] order-states.json: RECEIPT|PROGRESS → REJECT, "check 'rejectable'". */
  notRejectable: (id: string, status: string) => `exchangeId (${id}) is not rejectable: ${status}`,
  /** [sbx] exchanges.json: "only SOLDOUT or WITHDRAW accepted". */
  badRejectCode: (value: string) => `exchangeRejectCode is invalid (SOLDOUT, WITHDRAW): ${value}`,
  /** [sbx] exchanges.json: waybill "allowed only after receipt confirmation, when collectStatus CompleteCollect". */
  notCollected: (id: string, status: string, collect: string) => `exchangeId (${id}) is not ready for an invoice: ${status} / ${collect}`,
  /** [doc] FAQ, quoted up to its "……" (the rest is not in the available copies). */
  notApplicable: (shipmentBoxId: string, status: string) => `shipmentBoxId (${shipmentBoxId})'s status [${status}] is not suitable for applyInvoice. Only INSTRUCT status shipment can be called with applyInvoice`,
  /** [sbx] the body must be a JSON array (exchanges.json). */
  arrayRequired: 'request body must be a JSON array of exchange invoices',
  /** [doc] examples. */
  rejectDone: '요청 처리완료',
  invoiceDone: 'Invoice number save successfully',
} as const;
