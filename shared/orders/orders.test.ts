import { describe, expect, it } from 'vitest';
import {
  computeClaimPending,
  isSellerCancelCode,
  orderStatusLabelKo,
  parseSearch,
  phoneLast4,
  quantityToShip,
  searchTextOf,
  SELLER_CANCEL_BIG_CODE,
  SELLER_CANCEL_REASONS,
  statusRank,
} from '.';

describe('status labels', () => {
  it('uses the WING names and keeps unknown codes as sent', () => {
    expect(orderStatusLabelKo('ACCEPT')).toBe('결제완료');
    expect(orderStatusLabelKo('INSTRUCT')).toBe('상품준비중');
    expect(orderStatusLabelKo('FINAL_DELIVERY')).toBe('배송완료');
    expect(orderStatusLabelKo('SOMETHING_NEW')).toBe('SOMETHING_NEW');
    expect(statusRank('ACCEPT')).toBeLessThan(statusRank('INSTRUCT'));
    expect(statusRank('DEPARTURE')).toBeLessThan(statusRank('FINAL_DELIVERY'));
  });
});

describe('quantity to ship', () => {
  it('is shippingCount minus cancelled and held-for-cancel units, never negative', () => {
    expect(quantityToShip({ shippingCount: 5, cancelCount: 1, holdCountForCancel: 2 })).toBe(2);
    expect(quantityToShip({ shippingCount: 1, cancelCount: 1, holdCountForCancel: 1 })).toBe(0);
    expect(quantityToShip({ shippingCount: 3, cancelCount: 0, holdCountForCancel: 0 })).toBe(3);
  });
});

describe('search', () => {
  it('reads 1–4 digits as the end of a phone number, longer digit runs as IDs', () => {
    expect(parseSearch('5678')).toEqual({ kind: 'phone', digits: '5678' });
    expect(parseSearch(' 78 ')).toEqual({ kind: 'phone', digits: '78' });
    expect(parseSearch('2000-0065-93044')).toEqual({ kind: 'id', digits: '2000006593044' });
    expect(parseSearch('123456789012345678')).toEqual({ kind: 'id', digits: '123456789012345678' });
  });
  it('normalises names: case, spacing and composed Hangul', () => {
    const decomposed = '무선 마우스'.normalize('NFD');
    expect(parseSearch(decomposed)).toEqual({ kind: 'text', text: '무선마우스' });
    expect(parseSearch('  ')).toEqual({ kind: 'none' });
    expect(searchTextOf({ receiverName: '홍 길동', productNames: ['Logi 무선 마우스', null] })).toBe('홍길동\u0001logi무선마우스');
  });
  it('takes the last four digits of any phone format', () => {
    expect(phoneLast4('0507-1234-5678')).toBe('5678');
    expect(phoneLast4('+82-50-7123-9012')).toBe('9012');
    expect(phoneLast4(null)).toBe('');
  });
});

describe('seller cancel codes (from voc-reasons)', () => {
  it('has CANERR and the three middle codes', () => {
    expect(SELLER_CANCEL_BIG_CODE).toBe('CANERR');
    expect(SELLER_CANCEL_REASONS.map((r) => r.code)).toEqual(['CCTTER', 'CCPNER', 'CCPRER']);
    expect(isSellerCancelCode('CCTTER')).toBe(true);
    expect(isSellerCancelCode('CANERR')).toBe(false);
  });
});

describe('claimPending', () => {
  const items = [
    { vendorItemId: '1', shippingCount: 2, cancelCount: 0, holdCountForCancel: 0 },
    { vendorItemId: '2', shippingCount: 1, cancelCount: 0, holdCountForCancel: 0 },
  ];
  it('holds a shipment with an unanswered stop-shipment request', () => {
    expect(computeClaimPending(items, [{ kind: 'RELEASE_STOP', receiptStatus: 'RELEASE_STOP_UNCHECKED', items: [{ vendorItemId: '1', cancelCount: 2 }] }])).toBe(true);
    expect(computeClaimPending(items, [{ kind: 'RELEASE_STOP', receiptStatus: 'STOP_SHIPMENT_DONE', items: [{ vendorItemId: '1', cancelCount: 2 }] }])).toBe(false);
  });
  it('holds a cancel the order data does not show yet, releases a reflected partial cancel', () => {
    const claim = { kind: 'CANCEL' as const, receiptStatus: 'CANCEL', items: [{ vendorItemId: '1', cancelCount: 2 }] };
    expect(computeClaimPending(items, [claim])).toBe(true);
    const reflected = [{ ...items[0], cancelCount: 2 }, items[1]];
    expect(computeClaimPending(reflected, [claim])).toBe(false);
    const all = [{ ...items[0], cancelCount: 2 }, { ...items[1], cancelCount: 1 }];
    expect(computeClaimPending(all, [claim])).toBe(true);
  });
  it('is false without claims', () => {
    expect(computeClaimPending(items, [])).toBe(false);
  });
});
