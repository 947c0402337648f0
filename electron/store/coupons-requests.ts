// The coupon request tracker's table: one row per write sent to Coupang, journaled before it is
// sent so a crash between "sent" and "answered" is never mistaken for "not sent".
import type { RequestPayloadSummary } from '../../shared/coupons/summary';
import type { CouponFamily, RequestKind, RequestState } from '../../shared/ipc/coupons';
import type { Db } from './db';

export interface FailedItem {
  vendorItemId: string;
  reason: string;
}

/** Everything needed to phrase, reconcile and — only when the seller asks — resend a request. */
export interface RequestPayload {
  summary: RequestPayloadSummary;
  /** The body as sent (instant / download creation). */
  body?: Record<string, unknown>;
  /** The options of this call. */
  vendorItemIds?: string[];
  /**
   * Options to add once this request has finished (followup = 'pending'): after a creation, or the
   * rest of a list split into calls of 10,000 / 100 (rules 21, 41). Sent one call at a time.
   */
  followIds?: string[];
  /** Options an UNKNOWN item request turned out not to have applied (resend sends only these). */
  missingIds?: string[];
  /** Options sent with (or right after) the coupon's creation: rule 20 says they cannot be removed later. */
  initial?: boolean;
  /** WING login ID for download calls. */
  userId?: string;
}

export interface CouponRequestRow {
  id: number;
  vendorId: string;
  profileId: string | null;
  family: CouponFamily;
  kind: RequestKind;
  requestedId: string | null;
  couponId: string | null;
  parentId: number | null;
  state: RequestState;
  payload: RequestPayload;
  summaryKo: string;
  total: number | null;
  succeeded: number | null;
  failed: number | null;
  failedItems: FailedItem[];
  reasonKo: string | null;
  lastErrorKo: string | null;
  errorStreak: number;
  polls: number;
  reconcileAttempts: number;
  canResend: boolean;
  followup: 'pending' | 'done' | null;
  /** Epoch ms of the next status read; null when nothing is due. */
  nextPollAt: number | null;
  createdAt: string;
  updatedAt: string;
  finishedAt: string | null;
}

export type NewCouponRequest = Pick<CouponRequestRow, 'vendorId' | 'profileId' | 'family' | 'kind' | 'payload' | 'summaryKo'> &
  Partial<Pick<CouponRequestRow, 'couponId' | 'parentId' | 'state' | 'followup' | 'requestedId'>>;

export type RequestPatch = Partial<Omit<CouponRequestRow, 'id' | 'vendorId' | 'profileId' | 'family' | 'createdAt'>>;

const COLUMNS: Record<keyof RequestPatch, string> = {
  kind: 'kind',
  requestedId: 'requested_id',
  couponId: 'coupon_id',
  parentId: 'parent_id',
  state: 'state',
  payload: 'payload_json',
  summaryKo: 'summary_ko',
  total: 'total',
  succeeded: 'succeeded',
  failed: 'failed',
  failedItems: 'failed_items_json',
  reasonKo: 'reason_ko',
  lastErrorKo: 'last_error_ko',
  errorStreak: 'error_streak',
  polls: 'polls',
  reconcileAttempts: 'reconcile_attempts',
  canResend: 'can_resend',
  followup: 'followup',
  nextPollAt: 'next_poll_at',
  updatedAt: 'updated_at',
  finishedAt: 'finished_at',
};

function toDb(key: keyof RequestPatch, value: unknown): unknown {
  if (key === 'payload' || key === 'failedItems') return JSON.stringify(value ?? (key === 'payload' ? {} : []));
  if (key === 'canResend') return value ? 1 : 0;
  return value ?? null;
}

function fromDb(r: any): CouponRequestRow {
  return {
    id: r.id,
    vendorId: r.vendor_id,
    profileId: r.profile_id,
    family: r.family,
    kind: r.kind,
    requestedId: r.requested_id,
    couponId: r.coupon_id,
    parentId: r.parent_id,
    state: r.state,
    payload: JSON.parse(r.payload_json),
    summaryKo: r.summary_ko,
    total: r.total,
    succeeded: r.succeeded,
    failed: r.failed,
    failedItems: JSON.parse(r.failed_items_json),
    reasonKo: r.reason_ko,
    lastErrorKo: r.last_error_ko,
    errorStreak: r.error_streak,
    polls: r.polls,
    reconcileAttempts: r.reconcile_attempts,
    canResend: r.can_resend === 1,
    followup: r.followup,
    nextPollAt: r.next_poll_at,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    finishedAt: r.finished_at,
  };
}

export interface RequestQuery {
  vendorId: string;
  scope?: 'active' | 'all';
  family?: CouponFamily;
  couponId?: string;
  limit?: number;
}

const ACTIVE = "('SUBMITTING', 'REQUESTED', 'UNKNOWN')";

