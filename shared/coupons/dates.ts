// Coupon times are KST wall times written `yyyy-MM-dd HH:mm:ss` (rule 15/16). Built on shared/kst,
// the one place KST days are computed.
import { addKstDays, kstDate, kstDateTime, parseKstDate } from '../kst';

export const COUPON_DATETIME_PATTERN = 'yyyy-MM-dd HH:mm:ss';
const SHAPE = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/;
const HOUR_MS = 60 * 60 * 1000;

export type ParsedCouponTime =
  | { ok: true; ms: number }
  /** pattern: not `yyyy-MM-dd HH:mm:ss`; range: a field outside its calendar range (text says which, like Coupang's parser). */
  | { ok: false; problem: 'pattern' | 'range'; detailKo: string };

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Reads `yyyy-MM-dd HH:mm:ss` as KST. Out-of-range fields are reported the way Coupang's parser does (rule 16). */
export function parseCouponTime(text: string): ParsedCouponTime {
  const m = SHAPE.exec(text);
  if (!m) return { ok: false, problem: 'pattern', detailKo: `형식이 ${COUPON_DATETIME_PATTERN}이 아닙니다` };
  const [y, mo, d, h, mi, s] = m.slice(1).map(Number);
  const range = (name: string, v: number, lo: number, hi: number) =>
    ({ ok: false, problem: 'range', detailKo: `Cannot parse "${text}": Value ${v} for ${name} must be in the range [${lo},${hi}]` }) as const;
  if (mo < 1 || mo > 12) return range('monthOfYear', mo, 1, 12);
  if (d < 1 || d > 31) return range('dayOfMonth', d, 1, 31);
  if (d > daysInMonth(y, mo)) return range('dayOfMonth', d, 1, daysInMonth(y, mo));
  if (h > 23) return range('hourOfDay', h, 0, 23);
  if (mi > 59) return range('minuteOfHour', mi, 0, 59);
  if (s > 59) return range('secondOfMinute', s, 0, 59);
  const day = `${m[1]}-${m[2]}-${m[3]}`;
  return { ok: true, ms: parseKstDate(day).getTime() + ((h * 60 + mi) * 60 + s) * 1000 };
}

/** `yyyy-MM-dd HH:mm:ss` in KST. */
export function formatCouponTime(at: Date | number): string {
  return kstDateTime(typeof at === 'number' ? new Date(at) : at);
}

/** 00:00:00 KST of the day after `now` (rule 17: the earliest documented start of an instant coupon). */
export function nextKstMidnight(now: Date = new Date()): Date {
  return parseKstDate(addKstDays(kstDate(now), 1));
}

/** 23:59:59 KST of the day `days` after the KST day of `from`. */
export function kstEndOfDay(from: Date, days = 0): Date {
  return new Date(parseKstDate(addKstDays(kstDate(from), days + 1)).getTime() - 1000);
}

/** The next whole KST hour at least `leadMs` after `now` (rule 38: download start ≥ creation + 1 h). */
export function nextWholeHourAfter(now: Date, leadMs: number = HOUR_MS): Date {
  const t = now.getTime() + leadMs;
  return new Date(Math.ceil(t / HOUR_MS) * HOUR_MS);
}

/** yyyy-MM of the KST month containing `now`. */
export function kstMonth(now: Date = new Date()): string {
  return kstDate(now).slice(0, 7);
}

/** yyyy-MM of the month after `month` (yyyy-MM). */
export function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

/** Dec 31 00:00:00 KST of the year of `ms` (rule 18, 2019 docs). */
export function yearEndLimit(ms: number): number {
  const year = kstDate(new Date(ms)).slice(0, 4);
  return parseKstDate(`${year}-12-31`).getTime();
}
