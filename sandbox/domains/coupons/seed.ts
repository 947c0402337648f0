// A believable coupon history for a small seller, anchored at the clock's start (never now()):
//  - three contracts (rule 5): the free one (vendorContractId -1, end 2999-12-31 23:59:59, rule 6),
//    a calendar-year contract and a short promotion contract ending this month;
//  - monthly budgets per contract (rule 7) from two months back to next month; the promotion
//    contract's budget of the current month is exactly what was spent by the start, i.e. used up;
//  - the options (vendorItemIds) of the orders domain's catalogue, plus four not yet approved (rule 10);
//  - instant coupons in every status (applied, standby, paused by the used-up budget, detached,
//    expired by date and by API) and download coupons (applied, standby, one destroyed);
//  - the customer usage (orders, budget consumption) of the last two months, produced by replaying
//    the same engine the live sandbox runs, so history and live behaviour cannot disagree.
//
// The coupon side of orders (which order used which coupon) lives here: the orders domain's sheets
// carry no instant-coupon discount (always 0), see the note in routes/coupons.ts.
import { startOfKstDay } from '../../clock';
import { createRng, deriveSeed, type Rng } from '../../rng';
import { buildCatalogue } from '../orders/catalogue';
import type { SeedArgs } from '../../routes/registry';
import { monthOf, monthStart, yearStart } from './dates';
import { settle } from './engine';
import { manageCode } from './ids';
import type { Budget, CatalogueItem, Contract, CouponsState, DownloadCoupon, InstantCoupon, InstantType } from './types';

const DAY = 86_400_000;
const MIN = 60_000;

/** New registrations still waiting for approval: they have no orders and cannot carry coupons (rule 10). */
const PENDING_APPROVAL: ReadonlyArray<[string, number]> = [
  ['캠핑 접이식 의자 경량, 블랙', 39900],
  ['무선 충전 마우스, 화이트', 24900],
  ['반려동물 노즈워크 담요, M', 21900],
  ['스테인리스 밀폐 도시락통, 2단', 18900],
];

/**
 * The options coupons can target are the orders domain's catalogue, so coupons apply to items that
 * have orders: the same pure builder on the same random stream the orders domain uses
 * (VendorStore.rng('orders').fork('catalogue'), see domains/orders/world.ts newWorld). A test
 * compares both catalogues, so a change of that derivation cannot go unnoticed.
 */
function catalogue(rng: Rng, seed: number, vendorId: string): CatalogueItem[] {
  const orders = buildCatalogue(createRng(deriveSeed(seed, `${vendorId}:orders`)).fork('catalogue'));
  const items: CatalogueItem[] = orders.map((p) => ({ vendorItemId: p.vendorItemId, name: p.vendorItemName, salePrice: p.salesPrice, approved: true }));
  for (const [name, salePrice] of PENDING_APPROVAL) {
    items.push({ vendorItemId: String(rng.int(95_000_000_000, 95_900_000_000)), name, salePrice, approved: false });
  }
  return items;
}

