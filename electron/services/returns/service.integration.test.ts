// Acceptance: the returns service against the real sandbox — sync into SQLite (returns,
// exchanges, withdrawals), every action's state gate checked before sending, approval with the
// receipt total as cancelCount, lost answers reconciled by reading (never resent), offline reads.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { admin, openSandbox, sandboxClient, sandboxRequests, type Sandbox } from '../../coupang/test-sandbox';
import type { CoupangClient } from '../../coupang';
import { createRouter, type Handlers } from '../../ipc/router';
import { describeError } from '../../ipc/errors';
import { addKstDays, kstIso } from '../../../shared/kst';
import { openDatabase, type Db } from '../../store/db';
import { createReturnsHandlers } from './handlers';
import { createReturnsService, type ReturnsService } from './service';

const START = '2025-09-01T03:00:00Z';
let sb: Sandbox;
let db: Db;
let dir: string;
let client: CoupangClient;
let service: ReturnsService;

beforeAll(async () => {
  sb = await openSandbox({ seed: 11, startAt: START, timeScale: 0, rate: 1000 });
  dir = mkdtempSync(join(tmpdir(), 'wd-returns-it-'));
  db = openDatabase(dir);
  client = sandboxClient(sb, { ratePerSecond: 10 });
  service = createReturnsService({ db, connection: async () => ({ vendorId: sb.vendorId, client }), now: () => new Date(sb.clock.now()) });
}, 60_000);
afterAll(async () => {
  db?.close();
  await client?.close();
  await sb?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});
afterEach(async () => {
  await admin(sb, 'DELETE', '/faults');
});

const apiCalls = async (since: number) => (await sandboxRequests(sb, since)).filter((e) => !e.path.startsWith('/__sandbox'));

/** A delivered box nothing was returned from yet (skipping boxes used before). */
const used = new Set<string>();
async function deliveredBox(): Promise<string> {
  const { orders } = await admin(sb, 'GET', `/orders?vendorId=${sb.vendorId}`);
  const claimed = new Set(((await admin(sb, 'GET', '/returns')).receipts as any[]).flatMap((r) => r.items.map((i: any) => i.shipmentBoxId)));
  const box = (orders as any[]).find((o) => o.status === 'FINAL_DELIVERY' && o.removed === null && !claimed.has(o.shipmentBoxId) && !used.has(o.shipmentBoxId) && o.items.every((i: any) => i.cancelCount === 0));
  used.add(box.shipmentBoxId);
  return box.shipmentBoxId;
}

async function newReturn(extra: Record<string, unknown> = {}): Promise<string> {
  const res = await admin(sb, 'POST', '/returns/customer', { shipmentBoxId: await deliveredBox(), action: 'return', ...extra });
  await service.sync();
  return res.receiptId;
}

async function newExchange(): Promise<string> {
  const res = await admin(sb, 'POST', '/returns/customer', { shipmentBoxId: await deliveredBox(), action: 'exchange' });
  await service.sync();
  return res.exchangeId;
}

describe('sync', () => {
  it('stores the seeded returns, exchanges and withdrawals the way the sandbox has them', async () => {
    const report = await service.sync();
    expect(report.requests).toBeGreaterThan(5);
    const truth = await admin(sb, 'GET', '/returns');
    const live = (truth.receipts as any[]).filter((r) => r.receiptType === 'RETURN' && !r.withdrawn);
    expect(live.length).toBeGreaterThan(0);
    for (const r of live) expect(service.repo.getReceipt(sb.vendorId, r.receiptId)?.receiptStatus).toBe(r.receiptStatus);
    for (const e of truth.exchanges as any[]) expect(service.repo.getExchange(sb.vendorId, e.exchangeId)?.exchangeStatus).toBe(e.exchangeStatus);
    for (const w of truth.withdrawals as any[]) expect(service.repo.getReceipt(sb.vendorId, w.cancelId)?.withdrawnAt).not.toBeNull();
    const state = await service.syncState();
    expect(state.lastSyncAt).not.toBeNull();
    expect(state.receipts).toBeGreaterThanOrEqual(live.length);
  });
});

