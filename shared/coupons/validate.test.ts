// One failing case (and the passing neighbour) for every coupon rule with a local check.
import { describe, expect, it } from 'vitest';
import {
  chunk,
  errorsOf,
  formatCouponTime,
  hasErrors,
  kstEndOfDay,
  kstMonth,
  nextKstMidnight,
  nextMonth,
  nextWholeHourAfter,
  normalizeVendorItemIds,
  parseCouponTime,
  parseVendorItemIds,
  readRequestStatus,
  requestSummaryKo,
  validateBudgetQuery,
  validateCashback,
  validateContractChoice,
  validateDownloadCoupon,
  validateDownloadExpire,
  validateDownloadItemAdd,
  validateDownloadItemBatch,
  validateDownloadPolicy,
  validateInstantCoupon,
  validateInstantExpire,
  validateInstantItemAdd,
  validateInstantItemBatch,
  validateInstantItemRemoval,
  validateOrderId,
  validatePage,
  validateRequestedId,
  validateStatusFilter,
  type CouponIssue,
  type DownloadCouponDraft,
  type DownloadPolicyDraft,
  type InstantCouponDraft,
} from './index';

// 2025-03-10 15:00:00 KST
const now = new Date('2025-03-10T06:00:00Z');
const contracts = [
  { contractId: '15', vendorContractId: '-1', type: 'NON_CONTRACT_BASED', start: '2017-09-25 11:40:01', end: '2999-12-31 23:59:59' },
  { contractId: '9962', vendorContractId: '7', type: 'CONTRACT_BASED', start: '2025-01-01 00:00:00', end: '2025-06-30 23:59:59' },
];

const instant = (over: Partial<InstantCouponDraft> = {}): InstantCouponDraft => ({
  contractId: '15',
  name: '봄맞이 10% 할인',
  type: 'RATE',
  discount: 10,
  maxDiscountPrice: 5000,
  startAt: '2025-03-11 00:00:00',
  endAt: '2025-03-17 23:59:59',
  wowExclusive: false,
  vendorItemIds: ['3226138951', '3226138847'],
  ...over,
});

const policy = (over: Partial<DownloadPolicyDraft> = {}): DownloadPolicyDraft => ({
  title: '1만원 이상 1천원 할인',
  typeOfDiscount: 'PRICE',
  description: '장바구니 안내',
  minimumPrice: 10000,
  discount: 1000,
  maximumDiscountPrice: 1000,
  maximumPerDaily: 1,
  ...over,
});

const download = (over: Partial<DownloadCouponDraft> = {}): DownloadCouponDraft => ({
  contractId: '15',
  title: '봄 다운로드 쿠폰',
  startDate: '2025-03-10 16:00:00',
  endDate: '2025-03-31 23:59:59',
  userId: 'wingLogin',
  policies: [policy()],
  vendorItemIds: ['2306264997'],
  ...over,
});

const rules = (issues: CouponIssue[], severity: 'error' | 'warning' = 'error') => issues.filter((i) => i.severity === severity).map((i) => i.rule);
const ctx = { now, contracts };

describe('messages', () => {
  it('name the rule they come from', () => {
    const [first] = validateInstantCoupon(instant({ name: 'x'.repeat(46) }), ctx);
    expect(first.messageKo).toMatch(/45자 이내.*\(쿠폰 규칙 15: 즉시할인 생성 값\)$/);
  });
});

