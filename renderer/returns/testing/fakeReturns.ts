// A fake main process for the returns screen: the foundation's fake bridge plus in-memory
// returns channels that follow the same shared state gates main uses.
import type { Envelope, ResponseOf, WingdeskBridge } from '../../../shared/ipc/contract';
import { exchangeActionBlockKo, returnActionBlockKo } from '../../../shared/returns';
import { createFakeBridge } from '../../test/fakeBridge';

type Detail = ResponseOf<'returns.detail'>;
type XDetail = ResponseOf<'returns.exchangeDetail'>;

export function returnDetail(over: Partial<Detail> = {}): Detail {
  const base: Detail = {
    receiptId: '1600000001',
    orderId: '12100000000001',
    receiptType: 'RETURN',
    receiptStatus: 'RETURNS_UNCHECKED',
    receiptStatusKo: '반품접수',
    releaseStop: false,
    createdAt: '2025-09-01T10:00:00+09:00',
    modifiedAt: '2025-09-01T10:00:00+09:00',
    requesterName: '김*수',
    productSummary: '말랑 베이커리 스퀴시, 딸기향',
    cancelCountSum: 7,
    reasonCode: 'DEFECT',
    reasonKo: '상품이 제조/제작 불량임',
    faultByType: 'VENDOR',
    preRefund: false,
    withdrawnAt: null,
    updatedAt: '2025-09-01T10:00:00+09:00',
    paymentId: null,
    requesterPhone: '+82502****1234',
    requesterAddress: '서울특별시 송파구 올림픽로 435',
    requesterZipCode: '05505',
    cancelReasonCategory1: '상품불량',
    cancelReasonCategory2: '사용중 제품결함',
    cancelReason: '작동이 안 됩니다',
    faultKo: '판매자 과실',
    releaseStopStatus: '비대상',
    returnDeliveryType: '연동택배',
    completeConfirmType: 'UNDEFINED',
    completeConfirmDate: null,
    returnShippingCharge: 3000,
    refundDeliveryDutyKo: null,
    items: [
      { vendorItemId: '3000000001', vendorItemName: 'A', sellerProductName: 'A', shipmentBoxId: '660000000000000001', purchaseCount: 5, cancelCount: 5, releaseStatus: 'Y', releaseStatusKo: '출고됨' },
      { vendorItemId: '3000000002', vendorItemName: 'B', sellerProductName: 'B', shipmentBoxId: '660000000000000001', purchaseCount: 2, cancelCount: 2, releaseStatus: 'Y', releaseStatusKo: '출고됨' },
    ],
    pickups: [],
    approveCancelCount: 7,
    actions: {} as Detail['actions'],
    journal: [],
  };
  return withReturnActions({ ...base, ...over });
}

function withReturnActions(d: Detail): Detail {
  const like = { receiptType: d.receiptType, receiptStatus: d.receiptStatus, releaseStatuses: d.items.map((i) => i.releaseStatus ?? ''), withdrawn: d.withdrawnAt !== null };
  const actions = Object.fromEntries((['confirmReceipt', 'approve', 'registerPickup', 'markAlreadyShipped', 'stopShipment'] as const).map((a) => [a, { allowed: returnActionBlockKo(like, a) === null, reasonKo: returnActionBlockKo(like, a) }]));
  return { ...d, actions: actions as Detail['actions'] };
}

export function exchangeDetail(over: Partial<XDetail> = {}): XDetail {
  const base: XDetail = {
    exchangeId: '101000001',
    orderId: '12100000000002',
    exchangeStatus: 'RECEIPT',
    exchangeStatusKo: '접수',
    collectStatus: 'BeforeDirection',
    collectStatusKo: '회수연동 전',
    deliveryStatus: 'BeforeDirection',
    deliveryStatusKo: '배송연동 전',
    createdAt: '2025-09-01T11:00:00+09:00',
    modifiedAt: '2025-09-01T11:00:00+09:00',
    customerName: '이영희',
    productSummary: '원목 테트리스 퍼즐',
    quantity: 1,
    reasonCode: 'DAMAGED',
    reasonKo: '상품이 파손되어 배송됨',
    faultType: 'VENDOR',
    newShipmentBoxId: null,
    updatedAt: '2025-09-01T11:00:00+09:00',
    reasonEtcDetail: '깨져서 왔어요',
    cancelReason: null,
    faultKo: '판매자 과실',
    referType: 'WEB_MOBILE',
    collectCompleteDate: null,
    address: { name: '이영희', zipCode: '06236', address: '서울특별시 강남구 테헤란로 152', addressDetail: '( 역삼동 )', returnMobile: '0502-1111-2222', deliveryMobile: null },
    items: [{ vendorItemId: '3000000003', itemName: '원목 테트리스 퍼즐, 단품', quantity: 1, unitPrice: 4650, originalShipmentBoxId: '660000000000000002' }],
    pickups: [],
    shipments: [],
    rejectable: true,
    deliveryInvoiceModifiable: false,
    actions: {} as XDetail['actions'],
    journal: [],
  };
  return withExchangeActions({ ...base, ...over });
}

