// The one place KST (UTC+9, no DST) dates are computed and formatted. Coupang's v4 APIs speak
// local KST times without an offset; v5 speaks ISO-8601 with +09:00. Sellers think in KST days.
const KST_OFFSET_MS = 9 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

function kstParts(date: Date) {
  const k = new Date(date.getTime() + KST_OFFSET_MS);
  return { y: k.getUTCFullYear(), m: k.getUTCMonth() + 1, d: k.getUTCDate(), hh: k.getUTCHours(), mm: k.getUTCMinutes(), ss: k.getUTCSeconds() };
}

/** yyyy-MM-dd of the KST day containing `date`. */
export function kstDate(date: Date = new Date()): string {
  const p = kstParts(date);
  return `${p.y}-${pad(p.m)}-${pad(p.d)}`;
}

/** yyyy-MM-dd HH:mm:ss in KST (v4 style, no offset). */
export function kstDateTime(date: Date = new Date()): string {
  const p = kstParts(date);
  return `${kstDate(date)} ${pad(p.hh)}:${pad(p.mm)}:${pad(p.ss)}`;
}

/** ISO-8601 with the +09:00 offset (v5 style). */
export function kstIso(date: Date = new Date()): string {
  return `${kstDate(date)}T${kstDateTime(date).slice(11)}+09:00`;
}

/** Parses yyyy-MM-dd as the start of that KST day. */
export function parseKstDate(day: string): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) throw new Error(`날짜 형식이 잘못되었습니다 (YYYY-MM-DD): ${day}`);
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) - KST_OFFSET_MS);
}

export function addKstDays(day: string, days: number): string {
  return kstDate(new Date(parseKstDate(day).getTime() + days * DAY_MS));
}

/** Whole KST days from `from` to `to` (positive when `to` is later). */
export function kstDaysBetween(from: string, to: string): number {
  return Math.round((parseKstDate(to).getTime() - parseKstDate(from).getTime()) / DAY_MS);
}

/** Coupang OPEN API keys live 180 days from issue (transport.md §7). */
export const KEY_LIFETIME_DAYS = 180;
/** Wing enables the reissue button 14 days before expiry; we warn from then. */
export const KEY_WARN_DAYS = 14;

export function keyExpiry(issuedAt: string, today: string = kstDate()) {
  const expiresAt = addKstDays(issuedAt, KEY_LIFETIME_DAYS);
  const daysLeft = kstDaysBetween(today, expiresAt);
  return { expiresAt, daysLeft, warn: daysLeft <= KEY_WARN_DAYS, expired: daysLeft <= 0 };
}

/** An instant (ISO string) as `yyyy-MM-dd HH:mm:ss` KST, or null when it cannot be read. */
export function formatKstDateTime(iso: string): string | null {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? null : kstDateTime(d);
}

/** Key expiry for a form being typed: null while the issue date is not a valid yyyy-MM-dd. */
export function keyExpiryOrNull(issuedAt: string, today: string = kstDate()) {
  return /^\d{4}-\d{2}-\d{2}$/.test(issuedAt) && !Number.isNaN(parseKstDate(issuedAt).getTime()) ? keyExpiry(issuedAt, today) : null;
}