describe('instant coupon creation', () => {
  it('a good draft has no errors', () => {
    expect(errorsOf(validateInstantCoupon(instant(), ctx))).toEqual([]);
  });

  it('rule 4: a contract must be chosen and must be the seller’s', () => {
    expect(rules(validateInstantCoupon(instant({ contractId: '' }), ctx))).toContain(4);
    expect(rules(validateInstantCoupon(instant({ contractId: '777' }), ctx))).toContain(4);
    expect(validateContractChoice('15', contracts)).toEqual([]);
  });

  it('rule 6: a vendorContractId (-1, 7) is not a contractId', () => {
    const minus = validateContractChoice('-1', contracts);
    expect(rules(minus)).toEqual([6]);
    expect(minus[0].messageKo).toContain('contractId 15');
    expect(rules(validateContractChoice('7', contracts))).toEqual([6]);
  });

  it('rule 9: the coupon must lie inside the contract period', () => {
    const out = validateInstantCoupon(instant({ contractId: '9962', endAt: '2025-07-01 00:00:00' }), ctx);
    expect(rules(out)).toContain(9);
    expect(out.find((i) => i.rule === 9)!.messageKo).toContain('계약서의 유효기간:2025-01-01 00:00:00~2025-06-30 23:59:59');
    expect(rules(validateInstantCoupon(instant({ contractId: '9962' }), ctx))).not.toContain(9);
  });

  it('rule 15: name ≤ 45 characters (counted as characters, not bytes)', () => {
    expect(rules(validateInstantCoupon(instant({ name: '가'.repeat(45) }), ctx))).toEqual([]);
    expect(rules(validateInstantCoupon(instant({ name: '가'.repeat(46) }), ctx))).toEqual([15]);
    expect(rules(validateInstantCoupon(instant({ name: '   ' }), ctx))).toEqual([15]);
  });

  it('rule 15: type is RATE, PRICE or FIXED_WITH_QUANTITY', () => {
    expect(rules(validateInstantCoupon(instant({ type: 'PERCENT' }), ctx))).toContain(15);
    for (const type of ['RATE', 'PRICE', 'FIXED_WITH_QUANTITY']) expect(errorsOf(validateInstantCoupon(instant({ type, discount: 10 }), ctx))).toEqual([]);
  });

  it('rule 15: RATE 1~100, fixed amounts 1 won or more', () => {
    expect(rules(validateInstantCoupon(instant({ discount: 0 }), ctx))).toEqual([15]);
    expect(rules(validateInstantCoupon(instant({ discount: 101 }), ctx))).toEqual([15]);
    expect(rules(validateInstantCoupon(instant({ discount: 100 }), ctx))).toEqual([]);
    expect(rules(validateInstantCoupon(instant({ type: 'PRICE', discount: 2500 }), ctx))).toEqual([]);
    expect(rules(validateInstantCoupon(instant({ type: 'PRICE', discount: 0.5 }), ctx))).toEqual([15]);
    expect(rules(validateInstantCoupon(instant({ discount: '' }), ctx))).toEqual([15]);
    expect(validateInstantCoupon(instant({ discount: -1 }), ctx)[0].messageKo).toContain('discount 양수만 입력 가능합니다. (정률은 1~100, 정액은 1이상)');
  });

  it('rule 15: maxDiscountPrice ≥ 10 won', () => {
    expect(rules(validateInstantCoupon(instant({ maxDiscountPrice: 9 }), ctx))).toEqual([15]);
    expect(rules(validateInstantCoupon(instant({ maxDiscountPrice: '10' }), ctx))).toEqual([]);
  });

  it('rule 15: the end comes after the start', () => {
    expect(rules(validateInstantCoupon(instant({ endAt: '2025-03-11 00:00:00' }), ctx))).toEqual([15]);
  });

  it('rule 16: yyyy-MM-dd HH:mm:ss and a real calendar time', () => {
    const pattern = validateInstantCoupon(instant({ startAt: '2025-03-11T00:00' }), ctx);
    expect(rules(pattern)).toEqual([16]);
    expect(pattern[0].messageKo).toContain('startAt 패턴을 확인하세요. yyyy-MM-dd HH:mm:ss');
    const month = validateInstantCoupon(instant({ endAt: '2025-13-05 00:00:00' }), ctx);
    expect(month[0].messageKo).toContain('Value 13 for monthOfYear must be in the range [1,12]');
    expect(rules(validateInstantCoupon(instant({ endAt: '2025-02-30 00:00:00', startAt: '2025-02-01 00:00:00' }), ctx))).toContain(16);
  });

  it('rule 17: a start before tomorrow 00:00 is a warning, not an error', () => {
    const out = validateInstantCoupon(instant({ startAt: '2025-03-10 18:00:00' }), ctx);
    expect(rules(out)).toEqual([]);
    expect(rules(out, 'warning')).toEqual([17]);
    expect(rules(validateInstantCoupon(instant(), ctx), 'warning')).toEqual([]);
  });

  it('rule 18: an end past Dec 31 of the start year is flagged (2019 docs)', () => {
    expect(rules(validateInstantCoupon(instant({ endAt: '2026-01-05 00:00:00' }), ctx), 'warning')).toEqual([18]);
  });

  it('rule 19: wowExclusive=true needs prior approval', () => {
    expect(rules(validateInstantCoupon(instant({ wowExclusive: true }), ctx), 'warning')).toEqual([19]);
  });

  it('rule 22: malformed option IDs are errors; options in another coupon are warnings ([CIR08])', () => {
    expect(rules(validateInstantCoupon(instant({ vendorItemIds: ['12a'] }), ctx))).toEqual([22]);
    const out = validateInstantCoupon(instant(), { ...ctx, assigned: new Map([['3226138951', '778']]) });
    expect(rules(out, 'warning')).toEqual([22]);
    expect(out[0].messageKo).toContain('3226138951(쿠폰 778)');
    expect(out[0].messageKo).toContain('[CIR08]');
    // The coupon the option is already in does not conflict with itself.
    expect(validateInstantItemAdd('778', ['3226138951'], { '3226138951': '778' })).toEqual([]);
  });
});

