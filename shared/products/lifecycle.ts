// What may be done to a product in which state, and which modify API a change needs. Coupang
// refuses the wrong one with terse messages; wingdesk decides before sending (rules 13-22, 35, 37).
import { statusCodeOf, type ProductStatusCode } from './enums';
import { issue, type ProductIssue } from './issues';

type Json = Record<string, any>;

/** rule 15: approval can be requested only for 임시저장 products. */
export function approvalRequestIssue(statusName: string | null | undefined): ProductIssue | null {
  const code = statusCodeOf(statusName);
  if (code === 'SAVED') return null;
  return issue('status', 15, `'${statusName ?? '알 수 없음'}' 상태에서는 승인요청을 할 수 없습니다. 승인요청은 임시저장 상태에서만 됩니다.`);
}

/**
 * rule 17: the approval-required modify works in 승인완료 (incl. 부분승인완료) and 승인반려, never while
 * Coupang reviews (승인대기중/심사중). A 임시저장 product has not been submitted yet, so saving it again
 * (like Wing's edit of a saved product) is allowed too.
 */
export function updateIssue(statusName: string | null | undefined): ProductIssue | null {
  const code = statusCodeOf(statusName);
  if (code === 'APPROVED' || code === 'PARTIAL_APPROVED' || code === 'DENIED' || code === 'SAVED') return null;
  return issue('status', 17, `'${statusName ?? '알 수 없음'}' 상태에서는 상품을 수정할 수 없습니다. 승인완료 또는 승인반려 상태에서 수정하세요 (승인대기중에는 불가).`);
}

/** rule 18: the approval-free modify does not work for 임시저장(중) and 승인대기중. */
export function partialUpdateIssue(statusName: string | null | undefined): ProductIssue | null {
  const code = statusCodeOf(statusName);
  if (code === 'SAVED' || code === 'APPROVING' || code === 'IN_REVIEW' || code === null) {
    return issue('status', 18, `'${statusName ?? '알 수 없음'}' 상태에서는 배송·반품 정보 빠른 수정(승인불필요)을 쓸 수 없습니다.`);
  }
  return null;
}

/** rule 35: deletion needs a product that is not 승인대기중 and whose items are all stopped. */
export function deleteIssue(statusName: string | null | undefined, itemsOnSale: number): ProductIssue | null {
  const code = statusCodeOf(statusName);
  if (code === 'APPROVING' || code === 'IN_REVIEW') return issue('status', 35, '승인대기중인 상품은 삭제할 수 없습니다.');
  if (itemsOnSale > 0) return issue('status', 35, `판매중인 옵션이 ${itemsOnSale}개 있습니다. 모든 옵션을 판매중지한 뒤 삭제하세요.`);
  return null;
}

/** rule 37 (and 4): item price/stock/sale APIs need the vendorItemId issued on approval. */
export function itemApiIssue(vendorItemId: string | null | undefined, field = 'vendorItemId'): ProductIssue | null {
  if (vendorItemId && /^\d+$/.test(vendorItemId)) return null;
  return issue(field, 37, '옵션ID(vendorItemId)는 승인 후에 발급됩니다. 임시저장·승인대기 중에는 가격·재고·판매상태를 바꿀 수 없습니다.');
}

/** rule 20: the fields the approval-free modify (/partial) covers. */
export const PARTIAL_FIELDS = [
  'deliveryMethod',
  'deliveryCompanyCode',
  'deliveryChargeType',
  'deliveryCharge',
  'freeShipOverAmount',
  'deliveryChargeOnReturn',
  'remoteAreaDeliverable',
  'unionDeliveryType',
  'returnCenterCode',
  'returnChargeName',
  'companyContactNumber',
  'returnZipCode',
  'returnAddress',
  'returnAddressDetail',
  'returnCharge',
  'outboundShippingPlaceCode',
  'extraInfoMessage',
] as const;

/** Fields sent per item that only the item APIs change on approved items (rule 21). */
const ITEM_API_FIELDS = ['salePrice', 'originalPrice', 'maximumBuyCount'] as const;

export interface EditPlan {
  /** updatePartial when only delivery/return fields changed (rule 19/20), update otherwise, none when nothing changed. */
  path: 'update' | 'updatePartial' | 'none';
  changedFields: string[];
  /** The /partial body (sellerProductId + changed delivery fields). */
  partialBody: Json | null;
  /** Price/stock changes on approved items that must go through the item APIs (rule 21). */
  itemApiChanges: { vendorItemId: string; field: (typeof ITEM_API_FIELDS)[number]; from: number; to: number }[];
  reasonKo: string;
  issues: ProductIssue[];
}

