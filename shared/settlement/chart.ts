// Scales for the daily revenue chart (plain SVG in the renderer): a "nice" upper bound and
// evenly spaced ticks, so the axis reads 0 / 50만 / 100만 rather than 0 / 47,312 / 94,624.

/** The smallest 1-2-2.5-5 × 10^n that is ≥ value (1 for 0 or less). */
export function niceCeiling(value: number): number {
  if (!(value > 0)) return 1;
  const exp = Math.floor(Math.log10(value));
  const base = 10 ** exp;
  for (const step of [1, 2, 2.5, 5, 10]) if (step * base >= value) return step * base;
  return 10 * base;
}

export function ticks(max: number, count = 4): number[] {
  const top = niceCeiling(max);
  return Array.from({ length: count + 1 }, (_, i) => (top * i) / count);
}

/** 1,234,000 → '123만', 250,000,000 → '2.5억': short Korean axis labels. */
export function shortWon(value: number): string {
  const abs = Math.abs(value);
  const sign = value < 0 ? '-' : '';
  const trim = (n: number) => String(Math.round(n * 10) / 10);
  if (abs >= 100_000_000) return `${sign}${trim(abs / 100_000_000)}억`;
  if (abs >= 10_000) return `${sign}${trim(abs / 10_000)}만`;
  return `${sign}${abs.toLocaleString('ko-KR')}`;
}
