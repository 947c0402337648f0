// The request tracker: every coupon write is journaled in SQLite before it is sent, then followed
// until Coupang says DONE or FAIL (rule 12: async requests are checked with the status API).
// Status reads go through the shared per-vendor limiter at 'bulk' priority so a seller's click is
// never stuck behind them. A write whose answer was lost (unknown-outcome) is reconciled by
// reading — the coupon list by name and period, the coupon's items, its status — and is only sent
// again when the seller asks after reading found nothing. Pending requests survive restarts.
import { INSTANT_ITEMS_PER_CALL, DOWNLOAD_ITEMS_PER_CALL, readRequestStatus, requestSummaryKo, type RequestType } from '../../../shared/coupons';
import type { CouponFamily } from '../../../shared/ipc/coupons';
import { CoupangApiError } from '../../coupang/errors';
import type { CouponRequestRow, CouponRequestsRepo, FailedItem, RequestPatch, RequestPayload } from '../../store/coupons-requests';
import type { DownloadCouponsRepo } from '../../store/coupons-download';
import type { CouponOptionsRepo } from '../../store/coupons-options';
import {
  acceptedRequestedId,
  downloadFields,
  failReasonKo,
  fmsContent,
  fmsList,
  toDownloadStatus,
  toInstantItem,
  toInstantStatus,
  toMarketplaceResults,
  type StatusContent,
} from './normalize';

/** The part of the Coupang client the coupons service uses. */
export interface CouponsClient {
  call<T = unknown>(
    endpointId: string,
    params?: { path?: Record<string, string>; query?: Record<string, string | number | boolean | undefined | null>; body?: unknown },
    options?: { priority?: 'user' | 'bulk'; signal?: AbortSignal },
  ): Promise<{ data: T; httpStatus: number; message: string | null }>;
}

export interface CouponsConnection {
  client: CouponsClient;
  vendorId: string;
  /** The profile the calls go out under (null = demo / environment). */
  profileId: string | null;
}

export type Priority = 'user' | 'bulk';

export interface TrackerDeps {
  repo: CouponRequestsRepo;
  options: CouponOptionsRepo;
  downloads: DownloadCouponsRepo;
  /** The connection a stored request was sent with (null/undefined profile = the active one). */
  connect: (profileId: string | null) => Promise<CouponsConnection>;
  isOpen?: () => boolean;
  log?: (entry: Record<string, unknown>) => void;
  nowMs?: () => number;
  /** First status read after Coupang accepted (default 2 s, growing ×1.5 up to maxPollMs). */
  firstPollMs?: number;
  maxPollMs?: number;
  /** Waits between reconciliation reads of an UNKNOWN request; after the last, the seller decides. */
  reconcileDelaysMs?: number[];
  tickMs?: number;
  /** Consecutive status reads Coupang refused (4xx/5xx) before a request is given up as FAIL. */
  maxErrorStreak?: number;
}

export interface SubmitSpec {
  conn: CouponsConnection;
  family: CouponFamily;
  kind: RequestType;
  couponId: string | null;
  parentId?: number | null;
  payload: RequestPayload;
  priority: Priority;
}

const NOT_SENT_KINDS = new Set(['network', 'tls', 'rate-limited', 'blocked', 'auth', 'expired-key', 'ip-not-allowed']);
const COUNTED_POLL_ERRORS = new Set(['bad-request', 'not-found', 'server']);
const FINAL = new Set(['DONE', 'FAIL']);

export class CouponRuleError extends Error {
  readonly code = 'INVALID_PAYLOAD';
  constructor(
    message: string,
    readonly issues: unknown[] = [],
  ) {
    super(message);
    this.name = 'CouponRuleError';
  }
}

function errorText(err: unknown): string {
  if (err instanceof CoupangApiError) return `${err.explanationKo}${err.fixKo ? ` ${err.fixKo}` : ''}`;
  return err instanceof Error ? err.message : String(err);
}

/** What Coupang said, verbatim where it said anything. */
function refusalText(err: unknown): string {
  if (err instanceof CoupangApiError) return err.coupangMessage ? `쿠팡 메시지: ${err.coupangMessage}` : err.explanationKo;
  return errorText(err);
}

export function isFinal(row: Pick<CouponRequestRow, 'state'>): boolean {
  return FINAL.has(row.state);
}

