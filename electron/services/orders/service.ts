// The orders service: one object the IPC handlers, the CLI and the benchmark share. Reads come
// from the local store only (they work offline); sync and actions go to Coupang through the
// shared per-vendor client. A background loop keeps the store fresh, watches connectivity and
// drains the outbox.
import type { OrderStatus } from '../../../shared/ipc/orders';
import { kstDate, kstIso } from '../../../shared/kst';
import { orderStatusLabelKo, receiptStatusLabelKo } from '../../../shared/orders/status';
import { isCoupangApiError, type CoupangClient } from '../../coupang';
import type { Db } from '../../store/db';
import { createFiltersRepo } from '../../store/orders-filters';
import { createOutboxRepo } from '../../store/orders-outbox';
import { createOrdersQuery, type OrdersFilterInput, type OrdersSortKey } from '../../store/orders-query';
import { createOrdersRepo, type OrderRecord } from '../../store/orders-repo';
import { createSyncRepo } from '../../store/orders-sync-repo';
import type { SettingsRepo } from '../../store/settings-repo';
import { createOrdersActions, type ActionResultOut, type ActionsOptions, type Connectivity, type InvoiceInput } from './orders-actions';
import { createSyncEngine, type PullReport, type PullRequest, type SyncOptions } from './orders-sync';
import { encodeExport, exportRows, pickingList, type ExportFormat } from './export';

export interface OrdersConnection {
  vendorId: string;
  client: CoupangClient;
}

export interface BackgroundOptions {
  /** Pull every this often while the app runs (default 5 min). */
  syncIntervalMs: number;
  /** Connectivity check / outbox drain cadence (default 15 s). */
  tickMs: number;
  /** First tick after start (default 3 s: the window opens first). */
  firstDelayMs: number;
}

export const DEFAULT_BACKGROUND: BackgroundOptions = { syncIntervalMs: 5 * 60 * 1000, tickMs: 15 * 1000, firstDelayMs: 3000 };

export interface OrdersServiceDeps {
  db: Db;
  settings?: SettingsRepo;
  /** The active connection (profile or demo sandbox); called per operation. */
  connection: () => Promise<OrdersConnection>;
  now?: () => Date;
  log?: (e: Record<string, unknown>) => void;
  sync?: Partial<SyncOptions>;
  actions?: Partial<ActionsOptions>;
  background?: Partial<BackgroundOptions>;
}

export type OrderRowOut = Omit<
  OrderRecord,
  'vendorId' | 'orderedMs' | 'deliveryCompanyName' | 'receiverVerified' | 'goneReason' | 'rawJson' | 'statusSource' | 'statusChangedAt' | 'seenRun'
| 'status'
> & { status: OrderStatus; outboxPending: boolean; removedReasonKo: string | null };

export function syncErrorKo(err: unknown): string {
  if (isCoupangApiError(err)) return `주문 동기화 실패: ${err.oneLineKo}`;
  if (err instanceof Error && (err.name === 'AbortError' || /abort/i.test(err.message))) return '주문 동기화가 중단되었습니다. 다음 동기화 때 멈춘 곳부터 이어서 받습니다.';
  return `주문 동기화 실패: ${err instanceof Error ? err.message : String(err)}`;
}

