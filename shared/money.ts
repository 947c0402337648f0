// The one money helper. v4 paths send plain numbers of won; v5/v6 send {currencyCode, units, nanos}.
export interface CoupangMoney {
  currencyCode?: string;
  units: number | string;
  nanos?: number;
}

/** Whole won from either shape; nanos are dropped because KRW has no minor unit. */
export function toWon(value: number | string | CoupangMoney | null | undefined): number {
  if (value === null || value === undefined || value === '') return 0;
  if (typeof value === 'object') return Number(value.units) || 0;
  const n = Number(value);
  return Number.isFinite(n) ? n : 0;
}

const formatter = new Intl.NumberFormat('ko-KR');

/** 12,345원 */
export function formatWon(value: number | string | CoupangMoney | null | undefined): string {
  return `${formatter.format(toWon(value))}원`;
}

/** Coupang sale prices move in 10-won steps. */
export function isTenWonStep(won: number): boolean {
  return Number.isInteger(won) && won % 10 === 0;
}
