// Seller actions on shipments (상품준비중, 송장 업로드/수정, 출고중지완료, 이미출고, 취소, 장기미배송
// 배송완료). Every one is journaled in the outbox before it is sent, answered per shipment, and
// never blindly repeated: a write whose answer is lost ('unknown-outcome') is reconciled by
// reading the shipment (or the receipt) back from Coupang.
import { randomUUID } from 'node:crypto';
import { checkInvoiceNumber, resolveCarrier } from '../../../shared/carriers';
import { kstIso } from '../../../shared/kst';
import { isSellerCancelCode, SELLER_CANCEL_BIG_CODE } from '../../../shared/orders/cancel';
import { isOpenReleaseStop } from '../../../shared/orders/claims';
import { orderStatusLabelKo, statusRank } from '../../../shared/orders/status';
import { isCoupangApiError, type CoupangApiError, type CoupangClient } from '../../coupang';
import type { OrdersRepo, ClaimRecord } from '../../store/orders-repo';
import type { OutboxAction, OutboxEntry, OutboxRepo } from '../../store/orders-outbox';
import { idText } from './normalize';
import type { SyncEngine } from './orders-sync';

export interface ActionResultOut {
  shipmentBoxId: string;
  state: 'done' | 'failed' | 'queued' | 'unknown';
  messageKo: string;
  retryRequired: boolean;
}

export interface Connectivity {
  online: boolean;
  reasonKo: string | null;
  setOnline(online: boolean, reasonKo?: string | null): void;
}

export interface ActionsOptions {
  /** Shipments per acknowledgement call (rules-orders.md 30: at most 50). */
  batchSize: number;
  /** Invoice elements (one per vendorItemId) per upload call. */
  invoiceElementsPerCall: number;
  /** Receivers re-read right after an acknowledgement; the rest are re-read in the background. */
  receiverRecheckLimit: number;
  /** An 'unknown' entry is read again after this long... */
  unknownRecheckMs: number;
  /** ...and one that provably did not happen is given up (cancel) after this long. */
  unknownGiveUpMs: number;
}

export const DEFAULT_ACTIONS_OPTIONS: ActionsOptions = {
  batchSize: 50,
  invoiceElementsPerCall: 50,
  receiverRecheckLimit: 100,
  unknownRecheckMs: 2 * 60 * 1000,
  unknownGiveUpMs: 60 * 60 * 1000,
};

export interface ActionsDeps {
  /** Runs fn in one SQLite transaction (results of one call are recorded together). */
  transaction?: <T>(fn: () => T) => T;
  repo: OrdersRepo;
  outbox: OutboxRepo;
  engine: SyncEngine;
  connectivity: Connectivity;
  now: () => Date;
  log?: (e: Record<string, unknown>) => void;
  options?: Partial<ActionsOptions>;
}

export interface InvoiceInput {
  shipmentBoxId: string;
  deliveryCompanyCode: string;
  invoiceNumber: string;
}

type Outcome = { state: 'done' | 'failed' | 'unknown' | 'queued'; messageKo: string; retryRequired?: boolean };
type Reconciled = 'applied' | 'not-applied' | 'unreadable';

// Per-item result codes of invoice upload/update (endpoints/orders.json, rules-orders.md 43).
const RESULT_CODE_KO: Record<string, string> = {
  OK: '성공',
  NOT_FOUND_SHIPMENT_BOX: '존재하지 않는 배송번호입니다.',
  INVALID_STATUS: '배송진행상태가 유효하지 않습니다.',
  PERMISSION_DENIED: '권한이 없습니다.',
  DUPLICATE_INVOICE_NUMBER: '이미 저장된 송장번호가 있습니다.',
  INVALID_INVOICE_NUMBER: '송장번호가 유효하지 않습니다.',
  ORDER_DELIVERY_CANCELED: '취소된 주문건이거나 출고중지 요청건입니다.',
  ORDER_DELIVERY_PARTIAL_STOP_REQUESTED: '출고중지 요청건입니다.',
  ORDER_DELIVERY_CANCELED_HOLDING_FOR_CANCEL: '취소대기상태의 주문건입니다.',
  UNDEFINED_ERROR_OCCUR: '알 수 없는 오류입니다.',
  NOT_ALLOW_INVOICE_NUMBER_RE_UPLOAD: '이미 저장된 송장번호가 있어 송장번호 등록이 불가능합니다. (동일송장번호 업로드 조건: 주문자/수취인정보 동일)',
  NOT_FOUND_INVOICE_NUMBER: '이미 출고 예정일이 등록된 상품이어서 운송장 번호를 입력해야 합니다.',
  NOT_FOUND_VENDOR_ITEM: '합포장건 중 누락된 상품이 있습니다.',
  NOT_ALLOW_VENDOR_DIRECT: '업체직송은 분리배송할 수 없습니다.',
  PSD_NOT_ALLOW_TO_CHANGE: '출고예정일은 최초 등록 이후 변경할 수 없습니다.',
  NOT_ALLOW_SEPARATE_AFTER_NORMAL_DELIVERY: '일반배송 접수 후 분리배송을 다시 할 수 없습니다.',
  IS_SEPARATE_MUST_BE_TRUE_WHEN_SEPARATE_DELIVERY: '분리배송 접수 후 일반배송으로 처리할 수 없습니다.',
  NOT_ALLOW_SEPARATE_WHEN_ONE_VENDOR_ITEM: '상품이 한 가지인 경우 분리배송할 수 없습니다.',
};

export const QUEUED_OFFLINE_KO = '쿠팡에 연결할 수 없어 대기열에 저장했습니다. 연결되면 순서대로 자동 전송합니다.';
const UNKNOWN_KO =
  '쿠팡 응답을 받지 못해 처리 여부를 알 수 없습니다. 같은 요청을 다시 보내지 않고, 주문 상태를 조회해 자동으로 확인합니다.';
