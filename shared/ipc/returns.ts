// IPC channels of the returns / exchanges screen (반품·교환). Like orders, reads answer from the
// local store (they work offline); sync and actions go to Coupang through the main process, and
// every action answers with what Coupang said and the record as re-read afterwards.
import { z } from 'zod';

const IdString = z.string().regex(/^\d{1,24}$/, 'ID는 숫자 문자열입니다.');
const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '날짜는 YYYY-MM-DD 형식입니다.');

export const ReturnFilter = z.object({
  /** ALL, OPEN (work left for the seller), or one receiptStatus. */
  status: z.string().trim().min(1).max(40).default('ALL'),
  /** Receipt / order number, requester name or product name. */
  search: z.string().trim().max(100).optional(),
  from: Day.optional(),
  to: Day.optional(),
});
export type ReturnFilter = z.infer<typeof ReturnFilter>;

export const ExchangeFilter = ReturnFilter;
export type ExchangeFilter = z.infer<typeof ExchangeFilter>;

const Actions = <T extends string>(names: readonly [T, ...T[]]) => z.object(Object.fromEntries(names.map((n) => [n, z.object({ allowed: z.boolean(), reasonKo: z.string().nullable() })])) as Record<T, z.ZodObject<{ allowed: z.ZodBoolean; reasonKo: z.ZodNullable<z.ZodString> }>>);

export const ReturnActionsView = Actions(['confirmReceipt', 'approve', 'registerPickup', 'markAlreadyShipped', 'stopShipment'] as const);
export const ExchangeActionsView = Actions(['confirmReceipt', 'reject', 'uploadInvoice', 'registerPickup'] as const);

export const ReturnRow = z.object({
  receiptId: IdString,
  orderId: IdString,
  receiptType: z.string(),
  receiptStatus: z.string(),
  receiptStatusKo: z.string(),
  /** 출고중지요청 (goods not shipped yet) rather than a return of delivered goods. */
  releaseStop: z.boolean(),
  createdAt: z.string(),
  modifiedAt: z.string().nullable(),
  requesterName: z.string(),
  productSummary: z.string(),
  cancelCountSum: z.number().int(),
  reasonCode: z.string().nullable(),
  reasonKo: z.string(),
  faultByType: z.string().nullable(),
  preRefund: z.boolean(),
  /** The customer withdrew it (it left Coupang's return list). */
  withdrawnAt: z.string().nullable(),
  updatedAt: z.string(),
});
export type ReturnRow = z.infer<typeof ReturnRow>;

export const ReturnDetail = ReturnRow.extend({
  paymentId: z.string().nullable(),
  requesterPhone: z.string(),
  requesterAddress: z.string(),
  requesterZipCode: z.string(),
  cancelReasonCategory1: z.string(),
  cancelReasonCategory2: z.string(),
  cancelReason: z.string(),
  faultKo: z.string(),
  releaseStopStatus: z.string().nullable(),
  returnDeliveryType: z.string().nullable(),
  completeConfirmType: z.string().nullable(),
  completeConfirmDate: z.string().nullable(),
  returnShippingCharge: z.number(),
  refundDeliveryDutyKo: z.string().nullable(),
  items: z.array(
    z.object({
      vendorItemId: z.string(),
      vendorItemName: z.string(),
      sellerProductName: z.string(),
      shipmentBoxId: z.string(),
      purchaseCount: z.number().int(),
      cancelCount: z.number().int(),
      releaseStatus: z.string().nullable(),
      releaseStatusKo: z.string(),
    }),
  ),
  pickups: z.array(z.object({ deliveryCompanyCode: z.string(), deliveryInvoiceNo: z.string() })),
  /** What approval will send as cancelCount: the receipt total. */
  approveCancelCount: z.number().int(),
  actions: ReturnActionsView,
  journal: z.array(z.object({ id: z.number().int(), action: z.string(), state: z.string(), messageKo: z.string(), createdAt: z.string(), finishedAt: z.string().nullable() })),
});
export type ReturnDetail = z.infer<typeof ReturnDetail>;

export const ExchangeRow = z.object({
  exchangeId: IdString,
  orderId: IdString,
  exchangeStatus: z.string(),
  exchangeStatusKo: z.string(),
  collectStatus: z.string(),
  collectStatusKo: z.string(),
  deliveryStatus: z.string(),
  deliveryStatusKo: z.string(),
  createdAt: z.string(),
  modifiedAt: z.string().nullable(),
  customerName: z.string(),
  productSummary: z.string(),
  quantity: z.number().int(),
  reasonCode: z.string().nullable(),
  reasonKo: z.string(),
  faultType: z.string().nullable(),
  newShipmentBoxId: z.string().nullable(),
  updatedAt: z.string(),
});
export type ExchangeRow = z.infer<typeof ExchangeRow>;

