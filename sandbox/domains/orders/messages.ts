// Texts of the order APIs. Sources:
//  [doc]  ../shared/coupang-api/endpoints/orders.json (errors, examples, result-code tables) or
//         the Korean article pages in seeds/coupang-openapi-ko.txt
//  [2019] the 2019 docs (optionalg/coupang-developers.github.io, season-2), same wording family
//  [3p]   an integrator's notes taken from live calls (public code corpus, "실측" notes): Coupang's
//         wording as quoted there, not re-verified
//  [sbx]  the docs name the rule but give no text: chosen by the sandbox, kept in the style of the
//         documented neighbours
import type { SheetStatus } from './types';

export const ORDER_MESSAGES = {
  // ---- order sheet queries ----
  /** [doc] listByDay errors; note the missing space before 31. */
  rangeOver31Days: 'endTime-startTime range should less than31.',
  /** [3p] per-minute list over 24 hours ("24시간 이상 조회 시 에러가 발생합니다" [doc] gives no text). */
  rangeOverOneDay: 'range should less than 1 day',
  /** [3p] a required query parameter (status, createdAtFrom/To) left out. */
  missingParams: 'required parameters are missing',
  badStatus: (value: string) => `status is invalid: ${value}`, // [sbx]
  badDate: (name: string, value: string) => `${name} is invalid: ${value}`, // [sbx]
  badNextToken: (value: string) => `nextToken is invalid: ${value}`, // [sbx]
  /** [doc] getByShipmentBoxId on a cancelled or returned order. */
  cancelledOrReturned: '해당 주문이 취소 또는 반품되었습니다.',
  /** [doc] wording of the acknowledgement's NOT_FOUND_SHIPMENT_BOX result, reused for single queries. */
  shipmentBoxNotFound: (id: string) => `shipmentBoxId (${id}) is not found.`,
  orderNotFound: (id: string) => `orderId (${id}) is not found.`, // [sbx] same pattern
  notANumber: (name: string, value: string) => `${name} must be a number: ${value}`, // [sbx]

  // ---- writes, common ----
  /** [doc] places.json wording for a body vendorId that is not the caller's; assumed shared by the openapi backends. */
  vendorMismatch: "params's vendorId not equals gateway's vendorId!",
  bodyRequired: (field: string) => `${field} is required`, // [sbx]

  // ---- acknowledgement ----
  /** [doc] responseCode 99: not ACCEPT any more, or a refund (full/partial cancel) in progress. */
  cannotChangeStatus: '배송상태를 변경할 수 없습니다. 주문내역을 확인해주세요.',
  ackSucceeded: 'request succeeded.', // [doc] example
  /** [doc] "apply instructStatus result - Partial errors."; the other overall texts follow the responseCode table [2019]. */
  ackOverall: { 0: 'apply instructStatus result - All succeeded.', 1: 'apply instructStatus result - Partial errors.', 99: 'apply instructStatus result - All Failed.', [-1]: 'apply instructStatus result - None.' } as Record<number, string>,
  tooManyShipmentBoxes: 'shipmentBoxIds must contain at most 50 shipmentBoxIds per request', // [sbx] (docs: max 50; larger arrays time out)

  // ---- invoice upload / update: per-shipment resultMessage ([doc] result-code table) ----
  invalidStatus: (shipmentBoxId: string, orderId: string) => `배송진행상태가 유효하지 않습니다. [합포장번호 : ${shipmentBoxId}] [주문번호 : ${orderId}]`, // [doc] FAQ example
  invoiceReupload: (shipmentBoxId: string) => `이미 저장된 송장번호가 있어, 송장번호 등록이 불가능합니다. (동일송장번호 업로드 조건 : 수취인정보 동일) [합포장번호 : ${shipmentBoxId}]`, // [doc]
  notFoundShipmentBox: '존재하지 않는 송장번호입니다.', // [doc] table (sic: it says waybill)
  invalidInvoiceNumber: '송장번호가 유효하지 않습니다.', // [doc] table
  orderCanceled: '취소된 주문건입니다.', // [doc] table, ORDER_DELIVERY_CANCELED for cancelled orders
  stopRequested: '출고중지 요청건입니다.', // [doc] table, ORDER_DELIVERY_CANCELED at INSTRUCT / ORDER_DELIVERY_PARTIAL_STOP_REQUESTED
  holdingForCancel: '취소대기상태의 주문건입니다.', // [doc] table
  notFoundInvoiceNumber: '이미 출고 예정일이 등록된 상품이어서 운송장 번호를 입력하셔야 합니다.', // [doc] table
  notFoundVendorItem: '합포장건 중 누락된 상품이 있습니다.', // [doc] table
  notAllowVendorDirect: '업체직송은 분리배송 할 수 없습니다.', // [doc] table
  psdNotAllowToChange: '출고예정일은 최초 등록 이후 변경 할 수 없습니다.', // [doc] table
  notAllowSeparateAfterNormal: '일반배송 접수 후 분리배송을 다시 할 수 없습니다.', // [doc] table
  separateMustBeTrue: '분리배송 접수 후 일반배송으로 처리 할 수 없습니다. 분리배송 여부를 Y로 수정하시기 바랍니다.', // [doc] table
  notAllowSeparateOneItem: '상품이 한가지인 경우 분리배송 할 수 없습니다.', // [doc] table
  /** [doc] a wrong deliveryCompanyCode fails the whole call. */
  internalException: '500 internal exception',

  // ---- stop shipment / already shipped ----
  stopShipmentDone: '출고중지완료요청이 성공하였습니다', // [doc] example (no final period)
  alreadyShippedDone: '이미출고 상태변경이 성공하였습니다.', // [doc] example
  alreadyReturned: 'Product is already returned.', // [doc] English page wording
  cancelCountMismatch: '[INTERNAL_SERVER_ERROR] 취소반품접수수량과 cancelCount가 일치하지 않습니다.', // [doc] FAQ
  duplicateInvoiceNoComma: '이미 저장된 송장번호가 있어 송장번호 등록이 불가능합니다. (동일송장번호 업로드 조건 : 수취인정보 동일)', // [doc] markAlreadyShipped errors
  receiptNotFound: (id: string) => `receiptId (${id}) is not found.`, // [sbx]
  receiptNotReleaseStop: (id: string) => `receiptId (${id}) is not a release-stop request.`, // [sbx]

  // ---- cancelOrderItems ([doc] errors) ----
  cancel: {
    orderIdMissing: '주문 ID를 입력해 주세요.',
    vendorItemIdsMissing: '취소할 벤더아이템 아이디 목록을 입력해주세요.',
    /** [doc] newer copies spell 아이템 (older: 아이탬). */
    receiptCountsMissing: '취소할 아이템 개수 목록을 입력해주세요.',
    countsMismatch: '요청한 상품 개수와 취소 개수를 확인해주세요.',
    bigCodeMissing: '취소사유 대분류 코드를 입력해주세요.',
    bigCodeInvalid: '취소사유 대분류 코드를 확인해 주세요.',
    middleCodeMissing: '취소사유 중분류 코드를 입력해주세요.',
    middleCodeInvalid: '취소사유 중분류 코드를 확인해 주세요.',
    vendorIdInvalid: '업체 ID를 입력해주세요.',
    userIdInvalid: '업체 ID에 맞는 올바른 유저 ID를 입력해주세요.',
    orderNotFound: '주문 정보가 없습니다.',
    itemNotFound: '주문정보가 없습니다.',
    tooMany: '취소 가능한 개수보다 요청한 개수가 더 많습니다.',
    wrongState: '해당 벤더아이템이 결제완료/상품지시 중 상태가 아닙니다.',
    /** [doc] "cancelling an ACCEPT item failed"; used for items of another shipment box than the request's. */
    failed: '취소요청 중 오류가 발생하였습니다.',
  },

  // ---- completeLongTermUndelivery ----
  /** [doc] "배송완료 처리 실패. 배송상태: INSTRUCT" / "...: DEPARTURE" (the latter also for a wrong waybill or < 30 days). */
  longTermFailed: (status: SheetStatus | string) => `배송완료 처리 실패. 배송상태: ${status}`,
} as const;

/** tables/order-states.json / orders.json enums: the Korean labels of the statuses. */
export const STATUS_LABELS: Record<SheetStatus, string> = {
  ACCEPT: '결제완료',
  INSTRUCT: '상품준비중',
  DEPARTURE: '배송지시',
  DELIVERING: '배송중',
  FINAL_DELIVERY: '배송완료',
  // The history example shows no NONE_TRACKING row; the courier table calls DIRECT 업체직송.
  NONE_TRACKING: '업체직송',
};
