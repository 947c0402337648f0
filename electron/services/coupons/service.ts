// Coupons use cases: contracts and budgets, instant discount coupons, download coupons and the
// request tracker. Every write is checked with shared/coupons first (the same rules the screen
// shows while the seller types) and then goes through the tracker, never straight to Coupang.
import {
  DOWNLOAD_ITEMS_PER_CALL,
  errorsOf,
  FREE_CONTRACT_BUDGET_ID,
  INSTANT_ITEMS_PER_CALL,
  INSTANT_ITEM_STATUSES,
  kstMonth,
  nextMonth,
  normalizeVendorItemIds,
  parseAmount,
  readRequestStatus,
  validateBudgetQuery,
  validateDownloadCoupon,
  validateDownloadExpire,
  validateDownloadItemAdd,
  validateInstantCoupon,
  validateInstantExpire,
  validateInstantItemAdd,
  validateInstantItemRemoval,
  validateOrderId,
  validatePage,
  validateRequestedId,
  validateStatusFilter,
  warningsOf,
  type CouponIssue,
} from '../../../shared/coupons';
import type {
  ContractWithBudgets,
  CouponBudget,
  CouponContract,
  CouponFamily,
  DownloadCoupon,
  DownloadCouponInput,
  InstantCouponInput,
  InstantCouponStatus,
  RequestStatusView,
  TrackedRequest,
} from '../../../shared/ipc/coupons';
import { CoupangApiError } from '../../coupang/errors';
import type { Db } from '../../store/db';
import { createCouponRequestsRepo, type CouponRequestRow } from '../../store/coupons-requests';
import { createDownloadCouponsRepo, type DownloadCouponRecord } from '../../store/coupons-download';
import { createCouponOptionsRepo } from '../../store/coupons-options';
import {
  downloadFields,
  fmsContent,
  fmsList,
  fmsPagination,
  toBudget,
  toContract,
  toInstantCoupon,
  toInstantItem,
} from './normalize';
import { createTracker, CouponRuleError, isFinal, type CouponsConnection, type TrackerDeps } from './tracker';

export { CouponRuleError } from './tracker';
export type { CouponsConnection, CouponsClient } from './tracker';

export interface CouponsServiceDeps {
  db: Db;
  /** The active connection (profileId undefined) or the one a stored request was sent with. */
  connect: (profileId?: string | null) => Promise<CouponsConnection>;
  log?: (entry: Record<string, unknown>) => void;
  now?: () => Date;
  /** Start the background loop that polls pending requests (default true; the CLI drives it itself). */
  autoStart?: boolean;
  tracker?: Pick<TrackerDeps, 'firstPollMs' | 'maxPollMs' | 'reconcileDelaysMs' | 'tickMs' | 'maxErrorStreak'>;
}

const CONTRACTS_TTL_MS = 60_000;
const USER_ID_KEY = (vendorId: string) => `coupons.userId:${vendorId}`;

function rejectIfErrors(issues: CouponIssue[]): CouponIssue[] {
  const errors = errorsOf(issues);
  if (errors.length) throw new CouponRuleError(errors.map((e) => e.messageKo).join(' / '), errors);
  return warningsOf(issues);
}

export function toTrackedView(row: CouponRequestRow): TrackedRequest {
  const s = row.payload.summary ?? {};
  return {
    id: row.id,
    family: row.family,
    kind: row.kind,
    requestedId: row.requestedId,
    couponId: row.couponId,
    parentId: row.parentId,
    state: row.state,
    payload: {
      ...(s.name !== undefined && { name: s.name }),
      ...(s.type !== undefined && { type: s.type }),
      ...(s.discount !== undefined && { discount: s.discount }),
      ...(s.maxDiscountPrice !== undefined && { maxDiscountPrice: s.maxDiscountPrice }),
      ...(s.startAt !== undefined && { startAt: s.startAt }),
      ...(s.endAt !== undefined && { endAt: s.endAt }),
      ...(s.vendorItemCount !== undefined && { vendorItemCount: s.vendorItemCount }),
      ...(s.batch !== undefined && { batch: s.batch }),
      ...(s.batches !== undefined && { batches: s.batches }),
      ...(s.policies !== undefined && { policies: s.policies }),
    },
    summaryKo: row.summaryKo,
    total: row.total,
    succeeded: row.succeeded,
    failed: row.failed,
    failedItems: row.failedItems,
    reasonKo: row.reasonKo,
    lastErrorKo: row.lastErrorKo,
    polls: row.polls,
    canResend: row.canResend,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    finishedAt: row.finishedAt,
  };
}