describe('instant coupon items, expiry', () => {
  it('rule 21: 1–10,000 option IDs per call', () => {
    expect(rules(validateInstantItemBatch([]))).toEqual([21]);
    expect(rules(validateInstantItemBatch(Array.from({ length: 10_001 }, (_, i) => String(i + 1))))).toEqual([21]);
    expect(validateInstantItemBatch(Array.from({ length: 10_000 }, (_, i) => String(i + 1)))).toEqual([]);
    expect(rules(validateInstantItemAdd('1', []))).toEqual([21]);
  });

  it('rules 3 and 20: removing options is legacy and creation-time options cannot be removed', () => {
    const out = validateInstantItemRemoval(['1', '2'], { initialItemIds: ['1'] });
    expect(rules(out)).toEqual([]);
    expect(rules(out, 'warning').sort()).toEqual([20, 3]);
    expect(rules(validateInstantItemRemoval([]))).toEqual([21]);
  });

  it('rule 23: no expiry while another request on the coupon is running', () => {
    const running = [{ couponId: '778', family: 'instant' as const, state: 'REQUESTED', kind: 'COUPON_ITEM_PUBLISH' }];
    expect(rules(validateInstantExpire('778', running))).toEqual([23]);
    expect(validateInstantExpire('779', running)).toEqual([]);
    expect(validateInstantExpire('778', [{ ...running[0], state: 'DONE' }])).toEqual([]);
  });
});