/** Comparable form of a JSON value: IDs/numbers as text, null/''/absent alike, keys sorted. */
function canon(v: unknown): unknown {
  if (v === null || v === undefined || v === '') return undefined;
  if (typeof v === 'number' || typeof v === 'bigint') return String(v);
  if (Array.isArray(v)) return v.map(canon);
  if (typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(v as object).sort()) {
      const c = canon((v as Record<string, unknown>)[k]);
      if (c !== undefined) out[k] = c;
    }
    return out;
  }
  return v;
}
const same = (a: unknown, b: unknown) => JSON.stringify(canon(a) ?? null) === JSON.stringify(canon(b) ?? null);
const stripItemApi = (item: Json) => {
  const copy = { ...item };
  for (const k of ITEM_API_FIELDS) delete copy[k];
  return copy;
};

/**
 * Picks the modify API for an edit (rules 17-21): delivery/return-only changes of an approved
 * product go through the approval-free /partial API (applied at once; through the approval-required
 * one they reach the front 4-24 h after re-approval); anything else needs the approval-required
 * update. Price/stock of approved items are never changed by either — they go to the item APIs.
 */
export function planEdit(original: Json, body: Json): EditPlan {
  const status = typeof original.statusName === 'string' ? original.statusName : null;
  const code: ProductStatusCode | null = statusCodeOf(status);
  const approved = code === 'APPROVED' || code === 'PARTIAL_APPROVED';
  const changedTop = Object.keys({ ...original, ...body }).filter(
    (k) => !['items', 'requested', 'statusName', 'categoryId', 'productId', 'mdId', 'mdName', 'deliverySurcharge', 'bundlePackingDelivery'].includes(k) && !same(original[k], body[k]) && body[k] !== undefined,
  );
  const beforeItems: Json[] = Array.isArray(original.items) ? original.items : [];
  const afterItems: Json[] = Array.isArray(body.items) ? body.items : [];
  const itemApiChanges: EditPlan['itemApiChanges'] = [];
  let itemsChanged = beforeItems.length !== afterItems.length;
  for (const a of afterItems) {
    const b = beforeItems.find((x) => x.sellerProductItemId != null && String(x.sellerProductItemId) === String(a.sellerProductItemId ?? ''));
    if (!b) {
      itemsChanged = true;
      continue;
    }
    if (approved && b.vendorItemId) {
      for (const f of ITEM_API_FIELDS) {
        if (Number(a[f]) !== Number(b[f])) itemApiChanges.push({ vendorItemId: String(b.vendorItemId), field: f, from: Number(b[f]), to: Number(a[f]) });
      }
      if (!same(stripItemApi(a), stripItemApi(b))) itemsChanged = true;
    } else if (!same(a, b)) itemsChanged = true;
  }
  const issues: ProductIssue[] = [];
  const changedFields = [...changedTop, ...(itemsChanged ? ['items'] : [])];
  const onlyPartial = changedFields.length > 0 && changedFields.every((f) => (PARTIAL_FIELDS as readonly string[]).includes(f));
  if (changedFields.length === 0) {
    return { path: 'none', changedFields, partialBody: null, itemApiChanges, reasonKo: itemApiChanges.length ? '상품 정보는 그대로이고 가격·재고만 바뀌었습니다 — 옵션별 API로 보냅니다.' : '바뀐 내용이 없습니다.', issues };
  }
  if (onlyPartial && approved) {
    const partialBody: Json = { sellerProductId: String(original.sellerProductId ?? body.sellerProductId) };
    for (const f of changedFields) partialBody[f] = body[f];
    return { path: 'updatePartial', changedFields, partialBody, itemApiChanges, reasonKo: '배송·반품 정보만 바뀌어 승인 없이 바로 반영되는 수정(승인불필요)으로 보냅니다 [규칙 19, 20].', issues };
  }
  const blocked = updateIssue(status);
  if (blocked) issues.push(blocked);
  if (itemApiChanges.length) issues.push(issue('items', 21, '승인된 옵션의 판매가·정가·재고는 상품 수정으로 바뀌지 않아 옵션별 API로 따로 보냅니다.', 'warning'));
  return { path: 'update', changedFields, partialBody: null, itemApiChanges, reasonKo: '상품 정보가 바뀌어 승인이 필요한 수정으로 보냅니다. 재승인 후 반영됩니다 [규칙 17, 19].', issues };
}

/** rule 11: products.getInflowStatus — restricted=true or the permitted count reached means no new product. */
export function inflowIssue(status: { restricted?: boolean | null; registeredCount?: number | null; permittedCount?: number | null } | null | undefined): ProductIssue | null {
  if (!status) return null;
  if (status.restricted === true) return issue('(account)', 11, '이 판매자는 지금 상품을 등록할 수 없습니다 (등록 제한). Wing에서 상품 등록 현황을 확인하세요.');
  const { registeredCount, permittedCount } = status;
  if (typeof permittedCount === 'number' && typeof registeredCount === 'number' && registeredCount >= permittedCount) {
    return issue('(account)', 11, `등록 가능한 상품 수(${permittedCount}개)를 모두 썼습니다 (현재 ${registeredCount}개). 더 필요하면 쿠팡에 문의하세요.`);
  }
  return null;
}
