// The coupons service against the real sandbox: real HTTP, real signatures, the shared limiter and
// SQLite in a temp folder. The sandbox's virtual clock is advanced through its admin API, so
// asynchronous requests go REQUESTED → DONE/FAIL exactly as they would on Coupang, only sooner.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startSandbox } from '../../../sandbox';
import { formatCouponTime, kstEndOfDay, nextKstMidnight, nextWholeHourAfter } from '../../../shared/coupons';
import { createCoupangClient } from '../../coupang';
import { openDatabase, type Db } from '../../store/db';
import { createCouponsService, type CouponsService } from './service';
import type { CouponsConnection } from './tracker';

type Sandbox = Awaited<ReturnType<typeof startSandbox>>;

let sb: Sandbox;
let dir: string;
let db: Db;
let conn: CouponsConnection;
const services: CouponsService[] = [];

async function admin(method: string, path: string, body?: unknown): Promise<any> {
  const res = await fetch(`${sb.baseUrl}/__sandbox${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = await res.json();
  if (!res.ok) throw new Error(`admin ${method} ${path}: ${res.status} ${JSON.stringify(json)}`);
  return json;
}
const advance = (minutes = 1) => admin('POST', '/clock', { advanceMinutes: minutes });

function service(over: Partial<Parameters<typeof createCouponsService>[0]> = {}): CouponsService {
  const s = createCouponsService({
    db,
    connect: async () => conn,
    autoStart: false,
    tracker: { firstPollMs: 1, maxPollMs: 5, reconcileDelaysMs: [1, 1, 1], tickMs: 20 },
    ...over,
  });
  services.push(s);
  return s;
}

/** Options of the catalogue that can take a coupon now, and one already held by an instant coupon. */
async function options() {
  const view = await admin('GET', '/coupons');
  const inDownload = new Set(view.downloadCoupons.filter((c: any) => c.status !== 'EXPIRED' && c.status !== 'DELETED').flatMap((c: any) => c.vendorItemIds.map(String)));
  const free: string[] = view.options.filter((o: any) => o.approved && !o.instantCouponId && !inDownload.has(String(o.vendorItemId))).map((o: any) => String(o.vendorItemId));
  const held = view.options.find((o: any) => o.approved && o.instantCouponId);
  const freeContract = view.contracts.find((c: any) => c.type === 'NON_CONTRACT_BASED');
  return { free, held: held as { vendorItemId: string; instantCouponId: string }, freeContractId: String(freeContract.contractId), view };
}

function draft(contractId: string, name: string, vendorItemIds: string[]) {
  const now = new Date();
  return {
    contractId,
    name,
    type: 'RATE',
    discount: 10,
    maxDiscountPrice: 5000,
    startAt: formatCouponTime(nextKstMidnight(now)),
    endAt: formatCouponTime(kstEndOfDay(now, 7)),
    wowExclusive: false,
    vendorItemIds,
  };
}

async function settle(s: CouponsService, id: number, rounds = 30) {
  for (let i = 0; i < rounds && !s.settled(id); i++) {
    await advance(1);
    await s.tracker.tick();
  }
  return s.family(id);
}

beforeAll(async () => {
  sb = await startSandbox({ port: 0, seed: 11 });
  const client = createCoupangClient({ baseUrl: sb.baseUrl, credentials: { vendorId: sb.vendorId, accessKey: sb.accessKey, secretKey: sb.secretKey } });
  conn = { client, vendorId: sb.vendorId, profileId: null };
});

afterAll(async () => {
  await sb.close();
});

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'wingdesk-coupons-'));
  db = openDatabase(dir);
});

afterEach(async () => {
  for (const s of services.splice(0)) await s.stop();
  await admin('DELETE', '/faults');
  if (db.open) db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('contracts and budgets', () => {
  it('lists contracts with this and next month’s budget, the free one read with contractId -1', async () => {
    const s = service();
    const { view } = await options();
    const out = await s.contracts();
    expect(out.contracts.map((c) => c.contractId).sort()).toEqual(view.contracts.map((c: any) => String(c.contractId)).sort());
    const free = out.contracts.find((c) => c.type === 'NON_CONTRACT_BASED')!;
    expect(free.vendorContractId).toBe('-1');
    expect(free.thisMonth?.targetMonth).toBe(out.thisMonth);
    expect(free.thisMonth?.totalBudgetAmount).toBeGreaterThan(0);
    expect(typeof free.thisMonth?.usedBudgetAmount).toBe('number');
    expect(free.useBudget).toBe(true);
  });
});

describe('instant coupons', () => {
  it('create → REQUESTED → (clock) → DONE with the couponId, then its options are added and DONE', async () => {
    const s = service();
    const { free, freeContractId } = await options();
    const picked = free.slice(0, 3);
    const { request } = await s.instantCreate(draft(freeContractId, '통합테스트 10% 쿠폰', picked));
    expect(request.state).toBe('REQUESTED');
    expect(typeof request.requestedId).toBe('string');
    expect(request.requestedId).toMatch(/^\d{10,}$/);
    expect(request.couponId).toBeNull();

    // Still running before the virtual clock moves.
    await s.tracker.tick();
    expect(s.repo.get(request.id)!.state).toBe('REQUESTED');

    const rows = await settle(s, request.id);
    const [publish, items] = rows;
    expect(publish.state).toBe('DONE');
    expect(publish.couponId).toMatch(/^\d+$/);
    expect(items.kind).toBe('COUPON_ITEM_PUBLISH');
    expect(items.parentId).toBe(publish.id);
    expect(items.state).toBe('DONE');
    expect(items.succeeded).toBe(3);

    const sandboxCoupon = (await admin('GET', '/coupons')).instantCoupons.find((c: any) => String(c.couponId) === publish.couponId);
    expect(sandboxCoupon.name).toBe('통합테스트 10% 쿠폰');
    expect(sandboxCoupon.items.map((i: any) => String(i.vendorItemId)).sort()).toEqual([...picked].sort());

    const detail = await s.instantDetail({ couponId: publish.couponId!, page: 0, size: 100 });
    expect(detail.coupon.promotionName).toBe('통합테스트 10% 쿠폰');
    expect(detail.items.map((i) => i.vendorItemId).sort()).toEqual([...picked].sort());
    expect(detail.initialItemIds.sort()).toEqual([...picked].sort());
    expect((await s.assignments('instant', picked)).assigned).toEqual(Object.fromEntries(picked.map((id) => [id, publish.couponId])));
  });

  it('a coupon on an option already in another coupon is created, but its options end FAIL with [CIR08]', async () => {
    const s = service();
    const { held, freeContractId } = await options();
    const { request, warnings } = await s.instantCreate(draft(freeContractId, '겹치는 옵션 쿠폰', [String(held.vendorItemId)]));
    expect(warnings).toEqual([]); // wingdesk did not know about the other coupon: Coupang decides
    const [publish, items] = await settle(s, request.id);
    expect(publish.state).toBe('DONE');
    expect(items.state).toBe('FAIL');
    expect(items.failedItems).toEqual([{ vendorItemId: String(held.vendorItemId), reason: '[CIR08] 해당 옵션은 이미 다른 쿠폰에 발행되어져 있습니다.' }]);
    expect(items.reasonKo).toContain('[CIR08]');
  });

  it('adds and removes options, refuses to expire while a request runs (rule 23), then expires', async () => {
    const s = service();
    const { free, freeContractId } = await options();
    const { request } = await s.instantCreate(draft(freeContractId, '추가·제거 쿠폰', [free[0]]));
    const [publish] = await settle(s, request.id);
    const couponId = publish.couponId!;

    const add = await s.instantAddItems(couponId, [free[1], free[2]]);
    expect(add.requests[0].state).toBe('REQUESTED');
    await expect(s.instantExpire(couponId)).rejects.toThrow(/쿠폰 규칙 23/);
    const [added] = await settle(s, add.requests[0].id);
    expect(added.state).toBe('DONE');

    const remove = await s.instantRemoveItems(couponId, [free[0]]);
    expect(remove.warnings.map((w) => w.rule).sort()).toEqual([20, 3]);
    const [removed] = await settle(s, remove.requests[0].id);
    expect(removed.state).toBe('DONE');

    const expire = await s.instantExpire(couponId);
    const [expired] = await settle(s, expire.request.id);
    expect(expired.state).toBe('DONE');
    const sandboxCoupon = (await admin('GET', '/coupons')).instantCoupons.find((c: any) => String(c.couponId) === couponId);
    expect(sandboxCoupon.status).toBe('EXPIRED');
    expect((await s.assignments('instant', [free[1]])).assigned).toEqual({});
  });

  it('refuses locally what breaks a rule, naming the rule, and sends nothing', async () => {
    const s = service();
    const { freeContractId } = await options();
    const before = (await admin('GET', '/coupons')).instantRequests.length;
    await expect(s.instantCreate({ ...draft(freeContractId, 'x'.repeat(46), []), discount: 101 })).rejects.toThrow(/쿠폰 규칙 15/);
    await expect(s.instantCreate(draft('-1', '계약 혼동', []))).rejects.toThrow(/쿠폰 규칙 6/);
    expect((await admin('GET', '/coupons')).instantRequests.length).toBe(before);
    expect(s.repo.list({ vendorId: sb.vendorId })).toEqual([]);
  });

  it('a creation whose answer is lost (504 after the write) is reconciled by reading the coupon list, not resent', async () => {
    const s = service();
    const { free, freeContractId } = await options();
    await admin('POST', '/faults', { timeoutAfterWriteRate: 1, scope: 'writes' });
    const { request } = await s.instantCreate(draft(freeContractId, '응답 유실 쿠폰', [free[0]]));
    await admin('DELETE', '/faults');
    expect(request.state).toBe('UNKNOWN');
    expect(request.requestedId).toBeNull();
    const rows = await settle(s, request.id);
    expect(rows[0].state).toBe('DONE');
    expect(rows[0].reasonKo).toContain('쿠폰 목록에서 같은 이름·기간의 쿠폰');
    expect(rows[1]?.state).toBe('DONE');
    const sandbox = await admin('GET', '/coupons');
    expect(sandbox.instantCoupons.filter((c: any) => c.name === '응답 유실 쿠폰')).toHaveLength(1);
    expect(sandbox.instantRequests.filter((r: any) => r.type === 'COUPON_PUBLISH' && String(r.couponId) === rows[0].couponId)).toHaveLength(1);
  });
});

describe('surviving a restart', () => {
  it('a pending request survives closing the service and the database, and completes after reopening', async () => {
    const first = service();
    const { free, freeContractId } = await options();
    const { request } = await first.instantCreate(draft(freeContractId, '재시작 쿠폰', [free[0]]));
    expect(request.state).toBe('REQUESTED');
    await first.stop();
    db.close();

    await advance(2);
    db = openDatabase(dir);
    const second = service({ autoStart: true });
    const deadline = Date.now() + 20_000;
    while (!second.settled(request.id) && Date.now() < deadline) {
      await advance(1);
      await new Promise((r) => setTimeout(r, 50));
    }
    const [publish, items] = second.family(request.id);
    expect(publish.requestedId).toBe(request.requestedId);
    expect(publish.state).toBe('DONE');
    expect(items.state).toBe('DONE');
  });

  it('a request interrupted while being sent becomes UNKNOWN on start and is reconciled by reading', async () => {
    const first = service();
    const { free, freeContractId } = await options();
    // Journal it, send it behind the tracker's back, and "crash" before the answer is recorded.
    const body = { ...draft(freeContractId, '전송 중 종료 쿠폰', []), wowExclusive: false };
    delete (body as { vendorItemIds?: unknown }).vendorItemIds;
    const row = first.repo.insert({
      vendorId: sb.vendorId,
      profileId: null,
      family: 'instant',
      kind: 'COUPON_PUBLISH',
      payload: { summary: { name: body.name }, body, followIds: [free[0]], initial: true },
      summaryKo: '즉시할인 쿠폰 생성',
      followup: 'pending',
    });
    await conn.client.call('coupons.createInstantCoupon', { body });
    await first.stop();
    db.close();

    db = openDatabase(dir);
    const second = service({ autoStart: true });
    expect(second.repo.get(row.id)!.state).toBe('UNKNOWN');
    const deadline = Date.now() + 20_000;
    while (!second.settled(row.id) && Date.now() < deadline) {
      await advance(1);
      await new Promise((r) => setTimeout(r, 50));
    }
    const [publish, items] = second.family(row.id);
    expect(publish.state).toBe('DONE');
    expect(publish.couponId).toMatch(/^\d+$/);
    expect(items.state).toBe('DONE');
    expect((await admin('GET', '/coupons')).instantCoupons.filter((c: any) => c.name === '전송 중 종료 쿠폰')).toHaveLength(1);
  });
});

describe('download coupons', () => {
  it('creates with up to 3 policies, attaches its options through a tracked transaction, and expires', async () => {
    const s = service();
    const { free, freeContractId } = await options();
    const known = free.slice(0, 5);
    const now = new Date();
    const out = await s.downloadCreate({
      contractId: freeContractId,
      title: '통합테스트 다운로드 쿠폰',
      startDate: formatCouponTime(nextWholeHourAfter(now, 2 * 3_600_000)),
      endDate: formatCouponTime(kstEndOfDay(now, 10)),
      userId: 'wing.tester',
      policies: [
        { title: '1만원 이상 1천원', typeOfDiscount: 'PRICE', description: '', minimumPrice: 10000, discount: 1000, maximumDiscountPrice: 1000, maximumPerDaily: 1 },
        { title: '3만원 이상 3천원', typeOfDiscount: 'PRICE', description: '', minimumPrice: 30000, discount: 3000, maximumDiscountPrice: 3000, maximumPerDaily: 1 },
      ],
      vendorItemIds: known,
    });
    expect(out.request.state).toBe('DONE');
    expect(out.coupon?.couponId).toBe(out.request.couponId);
    expect(out.coupon?.policies).toHaveLength(2);
    expect(out.requests).toHaveLength(1);
    expect(out.requests[0].requestedId).toMatch(/\w+_\d+/);
    const rows = await settle(s, out.request.id);
    expect(rows.map((r) => [r.kind, r.state])).toEqual([
      ['COUPON_PUBLISH', 'DONE'],
      ['COUPON_ITEM_PUBLISH', 'DONE'],
    ]);
    const couponId = out.request.couponId!;
    const list = await s.downloadList();
    expect(list.lastUserId).toBe('wing.tester');
    expect(list.coupons.find((c) => c.couponId === couponId)?.localItemCount).toBe(5);

    const expire = await s.downloadExpire(couponId, 'wing.tester');
    const [expired] = await settle(s, expire.request.id);
    expect(expired.state).toBe('DONE');
    const sandboxCoupon = (await admin('GET', '/coupons')).downloadCoupons.find((c: any) => String(c.couponId) === couponId);
    expect(sandboxCoupon.status).toBe('EXPIRED');
  });

  it('splits a long option list into calls of 100 and stops after a failed call (rule 42)', async () => {
    const s = service();
    const { free, freeContractId } = await options();
    const unknown = Array.from({ length: 140 }, (_, i) => String(90_000_000_001 + i));
    const now = new Date();
    const out = await s.downloadCreate({
      contractId: freeContractId,
      title: '나눠 보내기 쿠폰',
      startDate: formatCouponTime(nextWholeHourAfter(now, 2 * 3_600_000)),
      endDate: formatCouponTime(kstEndOfDay(now, 10)),
      userId: 'wing.tester',
      policies: [{ title: '10%', typeOfDiscount: 'RATE', description: '', minimumPrice: 10000, discount: 10, maximumDiscountPrice: 5000, maximumPerDaily: 2 }],
      vendorItemIds: [...unknown, free[0]],
    });
    expect(out.requests[0].payload).toMatchObject({ vendorItemCount: 100, batch: 1, batches: 2 });
    const rows = await settle(s, out.request.id);
    expect(rows).toHaveLength(2); // the second call of 41 was never sent
    expect(rows[1].state).toBe('FAIL');
    expect(rows[1].reasonKo).toContain('나머지 옵션 41개는 보내지 않았습니다');
    const detail = await s.downloadList();
    expect(detail.coupons.find((c) => c.couponId === out.request.couponId)?.destroyed).toBe(true);
    await expect(s.downloadAddItems(out.request.couponId!, 'wing.tester', [free[1]])).rejects.toThrow(/쿠폰 규칙 42/);
  });
});

describe('request status lookups', () => {
  it('looks any requestedId up as a string and updates the tracked row', async () => {
    const s = service();
    const { freeContractId } = await options();
    const { request } = await s.instantCreate(draft(freeContractId, '조회 쿠폰', []));
    await advance(1);
    const status = await s.requestStatus('instant', request.requestedId!);
    expect(status.requestedId).toBe(request.requestedId);
    expect(status.state).toBe('DONE');
    expect(status.type).toBe('COUPON_PUBLISH');
    expect(status.tracked?.state).toBe('DONE');
    expect(status.tracked?.couponId).toBe(status.couponId);
    await expect(s.requestStatus('download', 'et5 bad')).rejects.toThrow(/쿠폰 규칙 45/);
  });
});
