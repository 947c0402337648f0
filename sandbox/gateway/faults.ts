// Injected failures, so the client's retry and reconcile logic can be exercised: 5xx, latency,
// dropped connections, and the nasty one, a write that is applied while the gateway answers 504
// (transport.md §3: "writes that time out may have succeeded").
import { gatewayError } from './envelopes';
import type { Rng } from '../rng';
import type { Reply } from './reply';

export type FaultScope = 'reads' | 'writes' | 'all';

export interface FaultConfig {
  serverErrorRate: number;
  latencyMs: number;
  resetRate: number;
  timeoutAfterWriteRate: number;
  scope: FaultScope;
}

export const NO_FAULTS: FaultConfig = { serverErrorRate: 0, latencyMs: 0, resetRate: 0, timeoutAfterWriteRate: 0, scope: 'all' };

/** transport.md §3: the gateway's default response time is 3 s, raised per call with X-EXTENDED-TIMEOUT (ms). */
export const GATEWAY_TIMEOUT_MS = 3000;

/** Merges a partial admin payload into `current`; throws RangeError on bad values. */
export function mergeFaults(current: FaultConfig, input: Record<string, unknown>): FaultConfig {
  const next = { ...current };
  for (const name of ['serverErrorRate', 'resetRate', 'timeoutAfterWriteRate'] as const) {
    if (input[name] === undefined) continue;
    const v = input[name];
    if (typeof v !== 'number' || !(v >= 0 && v <= 1)) throw new RangeError(`${name} must be a number between 0 and 1`);
    next[name] = v;
  }
  if (input.latencyMs !== undefined) {
    const v = input.latencyMs;
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) throw new RangeError('latencyMs must be a number >= 0');
    next.latencyMs = v;
  }
  if (input.scope !== undefined) {
    if (input.scope !== 'reads' && input.scope !== 'writes' && input.scope !== 'all') throw new RangeError("scope must be 'reads', 'writes' or 'all'");
    next.scope = input.scope;
  }
  return next;
}

export function parseExtendedTimeout(header: string | string[] | undefined): number | undefined {
  const text = Array.isArray(header) ? header[0] : header;
  if (text === undefined || !/^\s*\d+\s*$/.test(text)) return undefined;
  const ms = Number(text);
  return ms > 0 ? ms : undefined;
}

export type FaultPlan =
  | { kind: 'reset' }
  | { kind: 'server-error'; status: 500 | 503 }
  /** Run the handler after `delayMs`; if `timeoutAfter`, keep its effects but answer 504. */
  | { kind: 'run'; delayMs: number; timeoutAfter: boolean };

const CLEAN: FaultPlan = { kind: 'run', delayMs: 0, timeoutAfter: false };

export function planFaults(config: FaultConfig, req: { isWrite: boolean; extendedTimeoutMs?: number }, rng: Rng): FaultPlan {
  const inScope = config.scope === 'all' || (config.scope === 'writes') === req.isWrite;
  if (!inScope) return CLEAN;
  if (config.resetRate > 0 && rng.next() < config.resetRate) return { kind: 'reset' };
  if (config.serverErrorRate > 0 && rng.next() < config.serverErrorRate) return { kind: 'server-error', status: rng.bool() ? 500 : 503 };
  const timeoutMs = req.extendedTimeoutMs ?? GATEWAY_TIMEOUT_MS;
  // The backend still finishes the work after the gateway gave up, so the handler runs; the
  // sandbox answers at once rather than making tests sit through the real 3 s.
  if (config.latencyMs > timeoutMs) return { kind: 'run', delayMs: 0, timeoutAfter: true };
  const timeoutAfter = config.timeoutAfterWriteRate > 0 && rng.next() < config.timeoutAfterWriteRate;
  return { kind: 'run', delayMs: config.latencyMs, timeoutAfter };
}

/** Statuses and texts per transport.md §5 (500 FAQ: "Internal Server Error"), gateway JSON shape. */
export function serverError(status: 500 | 503): Reply {
  return gatewayError(status, status === 500 ? 'Internal Server Error' : 'Service Unavailable');
}

/** transport.md §3 / 504 FAQ. */
export function gatewayTimeout(): Reply {
  return gatewayError(504, 'Gateway Timeout');
}