describe('download coupons', () => {
  it('a good draft has no errors', () => {
    expect(errorsOf(validateDownloadCoupon(download(), ctx))).toEqual([]);
  });

  it('rule 33: 1–3 policies, all of one discount type', () => {
    expect(rules(validateDownloadCoupon(download({ policies: [] }), ctx))).toEqual([33]);
    expect(rules(validateDownloadCoupon(download({ policies: [policy(), policy(), policy(), policy()] }), ctx))).toEqual([33]);
    expect(rules(validateDownloadCoupon(download({ policies: [policy(), policy({ typeOfDiscount: 'RATE', discount: 10, maximumDiscountPrice: 5000 })] }), ctx))).toEqual([33]);
    expect(errorsOf(validateDownloadCoupon(download({ policies: [policy(), policy({ minimumPrice: 20000, discount: 2000 }), policy({ minimumPrice: 30000, discount: 3000 })] }), ctx))).toEqual([]);
  });

  it('rule 34: RATE is an integer 1~99, PRICE 10-won steps of at least 10, maxPerDaily 1~9999', () => {
    const rate = (d: number) => rules(validateDownloadPolicy(policy({ typeOfDiscount: 'RATE', discount: d, maximumDiscountPrice: 3000 }), 0));
    expect(rate(100)).toEqual([34]);
    expect(rate(0)).toEqual([34]);
    expect(rate(12.5)).toEqual([34]);
    expect(rate(99)).toEqual([]);
    expect(rules(validateDownloadPolicy(policy({ typeOfDiscount: 'RATE', discount: 10, maximumDiscountPrice: '' }), 0))).toEqual([34]);
    expect(rules(validateDownloadPolicy(policy({ typeOfDiscount: 'RATE', discount: 10, maximumDiscountPrice: 3005 }), 0))).toEqual([34]);
    expect(rules(validateDownloadPolicy(policy({ discount: 5 }), 0))).toEqual([34]);
    const unit = validateDownloadPolicy(policy({ discount: 1005 }), 1);
    expect(unit[0].messageKo).toContain('policies[1] 금액 정보는 10원 단위로 입력해야 합니다.');
    expect(rules(validateDownloadPolicy(policy({ maximumPerDaily: 10_000 }), 0))).toEqual([34]);
    expect(validateDownloadPolicy(policy({ maximumPerDaily: 0 }), 0)[0].messageKo).toContain('policies[0].maxPerDaily 1~9999 양수만 입력 가능합니다.');
    expect(rules(validateDownloadPolicy(policy({ typeOfDiscount: 'FIXED' }), 0))).toEqual([34]);
  });

  it('rule 35: minimumPrice in 10-won units', () => {
    expect(rules(validateDownloadPolicy(policy({ minimumPrice: 1 }), 0))).toEqual([35]);
    expect(rules(validateDownloadPolicy(policy({ minimumPrice: 0 }), 0))).toEqual([]);
  });

  it('rule 36: title and userId are required; an empty policy title is a warning', () => {
    expect(rules(validateDownloadCoupon(download({ title: '' }), ctx))).toEqual([36]);
    expect(rules(validateDownloadCoupon(download({ userId: ' ' }), ctx))).toEqual([36]);
    expect(rules(validateDownloadPolicy(policy({ title: '' }), 0), 'warning')).toEqual([36]);
  });

  it('rule 37: options already in another download coupon are flagged ([CIR14])', () => {
    const out = validateDownloadCoupon(download(), { ...ctx, assigned: { '2306264997': '14434486' } });
    expect(rules(out, 'warning')).toEqual([37]);
    expect(out[0].messageKo).toContain('[CIR14]');
  });

  it('rule 38: the start is at least one hour after creation, and the end after the start', () => {
    expect(rules(validateDownloadCoupon(download({ startDate: '2025-03-10 15:59:59' }), ctx))).toEqual([38]);
    expect(rules(validateDownloadCoupon(download({ startDate: '2025-03-10 16:00:00' }), ctx))).toEqual([]);
    expect(rules(validateDownloadCoupon(download({ endDate: '2025-03-10 16:00:00' }), ctx))).toEqual([38]);
  });

  it('rule 16 for download dates uses the download pattern text', () => {
    const out = validateDownloadCoupon(download({ startDate: '2025/03/10 16:00' }), ctx);
    expect(rules(out)).toEqual([16]);
    expect(out[0].messageKo).toContain('startAt 패턴을 확인하세요. yyyy-MM-dd HH:mm:ss, 프로모션 기간을 확인해주세요.');
  });

  it('rule 41: at most 100 options per item call', () => {
    expect(rules(validateDownloadItemBatch(Array.from({ length: 101 }, (_, i) => String(i + 1))))).toEqual([41]);
    expect(rules(validateDownloadItemBatch([]))).toEqual([41]);
    expect(validateDownloadItemBatch(['1'])).toEqual([]);
  });

  it('rule 42: a coupon destroyed by a failed item call takes no more items; rule 40: items cannot change later', () => {
    expect(rules(validateDownloadItemAdd({ couponId: '1', destroyed: true }, ['5'], 'me'))).toEqual([42]);
    const out = validateDownloadItemAdd({ couponId: '1', appliedOptionCount: 3 }, ['5'], 'me');
    expect(rules(out)).toEqual([]);
    expect(rules(out, 'warning')).toEqual([40, 42]);
    expect(rules(validateDownloadItemAdd({ couponId: '1' }, ['5'], ''))).toEqual([36]);
  });

  it('rule 44: expiry needs the numeric couponId and the WING user', () => {
    expect(rules(validateDownloadExpire('abc', 'me'))).toEqual([44]);
    expect(rules(validateDownloadExpire('16513129', ''))).toEqual([36]);
    expect(validateDownloadExpire('16513129', 'me')).toEqual([]);
  });
});