export const ExchangeDetail = ExchangeRow.extend({
  reasonEtcDetail: z.string(),
  cancelReason: z.string().nullable(),
  faultKo: z.string(),
  referType: z.string().nullable(),
  collectCompleteDate: z.string().nullable(),
  address: z.object({ name: z.string(), zipCode: z.string(), address: z.string(), addressDetail: z.string(), returnMobile: z.string().nullable(), deliveryMobile: z.string().nullable() }),
  items: z.array(z.object({ vendorItemId: z.string(), itemName: z.string(), quantity: z.number().int(), unitPrice: z.number(), originalShipmentBoxId: z.string() })),
  pickups: z.array(z.object({ deliveryCompanyCode: z.string(), deliveryInvoiceNo: z.string() })),
  shipments: z.array(z.object({ shipmentBoxId: z.string(), invoiceNumber: z.string(), deliverCode: z.string(), statusCode: z.string() })),
  rejectable: z.boolean().nullable(),
  deliveryInvoiceModifiable: z.boolean().nullable(),
  actions: ExchangeActionsView,
  journal: z.array(z.object({ id: z.number().int(), action: z.string(), state: z.string(), messageKo: z.string(), createdAt: z.string(), finishedAt: z.string().nullable() })),
});
export type ExchangeDetail = z.infer<typeof ExchangeDetail>;

export const WithdrawalRow = z.object({
  cancelId: IdString,
  orderId: IdString,
  withdrawnAt: z.string(),
  refundDeliveryDuty: z.string().nullable(),
  refundDeliveryDutyKo: z.string(),
  vendorItemIds: z.array(z.string()),
  /** What wingdesk stored of the return before it was withdrawn. */
  productSummary: z.string(),
  requesterName: z.string(),
});
export type WithdrawalRow = z.infer<typeof WithdrawalRow>;

export const ReturnsActionResult = z.object({
  /** done: Coupang confirmed; failed: refused (message says why); unknown: no answer — re-read, never resent blindly. */
  state: z.enum(['done', 'failed', 'unknown']),
  messageKo: z.string(),
});
export type ReturnsActionResult = z.infer<typeof ReturnsActionResult>;

const Waybill = { deliveryCompanyCode: z.string().trim().min(1, '택배사를 고르세요.'), invoiceNumber: z.string().trim().min(1, '송장번호를 입력하세요.').max(40) };

export const ReturnsSyncReport = z.object({ receipts: z.number().int(), exchanges: z.number().int(), withdrawals: z.number().int(), requests: z.number().int(), seconds: z.number() });

export const returnsContract = {
  'returns.list': {
    request: z.object({ filter: ReturnFilter, limit: z.number().int().min(1).max(5000).default(1000) }).strict(),
    response: z.object({ rows: z.array(ReturnRow), total: z.number().int(), counts: z.record(z.string(), z.number().int()) }),
  },
  'returns.detail': { request: z.object({ receiptId: IdString }).strict(), response: ReturnDetail },
  'returns.exchanges': {
    request: z.object({ filter: ExchangeFilter, limit: z.number().int().min(1).max(5000).default(1000) }).strict(),
    response: z.object({ rows: z.array(ExchangeRow), total: z.number().int(), counts: z.record(z.string(), z.number().int()) }),
  },
  'returns.exchangeDetail': { request: z.object({ exchangeId: IdString }).strict(), response: ExchangeDetail },
  'returns.withdrawals': {
    request: z.object({ from: Day.optional(), to: Day.optional(), limit: z.number().int().min(1).max(5000).default(1000) }).strict(),
    response: z.object({ rows: z.array(WithdrawalRow), total: z.number().int() }),
  },
  'returns.sync': { request: z.object({ from: Day.optional(), to: Day.optional() }).strict(), response: ReturnsSyncReport },
  'returns.syncState': {
    request: z.object({}).strict(),
    response: z.object({ running: z.boolean(), lastSyncAt: z.string().nullable(), lastErrorKo: z.string().nullable(), receipts: z.number().int(), exchanges: z.number().int(), withdrawals: z.number().int() }),
  },
  'returns.confirmReceipt': { request: z.object({ receiptId: IdString }).strict(), response: ReturnsActionResult },
  'returns.approve': { request: z.object({ receiptId: IdString }).strict(), response: ReturnsActionResult },
  'returns.registerPickup': {
    request: z.object({ kind: z.enum(['RETURN', 'EXCHANGE']), id: IdString, ...Waybill, regNumber: z.string().trim().max(40).optional() }).strict(),
    response: ReturnsActionResult,
  },
  'returns.markAlreadyShipped': { request: z.object({ receiptId: IdString, ...Waybill }).strict(), response: ReturnsActionResult },
  'returns.stopShipment': { request: z.object({ receiptId: IdString }).strict(), response: ReturnsActionResult },
  'returns.exchangeConfirm': { request: z.object({ exchangeId: IdString }).strict(), response: ReturnsActionResult },
  'returns.exchangeReject': { request: z.object({ exchangeId: IdString, rejectCode: z.enum(['SOLDOUT', 'WITHDRAW']) }).strict(), response: ReturnsActionResult },
  'returns.exchangeInvoice': { request: z.object({ exchangeId: IdString, ...Waybill }).strict(), response: ReturnsActionResult },
} as const;
