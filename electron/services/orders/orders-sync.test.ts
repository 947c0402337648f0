import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../store/db';
import { createOrdersRepo } from '../../store/orders-repo';
import { createSyncRepo, type SyncRepo } from '../../store/orders-sync-repo';
import { normalizeOrderSheet } from './normalize';
import { createSyncEngine, dayWindows, minuteWindows } from './orders-sync';
import { makeSheet } from './test-fixtures';

describe('dayWindows', () => {
  it('splits a range into windows of at most 31 calendar days, both ends inclusive', () => {
    expect(dayWindows('2026-01-01', '2026-01-31')).toEqual([{ from: '2026-01-01', to: '2026-01-31' }]);
    expect(dayWindows('2026-01-01', '2026-02-01')).toEqual([
      { from: '2026-01-01', to: '2026-01-31' },
      { from: '2026-02-01', to: '2026-02-01' },
    ]);
    expect(dayWindows('2026-03-01', '2026-03-01')).toEqual([{ from: '2026-03-01', to: '2026-03-01' }]);
    expect(dayWindows('2026-03-02', '2026-03-01')).toEqual([]);
    expect(dayWindows('2025-01-01', '2025-12-31')).toHaveLength(12);
  });
});

describe('sync plan', () => {
  let dir: string;
  let db: Db;
  let syncRepo: SyncRepo;
  let now = new Date('2026-03-10T03:00:00Z'); // 12:00 KST
  const engine = () => createSyncEngine({ db, repo: createOrdersRepo(db), syncRepo, now: () => now });
  const summary = (tasks: Array<{ kind: string; status?: string; from: string; to: string; purpose: string }>) =>
    tasks.map((t) => `${t.purpose}:${t.kind}${t.status ? `:${t.status}` : ''}:${t.from}~${t.to}`);

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'wd-plan-'));
    db = openDatabase(dir);
    syncRepo = createSyncRepo(db);
    now = new Date('2026-03-10T03:00:00Z');
  });
  afterEach(() => {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('first pull: every status over the 31-day lookback, plus stop-shipment and cancel receipts', () => {
    const run = engine().plan('A1', {});
    expect(run.mode).toBe('initial');
    expect(summary(run.tasks)).toEqual([
      ...['ACCEPT', 'INSTRUCT', 'DEPARTURE', 'DELIVERING', 'FINAL_DELIVERY', 'NONE_TRACKING'].map((s) => `initial:orders:${s}:2026-02-08~2026-03-10`),
      'claims:ru:2026-02-08~2026-03-10',
      'claims:cancel:2026-02-08~2026-03-10',
    ]);
  });

  it('incremental: one list per status since the last pull minus the list delay, the open statuses over the whole lookback every 15 minutes, transit hourly', () => {
    // last pull 11:50 KST, open statuses re-read then, in-transit at 11:30; now 12:00 KST
    syncRepo.finishRun('A1', { cursorAt: '2026-03-10T02:50:00.000Z', openAt: '2026-03-10T02:50:00.000Z', transitAt: '2026-03-10T02:30:00.000Z', at: '2026-03-10T02:51:00.000Z' });
    const run = engine().plan('A1', {});
    expect(run.mode).toBe('incremental');
    expect([run.open, run.transit]).toEqual([false, false]);
    expect(summary(run.tasks)).toEqual([
      ...['ACCEPT', 'INSTRUCT', 'DEPARTURE', 'DELIVERING', 'FINAL_DELIVERY', 'NONE_TRACKING'].map((s) => `recent:orders:${s}:2026-03-10~2026-03-10`),
      'claims:ru:2026-02-08~2026-03-10',
      'claims:cancel:2026-03-10~2026-03-10',
    ]);
    expect(run.vanishStatuses).toEqual([]);
    expect(run.recentSince.ACCEPT).toBe(Date.parse('2026-03-09T15:00:00.000Z')); // today 00:00 KST

    // the seller's own "sync now" re-reads what they act on at once
    const asked = engine().plan('A1', { refreshOpen: true });
    expect(asked.open).toBe(true);
    expect(summary(asked.tasks).slice(0, 3)).toEqual(['open:orders:ACCEPT:2026-02-08~2026-03-10', 'open:orders:INSTRUCT:2026-02-08~2026-03-10', 'recent:orders:DEPARTURE:2026-03-10~2026-03-10']);
    expect(asked.vanishStatuses).toEqual(['ACCEPT', 'INSTRUCT']);

    now = new Date('2026-03-10T03:05:00Z'); // 15 minutes after the open pass
    const open = engine().plan('A1', {});
    expect([open.open, open.transit]).toEqual([true, false]);
    expect(open.tasks.filter((t) => t.kind === 'orders')).toHaveLength(6);

    now = new Date('2026-03-10T03:31:00Z'); // an hour after the transit pass
    const later = engine().plan('A1', {});
    expect(later.transit).toBe(true);
    expect(summary(later.tasks)).toContain('transit:orders:DELIVERING:2026-02-08~2026-03-10');
    expect(summary(later.tasks)).toContain('recent:orders:FINAL_DELIVERY:2026-03-10~2026-03-10');
    expect(later.vanishStatuses).toEqual(['ACCEPT', 'INSTRUCT', 'DEPARTURE', 'DELIVERING']);
  });

  it('the overlap reaches back over midnight: a pull at 00:10 KST re-reads yesterday', () => {
    syncRepo.finishRun('A1', { cursorAt: '2026-03-09T15:05:00.000Z', openAt: '2026-03-09T15:05:00.000Z', transitAt: '2026-03-09T15:05:00.000Z', at: '2026-03-09T15:06:00.000Z' });
    now = new Date('2026-03-09T15:10:00Z'); // 2026-03-10 00:10 KST; last pull 00:05
    const run = engine().plan('A1', {});
    expect(summary(run.tasks)[0]).toBe('recent:orders:ACCEPT:2026-03-09~2026-03-10');
    expect(summary(run.tasks)).toContain('claims:cancel:2026-03-09~2026-03-10');
  });

  it("a status with many of today's shipments stored is read with the per-minute list over the minutes since the last pull", () => {
    const repo = createOrdersRepo(db);
    // 400 결제완료 shipments ordered today before 11:00 KST, 3 배송완료
    for (let i = 0; i < 403; i++) {
      const sheet = makeSheet({ shipmentBoxId: String(700000000000000000n + BigInt(i)), status: i < 400 ? 'ACCEPT' : 'FINAL_DELIVERY', orderedAt: new Date(Date.parse('2026-03-09T16:00:00Z') + i * 60_000) });
      repo.upsertOrder('A1', normalizeOrderSheet(sheet), { at: '2026-03-10T11:00:00+09:00', source: 'sync', runId: null, actionGuardMs: 0 });
    }
    // last pull 11:55 KST, now 12:00 KST: the window is 11:25–12:01, four calls of at most 10 minutes
    syncRepo.finishRun('A1', { cursorAt: '2026-03-10T02:55:00.000Z', openAt: '2026-03-10T02:55:00.000Z', transitAt: '2026-03-10T02:55:00.000Z', at: '2026-03-10T02:56:00.000Z' });
    const run = engine().plan('A1', {});
    expect(summary(run.tasks.filter((t) => t.status === 'ACCEPT'))).toEqual([
      'recent:orders:ACCEPT:2026-03-10T11:25~2026-03-10T11:35',
      'recent:orders:ACCEPT:2026-03-10T11:35~2026-03-10T11:45',
      'recent:orders:ACCEPT:2026-03-10T11:45~2026-03-10T11:55',
      'recent:orders:ACCEPT:2026-03-10T11:55~2026-03-10T12:01',
    ]);
    expect(run.tasks.filter((t) => t.status === 'ACCEPT').every((t) => t.unit === 'minute')).toBe(true);
    // the per-day list stays cheaper for the others: one call each for today
    expect(summary(run.tasks.filter((t) => t.status === 'FINAL_DELIVERY'))).toEqual(['recent:orders:FINAL_DELIVERY:2026-03-10~2026-03-10']);
    expect(run.recentSince.ACCEPT).toBe(Date.parse('2026-03-10T02:25:00.000Z'));
    expect(run.tasks.filter((t) => t.kind === 'orders')).toHaveLength(4 + 5);
  });

  it('per-minute windows: whole minutes, the current one included, never 24 hours or more', () => {
    expect(minuteWindows(Date.parse('2026-03-10T02:25:30Z'), Date.parse('2026-03-10T02:31:10Z'), 10 * 60_000)).toEqual([
      { from: '2026-03-10T11:25', to: '2026-03-10T11:32', fromMs: Date.parse('2026-03-10T02:25:00Z') },
    ]);
    expect(minuteWindows(Date.parse('2026-03-09T03:00:00Z'), Date.parse('2026-03-10T03:00:00Z'), 10 * 60_000)).toEqual([]);
    expect(minuteWindows(Date.parse('2026-03-10T04:00:00Z'), Date.parse('2026-03-10T03:00:00Z'), 10 * 60_000)).toEqual([]);
  });

  it('a cursor older than the lookback reads the whole lookback again', () => {
    syncRepo.finishRun('A1', { cursorAt: '2025-12-01T00:00:00.000Z', transitAt: '2025-12-01T00:00:00.000Z', at: '2025-12-01T00:00:00.000Z' });
    const run = engine().plan('A1', {});
    expect(summary(run.tasks.filter((t) => t.kind === 'orders')).every((t) => t.endsWith(':2026-02-08~2026-03-10'))).toBe(true);
    expect(run.tasks.filter((t) => t.kind === 'orders')).toHaveLength(6);
    expect([run.open, run.transit]).toEqual([true, true]);
  });

  it('a cursor ahead of now (clock set back) still re-reads today', () => {
    syncRepo.finishRun('A1', { cursorAt: '2026-04-01T00:00:00.000Z', openAt: '2026-04-01T00:00:00.000Z', transitAt: '2026-04-01T00:00:00.000Z', at: '2026-04-01T00:00:00.000Z' });
    const run = engine().plan('A1', {});
    expect(summary(run.tasks)).toContain('recent:orders:FINAL_DELIVERY:2026-03-10~2026-03-10');
    expect([run.open, run.transit]).toEqual([true, true]); // passes stamped in the future are due
  });

  it('a range pull reads what was asked, in 31-day windows, and leaves the cursor alone', () => {
    const run = engine().plan('A1', { from: '2026-01-01', to: '2026-02-15', status: 'FINAL_DELIVERY' });
    expect(run.mode).toBe('range');
    expect(summary(run.tasks)).toEqual([
      'range:orders:FINAL_DELIVERY:2026-01-01~2026-01-31',
      'range:orders:FINAL_DELIVERY:2026-02-01~2026-02-15',
      'claims:ru:2026-01-01~2026-01-31',
      'claims:ru:2026-02-01~2026-02-15',
      'claims:cancel:2026-01-01~2026-01-31',
      'claims:cancel:2026-02-01~2026-02-15',
    ]);
  });
});