describe('lookups', () => {
  it('rules 6 and 7: budget contract (-1 = free) and month yyyy-MM', () => {
    expect(validateBudgetQuery('-1', '2025-03')).toEqual([]);
    expect(rules(validateBudgetQuery('free', null))).toEqual([6]);
    expect(rules(validateBudgetQuery('15', '2025-3'))).toEqual([7]);
    expect(rules(validateBudgetQuery('15', '2025-13'))).toEqual([7]);
  });

  it('rule 27: DETACHED only in the coupon list', () => {
    expect(validateStatusFilter('coupons', 'DETACHED')).toEqual([]);
    expect(rules(validateStatusFilter('items', 'DETACHED'))).toEqual([27]);
    expect(rules(validateStatusFilter('coupons', 'ACTIVE'))).toEqual([27]);
  });

  it('rule 28: coupon list pages from 1, item list from 0', () => {
    expect(rules(validatePage('coupons', 0))).toEqual([28]);
    expect(validatePage('coupons', 1)).toEqual([]);
    expect(validatePage('items', 0)).toEqual([]);
    expect(rules(validatePage('items', -1))).toEqual([28]);
  });

  it('rule 29: orderId is numeric', () => {
    expect(validateOrderId('8000000000294')).toEqual([]);
    expect(rules(validateOrderId('8000-0000'))).toEqual([29]);
  });

  it('rules 30 and 45: request IDs are strings of the documented shape', () => {
    expect(validateRequestedId('instant', '123543582159745830895')).toEqual([]);
    expect(rules(validateRequestedId('instant', '1.2354358215974583e+20'))).toEqual([30]);
    expect(validateRequestedId('download', 'et5_154210571558673553106')).toEqual([]);
    expect(rules(validateRequestedId('download', 'et5 1542'))).toEqual([45]);
  });
});

