import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../store/db';
import { createOrdersRepo } from '../../store/orders-repo';
import { createSyncRepo, type SyncRepo } from '../../store/orders-sync-repo';
import { createSyncEngine, dayWindows } from './orders-sync';

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

  it('incremental: every status since the last pull minus a day and the list delay; open statuses over the rest; transit hourly', () => {
    syncRepo.finishRun('A1', { cursorAt: '2026-03-10T02:00:00.000Z', transitAt: '2026-03-10T02:30:00.000Z', at: '2026-03-10T02:01:00.000Z' });
    const run = engine().plan('A1', {});
    expect(run.mode).toBe('incremental');
    expect(run.transit).toBe(false);
    expect(summary(run.tasks)).toEqual([
      ...['ACCEPT', 'INSTRUCT', 'DEPARTURE', 'DELIVERING', 'FINAL_DELIVERY', 'NONE_TRACKING'].map((s) => `recent:orders:${s}:2026-03-09~2026-03-10`),
      'active:orders:ACCEPT:2026-02-08~2026-03-08',
      'active:orders:INSTRUCT:2026-02-08~2026-03-08',
      'claims:ru:2026-02-08~2026-03-10',
      'claims:cancel:2026-03-09~2026-03-10',
    ]);
    now = new Date('2026-03-10T03:31:00Z');
    const later = engine().plan('A1', {});
    expect(later.transit).toBe(true);
    expect(summary(later.tasks)).toContain('transit:orders:DELIVERING:2026-02-08~2026-03-08');
    expect(later.vanishStatuses).toEqual(['ACCEPT', 'INSTRUCT', 'DEPARTURE', 'DELIVERING']);
  });

  it('a cursor older than the lookback reads the whole lookback again', () => {
    syncRepo.finishRun('A1', { cursorAt: '2025-12-01T00:00:00.000Z', transitAt: '2025-12-01T00:00:00.000Z', at: '2025-12-01T00:00:00.000Z' });
    const run = engine().plan('A1', {});
    expect(summary(run.tasks).filter((t) => t.startsWith('recent'))).toHaveLength(6);
    expect(summary(run.tasks)[0]).toBe('recent:orders:ACCEPT:2026-02-08~2026-03-10');
    expect(run.tasks.some((t) => t.purpose === 'active')).toBe(false);
  });

  it('a cursor ahead of now (clock set back) still re-reads yesterday and today', () => {
    syncRepo.finishRun('A1', { cursorAt: '2026-04-01T00:00:00.000Z', transitAt: '2026-04-01T00:00:00.000Z', at: '2026-04-01T00:00:00.000Z' });
    const run = engine().plan('A1', {});
    expect(summary(run.tasks)[0]).toBe('recent:orders:ACCEPT:2026-03-09~2026-03-10');
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
