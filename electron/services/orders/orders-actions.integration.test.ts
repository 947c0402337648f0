// Acceptance: actions against the real sandbox — per-order results, the outbox journal, unknown
// outcomes reconciled by reading (never resent), and the offline queue drained when the
// connection returns. Also the IPC handlers through the real router (contract validation).
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { admin, openSandbox, sandboxClient, sandboxRequests, type Sandbox } from '../../coupang/test-sandbox';
import { createRouter } from '../../ipc/router';
import type { Handlers } from '../../ipc/router';
import { createSettingsRepo } from '../../store/settings-repo';
import { describeError } from '../../ipc/errors';
import { createOrdersHandlers } from './handlers';
import type { OrdersService } from './service';
import { canonical, harness, randomDigits, type Harness } from './test-sandbox';

let sb: Sandbox;
let h: Harness;

beforeAll(async () => {
  sb = await openSandbox({ seed: 31, orders: 400, timeScale: 0 });
  h = harness(sb, { actions: { unknownRecheckMs: 0 } });
  await h.service.sync();
}, 60_000);
afterAll(async () => {
  await h?.close();
  await sb?.close();
});

const apiCalls = async (since: number) => (await sandboxRequests(sb, since)).filter((e) => !e.path.startsWith('/__sandbox'));

/** New orders, paid 11 minutes ago (past the list delay), synced into the store: their boxes. */
async function freshAccept(n: number): Promise<string[]> {
  const { created } = await admin(sb, 'POST', '/orders/generate', { count: n, minutesAgo: 11 });
  await h.service.sync();
  const ids = (created as Array<{ shipmentBoxId: string }>).map((c) => c.shipmentBoxId).slice(0, n);
  for (const id of ids) expect(h.service.repo.get(sb.vendorId, id)?.status).toBe('ACCEPT');
  return ids;
}

async function freshInstruct(n: number): Promise<string[]> {
  const ids = await freshAccept(n);
  const res = await h.service.acknowledge(ids);
  expect(res.every((r) => r.state === 'done')).toBe(true);
  return ids;
}

async function sandboxStatus(id: string): Promise<string | undefined> {
  return (await canonical(sb)).orders.find((o) => o.shipmentBoxId === id)?.status;
}

