// Body checks of the coupon write APIs. The first failure wins, as on Coupang. Coupang's own
// request examples send numbers and booleans as strings ("10", "false"), so both are accepted.
import { booleanValue, idText, isPlainObject, numberValue } from '../../json';
import { formatCouponDate, parseCouponDate } from './dates';
import { COUPON_MESSAGES as M } from './messages';
import { INSTANT_TYPES, type Contract, type DownloadDiscountType, type InstantType, type NewInstantCoupon } from './types';

export type Checked<T> = { ok: true; value: T } | { ok: false; status: number; message: string };

const fail = (message: string, status = 400): { ok: false; status: number; message: string } => ({ ok: false, status, message });
const filled = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';
/** Characters as a person counts them (Korean syllables are one each). */
const length = (s: string) => [...s].length;

export const INSTANT_NAME_MAX = 45; // rule 15 (2019 docs: 50)
export const MAX_INSTANT_ITEMS_PER_CALL = 10_000; // rule 21
export const MAX_DOWNLOAD_ITEMS_PER_CALL = 100; // rule 41
export const MAX_DOWNLOAD_POLICIES = 3; // rule 33
export const DOWNLOAD_START_LEAD_MS = 3_600_000; // rule 38: earliest start is creation + 1 h

function findContract(contracts: readonly Contract[], value: unknown, vendorId: string): Checked<Contract> {
  const contractId = idText(value) ?? (typeof value === 'number' || typeof value === 'string' ? String(value).trim() : '');
  if (contractId === '') return fail(M.required('contractId'));
  const contract = contracts.find((c) => c.contractId === contractId);
  return contract ? { ok: true, value: contract } : fail(M.contractNotOwned(contractId, vendorId));
}

/** [즉시할인쿠폰] 생성 (rules 9, 15-19). */
export function checkInstantCoupon(body: unknown, contracts: readonly Contract[], vendorId: string): Checked<NewInstantCoupon> {
  const b = isPlainObject(body) ? body : {};
  const contract = findContract(contracts, b.contractId, vendorId);
  if (!contract.ok) return contract;
  if (!filled(b.name)) return fail(M.required('name'));
  if (length(b.name) > INSTANT_NAME_MAX) return fail(M.nameTooLong);
  if (b.type === undefined || b.type === null || b.type === '') return fail(M.required('type'));
  if (!INSTANT_TYPES.includes(b.type as InstantType)) return fail(M.instantType);
  const type = b.type as InstantType;
  if (b.discount === undefined || b.discount === null || b.discount === '') return fail(M.required('discount'));
  const discount = numberValue(b.discount);
  if (discount === undefined || discount < 1 || (type === 'RATE' && discount > 100)) return fail(M.discount);
  if (b.maxDiscountPrice === undefined || b.maxDiscountPrice === null || b.maxDiscountPrice === '') return fail(M.required('maxDiscountPrice'));
  const maxDiscountPrice = numberValue(b.maxDiscountPrice);
  if (maxDiscountPrice === undefined || maxDiscountPrice < 10) return fail(M.maxDiscountPrice);
  const start = parseCouponDate(b.startAt);
  if (!start.ok) return fail(start.message ?? M.startAtPattern);
  const end = parseCouponDate(b.endAt);
  if (!end.ok) return fail(end.message ?? M.endAtPattern);
  if (end.ms <= start.ms) return fail(M.endBeforeStart);
  const c = contract.value;
  if (start.ms < c.start || end.ms > c.end) {
    return fail(M.contractPeriod(formatCouponDate(c.start), formatCouponDate(c.end), b.startAt as string, b.endAt as string));
  }
  // Start dates in the past are not refused: the docs only say a coupon "can" start at 00:00 of
  // the next day (rule 17) and a third party creates coupons starting today 00:00 successfully.
  const wow = b.wowExclusive === undefined || b.wowExclusive === null ? false : booleanValue(b.wowExclusive);
  if (wow === undefined) return fail(M.wowExclusive);
  return { ok: true, value: { contractId: c.contractId, name: b.name, type, discount, maxDiscountPrice, startAt: start.ms, endAt: end.ms, wowExclusive: wow } };
}

/** `vendorItems` of instant item addition/removal (rule 21). */
export function checkVendorItems(body: unknown): Checked<string[]> {
  const list = isPlainObject(body) ? body.vendorItems : undefined;
  if (!Array.isArray(list) || list.length < 1 || list.length > MAX_INSTANT_ITEMS_PER_CALL) return fail(M.vendorItemsSize);
  const ids: string[] = [];
  for (const v of list) {
    const id = idText(v);
    if (id === undefined || /^0+$/.test(id)) return fail(M.vendorItemsNumbers);
    ids.push(id);
  }
  return { ok: true, value: ids };
}

export interface NewDownloadPolicy {
  title: string;
  typeOfDiscount: DownloadDiscountType;
  description: string;
  minimumPrice: number;
  discount: number;
  maximumDiscountPrice: number;
  maximumPerDaily: number;
}

export interface NewDownloadCoupon {
  contract: Contract;
  title: string;
  startAt: number;
  endAt: number;
  userId: string;
  policies: NewDownloadPolicy[];
}

const tenWon = (n: number | undefined): n is number => n !== undefined && Number.isInteger(n) && n % 10 === 0;