export function createCouponRequestsRepo(db: Db, now: () => Date = () => new Date()) {
  const iso = () => now().toISOString();

  function get(id: number): CouponRequestRow | null {
    const r = db.prepare('SELECT * FROM coupon_requests WHERE id = ?').get(id);
    return r ? fromDb(r) : null;
  }

  return {
    insert(input: NewCouponRequest): CouponRequestRow {
      const at = iso();
      const info = db
        .prepare(
          `INSERT INTO coupon_requests (vendor_id, profile_id, family, kind, requested_id, coupon_id, parent_id, state, payload_json, summary_ko, followup, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          input.vendorId,
          input.profileId,
          input.family,
          input.kind,
          input.requestedId ?? null,
          input.couponId ?? null,
          input.parentId ?? null,
          input.state ?? 'SUBMITTING',
          JSON.stringify(input.payload),
          input.summaryKo,
          input.followup ?? null,
          at,
          at,
        );
      return get(Number(info.lastInsertRowid))!;
    },

    get,

    update(id: number, patch: RequestPatch): CouponRequestRow {
      const keys = (Object.keys(patch) as Array<keyof RequestPatch>).filter((k) => patch[k] !== undefined && k !== 'updatedAt');
      const sets = [...keys.map((k) => `${COLUMNS[k]} = ?`), 'updated_at = ?'];
      db.prepare(`UPDATE coupon_requests SET ${sets.join(', ')} WHERE id = ?`).run(...keys.map((k) => toDb(k, patch[k])), iso(), id);
      return get(id)!;
    },

    byRequestedId(vendorId: string, family: CouponFamily, requestedId: string): CouponRequestRow | null {
      const r = db.prepare('SELECT * FROM coupon_requests WHERE vendor_id = ? AND family = ? AND requested_id = ?').get(vendorId, family, requestedId);
      return r ? fromDb(r) : null;
    },

    list(q: RequestQuery): CouponRequestRow[] {
      const where = ['vendor_id = ?'];
      const args: unknown[] = [q.vendorId];
      if (q.scope === 'active') where.push(`(state IN ${ACTIVE} OR followup = 'pending')`);
      if (q.family) {
        where.push('family = ?');
        args.push(q.family);
      }
      if (q.couponId) {
        where.push('coupon_id = ?');
        args.push(q.couponId);
      }
      args.push(q.limit ?? 200);
      return db.prepare(`SELECT * FROM coupon_requests WHERE ${where.join(' AND ')} ORDER BY id DESC LIMIT ?`).all(...args).map(fromDb);
    },

    children(parentId: number): CouponRequestRow[] {
      return db.prepare('SELECT * FROM coupon_requests WHERE parent_id = ? ORDER BY id').all(parentId).map(fromDb);
    },

    countActive(vendorId: string, family?: CouponFamily): number {
      const r = db
        .prepare(`SELECT COUNT(*) AS n FROM coupon_requests WHERE vendor_id = ? AND (state IN ${ACTIVE} OR followup = 'pending')${family ? ' AND family = ?' : ''}`)
        .get(...(family ? [vendorId, family] : [vendorId])) as { n: number };
      return r.n;
    },

    /** Requests whose status read, reconciliation or follow-up is due now, oldest first. */
    due(atMs: number, limit = 50): CouponRequestRow[] {
      return db
        .prepare(
          `SELECT * FROM coupon_requests
           WHERE ((state IN ('REQUESTED', 'UNKNOWN') AND next_poll_at IS NOT NULL AND next_poll_at <= ?)
              OR (state IN ('DONE', 'FAIL') AND followup = 'pending' AND (next_poll_at IS NULL OR next_poll_at <= ?)))
           ORDER BY COALESCE(next_poll_at, 0), id LIMIT ?`,
        )
        .all(atMs, atMs, limit)
        .map(fromDb);
    },

    /** The soonest next_poll_at of anything still tracked, or null when nothing waits. */
    nextDueAt(): number | null {
      const r = db
        .prepare(
          `SELECT MIN(COALESCE(next_poll_at, 0)) AS t FROM coupon_requests
           WHERE (state IN ('REQUESTED', 'UNKNOWN') AND next_poll_at IS NOT NULL) OR (state IN ('DONE', 'FAIL') AND followup = 'pending')`,
        )
        .get() as { t: number | null };
      return r.t;
    },

    /**
     * On start: a row still SUBMITTING was interrupted between journaling and Coupang's answer.
     * Whether it reached Coupang is unknown, so it is reconciled by reading, never resent blindly.
     */
    markInterrupted(atMs: number): number {
      return db
        .prepare("UPDATE coupon_requests SET state = 'UNKNOWN', reason_ko = ?, next_poll_at = ?, updated_at = ? WHERE state = 'SUBMITTING'")
        .run('앱이 요청을 보내는 중에 종료되어 쿠팡에 전달되었는지 알 수 없습니다. 조회로 확인합니다.', atMs, iso()).changes;
    },

    /** Instant/download requests on one coupon that have not finished (rule 23). */
    runningOn(vendorId: string, family: CouponFamily, couponId: string): CouponRequestRow[] {
      return db
        .prepare(`SELECT * FROM coupon_requests WHERE vendor_id = ? AND family = ? AND coupon_id = ? AND state IN ${ACTIVE} ORDER BY id`)
        .all(vendorId, family, couponId)
        .map(fromDb);
    },

    /** The creation request of a coupon (for its initial options, rule 20). */
    creationOf(vendorId: string, family: CouponFamily, couponId: string): CouponRequestRow | null {
      const r = db
        .prepare("SELECT * FROM coupon_requests WHERE vendor_id = ? AND family = ? AND coupon_id = ? AND kind = 'COUPON_PUBLISH' ORDER BY id LIMIT 1")
        .get(vendorId, family, couponId);
      return r ? fromDb(r) : null;
    },

    /** Coupon IDs already claimed by a creation request (so reconciliation never adopts the same coupon twice). */
    claimedCouponIds(vendorId: string, family: CouponFamily): Set<string> {
      const rows = db
        .prepare("SELECT coupon_id FROM coupon_requests WHERE vendor_id = ? AND family = ? AND kind = 'COUPON_PUBLISH' AND coupon_id IS NOT NULL")
        .all(vendorId, family) as Array<{ coupon_id: string }>;
      return new Set(rows.map((r) => r.coupon_id));
    },
  };
}
export type CouponRequestsRepo = ReturnType<typeof createCouponRequestsRepo>;
