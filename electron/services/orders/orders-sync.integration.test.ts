// Acceptance: the pull against the real sandbox (real HTTP, real signatures, real SQLite):
// 5,000 orders over 30 days stored exactly, zero 429s, a cheap incremental pull, and a pull
// killed half-way (in-process abort, and a CLI process killed with SIGKILL) that resumes to the
// same store without duplicates.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { admin, openSandbox, sandboxRequests, type Sandbox } from '../../coupang/test-sandbox';
import { kstDate, parseKstDate } from '../../../shared/kst';
import { openDatabase } from '../../store/db';
import { canonical, canonicalSnapshot, harness, storeSnapshot, type Harness } from './test-sandbox';

const ORDERS = 5000;
let sb: Sandbox;
let main: Harness;
let firstRequests = 0;

beforeAll(async () => {
  // The virtual clock stands still (timeScale 0) unless a test moves it: no courier scan or new
  // arrival lands between a pull and the comparison with the sandbox's own list.
  sb = await openSandbox({ seed: 21, orders: ORDERS, timeScale: 0 });
  main = harness(sb);
}, 60_000);
afterAll(async () => {
  await main?.close();
  await sb?.close();
});

const apiCalls = (log: Awaited<ReturnType<typeof sandboxRequests>>) => log.filter((e) => e.vendorId === sb.vendorId && !e.path.startsWith('/__sandbox'));