function shuffled<T>(rng: Rng, list: readonly T[]): T[] {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

export function seedCoupons({ vendor, rng, clock, options: seedOptions }: SeedArgs): CouponsState {
  const start = clock.startTime;
  const day0 = startOfKstDay(start);
  const user = rng.pick(['minji.kim', 'hj.park', 'seller_ops', 'sy.lee']);

  const freeId = rng.int(100_000, 199_999);
  const yearId = freeId + rng.int(1, 5_000);
  const promoId = yearId + rng.int(1, 5_000);
  const vendorCode = rng.int(2, 9);
  const freeStart = day0 - rng.int(300, 700) * DAY + rng.int(0, DAY / 1000 - 1) * 1000;
  const contracts: Contract[] = [
    {
      contractId: String(freeId), vendorContractId: -1, sellerShareRatio: 100, coupangShareRatio: 0, gmvRatio: 0,
      start: freeStart, end: Date.UTC(2999, 11, 31, 14, 59, 59), type: 'NON_CONTRACT_BASED', useBudget: true,
      modifiedAt: freeStart, modifiedBy: user, label: 'free (자유계약)',
    },
    {
      contractId: String(yearId), vendorContractId: vendorCode, sellerShareRatio: 80, coupangShareRatio: 20, gmvRatio: 100,
      start: yearStart(start), end: yearStart(start, 1) - 1000, type: 'CONTRACT_BASED', useBudget: true,
      modifiedAt: yearStart(start) - rng.int(2, 20) * DAY + rng.int(9 * 60, 18 * 60) * MIN, modifiedBy: user, label: 'calendar year',
    },
    {
      contractId: String(promoId), vendorContractId: vendorCode + 1, sellerShareRatio: 100, coupangShareRatio: 0, gmvRatio: 10,
      start: monthStart(start, -1), end: monthStart(start, 1) - 1000, type: 'CONTRACT_BASED', useBudget: true,
      modifiedAt: monthStart(start, -1) - rng.int(1, 5) * DAY + rng.int(9 * 60, 18 * 60) * MIN, modifiedBy: user, label: 'promotion (budget used up this month)',
    },
  ];
  const [free, year, promo] = contracts;

  const budgets: Budget[] = [];
  const freeBudget = rng.pick([1_000_000, 1_500_000, 2_000_000]);
  for (let m = -2; m <= 1; m++) {
    const from = monthStart(start, m);
    const to = monthStart(start, m + 1) - 1;
    for (const c of contracts) {
      if (c.end < from || c.start > to) continue;
      const total = c === free ? freeBudget : c === year ? 3_000_000 : m === 0 ? Number.MAX_SAFE_INTEGER : 300_000;
      budgets.push({ contractId: c.contractId, month: monthOf(from), total });
    }
  }

  const options = catalogue(rng, seedOptions.seed, vendor.vendorId);
  const approved = shuffled(rng, options.filter((i) => i.approved).map((i) => i.vendorItemId));
  let nextCouponId = rng.int(2_000_000, 9_000_000);
  let nextItemId = rng.int(30_000_000, 90_000_000);

  const instant: InstantCoupon[] = [];
  const fits = (c: Contract, s: number, e: number) => s >= c.start && e <= c.end && s < e;
  const addInstant = (
    contract: Contract, name: string, type: InstantType, discount: number, maxDiscountPrice: number,
    startAt: number, endAt: number, items: string[], extra: Partial<InstantCoupon> = {},
  ): InstantCoupon => {
    const owner = fits(contract, startAt, endAt) ? contract : free;
    const createdAt = Math.min(startAt, start) - rng.int(1, 3) * DAY + rng.int(9 * 60, 18 * 60) * MIN;
    const coupon: InstantCoupon = {
      couponId: String(nextCouponId), contractId: owner.contractId, name, type, discount, maxDiscountPrice, startAt, endAt,
      wowExclusive: false, createdAt, expiredAt: null,
      items: items.map((vendorItemId) => ({ couponItemId: String(nextItemId++), vendorItemId, addedAt: createdAt + MIN, removedAt: null })),
      ...extra,
    };
    nextCouponId += rng.int(1, 900);
    nextItemId += rng.int(1, 400);
    instant.push(coupon);
    return coupon;
  };

  // Expired coupons of the previous weeks, one after the other so an option is never in two at once.
  const expiredNames: ReadonlyArray<[string, InstantType, number, number]> = [
    ['새학기 문구 10% 할인', 'RATE', 10, 3000],
    ['주방용품 1,000원 즉시할인', 'PRICE', 1000, 1000],
    ['여름맞이 15% 할인', 'RATE', 15, 5000],
    ['욕실용품 2개 이상 개당 500원', 'FIXED_WITH_QUANTITY', 500, 3000],
    ['주말 특가 20%', 'RATE', 20, 10000],
    ['감사 이벤트 3,000원 할인', 'PRICE', 3000, 3000],
  ];
  let cursor = monthStart(start, -2) + DAY;
  const lastEnd = day0 - 9 * DAY;
  expiredNames.forEach(([name, type, discount, max], i) => {
    const s = cursor;
    const e = Math.min(s + rng.int(3, 7) * DAY - MIN, lastEnd);
    if (e <= s) return;
    const pool = shuffled(rng, approved).slice(0, rng.int(2, 4));
    // Every other one was stopped through the expire API before its end date.
    addInstant(free, name, type, discount, max, s, e, pool, i % 2 === 1 ? { expiredAt: e - rng.int(1, 2) * DAY + rng.int(60, 600) * MIN } : {});
    cursor = e + MIN + rng.int(1, 3) * DAY;
  });

  // Live coupons hold distinct options.
  let taken = 0;
  const take = (n: number) => approved.slice(taken, (taken += n));
  addInstant(free, '봄맞이 전상품 10% 할인', 'RATE', 10, 5000, day0 - 5 * DAY, day0 + 21 * DAY - MIN, take(12));
  // Outside the calendar-year contract (first/last days of a year) these move to the free contract.
  const price = addInstant(year, '2,000원 즉시할인', 'PRICE', 2000, 2000, day0 - 2 * DAY, day0 + 13 * DAY - MIN, take(5));
  price.items[price.items.length - 1].removedAt = day0 - DAY + rng.int(9 * 60, 18 * 60) * MIN;
  addInstant(year, '묶음 구매 개당 500원 할인', 'FIXED_WITH_QUANTITY', 500, 5000, day0 + 3 * DAY, day0 + 11 * DAY - MIN, take(4));
  addInstant(promo, '월말 특가 15%', 'RATE', 15, 10000, day0 - 8 * DAY, promo.end - 59_000, take(3));
  const detached = addInstant(free, '신상품 5% 할인', 'RATE', 5, 2000, day0 - 3 * DAY, day0 + 30 * DAY - MIN, take(2));
  for (const item of detached.items) item.removedAt = day0 - DAY + rng.int(9 * 60, 18 * 60) * MIN;

  // Download coupons.
  let nextDownloadId = rng.int(15_000_000, 89_000_000);
  const download: DownloadCoupon[] = [];
  const addDownload = (contract: Contract, title: string, startAt: number, endAt: number, policies: DownloadCoupon['policies'], items: string[], deleted = false) => {
    const createdAt = Math.min(startAt, start) - rng.int(2, 5) * 3_600_000 - rng.int(0, 59) * MIN;
    const couponId = String(nextDownloadId);
    nextDownloadId += rng.int(1, 5_000);
    download.push({
      couponId, contractId: contract.contractId, title, startAt, endAt, userId: user,
      policies: policies.map((p, i) => ({ ...p, manageCode: manageCode(contract.contractId, vendor.vendorId, createdAt, i) })),
      createdAt, lastModifiedAt: createdAt, lastModifiedBy: user, publishedAt: deleted ? null : createdAt + 5 * MIN,
      vendorItemIds: deleted ? [] : items, expiredAt: null, deletedAt: deleted ? createdAt + 5 * MIN : null, usageAmount: 0,
    });
  };
  const dlPool = shuffled(rng, approved);
  const policy = (title: string, typeOfDiscount: 'RATE' | 'PRICE', minimumPrice: number, discount: number, maximumDiscountPrice: number) => ({
    title, typeOfDiscount, description: `${minimumPrice.toLocaleString('en-US')}원 이상 구매 시`, minimumPrice, discount, maximumDiscountPrice, maximumPerDaily: 1, manageCode: '',
  });
  addDownload(free, '신규 고객 감사 쿠폰', day0 - 4 * DAY + 10 * 3_600_000, day0 + 25 * DAY - MIN, [
    policy('1,000원 할인', 'PRICE', 10000, 1000, 1000),
    policy('3,000원 할인', 'PRICE', 30000, 3000, 3000),
  ], dlPool.slice(0, 6));
  const weekendStart = day0 + 2 * DAY;
  addDownload(fits(year, weekendStart, weekendStart + 7 * DAY) ? year : free, '주말 한정 5% 쿠폰', weekendStart, weekendStart + 7 * DAY - MIN, [policy('5% 할인', 'RATE', 10000, 5, 3000)], dlPool.slice(6, 9));
  addDownload(free, '테스트 쿠폰', day0 - 6 * DAY + 14 * 3_600_000, day0 + 10 * DAY, [policy('500원 할인', 'PRICE', 5000, 500, 500)], [], true);

  const state: CouponsState = {
    clock,
    vendorId: vendor.vendorId,
    usageSeed: rng.int(1, 2 ** 31 - 1),
    simulatedUntil: monthStart(start, -2),
    contracts,
    budgets,
    catalogue: options,
    instant: instant.sort((a, b) => Number(a.couponId) - Number(b.couponId)),
    instantRequests: [],
    download,
    downloadTransactions: [],
    usages: [],
    orders: [],
    used: {},
    events: [],
    next: { couponId: nextCouponId, couponItemId: nextItemId, downloadCouponId: nextDownloadId },
  };

  // Two months of customers, then the promotion contract's month budget is what they spent: used up.
  settle(state, start);
  const promoRow = budgets.find((b) => b.contractId === promo.contractId && b.month === monthOf(start))!;
  const spent = state.used[`${promo.contractId}|${monthOf(start)}`] ?? 0;
  promoRow.total = Math.floor(spent / 10) * 10;
  return state;
}
