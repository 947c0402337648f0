// The order-sheet (발주서) world of one vendor. Field names follow orders.json; IDs are strings
// and become JSON numbers only in the views. Times are virtual epoch ms.
import type { Rng } from '../../rng';
import type { ExchangeBook } from '../exchanges/book';
import type { ReceiptBook } from '../returns/book';
import type { EventQueue } from './events';

/** tables/order-states.json `orderSheet.states`, in lifecycle order. */
export const SHEET_STATUSES = ['ACCEPT', 'INSTRUCT', 'DEPARTURE', 'DELIVERING', 'FINAL_DELIVERY', 'NONE_TRACKING'] as const;
export type SheetStatus = (typeof SHEET_STATUSES)[number];

export function isSheetStatus(value: string | undefined): value is SheetStatus {
  return (SHEET_STATUSES as readonly string[]).includes(value ?? '');
}

/** One option (vendor item) of a seller product in the vendor's catalogue. */
export interface Product {
  vendorItemId: string;
  /** 노출상품ID */
  productId: string;
  sellerProductId: string;
  /** 등록상품명 */
  sellerProductName: string;
  /** 노출상품명 without the option: vendorItemPackageName in the sheets. */
  displayName: string;
  /** 등록옵션명 (sellerProductItemName / firstSellerProductItemName). */
  itemName: string;
  /** 노출상품명, option included: "name, option" as in the real sheets. */
  vendorItemName: string;
  externalVendorSkuCode: string;
  /** Unit price in won (always a multiple of 10). */
  salesPrice: number;
  deliveryChargeTypeName: '유료' | '무료';
  /** Shipping fee charged for the shipment when this item is in it (0 when free). */
  shippingFee: number;
  /** Business days from payment to the planned ship date (estimatedShippingDate). */
  leadDays: number;
}

export interface Person {
  name: string;
  /** Local format (0502-1234-5678); the v5 views convert it to E.164. */
  safeNumber: string;
}

export interface Receiver extends Person {
  addr1: string;
  addr2: string;
  postCode: string;
}

export interface SheetItem {
  product: Product;
  /** Original quantity; never shrinks (rules-orders.md 17). */
  shippingCount: number;
  cancelCount: number;
  /** Cancelled, refund not finished yet (환불대기수량). */
  holdCountForCancel: number;
  salesPrice: number;
  instantCouponDiscount: number;
  downloadableCouponDiscount: number;
  coupangDiscount: number;
  estimatedShippingDate: string;
  /** Split shipping only: the planned date given with an empty waybill; '' otherwise. */
  plannedShippingDate: string;
  invoiceNumberUploadDate: number | null;
}

export interface HistoryEntry {
  status: SheetStatus;
  at: number;
}

/** Why a sheet left the order lists: cancelled while ACCEPT, or its (return/cancel) receipt completed. */
export type Removal = null | 'cancelled' | 'returned';

export interface OrderSheet {
  shipmentBoxId: string;
  orderId: string;
  paymentId: string;
  orderedAt: number;
  paidAt: number;
  status: SheetStatus;
  orderer: Person;
  receiver: Receiver;
  shippingPrice: number;
  remotePrice: number;
  remoteArea: boolean;
  parcelPrintMessage: string | null;
  splitShipping: boolean;
  ableSplitShipping: boolean;
  items: SheetItem[];
  /** '' until an invoice is registered. */
  deliveryCompanyCode: string;
  invoiceNumber: string;
  /** Courier pickup (inTrasitDateTime). */
  inTransitAt: number | null;
  deliveredAt: number | null;
  refer: string;
  history: HistoryEntry[];
  removed: Removal;
  updatedAt: number;
  /** Bumped by every invoice change, so courier events of an older waybill are ignored. */
  trackingVersion: number;
  /** Seeded only: the courier never scans delivery (candidates for completeLongTermUndelivery). */
  stuck: boolean;
  /** Safe numbers expire after delivery for most sheets (real sheets: '' on FINAL_DELIVERY). */
  safeNumberExpires: boolean;
  /** Seeded (pre-start) orders: the simulated seller acts on them until the clock's start. */
  autopilot: boolean;
}

/** Everything about a new order except its IDs, drawn before the order exists. */
export interface OrderDraft {
  orderedAt: number;
  paidAt: number;
  orderer: Person;
  receiver: Receiver;
  remotePrice: number;
  parcelPrintMessage: string | null;
  refer: string;
  /** One entry per shipment box. */
  boxes: Array<Array<{ product: Product; count: number; downloadableCouponDiscount: number; instantCouponDiscount: number }>>;
  /** Customer behaviour, decided up front so it never depends on when the sandbox is asked. */
  addressChange: { after: number; receiver: Receiver } | null;
  customerCancel: { after: number; partial: boolean; reason: number } | null;
  autopilot: boolean;
  /** Draws for the simulated seller and courier of seeded orders. */
  seller: { ackAfter: number; invoiceAfter: number; courier: string; stuck: boolean };
  safeNumberExpires: boolean;
}

export interface InvoiceUse {
  /** The box it was registered for; its receiver is compared at check time. */
  sheet: OrderSheet;
  at: number;
}

export interface OrdersState {
  vendorId: string;
  /** Root of every fork: entity-level draws never depend on call order. */
  random: Rng;
  /** Seed of hashInt's single draws (same role as `random`, cheaper). */
  hashSeed: number;
  /** Consumed in event order only (IDs, generated waybills). */
  idRng: Rng;
  catalogue: Product[];
  /** Every sheet, sorted by (paidAt, shipmentBoxId): the list APIs' order. */
  sheets: OrderSheet[];
  bySheetId: Map<string, OrderSheet>;
  byOrderId: Map<string, OrderSheet[]>;
  /** Per-status views of `sheets` without removed ones; null when a change made them stale. */
  buckets: Map<SheetStatus, OrderSheet[]> | null;
  events: EventQueue;
  /** Expected new orders per virtual day after the start (0: none). */
  arrivalsPerDay: number;
  startTime: number;
  /** Hour slots [startTime + i h) with i < plannedSlots already have their arrivals queued. */
  plannedSlots: number;
  /** Virtual time everything has been simulated up to. */
  advancedTo: number;
  nextOrderSeq: number;
  nextPaymentSeq: number;
  nextShipmentBoxId: bigint;
  /** invoiceNumber → last use, for the 6-month duplicate rule. */
  invoices: Map<string, InvoiceUse>;
  receipts: ReceiptBook;
  /** Exchange requests (교환요청) of delivered orders (domains/exchanges). */
  exchanges: ExchangeBook;
}
