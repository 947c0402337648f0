// Per-vendor sync bookkeeping: where the next incremental pull starts (cursor), when the open
// (결제완료/상품준비중) and in-transit lists were last re-read over the whole lookback, the last error, and the unfinished run (its plan and each
// task's nextToken), written after every page so a killed pull resumes where it stopped.
import type { Db } from './db';

export interface SyncStateRow {
  vendorId: string;
  cursorAt: string | null;
  transitAt: string | null;
  openAt: string | null;
  lastSuccessAt: string | null;
  lastErrorKo: string | null;
  lastErrorAt: string | null;
  runJson: string | null;
}

export function createSyncRepo(db: Db) {
  const s = {
    get: db.prepare('SELECT * FROM orders_sync_state WHERE vendor_id = ?'),
    ensure: db.prepare('INSERT OR IGNORE INTO orders_sync_state (vendor_id) VALUES (?)'),
    setRun: db.prepare('UPDATE orders_sync_state SET run_json = ? WHERE vendor_id = ?'),
    finish: db.prepare(
      `UPDATE orders_sync_state SET run_json = NULL, cursor_at = COALESCE(@cursorAt, cursor_at), transit_at = COALESCE(@transitAt, transit_at),
         open_at = COALESCE(@openAt, open_at),
         last_success_at = @at, last_error_ko = NULL, last_error_at = NULL WHERE vendor_id = @vendorId`,
    ),
    error: db.prepare('UPDATE orders_sync_state SET last_error_ko = ?, last_error_at = ? WHERE vendor_id = ?'),
    clearError: db.prepare('UPDATE orders_sync_state SET last_error_ko = NULL, last_error_at = NULL WHERE vendor_id = ?'),
  };
  return {
    get(vendorId: string): SyncStateRow {
      s.ensure.run(vendorId);
      const r = s.get.get(vendorId) as any;
      return {
        vendorId,
        cursorAt: r.cursor_at,
        transitAt: r.transit_at,
        openAt: r.open_at,
        lastSuccessAt: r.last_success_at,
        lastErrorKo: r.last_error_ko,
        lastErrorAt: r.last_error_at,
        runJson: r.run_json,
      };
    },
    saveRun(vendorId: string, runJson: string | null): void {
      s.ensure.run(vendorId);
      s.setRun.run(runJson, vendorId);
    },
    finishRun(vendorId: string, v: { cursorAt: string | null; transitAt: string | null; openAt?: string | null; at: string }): void {
      s.ensure.run(vendorId);
      s.finish.run({ vendorId, openAt: null, ...v });
    },
    setError(vendorId: string, messageKo: string, at: string): void {
      s.ensure.run(vendorId);
      s.error.run(messageKo, at, vendorId);
    },
    clearError(vendorId: string): void {
      s.ensure.run(vendorId);
      s.clearError.run(vendorId);
    },
  };
}
export type SyncRepo = ReturnType<typeof createSyncRepo>;
