// When a failed call may be sent again. Reads are repeated with jittered exponential backoff;
// writes never are, because a write that may have reached Coupang could be applied twice.
import type { CoupangErrorKind } from './types';

export interface RetryOptions {
  /** Tries per read, the first included (default 5). */
  maxAttempts?: number;
  /** First backoff (default 500 ms); doubles per try. */
  baseDelayMs?: number;
  /** Longest single backoff (default 8 s). */
  maxDelayMs?: number;
  /** How many times a call is re-queued after 429s before giving up (default 20). */
  max429Requeues?: number;
}

export interface RetryPolicy {
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  max429Requeues: number;
}

export function retryPolicy(opts: RetryOptions = {}): RetryPolicy {
  return {
    maxAttempts: Math.max(1, Math.floor(opts.maxAttempts ?? 5)),
    baseDelayMs: Math.max(0, opts.baseDelayMs ?? 500),
    maxDelayMs: Math.max(0, opts.maxDelayMs ?? 8_000),
    max429Requeues: Math.max(0, Math.floor(opts.max429Requeues ?? 20)),
  };
}

/** Statuses worth repeating for a read: every 5xx (504, 521 and 524 included). */
export function isRetryableReadStatus(status: number): boolean {
  return status >= 500 && status <= 599;
}

/** Error kinds after which a read may be repeated. */
export function isRetryableReadKind(kind: CoupangErrorKind): boolean {
  return kind === 'server' || kind === 'timeout' || kind === 'network';
}

/**
 * Delay before try `attempt + 1` (attempt counts from 1): exponential, capped, with jitter in
 * [50 %, 100 %] so many callers that failed together do not come back together.
 */
export function backoffDelay(attempt: number, policy: RetryPolicy, random: () => number = Math.random): number {
  const exp = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(exp * (0.5 + 0.5 * random()));
}

export type RetryDecision = { retry: true; delayMs: number } | { retry: false };

/** What to do after try `attempt` of a call failed with an error of `kind`. */
export function decideRetry(input: { isRead: boolean; kind: CoupangErrorKind; attempt: number; policy: RetryPolicy; random?: () => number }): RetryDecision {
  const { isRead, kind, attempt, policy } = input;
  if (!isRead) return { retry: false };
  if (!isRetryableReadKind(kind)) return { retry: false };
  if (attempt >= policy.maxAttempts) return { retry: false };
  return { retry: true, delayMs: backoffDelay(attempt, policy, input.random) };
}
