// Pure helpers of the settlement screen: period presets, the API windows a period needs, and the
// daily series with the days that had no revenue filled in (a chart must show the gaps).
import type { DailyRevenue } from '../../shared/ipc/settlement';
import { addKstDays } from '../../shared/kst';
import { REVENUE_MAX_DAYS, SETTLEMENT_MAX_PERIOD_DAYS } from '../../shared/settlement/rules';
import { dayCount, eachDay, isDay, splitDays } from '../../shared/settlement/windows';

export type Preset = 'last7' | 'last30' | 'last60' | 'last90' | 'thisMonth' | 'lastMonth';
export const PRESETS: Preset[] = ['last7', 'last30', 'last60', 'last90', 'thisMonth', 'lastMonth'];

export interface Period {
  from: string;
  to: string;
}

export function presetPeriod(preset: Preset, today: string): Period {
  switch (preset) {
    case 'last7':
      return { from: addKstDays(today, -6), to: today };
    case 'last30':
      return { from: addKstDays(today, -29), to: today };
    case 'last60':
      return { from: addKstDays(today, -59), to: today };
    case 'last90':
      return { from: addKstDays(today, -89), to: today };
    case 'thisMonth':
      return { from: `${today.slice(0, 7)}-01`, to: today };
    case 'lastMonth': {
      const first = `${today.slice(0, 7)}-01`;
      const last = addKstDays(first, -1);
      return { from: `${last.slice(0, 7)}-01`, to: last };
    }
  }
}

export type PeriodIssue = 'format' | 'order' | 'tooLong';

export function periodIssue(p: Period): PeriodIssue | null {
  if (!isDay(p.from) || !isDay(p.to)) return 'format';
  if (p.from > p.to) return 'order';
  if (dayCount(p.from, p.to) > SETTLEMENT_MAX_PERIOD_DAYS) return 'tooLong';
  return null;
}

/** How many revenue-history calls (windows of ≤ 31 days) the period needs before paging. */
export function windowCount(p: Period): number {
  return periodIssue(p) ? 0 : splitDays(p.from, p.to, REVENUE_MAX_DAYS).length;
}

/** One point per day of the period, zeros where nothing was recognized. */
export function fillDaily(daily: readonly DailyRevenue[], p: Period): DailyRevenue[] {
  if (periodIssue(p)) return [...daily];
  const byDate = new Map(daily.map((d) => [d.date, d]));
  return eachDay(p.from, p.to).map((date) => byDate.get(date) ?? { date, lines: 0, totalSale: 0, settlementAmount: 0 });
}