export function createTracker(deps: TrackerDeps) {
  const { repo } = deps;
  const nowMs = deps.nowMs ?? Date.now;
  const firstPollMs = deps.firstPollMs ?? 2000;
  const maxPollMs = deps.maxPollMs ?? 15_000;
  const reconcileDelays = deps.reconcileDelaysMs ?? [5_000, 20_000, 60_000, 120_000];
  const tickMs = deps.tickMs ?? 1000;
  const maxErrorStreak = deps.maxErrorStreak ?? 6;
  const isOpen = deps.isOpen ?? (() => true);
  const log = (entry: Record<string, unknown>) => deps.log?.({ event: 'coupons.request', ...entry });

  let timer: ReturnType<typeof setTimeout> | null = null;
  let running: Promise<void> | null = null;
  let started = false;
  let stopped = false;
  const busy = new Set<number>();

  const iso = () => new Date(nowMs()).toISOString();
  const pollDelay = (polls: number) => Math.min(firstPollMs * Math.pow(1.5, polls), maxPollMs);

  async function connFor(row: CouponRequestRow): Promise<{ conn: CouponsConnection } | { errorKo: string }> {
    try {
      const conn = await deps.connect(row.profileId);
      if (conn.vendorId !== row.vendorId) {
        return { errorKo: `이 요청을 보낸 판매자(${row.vendorId})의 연결이 지금 활성화되어 있지 않아 확인을 미룹니다. 그 프로필을 사용 중으로 바꾸면 이어서 확인합니다.` };
      }
      return { conn };
    } catch (err) {
      return { errorKo: `연결을 열지 못해 확인을 미룹니다: ${errorText(err)}` };
    }
  }

  function defer(row: CouponRequestRow, errorKo: string, ms = 60_000): CouponRequestRow {
    return repo.update(row.id, { lastErrorKo: errorKo, nextPollAt: nowMs() + ms });
  }

  // ---- sending ---------------------------------------------------------------------------------

  async function send(spec: SubmitSpec, ids: string[]): Promise<unknown> {
    const { conn, family, kind, couponId, payload, priority } = spec;
    const opts = { priority };
    const c = conn.client;
    if (family === 'instant') {
      if (kind === 'COUPON_PUBLISH') return (await c.call('coupons.createInstantCoupon', { body: payload.body }, opts)).data;
      if (kind === 'COUPON_EXPIRE') return (await c.call('coupons.expireInstantCoupon', { path: { couponId: couponId! } }, opts)).data;
      if (kind === 'COUPON_ITEM_PUBLISH') return (await c.call('coupons.addInstantCouponItems', { path: { couponId: couponId! }, body: { vendorItems: ids } }, opts)).data;
      return (await c.call('coupons.removeInstantCouponItems', { path: { couponId: couponId! }, body: { vendorItems: ids } }, opts)).data;
    }
    if (kind === 'COUPON_PUBLISH') return (await c.call('coupons.createDownloadCoupon', { body: payload.body }, opts)).data;
    if (kind === 'COUPON_ITEM_PUBLISH') {
      return (await c.call('coupons.addDownloadCouponItems', { body: { couponItems: [{ couponId, userId: payload.userId, vendorItemIds: ids }] } }, opts)).data;
    }
    if (kind === 'COUPON_EXPIRE') {
      return (await c.call('coupons.expireDownloadCoupons', { body: { expireCouponList: [{ couponId, reason: 'expired', userId: payload.userId }] } }, opts)).data;
    }
    throw new Error('다운로드 쿠폰은 옵션을 뺄 수 없습니다(쿠폰 규칙 40).');
  }

  /** Journals the request, sends it once, and records what Coupang answered (or that it did not). */
  async function submit(spec: SubmitSpec): Promise<CouponRequestRow> {
    const ids = spec.payload.vendorItemIds ?? [];
    const followup = spec.payload.followIds?.length ? ('pending' as const) : null;
    const row = repo.insert({
      vendorId: spec.conn.vendorId,
      profileId: spec.conn.profileId,
      family: spec.family,
      kind: spec.kind,
      couponId: spec.couponId,
      parentId: spec.parentId ?? null,
      payload: spec.payload,
      summaryKo: requestSummaryKo(spec.family, spec.kind, spec.couponId, spec.payload.summary),
      followup,
      state: 'SUBMITTING',
    });
    log({ id: row.id, family: row.family, kind: row.kind, couponId: row.couponId, state: 'SUBMITTING' });
    busy.add(row.id);
    try {
      let data: unknown;
      try {
        data = await send(spec, ids);
      } catch (err) {
        return recordSendError(row, err);
      }
      return await recordAccepted(row, data);
    } finally {
      busy.delete(row.id);
    }
  }

  function recordSendError(row: CouponRequestRow, err: unknown): CouponRequestRow {
    const kind = err instanceof CoupangApiError ? err.kind : 'unknown-outcome';
    let updated: CouponRequestRow;
    if (kind === 'unknown-outcome') {
      updated = repo.update(row.id, {
        state: 'UNKNOWN',
        reasonKo: `${errorText(err)} 쿠폰 목록과 상태를 읽어 실제로 반영되었는지 확인합니다.`,
        nextPollAt: nowMs() + reconcileDelays[0],
      });
    } else {
      const notSent = NOT_SENT_KINDS.has(kind);
      updated = repo.update(row.id, {
        state: 'FAIL',
        reasonKo: notSent ? `${errorText(err)} 요청은 처리되지 않았습니다.` : refusalText(err),
        lastErrorKo: errorText(err),
        canResend: notSent,
        finishedAt: iso(),
        nextPollAt: null,
      });
    }
    log({ id: row.id, state: updated.state, kind, error: errorText(err) });
    return updated;
  }

  async function recordAccepted(row: CouponRequestRow, data: unknown): Promise<CouponRequestRow> {
    const nextPollAt = nowMs() + firstPollMs;
    let updated: CouponRequestRow;
    if (row.family === 'instant') {
      const { requestedId, success } = acceptedRequestedId(data);
      if (!success) {
        updated = repo.update(row.id, { state: 'FAIL', reasonKo: '쿠팡이 요청을 받지 않았습니다(success:false). 이 쿠폰에 진행 중인 다른 요청이 있으면 끝난 뒤 다시 시도하세요(쿠폰 규칙 23).', finishedAt: iso() });
      } else if (requestedId) {
        updated = setRequested(row, requestedId, nextPollAt);
      } else {
        updated = repo.update(row.id, { state: 'UNKNOWN', reasonKo: '쿠팡 응답에 requestedId가 없어 결과를 조회로 확인합니다.', nextPollAt: nowMs() + reconcileDelays[0] });
      }
    } else if (row.kind === 'COUPON_PUBLISH') {
      const raw = (data && typeof data === 'object' && !Array.isArray(data) ? data : {}) as Record<string, unknown>;
      const f = downloadFields(raw);
      if (f.couponId) {
        const body = row.payload.body ?? {};
        deps.downloads.upsert({
          vendorId: row.vendorId,
          couponId: f.couponId,
          raw,
          contractId: body.contractId ? String(body.contractId) : null,
          userId: row.payload.userId ?? null,
          title: f.title ?? (body.title as string | undefined) ?? null,
          couponStatus: f.couponStatus,
          startDate: f.startDate ?? (body.startDate as string | undefined) ?? null,
          endDate: f.endDate ?? (body.endDate as string | undefined) ?? null,
          checkedAt: iso(),
        });
        updated = repo.update(row.id, {
          state: 'DONE',
          couponId: f.couponId,
          summaryKo: requestSummaryKo(row.family, row.kind, f.couponId, row.payload.summary),
          finishedAt: iso(),
          nextPollAt: null,
        });
      } else {
        updated = repo.update(row.id, { state: 'UNKNOWN', reasonKo: '쿠팡 응답에 couponId가 없어 생성 여부를 알 수 없습니다.', nextPollAt: nowMs() + reconcileDelays[0] });
      }
    } else {
      const [r] = toMarketplaceResults(data);
      if (!r) updated = repo.update(row.id, { state: 'UNKNOWN', reasonKo: '쿠팡 응답이 비어 있어 결과를 조회로 확인합니다.', nextPollAt: nowMs() + reconcileDelays[0] });
      else if (!r.ok) updated = await finish(row, 'FAIL', null, r.errorMessage ?? r.errorCode ?? '쿠팡이 요청을 처리하지 못했습니다(FAIL).');
      else if (r.requestTransactionId) updated = setRequested(row, r.requestTransactionId, nextPollAt);
      // Documented shape: a single SUCCESS object with no transaction ID — the answer is the result.
      else updated = await finish(row, 'DONE', { couponId: row.couponId, requestedId: null, type: row.kind, status: 'DONE', total: row.payload.vendorItemIds?.length ?? null, succeeded: row.payload.vendorItemIds?.length ?? null, failed: 0, failedItems: [] });
    }
    log({ id: row.id, state: updated.state, requestedId: updated.requestedId, couponId: updated.couponId });
    if (isFinal(updated) && updated.followup === 'pending') return runFollowup(updated);
    return updated;
  }

  function setRequested(row: CouponRequestRow, requestedId: string, nextPollAt: number): CouponRequestRow {
    const same = repo.byRequestedId(row.vendorId, row.family, requestedId);
    if (same && same.id !== row.id) {
      return repo.update(row.id, { state: 'UNKNOWN', reasonKo: `쿠팡이 이미 다른 요청(#${same.id})에 쓴 요청 ID ${requestedId}를 돌려주었습니다. 조회로 확인합니다.`, nextPollAt });
    }
    return repo.update(row.id, { state: 'REQUESTED', requestedId, nextPollAt, reasonKo: null });
  }

  // ---- finishing ---------------------------------------------------------------------------------

  function succeededIds(row: CouponRequestRow, state: 'DONE' | 'FAIL', s: StatusContent | null): string[] {
    const ids = row.payload.vendorItemIds ?? [];
    const failed = new Set((s?.failedItems ?? []).map((f) => f.vendorItemId));
    if (state === 'FAIL' && !(s?.succeeded && s.succeeded > 0)) return [];
    return ids.filter((id) => !failed.has(id));
  }

  function applyEffects(row: CouponRequestRow, s: StatusContent | null): void {
    if (!row.couponId) return;
    const state = row.state as 'DONE' | 'FAIL';
    const ok = succeededIds(row, state, s);
    if (row.kind === 'COUPON_ITEM_PUBLISH') {
      if (ok.length) deps.options.add(row.vendorId, row.family, row.couponId, ok, !!row.payload.initial);
      // Rule 42: a download item call that Coupang processed and failed destroys the coupon. A call
      // refused outright (no transaction, e.g. the coupon already runs, rule 40) leaves it as it was.
      if (row.family === 'download' && state === 'FAIL' && (row.requestedId || /삭제된 프로모션/.test(row.reasonKo ?? ''))) deps.downloads.markDestroyed(row.vendorId, row.couponId);
    } else if (row.kind === 'COUPON_ITEM_EXPIRE' && ok.length) {
      deps.options.remove(row.vendorId, row.family, row.couponId, ok);
    } else if (row.kind === 'COUPON_EXPIRE' && state === 'DONE') {
      deps.options.remove(row.vendorId, row.family, row.couponId);
    }
  }

  async function finish(row: CouponRequestRow, state: 'DONE' | 'FAIL', s: StatusContent | null, reasonKo?: string | null, extra: RequestPatch = {}): Promise<CouponRequestRow> {
    const failedItems: FailedItem[] = s?.failedItems ?? [];
    const couponId = row.kind === 'COUPON_PUBLISH' && s?.couponId ? s.couponId : row.couponId;
    let reason = reasonKo ?? null;
    if (!reason && failedItems.length) reason = failReasonKo(failedItems);
    if (!reason && state === 'FAIL') reason = '쿠팡이 요청을 처리하지 못했습니다(FAIL). 응답에 실패 사유가 없습니다.';
    const updated = repo.update(row.id, {
      state,
      couponId,
      summaryKo: couponId !== row.couponId ? requestSummaryKo(row.family, row.kind, couponId, row.payload.summary) : row.summaryKo,
      total: s?.total ?? row.total,
      succeeded: s?.succeeded ?? row.succeeded,
      failed: s?.failed ?? row.failed,
      failedItems,
      reasonKo: reason,
      lastErrorKo: null,
      errorStreak: 0,
      finishedAt: iso(),
      nextPollAt: null,
      ...extra,
    });
    applyEffects(updated, s);
    log({ id: row.id, state, couponId, failed: failedItems.length });
    return updated;
  }

  // ---- polling -------------------------------------------------------------------------------

  async function readStatus(conn: CouponsConnection, family: CouponFamily, requestedId: string): Promise<StatusContent> {
    if (family === 'instant') {
      const res = await conn.client.call('coupons.getInstantCouponRequestStatus', { path: { requestedId } }, { priority: 'bulk' });
      return toInstantStatus(res.data);
    }
    const res = await conn.client.call('coupons.getDownloadCouponRequestStatus', { query: { requestTransactionId: requestedId } }, { priority: 'bulk' });
    return toDownloadStatus(res.data);
  }

  /** Applies a status answer read elsewhere (the seller looked the ID up) to the tracked row. */
  async function applyStatus(row: CouponRequestRow, s: StatusContent): Promise<CouponRequestRow> {
    if (row.state !== 'REQUESTED') return row;
    const state = readRequestStatus(s);
    if (state === 'REQUESTED') {
      return repo.update(row.id, { polls: row.polls + 1, total: s.total, succeeded: s.succeeded, failed: s.failed, nextPollAt: nowMs() + pollDelay(row.polls + 1), lastErrorKo: null, errorStreak: 0 });
    }
    const done = await finish(row, state, s, null, { polls: row.polls + 1 });
    return done.followup === 'pending' ? runFollowup(done) : done;
  }

  async function poll(row: CouponRequestRow): Promise<CouponRequestRow> {
    if (row.state !== 'REQUESTED' || !row.requestedId) return row;
    const c = await connFor(row);
    if ('errorKo' in c) return defer(row, c.errorKo);
    try {
      const s = await readStatus(c.conn, row.family, row.requestedId);
      return await applyStatus(repo.get(row.id)!, s);
    } catch (err) {
      const kind = err instanceof CoupangApiError ? err.kind : 'other';
      const streak = COUNTED_POLL_ERRORS.has(kind) ? row.errorStreak + 1 : row.errorStreak;
      if (streak >= maxErrorStreak) {
        return finish(row, 'FAIL', null, `요청 상태를 ${streak}번 연속 확인하지 못해 실패로 표시했습니다: ${errorText(err)}`, { polls: row.polls + 1 });
      }
      return repo.update(row.id, { polls: row.polls + 1, errorStreak: streak, lastErrorKo: errorText(err), nextPollAt: nowMs() + pollDelay(row.polls + 1) });
    }
  }

  // ---- reconciling unknown outcomes ----------------------------------------------------------------

  type Reconciled =
    | { found: true; state: 'DONE' | 'FAIL'; couponId?: string | null; noteKo: string; status?: StatusContent }
    | { found: false; noteKo: string; missingIds?: string[]; final?: boolean };

  async function listAll(conn: CouponsConnection, couponId: string, statuses: string[]): Promise<Map<string, string>> {
    const present = new Map<string, string>();
    for (const status of statuses) {
      for (let page = 0; page < 50; page++) {
        const res = await conn.client.call('coupons.listInstantCouponItemsByStatus', { path: { couponId }, query: { status, page, size: 1000 } }, { priority: 'bulk' });
        const items = fmsList(res.data).map(toInstantItem);
        for (const i of items) present.set(i.vendorItemId, i.status);
        if (items.length < 1000) break;
      }
    }
    return present;
  }

  async function reconcileRead(conn: CouponsConnection, row: CouponRequestRow): Promise<Reconciled> {
    const ids = row.payload.vendorItemIds ?? [];
    if (row.family === 'instant' && row.kind === 'COUPON_PUBLISH') {
      const body = row.payload.body ?? {};
      const claimed = repo.claimedCouponIds(row.vendorId, 'instant');
      for (const status of ['STANDBY', 'APPLIED', 'PAUSED']) {
        for (let page = 1; page <= 5; page++) {
          const res = await conn.client.call('coupons.listInstantCouponsByStatus', { query: { status, page, size: 100, sort: 'desc' } }, { priority: 'bulk' });
          const list = fmsList(res.data);
          const hit = list.find((c) => {
            const id = String(c.couponId ?? '');
            if (!id || claimed.has(id)) return false;
            if (c.startAt !== body.startAt || c.endAt !== body.endAt || c.type !== body.type) return false;
            if (Number(c.discount) !== Number(body.discount) || String(c.contractId ?? '') !== String(body.contractId ?? '')) return false;
            return c.promotionName === body.name || (c.promotionName == null && Number(c.maxDiscountPrice) === Number(body.maxDiscountPrice));
          });
          if (hit) return { found: true, state: 'DONE', couponId: String(hit.couponId), noteKo: `응답은 받지 못했지만 쿠폰 목록에서 같은 이름·기간의 쿠폰 ${String(hit.couponId)}을(를) 찾았습니다.` };
          if (list.length < 100) break;
        }
      }
      return { found: false, noteKo: '쿠폰 목록(대기중·사용중·발행중지)에서 같은 이름·기간의 쿠폰을 찾지 못했습니다.' };
    }
    if (row.family === 'instant' && (row.kind === 'COUPON_ITEM_PUBLISH' || row.kind === 'COUPON_ITEM_EXPIRE')) {
      const present = await listAll(conn, row.couponId!, ['STANDBY', 'APPLIED', 'PAUSED']);
      if (row.kind === 'COUPON_ITEM_PUBLISH') {
        const missing = ids.filter((id) => !present.has(id));
        if (!missing.length) return { found: true, state: 'DONE', noteKo: `응답은 받지 못했지만 쿠폰 ${row.couponId}에 옵션 ${ids.length}개가 모두 들어 있습니다.`, status: { couponId: row.couponId, requestedId: null, type: row.kind, status: 'DONE', total: ids.length, succeeded: ids.length, failed: 0, failedItems: [] } };
        return { found: false, missingIds: missing, noteKo: `쿠폰 ${row.couponId}에 옵션 ${ids.length}개 중 ${missing.length}개가 아직 없습니다.` };
      }
      const left = ids.filter((id) => present.has(id));
      if (!left.length) return { found: true, state: 'DONE', noteKo: `응답은 받지 못했지만 쿠폰 ${row.couponId}에서 옵션 ${ids.length}개가 모두 빠졌습니다.`, status: { couponId: row.couponId, requestedId: null, type: row.kind, status: 'DONE', total: ids.length, succeeded: ids.length, failed: 0, failedItems: [] } };
      return { found: false, missingIds: left, noteKo: `쿠폰 ${row.couponId}에 뺄 옵션 ${left.length}개가 아직 남아 있습니다.` };
    }
    if (row.family === 'instant' && row.kind === 'COUPON_EXPIRE') {
      const res = await conn.client.call('coupons.getInstantCoupon', { query: { couponId: row.couponId! } }, { priority: 'bulk' });
      const c = fmsContent(res.data) as Record<string, unknown> | undefined;
      const status = String(c?.status ?? '');
      if (status === 'EXPIRED') return { found: true, state: 'DONE', noteKo: `응답은 받지 못했지만 쿠폰 ${row.couponId}이(가) 사용종료(EXPIRED) 상태입니다.` };
      return { found: false, noteKo: `쿠폰 ${row.couponId}의 상태가 아직 ${status || '알 수 없음'}입니다.` };
    }
    if (row.family === 'download' && row.kind === 'COUPON_PUBLISH') {
      return {
        found: false,
        final: true,
        noteKo: '다운로드 쿠폰은 목록 조회 API가 없어 생성 여부를 조회로 확인할 수 없습니다. WING의 쿠폰 관리에서 같은 이름의 쿠폰이 없는지 확인한 뒤에만 다시 보내세요.',
      };
    }
    // Download items / expiry: read the coupon.
    try {
      const res = await conn.client.call('coupons.getDownloadCoupon', { path: { couponId: row.couponId! } }, { priority: 'bulk' });
      const raw = (res.data ?? {}) as Record<string, unknown>;
      const f = downloadFields(raw);
      deps.downloads.upsert({ vendorId: row.vendorId, couponId: row.couponId!, raw, couponStatus: f.couponStatus, checkedAt: iso() });
      if (row.kind === 'COUPON_EXPIRE') {
        if (f.couponStatus === 'EXPIRED') return { found: true, state: 'DONE', noteKo: `응답은 받지 못했지만 쿠폰 ${row.couponId}이(가) EXPIRED 상태입니다.` };
        return { found: false, noteKo: `쿠폰 ${row.couponId}의 상태가 ${f.couponStatus ?? '알 수 없음'}입니다. 파기되지 않았다면 다시 보내세요.` };
      }
      const known = Object.values(deps.options.assigned(row.vendorId, 'download')).filter((c) => c === row.couponId).length;
      if ((f.appliedOptionCount ?? 0) >= known + ids.length) {
        return { found: true, state: 'DONE', noteKo: `응답은 받지 못했지만 쿠폰 ${row.couponId}에 걸린 옵션 수(${f.appliedOptionCount})가 보낸 옵션을 포함합니다.` };
      }
      return { found: false, noteKo: `쿠폰 ${row.couponId}에 걸린 옵션 수가 ${f.appliedOptionCount ?? 0}개라 이 요청의 옵션 ${ids.length}개가 반영되었는지 확인되지 않습니다.` };
    } catch (err) {
      if (err instanceof CoupangApiError && /삭제된 프로모션/.test(err.coupangMessage ?? '')) {
        return { found: true, state: 'FAIL', noteKo: `쿠폰 ${row.couponId}이(가) 삭제된 프로모션입니다: 아이템 추가가 실패해 쿠팡이 쿠폰을 파기했습니다(쿠폰 규칙 42).` };
      }
      throw err;
    }
  }

  async function reconcile(row: CouponRequestRow, manual = false): Promise<CouponRequestRow> {
    if (row.state !== 'UNKNOWN') return row;
    const c = await connFor(row);
    if ('errorKo' in c) return defer(row, c.errorKo);
    const attempts = row.reconcileAttempts + 1;
    let r: Reconciled;
    try {
      r = await reconcileRead(c.conn, row);
    } catch (err) {
      return repo.update(row.id, { lastErrorKo: `확인 조회에 실패했습니다: ${errorText(err)}`, nextPollAt: nowMs() + reconcileDelays[Math.min(row.reconcileAttempts, reconcileDelays.length - 1)] });
    }
    if (r.found) {
      if (r.couponId && row.kind === 'COUPON_PUBLISH') {
        const done = await finish(row, r.state, { ...(r.status ?? emptyStatus()), couponId: r.couponId }, r.noteKo, { reconcileAttempts: attempts });
        return done.followup === 'pending' ? runFollowup(done) : done;
      }
      const done = await finish(row, r.state, r.status ?? null, r.noteKo, { reconcileAttempts: attempts });
      return done.followup === 'pending' ? runFollowup(done) : done;
    }
    const payload = r.missingIds ? { ...row.payload, missingIds: r.missingIds } : row.payload;
    if (r.final || attempts >= reconcileDelays.length || manual) {
      const giveUp = r.final || attempts >= reconcileDelays.length;
      return repo.update(row.id, {
        payload,
        reconcileAttempts: attempts,
        canResend: giveUp,
        reasonKo: giveUp ? `${r.noteKo} 반영되지 않은 것으로 보입니다. 필요하면 ‘다시 보내기’로 한 번 더 보내세요.` : row.reasonKo,
        lastErrorKo: giveUp ? null : r.noteKo,
        nextPollAt: giveUp ? null : nowMs() + reconcileDelays[attempts],
      });
    }
    return repo.update(row.id, { payload, reconcileAttempts: attempts, lastErrorKo: r.noteKo, nextPollAt: nowMs() + reconcileDelays[attempts] });
  }

  // ---- follow-ups: options after creation, and the rest of split lists ----------------------------

  async function runFollowup(row: CouponRequestRow): Promise<CouponRequestRow> {
    if (row.followup !== 'pending' || !isFinal(row)) return row;
    const followKind: RequestType = row.kind === 'COUPON_PUBLISH' ? 'COUPON_ITEM_PUBLISH' : row.kind;
    // Journaled children mean the follow-up was already sent (maybe just before a crash): never twice.
    if (repo.children(row.id).some((ch) => ch.kind === followKind)) return repo.update(row.id, { followup: 'done' });
    const ids = row.payload.followIds ?? [];
    const stop = row.state === 'FAIL' && (row.kind === 'COUPON_PUBLISH' || row.family === 'download');
    if (!ids.length || !row.couponId || stop) {
      const note = ids.length
        ? row.family === 'download' && row.kind !== 'COUPON_PUBLISH'
          ? ` 나머지 옵션 ${ids.length}개는 보내지 않았습니다(아이템 추가 실패로 쿠폰이 파기됨, 쿠폰 규칙 42).`
          : ` 옵션 ${ids.length}개는 보내지 않았습니다.`
        : '';
      return repo.update(row.id, { followup: 'done', reasonKo: note ? `${row.reasonKo ?? ''}${note}`.trim() : row.reasonKo });
    }
    const c = await connFor(row);
    if ('errorKo' in c) return defer(row, c.errorKo);
    const size = row.family === 'instant' ? INSTANT_ITEMS_PER_CALL : DOWNLOAD_ITEMS_PER_CALL;
    const batch = ids.slice(0, size);
    const rest = ids.slice(size);
    const first = row.kind === 'COUPON_PUBLISH';
    const batches = first ? Math.ceil(ids.length / size) : (row.payload.summary.batches ?? 1);
    const batchNo = first ? 1 : (row.payload.summary.batch ?? 1) + 1;
    const summary = { name: row.payload.summary.name, vendorItemCount: batch.length, ...(batches > 1 ? { batch: batchNo, batches } : {}) };
    const child = await submit({
      conn: c.conn,
      family: row.family,
      kind: followKind,
      couponId: row.couponId,
      parentId: row.id,
      payload: { summary, vendorItemIds: batch, followIds: rest, userId: row.payload.userId, initial: first || row.payload.initial },
      priority: 'bulk',
    });
    repo.update(row.id, { followup: 'done' });
    log({ id: row.id, followup: child.id });
    return repo.get(row.id)!;
  }

  // ---- the loop ----------------------------------------------------------------------------------

  async function process(row: CouponRequestRow): Promise<CouponRequestRow> {
    if (busy.has(row.id)) return row;
    busy.add(row.id);
    try {
      const fresh = repo.get(row.id) ?? row;
      if (fresh.state === 'REQUESTED') return await poll(fresh);
      if (fresh.state === 'UNKNOWN') return await reconcile(fresh);
      if (isFinal(fresh) && fresh.followup === 'pending') return await runFollowup(fresh);
      return fresh;
    } catch (err) {
      log({ level: 'error', id: row.id, error: errorText(err) });
      return repo.get(row.id) ?? row;
    } finally {
      busy.delete(row.id);
    }
  }

  async function tick(): Promise<void> {
    if (running) return running;
    running = (async () => {
      try {
        if (!isOpen()) return;
        for (const row of repo.due(nowMs())) {
          if (stopped && started) break;
          if (!isOpen()) return;
          await process(row);
        }
      } catch (err) {
        log({ level: 'error', error: errorText(err) });
      }
    })().finally(() => {
      running = null;
    });
    return running;
  }

  function schedule() {
    if (stopped) return;
    timer = setTimeout(async () => {
      await tick();
      schedule();
    }, tickMs);
    timer.unref?.();
  }

  return {
    submit,
    poll,
    reconcile,
    applyStatus,
    runFollowup,
    readStatus,
    process,
    tick,
    /** Resumes requests left pending by the last run and starts the loop. */
    start() {
      if (started) return;
      started = true;
      stopped = false;
      if (isOpen()) {
        const n = repo.markInterrupted(nowMs());
        if (n) log({ level: 'warn', interrupted: n });
      }
      void tick();
      schedule();
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = null;
      if (running) await running;
    },
    /** Sends again a request whose outcome reading could not confirm — only because the seller asked. */
    async resend(row: CouponRequestRow): Promise<CouponRequestRow> {
      if (!row.canResend) throw new CouponRuleError('이 요청은 다시 보낼 수 없습니다. 결과를 아직 확인 중이거나 이미 처리되었습니다.');
      const c = await connFor(row);
      if ('errorKo' in c) throw new CouponRuleError(c.errorKo);
      const ids = row.payload.missingIds ?? row.payload.vendorItemIds;
      const payload: RequestPayload = { ...row.payload, vendorItemIds: ids, missingIds: undefined, summary: { ...row.payload.summary, ...(ids ? { vendorItemCount: ids.length } : {}) } };
      // The old row is closed first: the seller decided it did not happen, and it must never be polled or resent again.
      repo.update(row.id, { state: 'FAIL', canResend: false, followup: row.followup === 'pending' ? 'done' : row.followup, nextPollAt: null, finishedAt: row.finishedAt ?? iso() });
      const fresh = await submit({ conn: c.conn, family: row.family, kind: row.kind, couponId: row.couponId, parentId: row.parentId, payload, priority: 'user' });
      repo.update(row.id, { reasonKo: `${row.reasonKo ?? ''} → 요청 #${fresh.id}(으)로 다시 보냈습니다.`.trim() });
      return fresh;
    },
  };
}

function emptyStatus(): StatusContent {
  return { couponId: null, requestedId: null, type: null, status: null, total: null, succeeded: null, failed: null, failedItems: [] };
}

export type Tracker = ReturnType<typeof createTracker>;
