// Coupang's coupon answers → the contract's shapes. The FMS family wraps everything in
// {data:{success, content, pagination}} (the doc tables sometimes say Array where the examples show
// an object); the marketplace family sends bare objects or arrays (transport.md §6). IDs arrive as
// strings from the lossless parser; numbers that are IDs are stringified here just in case.
import type {
  CouponBudget,
  CouponContract,
  DownloadCoupon,
  InstantCoupon,
  InstantCouponItem,
} from '../../../shared/ipc/coupons';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => !!v && typeof v === 'object' && !Array.isArray(v);

export const idStr = (v: unknown): string | null => {
  if (v === null || v === undefined || v === '') return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'bigint') return String(v);
  if (isObj(v) && typeof (v as { toString?: unknown }).toString === 'function') return String(v);
  return null;
};
export const str = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));
export const numOrNull = (v: unknown): number | null => {
  if (v === null || v === undefined || v === '') return null;
  const n = typeof v === 'number' ? v : Number(String(v));
  return Number.isFinite(n) ? n : null;
};
const bool = (v: unknown): boolean | null => (typeof v === 'boolean' ? v : v === 'true' ? true : v === 'false' ? false : null);

/** `data` of an FMS answer: the object, or the first element when a doc-typed Array arrives. */
export function fmsData(data: unknown): Obj {
  if (Array.isArray(data)) return isObj(data[0]) ? data[0] : {};
  return isObj(data) ? data : {};
}

export function fmsContent(data: unknown): unknown {
  return fmsData(data).content;
}

export function fmsList(data: unknown): Obj[] {
  const c = fmsContent(data);
  if (Array.isArray(c)) return c.filter(isObj);
  return isObj(c) ? [c] : [];
}

export function fmsPagination(data: unknown): { currentPage: number; countPerPage: number; totalPages: number; totalElements: number } | null {
  const d = fmsData(data);
  const p = (d.pagination ?? d.Pagination) as unknown;
  if (!isObj(p)) return null;
  return {
    currentPage: numOrNull(p.currentPage) ?? 0,
    countPerPage: numOrNull(p.countPerPage) ?? 0,
    totalPages: numOrNull(p.totalPages) ?? 0,
    totalElements: numOrNull(p.totalElements) ?? 0,
  };
}

export function toContract(c: Obj): CouponContract {
  return {
    contractId: idStr(c.contractId) ?? '',
    vendorContractId: idStr(c.vendorContractId),
    sellerId: str(c.sellerId),
    type: str(c.type),
    sellerShareRatio: numOrNull(c.sellerShareRatio),
    coupangShareRatio: numOrNull(c.coupangShareRatio),
    gmvRatio: numOrNull(c.gmvRatio),
    start: str(c.start),
    end: str(c.end),
    useBudget: bool(c.useBudget ?? c.usedBudget),
    modifiedAt: str(c.modifiedAt),
    modifiedBy: str(c.modifiedBy),
  };
}

export function toBudget(b: Obj, fallbackContractId: string, fallbackMonth: string): CouponBudget {
  return {
    contractId: idStr(b.contractId) ?? fallbackContractId,
    targetMonth: str(b.targetMonth) ?? fallbackMonth,
    vendorShareRatio: numOrNull(b.vendorShareRatio),
    totalBudgetAmount: numOrNull(b.totalBudgetAmount),
    usedBudgetAmount: numOrNull(b.usedBudgetAmount),
  };
}

export function toInstantCoupon(c: Obj): InstantCoupon {
  return {
    couponId: idStr(c.couponId) ?? '',
    contractId: idStr(c.contractId),
    vendorContractId: idStr(c.vendorContractId),
    promotionName: str(c.promotionName),
    status: str(c.status) ?? '',
    type: str(c.type) ?? '',
    discount: numOrNull(c.discount) ?? 0,
    maxDiscountPrice: numOrNull(c.maxDiscountPrice),
    startAt: str(c.startAt),
    endAt: str(c.endAt),
  };
}

export function toInstantItem(c: Obj): InstantCouponItem {
  return {
    couponItemId: idStr(c.couponItemId) ?? '',
    couponId: idStr(c.couponId) ?? '',
    vendorItemId: idStr(c.vendorItemId) ?? '',
    startAt: str(c.startAt),
    endAt: str(c.endAt),
    status: str(c.status) ?? '',
  };
}

export interface StatusContent {
  couponId: string | null;
  requestedId: string | null;
  type: string | null;
  status: string | null;
  total: number | null;
  succeeded: number | null;
  failed: number | null;
  failedItems: Array<{ vendorItemId: string; reason: string }>;
}

