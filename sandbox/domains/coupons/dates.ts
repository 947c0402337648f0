// Coupon dates are KST wall times in `yyyy-MM-dd HH:mm:ss` (coupons.json). The FMS backend parses
// them with Joda-Time and returns its messages verbatim (rule 16), so the range check below walks
// the fields in Joda's order (largest first) and names them as Joda does.
import { formatKst, KST_OFFSET_MS, kstParts } from '../../clock';
import { COUPON_MESSAGES as M } from './messages';

export type ParsedDate = { ok: true; ms: number } | { ok: false; kind: 'pattern' | 'range'; message?: string };

const PATTERN = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Strict `yyyy-MM-dd HH:mm:ss` as KST. A range error carries Joda's text; a pattern error none (the caller names the field). */
export function parseCouponDate(text: unknown): ParsedDate {
  if (typeof text !== 'string') return { ok: false, kind: 'pattern' };
  const m = PATTERN.exec(text);
  if (!m) return { ok: false, kind: 'pattern' };
  const [year, month, day, hour, minute, second] = m.slice(1).map(Number);
  const checks: Array<[string, number, number, number]> = [
    ['monthOfYear', month, 1, 12],
    ['dayOfMonth', day, 1, month >= 1 && month <= 12 ? daysInMonth(year, month) : 31],
    ['hourOfDay', hour, 0, 23],
    ['minuteOfHour', minute, 0, 59],
    ['secondOfMinute', second, 0, 59],
  ];
  for (const [field, value, min, max] of checks) {
    if (value < min || value > max) return { ok: false, kind: 'range', message: M.cannotParse(text, field, value, min, max) };
  }
  return { ok: true, ms: Date.UTC(year, month - 1, day, hour, minute, second) - KST_OFFSET_MS };
}

export function formatCouponDate(ms: number): string {
  return formatKst(ms, 'yyyy-MM-dd HH:mm:ss');
}

/** `yyyy-MM` of a KST instant. */
export function monthOf(ms: number): string {
  return formatKst(ms, 'yyyy-MM');
}

/** Start of the KST month `offset` months after the month of `ms`. */
export function monthStart(ms: number, offset = 0): number {
  const p = kstParts(ms);
  return Date.UTC(p.year, p.month - 1 + offset, 1) - KST_OFFSET_MS;
}

/** Start of the KST year of `ms`, `offset` years later. */
export function yearStart(ms: number, offset = 0): number {
  return Date.UTC(kstParts(ms).year + offset, 0, 1) - KST_OFFSET_MS;
}

/** A valid `yyyy-MM`, or undefined. */
export function parseMonth(text: string): string | undefined {
  const m = /^(\d{4})-(\d{2})$/.exec(text);
  return m && Number(m[2]) >= 1 && Number(m[2]) <= 12 ? text : undefined;
}