describe('orders pull against the sandbox', () => {
  it('stores exactly the sandbox orders the lists show, with zero 429s', async () => {
    const since = Date.now();
    const report = await main.service.sync();
    const log = apiCalls(await sandboxRequests(sb, since));
    const c = await canonical(sb);
    const visible = canonicalSnapshot(c);
    expect(visible.length).toBeGreaterThan(4500);
    expect(storeSnapshot(main.db, sb.vendorId)).toEqual(visible);
    expect(report.inserted).toBe(visible.length);
    expect(log.filter((e) => e.status === 429)).toHaveLength(0);
    expect(log.every((e) => e.status === 200)).toBe(true);
    expect(report.requests).toBe(log.length);
    firstRequests = report.requests;
    const state = await main.service.syncState();
    expect(state).toMatchObject({ running: false, online: true, lastErrorKo: null, storedOrders: visible.length, outboxPending: 0 });
    expect(state.lastSyncAt).not.toBeNull();
    console.log(`[orders pull] ${ORDERS} seeded → ${report.inserted} stored, ${report.requests} requests, ${report.seconds}s (${(report.requests / report.seconds).toFixed(2)} req/s)`);
  }, 120_000);

  it('a background pull reads one list per status since the last pull; new orders and cancels arrive; the open statuses are exact after the seller asks', async () => {
    const pages = (n: number) => Math.max(1, Math.ceil(n / 50));
    const todayMs = parseKstDate(kstDate(new Date(sb.clock.now()))).getTime();
    const storedToday = (status: string) =>
      (main.db.prepare('SELECT COUNT(*) AS n FROM orders WHERE vendor_id = ? AND status = ? AND gone_reason IS NULL AND ordered_ms >= ?').get(sb.vendorId, status, todayMs) as { n: number }).n;
    // nothing changed: six status lists over today, the stop-shipment and the cancel receipt lists
    const expectedCalls = ['ACCEPT', 'INSTRUCT', 'DEPARTURE', 'DELIVERING', 'FINAL_DELIVERY', 'NONE_TRACKING'].reduce((n, s) => n + pages(storedToday(s)), 0) + 2;
    const since = Date.now();
    const again = await main.service.sync();
    expect(again.inserted + again.updated).toBe(0);
    expect(again.requests).toBe(expectedCalls);
    expect(apiCalls(await sandboxRequests(sb, since))).toHaveLength(again.requests);

    // 30 new orders, and a customer cancelling an older 결제완료 box (not from today)
    const { created } = await admin(sb, 'POST', '/orders/generate', { count: 30 });
    const older = main.db
      .prepare(`SELECT shipment_box_id AS shipmentBoxId FROM orders WHERE vendor_id = ? AND status = 'ACCEPT' AND gone_reason IS NULL AND ordered_ms < ? ORDER BY ordered_ms DESC LIMIT 1`)
      .get(sb.vendorId, todayMs) as { shipmentBoxId: string };
    expect(older).toBeDefined();
    await admin(sb, 'POST', '/orders/customer', { shipmentBoxId: older.shipmentBoxId, action: 'cancel' });
    await admin(sb, 'POST', '/clock', { advanceMinutes: 11 }); // past the 10-minute list delay
    const third = await main.service.sync();
    expect(third.inserted).toBeGreaterThanOrEqual(30);
    expect(third.requests).toBeLessThan(expectedCalls + 10);
    const byId = new Map(storeSnapshot(main.db, sb.vendorId).map((o) => [o.shipmentBoxId, o]));
    for (const o of created as Array<{ shipmentBoxId: string }>) expect(byId.has(o.shipmentBoxId)).toBe(true);
    // the cancel came with the receipt list and its box was read again at once
    expect(byId.get(older.shipmentBoxId)!.gone).toBe(true);

    // what the seller acts on (결제완료, 상품준비중) is exact after a pull they ask for
    const asked = await main.service.sync({ refreshOpen: true });
    expect(asked.requests).toBeLessThan(firstRequests / 4);
    const open = (rows: Array<{ status: string; gone: boolean }>) => rows.filter((o) => !o.gone && (o.status === 'ACCEPT' || o.status === 'INSTRUCT'));
    expect(open(storeSnapshot(main.db, sb.vendorId))).toEqual(open(canonicalSnapshot(await canonical(sb))));

    // courier moves of older boxes come with the hourly in-transit pass; after it every box the
    // lists show is stored as the sandbox has it, and nothing stored is unknown to the sandbox
    await admin(sb, 'POST', '/clock', { advanceMinutes: 61 });
    const fourth = await main.service.sync();
    expect(fourth.requests).toBeLessThan(firstRequests / 2);
    const c = await canonical(sb);
    const stored = new Map(storeSnapshot(main.db, sb.vendorId).map((o) => [o.shipmentBoxId, o]));
    // A delivered box's quantities can still change when the customer returns it later; that is
    // followed in 반품·교환 (returns service), not by re-reading every delivered order sheet.
    const comparable = (o: { status: string; items: string } | undefined) => (o && o.status === 'FINAL_DELIVERY' ? { ...o, items: o.items.replace(/:(\d+)\/\d+\/\d+/g, ':$1') } : o);
    for (const o of canonicalSnapshot(c)) expect(comparable(stored.get(o.shipmentBoxId))).toEqual(comparable(o));
    const visible = new Set(canonicalSnapshot(c).map((o) => o.shipmentBoxId));
    const removed = new Set(c.orders.filter((o) => o.removed).map((o) => o.shipmentBoxId));
    for (const id of stored.keys()) if (!visible.has(id)) expect(removed.has(id), id).toBe(true);
  }, 120_000);

  it('a busy day is read with the per-minute list: the new orders arrive for a fixed number of calls, whatever the day holds', async () => {
    // The same store pulled with one-row pages, so that today's stored 결제완료 shipments would take
    // more per-day pages than the minutes since the last pull take 10-minute calls.
    const h = harness(sb, { dir: main.dir, sync: { maxPerPage: 1 } });
    try {
      const { created } = await admin(sb, 'POST', '/orders/generate', { count: 12 });
      await admin(sb, 'POST', '/clock', { advanceMinutes: 11 });
      const since = Date.now();
      const r = await h.service.sync();
      const log = apiCalls(await sandboxRequests(sb, since));
      expect(r.requests).toBe(log.length);
      const accept = log.filter((e) => /status=ACCEPT/.test(e.query));
      // last pull 11 minutes ago, 30 minutes of overlap: 41–42 minutes in windows of at most 10
      expect(accept.length).toBeGreaterThanOrEqual(5);
      expect(accept.length).toBeLessThanOrEqual(6);
      expect(accept.every((e) => /searchType=timeFrame/.test(e.query) && /createdAtFrom=\d{4}-\d{2}-\d{2}T\d{2}%3A\d{2}%2B09%3A00/.test(e.query))).toBe(true);
      expect(accept.every((e) => e.status === 200)).toBe(true);
      const ids = new Set(storeSnapshot(h.db, sb.vendorId).map((o) => o.shipmentBoxId));
      for (const o of created as Array<{ shipmentBoxId: string }>) expect(ids.has(o.shipmentBoxId), o.shipmentBoxId).toBe(true);
      expect(r.inserted).toBeGreaterThanOrEqual(12);
    } finally {
      await h.close();
    }
  }, 120_000);

  it('a pull aborted half-way resumes from its stored page and ends with the same store', async () => {
    const h = harness(sb);
    try {
      const controller = new AbortController();
      let pages = 0;
      await expect(
        h.service.sync({
          signal: controller.signal,
          onPage: () => {
            if (++pages === 25) controller.abort(new Error('test abort'));
          },
        }),
      ).rejects.toThrow();
      const partial = storeSnapshot(h.db, sb.vendorId).length;
      expect(partial).toBeGreaterThan(0);
      expect(partial).toBeLessThan(ORDERS * 0.9);
      expect(JSON.parse(h.service.syncRepo.get(sb.vendorId).runJson!).tasks.some((t: { done: boolean }) => t.done)).toBe(true);
      expect((await h.service.syncState()).lastErrorKo).toMatch(/중단/);

      const since = Date.now();
      const resumed = await h.service.sync();
      const log = apiCalls(await sandboxRequests(sb, since));
      expect(resumed.requests).toBe(log.length);
      expect(resumed.requests).toBeLessThan(firstRequests); // it did not start over
      expect(storeSnapshot(h.db, sb.vendorId)).toEqual(canonicalSnapshot(await canonical(sb)));
      const dupHistory = h.db
        .prepare(`SELECT COUNT(*) AS n FROM order_status_history a JOIN order_status_history b ON a.vendor_id = b.vendor_id AND a.shipment_box_id = b.shipment_box_id AND b.id = (SELECT MIN(id) FROM order_status_history c WHERE c.vendor_id = a.vendor_id AND c.shipment_box_id = a.shipment_box_id AND c.id > a.id) WHERE a.status = b.status`)
        .get() as { n: number };
      expect(dupHistory.n).toBe(0);
    } finally {
      await h.close();
    }
  }, 120_000);

  it('`wingdesk orders pull` killed with SIGKILL half-way and run again ends with the same store', async () => {
    // Its own sandbox whose clock stands at the real start time: the CLI's "today" is the real one.
    const sb = await openSandbox({ seed: 22, orders: 3000, timeScale: 0 });
    const dir = mkdtempSync(join(tmpdir(), 'wd-orders-cli-'));
    const main = fileURLToPath(new URL('../../cli/main.ts', import.meta.url));
    const apiCalls = (log: Awaited<ReturnType<typeof sandboxRequests>>) => log.filter((e) => e.vendorId === sb.vendorId && !e.path.startsWith('/__sandbox'));
    const env = {
      ...process.env,
      WINGDESK_DATA_DIR: dir,
      WINGDESK_BASE_URL: sb.baseUrl,
      WINGDESK_VENDOR_ID: sb.vendorId,
      WINGDESK_ACCESS_KEY: sb.accessKey,
      WINGDESK_SECRET_KEY: sb.secretKey,
      WINGDESK_RATE: '8',
    };
    const run = (killAfterRequests?: number) =>
      new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>((resolve) => {
        const child = spawn(process.execPath, ['--import', 'tsx', main, 'orders', 'pull', '--format', 'json'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (d) => (stdout += d));
        child.stderr.on('data', (d) => (stderr += d));
        let timer: NodeJS.Timeout | undefined;
        if (killAfterRequests) {
          const started = Date.now();
          timer = setInterval(async () => {
            const n = apiCalls(await sandboxRequests(sb, started)).length;
            if (n >= killAfterRequests) child.kill('SIGKILL');
          }, 100);
        }
        child.on('close', (code, signal) => {
          if (timer) clearInterval(timer);
          resolve({ code, signal, stdout, stderr });
        });
      });
    try {
      const killed = await run(30);
      expect(killed.signal).toBe('SIGKILL');
      const db = openDatabase(dir);
      const partial = storeSnapshot(db, sb.vendorId).length;
      db.close();
      expect(partial).toBeGreaterThan(0);

      const done = await run();
      expect(done.code, done.stderr).toBe(0);
      const report = JSON.parse(done.stdout.trim());
      expect(Object.keys(report)).toEqual(['pulled', 'inserted', 'updated', 'requests', 'seconds']);
      expect(report.requests).toBeLessThan(70);
      const after = openDatabase(dir);
      expect(storeSnapshot(after, sb.vendorId)).toEqual(canonicalSnapshot(await canonical(sb)));
      after.close();

      // `orders list` reads the same store without the network
      const list = await new Promise<string>((resolve, reject) => {
        const child = spawn(process.execPath, ['--import', 'tsx', main, 'orders', 'list', '--status', 'INSTRUCT', '--format', 'json'], {
          env: { ...env, WINGDESK_BASE_URL: 'http://127.0.0.1:9' },
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        let out = '';
        child.stdout.on('data', (d) => (out += d));
        child.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`exit ${code}`))));
      });
      const rows = JSON.parse(list) as Array<{ shipmentBoxId: string; status: string; items: unknown[] }>;
      expect(rows.length).toBe(canonicalSnapshot(await canonical(sb)).filter((o) => o.status === 'INSTRUCT').length);
      expect(rows.every((r) => typeof r.shipmentBoxId === 'string' && r.shipmentBoxId.length === 18 && r.status === 'INSTRUCT' && r.items.length > 0)).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
      await sb.close();
    }
  }, 180_000);
});
