// State of one vendor's coupon world (coupons.json, rules-coupons.md). IDs are strings, times are
// virtual epoch ms; the views turn them into Coupang's JSON numbers and `yyyy-MM-dd HH:mm:ss` (KST).
import type { VirtualClock } from '../../clock';

export type ContractType = 'CONTRACT_BASED' | 'NON_CONTRACT_BASED';

export interface Contract {
  contractId: string;
  /** -1 for the free contract in the examples (rule 6); a small Coupang-side code otherwise. */
  vendorContractId: number;
  sellerShareRatio: number;
  coupangShareRatio: number;
  gmvRatio: number;
  start: number;
  end: number;
  type: ContractType;
  /** Table `usedBudget`, examples `useBudget` (rule 8): documented as unused, always true. */
  useBudget: boolean;
  modifiedAt: number;
  modifiedBy: string;
  /** Admin-only label, never sent to clients. */
  label: string;
}

/** One month's budget of one contract (rule 7). `used` is derived from the usage ledger. */
export interface Budget {
  contractId: string;
  /** yyyy-MM (KST). */
  month: string;
  total: number;
}

/** An option (vendorItemId) of the seller's catalogue; only approved ones can carry coupons (rule 10). */
export interface CatalogueItem {
  vendorItemId: string;
  name: string;
  salePrice: number;
  approved: boolean;
}

export const INSTANT_TYPES = ['RATE', 'FIXED_WITH_QUANTITY', 'PRICE'] as const;
export type InstantType = (typeof INSTANT_TYPES)[number];

/** rule 27: DETACHED exists for coupons only. */
export const COUPON_STATUSES = ['STANDBY', 'APPLIED', 'PAUSED', 'EXPIRED', 'DETACHED'] as const;
export type CouponStatus = (typeof COUPON_STATUSES)[number];
export const ITEM_STATUSES = ['STANDBY', 'APPLIED', 'PAUSED', 'EXPIRED'] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];

export interface InstantItem {
  couponItemId: string;
  vendorItemId: string;
  addedAt: number;
  /** Set by an item-removal request (COUPON_ITEM_EXPIRE). */
  removedAt: number | null;
}

export interface InstantCoupon {
  couponId: string;
  contractId: string;
  /** `name` of the create body; shown as promotionName. */
  name: string;
  type: InstantType;
  discount: number;
  maxDiscountPrice: number;
  startAt: number;
  endAt: number;
  wowExclusive: boolean;
  createdAt: number;
  /** Set when a COUPON_EXPIRE request completes. */
  expiredAt: number | null;
  items: InstantItem[];
}

export type RequestType = 'COUPON_PUBLISH' | 'COUPON_EXPIRE' | 'COUPON_ITEM_PUBLISH' | 'COUPON_ITEM_EXPIRE';
export type RequestStatus = 'REQUESTED' | 'DONE' | 'FAIL';

export interface NewInstantCoupon {
  contractId: string;
  name: string;
  type: InstantType;
  discount: number;
  maxDiscountPrice: number;
  startAt: number;
  endAt: number;
  wowExclusive: boolean;
}

export interface FailedItem {
  vendorItemId: string;
  reason: string;
}

/** An asynchronous instant-coupon request (rules 12-13). */
export interface InstantRequest {
  requestedId: string;
  type: RequestType;
  status: RequestStatus;
  /** Known from the start for expire/items; for COUPON_PUBLISH reserved at request time, shown on DONE. */
  couponId: string;
  total: number;
  succeeded: number;
  failed: number;
  failedVendorItems: FailedItem[];
  createdAt: number;
  completeAt: number;
  /** COUPON_ITEM_PUBLISH / COUPON_ITEM_EXPIRE: the option IDs asked for, in request order. */
  vendorItems: string[];
  /** COUPON_ITEM_PUBLISH: first couponItemId reserved for this request. */
  firstCouponItemId: number;
  draft: NewInstantCoupon | null;
  /** Admin-only explanation of the outcome (the status API has no place for a FAIL reason). */
  note: string;
}

export type DownloadDiscountType = 'RATE' | 'PRICE';

export interface DownloadPolicy {
  title: string;
  typeOfDiscount: DownloadDiscountType;
  description: string;
  minimumPrice: number;
  discount: number;
  /** As sent; views show -1 for PRICE (rule 34, 46). */
  maximumDiscountPrice: number;
  maximumPerDaily: number;
  manageCode: string;
}

export interface DownloadCoupon {
  couponId: string;
  contractId: string;
  title: string;
  startAt: number;
  endAt: number;
  userId: string;
  policies: DownloadPolicy[];
  createdAt: number;
  lastModifiedAt: number;
  lastModifiedBy: string;
  /** Time of the first coupon item (rule 46). */
  publishedAt: number | null;
  vendorItemIds: string[];
  expiredAt: number | null;
  /** Destroyed because adding items failed (rule 42). */
  deletedAt: number | null;
  usageAmount: number;
}

export type DownloadTransactionType = 'COUPON_ITEM_PUBLISH' | 'COUPON_EXPIRE';

export interface DownloadFailure {
  vendorItemId: string;
  failureReason: string;
}

export interface DownloadTransaction {
  requestTransactionId: string;
  type: DownloadTransactionType;
  couponId: string;
  status: RequestStatus;
  total: number;
  succeeded: number;
  failed: number;
  failures: DownloadFailure[];
  vendorItemIds: string[];
  createdAt: number;
  completeAt: number;
  note: string;
}

/** One customer use of a coupon: the discount it gave and the budget it consumed. */
export interface Usage {
  at: number;
  orderId: string;
  vendorItemId: string;
  family: 'instant' | 'download';
  couponId: string;
  contractId: string;
  quantity: number;
  discount: number;
  /** discount x sellerShareRatio / 100, what the contract's monthly budget pays. */
  budgetAmount: number;
}

export interface OrderLine {
  vendorItemId: string;
  quantity: number;
  /** The instant coupon applied to this line, if any. */
  instantCouponId: string | null;
}

/** The coupon side of an order (the orders domain owns the rest of it). */
export interface CouponOrder {
  orderId: string;
  orderedAt: number;
  lines: OrderLine[];
}

export interface CouponEvent {
  at: number;
  kind: string;
  detail: string;
}

export interface CouponsState {
  /** Held so status views and /__sandbox/state can settle pending work at the current virtual time. */
  clock: VirtualClock;
  vendorId: string;
  /** Seed of the hash-based draws of simulated customer usage (independent of call order). */
  usageSeed: number;
  /** Customer usage has been simulated up to here. */
  simulatedUntil: number;
  contracts: Contract[];
  budgets: Budget[];
  catalogue: CatalogueItem[];
  instant: InstantCoupon[];
  instantRequests: InstantRequest[];
  download: DownloadCoupon[];
  downloadTransactions: DownloadTransaction[];
  usages: Usage[];
  orders: CouponOrder[];
  /** `${contractId}|${yyyy-MM}` -> budget consumed. */
  used: Record<string, number>;
  /** Refused calls and other things only the admin view explains. */
  events: CouponEvent[];
  next: { couponId: number; couponItemId: number; downloadCouponId: number };
}
