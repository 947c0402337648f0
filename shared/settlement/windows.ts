// Splitting a seller's period into the windows an API accepts. Coupang limits date ranges per
// call (revenue history ≤ 31 days, inquiry lists ≤ 7 days): a longer period is several calls over
// consecutive, non-overlapping windows that together cover every day exactly once.
import { addKstDays, kstDaysBetween } from '../kst';

export interface DayWindow {
  /** yyyy-MM-dd, included. */
  from: string;
  /** yyyy-MM-dd, included. */
  to: string;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function isDay(value: string): boolean {
  if (!DAY.test(value)) return false;
  const [y, m, d] = value.split('-').map(Number);
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/** Days from `from` to `to`, both included (1 for a single day). */
export function dayCount(from: string, to: string): number {
  return kstDaysBetween(from, to) + 1;
}

/** Consecutive windows of at most `maxDays` calendar days (both ends included) covering from..to. */
export function splitDays(from: string, to: string, maxDays: number): DayWindow[] {
  if (!isDay(from) || !isDay(to)) throw new Error(`날짜 형식이 잘못되었습니다 (YYYY-MM-DD): ${from} ~ ${to}`);
  if (from > to) throw new Error(`시작일이 종료일보다 늦습니다: ${from} ~ ${to}`);
  if (!Number.isInteger(maxDays) || maxDays < 1) throw new Error(`maxDays must be a positive integer: ${maxDays}`);
  const out: DayWindow[] = [];
  let start = from;
  while (start <= to) {
    const end = addKstDays(start, maxDays - 1);
    const last = end < to ? end : to;
    out.push({ from: start, to: last });
    start = addKstDays(last, 1);
  }
  return out;
}

/** Every day from..to (both included). */
export function eachDay(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = from; d <= to; d = addKstDays(d, 1)) out.push(d);
  return out;
}

/** The months (YYYY-MM) that from..to touches, oldest first. */
export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  let [y, m] = from.slice(0, 7).split('-').map(Number);
  const end = to.slice(0, 7);
  for (;;) {
    const month = `${y}-${String(m).padStart(2, '0')}`;
    if (month > end) break;
    out.push(month);
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
  return out;
}
