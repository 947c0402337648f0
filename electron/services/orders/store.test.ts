import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../store/db';
import { parseSearch } from '../../../shared/orders/search';
import { createOrdersQuery } from '../../store/orders-query';
import { createOrdersRepo, type OrdersRepo } from '../../store/orders-repo';
import { normalizeOrderSheet, normalizeReceipt } from './normalize';
import { makeReceipt, makeSheet } from './test-fixtures';

const V = 'A00012345';
let dir: string;
let db: Db;
let repo: OrdersRepo;
const at = (min: number) => new Date(Date.UTC(2026, 0, 5, 3, min)).toISOString();

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'wd-orders-'));
  db = openDatabase(dir);
  repo = createOrdersRepo(db);
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('normalize', () => {
  it('keeps 18-digit IDs as strings and reads v5 money and times', () => {
    const n = normalizeOrderSheet(makeSheet({ shipmentBoxId: '660123456789012345', items: [{ vendorItemId: '3145181064', count: 2, price: 12000 }] }));
    expect(n.shipmentBoxId).toBe('660123456789012345');
    expect(n.items[0].orderPrice).toBe(24000);
    expect(n.orderedAt).toMatch(/^2026-01-05T10:00:00\+09:00$/);
    expect(n.receiverPhoneLast4).toBe('5678');
    expect(JSON.parse(n.rawJson).shipmentBoxId).toBe('660123456789012345');
  });
});

