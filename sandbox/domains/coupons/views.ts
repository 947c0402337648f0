// Response objects with exactly the fields and key order of coupons.json's examples. IDs documented
// as Number leave as bare JSON digits through num(); times as `yyyy-MM-dd HH:mm:ss` KST.
import { num } from '../../json';
import { formatCouponDate } from './dates';
import { budgetRow, downloadStatus, instantStatus, itemStatus, usedBudget } from './engine';
import type { Contract, CouponsState, DownloadCoupon, DownloadTransaction, InstantCoupon, InstantItem, InstantRequest } from './types';

/**
 * requestedId: every documented response carries it as a JSON *string* ("123543582159745830895",
 * "649102321051192483", "4080133932843441"; rule 30, transport.md §6, coupons.json types it String),
 * so the sandbox sends a string. Flip this to emit bare digits instead (a number beyond 2^53) if
 * live traffic ever shows that; clients must survive both (their parser is lossless).
 */
export const REQUESTED_ID_AS_JSON_NUMBER = false;

export function requestedIdValue(id: string): unknown {
  return REQUESTED_ID_AS_JSON_NUMBER ? num(id) : id;
}

const id = (value: string) => num(value);

/** List/single examples show decimals (30.0, 99.0); the orderId example shows integers (99, 10). */
const decimal = (n: number) => num(Number.isInteger(n) ? `${n}.0` : String(n));

export function contractView(c: Contract, vendorId: string) {
  return {
    contractId: id(c.contractId),
    vendorContractId: c.vendorContractId,
    sellerId: vendorId,
    sellerShareRatio: c.sellerShareRatio,
    coupangShareRatio: c.coupangShareRatio,
    gmvRatio: c.gmvRatio,
    start: formatCouponDate(c.start),
    end: formatCouponDate(c.end),
    type: c.type,
    // rule 8: the table says usedBudget, every example says useBudget; clients read the examples.
    useBudget: c.useBudget,
    modifiedAt: formatCouponDate(c.modifiedAt),
    modifiedBy: c.modifiedBy,
  };
}

export function budgetView(state: CouponsState, contractId: string, month: string) {
  const row = budgetRow(state, contractId, month)!;
  const contract = state.contracts.find((c) => c.contractId === contractId)!;
  return {
    contractId: id(contractId),
    targetMonth: month,
    vendorShareRatio: contract.sellerShareRatio,
    totalBudgetAmount: row.total,
    usedBudgetAmount: usedBudget(state, contractId, month),
  };
}

export function instantCouponView(state: CouponsState, c: InstantCoupon, now: number) {
  const contract = state.contracts.find((x) => x.contractId === c.contractId);
  return {
    contractId: id(c.contractId),
    // Examples show null; the table documents the contract's code (-1, 1, 2): we send the code.
    vendorContractId: contract ? contract.vendorContractId : null,
    promotionName: c.name,
    couponId: id(c.couponId),
    status: instantStatus(state, c, now),
    type: c.type,
    maxDiscountPrice: c.maxDiscountPrice,
    discount: decimal(c.discount),
    startAt: formatCouponDate(c.startAt),
    endAt: formatCouponDate(c.endAt),
  };
}

/** listInstantCouponsByOrderId row; the older v1 path had no `type` (coupons.json). */
export function orderCouponView(state: CouponsState, c: InstantCoupon, vendorItemId: string, now: number, withType: boolean) {
  return {
    vendorItemId: id(vendorItemId),
    contractId: id(c.contractId),
    promotionName: c.name,
    couponId: id(c.couponId),
    status: instantStatus(state, c, now),
    ...(withType ? { type: c.type } : {}),
    maxDiscountPrice: c.maxDiscountPrice,
    discount: c.discount,
    startAt: formatCouponDate(c.startAt),
    endAt: formatCouponDate(c.endAt),
  };
}

export function instantItemView(state: CouponsState, c: InstantCoupon, item: InstantItem, now: number) {
  return {
    couponItemId: id(item.couponItemId),
    couponId: id(c.couponId),
    vendorItemId: id(item.vendorItemId),
    startAt: formatCouponDate(c.startAt),
    endAt: formatCouponDate(c.endAt),
    status: itemStatus(state, c, item, now),
  };
}

export function requestStatusView(r: InstantRequest) {
  // No coupon exists for a failed COUPON_PUBLISH: its couponId is null.
  const couponId = r.type === 'COUPON_PUBLISH' && r.status !== 'DONE' ? null : id(r.couponId);
  return {
    couponId,
    requestedId: requestedIdValue(r.requestedId),
    type: r.type,
    status: r.status,
    total: r.total,
    succeeded: r.status === 'REQUESTED' ? 0 : r.succeeded,
    failed: r.status === 'REQUESTED' ? 0 : r.failed,
    failedVendorItems: r.failedVendorItems.map((f) => ({ vendorItemId: id(f.vendorItemId), reason: f.reason })),
  };
}

function policiesView(c: DownloadCoupon, withCode: boolean) {
  return c.policies.map((p) =>
    withCode
      ? {
          description: p.description,
          discount: p.discount,
          maximumDiscountPrice: p.typeOfDiscount === 'PRICE' ? -1 : p.maximumDiscountPrice,
          maximumPerDaily: p.maximumPerDaily,
          minimumPrice: p.minimumPrice,
          title: p.title,
          typeOfDiscount: p.typeOfDiscount,
          manageCode: p.manageCode,
        }
      : {
          title: p.title,
          typeOfDiscount: p.typeOfDiscount,
          description: p.description,
          minimumPrice: p.minimumPrice,
          discount: p.discount,
          maximumDiscountPrice: p.typeOfDiscount === 'PRICE' ? -1 : p.maximumDiscountPrice,
          maximumPerDaily: p.maximumPerDaily,
        },
  );
}

/** createDownloadCoupon's answer: the example's keys (it has no endDate). */
export function downloadCreatedView(c: DownloadCoupon, vendorId: string) {
  return {
    couponId: id(c.couponId),
    vendorId,
    couponType: 'DOWNLOAD',
    lastModifiedBy: c.lastModifiedBy,
    lastModifiedDate: formatCouponDate(c.lastModifiedAt),
    title: c.title,
    publishedDate: null,
    startDate: formatCouponDate(c.startAt),
    couponStatus: 'STANDBY',
    couponPolicies: policiesView(c, true),
  };
}

/** getDownloadCoupon: the documented table (the page has no example; manageCode is not listed there). */
export function downloadCouponView(state: CouponsState, c: DownloadCoupon, now: number) {
  return {
    couponId: id(c.couponId),
    title: c.title,
    couponType: 'DOWNLOAD',
    couponStatus: downloadStatus(state, c, now),
    publishedDate: c.publishedAt === null ? null : formatCouponDate(c.publishedAt),
    startDate: formatCouponDate(c.startAt),
    endDate: formatCouponDate(c.endAt),
    appliedOptionCount: c.vendorItemIds.length,
    usageAmount: c.usageAmount,
    couponPolicies: policiesView(c, false),
  };
}

export function transactionView(x: DownloadTransaction) {
  const settled = x.status !== 'REQUESTED';
  return {
    transactionStatusResponse: {
      type: x.type,
      total: x.total,
      succeeded: settled ? x.succeeded : 0,
      status: x.status,
      requestedId: x.requestTransactionId,
      couponFailedVendorItemIdResponses: x.failures.map((f) => ({ vendorItemId: id(f.vendorItemId), failureReason: f.failureReason })),
      failed: settled ? x.failed : 0,
      couponId: id(x.couponId),
    },
  };
}