export function createOrdersService(deps: OrdersServiceDeps) {
  const now = deps.now ?? (() => new Date());
  const log = deps.log ?? (() => {});
  const { db } = deps;
  const repo = createOrdersRepo(db);
  const query = createOrdersQuery(db);
  const outbox = createOutboxRepo(db);
  const syncRepo = createSyncRepo(db);
  const filters = createFiltersRepo(db);
  const bg: BackgroundOptions = { ...DEFAULT_BACKGROUND, ...deps.background };

  const connectivity: Connectivity = {
    online: true,
    reasonKo: null,
    setOnline(online, reasonKo = null) {
      if (this.online !== online) log({ level: online ? 'info' : 'warn', event: online ? 'orders.online' : 'orders.offline', reason: reasonKo });
      this.online = online;
      this.reasonKo = online ? null : reasonKo;
    },
  };
  const engine = createSyncEngine({ db, repo, syncRepo, now, log, options: deps.sync });
  const actions = createOrdersActions({ repo, outbox, engine, connectivity, now, log, options: deps.actions, transaction: (fn) => db.transaction(fn)() });

  const running = new Map<string, Promise<PullReport>>();
  /** Settings key `orders.syncIntervalMinutes` (1–1440) overrides the default 5 minutes. */
  const syncIntervalMs = () => {
    const v = Number(deps.settings?.get('orders.syncIntervalMinutes'));
    return Number.isFinite(v) && v >= 1 && v <= 1440 ? v * 60_000 : bg.syncIntervalMs;
  };
  let lastSyncTry = 0;

  function noteError(err: unknown) {
    if (isCoupangApiError(err) && err.kind === 'network') connectivity.setOnline(false, err.explanationKo);
  }

  const chains = new Map<string, Promise<unknown>>();
  const sharedDefault = new Map<string, Promise<PullReport>>();

  async function sync(req: PullRequest = {}): Promise<PullReport> {
    const { vendorId, client } = await deps.connection();
    const isDefault = !req.from && !req.to && !req.status;
    // A default pull asked for while another one waits or runs simply shares it — unless the
    // seller asked for the open statuses to be re-read and the waiting one will not.
    const shareKey = `${vendorId}:${req.refreshOpen ? 'open' : 'auto'}`;
    const shared = sharedDefault.get(`${vendorId}:open`) ?? (req.refreshOpen ? undefined : sharedDefault.get(shareKey));
    if (isDefault && shared) return shared;
    // Never two pulls of one vendor at once: every pull waits for the one before it.
    const before = chains.get(vendorId) ?? Promise.resolve();
    const p: Promise<PullReport> = before
      .catch(() => undefined)
      .then(async () => {
        running.set(vendorId, p);
        lastSyncTry = Date.now();
        try {
          const report = await engine.pull(vendorId, client, req);
          connectivity.setOnline(true);
          deps.settings?.set(`lastSyncAt:${vendorId}`, now().toISOString());
          return report;
        } catch (err) {
          noteError(err);
          syncRepo.setError(vendorId, syncErrorKo(err), now().toISOString());
          throw err;
        } finally {
          running.delete(vendorId);
          if (isDefault && sharedDefault.get(shareKey) === p) sharedDefault.delete(shareKey);
        }
      });
    chains.set(vendorId, p);
    if (isDefault) sharedDefault.set(shareKey, p);
    p.finally(() => {
      if (chains.get(vendorId) === p) chains.delete(vendorId);
    }).catch(() => undefined);
    return p;
  }

  async function vendor(): Promise<string> {
    return (await deps.connection()).vendorId;
  }

  function rowOut(r: OrderRecord, pending: Set<string>): OrderRowOut {
    return {
      shipmentBoxId: r.shipmentBoxId,
      orderId: r.orderId,
      status: r.status as OrderStatus,
      orderedAt: r.orderedAt,
      paidAt: r.paidAt,
      receiverName: r.receiverName,
      receiverPhoneLast4: r.receiverPhoneLast4,
      productSummary: r.productSummary,
      itemCount: r.itemCount,
      quantityToShip: r.quantityToShip,
      orderPrice: r.orderPrice,
      deliveryCompanyCode: r.deliveryCompanyCode,
      invoiceNumber: r.invoiceNumber,
      splitShipping: r.splitShipping,
      ableSplitShipping: r.ableSplitShipping,
      claimPending: r.claimPending,
      receiverChanged: r.receiverChanged,
      outboxPending: pending.has(r.shipmentBoxId),
      removedReasonKo: r.goneReason ? `쿠팡이 취소 또는 반품된 주문으로 알려 왔습니다: ${r.goneReason}` : null,
      updatedAt: r.updatedAt,
    };
  }

  async function withClient<T>(fn: (vendorId: string, client: CoupangClient) => Promise<T>): Promise<T> {
    const { vendorId, client } = await deps.connection();
    return fn(vendorId, client);
  }

  function filteredOrders(vendorId: string, filter: OrdersFilterInput | undefined, shipmentBoxIds?: string[]): OrderRecord[] {
    if (shipmentBoxIds?.length) {
      const out: OrderRecord[] = [];
      for (const id of new Set(shipmentBoxIds)) {
        const o = repo.get(vendorId, id);
        if (o) out.push(o);
      }
      return out;
    }
    return query.all(vendorId, filter ?? { status: 'ALL' });
  }

  // ---- background --------------------------------------------------------------------------------

  let timer: NodeJS.Timeout | null = null;
  let stopped = true;
  let ticking: Promise<void> | null = null;
  let recovered = false;

  /** One step of the background loop; safe to call directly (tests, after reconnecting). */
  async function tick(opts: { forceSync?: boolean } = {}): Promise<void> {
    if (ticking) return ticking;
    ticking = (async () => {
      if (!db.open) return;
      let conn: OrdersConnection;
      try {
        conn = await deps.connection();
      } catch {
        return;
      }
      const { vendorId, client } = conn;
      if (!recovered) {
        recovered = true;
        const n = actions.recoverCrashed();
        if (n) log({ level: 'warn', event: 'orders.outbox.recovered', count: n });
      }
      if (!connectivity.online) {
        try {
          const today = kstDate(now());
          await client.orders.listByDay({ createdAtFrom: `${today}+09:00`, createdAtTo: `${today}+09:00`, status: 'ACCEPT', maxPerPage: 1 }, { priority: 'bulk' });
          connectivity.setOnline(true);
        } catch (err) {
          if (isCoupangApiError(err) && err.kind === 'network') return;
          // Coupang answered (even with an error): the network is back.
          connectivity.setOnline(true);
        }
      }
      try {
        // Unanswered requests are read back first (those proven not applied rejoin the queue at
        // their original place), then the queue is sent oldest first.
        await actions.reconcileUnknown(vendorId, client);
        if (!db.open) return;
        await actions.drain(vendorId, client);
        if (!db.open) return;
        const due = opts.forceSync || Date.now() - lastSyncTry >= syncIntervalMs();
        if (due && connectivity.online) await sync().catch(() => undefined);
        if (!db.open) return;
        await verifyReceivers(vendorId, client);
      } catch (err) {
        noteError(err);
        log({ level: 'warn', event: 'orders.background.error', error: err instanceof Error ? err.message : String(err) });
      }
    })().finally(() => {
      ticking = null;
    });
    return ticking;
  }

  /** Re-reads receivers of acknowledged shipments whose address was last read while ACCEPT. */
  async function verifyReceivers(vendorId: string, client: CoupangClient, limit = 50) {
    const rows = db
      .prepare(`SELECT shipment_box_id FROM orders WHERE vendor_id = ? AND status = 'INSTRUCT' AND receiver_verified = 0 AND gone_reason IS NULL ORDER BY ordered_ms LIMIT ?`)
      .all(vendorId, limit) as Array<{ shipment_box_id: string }>;
    for (const r of rows) {
      if (!connectivity.online || !db.open) return;
      await engine.readOneOrder(vendorId, client, r.shipment_box_id, { options: { priority: 'bulk' }, source: 'coupang' });
    }
  }

  function schedule(ms: number) {
    if (stopped) return;
    timer = setTimeout(async () => {
      timer = null;
      if (stopped || !db.open) return;
      await tick().catch(() => undefined);
      schedule(bg.tickMs);
    }, ms);
    timer.unref?.();
  }

  return {
    repo,
    query,
    outbox,
    syncRepo,
    engine,
    actions,
    connectivity,
    sync,
    tick,
    vendor,

    startBackground() {
      if (!stopped) return;
      stopped = false;
      schedule(bg.firstDelayMs);
    },
    async stopBackground() {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = null;
      await ticking?.catch(() => undefined);
    },

    async syncState() {
      const vendorId = await vendor();
      const st = syncRepo.get(vendorId);
      return {
        running: running.has(vendorId),
        online: connectivity.online,
        lastSyncAt: deps.settings?.get(`lastSyncAt:${vendorId}`) ?? st.lastSuccessAt,
        lastErrorKo: st.lastErrorKo ?? (connectivity.online ? null : `쿠팡에 연결할 수 없습니다. 저장된 주문은 계속 볼 수 있고, 작업은 대기열에 저장됩니다.${connectivity.reasonKo ? ` (${connectivity.reasonKo})` : ''}`),
        storedOrders: repo.count(vendorId),
        outboxPending: outbox.pendingCount(vendorId),
      };
    },

    async list(req: { filter: OrdersFilterInput; sort: OrdersSortKey; desc: boolean; offset: number; limit: number }) {
      const vendorId = await vendor();
      const page = query.list(vendorId, req.filter, req.sort, req.desc, req.offset, req.limit);
      const pending = query.outboxPendingIds(vendorId);
      return { rows: page.rows.map((r) => rowOut(r, pending)), total: page.total, counts: page.counts };
    },

    async detail(shipmentBoxId: string) {
      const vendorId = await vendor();
      const o = repo.get(vendorId, shipmentBoxId);
      if (!o) throw Object.assign(new Error(`배송번호 ${shipmentBoxId}의 주문이 저장되어 있지 않습니다. 주문을 동기화하세요.`), { code: 'NOT_FOUND' });
      const raw = JSON.parse(o.rawJson || '{}');
      const people = repo.receiver(vendorId, shipmentBoxId)!;
      const items = repo.items(vendorId, shipmentBoxId);
      const claims = repo.claimsForShipment(vendorId, shipmentBoxId);
      return {
        ...rowOut(o, query.outboxPendingIds(vendorId)),
        items: items.map((i) => ({
          vendorItemId: i.vendorItemId,
          vendorItemName: i.vendorItemName,
          sellerProductId: i.sellerProductId,
          sellerProductName: i.sellerProductName,
          sellerProductItemName: i.sellerProductItemName,
          shippingCount: i.shippingCount,
          cancelCount: i.cancelCount,
          holdCountForCancel: i.holdCountForCancel,
          quantityToShip: i.quantityToShip,
          salesPrice: i.salesPrice,
          orderPrice: i.orderPrice,
          externalVendorSkuCode: i.externalVendorSkuCode,
          invoiceNumber: i.invoiceNumber ?? o.invoiceNumber,
          deliveryCompanyCode: i.deliveryCompanyCode ?? o.deliveryCompanyCode,
        })),
        receiver: people.receiver,
        orderer: people.orderer,
        parcelPrintMessage: raw.parcelPrintMessage ?? null,
        shippingPrice: Number(raw.shippingPrice?.units ?? raw.shippingPrice ?? 0) || 0,
        remoteArea: raw.remoteArea === true,
        history: repo.history(vendorId, shipmentBoxId).map((h) => ({ status: h.status, labelKo: orderStatusLabelKo(h.status), at: h.at, source: h.source })),
        claims: claims.map((c) => ({
          receiptId: c.receiptId,
          receiptType: c.receiptType,
          receiptStatus: c.receiptStatus,
          receiptStatusKo: receiptStatusLabelKo(c.receiptStatus),
          cancelCount: c.cancelCountSum,
          reasonKo: c.reasonKo,
          requestedAt: c.requestedAt,
          vendorItemIds: [...new Set(c.items.map((i) => i.vendorItemId).filter((x) => /^\d+$/.test(x)))],
        })),
        actions: outbox.latestFor(vendorId, shipmentBoxId).map((e) => ({
          id: e.id,
          action: e.action,
          state: e.state,
          messageKo: e.messageKo,
          createdAt: e.createdAt,
          finishedAt: e.finishedAt,
        })),
      };
    },

    /** Crash leftovers reconciled, queued requests sent, unanswered ones read back (CLI, tests). */
    async drainOutbox(): Promise<void> {
      const { vendorId, client } = await deps.connection();
      actions.recoverCrashed();
      await actions.reconcileUnknown(vendorId, client, true);
      await actions.drain(vendorId, client);
    },

    async acknowledge(ids: string[]): Promise<ActionResultOut[]> {
      const results = await withClient((v, c) => actions.acknowledge(v, c, ids));
      // Receivers beyond the ones re-read right away come with the next pull of the 상품준비중
      // list (same data as the single query): start it now rather than in up to 5 minutes.
      if (results.filter((r) => r.state === 'done').length > actions.options.receiverRecheckLimit) void sync().catch(() => undefined);
      return results;
    },
    uploadInvoice: (entries: InvoiceInput[]) => withClient((v, c) => actions.uploadInvoice(v, c, entries, 'uploadInvoice')),
    updateInvoice: (entries: InvoiceInput[]) => withClient((v, c) => actions.uploadInvoice(v, c, entries, 'updateInvoice')),
    stopShipment: (ids: string[]) => withClient((v, c) => actions.stopShipment(v, c, ids)),
    markAlreadyShipped: (entries: InvoiceInput[]) => withClient((v, c) => actions.markAlreadyShipped(v, c, entries)),
    cancel: (req: { shipmentBoxId: string; vendorItemIds: string[]; middleCancelCode: string; userId: string }) => withClient((v, c) => actions.cancel(v, c, req)),
    completeLongTermUndelivery: (ids: string[]) => withClient((v, c) => actions.completeLongTermUndelivery(v, c, ids)),

    async export(req: { filter: OrdersFilterInput; format: ExportFormat }) {
      const vendorId = await vendor();
      const orders = query.all(vendorId, req.filter);
      const rows = exportRows(vendorId, orders, repo);
      const out = encodeExport(req.format, rows);
      const stamp = kstIso(now()).slice(0, 16).replace(/[-:]/g, '').replace('T', '-');
      return { fileName: `쿠팡주문_${vendorId}_${stamp}.${out.extension}`, mimeType: out.mimeType, dataBase64: out.data.toString('base64'), rows: rows.length, data: out.data };
    },

    async pickingList(req: { filter?: OrdersFilterInput; shipmentBoxIds?: string[] }) {
      const vendorId = await vendor();
      return pickingList(vendorId, filteredOrders(vendorId, req.filter, req.shipmentBoxIds), repo);
    },

    savedFilters: () => filters.list(),
    saveFilter: (name: string, filter: unknown) => ({ id: filters.save(name, filter) }),
    deleteFilter(id: string) {
      filters.delete(id);
      return { ok: true as const };
    },
  };
}
export type OrdersService = ReturnType<typeof createOrdersService>;