export function createCouponsService(deps: CouponsServiceDeps) {
  const { db } = deps;
  const now = deps.now ?? (() => new Date());
  const repo = createCouponRequestsRepo(db, now);
  const downloads = createDownloadCouponsRepo(db, now);
  const options = createCouponOptionsRepo(db, now);
  const tracker = createTracker({
    repo,
    options,
    downloads,
    connect: (profileId) => deps.connect(profileId),
    isOpen: () => db.open,
    log: deps.log,
    nowMs: () => now().getTime(),
    ...deps.tracker,
  });
  const contractCache = new Map<string, { at: number; contracts: CouponContract[] }>();

  const view = toTrackedView;
  const getSetting = (key: string): string | null => {
    const r = db.prepare('SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined;
    return r?.value ?? null;
  };
  const setSetting = (key: string, value: string) => db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, value);

  async function listContracts(conn: CouponsConnection, fresh = false): Promise<CouponContract[]> {
    const cached = contractCache.get(conn.vendorId);
    if (!fresh && cached && now().getTime() - cached.at < CONTRACTS_TTL_MS) return cached.contracts;
    const res = await conn.client.call('coupons.listContracts', {}, { priority: 'user' });
    const contracts = fmsList(res.data).map(toContract).filter((c) => c.contractId);
    contractCache.set(conn.vendorId, { at: now().getTime(), contracts });
    return contracts;
  }

  async function budgetFor(conn: CouponsConnection, contract: CouponContract, month: string): Promise<CouponBudget | null> {
    // Rule 6: the budget API documents -1 for the free contract (자유계약).
    const ids = contract.type === 'NON_CONTRACT_BASED' ? [FREE_CONTRACT_BUDGET_ID, contract.contractId] : [contract.contractId];
    let lastErr: unknown = null;
    for (const id of ids) {
      if (validateBudgetQuery(id, month).length) continue;
      try {
        const res = await conn.client.call('coupons.getBudgets', { query: { contractId: id, targetMonth: month } }, { priority: 'user' });
        const list = fmsList(res.data);
        const hit = list.find((b) => String(b.targetMonth ?? month) === month && (b.contractId === undefined || [id, contract.contractId].includes(String(b.contractId)))) ?? list[0];
        return hit ? { ...toBudget(hit, contract.contractId, month), contractId: contract.contractId } : null;
      } catch (err) {
        lastErr = err;
      }
    }
    if (lastErr) throw lastErr;
    return null;
  }

  function runningRequests(vendorId: string) {
    return repo.list({ vendorId, scope: 'active', limit: 1000 }).map((r) => ({ couponId: r.couponId, family: r.family, state: r.state, kind: r.kind }));
  }

  function downloadView(rec: DownloadCouponRecord): DownloadCoupon {
    const f = downloadFields(rec.raw);
    const localItemCount = Object.values(options.assigned(rec.vendorId, 'download')).filter((c) => c === rec.couponId).length;
    return {
      couponId: rec.couponId,
      title: f.title ?? rec.title,
      contractId: rec.contractId,
      couponType: f.couponType ?? 'DOWNLOAD',
      couponStatus: f.couponStatus ?? rec.couponStatus,
      startDate: f.startDate ?? rec.startDate,
      endDate: f.endDate ?? rec.endDate,
      publishedDate: f.publishedDate,
      appliedOptionCount: f.appliedOptionCount,
      usageAmount: f.usageAmount,
      policies: f.policies,
      userId: rec.userId,
      localItemCount,
      destroyed: rec.destroyed,
      checkedAt: rec.checkedAt,
      createdAt: rec.createdAt,
    };
  }

  function requireOwn(row: CouponRequestRow | null, vendorId: string): CouponRequestRow {
    if (!row || row.vendorId !== vendorId) {
      const e = new Error('요청을 찾을 수 없습니다.') as Error & { code: string };
      e.code = 'NOT_FOUND';
      throw e;
    }
    return row;
  }

  /** The coupon's name when wingdesk knows it (it created the coupon), for the tracker's summaries. */
  function couponName(vendorId: string, family: CouponFamily, couponId: string): { name?: string } {
    const name = family === 'instant' ? repo.creationOf(vendorId, family, couponId)?.payload.summary.name : (downloads.get(vendorId, couponId)?.title ?? undefined);
    return name ? { name } : {};
  }

  /** Same creation already on its way (double click, second window): refuse instead of creating two coupons. */
  function refuseDuplicate(vendorId: string, family: CouponFamily, body: Record<string, unknown>) {
    const same = repo
      .list({ vendorId, scope: 'active', family, limit: 500 })
      .find((r) => r.kind === 'COUPON_PUBLISH' && JSON.stringify(r.payload.body) === JSON.stringify(body));
    if (same) throw new CouponRuleError(`같은 쿠폰 생성 요청(#${same.id})이 아직 진행 중입니다. 요청 현황에서 결과를 확인하세요.`);
  }

  const service = {
    tracker,
    repo,

    async contracts() {
      const conn = await deps.connect();
      const contracts = await listContracts(conn, true);
      const thisMonth = kstMonth(now());
      const next = nextMonth(thisMonth);
      const withBudgets: ContractWithBudgets[] = await Promise.all(
        contracts.map(async (c) => {
          try {
            const [a, b] = await Promise.all([budgetFor(conn, c, thisMonth), budgetFor(conn, c, next)]);
            return { ...c, thisMonth: a, nextMonth: b, budgetErrorKo: null };
          } catch (err) {
            return { ...c, thisMonth: null, nextMonth: null, budgetErrorKo: err instanceof CoupangApiError ? err.oneLineKo : String(err) };
          }
        }),
      );
      return { contracts: withBudgets, thisMonth, nextMonth: next, fetchedAt: now().toISOString() };
    },

    async contract(contractId: string) {
      const conn = await deps.connect();
      const res = await conn.client.call('coupons.getContract', { query: { contractId } }, { priority: 'user' });
      const c = fmsContent(res.data);
      return toContract((c && typeof c === 'object' && !Array.isArray(c) ? c : {}) as Record<string, unknown>);
    },

    async instantList(q: { status: InstantCouponStatus; page: number; size: number; sort: 'asc' | 'desc' }) {
      rejectIfErrors([...validateStatusFilter('coupons', q.status), ...validatePage('coupons', q.page)]);
      const conn = await deps.connect();
      const res = await conn.client.call('coupons.listInstantCouponsByStatus', { query: { status: q.status, page: q.page, size: q.size, sort: q.sort } }, { priority: 'user' });
      return { coupons: fmsList(res.data).map(toInstantCoupon), pagination: fmsPagination(res.data), pendingRequests: repo.countActive(conn.vendorId, 'instant') };
    },

    async instantDetail(q: { couponId: string; itemStatus?: string; page: number; size: number }) {
      const conn = await deps.connect();
      const res = await conn.client.call('coupons.getInstantCoupon', { query: { couponId: q.couponId } }, { priority: 'user' });
      const content = fmsContent(res.data);
      const coupon = toInstantCoupon((content && typeof content === 'object' && !Array.isArray(content) ? content : {}) as Record<string, unknown>);
      if (!coupon.couponId) coupon.couponId = q.couponId;
      const itemStatus = (q.itemStatus ?? ((INSTANT_ITEM_STATUSES as readonly string[]).includes(coupon.status) ? coupon.status : 'APPLIED')) as (typeof INSTANT_ITEM_STATUSES)[number];
      rejectIfErrors([...validateStatusFilter('items', itemStatus), ...validatePage('items', q.page)]);
      const itemsRes = await conn.client.call('coupons.listInstantCouponItemsByStatus', { path: { couponId: q.couponId }, query: { status: itemStatus, page: q.page, size: q.size } }, { priority: 'user' });
      const items = fmsList(itemsRes.data).map(toInstantItem);
      const live = items.filter((i) => i.status !== 'EXPIRED').map((i) => i.vendorItemId);
      if (live.length) options.add(conn.vendorId, 'instant', q.couponId, live);
      const gone = items.filter((i) => i.status === 'EXPIRED').map((i) => i.vendorItemId);
      if (gone.length) options.remove(conn.vendorId, 'instant', q.couponId, gone);
      const creation = repo.creationOf(conn.vendorId, 'instant', q.couponId);
      const initialItemIds = [...new Set([...(creation?.payload.followIds ?? []), ...options.initialOf(conn.vendorId, 'instant', q.couponId)])];
      return {
        coupon,
        itemStatus,
        items,
        itemsPagination: fmsPagination(itemsRes.data),
        requests: repo.list({ vendorId: conn.vendorId, family: 'instant', couponId: q.couponId, limit: 100 }).map(view),
        initialItemIds,
      };
    },

    async instantItem(q: { couponId: string; by: 'couponItemId' | 'vendorItemId'; id: string }) {
      const conn = await deps.connect();
      const endpoint = q.by === 'couponItemId' ? 'coupons.getInstantCouponItemByCouponItemId' : 'coupons.getInstantCouponItemByVendorItemId';
      const res = await conn.client.call(endpoint, { path: { couponId: q.couponId, [q.by]: q.id } }, { priority: 'user' });
      const c = fmsContent(res.data);
      return toInstantItem((c && typeof c === 'object' && !Array.isArray(c) ? c : {}) as Record<string, unknown>);
    },

    async byOrder(orderId: string) {
      rejectIfErrors(validateOrderId(orderId));
      const conn = await deps.connect();
      const res = await conn.client.call('coupons.listInstantCouponsByOrderId', { path: { orderId: orderId.trim() } }, { priority: 'user' });
      return { coupons: fmsList(res.data).map((c) => ({ ...toInstantCoupon(c), vendorItemId: c.vendorItemId === undefined || c.vendorItemId === null ? null : String(c.vendorItemId) })) };
    },

    async instantCreate(input: InstantCouponInput) {
      const conn = await deps.connect();
      const ids = normalizeVendorItemIds(input.vendorItemIds ?? []).ids;
      const contracts = await listContracts(conn);
      const warnings = rejectIfErrors(
        validateInstantCoupon({ ...input, wowExclusive: input.wowExclusive ?? false, vendorItemIds: input.vendorItemIds ?? [] }, { now: now(), contracts, assigned: options.assigned(conn.vendorId, 'instant', ids) }),
      );
      const body = {
        contractId: input.contractId,
        name: input.name.trim(),
        maxDiscountPrice: parseAmount(input.maxDiscountPrice),
        discount: parseAmount(input.discount),
        startAt: input.startAt.trim(),
        endAt: input.endAt.trim(),
        type: input.type,
        wowExclusive: input.wowExclusive ?? false,
      };
      refuseDuplicate(conn.vendorId, 'instant', body);
      const row = await tracker.submit({
        conn,
        family: 'instant',
        kind: 'COUPON_PUBLISH',
        couponId: null,
        payload: {
          summary: { name: body.name, type: body.type, discount: body.discount, maxDiscountPrice: body.maxDiscountPrice, startAt: body.startAt, endAt: body.endAt, vendorItemCount: ids.length },
          body,
          followIds: ids,
          initial: true,
        },
        priority: 'user',
      });
      return { request: view(row), warnings };
    },

    async instantAddItems(couponId: string, vendorItemIds: string[]) {
      const conn = await deps.connect();
      const ids = normalizeVendorItemIds(vendorItemIds).ids;
      const warnings = rejectIfErrors(validateInstantItemAdd(couponId, vendorItemIds, options.assigned(conn.vendorId, 'instant', ids)));
      return { requests: [view(await submitBatches(conn, 'instant', 'COUPON_ITEM_PUBLISH', couponId, ids))], warnings };
    },

    async instantRemoveItems(couponId: string, vendorItemIds: string[]) {
      const conn = await deps.connect();
      const ids = normalizeVendorItemIds(vendorItemIds).ids;
      const creation = repo.creationOf(conn.vendorId, 'instant', couponId);
      const initialItemIds = [...(creation?.payload.followIds ?? []), ...options.initialOf(conn.vendorId, 'instant', couponId)];
      const warnings = rejectIfErrors(validateInstantItemRemoval(vendorItemIds, { initialItemIds }));
      return { requests: [view(await submitBatches(conn, 'instant', 'COUPON_ITEM_EXPIRE', couponId, ids))], warnings };
    },

    async instantExpire(couponId: string) {
      const conn = await deps.connect();
      const warnings = rejectIfErrors(validateInstantExpire(couponId, runningRequests(conn.vendorId)));
      const row = await tracker.submit({ conn, family: 'instant', kind: 'COUPON_EXPIRE', couponId, payload: { summary: couponName(conn.vendorId, 'instant', couponId) }, priority: 'user' });
      return { request: view(row), warnings };
    },

    async downloadList() {
      const conn = await deps.connect();
      return { coupons: downloads.list(conn.vendorId).map(downloadView), lastUserId: getSetting(USER_ID_KEY(conn.vendorId)) };
    },

    async downloadCreate(input: DownloadCouponInput) {
      const conn = await deps.connect();
      const ids = normalizeVendorItemIds(input.vendorItemIds ?? []).ids;
      const contracts = await listContracts(conn);
      const warnings = rejectIfErrors(
        validateDownloadCoupon({ ...input, vendorItemIds: input.vendorItemIds ?? [] }, { now: now(), contracts, assigned: options.assigned(conn.vendorId, 'download', ids) }),
      );
      const body = {
        title: input.title.trim(),
        contractId: input.contractId,
        couponType: 'DOWNLOAD',
        startDate: input.startDate.trim(),
        endDate: input.endDate.trim(),
        userId: input.userId.trim(),
        policies: input.policies.map((p) => ({
          title: p.title.trim(),
          typeOfDiscount: p.typeOfDiscount,
          description: p.description.trim(),
          minimumPrice: parseAmount(p.minimumPrice),
          discount: parseAmount(p.discount),
          maximumDiscountPrice: parseAmount(p.maximumDiscountPrice),
          maximumPerDaily: parseAmount(p.maximumPerDaily),
        })),
      };
      refuseDuplicate(conn.vendorId, 'download', body);
      setSetting(USER_ID_KEY(conn.vendorId), body.userId);
      const row = await tracker.submit({
        conn,
        family: 'download',
        kind: 'COUPON_PUBLISH',
        couponId: null,
        payload: { summary: { name: body.title, startAt: body.startDate, endAt: body.endDate, policies: body.policies.length, vendorItemCount: ids.length }, body, followIds: ids, userId: body.userId, initial: true },
        priority: 'user',
      });
      const rec = row.couponId ? downloads.get(conn.vendorId, row.couponId) : null;
      return { coupon: rec ? downloadView(rec) : null, request: view(repo.get(row.id)!), requests: repo.children(row.id).map(view), warnings };
    },

    async downloadAddItems(couponId: string, userId: string, vendorItemIds: string[]) {
      const conn = await deps.connect();
      const ids = normalizeVendorItemIds(vendorItemIds).ids;
      let rec = downloads.get(conn.vendorId, couponId);
      if (!rec) rec = await readDownload(conn, couponId);
      const f = rec ? downloadFields(rec.raw) : null;
      const warnings = rejectIfErrors(
        validateDownloadItemAdd({ couponId, destroyed: rec?.destroyed, appliedOptionCount: f?.appliedOptionCount ?? null, couponStatus: f?.couponStatus ?? null }, vendorItemIds, userId, options.assigned(conn.vendorId, 'download', ids)),
      );
      setSetting(USER_ID_KEY(conn.vendorId), userId.trim());
      return { requests: [view(await submitBatches(conn, 'download', 'COUPON_ITEM_PUBLISH', couponId, ids, userId.trim()))], warnings };
    },

    async downloadDetail(couponId: string) {
      const conn = await deps.connect();
      const rec = await readDownload(conn, couponId);
      if (!rec) {
        const e = new Error(`다운로드 쿠폰 ${couponId}을(를) 찾지 못했습니다.`) as Error & { code: string };
        e.code = 'NOT_FOUND';
        throw e;
      }
      return { coupon: downloadView(rec), requests: repo.list({ vendorId: conn.vendorId, family: 'download', couponId, limit: 100 }).map(view) };
    },

    async downloadExpire(couponId: string, userId: string) {
      const conn = await deps.connect();
      const warnings = rejectIfErrors(validateDownloadExpire(couponId, userId));
      setSetting(USER_ID_KEY(conn.vendorId), userId.trim());
      const row = await tracker.submit({ conn, family: 'download', kind: 'COUPON_EXPIRE', couponId, payload: { summary: couponName(conn.vendorId, 'download', couponId), userId: userId.trim() }, priority: 'user' });
      return { request: view(row), warnings };
    },

    async requests(q: { scope: 'active' | 'all'; family?: CouponFamily; couponId?: string; limit: number }) {
      const conn = await deps.connect();
      return { requests: repo.list({ vendorId: conn.vendorId, ...q }).map(view), pending: repo.countActive(conn.vendorId) };
    },

    async requestRefresh(id: number) {
      const conn = await deps.connect();
      const row = requireOwn(repo.get(id), conn.vendorId);
      if (row.state === 'REQUESTED') return view(await tracker.poll(row));
      if (row.state === 'UNKNOWN') return view(await tracker.reconcile(row, true));
      if (isFinal(row) && row.followup === 'pending') return view(await tracker.runFollowup(row));
      return view(row);
    },

    async requestResend(id: number) {
      const conn = await deps.connect();
      const row = requireOwn(repo.get(id), conn.vendorId);
      return { request: view(await tracker.resend(row)), warnings: [] };
    },

    async requestStatus(family: CouponFamily, requestedId: string): Promise<RequestStatusView> {
      rejectIfErrors(validateRequestedId(family, requestedId));
      const conn = await deps.connect();
      const id = requestedId.trim();
      const s = await tracker.readStatus(conn, family, id);
      let tracked = repo.byRequestedId(conn.vendorId, family, id);
      if (tracked) tracked = await tracker.applyStatus(tracked, s);
      return {
        family,
        requestedId: id,
        type: s.type,
        status: s.status,
        state: readRequestStatus(s),
        couponId: s.couponId,
        total: s.total,
        succeeded: s.succeeded,
        failed: s.failed,
        failedItems: s.failedItems,
        tracked: tracked ? view(tracked) : null,
      };
    },

    async itemCandidates(q: { search?: string; limit: number }) {
      const conn = await deps.connect();
      const instant = options.assigned(conn.vendorId, 'instant');
      const download = options.assigned(conn.vendorId, 'download');
      const items = options.candidates(conn.vendorId, q.search || undefined, q.limit).map((c) => ({ ...c, instantCouponId: instant[c.vendorItemId] ?? null, downloadCouponId: download[c.vendorItemId] ?? null }));
      return { items, ordersAvailable: options.ordersAvailable() };
    },

    async assignments(family: CouponFamily, vendorItemIds: string[]) {
      const conn = await deps.connect();
      return { assigned: options.assigned(conn.vendorId, family, vendorItemIds) };
    },

    /** True when the request and everything it set off (follow-ups, split batches) has finished. */
    settled(id: number): boolean {
      const row = repo.get(id);
      if (!row) return true;
      const open = row.state === 'SUBMITTING' || row.state === 'REQUESTED' || (row.state === 'UNKNOWN' && !row.canResend) || row.followup === 'pending';
      return !open && repo.children(id).every((c) => service.settled(c.id));
    },

    /** The request and its follow-ups, root first. */
    family(id: number): CouponRequestRow[] {
      const row = repo.get(id);
      if (!row) return [];
      return [row, ...repo.children(id).flatMap((c) => service.family(c.id))];
    },

    /** Drives the tracker until the request settles (CLI --wait, tests). */
    async waitFor(id: number, opts: { timeoutMs?: number; intervalMs?: number; signal?: AbortSignal; onTick?: (rows: CouponRequestRow[]) => void } = {}): Promise<CouponRequestRow[]> {
      const deadline = Date.now() + (opts.timeoutMs ?? 120_000);
      for (;;) {
        await tracker.tick();
        const rows = service.family(id);
        opts.onTick?.(rows);
        if (service.settled(id)) return rows;
        if (opts.signal?.aborted || Date.now() > deadline) return rows;
        await new Promise((r) => setTimeout(r, opts.intervalMs ?? 1000));
      }
    },

    start: () => tracker.start(),
    stop: () => tracker.stop(),
  };

  async function readDownload(conn: CouponsConnection, couponId: string): Promise<DownloadCouponRecord | null> {
    try {
      const res = await conn.client.call('coupons.getDownloadCoupon', { path: { couponId } }, { priority: 'user' });
      const raw = (res.data && typeof res.data === 'object' && !Array.isArray(res.data) ? res.data : {}) as Record<string, unknown>;
      const f = downloadFields(raw);
      return downloads.upsert({ vendorId: conn.vendorId, couponId, raw, title: f.title, couponStatus: f.couponStatus, startDate: f.startDate, endDate: f.endDate, checkedAt: now().toISOString() });
    } catch (err) {
      // Rule 42: a coupon whose item call failed is gone ("삭제된 프로모션 입니다.").
      if (err instanceof CoupangApiError && /삭제된 프로모션/.test(err.coupangMessage ?? '')) {
        const rec = downloads.get(conn.vendorId, couponId);
        if (rec) {
          downloads.markDestroyed(conn.vendorId, couponId);
          return downloads.get(conn.vendorId, couponId);
        }
      }
      throw err;
    }
  }

  /** First call of a list split into calls of 10,000 (instant) or 100 (download); the rest follow it one call at a time. */
  async function submitBatches(conn: CouponsConnection, family: CouponFamily, kind: 'COUPON_ITEM_PUBLISH' | 'COUPON_ITEM_EXPIRE', couponId: string, ids: string[], userId?: string) {
    const size = family === 'instant' ? INSTANT_ITEMS_PER_CALL : DOWNLOAD_ITEMS_PER_CALL;
    const batches = Math.ceil(ids.length / size);
    const batch = ids.slice(0, size);
    return tracker.submit({
      conn,
      family,
      kind,
      couponId,
      payload: {
        summary: { ...couponName(conn.vendorId, family, couponId), vendorItemCount: batch.length, ...(batches > 1 ? { batch: 1, batches } : {}) },
        vendorItemIds: batch,
        followIds: ids.slice(size),
        ...(userId ? { userId } : {}),
      },
      priority: 'user',
    });
  }

  if (deps.autoStart ?? true) tracker.start();
  return service;
}
export type CouponsService = ReturnType<typeof createCouponsService>;