function withExchangeActions(d: XDetail): XDetail {
  const like = { exchangeStatus: d.exchangeStatus, collectStatus: d.collectStatus, rejectable: d.rejectable, deliveryInvoiceModifiable: d.deliveryInvoiceModifiable, newShipmentBoxId: d.newShipmentBoxId };
  const actions = Object.fromEntries((['confirmReceipt', 'reject', 'uploadInvoice', 'registerPickup'] as const).map((a) => [a, { allowed: exchangeActionBlockKo(like, a) === null, reasonKo: exchangeActionBlockKo(like, a) }]));
  return { ...d, actions: actions as XDetail['actions'] };
}

export function createFakeReturns(init: { returns?: Detail[]; exchanges?: XDetail[] } = {}) {
  const base = createFakeBridge();
  const returns = new Map((init.returns ?? [returnDetail()]).map((r) => [r.receiptId, r]));
  const exchanges = new Map((init.exchanges ?? [exchangeDetail()]).map((e) => [e.exchangeId, e]));
  const calls: Array<{ fn: string; request: unknown }> = [];
  const ok = <T>(fn: string, request: unknown, data: T): Promise<Envelope<T>> => {
    calls.push({ fn, request: structuredClone(request) });
    return Promise.resolve({ ok: true, data: structuredClone(data) });
  };
  const done = { state: 'done' as const, messageKo: '처리했습니다.' };
  const counts = (rows: Array<{ receiptStatus?: string; exchangeStatus?: string }>) => {
    const c: Record<string, number> = { ALL: rows.length, OPEN: 0 };
    for (const r of rows) {
      const s = r.receiptStatus ?? r.exchangeStatus ?? '';
      c[s] = (c[s] ?? 0) + 1;
      if (['RELEASE_STOP_UNCHECKED', 'RETURNS_UNCHECKED', 'VENDOR_WAREHOUSE_CONFIRM', 'RECEIPT', 'PROGRESS'].includes(s)) c.OPEN++;
    }
    return c;
  };
  let lastSyncAt = '2025-09-01T12:00:00+09:00';
  const setReturn = (id: string, status: string, statusKo: string) => returns.set(id, withReturnActions({ ...returns.get(id)!, receiptStatus: status, receiptStatusKo: statusKo }));

  const bridge = {
    ...base.bridge,
    returnsSyncState: (req: unknown) => ok('returnsSyncState', req, { running: false, lastSyncAt, lastErrorKo: null, receipts: returns.size, exchanges: exchanges.size, withdrawals: 0 }),
    returnsSync: (req: unknown) => ok('returnsSync', req, { receipts: returns.size, exchanges: exchanges.size, withdrawals: 0, requests: 3, seconds: 0.1 }),
    returnsList: (req: unknown) => {
      const rows = [...returns.values()];
      return ok('returnsList', req, { rows, total: rows.length, counts: counts(rows) });
    },
    returnsExchanges: (req: unknown) => {
      const rows = [...exchanges.values()];
      return ok('returnsExchanges', req, { rows, total: rows.length, counts: counts(rows) });
    },
    returnsWithdrawals: (req: unknown) => ok('returnsWithdrawals', req, { rows: [], total: 0 }),
    returnsDetail: (req: { receiptId: string }) => ok('returnsDetail', req, returns.get(req.receiptId)!),
    returnsExchangeDetail: (req: { exchangeId: string }) => ok('returnsExchangeDetail', req, exchanges.get(req.exchangeId)!),
    returnsConfirmReceipt: (req: { receiptId: string }) => {
      setReturn(req.receiptId, 'VENDOR_WAREHOUSE_CONFIRM', '입고완료');
      return ok('returnsConfirmReceipt', req, done);
    },
    returnsApprove: (req: { receiptId: string }) => {
      setReturn(req.receiptId, 'RETURNS_COMPLETED', '반품완료');
      return ok('returnsApprove', req, done);
    },
    returnsRegisterPickup: (req: unknown) => ok('returnsRegisterPickup', req, done),
    returnsMarkAlreadyShipped: (req: unknown) => ok('returnsMarkAlreadyShipped', req, done),
    returnsStopShipment: (req: unknown) => ok('returnsStopShipment', req, done),
    returnsExchangeConfirm: (req: unknown) => ok('returnsExchangeConfirm', req, done),
    returnsExchangeReject: (req: { exchangeId: string }) => {
      exchanges.set(req.exchangeId, withExchangeActions({ ...exchanges.get(req.exchangeId)!, exchangeStatus: 'REJECT', exchangeStatusKo: '불가', rejectable: false }));
      return ok('returnsExchangeReject', req, done);
    },
    returnsExchangeInvoice: (req: unknown) => ok('returnsExchangeInvoice', req, done),
  } as unknown as WingdeskBridge;

  /** What main's background refresh does: new rows in the store and a newer last-sync time. */
  const syncedInBackground = (detail: Detail, at: string) => {
    returns.set(detail.receiptId, detail);
    lastSyncAt = at;
  };
  return { ...base, bridge, calls, callsTo: (fn: string) => calls.filter((c) => c.fn === fn).map((c) => c.request), syncedInBackground };
}
