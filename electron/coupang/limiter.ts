// One request scheduler per vendorId for the whole process: Coupang counts calls per vendorId,
// not per window or per job, so every caller in this process must draw from the same budget.
import { realClock, type Clock } from './clock';
import type { Priority } from './types';

export const MAX_RATE_PER_SECOND = 10;
export const DEFAULT_RATE_PER_SECOND = 8;

export interface LimiterOptions {
  /** Requests per second (default 8, clamped to 0.1..10). */
  ratePerSecond?: number;
  /**
   * Extra milliseconds added to the one-second window. Arrival at Coupang jitters by a few ms, so
   * spacing sends by slightly more than 1000/rate keeps the gateway's own count under the limit.
   */
  guardMs?: number;
  /** First pause after a 429 (production 60 s); doubles while 429s persist. */
  backoffBaseMs?: number;
  /** Longest pause after repeated 429s (production 30 min). */
  backoffMaxMs?: number;
  /** How long the rate stays halved after an X-CAG-Warnings header. */
  slowdownMs?: number;
  /** How long the rate stays halved after a 429 pause ends or after a manual resume. */
  recoveryMs?: number;
  clock?: Clock;
}

export interface LimiterStats {
  requestsLastSecond: number;
  ratePerSecond: number;
  paused: boolean;
  pausedUntil: number | null;
  blocked: boolean;
  reasonKo: string | null;
  /** Calls waiting for a slot, user calls first. */
  queued: { user: number; bulk: number };
}

export interface AcquireOptions {
  priority?: Priority;
  signal?: AbortSignal;
  /** A call coming back after a 429 goes ahead of everything queued behind it. */
  front?: boolean;
}

/** Raised to waiters when the vendor is blocked; the client turns it into a CoupangApiError. */
export class VendorBlockedError extends Error {
  constructor(readonly reasonKo: string) {
    super(reasonKo);
    this.name = 'VendorBlockedError';
  }
}

interface Waiter {
  resolve: (sentAt: number) => void;
  reject: (e: unknown) => void;
  signal?: AbortSignal;
  onAbort?: () => void;
}

const STATS_WINDOW_MS = 1000;

function clampRate(r: number | undefined): number {
  if (r === undefined || !Number.isFinite(r) || r <= 0) return DEFAULT_RATE_PER_SECOND;
  return Math.min(MAX_RATE_PER_SECOND, Math.max(0.1, r));
}

export class VendorLimiter {
  private rate: number;
  private guardMs: number;
  private backoffBaseMs: number;
  private backoffMaxMs: number;
  private slowdownMs: number;
  private recoveryMs: number;
  private readonly clock: Clock;

  private readonly sent: number[] = [];
  /**
   * When the last send was due on the even spacing (not when it left). The next is due one spacing
   * after that, so a timer that fired late (a busy event loop) does not push every later send
   * back: the next one comes that much sooner. A send more than half a spacing late (after idle
   * time, or a long stall) starts the spacing again from its own time. The window rule in
   * nextSlot still bounds every (1000 + guard) ms.
   */
  private dueAt = -Infinity;
  private readonly user: Waiter[] = [];
  private readonly bulk: Waiter[] = [];
  private timer: unknown = null;
  private timerAt = Infinity;

  private pausedUntil = 0;
  private pauseStartedAt = -Infinity;
  private slowUntil = 0;
  private slowReasonKo: string | null = null;
  private strike = 0;
  private lastStrikeEnd = -Infinity;
  private blockedReasonKo: string | null = null;
  private readonly listeners = new Set<(s: LimiterStats) => void>();

  constructor(readonly vendorId: string, opts: LimiterOptions = {}) {
    this.clock = opts.clock ?? realClock;
    this.rate = clampRate(opts.ratePerSecond);
    this.guardMs = opts.guardMs ?? 25;
    this.backoffBaseMs = opts.backoffBaseMs ?? 60_000;
    this.backoffMaxMs = opts.backoffMaxMs ?? 30 * 60_000;
    this.slowdownMs = opts.slowdownMs ?? 60_000;
    this.recoveryMs = opts.recoveryMs ?? 5 * 60_000;
  }

