// IPC channels of the orders screen (주문): the local store is the source of truth for reading
// (it works offline); actions go to Coupang through the main process and come back per order.
import { z } from 'zod';

export const OrderStatus = z.enum(['ACCEPT', 'INSTRUCT', 'DEPARTURE', 'DELIVERING', 'FINAL_DELIVERY', 'NONE_TRACKING']);
export type OrderStatus = z.infer<typeof OrderStatus>;

/** Digits only: IDs travel as strings end to end (shipmentBoxId is 18 digits). */
export const IdString = z.string().regex(/^\d{1,24}$/, 'ID는 숫자 문자열입니다.');
const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** A claim Coupang has attached to the shipment: a stop-shipment (출고중지) or cancel request. */
export const OrderClaim = z.object({
  receiptId: IdString,
  receiptType: z.string(), // RETURN / CANCEL as Coupang sends it
  receiptStatus: z.string(), // e.g. RELEASE_STOP_UNCHECKED (or wingdesk's own STOP_SHIPMENT_DONE / ALREADY_SHIPPED_DONE after answering it)
  receiptStatusKo: z.string(), // 출고중지요청, 출고중지완료, …
  cancelCount: z.number().int(),
  reasonKo: z.string().nullable(),
  requestedAt: z.string().nullable(),
  vendorItemIds: z.array(IdString),
});
export type OrderClaim = z.infer<typeof OrderClaim>;

export const OrderItem = z.object({
  vendorItemId: IdString,
  vendorItemName: z.string(),
  sellerProductId: IdString.nullable(),
  sellerProductName: z.string(),
  sellerProductItemName: z.string(),
  shippingCount: z.number().int(),
  cancelCount: z.number().int(),
  holdCountForCancel: z.number().int(),
  /** shippingCount - (cancelCount + holdCountForCancel): what actually goes in the box. */
  quantityToShip: z.number().int(),
  salesPrice: z.number(),
  orderPrice: z.number(),
  externalVendorSkuCode: z.string().nullable(),
  invoiceNumber: z.string().nullable(),
  deliveryCompanyCode: z.string().nullable(),
});
export type OrderItem = z.infer<typeof OrderItem>;

/** One row of the grid: one shipment box (묶음배송 단위). */
export const OrderRow = z.object({
  shipmentBoxId: IdString,
  orderId: IdString,
  status: OrderStatus,
  orderedAt: z.string(), // ISO-8601 +09:00
  paidAt: z.string().nullable(),
  receiverName: z.string(),
  receiverPhoneLast4: z.string(),
  productSummary: z.string(), // first item name (+ N more)
  itemCount: z.number().int(),
  quantityToShip: z.number().int(),
  orderPrice: z.number(),
  deliveryCompanyCode: z.string().nullable(),
  invoiceNumber: z.string().nullable(),
  splitShipping: z.boolean(),
  ableSplitShipping: z.boolean(),
  /** A stop-shipment or cancel request exists: do not ship. */
  claimPending: z.boolean(),
  /** The receiver changed after it was last read (re-read after acknowledgement). */
  receiverChanged: z.boolean(),
  /** An action waits in the outbox (prepared offline or not yet confirmed). */
  outboxPending: z.boolean(),
  /** Coupang reports the shipment cancelled or returned (it left the order lists; status is the last one seen). Such rows show under ALL only. */
  removedReasonKo: z.string().nullable(),
  updatedAt: z.string(),
});
export type OrderRow = z.infer<typeof OrderRow>;

export const OrderDetail = OrderRow.extend({
  items: z.array(OrderItem),
  receiver: z.object({ name: z.string(), safeNumber: z.string(), receiverNumber: z.string().nullable(), addr1: z.string(), addr2: z.string(), postCode: z.string() }),
  orderer: z.object({ name: z.string(), safeNumber: z.string(), ordererNumber: z.string().nullable() }),
  parcelPrintMessage: z.string().nullable(),
  shippingPrice: z.number(),
  remoteArea: z.boolean(),
  /** Local status history (what wingdesk saw, with when) plus Coupang's delivery history once read. */
  history: z.array(z.object({ status: z.string(), labelKo: z.string(), at: z.string(), source: z.enum(['sync', 'coupang', 'action']) })),
  claims: z.array(OrderClaim),
  /** This shipment's journaled actions, newest first: what was sent, and what came of it (also for actions queued offline and sent later). */
  actions: z.array(
    z.object({
      id: z.number().int(),
      action: z.string(), // acknowledge | uploadInvoice | updateInvoice | stopShipment | markAlreadyShipped | cancel | completeLongTermUndelivery
      state: z.enum(['queued', 'pending', 'sent', 'done', 'failed', 'unknown']),
      messageKo: z.string(),
      createdAt: z.string(),
      finishedAt: z.string().nullable(),
    }),
  ),
});
export type OrderDetail = z.infer<typeof OrderDetail>;

