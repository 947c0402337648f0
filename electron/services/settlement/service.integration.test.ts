// The settlement service against the real sandbox: a period longer than 31 days is fetched in
// windows that never exceed the API's limit, page by page, and what is stored adds up to the
// sandbox's own expected totals; stored periods read offline and export to xlsx/csv.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startSandbox } from '../../../sandbox';
import { addKstDays, kstDate } from '../../../shared/kst';
import { createCoupangClient, type CoupangClient } from '../../coupang';
import { openDatabase, type Db } from '../../store/db';
import { createSettlementService, type SettlementService } from './service';

type Sandbox = Awaited<ReturnType<typeof startSandbox>>;
let sb: Sandbox;
let client: CoupangClient;
let dir: string;
let db: Db;
let service: SettlementService;
const TODAY = '2026-11-20';

async function admin(method: string, path: string, body?: unknown): Promise<any> {
  const res = await fetch(`${sb.baseUrl}/__sandbox${path}`, { method, headers: body === undefined ? {} : { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
  const json = await res.json();
  if (!res.ok) throw new Error(`admin ${method} ${path}: ${res.status} ${JSON.stringify(json)}`);
  return json;
}

beforeAll(async () => {
  sb = await startSandbox({ port: 0, seed: 12, startAt: '2026-11-20T03:00:00Z', timeScale: 0, rate: 1000 });
  client = createCoupangClient({ baseUrl: sb.baseUrl, credentials: { vendorId: sb.vendorId, accessKey: sb.accessKey, secretKey: sb.secretKey }, ratePerSecond: 10 });
});
afterAll(async () => {
  await client.close();
  await sb.close();
});
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'wingdesk-stl-'));
  db = openDatabase(dir);
  service = createSettlementService({ db, connection: async () => ({ vendorId: sb.vendorId, client }), now: () => new Date(sb.clock.now()) });
});
afterEach(async () => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
  await admin('POST', '/reset');
});

describe('revenue', () => {
  it('a 60-day period: two windows within 31 days, totals equal the sandbox’s expected totals', async () => {
    const from = addKstDays(TODAY, -59);
    const since = Date.now();
    const r = await service.revenue({ from, to: TODAY, refresh: true });
    expect(r.windows).toHaveLength(2);
    expect(r.complete).toBe(true);
    const expected = (await admin('GET', `/settlement?from=${from}&to=${TODAY}`)).totals;
    expect(r.totals).toMatchObject({
      lines: expected.lines,
      orders: expected.orders,
      saleAmount: expected.saleAmount,
      deliveryAmount: expected.deliveryAmount,
      totalSale: expected.totalSale,
      serviceFee: expected.serviceFee,
      serviceFeeVat: expected.serviceFeeVat,
      settlementAmount: expected.settlementAmount,
      quantity: expected.quantity,
    });
    expect(r.totals.lines).toBeGreaterThan(100);
    expect(r.lineCount).toBe(expected.lines);
    // Every revenue-history call stayed within 31 days and the calls cover the period once.
    const calls = (await admin('GET', `/requests?since=${since}`)).requests.filter((q: any) => q.path.endsWith('/revenue-history'));
    const ranges = new Set<string>();
    for (const c of calls) {
      const q = new URLSearchParams(c.query);
      const days = (Date.parse(q.get('recognitionDateTo')!) - Date.parse(q.get('recognitionDateFrom')!)) / 86_400_000 + 1;
      expect(days).toBeLessThanOrEqual(31);
      expect(Number(q.get('maxPerPage'))).toBe(50);
      ranges.add(`${q.get('recognitionDateFrom')}~${q.get('recognitionDateTo')}`);
    }
    expect([...ranges].sort()).toEqual([`${from}~${addKstDays(from, 30)}`, `${addKstDays(from, 31)}~${TODAY}`]);
    expect(r.fetch?.requests).toBe(calls.length);
    expect(calls.length).toBeGreaterThan(2); // paged by token
    // Daily points add up too.
    expect(r.daily.reduce((n, d) => n + d.totalSale, 0)).toBe(expected.totalSale);
  });

  it('reads a fetched period back offline; re-fetching replaces instead of doubling', async () => {
    const from = addKstDays(TODAY, -30);
    const first = await service.revenue({ from, to: TODAY, refresh: true });
    const offline = createSettlementService({ db, connection: async () => ({ vendorId: sb.vendorId, client: undefined as never }), now: () => new Date(sb.clock.now()) });
    const stored = await offline.revenue({ from, to: TODAY });
    expect(stored.fetch).toBeNull();
    expect(stored.totals).toEqual(first.totals);
    expect(stored.complete).toBe(true);
    const again = await service.revenue({ from, to: TODAY, refresh: true });
    expect(again.totals).toEqual(first.totals);
    // A sub-period is a slice of the stored lines.
    const week = await offline.revenue({ from: addKstDays(TODAY, -6), to: TODAY });
    expect(week.totals.lines).toBeLessThan(first.totals.lines);
    expect(week.complete).toBe(true);
    // Days never fetched make the period incomplete.
    const older = await offline.revenue({ from: addKstDays(TODAY, -60), to: TODAY });
    expect(older.complete).toBe(false);
    expect(older.windows.find((w) => w.from === addKstDays(TODAY, -60))?.fetchedAt).toBeNull();
  });

  it('new deliveries show up after virtual days pass; days after today are not fetched', async () => {
    const from = addKstDays(TODAY, -6);
    const to = addKstDays(TODAY, 10);
    const before = await service.revenue({ from, to, refresh: true });
    await admin('POST', '/clock', { advanceMinutes: 5 * 24 * 60 });
    const later = await service.revenue({ from, to, refresh: true });
    expect(kstDate(new Date(sb.clock.now()))).toBe(addKstDays(TODAY, 5));
    expect(later.totals.lines).toBeGreaterThan(before.totals.lines);
    expect(later.complete).toBe(true);
    expect(later.daily.every((d) => d.date <= addKstDays(TODAY, 5))).toBe(true);
  });

  it('refuses bad periods before calling Coupang', async () => {
    await expect(service.revenue({ from: TODAY, to: addKstDays(TODAY, -1), refresh: true })).rejects.toThrow('늦습니다');
    await expect(service.revenue({ from: '2025-01-01', to: TODAY, refresh: true })).rejects.toThrow('372일');
    await expect(service.revenue({ from: '2026/11/01', to: TODAY })).rejects.toThrow('YYYY-MM-DD');
  });
});