  configure(opts: LimiterOptions): void {
    if (opts.ratePerSecond !== undefined) this.rate = clampRate(opts.ratePerSecond);
    if (opts.guardMs !== undefined) this.guardMs = opts.guardMs;
    if (opts.backoffBaseMs !== undefined) this.backoffBaseMs = opts.backoffBaseMs;
    if (opts.backoffMaxMs !== undefined) this.backoffMaxMs = opts.backoffMaxMs;
    if (opts.slowdownMs !== undefined) this.slowdownMs = opts.slowdownMs;
    if (opts.recoveryMs !== undefined) this.recoveryMs = opts.recoveryMs;
    this.pump();
  }

  /** Waits for a send slot; resolves with the send time, which is already counted. */
  acquire(opts: AcquireOptions = {}): Promise<number> {
    if (this.blockedReasonKo) return Promise.reject(new VendorBlockedError(this.blockedReasonKo));
    if (opts.signal?.aborted) return Promise.reject(opts.signal.reason);
    return new Promise<number>((resolve, reject) => {
      const waiter: Waiter = { resolve, reject, signal: opts.signal };
      const queue = opts.priority === 'bulk' ? this.bulk : this.user;
      if (opts.front) queue.unshift(waiter);
      else queue.push(waiter);
      if (opts.signal) {
        waiter.onAbort = () => {
          this.remove(waiter);
          reject(opts.signal!.reason);
          this.emit();
        };
        opts.signal.addEventListener('abort', waiter.onAbort, { once: true });
      }
      this.pump();
      this.emit();
    });
  }

  /** Coupang says the vendor is close to its throttle: halve the rate for a while. */
  noteWarning(): void {
    const now = this.clock.now();
    this.slowUntil = Math.max(this.slowUntil, now + this.slowdownMs);
    this.slowReasonKo = '쿠팡이 호출량 경고를 보내 요청 속도를 절반으로 줄였습니다.';
    this.emit();
  }

  /**
   * A 429 arrived for a request sent at `sentAt`. Pauses the whole vendor queue; answers to
   * requests that were already in flight when the pause began belong to the same episode and do
   * not lengthen it. Returns the pause end.
   */
  note429(sentAt: number = this.clock.now()): number {
    const now = this.clock.now();
    if (sentAt < this.pauseStartedAt || now < this.pausedUntil) return this.pausedUntil;
    this.strike = now - this.lastStrikeEnd > this.recoveryMs ? 1 : this.strike + 1;
    const pause = Math.min(this.backoffMaxMs, this.backoffBaseMs * 2 ** (this.strike - 1));
    this.pauseStartedAt = now;
    this.pausedUntil = now + pause;
    this.lastStrikeEnd = this.pausedUntil;
    this.slowUntil = Math.max(this.slowUntil, this.pausedUntil + this.recoveryMs);
    this.slowReasonKo = '쿠팡의 속도 제한(429) 뒤라 요청 속도를 절반으로 줄였습니다.';
    this.pump();
    this.emit();
    return this.pausedUntil;
  }

  /** The edge blocked us (403 Access Denied, 302): nothing more goes out until a human resumes. */
  block(reasonKo: string): void {
    this.blockedReasonKo = reasonKo;
    const err = new VendorBlockedError(reasonKo);
    for (const w of [...this.user.splice(0), ...this.bulk.splice(0)]) {
      if (w.signal && w.onAbort) w.signal.removeEventListener('abort', w.onAbort);
      w.reject(err);
    }
    this.clearTimer();
    this.emit();
  }

  /** Human decision after a block (or to end a pause early); starts again at half rate. */
  resume(): void {
    const now = this.clock.now();
    this.blockedReasonKo = null;
    this.pausedUntil = 0;
    this.slowUntil = Math.max(this.slowUntil, now + this.recoveryMs);
    this.slowReasonKo = '차단이 풀린 직후라 요청 속도를 절반으로 줄였습니다.';
    this.pump();
    this.emit();
  }

  get blocked(): boolean {
    return this.blockedReasonKo !== null;
  }

  currentRate(now = this.clock.now()): number {
    return now < this.slowUntil ? Math.max(0.1, this.rate / 2) : this.rate;
  }

