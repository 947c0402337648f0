// Coupang's CDN edge temporarily blocks callers that produce many errors per second and answers
// with its own HTML page, not the gateway's JSON (403 FAQ, transport.md §4). Clients must notice
// that page and stop, so the sandbox can reproduce it on demand. Off unless a threshold is set.
import { randomBytes } from 'node:crypto';
import type { Reply } from './reply';

export interface EdgeConfig {
  /** 4xx/5xx answers per sliding second that trigger the block; null = never. */
  errorsPerSecond: number | null;
  blockSeconds: number;
}

export const DEFAULT_EDGE_BLOCK_SECONDS = 60;
const WINDOW_MS = 1000;

export class EdgeBlocker {
  private config: EdgeConfig;
  private readonly errors = new Map<string, number[]>();
  private readonly blockedUntil = new Map<string, number>();

  constructor(config: EdgeConfig, private readonly now: () => number = Date.now) {
    this.config = validate(config);
  }

  get settings(): EdgeConfig {
    return { ...this.config };
  }

  configure(partial: Partial<EdgeConfig>): EdgeConfig {
    this.config = validate({ ...this.config, ...partial });
    this.clear();
    return this.settings;
  }

  clear(): void {
    this.errors.clear();
    this.blockedUntil.clear();
  }

  isBlocked(key: string): boolean {
    return (this.blockedUntil.get(key) ?? 0) > this.now();
  }

  record(key: string, status: number): void {
    const threshold = this.config.errorsPerSecond;
    if (threshold === null || status < 400) return;
    const now = this.now();
    const window = (this.errors.get(key) ?? []).filter((t) => t > now - WINDOW_MS);
    window.push(now);
    this.errors.set(key, window);
    if (window.length >= threshold) {
      this.blockedUntil.set(key, now + this.config.blockSeconds * 1000);
      this.errors.set(key, []);
    }
  }

  blocked(): Record<string, number> {
    const now = this.now();
    const out: Record<string, number> = {};
    for (const [key, until] of this.blockedUntil) if (until > now) out[key] = until;
    return out;
  }
}

function validate(config: EdgeConfig): EdgeConfig {
  const n = config.errorsPerSecond;
  if (n !== null && (!Number.isInteger(n) || n < 1)) throw new RangeError('edgeBlockErrorsPerSecond must be an integer >= 1 or null');
  if (!Number.isFinite(config.blockSeconds) || config.blockSeconds < 0) throw new RangeError('edgeBlockSeconds must be >= 0');
  return { errorsPerSecond: n, blockSeconds: config.blockSeconds };
}

/**
 * Reproduces the page quoted in the 403 FAQ byte for byte apart from the URL and the reference,
 * whose format is `18.<8 hex>.<unix seconds>.<8 hex>`.
 */
export function accessDeniedPage(url: string, nowMs = Date.now()): Reply {
  const reference = `18.${randomBytes(4).toString('hex')}.${Math.floor(nowMs / 1000)}.${randomBytes(4).toString('hex')}`;
  const text =
    '<HTML><HEAD>\n<TITLE>Access Denied</TITLE>\n</HEAD><BODY>\n<H1>Access Denied</H1>\n \n' +
    `You don't have permission to access "${url}" on this server.<P>\n` +
    `Reference #${reference}\n</BODY>\n</HTML>\n`;
  return { status: 403, text, contentType: 'text/html' };
}
