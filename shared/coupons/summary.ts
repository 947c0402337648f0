// Plain-Korean one-liners for tracked requests (CLI output, logs) and the reading of Coupang's
// request-status answers, kept pure so the screen, the service and the CLI agree.
import { formatWon } from '../money';
import type { RequestType } from './rules';

export type CouponFamily = 'instant' | 'download';

/** What the tracker keeps about a request besides its IDs, enough to say what it was. */
export interface RequestPayloadSummary {
  name?: string;
  type?: string;
  discount?: number;
  maxDiscountPrice?: number;
  startAt?: string;
  endAt?: string;
  vendorItemCount?: number;
  /** 1-based batch number and batch count when a list was split (rules 21, 41). */
  batch?: number;
  batches?: number;
  policies?: number;
}

const KIND_KO: Record<CouponFamily, Record<RequestType, string>> = {
  instant: {
    COUPON_PUBLISH: '즉시할인 쿠폰 생성',
    COUPON_EXPIRE: '즉시할인 쿠폰 파기',
    COUPON_ITEM_PUBLISH: '즉시할인 옵션 추가',
    COUPON_ITEM_EXPIRE: '즉시할인 옵션 제거',
  },
  download: {
    COUPON_PUBLISH: '다운로드 쿠폰 생성',
    COUPON_EXPIRE: '다운로드 쿠폰 파기',
    COUPON_ITEM_PUBLISH: '다운로드 옵션 추가',
    COUPON_ITEM_EXPIRE: '다운로드 옵션 제거',
  },
};

export function requestKindKo(family: CouponFamily, kind: RequestType): string {
  return KIND_KO[family][kind];
}

/** 정률 10% (최대 5,000원) / 정액 1,000원 / 수량별 정액 1,000원 */
export function discountKo(type: string | undefined, discount: number | undefined, maxDiscountPrice?: number): string {
  if (discount === undefined || !type) return '';
  const max = maxDiscountPrice !== undefined && maxDiscountPrice > 0 ? ` (최대 ${formatWon(maxDiscountPrice)})` : '';
  if (type === 'RATE') return `정률 ${discount}%${max}`;
  if (type === 'FIXED_WITH_QUANTITY') return `수량별 정액 ${formatWon(discount)}${max}`;
  return `정액 ${formatWon(discount)}${max}`;
}

export function requestSummaryKo(family: CouponFamily, kind: RequestType, couponId: string | null, p: RequestPayloadSummary): string {
  const parts = [requestKindKo(family, kind)];
  if (p.name) parts.push(`‘${p.name}’`);
  if (couponId) parts.push(`쿠폰 ${couponId}`);
  const d = discountKo(p.type, p.discount, p.maxDiscountPrice);
  if (d) parts.push(d);
  if (p.startAt && p.endAt) parts.push(`${p.startAt} ~ ${p.endAt}`);
  if (p.policies) parts.push(`정책 ${p.policies}개`);
  if (p.vendorItemCount !== undefined) parts.push(`옵션 ${p.vendorItemCount.toLocaleString('ko-KR')}개`);
  if (p.batches && p.batches > 1) parts.push(`${p.batch}/${p.batches}번째 묶음`);
  return parts.join(' · ');
}

export interface StatusCounts {
  status?: string | null;
  total?: number | null;
  succeeded?: number | null;
  failed?: number | null;
}

/**
 * REQUESTED / DONE / FAIL as documented for instant requests (rule 13). The download status API
 * documents only FAIL (rule 45), so anything else is read from the counts: all handled and none
 * failed → DONE, all failed → FAIL, otherwise still running.
 */
export function readRequestStatus(s: StatusCounts): 'REQUESTED' | 'DONE' | 'FAIL' {
  const status = (s.status ?? '').toUpperCase();
  if (status === 'DONE' || status === 'FAIL' || status === 'REQUESTED') return status;
  const total = s.total ?? 0;
  const ok = s.succeeded ?? 0;
  const bad = s.failed ?? 0;
  if (total > 0 && ok + bad >= total) return ok === 0 ? 'FAIL' : 'DONE';
  return 'REQUESTED';
}
