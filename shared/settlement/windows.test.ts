import { describe, expect, it } from 'vitest';
import { niceCeiling, shortWon, ticks } from './chart';
import { dayCount, eachDay, isDay, monthsBetween, splitDays } from './windows';

describe('splitDays', () => {
  it('splits 60 days into a 31-day and a 29-day window that cover every day once', () => {
    const w = splitDays('2026-09-22', '2026-11-20', 31);
    expect(w).toEqual([
      { from: '2026-09-22', to: '2026-10-22' },
      { from: '2026-10-23', to: '2026-11-20' },
    ]);
    expect(w.reduce((n, x) => n + dayCount(x.from, x.to), 0)).toBe(60);
  });

  it('keeps a period of exactly the limit in one window, and single days', () => {
    expect(splitDays('2026-10-01', '2026-10-31', 31)).toEqual([{ from: '2026-10-01', to: '2026-10-31' }]);
    expect(splitDays('2026-10-01', '2026-10-01', 7)).toEqual([{ from: '2026-10-01', to: '2026-10-01' }]);
    expect(splitDays('2026-02-20', '2026-03-10', 7).map((x) => x.from)).toEqual(['2026-02-20', '2026-02-27', '2026-03-06']);
  });

  it('refuses reversed or malformed periods', () => {
    expect(() => splitDays('2026-10-02', '2026-10-01', 7)).toThrow();
    expect(() => splitDays('2026-02-30', '2026-03-01', 7)).toThrow();
    expect(isDay('2026-02-29')).toBe(false);
    expect(isDay('2028-02-29')).toBe(true);
  });

  it('lists days and months', () => {
    expect(eachDay('2026-12-30', '2027-01-02')).toEqual(['2026-12-30', '2026-12-31', '2027-01-01', '2027-01-02']);
    expect(monthsBetween('2026-11-15', '2027-02-01')).toEqual(['2026-11', '2026-12', '2027-01', '2027-02']);
  });
});

describe('chart scales', () => {
  it('rounds the axis up to 1-2-2.5-5 steps and labels in 만/억', () => {
    expect(niceCeiling(47_312)).toBe(50_000);
    expect(niceCeiling(210_000)).toBe(250_000);
    expect(niceCeiling(0)).toBe(1);
    expect(ticks(380_000)).toEqual([0, 125_000, 250_000, 375_000, 500_000]);
    expect(shortWon(1_250_000)).toBe('125만');
    expect(shortWon(250_000_000)).toBe('2.5억');
    expect(shortWon(9_000)).toBe('9,000');
  });
});
