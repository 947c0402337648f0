import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { normalizeOrderSheet } from '../services/orders/normalize';
import { makeSheet } from '../services/orders/test-fixtures';
import { openDatabase, type Db } from './db';
import { createInvoiceOrdersQuery } from './invoices-orders';
import { createOrdersRepo } from './orders-repo';

const VENDOR = 'A00012345';
let dir: string;
let db: Db;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'wd-inv-orders-'));
  db = openDatabase(dir);
  const repo = createOrdersRepo(db);
  const at = { at: '2026-01-05T10:00:00+09:00', source: 'sync' as const };
  repo.upsertOrder(VENDOR, normalizeOrderSheet(makeSheet({ shipmentBoxId: '660000000000000001', orderId: '11000000001', status: 'INSTRUCT', items: [{ vendorItemId: '80000000012', count: 2 }, { vendorItemId: '80000000011' }], receiverName: '김하나', addr1: '서울 송파구 1' })), at);
  repo.upsertOrder(VENDOR, normalizeOrderSheet(makeSheet({ shipmentBoxId: '660000000000000002', orderId: '11000000002', status: 'DEPARTURE', invoiceNumber: '555566667777', deliveryCompanyName: 'CJ대한통운' })), at);
  repo.upsertOrder('B00000001', normalizeOrderSheet(makeSheet({ shipmentBoxId: '660000000000000003', orderId: '11000000003', status: 'INSTRUCT' })), at);
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('invoice order checks: the store answers by position', () => {
  it('one entry per asked box in the asked order, undefined where this vendor has none', () => {
    const q = createInvoiceOrdersQuery(db);
    const answer = q.lookup(VENDOR, ['660000000000000002', '660000000000000009', '660000000000000001', '660000000000000003']);
    expect(answer).toHaveLength(4);
    expect(answer[0]).toMatchObject({ shipmentBoxId: '660000000000000002', orderId: '11000000002', status: 'DEPARTURE', invoiceNumber: '555566667777', claimPending: false });
    expect(answer[1]).toBeUndefined();
    expect(answer[2]).toMatchObject({ shipmentBoxId: '660000000000000001', orderId: '11000000001', status: 'INSTRUCT', invoiceNumber: null });
    // items in the order sheet's line order, with what is left to ship
    expect(answer[2]!.items).toEqual([
      { vendorItemId: '80000000012', quantityToShip: 2 },
      { vendorItemId: '80000000011', quantityToShip: 1 },
    ]);
    expect(answer[3]).toBeUndefined(); // another vendor's box
    expect(answer[2]!.receiverKey).toBe('김하나|서울송파구1101동1001호'); // name | address without spaces, from the stored sheet
    expect(q.lookup(VENDOR, [])).toEqual([]);
  });
});