/** `GET …/requested/{requestedId}` (rule 13): data.content. */
export function toInstantStatus(data: unknown): StatusContent {
  const c = fmsContent(data);
  const o = isObj(c) ? c : {};
  const failed = Array.isArray(o.failedVendorItems) ? o.failedVendorItems.filter(isObj) : [];
  return {
    couponId: idStr(o.couponId),
    requestedId: idStr(o.requestedId),
    type: str(o.type),
    status: str(o.status),
    total: numOrNull(o.total),
    succeeded: numOrNull(o.succeeded),
    failed: numOrNull(o.failed),
    failedItems: failed.map((f) => ({ vendorItemId: idStr(f.vendorItemId) ?? '', reason: str(f.reason) ?? '' })),
  };
}

/** `GET …/coupons/transactionStatus` (rule 45): {transactionStatusResponse:{…}}. */
export function toDownloadStatus(data: unknown): StatusContent {
  const root = isObj(data) ? data : {};
  const o = isObj(root.transactionStatusResponse) ? root.transactionStatusResponse : root;
  const failed = Array.isArray(o.couponFailedVendorItemIdResponses) ? o.couponFailedVendorItemIdResponses.filter(isObj) : [];
  return {
    couponId: idStr(o.couponId),
    requestedId: idStr(o.requestedId),
    type: str(o.type),
    status: str(o.status),
    total: numOrNull(o.total),
    succeeded: numOrNull(o.succeeded),
    failed: numOrNull(o.failed),
    failedItems: failed.map((f) => ({ vendorItemId: idStr(f.vendorItemId) ?? '', reason: str(f.failureReason) ?? '' })),
  };
}

/** The requestedId of an accepted instant write: data.content.requestedId (and content.success). */
export function acceptedRequestedId(data: unknown): { requestedId: string | null; success: boolean } {
  const d = fmsData(data);
  const c = isObj(d.content) ? d.content : {};
  const success = d.success !== false && c.success !== false;
  return { requestedId: idStr(c.requestedId), success };
}

export interface MarketplaceResult {
  ok: boolean;
  couponId: string | null;
  requestTransactionId: string | null;
  errorCode: string | null;
  errorMessage: string | null;
}

/**
 * Download item creation / expiry answers: documented as one object, observed as an array of
 * them with body.requestTransactionId (rules 43, 44). Accept both.
 */
export function toMarketplaceResults(data: unknown): MarketplaceResult[] {
  const list = Array.isArray(data) ? data : [data];
  return list.filter(isObj).map((o) => {
    const body = isObj(o.body) ? o.body : {};
    return {
      ok: str(o.requestResultStatus) !== 'FAIL',
      couponId: idStr(body.couponId),
      requestTransactionId: idStr(body.requestTransactionId),
      errorCode: str(o.errorCode),
      errorMessage: str(o.errorMessage),
    };
  });
}

function toPolicy(p: Obj): DownloadCoupon['policies'][number] {
  return {
    title: str(p.title),
    typeOfDiscount: str(p.typeOfDiscount),
    description: str(p.description),
    minimumPrice: numOrNull(p.minimumPrice),
    discount: numOrNull(p.discount),
    maximumDiscountPrice: numOrNull(p.maximumDiscountPrice),
    maximumPerDaily: numOrNull(p.maximumPerDaily),
  };
}

/** Creation answer or single lookup → the fields the screen shows (`couponPolicies` or `policies`, rule 46). */
export function downloadFields(raw: Obj) {
  const policies = Array.isArray(raw.couponPolicies) ? raw.couponPolicies : Array.isArray(raw.policies) ? raw.policies : [];
  return {
    couponId: idStr(raw.couponId),
    title: str(raw.title),
    couponType: str(raw.couponType),
    couponStatus: str(raw.couponStatus),
    startDate: str(raw.startDate),
    endDate: str(raw.endDate),
    publishedDate: str(raw.publishedDate),
    appliedOptionCount: numOrNull(raw.appliedOptionCount),
    usageAmount: numOrNull(raw.usageAmount),
    policies: policies.filter(isObj).map(toPolicy),
  };
}

/** One reason line for a FAIL: the per-option reasons Coupang gave, grouped. */
export function failReasonKo(items: ReadonlyArray<{ vendorItemId: string; reason: string }>): string | null {
  if (!items.length) return null;
  const groups = new Map<string, string[]>();
  for (const i of items) groups.set(i.reason, [...(groups.get(i.reason) ?? []), i.vendorItemId]);
  return [...groups.entries()]
    .map(([reason, ids]) => `${reason} (옵션 ${ids.slice(0, 3).join(', ')}${ids.length > 3 ? ` 외 ${ids.length - 3}개` : ''})`)
    .join(' / ');
}