describe('orders store', () => {
  it('inserts, leaves an unchanged sheet alone and appends history only on a status change', () => {
    const s = makeSheet({ shipmentBoxId: '660000000000000001' });
    expect(repo.upsertOrder(V, normalizeOrderSheet(s), { at: at(0), source: 'sync' })).toBe('inserted');
    expect(repo.upsertOrder(V, normalizeOrderSheet(s), { at: at(1), source: 'sync' })).toBe('unchanged');
    expect(repo.upsertOrder(V, normalizeOrderSheet({ ...s, status: 'INSTRUCT' }), { at: at(2), source: 'sync' })).toBe('updated');
    expect(repo.upsertOrder(V, normalizeOrderSheet({ ...s, status: 'INSTRUCT', parcelPrintMessage: '경비실' }), { at: at(3), source: 'sync' })).toBe('updated');
    expect(repo.history(V, '660000000000000001').map((h) => h.status)).toEqual(['ACCEPT', 'INSTRUCT']);
    expect(repo.count(V)).toBe(1);
    expect(repo.items(V, '660000000000000001')).toHaveLength(1);
  });

  it('does not roll back a status an action set moments ago, nor one seen earlier in the same run', () => {
    const s = makeSheet({ shipmentBoxId: '660000000000000002' });
    repo.upsertOrder(V, normalizeOrderSheet(s), { at: at(0), source: 'sync' });
    repo.setStatusFromAction(V, '660000000000000002', 'INSTRUCT', at(1));
    repo.upsertOrder(V, normalizeOrderSheet(s), { at: at(2), source: 'sync', actionGuardMs: 30 * 60_000 });
    expect(repo.get(V, '660000000000000002')!.status).toBe('INSTRUCT');
    // after the guard, Coupang's word wins
    repo.upsertOrder(V, normalizeOrderSheet(s), { at: at(59), source: 'sync', actionGuardMs: 30 * 60_000 });
    expect(repo.get(V, '660000000000000002')!.status).toBe('ACCEPT');
    repo.upsertOrder(V, normalizeOrderSheet({ ...s, status: 'DEPARTURE' }), { at: at(60), source: 'sync', runId: 'r1' });
    repo.upsertOrder(V, normalizeOrderSheet({ ...s, status: 'INSTRUCT' }), { at: at(61), source: 'sync', runId: 'r1' });
    expect(repo.get(V, '660000000000000002')!.status).toBe('DEPARTURE');
  });

  it('flags a changed receiver until the shipment leaves 상품준비중', () => {
    const s = makeSheet({ shipmentBoxId: '660000000000000003' });
    repo.upsertOrder(V, normalizeOrderSheet(s), { at: at(0), source: 'sync' });
    repo.upsertOrder(V, normalizeOrderSheet({ ...s, status: 'INSTRUCT', receiver: { ...(s.receiver as object), addr1: '부산광역시 해운대구' } }), { at: at(1), source: 'coupang' });
    expect(repo.get(V, '660000000000000003')!.receiverChanged).toBe(true);
    expect(repo.get(V, '660000000000000003')!.receiverVerified).toBe(true);
    repo.upsertOrder(V, normalizeOrderSheet({ ...s, status: 'DEPARTURE', receiver: { ...(s.receiver as object), addr1: '부산광역시 해운대구' } }), { at: at(2), source: 'sync' });
    expect(repo.get(V, '660000000000000003')!.receiverChanged).toBe(false);
  });

  it('links a stop-shipment request to its shipment and holds it until answered, in either arrival order', () => {
    const s = makeSheet({ shipmentBoxId: '660000000000000004', orderId: '2000006593044', status: 'INSTRUCT', items: [{ vendorItemId: '3145181064', count: 2 }] });
    const receipt = normalizeReceipt(makeReceipt({ receiptId: '44698107', orderId: '2000006593044', shipmentBoxId: '660000000000000004', vendorItemId: '3145181064', count: 2 }));
    repo.upsertClaim(V, 'RELEASE_STOP', receipt, at(0));
    repo.upsertOrder(V, normalizeOrderSheet(s), { at: at(1), source: 'sync' });
    expect(repo.get(V, '660000000000000004')!.claimPending).toBe(true);
    expect(repo.claimsForShipment(V, '660000000000000004').map((c) => c.receiptId)).toEqual(['44698107']);
    repo.setClaimStatus(V, '44698107', 'STOP_SHIPMENT_DONE', at(2));
    expect(repo.get(V, '660000000000000004')!.claimPending).toBe(false);
    // a later list still showing RU does not undo our answer
    repo.upsertClaim(V, 'RELEASE_STOP', receipt, at(3));
    expect(repo.get(V, '660000000000000004')!.claimPending).toBe(false);
  });

  it('links a receipt without shipmentBoxId through the orderId and item', () => {
    const s = makeSheet({ shipmentBoxId: '660000000000000005', orderId: '2000006593055', items: [{ vendorItemId: '111', count: 1 }] });
    repo.upsertOrder(V, normalizeOrderSheet(s), { at: at(0), source: 'sync' });
    const r = makeReceipt({ receiptId: '5', orderId: '2000006593055', shipmentBoxId: '', vendorItemId: '111', count: 1, type: 'CANCEL', status: 'RETURNS_COMPLETED' });
    repo.upsertClaim(V, 'CANCEL', normalizeReceipt(r), at(1));
    expect(repo.get(V, '660000000000000005')!.claimPending).toBe(true);
    // once the sheet shows the cancel and nothing is left to ship it stays held; Coupang removed it
    repo.upsertOrder(V, normalizeOrderSheet(makeSheet({ shipmentBoxId: '660000000000000005', orderId: '2000006593055', items: [{ vendorItemId: '111', count: 1, cancel: 1 }] })), { at: at(2), source: 'sync' });
    expect(repo.get(V, '660000000000000005')!.claimPending).toBe(true);
  });
});

