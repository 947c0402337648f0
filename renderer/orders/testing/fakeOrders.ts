// An in-memory main process for the orders channels, on top of the shared fake bridge: it filters,
// sorts and pages like the store, applies actions like Coupang (or queues them while offline) and
// records every call so tests can check both the screen and the traffic.
import type { Envelope, IpcErrorBody, ResponseOf, WingdeskBridge } from '../../../shared/ipc/contract';
import type { ActionResult, OrderDetail, OrderRow, OrderStatus } from '../../../shared/ipc/orders';
import { createFakeBridge, type FakeState } from '../../test/fakeBridge';

const STATUSES: OrderStatus[] = ['ACCEPT', 'INSTRUCT', 'DEPARTURE', 'DELIVERING', 'FINAL_DELIVERY', 'NONE_TRACKING'];
const NAMES = ['김민수', '이서연', '박지훈', '최유진', '정하늘', '강도윤', '조수아', '윤서준'];
const PRODUCTS = ['무선 마우스', '기계식 키보드', 'USB-C 케이블 1m', '노트북 거치대', '모니터 암'];

/** shipmentBoxIds are 18 digits: only ever strings. */
export function boxId(i: number): string {
  return String(400000000000000000n + BigInt(i));
}
export function orderIdOf(i: number): string {
  return String(2000000000000 + i);
}

export function makeRow(i: number, overrides: Partial<OrderRow> = {}): OrderRow {
  const day = 1 + (i % 28);
  return {
    shipmentBoxId: boxId(i),
    orderId: orderIdOf(i),
    status: STATUSES[i % STATUSES.length],
    orderedAt: `2025-03-${String(day).padStart(2, '0')}T${String(8 + (i % 12)).padStart(2, '0')}:15:00+09:00`,
    paidAt: null,
    receiverName: NAMES[i % NAMES.length],
    receiverPhoneLast4: String(1000 + (i % 9000)),
    productSummary: PRODUCTS[i % PRODUCTS.length],
    itemCount: 1 + (i % 3),
    quantityToShip: 1 + (i % 4),
    orderPrice: 12900 + (i % 10) * 1000,
    deliveryCompanyCode: null,
    invoiceNumber: null,
    splitShipping: false,
    ableSplitShipping: i % 3 > 0,
    claimPending: false,
    receiverChanged: false,
    outboxPending: false,
    removedReasonKo: null,
    updatedAt: '2025-03-28T09:00:00+09:00',
    ...overrides,
  };
}

type Channel = Extract<keyof WingdeskBridge, `orders${string}`>;

export interface FakeOrdersOptions {
  rows?: OrderRow[];
  /** A generated grid of this many rows (read-only, for scale tests): rows are made on demand. */
  virtualTotal?: number;
  online?: boolean;
  lastSyncAt?: string | null;
  base?: Partial<FakeState>;
}

