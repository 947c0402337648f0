import { describe, expect, it } from 'vitest';
import { fillDaily, periodIssue, presetPeriod, windowCount } from './model';

describe('settlement periods', () => {
  it('presets end today (KST days)', () => {
    expect(presetPeriod('last60', '2026-11-20')).toEqual({ from: '2026-09-22', to: '2026-11-20' });
    expect(presetPeriod('thisMonth', '2026-11-20')).toEqual({ from: '2026-11-01', to: '2026-11-20' });
    expect(presetPeriod('lastMonth', '2026-03-05')).toEqual({ from: '2026-02-01', to: '2026-02-28' });
  });

  it('knows how many 31-day windows a period needs', () => {
    expect(windowCount({ from: '2026-09-22', to: '2026-11-20' })).toBe(2);
    expect(windowCount({ from: '2026-10-01', to: '2026-10-31' })).toBe(1);
    expect(windowCount({ from: '2026-11-20', to: '2026-11-01' })).toBe(0);
    expect(periodIssue({ from: '2025-01-01', to: '2026-11-20' })).toBe('tooLong');
  });

  it('fills the days without revenue with zeros', () => {
    const filled = fillDaily([{ date: '2026-11-02', lines: 1, totalSale: 100, settlementAmount: 90 }], { from: '2026-11-01', to: '2026-11-03' });
    expect(filled.map((d) => [d.date, d.totalSale])).toEqual([
      ['2026-11-01', 0],
      ['2026-11-02', 100],
      ['2026-11-03', 0],
    ]);
  });
});
