import { describe, expect, it } from 'vitest';
import {
  approveCancelCount,
  dayWindows,
  exchangeActionBlockKo,
  exchangeActions,
  isExchangeRejectCode,
  isOpenReleaseStop,
  isValidApproveCount,
  returnActionBlockKo,
  returnActions,
  vocReasonKo,
  type ExchangeLike,
  type ReturnLike,
} from '.';

const ret = (receiptStatus: string, releaseStatuses: string[] = ['Y'], extra: Partial<ReturnLike> = {}): ReturnLike => ({ receiptType: 'RETURN', receiptStatus, releaseStatuses, withdrawn: false, ...extra });
const ex = (exchangeStatus: string, collectStatus: string, extra: Partial<ExchangeLike> = {}): ExchangeLike => ({ exchangeStatus, collectStatus, rejectable: null, deliveryInvoiceModifiable: null, newShipmentBoxId: null, ...extra });

describe('return state gates', () => {
  it('confirm receipt only in RETURNS_UNCHECKED (not for goods that never shipped)', () => {
    expect(returnActions(ret('RETURNS_UNCHECKED')).confirmReceipt).toBe(true);
    for (const s of ['RELEASE_STOP_UNCHECKED', 'VENDOR_WAREHOUSE_CONFIRM', 'REQUEST_COUPANG_CHECK', 'RETURNS_COMPLETED']) expect(returnActions(ret(s)).confirmReceipt).toBe(false);
    expect(returnActions(ret('RETURNS_UNCHECKED', ['N', 'N'])).confirmReceipt).toBe(false);
    expect(returnActionBlockKo(ret('RETURNS_COMPLETED'), 'confirmReceipt')).toMatch(/반품접수/);
  });

  it('approve only in VENDOR_WAREHOUSE_CONFIRM', () => {
    expect(returnActions(ret('VENDOR_WAREHOUSE_CONFIRM')).approve).toBe(true);
    for (const s of ['RELEASE_STOP_UNCHECKED', 'RETURNS_UNCHECKED', 'REQUEST_COUPANG_CHECK', 'RETURNS_COMPLETED']) expect(returnActions(ret(s)).approve).toBe(false);
    expect(returnActionBlockKo(ret('RETURNS_UNCHECKED'), 'approve')).toMatch(/입고 확인/);
  });

  it('pickup waybill only in RETURNS_UNCHECKED', () => {
    expect(returnActions(ret('RETURNS_UNCHECKED')).registerPickup).toBe(true);
    expect(returnActions(ret('VENDOR_WAREHOUSE_CONFIRM')).registerPickup).toBe(false);
    expect(returnActions(ret('RETURNS_COMPLETED')).registerPickup).toBe(false);
  });

  it('stop-shipment / already-shipped on RU, or UC whose items are all unreleased (rules-orders.md 52)', () => {
    expect(isOpenReleaseStop(ret('RELEASE_STOP_UNCHECKED', ['N']))).toBe(true);
    expect(isOpenReleaseStop(ret('RETURNS_UNCHECKED', ['N', 'N']))).toBe(true);
    expect(isOpenReleaseStop(ret('RETURNS_UNCHECKED', ['N', 'Y']))).toBe(false);
    expect(isOpenReleaseStop(ret('RETURNS_UNCHECKED', ['A']))).toBe(false);
    expect(isOpenReleaseStop(ret('RETURNS_COMPLETED', ['N']))).toBe(false);
    const a = returnActions(ret('RELEASE_STOP_UNCHECKED', ['N']));
    expect(a).toEqual({ confirmReceipt: false, approve: false, registerPickup: false, markAlreadyShipped: true, stopShipment: true });
  });

  it('nothing is possible on a withdrawn return or a cancel receipt', () => {
    expect(Object.values(returnActions(ret('RETURNS_UNCHECKED', ['Y'], { withdrawn: true }))).some(Boolean)).toBe(false);
    expect(Object.values(returnActions(ret('RETURNS_COMPLETED', ['N'], { receiptType: 'CANCEL' }))).some(Boolean)).toBe(false);
  });
});