export function createOrdersFake(options: FakeOrdersOptions = {}) {
  const base = createFakeBridge(options.base);
  const state = {
    rows: options.rows ?? [],
    online: options.online ?? true,
    lastSyncAt: options.lastSyncAt === undefined ? '2025-03-28T00:30:00Z' : options.lastSyncAt,
    outbox: [] as { kind: string; id: string; invoice?: { code: string; number: string }; journalId: number }[],
    savedFilters: [] as { id: string; name: string; filter: { status: 'ALL' | OrderStatus | 'CLAIM'; search?: string; from?: string; to?: string } }[],
    /** Resolve-later gates per channel, to hold an answer while a test clicks again. */
    hold: new Map<Channel, Promise<void>>(),
    /** Force a per-id answer (e.g. Coupang refusing one order). */
    refuse: new Map<string, string>(),
    history: new Map<string, OrderDetail['history']>(),
    /** The main process's action journal per shipment, newest first (OrderDetail.actions). */
    journal: new Map<string, OrderDetail['actions']>(),
    exported: [] as unknown[],
  };
  let nextFilter = 1;

  const answer = async <T>(fn: Channel, request: unknown, data: () => T): Promise<Envelope<T>> => {
    base.calls.push({ fn, request: structuredClone(request) });
    const gate = state.hold.get(fn);
    if (gate) await gate;
    return { ok: true, data: structuredClone(data()) };
  };
  const fail = (fn: Channel, request: unknown, error: IpcErrorBody): Promise<Envelope<never>> => {
    base.calls.push({ fn, request: structuredClone(request) });
    return Promise.resolve({ ok: false, error });
  };

  const find = (id: string) => state.rows.find((r) => r.shipmentBoxId === id);
  const update = (id: string, patch: Partial<OrderRow>) => {
    state.rows = state.rows.map((r) => (r.shipmentBoxId === id ? { ...r, ...patch, updatedAt: new Date().toISOString() } : r));
  };
  const note = (id: string, labelKo: string) => state.history.set(id, [...(state.history.get(id) ?? []), { status: find(id)?.status ?? '', labelKo, at: new Date().toISOString(), source: 'action' }]);
  let nextJournal = 1;
  const journal = (id: string, action: string, result: ActionResult, entryId?: number) => {
    const now = new Date().toISOString();
    const list = state.journal.get(id) ?? [];
    const existing = entryId !== undefined ? list.find((e) => e.id === entryId) : undefined;
    if (existing) Object.assign(existing, { state: result.state, messageKo: result.messageKo, finishedAt: result.state === 'queued' ? null : now });
    else list.unshift({ id: nextJournal++, action, state: result.state, messageKo: result.messageKo, createdAt: now, finishedAt: result.state === 'queued' ? null : now });
    state.journal.set(id, list);
    return existing?.id ?? list[0].id;
  };

  /** Coupang's side of each action for one order. */
  const apply = (kind: string, id: string, invoice?: { code: string; number: string }): ActionResult => {
    const row = find(id);
    const refused = state.refuse.get(id);
    if (!row) return { shipmentBoxId: id, state: 'failed', messageKo: '주문을 찾을 수 없습니다.', retryRequired: false };
    if (refused) {
      note(id, `실패: ${refused}`);
      return { shipmentBoxId: id, state: 'failed', messageKo: refused, retryRequired: false };
    }
    const ok = (patch: Partial<OrderRow>, label: string): ActionResult => {
      update(id, { ...patch, outboxPending: false });
      note(id, label);
      return { shipmentBoxId: id, state: 'done', messageKo: '', retryRequired: false };
    };
    switch (kind) {
      case 'acknowledge':
        return row.status === 'ACCEPT' ? ok({ status: 'INSTRUCT' }, '상품준비중 처리') : { shipmentBoxId: id, state: 'failed', messageKo: '배송상태를 변경할 수 없습니다. 주문내역을 확인해주세요.', retryRequired: false };
      case 'uploadInvoice':
        return ok({ status: 'DEPARTURE', deliveryCompanyCode: invoice!.code, invoiceNumber: invoice!.number }, '송장 등록');
      case 'updateInvoice':
        return ok({ status: 'DEPARTURE', deliveryCompanyCode: invoice!.code, invoiceNumber: invoice!.number }, '송장 수정');
      case 'stopShipment':
        return ok({ claimPending: false }, '출고중지완료');
      case 'markAlreadyShipped':
        return ok({ claimPending: false, deliveryCompanyCode: invoice!.code, invoiceNumber: invoice!.number }, '이미출고');
      case 'completeLongTermUndelivery':
        return ok({ status: 'FINAL_DELIVERY' }, '장기미배송 배송완료');
      default:
        return ok({}, kind);
    }
  };

  const act = (kind: string, ids: { id: string; invoice?: { code: string; number: string } }[]): { results: ActionResult[] } => ({
    results: ids.map(({ id, invoice }) => {
      if (!state.online) {
        const queued: ActionResult = { shipmentBoxId: id, state: 'queued', messageKo: '오프라인이라 대기열에 넣었습니다.', retryRequired: false };
        state.outbox.push({ kind, id, invoice, journalId: journal(id, kind, queued) });
        update(id, { outboxPending: true });
        return queued;
      }
      const result = apply(kind, id, invoice);
      journal(id, kind, result);
      return result;
    }),
  });

  type Filter = ResponseOf<'orders.savedFilters'>[number]['filter'];
  const matches = (r: OrderRow, f: Filter, withStatus: boolean) => {
    if (withStatus && f.status !== 'ALL') {
      if (f.status === 'CLAIM' ? !r.claimPending : r.status !== f.status) return false;
    }
    const day = r.orderedAt.slice(0, 10);
    if (f.from && day < f.from) return false;
    if (f.to && day > f.to) return false;
    const q = f.search?.trim();
    if (q) {
      const hit = r.receiverName.includes(q) || r.receiverPhoneLast4.endsWith(q) || r.orderId.startsWith(q) || r.shipmentBoxId.startsWith(q) || r.productSummary.includes(q);
      if (!hit) return false;
    }
    return true;
  };

  const detailOf = (r: OrderRow): OrderDetail => ({
    ...r,
    items: Array.from({ length: r.itemCount }, (_, k) => ({
      vendorItemId: String(7000000000 + k + Number(r.orderId.slice(-4)) * 10),
      vendorItemName: `${r.productSummary} 옵션${k + 1}`,
      sellerProductId: '1000000001',
      sellerProductName: r.productSummary,
      sellerProductItemName: `옵션${k + 1}`,
      shippingCount: k === 0 ? 3 : 1,
      cancelCount: k === 0 ? 1 : 0,
      holdCountForCancel: k === 0 ? 1 : 0,
      quantityToShip: k === 0 ? 1 : 1,
      salesPrice: 12900,
      orderPrice: 12900 * (k === 0 ? 3 : 1),
      externalVendorSkuCode: k === 0 ? 'SKU-A' : null,
      invoiceNumber: r.invoiceNumber,
      deliveryCompanyCode: r.deliveryCompanyCode,
    })),
    receiver: { name: r.receiverName, safeNumber: `0507-****-${r.receiverPhoneLast4}`, receiverNumber: null, addr1: '서울특별시 송파구 송파대로 570', addr2: '101동 1001호', postCode: '05510' },
    orderer: { name: r.receiverName, safeNumber: '0507-****-0000', ordererNumber: null },
    parcelPrintMessage: '문 앞에 놓아 주세요',
    shippingPrice: 3000,
    remoteArea: false,
    history: [{ status: 'ACCEPT', labelKo: '결제완료', at: r.orderedAt, source: 'sync' as const }, ...(state.history.get(r.shipmentBoxId) ?? [])],
    actions: state.journal.get(r.shipmentBoxId) ?? [],
    claims: r.claimPending
      ? [{ receiptId: '90000001', receiptType: 'CANCEL', receiptStatus: 'RELEASE_STOP_UNCHECKED', receiptStatusKo: '출고중지요청', cancelCount: 1, reasonKo: '단순 변심', requestedAt: '2025-03-28T10:00:00+09:00', vendorItemIds: [] }]
      : [],
  });

  const orders: Pick<WingdeskBridge, Channel> = {
    ordersList: (req) =>
      answer('ordersList', req, () => {
        const filter = { status: 'ALL' as const, ...req.filter };
        const offset = req.offset ?? 0;
        const limit = req.limit ?? 200;
        if (options.virtualTotal !== undefined) {
          const total = options.virtualTotal;
          const rows = Array.from({ length: Math.max(0, Math.min(limit, total - offset)) }, (_, k) => makeRow(offset + k));
          return { rows, total, counts: { ALL: total, ACCEPT: Math.ceil(total / 6), CLAIM: 0 } };
        }
        const base = state.rows.filter((r) => matches(r, filter, false));
        const counts: Record<string, number> = { ALL: base.length, CLAIM: base.filter((r) => r.claimPending).length };
        for (const s of STATUSES) counts[s] = base.filter((r) => r.status === s).length;
        const all = base.filter((r) => matches(r, filter, true));
        const key = req.sort ?? 'orderedAt';
        const dir = (req.desc ?? true) ? -1 : 1;
        all.sort((a, b) => (a[key] < b[key] ? -dir : a[key] > b[key] ? dir : 0));
        return { rows: all.slice(offset, offset + limit), total: all.length, counts };
      }),
    ordersDetail: (req) => {
      const row = find(req.shipmentBoxId) ?? (options.virtualTotal ? makeRow(Number(BigInt(req.shipmentBoxId) - 400000000000000000n)) : undefined);
      if (!row) return fail('ordersDetail', req, { code: 'NOT_FOUND', messageKo: '주문을 찾을 수 없습니다.' });
      return answer('ordersDetail', req, () => detailOf(row));
    },
    ordersSync: (req) => {
      if (!state.online) return fail('ordersSync', req, { code: 'COUPANG', messageKo: '쿠팡에 연결할 수 없습니다. 인터넷 연결을 확인하세요.' });
      state.lastSyncAt = new Date().toISOString();
      return answer('ordersSync', req, () => ({ pulled: state.rows.length, inserted: 0, updated: 0, requests: 1, seconds: 0.4 }));
    },
    ordersSyncState: (req) =>
      answer('ordersSyncState', req, () => ({
        running: false,
        online: state.online,
        lastSyncAt: state.lastSyncAt,
        lastErrorKo: state.online ? null : '쿠팡에 연결할 수 없습니다.',
        storedOrders: state.rows.length || (options.virtualTotal ?? 0),
        outboxPending: state.outbox.length,
      })),
    ordersAcknowledge: (req) => answer('ordersAcknowledge', req, () => act('acknowledge', req.shipmentBoxIds.map((id) => ({ id })))),
    ordersUploadInvoice: (req) => answer('ordersUploadInvoice', req, () => act('uploadInvoice', req.entries.map((e) => ({ id: e.shipmentBoxId, invoice: { code: e.deliveryCompanyCode, number: e.invoiceNumber } })))),
    ordersUpdateInvoice: (req) => answer('ordersUpdateInvoice', req, () => act('updateInvoice', req.entries.map((e) => ({ id: e.shipmentBoxId, invoice: { code: e.deliveryCompanyCode, number: e.invoiceNumber } })))),
    ordersStopShipment: (req) => answer('ordersStopShipment', req, () => act('stopShipment', req.shipmentBoxIds.map((id) => ({ id })))),
    ordersMarkAlreadyShipped: (req) =>
      answer('ordersMarkAlreadyShipped', req, () => act('markAlreadyShipped', req.entries.map((e) => ({ id: e.shipmentBoxId, invoice: { code: e.deliveryCompanyCode, number: e.invoiceNumber } })))),
    ordersCancel: (req) => answer('ordersCancel', req, () => act('cancel', [{ id: req.shipmentBoxId }])),
    ordersCompleteLongTermUndelivery: (req) => answer('ordersCompleteLongTermUndelivery', req, () => act('completeLongTermUndelivery', req.shipmentBoxIds.map((id) => ({ id })))),
    ordersExport: (req) =>
      answer('ordersExport', req, () => {
        state.exported.push(req);
        const ext = req.format === 'xlsx' ? 'xlsx' : 'csv';
        return { fileName: `주문_2025-03-28.${ext}`, mimeType: ext === 'xlsx' ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'text/csv', dataBase64: btoa('a,b\n1,2\n'), rows: 2 };
      }),
    ordersPickingList: (req) =>
      answer('ordersPickingList', req, () => ({
        lines: [
          { vendorItemId: '7000000001', sellerProductName: '무선 마우스', itemName: '블랙', externalVendorSkuCode: 'SKU-A', quantity: 12, shipments: 9 },
          { vendorItemId: '7000000002', sellerProductName: '기계식 키보드', itemName: '적축', externalVendorSkuCode: null, quantity: 3, shipments: 3 },
        ],
        shipments: 12,
      })),
    ordersSavedFilters: (req) => answer('ordersSavedFilters', req, () => state.savedFilters),
    ordersSaveFilter: (req) =>
      answer('ordersSaveFilter', req, () => {
        const id = `f${nextFilter++}`;
        state.savedFilters.push({ id, name: req.name, filter: { status: 'ALL', ...req.filter } });
        return { id };
      }),
    ordersDeleteFilter: (req) =>
      answer('ordersDeleteFilter', req, () => {
        state.savedFilters = state.savedFilters.filter((f) => f.id !== req.id);
        return { ok: true as const };
      }),
  };

  /** The connection comes back: the outbox goes out in order. */
  const goOnline = () => {
    state.online = true;
    const queued = state.outbox.splice(0);
    for (const q of queued) journal(q.id, q.kind, apply(q.kind, q.id, q.invoice), q.journalId);
  };

  /** Holds every answer of `fn` until the returned release() is called. */
  const holdChannel = (fn: Channel) => {
    let release!: () => void;
    state.hold.set(
      fn,
      new Promise<void>((r) => {
        release = () => {
          state.hold.delete(fn);
          r();
        };
      }),
    );
    return () => release();
  };

  return { ...base, bridge: { ...base.bridge, ...orders } as WingdeskBridge, orders: state, goOnline, holdChannel };
}

export type OrdersFake = ReturnType<typeof createOrdersFake>;