describe('book cashback', () => {
  const good = { ruleId: '1234', vendorItemIds: ['1', '2'], valueType: 'FIXED', value: 500, maxAmount: 0, startAt: '2025-03-10T17:00:00', endAt: '2025-03-20T00:00:00' };
  it('a good draft has no errors', () => expect(validateCashback(good, { now })).toEqual([]));
  it('rule 52: a contracted ruleId', () => expect(rules(validateCashback({ ...good, ruleId: '' }, { now }))).toEqual([52]));
  it('rule 53: 1–50 option IDs, not null', () => {
    expect(rules(validateCashback({ ...good, vendorItemIds: null }, { now }))).toEqual([53]);
    expect(rules(validateCashback({ ...good, vendorItemIds: Array.from({ length: 51 }, (_, i) => String(i + 1)) }, { now }))).toEqual([53]);
  });
  it('rule 54: FIXED / FIXED_WITH_QUANTITY, value ≥ 1, maxAmount ≥ 0', () => {
    expect(rules(validateCashback({ ...good, valueType: 'RATE' }, { now }))).toEqual([54]);
    expect(rules(validateCashback({ ...good, value: 0 }, { now }))).toEqual([54]);
    expect(rules(validateCashback({ ...good, maxAmount: -1 }, { now }))).toEqual([54]);
  });
  it('rule 55: startAt yyyy-MM-ddTHH:mm:ss, at least 2 hours ahead', () => {
    expect(rules(validateCashback({ ...good, startAt: '2025-03-10T16:59:59' }, { now }))).toEqual([55]);
    expect(rules(validateCashback({ ...good, startAt: '2025-03-10 17:00:00' }, { now }))).toEqual([55]);
  });
});

describe('helpers', () => {
  it('parses and formats KST coupon times', () => {
    const p = parseCouponTime('2025-03-11 00:00:00');
    expect(p.ok && new Date(p.ms).toISOString()).toBe('2025-03-10T15:00:00.000Z');
    expect(formatCouponTime(now)).toBe('2025-03-10 15:00:00');
    expect(formatCouponTime(nextKstMidnight(now))).toBe('2025-03-11 00:00:00');
    expect(formatCouponTime(kstEndOfDay(now, 7))).toBe('2025-03-17 23:59:59');
    expect(formatCouponTime(nextWholeHourAfter(now))).toBe('2025-03-10 16:00:00');
    expect(formatCouponTime(nextWholeHourAfter(new Date('2025-03-10T06:20:00Z')))).toBe('2025-03-10 17:00:00');
    expect(kstMonth(new Date('2025-03-31T15:30:00Z'))).toBe('2025-04');
    expect(nextMonth('2025-12')).toBe('2026-01');
  });

  it('reads pasted option IDs', () => {
    expect(parseVendorItemIds('3226138951, 3226138847\n3226138951\tabc 0042')).toEqual({ ids: ['3226138951', '3226138847', '42'], invalid: ['abc'], duplicates: ['3226138951'] });
    expect(normalizeVendorItemIds(['"123"'])).toEqual({ ids: ['123'], invalid: [], duplicates: [] });
  });

  it('splits lists into calls (rules 21, 41, 53)', () => {
    expect(chunk(['1', '2', '3'], 2)).toEqual([['1', '2'], ['3']]);
    expect(chunk(Array.from({ length: 250 }, (_, i) => i), 100).map((c) => c.length)).toEqual([100, 100, 50]);
  });

  it('reads request status answers (rules 13 and 45)', () => {
    expect(readRequestStatus({ status: 'REQUESTED' })).toBe('REQUESTED');
    expect(readRequestStatus({ status: 'FAIL', total: 1, failed: 1 })).toBe('FAIL');
    expect(readRequestStatus({ status: 'SOMETHING', total: 2, succeeded: 2, failed: 0 })).toBe('DONE');
    expect(readRequestStatus({ status: null, total: 2, succeeded: 0, failed: 2 })).toBe('FAIL');
    expect(readRequestStatus({ status: 'IN_PROGRESS', total: 2, succeeded: 1, failed: 0 })).toBe('REQUESTED');
  });

  it('summarises a request in Korean', () => {
    expect(requestSummaryKo('instant', 'COUPON_PUBLISH', null, { name: '봄', type: 'RATE', discount: 10, maxDiscountPrice: 5000, vendorItemCount: 2 })).toBe(
      '즉시할인 쿠폰 생성 · ‘봄’ · 정률 10% (최대 5,000원) · 옵션 2개',
    );
    expect(hasErrors([])).toBe(false);
  });
});
