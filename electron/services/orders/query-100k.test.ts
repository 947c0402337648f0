// Measures (does not assert on time) the grid's queries over 100,000 stored shipments, and checks
// that the indexes are what those queries use.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../store/db';
import { createOrdersQuery, fullWhere } from '../../store/orders-query';
import { seedSyntheticOrders, timeTypicalQueries } from './synthetic';

const V = 'A00099999';
let dir: string;
let db: Db;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'wd-100k-'));
  db = openDatabase(dir);
  seedSyntheticOrders(db, V, 100_000);
}, 120_000);
afterAll(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('orders.list over 100,000 shipments', () => {
  it('answers every grid query with the right totals (timings are logged, not asserted)', () => {
    const q = createOrdersQuery(db);
    const timings = timeTypicalQueries((f, s, d, o, l) => q.list(V, f, s, d, o, l), 3);
    console.log(`[orders 100k] ${timings.map((t) => `${t.name}: ${t.firstMs}/${t.ms}ms (${t.total})`).join(' | ')}`);
    const byName = Object.fromEntries(timings.map((t) => [t.name, t]));
    expect(byName['전체, 최신순 첫 페이지'].total).toBe(100_000);
    expect(byName['검색: 배송번호'].total).toBe(1);
    expect(byName['검색: 전화 뒷자리'].total).toBeGreaterThan(0);
    expect(byName['취소·출고중지 탭'].total).toBe(Math.floor(100_000 / 97));
    const page = q.list(V, { status: 'ALL' }, 'orderedAt', true, 99_900, 200);
    expect(page.rows).toHaveLength(100);
  });

  it('pages status tabs and the date order through indexes, not a sort of the whole table', () => {
    const plan = (filter: Record<string, unknown>, order: string) => {
      const w = fullWhere(V, filter);
      return (db.prepare(`EXPLAIN QUERY PLAN SELECT shipment_box_id FROM orders WHERE ${w.sql} ORDER BY ${order} LIMIT 200`).all(w.params) as Array<{ detail: string }>)
        .map((r) => r.detail)
        .join(' / ');
    };
    expect(plan({ status: 'INSTRUCT' }, 'ordered_ms DESC, shipment_box_id DESC')).toMatch(/orders_by_status_time/);
    expect(plan({ status: 'ALL' }, 'ordered_ms DESC, shipment_box_id DESC')).toMatch(/orders_by_time/);
    expect(plan({ status: 'CLAIM' }, 'ordered_ms DESC, shipment_box_id DESC')).toMatch(/orders_by_claim_time/);
  });
});
