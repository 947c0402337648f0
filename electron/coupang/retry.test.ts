import { describe, expect, it } from 'vitest';
import { backoffDelay, decideRetry, isRetryableReadStatus, retryPolicy } from './retry';

describe('retry policy', () => {
  const policy = retryPolicy({ maxAttempts: 5, baseDelayMs: 100, maxDelayMs: 1000 });

  it('backs off exponentially with jitter and a cap', () => {
    expect(backoffDelay(1, policy, () => 1)).toBe(100);
    expect(backoffDelay(2, policy, () => 1)).toBe(200);
    expect(backoffDelay(3, policy, () => 0)).toBe(200);
    expect(backoffDelay(10, policy, () => 1)).toBe(1000);
  });

  it('retries reads on server, timeout and network errors up to the bound', () => {
    for (const kind of ['server', 'timeout', 'network'] as const) {
      expect(decideRetry({ isRead: true, kind, attempt: 1, policy }).retry).toBe(true);
      expect(decideRetry({ isRead: true, kind, attempt: 5, policy }).retry).toBe(false);
    }
  });

  it('never retries writes, and never retries auth, bad requests or blocks', () => {
    for (const kind of ['server', 'timeout', 'network', 'unknown-outcome'] as const) {
      expect(decideRetry({ isRead: false, kind, attempt: 1, policy }).retry).toBe(false);
    }
    for (const kind of ['auth', 'bad-request', 'blocked', 'ip-not-allowed', 'not-found', 'tls'] as const) {
      expect(decideRetry({ isRead: true, kind, attempt: 1, policy }).retry).toBe(false);
    }
  });

  it('treats every 5xx as retryable for reads', () => {
    for (const s of [500, 502, 503, 504, 521, 524]) expect(isRetryableReadStatus(s)).toBe(true);
    for (const s of [400, 401, 403, 404, 429]) expect(isRetryableReadStatus(s)).toBe(false);
  });
});