describe('payouts', () => {
  it('stores the payout rows of every month the period touches', async () => {
    const r = await service.payouts({ from: '2026-10-01', to: TODAY, refresh: true });
    expect(r.months.map((m) => m.month)).toEqual(['2026-10', '2026-11']);
    expect(r.fetch?.requests).toBe(2);
    const nov = r.rows.filter((x) => x.yearMonth === '2026-11');
    expect(nov.some((x) => x.settlementType === 'WEEKLY')).toBe(true);
    expect(nov.some((x) => x.settlementType === 'RESERVE')).toBe(true);
    for (const row of nov.filter((x) => x.settlementType === 'WEEKLY')) expect(row.settlementAmount + row.lastAmount).toBe(row.settlementTargetAmount);
    expect(r.totals.finalAmount).toBe(r.rows.reduce((n, x) => n + x.finalAmount, 0));
    const stored = await service.payouts({ from: '2026-10-01', to: TODAY });
    expect(stored.rows).toEqual(r.rows);
  });
});

describe('export', () => {
  it('writes the stored lines as xlsx and csv (UTF-8 BOM, CP949)', async () => {
    const from = addKstDays(TODAY, -20);
    const r = await service.revenue({ from, to: TODAY, refresh: true });
    const xlsx = await service.export({ from, to: TODAY, what: 'revenue', format: 'xlsx' });
    expect(xlsx.rows).toBe(r.lineCount);
    expect(xlsx.data.subarray(0, 2).toString()).toBe('PK');
    expect(xlsx.fileName).toBe(`매출내역_${sb.vendorId}_${from}_${TODAY}.xlsx`);
    const csv = await service.export({ from, to: TODAY, what: 'revenue', format: 'csv-utf8' });
    expect([...csv.data.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = csv.data.subarray(3).toString('utf8');
    const lines = text.trimEnd().split('\r\n');
    expect(lines[0].startsWith('매출인식일,구분,주문번호')).toBe(true);
    expect(lines).toHaveLength(r.lineCount + 1);
    // Oldest first; the settlement column adds up to the total.
    expect(lines[1].slice(0, 10) <= lines.at(-1)!.slice(0, 10)).toBe(true);
    const cp949 = await service.export({ from, to: TODAY, what: 'revenue', format: 'csv-cp949' });
    expect(iconv.decode(cp949.data, 'cp949')).toBe(text);
  });
});
