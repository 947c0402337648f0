// Which options wingdesk knows to be in which coupon (rules 22 and 37), and option names for the
// item picker from the local orders store when its tables are in this database.
import type { CouponFamily } from '../../shared/ipc/coupons';
import type { Db } from './db';

export interface OptionCandidate {
  vendorItemId: string;
  name: string;
  source: 'orders' | 'coupons';
}

export function createCouponOptionsRepo(db: Db, now: () => Date = () => new Date()) {
  const iso = () => now().toISOString();

  /** The orders engineer's item table, if this database has it (electron/store/migrations.ts). */
  function orderItemsTable(): { name: string; nameExpr: string } | null {
    // nameExpr: one row's display name built from whichever name columns exist.
    const t = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'order_items'").get() as { name: string } | undefined;
    if (!t) return null;
    const cols = new Set((db.prepare('PRAGMA table_info(order_items)').all() as Array<{ name: string }>).map((c) => c.name));
    if (!cols.has('vendor_id') || !cols.has('vendor_item_id')) return null;
    // vendorItemName is Coupang's "상품명, 옵션"; without it, the product and item names together.
    const product = ['seller_product_name', 'seller_product_item_name'].filter((c) => cols.has(c));
    const fallback = product.length ? `TRIM(${product.map((p) => `COALESCE(${p}, '')`).join(" || ' ' || ")})` : "''";
    const nameExpr = cols.has('vendor_item_name') ? `COALESCE(NULLIF(TRIM(vendor_item_name), ''), ${fallback})` : fallback;
    return { name: 'order_items', nameExpr };
  }

  return {
    add(vendorId: string, family: CouponFamily, couponId: string, vendorItemIds: readonly string[], initial = false): void {
      const stmt = db.prepare(
        `INSERT INTO coupon_options (vendor_id, family, vendor_item_id, coupon_id, initial, updated_at) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT (vendor_id, family, vendor_item_id, coupon_id) DO UPDATE SET updated_at = excluded.updated_at, initial = MAX(initial, excluded.initial)`,
      );
      const at = iso();
      db.transaction(() => {
        for (const id of vendorItemIds) stmt.run(vendorId, family, id, couponId, initial ? 1 : 0, at);
      })();
    },
    remove(vendorId: string, family: CouponFamily, couponId: string, vendorItemIds?: readonly string[]): void {
      if (!vendorItemIds) {
        db.prepare('DELETE FROM coupon_options WHERE vendor_id = ? AND family = ? AND coupon_id = ?').run(vendorId, family, couponId);
        return;
      }
      const stmt = db.prepare('DELETE FROM coupon_options WHERE vendor_id = ? AND family = ? AND coupon_id = ? AND vendor_item_id = ?');
      db.transaction(() => {
        for (const id of vendorItemIds) stmt.run(vendorId, family, couponId, id);
      })();
    },
    /** Replaces what is known about one coupon's options with a fresh read. */
    replace(vendorId: string, family: CouponFamily, couponId: string, vendorItemIds: readonly string[]): void {
      const initial = new Set(
        (db.prepare('SELECT vendor_item_id FROM coupon_options WHERE vendor_id = ? AND family = ? AND coupon_id = ? AND initial = 1').all(vendorId, family, couponId) as Array<{ vendor_item_id: string }>).map(
          (r) => r.vendor_item_id,
        ),
      );
      db.transaction(() => {
        this.remove(vendorId, family, couponId);
        this.add(vendorId, family, couponId, vendorItemIds.filter((id) => !initial.has(id)));
        this.add(vendorId, family, couponId, vendorItemIds.filter((id) => initial.has(id)), true);
      })();
    },
    /** vendorItemId → couponId for the given options. */
    assigned(vendorId: string, family: CouponFamily, vendorItemIds?: readonly string[]): Record<string, string> {
      const out: Record<string, string> = {};
      const rows = db
        .prepare('SELECT vendor_item_id, coupon_id FROM coupon_options WHERE vendor_id = ? AND family = ? ORDER BY updated_at')
        .all(vendorId, family) as Array<{ vendor_item_id: string; coupon_id: string }>;
      const want = vendorItemIds ? new Set(vendorItemIds) : null;
      for (const r of rows) if (!want || want.has(r.vendor_item_id)) out[r.vendor_item_id] = r.coupon_id;
      return out;
    },
    initialOf(vendorId: string, family: CouponFamily, couponId: string): string[] {
      return (db.prepare('SELECT vendor_item_id FROM coupon_options WHERE vendor_id = ? AND family = ? AND coupon_id = ? AND initial = 1').all(vendorId, family, couponId) as Array<{ vendor_item_id: string }>).map(
        (r) => r.vendor_item_id,
      );
    },
    ordersAvailable(): boolean {
      return orderItemsTable() !== null;
    },
    /** Options the seller has sold (local orders store) or put in coupons here, searchable by ID or name. */
    candidates(vendorId: string, search: string | undefined, limit: number): OptionCandidate[] {
      const out = new Map<string, OptionCandidate>();
      const like = search ? `%${search.replace(/[%_\\]/g, (c) => `\\${c}`)}%` : null;
      const t = orderItemsTable();
      if (t) {
        const where = like ? `AND (vendor_item_id LIKE ? ESCAPE '\\' OR ${t.nameExpr} LIKE ? ESCAPE '\\')` : '';
        const rows = db
          .prepare(`SELECT vendor_item_id AS id, MAX(${t.nameExpr}) AS name FROM ${t.name} WHERE vendor_id = ? ${where} GROUP BY vendor_item_id ORDER BY name, vendor_item_id LIMIT ?`)
          .all(...(like ? [vendorId, like, like, limit] : [vendorId, limit])) as Array<{ id: string; name: string | null }>;
        for (const r of rows) out.set(String(r.id), { vendorItemId: String(r.id), name: (r.name ?? '').trim(), source: 'orders' });
      }
      if (out.size < limit) {
        const rows = db
          .prepare(
            `SELECT DISTINCT vendor_item_id AS id FROM coupon_options WHERE vendor_id = ? ${like ? "AND vendor_item_id LIKE ? ESCAPE '\\'" : ''} ORDER BY vendor_item_id LIMIT ?`,
          )
          .all(...(like ? [vendorId, like, limit] : [vendorId, limit])) as Array<{ id: string }>;
        for (const r of rows) if (!out.has(r.id) && out.size < limit) out.set(r.id, { vendorItemId: r.id, name: '', source: 'coupons' });
      }
      return [...out.values()];
    },
  };
}
export type CouponOptionsRepo = ReturnType<typeof createCouponOptionsRepo>;