export const OrderFilter = z.object({
  status: z.union([OrderStatus, z.literal('ALL'), z.literal('CLAIM')]).default('ALL'),
  /** receiver name, phone last digits, orderId, shipmentBoxId or product name */
  search: z.string().trim().max(100).optional(),
  from: Day.optional(),
  to: Day.optional(),
});
export type OrderFilter = z.infer<typeof OrderFilter>;

export const SortKey = z.enum(['orderedAt', 'status', 'receiverName', 'orderPrice']);

/** Per-order outcome of an action, shown inline in the grid. */
export const ActionResult = z.object({
  shipmentBoxId: IdString,
  /** done: Coupang confirmed; failed: Coupang refused (message says why); queued: waits in the outbox (offline); unknown: no answer — wingdesk re-reads the order before trying again. */
  state: z.enum(['done', 'failed', 'queued', 'unknown']),
  messageKo: z.string(),
  retryRequired: z.boolean().default(false),
});
export type ActionResult = z.infer<typeof ActionResult>;
const Results = z.object({ results: z.array(ActionResult) });

export const SyncReport = z.object({
  pulled: z.number().int(),
  inserted: z.number().int(),
  updated: z.number().int(),
  requests: z.number().int(),
  seconds: z.number(),
});

export const InvoiceEntry = z.object({
  shipmentBoxId: IdString,
  deliveryCompanyCode: z.string().min(1),
  invoiceNumber: z.string().min(1),
});

export const ExportFormat = z.enum(['xlsx', 'csv-utf8', 'csv-cp949']);

export const ordersContract = {
  'orders.list': {
    request: z.object({ filter: OrderFilter, sort: SortKey.default('orderedAt'), desc: z.boolean().default(true), offset: z.number().int().min(0).default(0), limit: z.number().int().min(1).max(1000).default(200) }).strict(),
    response: z.object({ rows: z.array(OrderRow), total: z.number().int(), counts: z.record(z.string(), z.number().int()) }),
  },
  'orders.detail': { request: z.object({ shipmentBoxId: IdString }).strict(), response: OrderDetail },
  'orders.sync': { request: z.object({ from: Day.optional(), to: Day.optional() }).strict(), response: SyncReport },
  'orders.syncState': {
    request: z.object({}).strict(),
    response: z.object({ running: z.boolean(), online: z.boolean(), lastSyncAt: z.string().nullable(), lastErrorKo: z.string().nullable(), storedOrders: z.number().int(), outboxPending: z.number().int() }),
  },
  'orders.acknowledge': { request: z.object({ shipmentBoxIds: z.array(IdString).min(1).max(5000) }).strict(), response: Results },
  'orders.uploadInvoice': { request: z.object({ entries: z.array(InvoiceEntry).min(1).max(5000) }).strict(), response: Results },
  'orders.updateInvoice': { request: z.object({ entries: z.array(InvoiceEntry).min(1).max(5000) }).strict(), response: Results },
  'orders.stopShipment': { request: z.object({ shipmentBoxIds: z.array(IdString).min(1).max(500) }).strict(), response: Results },
  'orders.markAlreadyShipped': { request: z.object({ entries: z.array(InvoiceEntry).min(1).max(500) }).strict(), response: Results },
  'orders.cancel': {
    request: z.object({ shipmentBoxId: IdString, vendorItemIds: z.array(IdString).min(1), middleCancelCode: z.string().min(1), userId: z.string().trim().min(1, 'WING 로그인 ID를 입력하세요.') }).strict(),
    response: Results,
  },
  'orders.completeLongTermUndelivery': { request: z.object({ shipmentBoxIds: z.array(IdString).min(1).max(500) }).strict(), response: Results },
  'orders.export': {
    request: z.object({ filter: OrderFilter, format: ExportFormat }).strict(),
    response: z.object({ fileName: z.string(), mimeType: z.string(), dataBase64: z.string(), rows: z.number().int() }),
  },
  'orders.pickingList': {
    request: z.object({ filter: OrderFilter.optional(), shipmentBoxIds: z.array(IdString).max(5000).optional() }).strict(),
    response: z.object({ lines: z.array(z.object({ vendorItemId: IdString, sellerProductName: z.string(), itemName: z.string(), externalVendorSkuCode: z.string().nullable(), quantity: z.number().int(), shipments: z.number().int() })), shipments: z.number().int() }),
  },
  'orders.savedFilters': { request: z.object({}).strict(), response: z.array(z.object({ id: z.string(), name: z.string(), filter: OrderFilter })) },
  'orders.saveFilter': { request: z.object({ name: z.string().trim().min(1).max(40), filter: OrderFilter }).strict(), response: z.object({ id: z.string() }) },
  'orders.deleteFilter': { request: z.object({ id: z.string().min(1) }).strict(), response: z.object({ ok: z.literal(true) }) },
} as const;