const DONE_BY_READ_KO = '응답은 받지 못했지만 조회해 보니 쿠팡에 반영되었습니다.';

function coupangSaid(err: CoupangApiError): string {
  const said = err.coupangMessage ? ` (쿠팡: ${err.coupangMessage})` : '';
  return `${err.explanationKo}${said}`.trim();
}

interface Spec {
  /** Calls this group of entries needs; each inner array is one call. */
  chunks(entries: OutboxEntry[]): OutboxEntry[][];
  /** Sends one call; returns an outcome per entry id. */
  send(vendorId: string, client: CoupangClient, chunk: OutboxEntry[]): Promise<Map<number, Outcome>>;
  /** Reads Coupang back to learn whether the entry's change happened. */
  reconcile(vendorId: string, client: CoupangClient, entry: OutboxEntry): Promise<Reconciled>;
  /** Local effects once Coupang confirmed (by answer or by reading). */
  applied(vendorId: string, entry: OutboxEntry, at: string): void;
  /** Re-checked right before sending (queued entries wait; the world may have moved). */
  stillValid?(vendorId: string, entry: OutboxEntry): string | null;
  /** The store already shows the change (made elsewhere, e.g. in WING, while this waited). */
  alreadyDone?(vendorId: string, entry: OutboxEntry): string | null;
  /** Whether, after a read proved it did not happen, the entry may be sent again. */
  resendAfterProvenMissing: boolean;
}