describe('order actions against the sandbox', () => {
  it('acknowledges per order, re-reads the receiver, and reports a changed address', async () => {
    const [a, b, moved] = await freshAccept(3);
    await admin(sb, 'POST', '/orders/customer', { shipmentBoxId: moved, action: 'changeAddress' });
    const since = Date.now();
    const results = await h.service.acknowledge([a, b, moved, '660999999999999999']);
    expect(results.map((r) => [r.shipmentBoxId, r.state])).toEqual([
      [a, 'done'],
      [b, 'done'],
      [moved, 'done'],
      ['660999999999999999', 'failed'],
    ]);
    expect(results[3].messageKo).toMatch(/동기화/);
    expect(results[2].messageKo).toMatch(/배송지가 바뀌었습니다/);
    const calls = await apiCalls(since);
    expect(calls.filter((c) => c.method === 'PUT')).toHaveLength(1); // one batch for the three
    expect(calls.filter((c) => c.method === 'GET' && c.path.endsWith(`/ordersheets/${moved}`))).toHaveLength(1);
    for (const id of [a, b, moved]) {
      expect(await sandboxStatus(id)).toBe('INSTRUCT');
      expect(h.service.repo.get(sb.vendorId, id)!.status).toBe('INSTRUCT');
    }
    expect(h.service.repo.get(sb.vendorId, moved)!.receiverChanged).toBe(true);
    expect(h.service.repo.history(sb.vendorId, a).map((x) => [x.status, x.source])).toEqual([
      ['ACCEPT', 'sync'],
      ['INSTRUCT', 'action'],
    ]);
    // asking again does not send again
    const again = await h.service.acknowledge([a]);
    expect(again[0]).toMatchObject({ state: 'done' });
    expect(h.service.outbox.all(sb.vendorId).filter((e) => e.shipmentBoxId === a)).toHaveLength(1);
  }, 60_000);

  it('uploads invoices after checking carrier and number locally; refuses held and wrong-state boxes', async () => {
    const [x, y] = await freshInstruct(2);
    const [acceptOne] = await freshAccept(1);
    const since = Date.now();
    const inv = randomDigits(12);
    const results = await h.service.uploadInvoice([
      { shipmentBoxId: x, deliveryCompanyCode: 'CJ대한통운', invoiceNumber: inv },
      { shipmentBoxId: y, deliveryCompanyCode: 'CJGLS', invoiceNumber: '12345' },
      { shipmentBoxId: acceptOne, deliveryCompanyCode: 'HANJIN', invoiceNumber: randomDigits(12) },
    ]);
    expect(results.map((r) => r.state)).toEqual(['done', 'failed', 'failed']);
    expect(results[1].messageKo).toMatch(/자리/);
    expect(results[2].messageKo).toMatch(/상품준비중/);
    const posts = (await apiCalls(since)).filter((c) => c.method === 'POST');
    expect(posts).toHaveLength(1);
    expect(await sandboxStatus(x)).toBe('DEPARTURE');
    const c = (await canonical(sb)).orders.find((o) => o.shipmentBoxId === x)!;
    expect(c.invoiceNumber).toBe(inv);
    expect(h.service.repo.get(sb.vendorId, x)).toMatchObject({ status: 'DEPARTURE', invoiceNumber: inv, deliveryCompanyCode: 'CJGLS' });

    // 송장 수정
    const inv2 = randomDigits(12);
    const upd = await h.service.updateInvoice([{ shipmentBoxId: x, deliveryCompanyCode: 'CJGLS', invoiceNumber: inv2 }]);
    expect(upd[0]).toMatchObject({ state: 'done' });
    expect((await canonical(sb)).orders.find((o) => o.shipmentBoxId === x)!.invoiceNumber).toBe(inv2);
  }, 60_000);

  it('flags a customer stop-shipment request on sync, refuses to ship it, and completes 출고중지', async () => {
    const [box] = await freshInstruct(1);
    const { receipts } = await admin(sb, 'POST', '/orders/customer', { shipmentBoxId: box, action: 'cancel' });
    expect(receipts[0].receiptStatus).toBe('RELEASE_STOP_UNCHECKED');
    await admin(sb, 'POST', '/clock', { advanceMinutes: 1 });
    await h.service.sync();
    expect(h.service.repo.get(sb.vendorId, box)!.claimPending).toBe(true);
    const page = await h.service.list({ filter: { status: 'CLAIM' }, sort: 'orderedAt', desc: true, offset: 0, limit: 50 });
    expect(page.rows.map((r) => r.shipmentBoxId)).toContain(box);
    expect((await h.service.pickingList({ shipmentBoxIds: [box] })).shipments).toBe(0);

    const refused = await h.service.uploadInvoice([{ shipmentBoxId: box, deliveryCompanyCode: 'CJGLS', invoiceNumber: randomDigits(12) }]);
    expect(refused[0]).toMatchObject({ state: 'failed' });
    expect(refused[0].messageKo).toMatch(/출고중지 또는 취소 요청/);

    const since = Date.now();
    const stopped = await h.service.stopShipment([box]);
    expect(stopped[0]).toMatchObject({ state: 'done' });
    const puts = (await apiCalls(since)).filter((c) => c.method === 'PUT');
    expect(puts).toHaveLength(1);
    expect(puts[0].path).toContain(`/returnRequests/${receipts[0].receiptId}/stoppedShipment`);
    expect(h.service.repo.get(sb.vendorId, box)!.claimPending).toBe(false);
    const receipt = (await canonical(sb)).receipts.find((r) => r.receiptId === receipts[0].receiptId)!;
    expect(receipt.receiptStatus).not.toBe('RELEASE_STOP_UNCHECKED');
    const detail = await h.service.detail(box);
    expect(detail.claims[0]).toMatchObject({ receiptId: receipts[0].receiptId, receiptStatusKo: '출고중지완료' });
    expect(detail.actions.map((a) => [a.action, a.state])).toEqual([
      ['stopShipment', 'done'],
      ['acknowledge', 'done'],
    ]);
  }, 90_000);

  it('cancels as the seller with a voc-reasons code, and refuses an unknown code locally', async () => {
    const [box] = await freshAccept(1);
    const items = h.service.repo.items(sb.vendorId, box);
    const bad = await h.service.cancel({ shipmentBoxId: box, vendorItemIds: [items[0].vendorItemId], middleCancelCode: 'CANERR', userId: 'wing-tester' });
    expect(bad[0]).toMatchObject({ state: 'failed' });
    const ok = await h.service.cancel({ shipmentBoxId: box, vendorItemIds: items.map((i) => i.vendorItemId), middleCancelCode: 'CCTTER', userId: 'wing-tester' });
    expect(ok[0].state, ok[0].messageKo).toBe('done');
    const c = (await canonical(sb)).orders.find((o) => o.shipmentBoxId === box)!;
    expect(c.removed).toBe('cancelled');
  }, 60_000);

  it('an unknown outcome (504 after the write ran) is reconciled by reading, never resent', async () => {
    const ids = await freshAccept(2);
    const [ship] = await freshInstruct(1);
    await admin(sb, 'POST', '/faults', { timeoutAfterWriteRate: 1, scope: 'writes' });
    try {
      const since = Date.now();
      const acked = await h.service.acknowledge(ids);
      expect(acked.map((r) => r.state)).toEqual(['done', 'done']);
      expect(acked[0].messageKo).toMatch(/조회해 보니 쿠팡에 반영/);
      const inv = randomDigits(12);
      const shipped = await h.service.uploadInvoice([{ shipmentBoxId: ship, deliveryCompanyCode: 'HANJIN', invoiceNumber: inv }]);
      expect(shipped[0]).toMatchObject({ state: 'done' });
      const calls = await apiCalls(since);
      const writes = calls.filter((c) => c.method !== 'GET');
      expect(writes.map((c) => c.status)).toEqual([504, 504]); // one acknowledgement, one upload: nothing sent twice
      expect(calls.filter((c) => c.method === 'GET').length).toBeGreaterThanOrEqual(3);
      for (const id of ids) expect(await sandboxStatus(id)).toBe('INSTRUCT');
      expect(h.service.outbox.all(sb.vendorId).filter((e) => ids.includes(e.shipmentBoxId)).map((e) => e.state)).toEqual(['done', 'done']);
    } finally {
      await admin(sb, 'DELETE', '/faults');
    }
  }, 60_000);

  it('offline: reads keep working, actions wait in the outbox and are sent in order when the connection returns', async () => {
    const [p, q, r] = await freshAccept(3);
    await admin(sb, 'POST', '/outage', { down: true });
    try {
      await expect(h.service.sync()).rejects.toThrow();
      const state = await h.service.syncState();
      expect(state.online).toBe(false);
      expect(state.lastErrorKo).toMatch(/주문 동기화 실패/);
      const list = await h.service.list({ filter: { status: 'ACCEPT' }, sort: 'orderedAt', desc: true, offset: 0, limit: 10 });
      expect(list.total).toBeGreaterThan(0);

      const since = Date.now();
      const queued = await h.service.acknowledge([p, q]);
      expect(queued.map((x) => x.state)).toEqual(['queued', 'queued']);
      expect(queued[0].messageKo).toMatch(/대기열/);
      expect((await apiCalls(since)).filter((c) => c.method === 'PUT')).toHaveLength(0);
      expect((await h.service.syncState()).outboxPending).toBe(2);
      const rows = await h.service.list({ filter: { status: 'ALL', search: p }, sort: 'orderedAt', desc: true, offset: 0, limit: 10 });
      expect(rows.rows[0].outboxPending).toBe(true);
    } finally {
      await admin(sb, 'POST', '/outage', { down: false });
    }
    // a request made while the app still believed it was online is unknown until read back
    h.service.connectivity.setOnline(true);
    await admin(sb, 'POST', '/outage', { down: true });
    const unknown = await h.service.acknowledge([r]);
    expect(['unknown', 'queued']).toContain(unknown[0].state);
    await admin(sb, 'POST', '/outage', { down: false });

    await h.service.tick();
    if ((await h.service.syncState()).outboxPending > 0) await h.service.tick();
    const st = await h.service.syncState();
    expect(st).toMatchObject({ online: true, outboxPending: 0 });
    for (const id of [p, q, r]) expect(await sandboxStatus(id)).toBe('INSTRUCT');
    const journal = h.service.outbox.all(sb.vendorId).filter((e) => [p, q, r].includes(e.shipmentBoxId));
    expect(journal.map((e) => e.state)).toEqual(['done', 'done', 'done']);
    expect(journal[0].id).toBeLessThan(journal[2].id);
  }, 120_000);

  it('after a crash, a request left on the wire is read back: applied → done without resending; not applied → sent once', async () => {
    const [applied, lost] = await freshAccept(2);
    // The app died after journaling both and sending them: `applied` reached Coupang, `lost` did not.
    const at = new Date().toISOString();
    const ids = h.service.outbox.addMany([
      { vendorId: sb.vendorId, action: 'acknowledge', shipmentBoxId: applied, payload: {}, state: 'pending', at },
      { vendorId: sb.vendorId, action: 'acknowledge', shipmentBoxId: lost, payload: {}, state: 'pending', at },
    ]);
    h.service.outbox.markSent(ids, 'crashed-batch', at);
    const direct = sandboxClient(sb);
    await direct.orders.acknowledge({ vendorId: sb.vendorId, shipmentBoxIds: [applied] } as never);
    await direct.close();

    const since = Date.now();
    await h.service.drainOutbox();
    const puts = (await apiCalls(since)).filter((c) => c.method === 'PUT');
    expect(puts).toHaveLength(1); // only `lost` is sent, once
    const journal = h.service.outbox.all(sb.vendorId).filter((e) => ids.includes(e.id));
    expect(journal.map((e) => [e.shipmentBoxId, e.state])).toEqual([
      [applied, 'done'],
      [lost, 'done'],
    ]);
    expect(journal[0].messageKo).toMatch(/조회해 보니/);
    for (const id of [applied, lost]) expect(await sandboxStatus(id)).toBe('INSTRUCT');
  }, 60_000);

  it('`wingdesk orders ack` and `orders export` work on the same store from the command line', async () => {
    const [box] = await freshAccept(1);
    const cli = fileURLToPath(new URL('../../cli/main.ts', import.meta.url));
    const env = { ...process.env, WINGDESK_DATA_DIR: h.dir, WINGDESK_BASE_URL: sb.baseUrl, WINGDESK_VENDOR_ID: sb.vendorId, WINGDESK_ACCESS_KEY: sb.accessKey, WINGDESK_SECRET_KEY: sb.secretKey };
    const run = (args: string[]) =>
      new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
        const child = spawn(process.execPath, ['--import', 'tsx', cli, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (d) => (stdout += d));
        child.stderr.on('data', (d) => (stderr += d));
        child.on('close', (code) => resolve({ code, stdout, stderr }));
      });
    const ack = await run(['orders', 'ack', box, '--format', 'json']);
    expect(ack.code, ack.stderr).toBe(0);
    expect(JSON.parse(ack.stdout).results).toEqual([expect.objectContaining({ shipmentBoxId: box, state: 'done' })]);
    expect(await sandboxStatus(box)).toBe('INSTRUCT');
    const usage = await run(['orders', 'ack', 'abc']);
    expect(usage.code).toBe(2);

    const xlsx = join(h.dir, '주문.xlsx');
    const csv = join(h.dir, '주문.csv');
    const ex1 = await run(['orders', 'export', '--out', xlsx, '--status', 'INSTRUCT', '--format', 'json']);
    expect(ex1.code, ex1.stderr).toBe(0);
    expect(JSON.parse(ex1.stdout)).toMatchObject({ format: 'xlsx' });
    expect(readFileSync(xlsx).subarray(0, 2).toString()).toBe('PK');
    const ex2 = await run(['orders', 'export', '--out', csv, '--encoding', 'cp949']);
    expect(ex2.code, ex2.stderr).toBe(0);
    expect(iconv.decode(readFileSync(csv), 'cp949')).toContain(box);
  }, 90_000);

  it('이미출고: answers a stop-shipment request for a box that already left, with its waybill', async () => {
    const [box] = await freshInstruct(1);
    const { receipts } = await admin(sb, 'POST', '/orders/customer', { shipmentBoxId: box, action: 'cancel' });
    await admin(sb, 'POST', '/clock', { advanceMinutes: 1 });
    await h.service.sync();
    expect(h.service.repo.get(sb.vendorId, box)!.claimPending).toBe(true);
    const inv = randomDigits(12);
    const res = await h.service.markAlreadyShipped([{ shipmentBoxId: box, deliveryCompanyCode: 'CJGLS', invoiceNumber: inv }]);
    expect(res[0].state, res[0].messageKo).toBe('done');
    expect(h.service.repo.get(sb.vendorId, box)).toMatchObject({ claimPending: false, invoiceNumber: inv });
    const receipt = (await canonical(sb)).receipts.find((r) => r.receiptId === receipts[0].receiptId)!;
    expect(receipt.receiptStatus).not.toBe('RELEASE_STOP_UNCHECKED');
  }, 60_000);

  it('장기미배송 배송완료: Coupang decides per box; refusals come back with its reason', async () => {
    // Boxes in transit for more than 30 days since their waybill exist only after a month.
    await admin(sb, 'POST', '/clock', { advanceMinutes: 35 * 24 * 60 });
    await h.service.sync();
    const inTransit = h.db
      .prepare(`SELECT shipment_box_id FROM orders WHERE vendor_id = ? AND status IN ('DEPARTURE', 'DELIVERING') AND invoice_number IS NOT NULL AND gone_reason IS NULL ORDER BY ordered_ms LIMIT 40`)
      .all(sb.vendorId)
      .map((r: any) => r.shipment_box_id as string);
    expect(inTransit.length).toBeGreaterThan(0);
    const results = await h.service.completeLongTermUndelivery(inTransit);
    console.log(`[long-term] ${results.filter((r) => r.state === 'done').length} done / ${results.length}: ${[...new Set(results.map((r) => r.messageKo))].slice(0, 3).join(' | ')}`);
    expect(results).toHaveLength(inTransit.length);
    for (const r of results) {
      expect(['done', 'failed']).toContain(r.state);
      if (r.state === 'done') expect(await sandboxStatus(r.shipmentBoxId)).toBe('FINAL_DELIVERY');
      else expect(r.messageKo).toMatch(/배송완료 처리 실패|쿠팡/);
    }
  }, 120_000);

  it('the IPC handlers answer through the router with contract-valid data', async () => {
    let svc: OrdersService | undefined;
    const handlers = createOrdersHandlers({
      db: h.db,
      settings: createSettingsRepo(h.db),
      // reads need only the vendor; nothing here goes to Coupang
      connections: { current: async () => ({ credentials: { vendorId: sb.vendorId }, client: undefined }) as never },
      background: false,
      onService: (s) => (svc = s),
    });
    expect(svc).toBeDefined();
    const router = createRouter(handlers as Handlers, { trustedOrigins: ['app://wingdesk'], describeError });
    const call = (channel: string, payload: unknown) => router.dispatch(channel, payload, { origin: 'app://wingdesk', isMainFrame: true });
    const list = await call('orders.list', { filter: { status: 'ALL' }, limit: 5 });
    expect(list.ok, JSON.stringify(list)).toBe(true);
    const rows = (list as any).data.rows;
    expect(rows).toHaveLength(5);
    const detail = await call('orders.detail', { shipmentBoxId: rows[0].shipmentBoxId });
    expect(detail.ok, JSON.stringify(detail)).toBe(true);
    for (const [channel, payload] of [
      ['orders.syncState', {}],
      ['orders.pickingList', { filter: { status: 'INSTRUCT' } }],
      ['orders.export', { filter: { status: 'INSTRUCT' }, format: 'xlsx' }],
      ['orders.export', { filter: { status: 'ALL' }, format: 'csv-cp949' }],
      ['orders.saveFilter', { name: '오늘 발송', filter: { status: 'INSTRUCT' } }],
      ['orders.savedFilters', {}],
    ] as const) {
      const res = await call(channel, payload);
      expect(res.ok, `${channel}: ${JSON.stringify(res)}`).toBe(true);
    }
    const missing = await call('orders.detail', { shipmentBoxId: '1' });
    expect(missing).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  }, 60_000);
});
