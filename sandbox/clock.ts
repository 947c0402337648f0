// The virtual clock drives domain time (order ages, deadlines, createDate...) so tests can jump
// ahead without waiting. Gateway concerns that a client's real clock takes part in (signature
// expiry, rate windows) deliberately use real time instead.

export interface ClockInfo {
  now: number;
  iso: string;
  kst: string;
  timeScale: number;
}

export class VirtualClock {
  private baseVirtual: number;
  private baseReal: number;
  private scale: number;
  private readonly initial: { start: number; scale: number };

  constructor(
    opts: { start?: number; timeScale?: number } = {},
    private readonly realNow: () => number = Date.now,
  ) {
    const start = opts.start ?? realNow();
    this.scale = opts.timeScale ?? 1;
    this.baseVirtual = start;
    this.baseReal = realNow();
    this.initial = { start, scale: this.scale };
  }

  now(): number {
    return this.baseVirtual + (this.realNow() - this.baseReal) * this.scale;
  }

  date(): Date {
    return new Date(this.now());
  }

  /** Virtual time the clock (re)started at: seeders anchor data here, not at now(), so equal seeds give identical data. */
  get startTime(): number {
    return this.initial.start;
  }

  get timeScale(): number {
    return this.scale;
  }

  /** Rebase first so time already elapsed keeps the old speed. */
  setTimeScale(scale: number): void {
    if (!Number.isFinite(scale) || scale < 0) throw new RangeError('timeScale must be a finite number >= 0');
    this.baseVirtual = this.now();
    this.baseReal = this.realNow();
    this.scale = scale;
  }

  advance(ms: number): void {
    if (!Number.isFinite(ms)) throw new RangeError('advance needs a finite number of ms');
    this.baseVirtual += ms;
  }

  reset(): void {
    this.baseVirtual = this.initial.start;
    this.baseReal = this.realNow();
    this.scale = this.initial.scale;
  }

  info(): ClockInfo {
    const now = this.now();
    return { now, iso: new Date(now).toISOString(), kst: kstIso(now), timeScale: this.scale };
  }
}

/** Korea has had no DST since 1988, so a fixed +9 h offset is exact for every date we simulate. */
export const KST_OFFSET_MS = 9 * 60 * 60 * 1000;

export interface KstParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

export function kstParts(ms: number): KstParts {
  const d = new Date(ms + KST_OFFSET_MS);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    millisecond: d.getUTCMilliseconds(),
  };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Tokens: yyyy yy MM dd HH mm ss SSS; everything else is copied, matching Coupang's Java-style patterns. */
export function formatKst(ms: number, pattern: string): string {
  const p = kstParts(ms);
  return pattern.replace(/yyyy|yy|MM|dd|HH|mm|ss|SSS/g, (token) => {
    switch (token) {
      case 'yyyy': return pad(p.year, 4);
      case 'yy': return pad(p.year % 100);
      case 'MM': return pad(p.month);
      case 'dd': return pad(p.day);
      case 'HH': return pad(p.hour);
      case 'mm': return pad(p.minute);
      case 'ss': return pad(p.second);
      default: return pad(p.millisecond, 3);
    }
  });
}

/** v5/v6 style: `2025-07-29T00:01:00+09:00`. */
export function kstIso(ms: number): string {
  return formatKst(ms, 'yyyy-MM-ddTHH:mm:ss') + '+09:00';
}

/** v4 style: local KST time without an offset, `2025-07-29T00:01:00`. */
export function kstLocal(ms: number): string {
  return formatKst(ms, 'yyyy-MM-ddTHH:mm:ss');
}

export function kstDate(ms: number): string {
  return formatKst(ms, 'yyyy-MM-dd');
}

export function startOfKstDay(ms: number): number {
  const shifted = ms + KST_OFFSET_MS;
  return shifted - (((shifted % 86_400_000) + 86_400_000) % 86_400_000) - KST_OFFSET_MS;
}

/** Parses `yyyy-MM-dd` or `yyyy-MM-ddTHH:mm[:ss]` without offset as KST wall time; NaN when malformed. */
export function parseKstLocal(text: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(text);
  if (!m) return NaN;
  const [, y, mo, d, h = '0', mi = '0', s = '0'] = m;
  const utc = Date.UTC(+y, +mo - 1, +d, +h, +mi, +s);
  const back = new Date(utc);
  if (back.getUTCMonth() !== +mo - 1 || back.getUTCDate() !== +d) return NaN;
  return utc - KST_OFFSET_MS;
}
