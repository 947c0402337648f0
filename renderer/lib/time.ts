// Coupang's dates (order times, key issue dates, settlement days) are Korean dates, so the app
// shows KST regardless of the computer's time zone.
const KST = 'Asia/Seoul';

const dateParts = new Intl.DateTimeFormat('en-CA', { timeZone: KST, year: 'numeric', month: '2-digit', day: '2-digit' });
const dateTimeParts = new Intl.DateTimeFormat('en-CA', {
  timeZone: KST,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

function pick(parts: Intl.DateTimeFormatPart[], type: Intl.DateTimeFormatPartTypes): string {
  return parts.find((p) => p.type === type)?.value ?? '';
}

/** Today's date in Korea as yyyy-MM-dd. */
export function todayKst(now: Date = new Date()): string {
  const p = dateParts.formatToParts(now);
  return `${pick(p, 'year')}-${pick(p, 'month')}-${pick(p, 'day')}`;
}

/** An instant as `yyyy-MM-dd HH:mm:ss` in KST, or null when it cannot be read. */
export function formatKstDateTime(iso: string): string | null {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return null;
  const p = dateTimeParts.formatToParts(d);
  return `${pick(p, 'year')}-${pick(p, 'month')}-${pick(p, 'day')} ${pick(p, 'hour')}:${pick(p, 'minute')}:${pick(p, 'second')}`;
}

const DAY_MS = 86_400_000;

function utcDay(ymd: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(ymd);
  if (!m) return null;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isNaN(t) ? null : t;
}

/** Calendar arithmetic on yyyy-MM-dd strings, done in UTC so DST never shifts a day. */
export function addDays(ymd: string, days: number): string | null {
  const t = utcDay(ymd);
  if (t === null) return null;
  return new Date(t + days * DAY_MS).toISOString().slice(0, 10);
}

export function daysBetween(fromYmd: string, toYmd: string): number | null {
  const a = utcDay(fromYmd);
  const b = utcDay(toYmd);
  if (a === null || b === null) return null;
  return Math.round((b - a) / DAY_MS);
}

/** Coupang Open API keys are valid for 180 days from issue. */
export const KEY_VALIDITY_DAYS = 180;
/** From this many days before expiry the app warns, so a seller has time to reissue in Wing. */
export const KEY_WARNING_DAYS = 14;