  stats(): LimiterStats {
    const now = this.clock.now();
    const paused = now < this.pausedUntil;
    let reasonKo: string | null = null;
    if (this.blockedReasonKo) reasonKo = this.blockedReasonKo;
    else if (paused) reasonKo = '요청이 너무 많아 쿠팡이 잠시 제한했습니다(429). 잠시 후 자동으로 다시 시작합니다.';
    else if (now < this.slowUntil) reasonKo = this.slowReasonKo;
    return {
      requestsLastSecond: this.sent.filter((t) => t > now - STATS_WINDOW_MS).length,
      ratePerSecond: this.currentRate(now),
      paused,
      pausedUntil: paused ? this.pausedUntil : null,
      blocked: this.blocked,
      reasonKo,
      queued: { user: this.user.length, bulk: this.bulk.length },
    };
  }

  onChange(listener: (s: LimiterStats) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Send timestamps still inside the bookkeeping window (for tests and diagnostics). */
  recentSends(): readonly number[] {
    return this.sent;
  }

  private emit(): void {
    if (!this.listeners.size) return;
    const s = this.stats();
    for (const l of this.listeners) {
      try {
        l(s);
      } catch {}
    }
  }

  private remove(w: Waiter): void {
    for (const q of [this.user, this.bulk]) {
      const i = q.indexOf(w);
      if (i >= 0) q.splice(i, 1);
    }
  }

  private clearTimer(): void {
    if (this.timer !== null) this.clock.clearTimeout(this.timer);
    this.timer = null;
    this.timerAt = Infinity;
  }

  /** Earliest time the next request may leave without breaking the sliding-window guarantee. */
  private nextSlot(now: number): number {
    const rate = this.currentRate(now);
    const windowMs = 1000 + this.guardMs;
    const perWindow = Math.max(1, Math.floor(rate));
    const spacing = windowMs / rate;
    while (this.sent.length && this.sent[0] <= now - Math.max(windowMs, STATS_WINDOW_MS)) this.sent.shift();
    const inWindow = this.sent.filter((t) => t > now - windowMs);
    let at = Math.max(now, this.dueAt + spacing, this.pausedUntil);
    if (inWindow.length >= perWindow) at = Math.max(at, inWindow[inWindow.length - perWindow] + windowMs);
    return at;
  }

  private pump(): void {
    if (this.blockedReasonKo) return;
    for (;;) {
      if (!this.user.length && !this.bulk.length) {
        this.clearTimer();
        return;
      }
      const now = this.clock.now();
      const at = this.nextSlot(now);
      if (at > now) {
        if (this.timer !== null && this.timerAt <= at) return;
        this.clearTimer();
        this.timerAt = at;
        this.timer = this.clock.setTimeout(() => {
          this.timer = null;
          this.timerAt = Infinity;
          this.pump();
        }, at - now);
        return;
      }
      const w = this.user.shift() ?? this.bulk.shift()!;
      if (w.signal && w.onAbort) w.signal.removeEventListener('abort', w.onAbort);
      this.sent.push(now);
      const spacing = (1000 + this.guardMs) / this.currentRate(now);
      const due = this.dueAt + spacing;
      this.dueAt = now - due <= spacing / 2 ? due : now;
      w.resolve(now);
      this.emit();
    }
  }
}

// ---- process-wide registry --------------------------------------------------------------------

const registry = new Map<string, VendorLimiter>();

/** The single limiter for a vendorId; options given later reconfigure the same instance. */
export function getVendorLimiter(vendorId: string, opts?: LimiterOptions): VendorLimiter {
  let l = registry.get(vendorId);
  if (!l) {
    l = new VendorLimiter(vendorId, opts);
    registry.set(vendorId, l);
  } else if (opts) {
    l.configure(opts);
  }
  return l;
}

export function getLimiterStats(vendorId: string): LimiterStats {
  const l = registry.get(vendorId);
  if (l) return l.stats();
  return {
    requestsLastSecond: 0,
    ratePerSecond: DEFAULT_RATE_PER_SECOND,
    paused: false,
    pausedUntil: null,
    blocked: false,
    reasonKo: null,
    queued: { user: 0, bulk: 0 },
  };
}

export function resumeVendor(vendorId: string): void {
  registry.get(vendorId)?.resume();
}

/** Tests only: forget every limiter (pending waiters are blocked so nothing hangs). */
export function resetVendorLimiters(): void {
  for (const l of registry.values()) l.block('테스트 초기화');
  registry.clear();
}
