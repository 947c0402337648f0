// Option candidates for the coupon item picker come from the orders store when its tables exist,
// and from coupons wingdesk made; known assignments feed the rule 22 / 37 warnings.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCouponOptionsRepo } from './coupons-options';
import { openDatabase, type Db } from './db';

let dir: string;
let db: Db;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'wingdesk-coupon-options-'));
  db = openDatabase(dir);
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Inserts an order line with whatever NOT NULL columns the orders engineer's table has. */
function orderItem(vendorId: string, vendorItemId: string, name: string, box: string) {
  const cols = db.prepare('PRAGMA table_info(order_items)').all() as Array<{ name: string; notnull: number; dflt_value: unknown; type: string }>;
  const values: Record<string, unknown> = { vendor_id: vendorId, vendor_item_id: vendorItemId, shipment_box_id: box, vendor_item_name: name };
  for (const c of cols) if (!(c.name in values) && c.notnull && c.dflt_value === null) values[c.name] = /INT/i.test(c.type) ? 1 : 'x';
  const names = Object.keys(values).filter((n) => cols.some((c) => c.name === n));
  db.pragma('foreign_keys = OFF');
  db.prepare(`INSERT INTO order_items (${names.join(', ')}) VALUES (${names.map(() => '?').join(', ')})`).run(...names.map((n) => values[n]));
  db.pragma('foreign_keys = ON');
}

describe('coupon options', () => {
  it('searches options sold (orders store) by ID or name, per vendor, and adds ones only known from coupons', () => {
    const repo = createCouponOptionsRepo(db);
    const hasOrders = repo.ordersAvailable();
    if (hasOrders) {
      orderItem('A1', '3226138951', '말랑이 스트레스볼, 3개', 'b1');
      orderItem('A1', '3226138951', '말랑이 스트레스볼, 3개', 'b2');
      orderItem('A1', '3226138847', '전자 메모보드, 10인치', 'b3');
      orderItem('A2', '999', '다른 판매자', 'b4');
    }
    repo.add('A1', 'instant', '778', ['5500016112']);
    const all = repo.candidates('A1', undefined, 50);
    expect(all.find((c) => c.vendorItemId === '5500016112')).toEqual({ vendorItemId: '5500016112', name: '', source: 'coupons' });
    expect(all.some((c) => c.vendorItemId === '999')).toBe(false);
    if (hasOrders) {
      expect(all.filter((c) => c.vendorItemId === '3226138951')).toEqual([{ vendorItemId: '3226138951', name: '말랑이 스트레스볼, 3개', source: 'orders' }]);
      expect(repo.candidates('A1', '메모보드', 50).map((c) => c.vendorItemId)).toEqual(['3226138847']);
      expect(repo.candidates('A1', '38847', 50).map((c) => c.vendorItemId)).toEqual(['3226138847']);
    }
  });

  it('knows which coupon holds an option, keeps creation-time options marked, and forgets expired ones', () => {
    const repo = createCouponOptionsRepo(db);
    repo.add('A1', 'instant', '778', ['1', '2'], true);
    repo.add('A1', 'instant', '778', ['3']);
    expect(repo.assigned('A1', 'instant', ['1', '3', '9'])).toEqual({ '1': '778', '3': '778' });
    expect(repo.initialOf('A1', 'instant', '778').sort()).toEqual(['1', '2']);
    repo.replace('A1', 'instant', '778', ['1', '3']);
    expect(repo.initialOf('A1', 'instant', '778')).toEqual(['1']);
    repo.remove('A1', 'instant', '778', ['1']);
    expect(repo.assigned('A1', 'instant')).toEqual({ '3': '778' });
    expect(repo.assigned('A1', 'download')).toEqual({});
    repo.remove('A1', 'instant', '778');
    expect(repo.assigned('A1', 'instant')).toEqual({});
  });
});