function checkPolicy(p: unknown, i: number): Checked<NewDownloadPolicy> {
  if (!isPlainObject(p)) return fail(M.dlPolicyType(i));
  if (p.typeOfDiscount !== 'RATE' && p.typeOfDiscount !== 'PRICE') return fail(M.dlPolicyType(i));
  if (!filled(p.title)) return fail(M.required(`policies[${i}].title`));
  const minimumPrice = numberValue(p.minimumPrice);
  if (!tenWon(minimumPrice) || minimumPrice < 0) return fail(M.dlAmountUnit(i)); // rule 35
  const discount = numberValue(p.discount);
  let maximumDiscountPrice: number;
  if (p.typeOfDiscount === 'RATE') {
    if (discount === undefined || !Number.isInteger(discount) || discount < 1 || discount > 99) return fail(M.dlRate(i)); // rule 34
    const max = numberValue(p.maximumDiscountPrice);
    if (!tenWon(max) || max < 10) return fail(M.dlAmountUnit(i));
    maximumDiscountPrice = max;
  } else {
    if (!tenWon(discount) || discount < 10) return fail(M.dlAmountUnit(i)); // rule 34
    // rule 34: for PRICE any number is accepted (and shown as -1).
    maximumDiscountPrice = numberValue(p.maximumDiscountPrice) ?? -1;
  }
  const perDaily = numberValue(p.maximumPerDaily);
  if (perDaily === undefined || !Number.isInteger(perDaily) || perDaily < 1 || perDaily > 9999) return fail(M.dlMaxPerDaily(i));
  return {
    ok: true,
    value: { title: p.title, typeOfDiscount: p.typeOfDiscount, description: typeof p.description === 'string' ? p.description : '', minimumPrice, discount, maximumDiscountPrice, maximumPerDaily: perDaily },
  };
}

/** [다운로드쿠폰] 생성 (rules 33-38). The server takes `policies` (table and request example); `couponPolicies` is the response's name. */
export function checkDownloadCoupon(body: unknown, contracts: readonly Contract[], vendorId: string, now: number): Checked<NewDownloadCoupon> {
  const b = isPlainObject(body) ? body : {};
  if (!filled(b.title)) return fail(M.dlTitle);
  const contract = findContract(contracts, b.contractId, vendorId);
  if (!contract.ok) return contract;
  if (b.couponType !== 'DOWNLOAD') return fail(M.dlCouponType);
  if (!filled(b.userId)) return fail(M.required('userId'));
  const start = parseCouponDate(b.startDate);
  if (!start.ok) return fail(M.dlStartAt);
  const end = parseCouponDate(b.endDate);
  if (!end.ok) return fail(M.dlEndAt);
  const c = contract.value;
  // rule 38: earliest start is creation + 1 hour; the coupon must also fit its contract.
  if (start.ms < now + DOWNLOAD_START_LEAD_MS || start.ms < c.start) return fail(M.dlStartAt);
  if (end.ms <= start.ms || end.ms > c.end) return fail(M.dlEndAt);
  const list = b.policies;
  if (!Array.isArray(list) || list.length < 1 || list.length > MAX_DOWNLOAD_POLICIES) return fail(M.dlPoliciesSize);
  const policies: NewDownloadPolicy[] = [];
  for (let i = 0; i < list.length; i++) {
    const checked = checkPolicy(list[i], i);
    if (!checked.ok) return checked;
    policies.push(checked.value);
  }
  if (new Set(policies.map((p) => p.typeOfDiscount)).size > 1) return fail(M.dlMixedTypes); // rule 33
  return { ok: true, value: { contract: c, title: b.title, startAt: start.ms, endAt: end.ms, userId: b.userId, policies } };
}

export interface CouponItemsEntry {
  couponId: string;
  userId: string;
  vendorItemIds: string[];
}

/** [다운로드쿠폰] 아이템 생성 (rule 41): structural checks; coupon checks are the handler's. */
export function checkCouponItems(body: unknown): Checked<CouponItemsEntry[]> {
  const list = isPlainObject(body) ? body.couponItems : undefined;
  if (!Array.isArray(list) || list.length === 0) return fail(M.dlCouponItemsEmpty);
  const out: CouponItemsEntry[] = [];
  for (const entry of list) {
    if (!isPlainObject(entry)) return fail(M.dlCouponItemsEmpty);
    const couponId = idText(entry.couponId);
    if (couponId === undefined) return fail(M.dlDeleted);
    if (!filled(entry.userId)) return fail(M.required('userId'));
    const ids = entry.vendorItemIds;
    if (!Array.isArray(ids) || ids.length < 1 || ids.length > MAX_DOWNLOAD_ITEMS_PER_CALL) return fail(M.dlVendorItemIdsSize);
    const vendorItemIds: string[] = [];
    for (const v of ids) {
      const id = idText(v);
      if (id === undefined) return fail(M.vendorItemsNumbers);
      vendorItemIds.push(id);
    }
    out.push({ couponId, userId: entry.userId, vendorItemIds });
  }
  return { ok: true, value: out };
}

export interface ExpireEntry {
  couponId: string | undefined;
  reason: unknown;
  userId: unknown;
}

/** [다운로드쿠폰] 파기 (rule 44). */
export function checkExpireList(body: unknown): Checked<ExpireEntry[]> {
  const list = isPlainObject(body) ? body.expireCouponList : undefined;
  if (!Array.isArray(list) || list.length === 0) return fail(M.dlExpireListEmpty);
  return {
    ok: true,
    value: list.map((e) => (isPlainObject(e) ? { couponId: idText(e.couponId), reason: e.reason, userId: e.userId } : { couponId: undefined, reason: undefined, userId: undefined })),
  };
}
