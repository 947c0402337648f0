// IPC channels of the coupons screen (쿠폰): contracts and budgets, instant discount coupons,
// download coupons and the request tracker. The business limits (rules-coupons.md) are checked by
// shared/coupons, on the screen and again in main; these schemas only fix the shapes, so a rule
// break reaches the seller as a message naming the rule rather than a schema error.
import { z } from 'zod';
import { INSTANT_COUPON_STATUSES, INSTANT_ITEM_STATUSES, REQUEST_TYPES } from '../coupons/rules';

/** Digits only: coupon, contract and option IDs travel as strings end to end. */
const Id = z.string().regex(/^\d{1,24}$/, 'ID는 숫자 문자열입니다.');
/** contractId of a contract; -1 appears as a vendorContractId (rule 6). */
const ContractId = z.string().regex(/^-?\d{1,20}$/, '계약 ID는 숫자입니다.');
/** requestedId (digits, rule 30) or requestTransactionId (et5_…, rule 45). */
const RequestedId = z.string().trim().min(1).max(80).regex(/^[A-Za-z0-9_-]+$/, '요청 ID 형식이 아닙니다.');
const Num = z.union([z.number(), z.string().max(30)]);
const Text = (max: number) => z.string().max(max);
const CouponTime = Text(40); // yyyy-MM-dd HH:mm:ss, checked by the rule 16 validator

export const InstantCouponStatus = z.enum(INSTANT_COUPON_STATUSES);
export type InstantCouponStatus = z.infer<typeof InstantCouponStatus>;
export const InstantItemStatus = z.enum(INSTANT_ITEM_STATUSES);
export const RequestKind = z.enum(REQUEST_TYPES);
export type RequestKind = z.infer<typeof RequestKind>;
export const CouponFamily = z.enum(['instant', 'download']);
export type CouponFamily = z.infer<typeof CouponFamily>;
/** SUBMITTING: written before sending; REQUESTED: Coupang accepted, polling; UNKNOWN: no answer, reconciling by reading. */
export const RequestState = z.enum(['SUBMITTING', 'REQUESTED', 'DONE', 'FAIL', 'UNKNOWN']);
export type RequestState = z.infer<typeof RequestState>;

export const Pagination = z
  .object({ currentPage: z.number(), countPerPage: z.number(), totalPages: z.number(), totalElements: z.number() })
  .nullable();

export const CouponContract = z.object({
  contractId: z.string(),
  vendorContractId: z.string().nullable(),
  sellerId: z.string().nullable(),
  type: z.string().nullable(), // CONTRACT_BASED / NON_CONTRACT_BASED
  sellerShareRatio: z.number().nullable(),
  coupangShareRatio: z.number().nullable(),
  gmvRatio: z.number().nullable(),
  start: z.string().nullable(),
  end: z.string().nullable(),
  /** `usedBudget` in the doc table, `useBudget` in the examples (rule 8). */
  useBudget: z.boolean().nullable(),
  modifiedAt: z.string().nullable(),
  modifiedBy: z.string().nullable(),
});
export type CouponContract = z.infer<typeof CouponContract>;

export const CouponBudget = z.object({
  contractId: z.string(),
  targetMonth: z.string(),
  vendorShareRatio: z.number().nullable(),
  totalBudgetAmount: z.number().nullable(),
  usedBudgetAmount: z.number().nullable(),
});
export type CouponBudget = z.infer<typeof CouponBudget>;

export const ContractWithBudgets = CouponContract.extend({
  thisMonth: CouponBudget.nullable(),
  nextMonth: CouponBudget.nullable(),
  budgetErrorKo: z.string().nullable(),
});
export type ContractWithBudgets = z.infer<typeof ContractWithBudgets>;

export const InstantCoupon = z.object({
  couponId: z.string(),
  contractId: z.string().nullable(),
  vendorContractId: z.string().nullable(),
  promotionName: z.string().nullable(),
  status: z.string(),
  type: z.string(),
  discount: z.number(),
  maxDiscountPrice: z.number().nullable(),
  startAt: z.string().nullable(),
  endAt: z.string().nullable(),
});
export type InstantCoupon = z.infer<typeof InstantCoupon>;

export const InstantCouponItem = z.object({
  couponItemId: z.string(),
  couponId: z.string(),
  vendorItemId: z.string(),
  startAt: z.string().nullable(),
  endAt: z.string().nullable(),
  status: z.string(),
});
export type InstantCouponItem = z.infer<typeof InstantCouponItem>;

export const FailedItem = z.object({ vendorItemId: z.string(), reason: z.string() });

