// Per-vendor throttle (transport.md §4): by default a vendorId calling more than 10 times per
// second gets 429 and stays blocked for a while. Real Coupang lifts the block "within minutes to
// tens of minutes"; the sandbox makes that a short, configurable `blockSeconds`.
import { gatewayError } from './envelopes';
import type { Reply } from './reply';

export interface RateConfig {
  /** Requests allowed per vendor in any sliding one-second window. */
  rate: number;
  blockSeconds: number;
}

/** Coupang's 429 FAQ: warnings (and even 429s) can start at about 90 % of a throttle. */
export const WARNING_RATIO = 0.9;
const WINDOW_MS = 1000;

export type RateDecision =
  | { allowed: true; used: number; warning?: string }
  | { allowed: false; used: number; blockedUntil: number; warning: string };

export class RateLimiter {
  private config: RateConfig;
  private readonly hits = new Map<string, number[]>();
  private readonly blockedUntil = new Map<string, number>();

  constructor(config: RateConfig, private readonly now: () => number = Date.now) {
    this.config = validate(config);
  }

  get settings(): RateConfig {
    return { ...this.config };
  }

  /** New limits start from a clean slate so a test does not inherit an earlier block. */
  configure(partial: Partial<RateConfig>): RateConfig {
    this.config = validate({ ...this.config, ...partial });
    this.clear();
    return this.settings;
  }

  clear(): void {
    this.hits.clear();
    this.blockedUntil.clear();
  }

  /**
   * Counts the request if it is let through. Rejected requests are not counted and do not extend
   * a running block: the block is a fixed penalty, the window only measures accepted traffic.
   */
  check(vendorId: string): RateDecision {
    const now = this.now();
    const window = this.prune(vendorId, now);
    const until = this.blockedUntil.get(vendorId) ?? 0;
    if (until > now) {
      return { allowed: false, used: window.length, blockedUntil: until, warning: this.warning(vendorId, window.length, until) };
    }
    if (window.length >= this.config.rate) {
      const blockedUntil = now + this.config.blockSeconds * 1000;
      this.blockedUntil.set(vendorId, blockedUntil);
      return { allowed: false, used: window.length, blockedUntil, warning: this.warning(vendorId, window.length, blockedUntil) };
    }
    window.push(now);
    const used = window.length;
    const warn = used >= Math.ceil(this.config.rate * WARNING_RATIO);
    return warn ? { allowed: true, used, warning: this.warning(vendorId, used) } : { allowed: true, used };
  }

  blocked(): Record<string, number> {
    const now = this.now();
    const out: Record<string, number> = {};
    for (const [vendorId, until] of this.blockedUntil) if (until > now) out[vendorId] = until;
    return out;
  }

  private prune(vendorId: string, now: number): number[] {
    const window = (this.hits.get(vendorId) ?? []).filter((t) => t > now - WINDOW_MS);
    this.hits.set(vendorId, window);
    return window;
  }

  /**
   * Coupang only says X-CAG-Warnings "carries the throttle values" (transport.md §2); the format
   * is undocumented. Ours is a `;`-separated list of key=value pairs:
   * `rate-limit; vendorId=A00012345; limit=10; window=1s; used=9; remaining=1[; blocked-until=<ISO>]`.
   */
  private warning(vendorId: string, used: number, blockedUntil?: number): string {
    const parts = [
      'rate-limit',
      `vendorId=${vendorId}`,
      `limit=${this.config.rate}`,
      'window=1s',
      `used=${used}`,
      `remaining=${Math.max(0, this.config.rate - used)}`,
    ];
    if (blockedUntil !== undefined) parts.push(`blocked-until=${new Date(blockedUntil).toISOString()}`);
    return parts.join('; ');
  }
}

function validate(config: RateConfig): RateConfig {
  if (!Number.isInteger(config.rate) || config.rate < 1) throw new RangeError('rate must be an integer >= 1');
  if (!Number.isFinite(config.blockSeconds) || config.blockSeconds < 0) throw new RangeError('blockSeconds must be >= 0');
  return { rate: config.rate, blockSeconds: config.blockSeconds };
}

export const RATE_WARNING_HEADER = 'X-CAG-Warnings';

/** transport.md §4: "429 Too Many Requests", in the gateway's JSON error shape. */
export function tooManyRequests(decision: Extract<RateDecision, { allowed: false }>): Reply {
  const reply = gatewayError(429, 'Too Many Requests');
  return { ...reply, headers: { [RATE_WARNING_HEADER]: decision.warning } };
}