describe('keeping the lists current', () => {
  it('a new return arrives without pressing 동기화: the background refresh picks it up', async () => {
    await service.sync();
    const { receiptId } = await admin(sb, 'POST', '/returns/customer', { shipmentBoxId: await deliveredBox(), action: 'return' });
    expect(service.repo.getReceipt(sb.vendorId, receiptId)).toBeUndefined();
    service.startBackground({ firstDelayMs: 10, intervalMs: 60_000 });
    try {
      await expect.poll(() => service.repo.getReceipt(sb.vendorId, receiptId)?.receiptStatus ?? null, { timeout: 20_000 }).not.toBeNull();
    } finally {
      await service.stopBackground();
    }
  });

  it('a sync asked during the background pass joins it when its period is covered, and runs its own for a longer one', async () => {
    const today = kstIso(new Date(sb.clock.now())).slice(0, 10);
    const [background, covered] = await Promise.all([service.sync(), service.sync({ from: addKstDays(today, -6), to: today })]);
    expect(covered).toBe(background);
    const since = Date.now();
    const [short, longer] = await Promise.all([service.sync({ from: addKstDays(today, -6), to: today }), service.sync({ from: addKstDays(today, -59), to: today })]);
    expect(longer).not.toBe(short);
    expect(longer.requests).toBeGreaterThan(short.requests);
    expect((await apiCalls(since)).length).toBeGreaterThanOrEqual(short.requests + longer.requests);
  });

  it('a copy read before the stored one never overwrites it (a list page in flight while an action was read back)', async () => {
    const stored = service.repo.getReceipt(sb.vendorId, await newReturn())!;
    const earlier = kstIso(new Date(Date.parse(stored.seenAt) - 60_000));
    service.repo.upsertReceipt(sb.vendorId, { ...stored, receiptStatus: 'RELEASE_STOP_UNCHECKED', seenAt: earlier });
    expect(service.repo.getReceipt(sb.vendorId, stored.receiptId)!.receiptStatus).toBe(stored.receiptStatus);
    service.repo.upsertReceipt(sb.vendorId, { ...stored, requesterName: '새로 읽은 이름' });
    expect(service.repo.getReceipt(sb.vendorId, stored.receiptId)!.requesterName).toBe('새로 읽은 이름');
  });
});

describe('return actions', () => {
  it('confirm receipt, then approve with cancelCount = the receipt total; gates are checked before sending', async () => {
    const id = await newReturn();
    // Approval before the receipt confirmation never reaches Coupang's approval API.
    const since = Date.now();
    const early = await service.approve(id);
    expect(early.state).toBe('failed');
    expect(early.messageKo).toMatch(/입고완료/);
    expect((await apiCalls(since)).some((c) => c.path.endsWith('/approval'))).toBe(false);

    expect((await service.confirmReceipt(id)).state).toBe('done');
    expect(service.repo.getReceipt(sb.vendorId, id)?.receiptStatus).toBe('VENDOR_WAREHOUSE_CONFIRM');
    const detail = await service.detail(id);
    expect(detail.actions.approve.allowed).toBe(true);
    expect(detail.actions.confirmReceipt.allowed).toBe(false);
    expect(detail.approveCancelCount).toBe(detail.items.reduce((n, i) => n + i.cancelCount, 0));

    const done = await service.approve(id);
    expect(done).toMatchObject({ state: 'done' });
    expect(service.repo.getReceipt(sb.vendorId, id)?.receiptStatus).toBe('RETURNS_COMPLETED');
    const journal = (await service.detail(id)).journal;
    expect(journal.map((j) => [j.action, j.state])).toEqual([
      ['approve', 'done'],
      ['confirmReceipt', 'done'],
    ]);
  });

  it('registers a pickup waybill after checking it locally', async () => {
    const id = await newReturn();
    const typo = await service.registerPickup({ kind: 'RETURN', id, deliveryCompanyCode: 'CJ대한통운', invoiceNumber: '123' });
    expect(typo.state).toBe('failed');
    expect(typo.messageKo).toMatch(/10자리 또는 12자리/);
    const ok = await service.registerPickup({ kind: 'RETURN', id, deliveryCompanyCode: '대한통운', invoiceNumber: '1234-5678-9012' });
    expect(ok.state).toBe('done');
    expect((await service.detail(id)).pickups).toEqual([{ deliveryCompanyCode: 'CJGLS', deliveryInvoiceNo: '123456789012' }]);
  });

  it('a lost answer (504 after the write) is reconciled by reading, never resent', async () => {
    const id = await newReturn();
    await admin(sb, 'POST', '/faults', { timeoutAfterWriteRate: 1, scope: 'writes' });
    const since = Date.now();
    const res = await service.confirmReceipt(id);
    expect(res.state).toBe('done');
    expect(res.messageKo).toMatch(/조회해 보니/);
    const writes = (await apiCalls(since)).filter((c) => c.method === 'PUT');
    expect(writes).toHaveLength(1);
  });

  it('a withdrawn return shows in the withdrawal history and takes no action', async () => {
    const id = await newReturn({ reasonCode: 'DEFECT' });
    await admin(sb, 'POST', '/returns/withdraw', { receiptId: id });
    await service.sync();
    expect(service.repo.getReceipt(sb.vendorId, id)?.withdrawnAt).not.toBeNull();
    const list = await service.list({ filter: { status: 'ALL' }, limit: 1000 });
    expect(list.rows.some((r) => r.receiptId === id)).toBe(false);
    const history = await service.withdrawals({ limit: 1000 });
    expect(history.rows.find((w) => w.cancelId === id)).toMatchObject({ refundDeliveryDuty: 'COM', refundDeliveryDutyKo: '업체' });
    const refused = await service.confirmReceipt(id);
    expect(refused.state).toBe('failed');
    expect(refused.messageKo).toMatch(/철회/);
  });
});

