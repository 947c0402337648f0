import { describe, expect, it } from 'vitest';
import { VirtualClock } from '../../clock';
import { createRng } from '../../rng';
import { downloadDiscount, instantDiscount, instantStatus, processingMs, settle } from './engine';
import { seedCoupons } from './seed';
import type { DownloadCoupon, InstantCoupon } from './types';

const coupon = (type: InstantCoupon['type'], discount: number, maxDiscountPrice: number): InstantCoupon => ({
  couponId: '1', contractId: '1', name: 'x', type, discount, maxDiscountPrice, startAt: 0, endAt: 1, wowExclusive: false, createdAt: 0, expiredAt: null, items: [],
});

describe('discounts', () => {
  it('RATE is capped by maxDiscountPrice, PRICE once per line, FIXED_WITH_QUANTITY per unit', () => {
    expect(instantDiscount(coupon('RATE', 10, 5000), 12_900, 2)).toBe(2580);
    expect(instantDiscount(coupon('RATE', 50, 5000), 12_900, 2)).toBe(5000);
    expect(instantDiscount(coupon('PRICE', 2000, 2000), 12_900, 3)).toBe(2000);
    expect(instantDiscount(coupon('PRICE', 2000, 2000), 1_500, 1)).toBe(1500);
    expect(instantDiscount(coupon('FIXED_WITH_QUANTITY', 500, 5000), 3_900, 3)).toBe(1500);
  });

  it('download coupons give the best policy the line reaches (rule 32)', () => {
    const policies = [
      { title: '', typeOfDiscount: 'PRICE' as const, description: '', minimumPrice: 10_000, discount: 1000, maximumDiscountPrice: -1, maximumPerDaily: 1, manageCode: '' },
      { title: '', typeOfDiscount: 'PRICE' as const, description: '', minimumPrice: 30_000, discount: 3000, maximumDiscountPrice: -1, maximumPerDaily: 1, manageCode: '' },
    ];
    const c = { policies } as DownloadCoupon;
    expect(downloadDiscount(c, 9_000, 1)).toBe(0);
    expect(downloadDiscount(c, 12_000, 1)).toBe(1000);
    expect(downloadDiscount(c, 12_000, 3)).toBe(3000);
  });

  it('requests take a few virtual seconds, one more per 1,000 options', () => {
    expect(processingMs()).toBe(5000);
    expect(processingMs(999)).toBe(5000);
    expect(processingMs(10_000)).toBe(15_000);
  });
});

describe('seed and settle', () => {
  const seedAt = (seed: number, start: string) => {
    const clock = new VirtualClock({ start: Date.parse(start), timeScale: 0 });
    return seedCoupons({ vendor: { role: 'demo', vendorId: 'A00012345', accessKey: 'k', secretKey: 's' }, rng: createRng(seed), clock, options: { seed } });
  };

  it('seeds the same world from the same seed, anchored at the start', () => {
    const a = seedAt(3, '2025-01-01T00:00:00Z');
    const b = seedAt(3, '2025-01-01T00:00:00Z');
    const strip = ({ clock: _clock, ...rest }: ReturnType<typeof seedAt>) => rest;
    expect(strip(a)).toEqual(strip(b));
    // The first days of a year: coupons that do not fit the calendar-year contract use the free one.
    for (const c of a.instant) {
      const contract = a.contracts.find((x) => x.contractId === c.contractId)!;
      expect(c.startAt >= contract.start && c.endAt <= contract.end).toBe(true);
    }
  });

  it('replays customer usage only forward and never twice', () => {
    const s = seedAt(5, '2025-06-10T03:00:00Z');
    const before = s.usages.length;
    settle(s, Date.parse('2025-06-10T03:00:00Z'));
    expect(s.usages.length).toBe(before);
    settle(s, Date.parse('2025-06-12T03:00:00Z'));
    const after = s.usages.length;
    settle(s, Date.parse('2025-06-12T03:00:00Z'));
    expect(s.usages.length).toBe(after);
    expect(s.usages.every((u, i) => i === 0 || u.at >= s.usages[i - 1].at - 3_600_000)).toBe(true);
    expect(s.instant.some((c) => instantStatus(s, c, Date.parse('2025-06-12T03:00:00Z')) === 'PAUSED')).toBe(true);
  });
});