describe('orders query', () => {
  it('filters by tab, KST day, search and sorts with stable paging', () => {
    const q = createOrdersQuery(db);
    const day = (d: number, h: number) => new Date(Date.UTC(2026, 0, d, h - 9, 30)); // h = KST hour
    repo.upsertOrder(V, normalizeOrderSheet(makeSheet({ shipmentBoxId: '660000000000000011', orderedAt: day(5, 0), receiverName: '김철수', safeNumber: '+82-50-1111-2222', items: [{ vendorItemId: '1', name: '무선 마우스, 블랙' }] })), { at: at(0), source: 'sync' });
    repo.upsertOrder(V, normalizeOrderSheet(makeSheet({ shipmentBoxId: '660000000000000012', status: 'INSTRUCT', orderedAt: day(5, 23), receiverName: '이영희', safeNumber: '+82-50-3333-4444', items: [{ vendorItemId: '2', name: '키보드, 화이트' }] })), { at: at(0), source: 'sync' });
    repo.upsertOrder(V, normalizeOrderSheet(makeSheet({ shipmentBoxId: '660000000000000013', orderedAt: day(6, 1), receiverName: '박민수', items: [{ vendorItemId: '3', name: 'USB 허브' }] })), { at: at(0), source: 'sync' });
    const all = q.list(V, { status: 'ALL' }, 'orderedAt', true, 0, 10);
    expect(all.total).toBe(3);
    expect(all.counts).toMatchObject({ ALL: 3, ACCEPT: 2, INSTRUCT: 1, CLAIM: 0 });
    expect(all.rows.map((r) => r.shipmentBoxId)).toEqual(['660000000000000013', '660000000000000012', '660000000000000011']);
    expect(q.list(V, { status: 'ALL', from: '2026-01-05', to: '2026-01-05' }, 'orderedAt', false, 0, 10).rows.map((r) => r.shipmentBoxId)).toEqual(['660000000000000011', '660000000000000012']);
    expect(q.list(V, { status: 'INSTRUCT' }, 'orderedAt', true, 0, 10).total).toBe(1);
    expect(q.list(V, { status: 'ALL', search: '4444' }, 'orderedAt', true, 0, 10).rows.map((r) => r.receiverName)).toEqual(['이영희']);
    expect(q.list(V, { status: 'ALL', search: '무선마우스' }, 'orderedAt', true, 0, 10).rows.map((r) => r.receiverName)).toEqual(['김철수']);
    expect(q.list(V, { status: 'ALL', search: '철수' }, 'orderedAt', true, 0, 10).rows.map((r) => r.receiverName)).toEqual(['김철수']);
    expect(q.list(V, { status: 'ALL', search: '660000000000000012' }, 'orderedAt', true, 0, 10).total).toBe(1);
    expect(q.list(V, { status: 'ALL', search: '6600000000000000' }, 'orderedAt', true, 0, 10).total).toBe(3);
    const byName = q.list(V, { status: 'ALL' }, 'receiverName', false, 1, 1);
    expect(byName.rows.map((r) => r.receiverName)).toEqual(['박민수']);
  });

  it('finds two- and one-letter searches exactly as a scan of search_text would, this vendor only', () => {
    const q = createOrdersQuery(db);
    const add = (vendor: string, id: string, receiverName: string, name: string, sku?: string) =>
      repo.upsertOrder(vendor, normalizeOrderSheet(makeSheet({ shipmentBoxId: id, receiverName, items: [{ vendorItemId: id.slice(-3), name, sku }] })), { at: at(0), source: 'sync' });
    add(V, '660000000000000021', '김철수', '무선 마우스, 블랙');
    add(V, '660000000000000022', '이민준', '텀블러 500ml, 포장 박스');
    add(V, '660000000000000023', '박서준', '마우스패드', '포장'); // search_text ends in 포장: no trigram starts there
    add('A00099999', '660000000000000024', '김철수', '무선 마우스, 블랙', '포장');
    const texts = (db.prepare('SELECT search_text FROM orders WHERE vendor_id = ?').pluck().all(V) as string[]).map((t) => [...t]);
    // Every two-letter piece of every text, the last two letters included (no trigram starts there).
    const probes = new Set(texts.flatMap((t) => t.slice(0, -1).map((c, i) => c + t[i + 1])).filter((p) => !/\s/.test(p) && !p.includes('\u0001')));
    for (const t of texts) probes.add(t.slice(-2).join(''));
    probes.add('김');
    probes.add('우');
    for (const probe of probes) {
      const parsed = parseSearch(probe);
      if (parsed.kind !== 'text') continue; // digits are phone / ID searches
      const want = db.prepare('SELECT COUNT(*) FROM orders WHERE vendor_id = ? AND instr(search_text, ?) > 0').pluck().get(V, parsed.text);
      expect([probe, q.list(V, { status: 'ALL', search: probe }, 'orderedAt', true, 0, 10).total]).toEqual([probe, want]);
    }
    expect(q.list(V, { status: 'ALL', search: '철수' }, 'orderedAt', true, 0, 10).rows.map((r) => r.shipmentBoxId)).toEqual(['660000000000000021']);
    expect(q.list(V, { status: 'ALL', search: '포장' }, 'orderedAt', true, 0, 10).rows.map((r) => r.shipmentBoxId).sort()).toEqual(['660000000000000022', '660000000000000023']);
  });
});