describe('exchange actions', () => {
  it('rejects with SOLDOUT; the store follows', async () => {
    const id = await newExchange();
    expect((await service.exchangeDetail(id)).actions.reject.allowed).toBe(true);
    const res = await service.exchangeReject(id, 'SOLDOUT');
    expect(res.state).toBe('done');
    expect(service.repo.getExchange(sb.vendorId, id)?.exchangeStatus).toBe('REJECT');
    expect((await service.exchangeReject(id, 'WITHDRAW')).state).toBe('failed');
  });

  it('confirms receipt, then uploads the invoice on the new box once it is usable', async () => {
    const id = await newExchange();
    expect((await service.exchangeInvoice({ exchangeId: id, deliveryCompanyCode: 'CJGLS', invoiceNumber: '123456789012' })).messageKo).toMatch(/입고 확인 후/);
    expect((await service.exchangeConfirm(id)).state).toBe('done');
    const stored = service.repo.getExchange(sb.vendorId, id)!;
    expect(stored.exchangeStatus).toBe('PROGRESS');
    expect(stored.newShipmentBoxId).toMatch(/^\d{18}$/);
    await admin(sb, 'POST', '/clock', { advanceMinutes: 11 });
    const res = await service.exchangeInvoice({ exchangeId: id, deliveryCompanyCode: 'CJGLS', invoiceNumber: '123456789012' });
    expect(res).toMatchObject({ state: 'done' });
    expect((await service.exchangeDetail(id)).shipments[0]).toMatchObject({ shipmentBoxId: stored.newShipmentBoxId, invoiceNumber: '123456789012', deliverCode: 'CJGLS' });
  });
});

describe('IPC handlers', () => {
  it('validate payloads against the contract and answer from the store', async () => {
    const handlers = createReturnsHandlers({ db, connections: { current: async () => ({ credentials: { vendorId: sb.vendorId }, client }) as never }, background: false });
    const router = createRouter(handlers as Handlers, { trustedOrigins: ['wingdesk://app'], describeError });
    const sender = { origin: 'wingdesk://app', isMainFrame: true };
    const bad = await router.dispatch('returns.exchangeReject', { exchangeId: '1', rejectCode: 'OTHER' }, sender);
    expect(bad.ok).toBe(false);
    const list = await router.dispatch('returns.list', { filter: { status: 'ALL' } }, sender);
    expect(list.ok).toBe(true);
    if (list.ok) expect((list.data as { rows: unknown[] }).rows.length).toBeGreaterThan(0);
    const detail = await router.dispatch('returns.detail', { receiptId: '1' }, sender);
    expect(detail.ok).toBe(false);
    if (!detail.ok) expect(detail.error.code).toBe('NOT_FOUND');
  });
});
