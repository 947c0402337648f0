// Download coupons wingdesk created or looked up: Coupang has no list API for them.
import type { Db } from './db';

export interface DownloadCouponRecord {
  vendorId: string;
  couponId: string;
  contractId: string | null;
  userId: string | null;
  title: string | null;
  couponStatus: string | null;
  startDate: string | null;
  endDate: string | null;
  /** The last body Coupang sent for it (creation answer or single lookup), losslessly. */
  raw: Record<string, unknown>;
  destroyed: boolean;
  checkedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

function fromDb(r: any): DownloadCouponRecord {
  return {
    vendorId: r.vendor_id,
    couponId: r.coupon_id,
    contractId: r.contract_id,
    userId: r.user_id,
    title: r.title,
    couponStatus: r.coupon_status,
    startDate: r.start_date,
    endDate: r.end_date,
    raw: JSON.parse(r.raw_json),
    destroyed: r.destroyed === 1,
    checkedAt: r.checked_at,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export function createDownloadCouponsRepo(db: Db, now: () => Date = () => new Date()) {
  const iso = () => now().toISOString();
  const get = (vendorId: string, couponId: string): DownloadCouponRecord | null => {
    const r = db.prepare('SELECT * FROM coupon_download WHERE vendor_id = ? AND coupon_id = ?').get(vendorId, couponId);
    return r ? fromDb(r) : null;
  };
  return {
    get,
    list(vendorId: string): DownloadCouponRecord[] {
      return db.prepare('SELECT * FROM coupon_download WHERE vendor_id = ? ORDER BY created_at DESC').all(vendorId).map(fromDb);
    },
    /** Inserts or refreshes; fields not given keep their stored value. */
    upsert(rec: Pick<DownloadCouponRecord, 'vendorId' | 'couponId' | 'raw'> & Partial<DownloadCouponRecord>): DownloadCouponRecord {
      const old = get(rec.vendorId, rec.couponId);
      const at = iso();
      const merged = {
        contractId: rec.contractId ?? old?.contractId ?? null,
        userId: rec.userId ?? old?.userId ?? null,
        title: rec.title ?? old?.title ?? null,
        couponStatus: rec.couponStatus ?? old?.couponStatus ?? null,
        startDate: rec.startDate ?? old?.startDate ?? null,
        endDate: rec.endDate ?? old?.endDate ?? null,
        raw: { ...(old?.raw ?? {}), ...rec.raw },
        destroyed: rec.destroyed ?? old?.destroyed ?? false,
        checkedAt: rec.checkedAt ?? old?.checkedAt ?? null,
      };
      db.prepare(
        `INSERT INTO coupon_download (vendor_id, coupon_id, contract_id, user_id, title, coupon_status, start_date, end_date, raw_json, destroyed, checked_at, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (vendor_id, coupon_id) DO UPDATE SET contract_id = excluded.contract_id, user_id = excluded.user_id, title = excluded.title,
           coupon_status = excluded.coupon_status, start_date = excluded.start_date, end_date = excluded.end_date, raw_json = excluded.raw_json,
           destroyed = excluded.destroyed, checked_at = excluded.checked_at, updated_at = excluded.updated_at`,
      ).run(
        rec.vendorId,
        rec.couponId,
        merged.contractId,
        merged.userId,
        merged.title,
        merged.couponStatus,
        merged.startDate,
        merged.endDate,
        JSON.stringify(merged.raw),
        merged.destroyed ? 1 : 0,
        merged.checkedAt,
        old?.createdAt ?? at,
        at,
      );
      return get(rec.vendorId, rec.couponId)!;
    },
    markDestroyed(vendorId: string, couponId: string): void {
      db.prepare('UPDATE coupon_download SET destroyed = 1, updated_at = ? WHERE vendor_id = ? AND coupon_id = ?').run(iso(), vendorId, couponId);
    },
  };
}
export type DownloadCouponsRepo = ReturnType<typeof createDownloadCouponsRepo>;