export function createOrdersActions(deps: ActionsDeps) {
  const opt: ActionsOptions = { ...DEFAULT_ACTIONS_OPTIONS, ...deps.options };
  const { repo, outbox, engine, connectivity } = deps;
  const log = deps.log ?? (() => {});
  const at = () => kstIso(deps.now());
  const user = { priority: 'user' as const };
  const tx = deps.transaction ?? (<T>(fn: () => T) => fn());

  // ---- reading back ----------------------------------------------------------------------------

  async function readStatus(vendorId: string, client: CoupangClient, shipmentBoxId: string): Promise<{ status: string; raw?: any } | null> {
    try {
      const r = await engine.readOneOrder(vendorId, client, shipmentBoxId, { options: user, source: 'coupang' });
      return { status: r.status, raw: r.raw };
    } catch (err) {
      if (isCoupangApiError(err) && err.kind === 'network') connectivity.setOnline(false, coupangSaid(err));
      return null;
    }
  }

  function batchResults(data: any, chunk: OutboxEntry[], okMessage: string): Map<number, Outcome> {
    const out = new Map<number, Outcome>();
    const list: any[] = Array.isArray(data?.responseList) ? data.responseList : [];
    const code = Number(data?.responseCode);
    for (const e of chunk) {
      const item = list.find((x) => idText(x?.shipmentBoxId) === e.shipmentBoxId);
      if (item) {
        if (item.succeed === true) out.set(e.id, { state: 'done', messageKo: okMessage });
        else {
          const rc = String(item.resultCode ?? '');
          const text = [RESULT_CODE_KO[rc], item.resultMessage].filter(Boolean).join(' — ');
          out.set(e.id, { state: 'failed', messageKo: `쿠팡이 처리하지 않았습니다: ${text || rc || '사유 없음'}${rc ? ` [${rc}]` : ''}`, retryRequired: item.retryRequired === true });
        }
      } else if (code === 0) out.set(e.id, { state: 'done', messageKo: okMessage });
      else if (code === 99) {
        out.set(e.id, { state: 'failed', messageKo: `쿠팡이 처리하지 않았습니다: ${data?.responseMessage ?? '전체 실패'}`, retryRequired: false });
      } else out.set(e.id, { state: 'unknown', messageKo: UNKNOWN_KO });
    }
    return out;
  }

  function chunkBy(entries: OutboxEntry[], size: number, weight: (e: OutboxEntry) => number = () => 1): OutboxEntry[][] {
    const out: OutboxEntry[][] = [];
    let cur: OutboxEntry[] = [];
    let w = 0;
    for (const e of entries) {
      const ew = weight(e);
      if (cur.length && w + ew > size) {
        out.push(cur);
        cur = [];
        w = 0;
      }
      cur.push(e);
      w += ew;
    }
    if (cur.length) out.push(cur);
    return out;
  }

  const one = (entries: OutboxEntry[]) => entries.map((e) => [e]);

  const claimHold = (vendorId: string, e: OutboxEntry) => {
    const o = repo.get(vendorId, e.shipmentBoxId);
    if (o?.goneReason) return '쿠팡이 취소 또는 반품된 주문으로 알려 와 보내지 않았습니다.';
    return o?.claimPending ? '출고중지 또는 취소 요청이 들어와 보내지 않았습니다. 요청을 먼저 처리하세요.' : null;
  };

  const specs: Record<OutboxAction, Spec> = {
    acknowledge: {
      chunks: (entries) => chunkBy(entries, opt.batchSize),
      async send(_vendorId, client, chunk) {
        const res = await client.orders.acknowledge({ vendorId: client.vendorId, shipmentBoxIds: chunk.map((e) => e.shipmentBoxId) } as never, user);
        return batchResults(res.data, chunk, '상품준비중으로 변경했습니다.');
      },
      async reconcile(vendorId, client, e) {
        const r = await readStatus(vendorId, client, e.shipmentBoxId);
        if (!r) return 'unreadable';
        if (r.status === 'GONE' || r.status === 'MISSING') return 'unreadable';
        return statusRank(r.status) >= statusRank('INSTRUCT') ? 'applied' : 'not-applied';
      },
      applied(vendorId, e, when) {
        repo.setStatusFromAction(vendorId, e.shipmentBoxId, 'INSTRUCT', when);
      },
      alreadyDone(vendorId, e) {
        const o = repo.get(vendorId, e.shipmentBoxId);
        return o && statusRank(o.status) > statusRank('ACCEPT') ? `이미 ${orderStatusLabelKo(o.status)} 상태여서 보내지 않았습니다.` : null;
      },
      resendAfterProvenMissing: true,
    },
    uploadInvoice: {
      chunks: (entries) => chunkBy(entries, opt.invoiceElementsPerCall, (e) => Math.max(1, e.payload.vendorItemIds.length)),
      async send(_vendorId, client, chunk) {
        const dtos = chunk.flatMap((e) => invoiceDtos(e));
        const res = await client.orders.uploadInvoice({ vendorId: client.vendorId, orderSheetInvoiceApplyDtos: dtos } as never, user);
        return batchResults(res.data, chunk, '송장을 등록했습니다.');
      },
      async reconcile(vendorId, client, e) {
        const r = await readStatus(vendorId, client, e.shipmentBoxId);
        if (!r || r.status === 'GONE' || r.status === 'MISSING') return 'unreadable';
        const invoice = r.raw ? String(r.raw.invoiceNumber ?? '') : '';
        if (statusRank(r.status) >= statusRank('DEPARTURE') && (!invoice || invoice === e.payload.invoiceNumber)) return 'applied';
        return r.status === 'INSTRUCT' ? 'not-applied' : 'unreadable';
      },
      applied(vendorId, e, when) {
        repo.setInvoice(vendorId, e.shipmentBoxId, e.payload.deliveryCompanyCode, e.payload.invoiceNumber, when);
        repo.setStatusFromAction(vendorId, e.shipmentBoxId, 'DEPARTURE', when);
      },
      alreadyDone(vendorId, e) {
        const o = repo.get(vendorId, e.shipmentBoxId);
        return o && statusRank(o.status) >= statusRank('DEPARTURE') && o.invoiceNumber === e.payload.invoiceNumber ? '이미 이 송장번호로 등록되어 있어 보내지 않았습니다.' : null;
      },
      stillValid: (vendorId, e) => {
        const o = repo.get(vendorId, e.shipmentBoxId);
        if (o && o.status !== 'INSTRUCT') return `지금 상태(${orderStatusLabelKo(o.status)})에서는 송장을 등록할 수 없습니다.`;
        return claimHold(vendorId, e);
      },
      resendAfterProvenMissing: true,
    },
    updateInvoice: {
      chunks: (entries) => chunkBy(entries, opt.invoiceElementsPerCall, (e) => Math.max(1, e.payload.vendorItemIds.length)),
      async send(_vendorId, client, chunk) {
        const dtos = chunk.flatMap((e) => invoiceDtos(e));
        const res = await client.orders.updateInvoice({ vendorId: client.vendorId, orderSheetInvoiceApplyDtos: dtos } as never, user);
        return batchResults(res.data, chunk, '송장을 수정했습니다.');
      },
      async reconcile(vendorId, client, e) {
        const r = await readStatus(vendorId, client, e.shipmentBoxId);
        if (!r || !r.raw) return 'unreadable';
        return String(r.raw.invoiceNumber ?? '') === e.payload.invoiceNumber ? 'applied' : 'not-applied';
      },
      applied(vendorId, e, when) {
        repo.setInvoice(vendorId, e.shipmentBoxId, e.payload.deliveryCompanyCode, e.payload.invoiceNumber, when);
        repo.setStatusFromAction(vendorId, e.shipmentBoxId, 'DEPARTURE', when);
      },
      resendAfterProvenMissing: true,
    },
    stopShipment: {
      chunks: one,
      async send(vendorId, client, [e]) {
        const receipts: Array<{ receiptId: string; cancelCount: number }> = e.payload.receipts;
        const failures: string[] = [];
        for (const r of receipts) {
          const res = await client.orders.stopShipment({ receiptId: r.receiptId, body: { vendorId: client.vendorId, receiptId: r.receiptId, cancelCount: r.cancelCount } } as never, user);
          const data: any = res.data;
          const rc = String(data?.resultCode ?? res.code ?? '');
          if (rc === 'FAIL') failures.push(`${r.receiptId}: ${data?.resultMessage ?? '실패'}`);
          else repo.setClaimStatus(vendorId, r.receiptId, 'STOP_SHIPMENT_DONE', at());
        }
        return new Map([[e.id, failures.length ? { state: 'failed', messageKo: `출고중지완료 처리가 거절되었습니다: ${failures.join(', ')}` } : { state: 'done', messageKo: '출고중지완료 처리했습니다. 상품을 보내지 마세요.' }]]);
      },
      async reconcile(vendorId, client, e) {
        return reconcileReceipts(vendorId, client, e, /출고중지/);
      },
      applied(vendorId, e, when) {
        for (const r of e.payload.receipts as Array<{ receiptId: string }>) repo.setClaimStatus(vendorId, r.receiptId, 'STOP_SHIPMENT_DONE', when);
      },
      resendAfterProvenMissing: true,
    },
    markAlreadyShipped: {
      chunks: one,
      async send(vendorId, client, [e]) {
        const failures: string[] = [];
        for (const receiptId of e.payload.receiptIds as string[]) {
          const res = await client.orders.markAlreadyShipped(
            { receiptId, body: { vendorId: client.vendorId, receiptId, deliveryCompanyCode: e.payload.deliveryCompanyCode, invoiceNumber: e.payload.invoiceNumber } } as never,
            user,
          );
          const data: any = res.data;
          const rc = String(data?.resultCode ?? '');
          if (rc === 'FAIL') failures.push(`${receiptId}: ${data?.resultMessage ?? '실패'}`);
          else repo.setClaimStatus(vendorId, receiptId, 'ALREADY_SHIPPED_DONE', at());
        }
        return new Map([[e.id, failures.length ? { state: 'failed', messageKo: `이미출고 처리가 거절되었습니다: ${failures.join(', ')}` } : { state: 'done', messageKo: '이미출고로 처리했습니다. 반품으로 진행됩니다.' }]]);
      },
      async reconcile(vendorId, client, e) {
        return reconcileReceipts(vendorId, client, { ...e, payload: { receipts: (e.payload.receiptIds as string[]).map((receiptId) => ({ receiptId })) } }, /이미출고/);
      },
      applied(vendorId, e, when) {
        for (const receiptId of e.payload.receiptIds as string[]) repo.setClaimStatus(vendorId, receiptId, 'ALREADY_SHIPPED_DONE', when);
        repo.setInvoice(vendorId, e.shipmentBoxId, e.payload.deliveryCompanyCode, e.payload.invoiceNumber, when);
      },
      resendAfterProvenMissing: true,
    },
    cancel: {
      chunks: one,
      async send(vendorId, client, [e]) {
        const p = e.payload;
        const res = await client.orders.cancelOrderItems(
          {
            orderId: p.orderId,
            body: {
              orderId: p.orderId,
              vendorItemIds: p.vendorItemIds,
              receiptCounts: p.receiptCounts,
              bigCancelCode: SELLER_CANCEL_BIG_CODE,
              middleCancelCode: p.middleCancelCode,
              vendorId: client.vendorId,
              userId: p.userId,
            },
          } as never,
          user,
        );
        const data: any = res.data ?? {};
        const failed: string[] = (Array.isArray(data.failedVendorItemIds) ? data.failedVendorItemIds : []).map((x: unknown) => String(x));
        const when = at();
        const receiptMap = data.receiptMap && typeof data.receiptMap === 'object' ? Object.values(data.receiptMap) : [];
        for (const r of receiptMap as any[]) {
          const receiptId = idText(r?.receiptId);
          if (!receiptId) continue;
          const isStop = r.receiptType === 'STOP_SHIPMENT';
          const ids: string[] = (Array.isArray(r.vendorItemIds) ? r.vendorItemIds : []).map((x: unknown) => String(x));
          repo.upsertClaim(
            vendorId,
            isStop ? 'RELEASE_STOP' : 'CANCEL',
            {
              receiptId,
              orderId: p.orderId,
              receiptType: String(r.receiptType ?? 'CANCEL'),
              receiptStatus: isStop ? 'STOP_SHIPMENT_DONE' : 'CANCEL',
              cancelCountSum: Number(r.totalCount) || 0,
              releaseStopStatus: null,
              reasonKo: '판매자 취소',
              requestedAt: when,
              modifiedAt: when,
              items: ids.map((vendorItemId) => ({
                vendorItemId,
                shipmentBoxId: e.shipmentBoxId,
                cancelCount: Number(p.receiptCounts[p.vendorItemIds.indexOf(vendorItemId)]) || 0,
                purchaseCount: 0,
                releaseStatus: null,
              })),
              rawJson: JSON.stringify(r),
            },
            when,
          );
        }
        const okIds = (p.vendorItemIds as string[]).filter((id) => !failed.includes(id));
        const why = res.message ? ` (쿠팡: ${String(res.message).replace(/\s+/g, ' ').trim()})` : '';
        if (failed.length === 0) return new Map([[e.id, { state: 'done', messageKo: '주문을 취소했습니다.' } as Outcome]]);
        if (okIds.length === 0) return new Map([[e.id, { state: 'failed', messageKo: `취소되지 않았습니다${why}` } as Outcome]]);
        return new Map([[e.id, { state: 'failed', messageKo: `일부만 취소되었습니다. 취소됨: ${okIds.join(', ')} / 실패: ${failed.join(', ')}${why}` } as Outcome]]);
      },
      async reconcile(vendorId, client, e) {
        const r = await readStatus(vendorId, client, e.shipmentBoxId);
        if (!r) return 'unreadable';
        if (r.status === 'GONE') return 'applied';
        if (!r.raw) return 'unreadable';
        const before: Record<string, number> = e.payload.before ?? {};
        const items: any[] = Array.isArray(r.raw.orderItems) ? r.raw.orderItems : [];
        const allApplied = (e.payload.vendorItemIds as string[]).every((id, i) => {
          const it = items.find((x) => idText(x?.vendorItemId) === id);
          if (!it) return false;
          const now = (Number(it.cancelCount) || 0) + (Number(it.holdCountForCancel) || 0);
          return now >= (before[id] ?? 0) + Number(e.payload.receiptCounts[i]);
        });
        return allApplied ? 'applied' : 'not-applied';
      },
      applied() {},
      // A cancel that may have half-happened is never re-sent by itself: the seller decides.
      resendAfterProvenMissing: false,
    },
    completeLongTermUndelivery: {
      chunks: one,
      async send(_vendorId, client, [e]) {
        const res = await client.orders.completeLongTermUndelivery({ shipmentBoxId: e.shipmentBoxId, invoiceNumber: e.payload.invoiceNumber } as never, user);
        const ok = res.data === true || String(res.data) === 'true';
        return new Map([[e.id, ok ? { state: 'done', messageKo: '배송완료로 처리했습니다.' } : { state: 'failed', messageKo: `배송완료 처리가 거절되었습니다${res.message ? ` (쿠팡: ${res.message})` : ''}` }]]);
      },
      async reconcile(vendorId, client, e) {
        const r = await readStatus(vendorId, client, e.shipmentBoxId);
        if (!r || r.status === 'GONE' || r.status === 'MISSING') return 'unreadable';
        return r.status === 'FINAL_DELIVERY' ? 'applied' : 'not-applied';
      },
      applied(vendorId, e, when) {
        repo.setStatusFromAction(vendorId, e.shipmentBoxId, 'FINAL_DELIVERY', when);
      },
      resendAfterProvenMissing: true,
    },
  };

  function invoiceDtos(e: OutboxEntry) {
    return (e.payload.vendorItemIds as string[]).map((vendorItemId) => ({
      shipmentBoxId: e.shipmentBoxId,
      orderId: e.payload.orderId,
      vendorItemId,
      deliveryCompanyCode: e.payload.deliveryCompanyCode,
      invoiceNumber: e.payload.invoiceNumber,
      splitShipping: false,
      preSplitShipped: false,
      estimatedShippingDate: '',
    }));
  }

  async function reconcileReceipts(vendorId: string, client: CoupangClient, e: OutboxEntry, processed: RegExp): Promise<Reconciled> {
    let all = true;
    for (const r of e.payload.receipts as Array<{ receiptId: string }>) {
      let c: Awaited<ReturnType<SyncEngine['readOneReceipt']>>;
      try {
        c = await engine.readOneReceipt(vendorId, client, r.receiptId, null, user);
      } catch (err) {
        if (isCoupangApiError(err) && err.kind === 'network') connectivity.setOnline(false, coupangSaid(err));
        return 'unreadable';
      }
      if (!c) return 'unreadable';
      const done = !isOpenReleaseStop(c.receiptStatus) || processed.test(c.releaseStopStatus ?? '');
      if (!done) all = false;
    }
    return all ? 'applied' : 'not-applied';
  }

  // ---- sending -----------------------------------------------------------------------------------

  /** Sends journaled entries (fresh or drained), call by call, and records each outcome. */
  async function dispatch(vendorId: string, client: CoupangClient, entries: OutboxEntry[]): Promise<Map<number, Outcome>> {
    const results = new Map<number, Outcome>();
    // Contiguous runs of one action keep the journal order (an acknowledgement queued before an
    // invoice of the same shipment goes first).
    const runs: OutboxEntry[][] = [];
    for (const e of entries) {
      const last = runs[runs.length - 1];
      if (last && last[0].action === e.action) last.push(e);
      else runs.push([e]);
    }
    for (const run of runs) {
      const spec = specs[run[0].action];
      const sendable: OutboxEntry[] = [];
      for (const e of run) {
        const done = spec.alreadyDone?.(vendorId, e);
        if (done) {
          outbox.finish(e.id, 'done', done, false, at());
          results.set(e.id, { state: 'done', messageKo: done });
          continue;
        }
        const why = spec.stillValid?.(vendorId, e);
        if (why) {
          outbox.finish(e.id, 'failed', why, false, at());
          results.set(e.id, { state: 'failed', messageKo: why });
        } else sendable.push(e);
      }
      for (const chunk of spec.chunks(sendable)) {
        if (!connectivity.online) {
          for (const e of chunk) {
            outbox.requeue(e.id, QUEUED_OFFLINE_KO);
            results.set(e.id, { state: 'queued', messageKo: QUEUED_OFFLINE_KO });
          }
          continue;
        }
        const batchId = randomUUID();
        outbox.markSent(chunk.map((e) => e.id), batchId, at());
        let outcomes: Map<number, Outcome>;
        try {
          outcomes = await spec.send(vendorId, client, chunk);
        } catch (err) {
          outcomes = await onSendError(vendorId, client, spec, chunk, err);
        }
        const settled: Array<[OutboxEntry, Outcome]> = [];
        for (const e of chunk) {
          let o = outcomes.get(e.id) ?? { state: 'unknown', messageKo: UNKNOWN_KO };
          // Read back while Coupang answers reads; once a read found the network gone, the rest
          // stay unknown and are read back when the connection returns.
          if (o.state === 'unknown' && connectivity.online) o = await reconcileNow(vendorId, client, spec, e);
          settled.push([e, o]);
          results.set(e.id, o);
        }
        tx(() => {
          for (const [e, o] of settled) record(vendorId, spec, e, o);
        });
      }
    }
    return results;
  }

  function record(vendorId: string, spec: Spec, e: OutboxEntry, o: Outcome) {
    const when = at();
    if (o.state === 'queued') outbox.requeue(e.id, o.messageKo);
    else outbox.finish(e.id, o.state, o.messageKo, !!o.retryRequired, when);
    if (o.state === 'done') spec.applied(vendorId, e, when);
    log({ level: o.state === 'failed' ? 'warn' : 'info', event: 'orders.action', vendorId, action: e.action, shipmentBoxId: e.shipmentBoxId, state: o.state, message: o.messageKo });
  }

  async function reconcileNow(vendorId: string, client: CoupangClient, spec: Spec, e: OutboxEntry): Promise<Outcome> {
    const r = await spec.reconcile(vendorId, client, e).catch(() => 'unreadable' as const);
    if (r === 'applied') return { state: 'done', messageKo: DONE_BY_READ_KO };
    return { state: 'unknown', messageKo: UNKNOWN_KO };
  }

  async function onSendError(vendorId: string, client: CoupangClient, spec: Spec, chunk: OutboxEntry[], err: unknown): Promise<Map<number, Outcome>> {
    const out = new Map<number, Outcome>();
    const all = (o: Outcome) => {
      for (const e of chunk) out.set(e.id, o);
      return out;
    };
    if (!isCoupangApiError(err)) {
      log({ level: 'error', event: 'orders.action.error', vendorId, error: err instanceof Error ? err.message : String(err) });
      return all({ state: 'unknown', messageKo: UNKNOWN_KO });
    }
    switch (err.kind) {
      case 'network':
        // Refused before a byte left: provably not sent, so it waits in the queue.
        connectivity.setOnline(false, coupangSaid(err));
        return all({ state: 'queued', messageKo: QUEUED_OFFLINE_KO });
      case 'rate-limited':
        return all({ state: 'queued', messageKo: `${err.explanationKo} 대기열에 두었다가 자동으로 다시 보냅니다.` });
      case 'blocked':
        return all({ state: 'queued', messageKo: `${err.explanationKo} 차단이 풀리면 대기열에서 자동으로 보냅니다.` });
      case 'unknown-outcome':
        return all({ state: 'unknown', messageKo: UNKNOWN_KO });
      default:
        return all({ state: 'failed', messageKo: `${coupangSaid(err)} ${err.fixKo}`.trim(), retryRequired: err.kind === 'server' });
    }
  }

  // ---- journaling requests ------------------------------------------------------------------------

  interface Prepared {
    results: Map<string, ActionResultOut>;
    journal: Array<{ shipmentBoxId: string; payload: unknown }>;
  }

  function toResult(shipmentBoxId: string, o: Outcome): ActionResultOut {
    return { shipmentBoxId, state: o.state, messageKo: o.messageKo, retryRequired: !!o.retryRequired };
  }

  /** Journals, sends and answers one request of the screen/CLI, in the order given. */
  async function submit(vendorId: string, client: CoupangClient, action: OutboxAction, order: string[], prepared: Prepared): Promise<ActionResultOut[]> {
    const when = at();
    const ids = new Map<number, string>();
    const offline = !connectivity.online;
    const toJournal: typeof prepared.journal = [];
    for (const j of prepared.journal) {
      const open = outbox.openFor(vendorId, j.shipmentBoxId, action);
      if (open) {
        const queued = open.state === 'queued' || open.state === 'pending';
        prepared.results.set(j.shipmentBoxId, {
          shipmentBoxId: j.shipmentBoxId,
          state: queued ? 'queued' : 'unknown',
          messageKo: queued ? '같은 요청이 이미 대기열에 있습니다. 연결되면 한 번만 보냅니다.' : '앞서 보낸 같은 요청의 결과를 확인하는 중이라 다시 보내지 않았습니다.',
          retryRequired: false,
        });
        continue;
      }
      toJournal.push(j);
    }
    // Journaled (committed) before anything is sent.
    const newIds = outbox.addMany(
      toJournal.map((j) => ({ vendorId, action, shipmentBoxId: j.shipmentBoxId, payload: j.payload, state: offline ? ('queued' as const) : ('pending' as const), at: when, messageKo: offline ? QUEUED_OFFLINE_KO : '' })),
    );
    const entries: OutboxEntry[] = newIds.map((id, i) => {
      ids.set(id, toJournal[i].shipmentBoxId);
      return outbox.get(id)!;
    });
    if (offline) {
      for (const e of entries) prepared.results.set(e.shipmentBoxId, { shipmentBoxId: e.shipmentBoxId, state: 'queued', messageKo: QUEUED_OFFLINE_KO, retryRequired: false });
    } else if (entries.length) {
      const outcomes = await dispatch(vendorId, client, entries);
      for (const [id, o] of outcomes) prepared.results.set(ids.get(id)!, toResult(ids.get(id)!, o));
    }
    return order.map((sbid) => prepared.results.get(sbid) ?? { shipmentBoxId: sbid, state: 'failed', messageKo: '처리되지 않았습니다.', retryRequired: false });
  }

  function fresh(): Prepared {
    return { results: new Map(), journal: [] };
  }

  function refuse(p: Prepared, shipmentBoxId: string, messageKo: string, state: 'failed' | 'done' = 'failed') {
    p.results.set(shipmentBoxId, { shipmentBoxId, state, messageKo, retryRequired: false });
  }

  function dedupe(ids: readonly string[], p: Prepared): string[] {
    const seen = new Set<string>();
    const out: string[] = [];
    for (const id of ids) {
      if (seen.has(id)) continue;
      seen.add(id);
      out.push(id);
    }
    void p;
    return out;
  }

  const NOT_STORED = '저장된 주문에 없는 배송번호입니다. 먼저 주문을 동기화하세요.';

  function checkedInvoice(entry: InvoiceInput): { code: string; invoice: string } | string {
    const carrier = resolveCarrier(entry.deliveryCompanyCode);
    if (!carrier.ok) return carrier.messageKo;
    const inv = checkInvoiceNumber(carrier.carrier, entry.invoiceNumber);
    if (!inv.ok) return inv.messageKo;
    return { code: carrier.carrier.code, invoice: inv.invoiceNumber };
  }

  async function recheckReceivers(vendorId: string, client: CoupangClient, shipmentBoxIds: string[]): Promise<Set<string>> {
    const changed = new Set<string>();
    for (const sbid of shipmentBoxIds.slice(0, opt.receiverRecheckLimit)) {
      const r = await readStatus(vendorId, client, sbid);
      if (!r) break;
      if (repo.get(vendorId, sbid)?.receiverChanged) changed.add(sbid);
    }
    return changed;
  }

  return {
    options: opt,
    dispatch,
    specs,

    async acknowledge(vendorId: string, client: CoupangClient, shipmentBoxIds: string[]): Promise<ActionResultOut[]> {
      const p = fresh();
      const ids = dedupe(shipmentBoxIds, p);
      for (const sbid of ids) {
        const o = repo.get(vendorId, sbid);
        if (!o) refuse(p, sbid, NOT_STORED);
        else if (o.status !== 'ACCEPT') refuse(p, sbid, `이미 ${orderStatusLabelKo(o.status)} 상태입니다.`, statusRank(o.status) > statusRank('ACCEPT') ? 'done' : 'failed');
        else p.journal.push({ shipmentBoxId: sbid, payload: {} });
      }
      const results = await submit(vendorId, client, 'acknowledge', ids, p);
      // rules-orders.md 20: the address may have changed while ACCEPT — read it again now.
      const done = results.filter((r) => r.state === 'done' && p.journal.some((j) => j.shipmentBoxId === r.shipmentBoxId)).map((r) => r.shipmentBoxId);
      if (done.length && connectivity.online) {
        const changed = await recheckReceivers(vendorId, client, done);
        for (const r of results) if (changed.has(r.shipmentBoxId)) r.messageKo += ' 배송지가 바뀌었습니다. 새 주소로 출고하세요.';
      }
      return results;
    },

    async uploadInvoice(vendorId: string, client: CoupangClient, entries: InvoiceInput[], action: 'uploadInvoice' | 'updateInvoice' = 'uploadInvoice'): Promise<ActionResultOut[]> {
      const p = fresh();
      const order: string[] = [];
      const seen = new Set<string>();
      for (const entry of entries) {
        const sbid = entry.shipmentBoxId;
        if (seen.has(sbid)) continue;
        seen.add(sbid);
        order.push(sbid);
        const checked = checkedInvoice(entry);
        if (typeof checked === 'string') {
          refuse(p, sbid, checked);
          continue;
        }
        const o = repo.get(vendorId, sbid);
        if (!o) {
          refuse(p, sbid, NOT_STORED);
          continue;
        }
        if (action === 'uploadInvoice') {
          if (o.status === 'ACCEPT') {
            refuse(p, sbid, '결제완료 상태입니다. 먼저 상품준비중 처리를 하세요.');
            continue;
          }
          if (o.status !== 'INSTRUCT') {
            refuse(p, sbid, `이미 ${orderStatusLabelKo(o.status)} 상태입니다. 송장을 바꾸려면 송장 수정을 사용하세요.`);
            continue;
          }
          if (o.claimPending || o.goneReason) {
            refuse(p, sbid, o.goneReason ? '쿠팡이 취소 또는 반품된 주문으로 알려 와 송장을 등록하지 않았습니다.' : '출고중지 또는 취소 요청이 있는 주문이라 송장을 등록하지 않았습니다. 요청을 먼저 처리하세요.');
            continue;
          }
        } else if (!['DEPARTURE', 'DELIVERING', 'FINAL_DELIVERY', 'NONE_TRACKING'].includes(o.status)) {
          refuse(p, sbid, `송장 수정은 배송지시·배송중·배송완료·업체직송 상태에서만 됩니다 (지금: ${orderStatusLabelKo(o.status)}).`);
          continue;
        }
        const items = repo.items(vendorId, sbid);
        if (items.length === 0) {
          refuse(p, sbid, '주문 상품 정보가 없습니다. 주문을 다시 동기화하세요.');
          continue;
        }
        p.journal.push({
          shipmentBoxId: sbid,
          payload: { orderId: o.orderId, deliveryCompanyCode: checked.code, invoiceNumber: checked.invoice, vendorItemIds: items.map((i) => i.vendorItemId) },
        });
      }
      return submit(vendorId, client, action, order, p);
    },

    async stopShipment(vendorId: string, client: CoupangClient, shipmentBoxIds: string[]): Promise<ActionResultOut[]> {
      const p = fresh();
      const ids = dedupe(shipmentBoxIds, p);
      for (const sbid of ids) {
        if (!repo.get(vendorId, sbid)) {
          refuse(p, sbid, NOT_STORED);
          continue;
        }
        const receipts = openReleaseStops(repo.claimsForShipment(vendorId, sbid));
        if (!receipts.length) {
          refuse(p, sbid, '처리할 출고중지 요청이 없습니다. 주문을 동기화한 뒤 다시 확인하세요.');
          continue;
        }
        // rules-orders.md 55: cancelCount is the receipt's whole quantity (cancelCountSum).
        p.journal.push({ shipmentBoxId: sbid, payload: { receipts: receipts.map((c) => ({ receiptId: c.receiptId, cancelCount: c.cancelCountSum })) } });
      }
      return submit(vendorId, client, 'stopShipment', ids, p);
    },

    async markAlreadyShipped(vendorId: string, client: CoupangClient, entries: InvoiceInput[]): Promise<ActionResultOut[]> {
      const p = fresh();
      const order: string[] = [];
      for (const entry of entries) {
        const sbid = entry.shipmentBoxId;
        if (order.includes(sbid)) continue;
        order.push(sbid);
        const checked = checkedInvoice(entry);
        if (typeof checked === 'string') {
          refuse(p, sbid, checked);
          continue;
        }
        if (!repo.get(vendorId, sbid)) {
          refuse(p, sbid, NOT_STORED);
          continue;
        }
        const receipts = openReleaseStops(repo.claimsForShipment(vendorId, sbid));
        if (!receipts.length) {
          refuse(p, sbid, '처리할 출고중지 요청이 없습니다. 주문을 동기화한 뒤 다시 확인하세요.');
          continue;
        }
        p.journal.push({ shipmentBoxId: sbid, payload: { receiptIds: receipts.map((c) => c.receiptId), deliveryCompanyCode: checked.code, invoiceNumber: checked.invoice } });
      }
      return submit(vendorId, client, 'markAlreadyShipped', order, p);
    },

    async cancel(vendorId: string, client: CoupangClient, req: { shipmentBoxId: string; vendorItemIds: string[]; middleCancelCode: string; userId: string }): Promise<ActionResultOut[]> {
      const p = fresh();
      const sbid = req.shipmentBoxId;
      const o = repo.get(vendorId, sbid);
      if (!isSellerCancelCode(req.middleCancelCode)) refuse(p, sbid, `취소 사유 코드 '${req.middleCancelCode}'는 쿠팡이 받지 않습니다. 재고 연동 오류(CCTTER), 제휴사이트 오류(CCPNER), 가격등재오류(CCPRER) 중에서 고르세요.`);
      else if (!o) refuse(p, sbid, NOT_STORED);
      else if (o.status !== 'ACCEPT' && o.status !== 'INSTRUCT') refuse(p, sbid, `${orderStatusLabelKo(o.status)} 상태의 주문은 판매자가 취소할 수 없습니다 (결제완료·상품준비중만 가능).`);
      else {
        const items = repo.items(vendorId, sbid);
        const vendorItemIds: string[] = [];
        const receiptCounts: number[] = [];
        const before: Record<string, number> = {};
        const problems: string[] = [];
        for (const id of [...new Set(req.vendorItemIds)]) {
          const it = items.find((i) => i.vendorItemId === id);
          if (!it) problems.push(`${id}: 이 배송에 없는 상품입니다`);
          else if (it.quantityToShip <= 0) problems.push(`${id}: 취소할 수량이 남아 있지 않습니다`);
          else {
            vendorItemIds.push(id);
            receiptCounts.push(it.quantityToShip);
            before[id] = it.cancelCount + it.holdCountForCancel;
          }
        }
        if (problems.length) refuse(p, sbid, `취소하지 않았습니다: ${problems.join(', ')}`);
        else p.journal.push({ shipmentBoxId: sbid, payload: { orderId: o.orderId, vendorItemIds, receiptCounts, middleCancelCode: req.middleCancelCode, userId: req.userId, before } });
      }
      const results = await submit(vendorId, client, 'cancel', [sbid], p);
      if (results[0]?.state === 'done' || (results[0]?.state === 'failed' && results[0].messageKo.startsWith('일부만'))) await readStatus(vendorId, client, sbid);
      return results;
    },

    async completeLongTermUndelivery(vendorId: string, client: CoupangClient, shipmentBoxIds: string[]): Promise<ActionResultOut[]> {
      const p = fresh();
      const ids = dedupe(shipmentBoxIds, p);
      for (const sbid of ids) {
        const o = repo.get(vendorId, sbid);
        if (!o) refuse(p, sbid, NOT_STORED);
        else if (o.status !== 'DEPARTURE' && o.status !== 'DELIVERING') refuse(p, sbid, `장기미배송 배송완료는 배송지시·배송중 상태에서만 됩니다 (지금: ${orderStatusLabelKo(o.status)}).`);
        else if (!o.invoiceNumber) refuse(p, sbid, '등록된 송장번호가 없어 처리할 수 없습니다.');
        else p.journal.push({ shipmentBoxId: sbid, payload: { invoiceNumber: o.invoiceNumber } });
      }
      return submit(vendorId, client, 'completeLongTermUndelivery', ids, p);
    },

    /** Sends what waits in the queue (offline requests, and journaled ones a crash never sent), oldest first. */
    async drain(vendorId: string, client: CoupangClient): Promise<number> {
      const waiting = [...outbox.byState(vendorId, 'pending'), ...outbox.byState(vendorId, 'queued')].sort((a, b) => a.id - b.id);
      if (!waiting.length) return 0;
      await dispatch(vendorId, client, waiting);
      return waiting.length;
    },

    /**
     * Entries with no answer: read Coupang again. Done when the change is there; when a fresh
     * read proves it is not, resend-safe actions go back to the queue (so they are sent again
     * only after a read, never blindly) and a cancel is handed back to the seller.
     */
    async reconcileUnknown(vendorId: string, client: CoupangClient, force = false): Promise<number> {
      const now = deps.now().getTime();
      let n = 0;
      for (const e of outbox.byState(vendorId, 'unknown')) {
        if (!connectivity.online) break;
        const last = Date.parse(e.checkedAt ?? e.sentAt ?? e.createdAt);
        if (!force && now - last < opt.unknownRecheckMs) continue;
        const spec = specs[e.action];
        const r = await spec.reconcile(vendorId, client, e).catch(() => 'unreadable' as const);
        n++;
        if (r === 'applied') record(vendorId, spec, e, { state: 'done', messageKo: DONE_BY_READ_KO });
        else if (r === 'not-applied' && spec.resendAfterProvenMissing) outbox.requeue(e.id, '응답이 없던 요청을 조회해 보니 반영되지 않아 다시 보냅니다.');
        else if (r === 'not-applied' && now - Date.parse(e.sentAt ?? e.createdAt) >= opt.unknownGiveUpMs) {
          record(vendorId, spec, e, { state: 'failed', messageKo: '쿠팡에 반영되지 않았습니다. 주문 상태를 확인하고 필요하면 다시 요청하세요.', retryRequired: true });
        } else outbox.touch(e.id, kstIso(deps.now()));
      }
      return n;
    },

    /** After a crash: entries left on the wire are unknown until read back. */
    recoverCrashed(): number {
      const crashed = outbox.crashed();
      for (const e of crashed) outbox.finish(e.id, 'unknown', '앱이 전송 중에 종료되어 처리 여부를 조회로 확인합니다.', false, kstIso(deps.now()));
      return crashed.length;
    },
  };
}

function openReleaseStops(claims: ClaimRecord[]): ClaimRecord[] {
  return claims.filter(
    (c) => c.kind === 'RELEASE_STOP' && (isOpenReleaseStop(c.receiptStatus) || (c.receiptStatus === 'RETURNS_UNCHECKED' && c.items.some((i) => i.releaseStatus === 'N'))),
  );
}
export type OrdersActions = ReturnType<typeof createOrdersActions>;
