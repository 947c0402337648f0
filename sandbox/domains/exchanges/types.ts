// Exchange requests (교환요청) of one vendor, with the fields of exchanges.json. Like return
// receipts they live in the order world (OrdersState.exchanges) because they are about shipment
// boxes and quantities of order sheets. Only same-item, same-size exchanges exist (rules-orders.md
// 84), so an item is exchanged for itself.

/** exchanges.json `exchangeStatus` (tables/order-states.json `exchange`). */
export const EXCHANGE_STATUSES = ['RECEIPT', 'PROGRESS', 'SUCCESS', 'REJECT', 'CANCEL'] as const;
export type ExchangeStatus = (typeof EXCHANGE_STATUSES)[number];

/** Pickup of the goods sent back (collectStatus); the enum's other values are not simulated. */
export type CollectStatus = 'BeforeDirection' | 'CompleteDirection' | 'Delivering' | 'CompleteCollect' | 'Withdraw';

/** Re-delivery of the replacement (deliveryStatus). */
export type ExchangeDeliveryStatus = 'BeforeDirection' | 'CompleteDirection' | 'Delivering' | 'CompleteDelivery' | 'VendorDirect' | 'Withdraw';

export const EXCHANGE_REJECT_CODES = ['SOLDOUT', 'WITHDRAW'] as const;
export type ExchangeRejectCode = (typeof EXCHANGE_REJECT_CODES)[number];

export interface ExchangeItem {
  exchangeItemId: string;
  /** The order item (vendorItemId); targetItemId is the same (rules-orders.md 84). */
  vendorItemId: string;
  vendorItemName: string;
  unitPrice: number;
  quantity: number;
  /** The first delivery's box; never the one for the exchange waybill (rules-orders.md 80). */
  originalShipmentBoxId: string;
}

export interface ExchangeReason {
  code: string;
  codeText: string;
  /** reasonEtcDetail: what the customer wrote. */
  detail: string;
  faultType: 'COUPANG' | 'VENDOR' | 'CUSTOMER' | 'WMS' | 'GENERAL';
}

/** The replacement's shipment, created by the receipt confirmation (deliveryInvoiceGroupDtos). */
export interface ExchangeShipment {
  shipmentBoxId: string;
  createdAt: number;
  /** The new box takes up to 10 minutes to become usable for the waybill (exchanges.json). */
  usableAt: number;
  deliveryCompanyCode: string;
  invoiceNumber: string;
  invoiceUploadedAt: number | null;
  deliveredAt: number | null;
  /** Bumped by every waybill change, so courier events of an older waybill are ignored. */
  version: number;
}

export interface Exchange {
  exchangeId: string;
  orderId: string;
  vendorId: string;
  exchangeStatus: ExchangeStatus;
  referType: 'VENDOR' | 'CS_CENTER' | 'WEB_PC' | 'WEB_MOBILE';
  reason: ExchangeReason;
  /** Withdrawal reason (cancelReason), null unless withdrawn. */
  cancelReason: string | null;
  createdByType: 'CUSTOMER' | 'COUNSELOR' | 'COUPANG' | 'VENDOR' | 'ETC';
  createdAt: number;
  modifiedByType: 'CUSTOMER' | 'COUNSELOR' | 'COUPANG' | 'VENDOR' | 'ETC' | 'TRACKING';
  modifiedAt: number;
  items: ExchangeItem[];
  address: {
    exchangeAddressId: string;
    name: string;
    zipCode: string;
    address: string;
    addressDetail: string;
    /** Pickup safe number, issued at request time (rules-orders.md 79). */
    returnSafeNumber: string;
    /** Re-delivery safe number, issued once the pickup completed (rules-orders.md 79). */
    deliverySafeNumber: string;
    memo: string | null;
  };
  collectStatus: CollectStatus;
  collectCompleteDate: number | null;
  /** Pickup waybills (returnDeliveryDtos). */
  returnDeliveries: Array<{ deliveryCompanyCode: string; deliveryInvoiceNo: string }>;
  returnDeliveryId: string;
  /** Coupang books the pickup itself (auto-return); false: the seller registers it (회수 송장 등록). */
  autoPickup: boolean;
  /** Bumped when the pickup waybill changes or the case ends. */
  collectVersion: number;
  deliveryStatus: ExchangeDeliveryStatus;
  shipment: ExchangeShipment | null;
  rejectCode: ExchangeRejectCode | null;
  /** Delivery status of the original order at request time (orderDeliveryStatusCode). */
  orderDeliveryStatusCode: string;
}

export function exchangeQuantity(exchange: Exchange): number {
  return exchange.items.reduce((n, i) => n + i.quantity, 0);
}

export function isOpenExchange(exchange: Exchange): boolean {
  return exchange.exchangeStatus === 'RECEIPT' || exchange.exchangeStatus === 'PROGRESS';
}
