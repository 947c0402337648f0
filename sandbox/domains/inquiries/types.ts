// Customer inquiries of one vendor (cs.json): product Q&A (상품별 고객문의) and inquiries the Coupang
// contact center transferred to the seller (쿠팡 고객센터 문의). IDs are strings and become JSON
// numbers only in the views; times are virtual epoch ms. States follow
// tables/order-states.json `productInquiry` and `callCenterInquiry`.
import type { Product } from '../orders/types';

/** The part of an orders-catalogue option an inquiry is about. */
export type InquiryProduct = Pick<Product, 'vendorItemId' | 'productId' | 'sellerProductId' | 'sellerProductName' | 'displayName' | 'itemName' | 'vendorItemName'>;

export interface ProductAnswer {
  inquiryCommentId: string;
  content: string;
  at: number;
  by: string;
}

/** 상품별 고객문의: NOANSWER until its one answer (order-states.json productInquiry). */
export interface ProductInquiry {
  inquiryId: string;
  product: InquiryProduct;
  /** sellerItemId of the v5 answer (real data: an 11-digit ID per option). */
  sellerItemId: string;
  content: string;
  inquiryAt: number;
  /** Related orders (may be empty, real data shows [] and two-ID lists). */
  orderIds: string[];
  answer: ProductAnswer | null;
}

/** What the contact center asks of the seller when it transfers the inquiry. */
export type TransferKind =
  /** 미답변 NO_ANSWER: the seller must answer (needAnswer true). */
  | 'answer'
  /** 미확인 TRANSFER: Coupang counselled it already; the seller only confirms. */
  | 'confirm';

/**
 * Where a call-center inquiry stands. `open` is NO_ANSWER or TRANSFER depending on the kind;
 * the rest are the ways it leaves that state (all shown as ANSWER by the list filter).
 */
export type CallCenterOutcome =
  | 'open'
  /** cs.replyCallCenterInquiry accepted. */
  | 'answered'
  /** 24 h without an answer: the system message, status 답변완료 (rules-orders.md 92). */
  | 'auto-answered'
  /** cs.confirmCallCenterInquiry accepted (판매자확인). */
  | 'confirmed'
  /** 24 h after the confirmation request without a confirmation (직권처리). */
  | 'expired'
  /** A counsellor closed the transfer (이관취소). */
  | 'agent-closed';

export interface CallCenterReply {
  answerId: string;
  /** 0 for the counsellor's transfer post; the transfer post's answerId for answers to it. */
  parentAnswerId: string;
  answerType: 'csAgent' | 'vendor';
  receptionistName: string;
  receptionist: string;
  content: string;
  at: number;
}

export interface CallCenterInquiry {
  inquiryId: string;
  product: InquiryProduct;
  orderId: string | null;
  orderedAt: number | null;
  content: string;
  inquiryAt: number;
  receiptCategory: string;
  buyerPhone: string;
  saleStartedAt: string;
  kind: TransferKind;
  /** The counsellor's transfer post ([판매자이관]); its answerId is the parentAnswerId to answer with. */
  transfer: CallCenterReply;
  /** Posts after the transfer (seller's answer, system message, counsellor's closing note). */
  replies: CallCenterReply[];
  outcome: CallCenterOutcome;
  /** When it left `open` (null while open). */
  closedAt: number | null;
}

/** What happens on its own, queued by virtual time (like the orders world's events). */
export type InquiryEvent =
  | { kind: 'arrive'; family: 'product' | 'callcenter'; label: string; autopilot: boolean }
  | { kind: 'sellerAnswer'; inquiryId: string; text: string }
  | { kind: 'sellerReply'; inquiryId: string; text: string }
  | { kind: 'sellerConfirm'; inquiryId: string }
  | { kind: 'agentClose'; inquiryId: string }
  | { kind: 'deadline'; inquiryId: string };

export interface ScheduledEvent {
  at: number;
  seq: number;
  event: InquiryEvent;
}

/** An order the inquiry generator may refer to (seeded history only: fixed by the seed). */
export interface OrderRef {
  orderId: string;
  paidAt: number;
  orderedAt: number;
  vendorItemIds: string[];
}

export interface InquiriesState {
  vendorId: string;
  role: 'demo' | 'foreign';
  /** Root of every fork of this vendor's inquiry world. */
  seed: number;
  /** null until the first call: the catalogue and orders come from the orders domain then. */
  world: InquiryWorld | null;
}

export interface InquiryWorld {
  startTime: number;
  catalogue: InquiryProduct[];
  orders: OrderRef[];
  /** vendorItemId -> orders containing it, oldest first. */
  ordersByItem: Map<string, OrderRef[]>;
  /** vendorItemId -> sellerItemId (stable per option). */
  sellerItemIds: Map<string, string>;
  product: ProductInquiry[];
  callCenter: CallCenterInquiry[];
  productById: Map<string, ProductInquiry>;
  callCenterById: Map<string, CallCenterInquiry>;
  events: ScheduledEvent[];
  eventSeq: number;
  /** Expected arrivals per virtual day after the start. */
  productPerDay: number;
  callCenterPerDay: number;
  /** Hour slots [startTime + i h) with i < plannedSlots have their arrivals queued. */
  plannedSlots: number;
  advancedTo: number;
  nextProductInquiryId: number;
  nextCommentId: number;
  nextCallCenterId: number;
  nextAnswerId: number;
  seed: number;
}