describe('approve cancelCount', () => {
  it('is the total quantity of all items of the receipt (A×5 + B×2 → 7)', () => {
    expect(approveCancelCount([{ cancelCount: 5 }, { cancelCount: 2 }])).toBe(7);
    expect(approveCancelCount([{ cancelCount: 5 }, { cancelCount: 2 }], 7)).toBe(7);
    expect(approveCancelCount([], 3)).toBe(3);
    expect(isValidApproveCount([{ cancelCount: 5 }, { cancelCount: 2 }], 7)).toBe(true);
    // One item's count, or the number of lines, is not what Coupang accepts.
    expect(isValidApproveCount([{ cancelCount: 5 }, { cancelCount: 2 }], 5)).toBe(false);
    expect(isValidApproveCount([{ cancelCount: 5 }, { cancelCount: 2 }], 2)).toBe(false);
    expect(isValidApproveCount([{ cancelCount: 1 }], 0)).toBe(false);
  });
});

describe('exchange state gates', () => {
  it('confirm receipt only in RECEIPT', () => {
    expect(exchangeActions(ex('RECEIPT', 'Delivering')).confirmReceipt).toBe(true);
    for (const s of ['PROGRESS', 'SUCCESS', 'REJECT', 'CANCEL']) expect(exchangeActions(ex(s, 'CompleteCollect')).confirmReceipt).toBe(false);
  });

  it('reject in RECEIPT or PROGRESS while rejectable, with SOLDOUT or WITHDRAW only', () => {
    expect(exchangeActions(ex('RECEIPT', 'BeforeDirection')).reject).toBe(true);
    expect(exchangeActions(ex('PROGRESS', 'CompleteCollect', { rejectable: true })).reject).toBe(true);
    expect(exchangeActions(ex('PROGRESS', 'CompleteCollect', { rejectable: false })).reject).toBe(false);
    for (const s of ['SUCCESS', 'REJECT', 'CANCEL']) expect(exchangeActions(ex(s, 'CompleteCollect')).reject).toBe(false);
    expect(isExchangeRejectCode('SOLDOUT')).toBe(true);
    expect(isExchangeRejectCode('WITHDRAW')).toBe(true);
    expect(isExchangeRejectCode('OTHER')).toBe(false);
    expect(isExchangeRejectCode('soldout')).toBe(false);
  });

  it('upload the exchange invoice only after CompleteCollect, on the new box', () => {
    expect(exchangeActions(ex('PROGRESS', 'CompleteCollect', { newShipmentBoxId: '660000000000000001' })).uploadInvoice).toBe(true);
    expect(exchangeActions(ex('RECEIPT', 'Delivering', { newShipmentBoxId: '660000000000000001' })).uploadInvoice).toBe(false);
    expect(exchangeActions(ex('PROGRESS', 'Delivering', { newShipmentBoxId: '660000000000000001' })).uploadInvoice).toBe(false);
    expect(exchangeActionBlockKo(ex('PROGRESS', 'CompleteCollect'), 'uploadInvoice')).toMatch(/10분/);
    expect(exchangeActions(ex('PROGRESS', 'CompleteCollect', { newShipmentBoxId: '1', deliveryInvoiceModifiable: false })).uploadInvoice).toBe(false);
  });

  it('pickup waybill only while collectStatus is BeforeDirection', () => {
    expect(exchangeActions(ex('RECEIPT', 'BeforeDirection')).registerPickup).toBe(true);
    expect(exchangeActions(ex('RECEIPT', 'CompleteDirection')).registerPickup).toBe(false);
  });
});

describe('reasons and windows', () => {
  it('shows VOC codes in Korean, Coupang\'s own text first, unknown codes as sent', () => {
    expect(vocReasonKo('CHANGEMIND')).toBe('필요 없어짐 (단순 변심)');
    expect(vocReasonKo('DEFECT', '상품이 제조/제작 불량임')).toBe('상품이 제조/제작 불량임');
    expect(vocReasonKo('NEWCODE')).toBe('NEWCODE');
    expect(vocReasonKo(null)).toBe('');
  });

  it('cuts a period into windows of at most N calendar days', () => {
    expect(dayWindows('2025-09-01', '2025-09-20', 7)).toEqual([
      { from: '2025-09-01', to: '2025-09-07' },
      { from: '2025-09-08', to: '2025-09-14' },
      { from: '2025-09-15', to: '2025-09-20' },
    ]);
    expect(dayWindows('2025-09-01', '2025-09-01', 7)).toEqual([{ from: '2025-09-01', to: '2025-09-01' }]);
    expect(dayWindows('2025-09-02', '2025-09-01', 7)).toEqual([]);
  });
});