export const TrackedRequest = z.object({
  id: z.number().int(),
  family: CouponFamily,
  kind: RequestKind,
  /** Coupang's requestedId / requestTransactionId, always a string (rules 30, 45); null until Coupang answered. */
  requestedId: z.string().nullable(),
  couponId: z.string().nullable(),
  parentId: z.number().int().nullable(),
  state: RequestState,
  /** What was asked, for the screen to phrase (name, discount, period, option count, batch). */
  payload: z.object({
    name: z.string().optional(),
    type: z.string().optional(),
    discount: z.number().optional(),
    maxDiscountPrice: z.number().optional(),
    startAt: z.string().optional(),
    endAt: z.string().optional(),
    vendorItemCount: z.number().int().optional(),
    batch: z.number().int().optional(),
    batches: z.number().int().optional(),
    policies: z.number().int().optional(),
  }),
  summaryKo: z.string(),
  total: z.number().int().nullable(),
  succeeded: z.number().int().nullable(),
  failed: z.number().int().nullable(),
  failedItems: z.array(FailedItem),
  /** Why it failed (Coupang's text verbatim where Coupang gave one) or what reconciliation found. */
  reasonKo: z.string().nullable(),
  /** The last polling problem (network, 5xx…), while polling continues. */
  lastErrorKo: z.string().nullable(),
  polls: z.number().int(),
  /** The outcome could not be confirmed by reading: the seller may send it again, explicitly. */
  canResend: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type TrackedRequest = z.infer<typeof TrackedRequest>;

export const RuleIssue = z.object({ rule: z.number().int(), field: z.string().nullable(), severity: z.enum(['error', 'warning']), messageKo: z.string() });

export const DownloadPolicy = z.object({
  title: Text(200),
  typeOfDiscount: z.string().max(20),
  description: Text(500),
  minimumPrice: Num,
  discount: Num,
  maximumDiscountPrice: Num,
  maximumPerDaily: Num,
});

export const DownloadPolicyView = z.object({
  title: z.string().nullable(),
  typeOfDiscount: z.string().nullable(),
  description: z.string().nullable(),
  minimumPrice: z.number().nullable(),
  discount: z.number().nullable(),
  /** -1 for PRICE policies (rule 46). */
  maximumDiscountPrice: z.number().nullable(),
  maximumPerDaily: z.number().nullable(),
});

export const DownloadCoupon = z.object({
  couponId: z.string(),
  title: z.string().nullable(),
  contractId: z.string().nullable(),
  couponType: z.string().nullable(),
  couponStatus: z.string().nullable(),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  publishedDate: z.string().nullable(),
  appliedOptionCount: z.number().nullable(),
  usageAmount: z.number().nullable(),
  policies: z.array(DownloadPolicyView),
  userId: z.string().nullable(),
  /** Options wingdesk attached (counted locally; Coupang's count is appliedOptionCount). */
  localItemCount: z.number().int(),
  /** An item call failed, so Coupang destroyed the coupon (rule 42). */
  destroyed: z.boolean(),
  /** When wingdesk last read it from Coupang, or null if only created here. */
  checkedAt: z.string().nullable(),
  createdAt: z.string(),
});
export type DownloadCoupon = z.infer<typeof DownloadCoupon>;

export const ItemCandidate = z.object({
  vendorItemId: z.string(),
  name: z.string(),
  /** Where wingdesk knows the option from. */
  source: z.enum(['orders', 'coupons']),
  instantCouponId: z.string().nullable(),
  downloadCouponId: z.string().nullable(),
});
export type ItemCandidate = z.infer<typeof ItemCandidate>;

export const RequestStatusView = z.object({
  family: CouponFamily,
  requestedId: z.string(),
  type: z.string().nullable(),
  status: z.string().nullable(),
  state: z.enum(['REQUESTED', 'DONE', 'FAIL']),
  couponId: z.string().nullable(),
  total: z.number().nullable(),
  succeeded: z.number().nullable(),
  failed: z.number().nullable(),
  failedItems: z.array(FailedItem),
  /** The tracker row for this ID, when wingdesk sent it. */
  tracked: TrackedRequest.nullable(),
});
export type RequestStatusView = z.infer<typeof RequestStatusView>;

const Requests = z.object({ requests: z.array(TrackedRequest), warnings: z.array(RuleIssue) });
const OneRequest = z.object({ request: TrackedRequest, warnings: z.array(RuleIssue) });
const IdList = z.array(Id).max(100_000);

export const InstantCouponInput = z.object({
  contractId: ContractId,
  name: Text(200),
  type: z.string().max(30),
  discount: Num,
  maxDiscountPrice: Num,
  startAt: CouponTime,
  endAt: CouponTime,
  wowExclusive: z.boolean().default(false),
  /** Added with the item call once Coupang has created the coupon (split into calls of 10,000, rule 21). */
  vendorItemIds: IdList.default([]),
});
export type InstantCouponInput = z.input<typeof InstantCouponInput>;

export const DownloadCouponInput = z.object({
  contractId: ContractId,
  title: Text(200),
  startDate: CouponTime,
  endDate: CouponTime,
  userId: Text(100),
  policies: z.array(DownloadPolicy).max(10),
  /** Attached after creation in calls of 100 (rule 41). */
  vendorItemIds: IdList.default([]),
});
export type DownloadCouponInput = z.input<typeof DownloadCouponInput>;

export const couponsContract = {
  'coupons.contracts': {
    request: z.object({}).strict(),
    response: z.object({ contracts: z.array(ContractWithBudgets), thisMonth: z.string(), nextMonth: z.string(), fetchedAt: z.string() }),
  },
  'coupons.contract': { request: z.object({ contractId: ContractId }).strict(), response: CouponContract },
  'coupons.instantList': {
    request: z
      .object({ status: InstantCouponStatus.default('APPLIED'), page: z.number().int().default(1), size: z.number().int().min(1).max(500).default(50), sort: z.enum(['asc', 'desc']).default('desc') })
      .strict(),
    response: z.object({ coupons: z.array(InstantCoupon), pagination: Pagination, pendingRequests: z.number().int() }),
  },
  'coupons.instantDetail': {
    request: z
      .object({ couponId: Id, itemStatus: InstantItemStatus.optional(), page: z.number().int().default(0), size: z.number().int().min(1).max(1000).default(200) })
      .strict(),
    response: z.object({
      coupon: InstantCoupon,
      itemStatus: InstantItemStatus,
      items: z.array(InstantCouponItem),
      itemsPagination: Pagination,
      requests: z.array(TrackedRequest),
      /** Options sent with the creation request (rule 20: they cannot be removed later). */
      initialItemIds: z.array(z.string()),
    }),
  },
  'coupons.instantItem': {
    request: z.object({ couponId: Id, by: z.enum(['couponItemId', 'vendorItemId']), id: Id }).strict(),
    response: InstantCouponItem,
  },
  'coupons.byOrder': {
    request: z.object({ orderId: z.string().trim().max(30) }).strict(),
    response: z.object({ coupons: z.array(InstantCoupon.extend({ vendorItemId: z.string().nullable() })) }),
  },
  'coupons.instantCreate': { request: InstantCouponInput.strict(), response: OneRequest },
  'coupons.instantAddItems': { request: z.object({ couponId: Id, vendorItemIds: IdList }).strict(), response: Requests },
  'coupons.instantRemoveItems': { request: z.object({ couponId: Id, vendorItemIds: IdList }).strict(), response: Requests },
  'coupons.instantExpire': { request: z.object({ couponId: Id }).strict(), response: OneRequest },
  'coupons.downloadList': {
    request: z.object({}).strict(),
    response: z.object({ coupons: z.array(DownloadCoupon), lastUserId: z.string().nullable() }),
  },
  'coupons.downloadCreate': {
    request: DownloadCouponInput.strict(),
    response: z.object({ coupon: DownloadCoupon.nullable(), request: TrackedRequest, requests: z.array(TrackedRequest), warnings: z.array(RuleIssue) }),
  },
  'coupons.downloadAddItems': { request: z.object({ couponId: Id, userId: Text(100), vendorItemIds: IdList }).strict(), response: Requests },
  'coupons.downloadDetail': {
    request: z.object({ couponId: Id }).strict(),
    response: z.object({ coupon: DownloadCoupon, requests: z.array(TrackedRequest) }),
  },
  'coupons.downloadExpire': { request: z.object({ couponId: Id, userId: Text(100) }).strict(), response: OneRequest },
  'coupons.requests': {
    request: z
      .object({ scope: z.enum(['active', 'all']).default('all'), family: CouponFamily.optional(), couponId: Id.optional(), limit: z.number().int().min(1).max(1000).default(200) })
      .strict(),
    response: z.object({ requests: z.array(TrackedRequest), pending: z.number().int() }),
  },
  /** Polls (or reconciles) one tracked request now instead of waiting for its turn. */
  'coupons.requestRefresh': { request: z.object({ id: z.number().int() }).strict(), response: TrackedRequest },
  /** Sends again a request whose outcome reading could not confirm (never automatic). */
  'coupons.requestResend': { request: z.object({ id: z.number().int() }).strict(), response: OneRequest },
  /** Asks Coupang about any request ID, tracked or not. */
  'coupons.requestStatus': { request: z.object({ family: CouponFamily, requestedId: RequestedId }).strict(), response: RequestStatusView },
  'coupons.itemCandidates': {
    request: z.object({ search: z.string().trim().max(100).optional(), limit: z.number().int().min(1).max(2000).default(200) }).strict(),
    response: z.object({ items: z.array(ItemCandidate), ordersAvailable: z.boolean() }),
  },
  /** Which of these options wingdesk knows to be in a coupon already (rules 22 and 37). */
  'coupons.assignments': {
    request: z.object({ family: CouponFamily, vendorItemIds: IdList }).strict(),
    response: z.object({ assigned: z.record(z.string(), z.string()) }),
  },
} as const;
