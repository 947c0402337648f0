import { describe, expect, it } from 'vitest';
import { createRng } from '../rng';
import { mergeFaults, NO_FAULTS, parseExtendedTimeout, planFaults } from './faults';

const rng = () => createRng(7);

describe('planFaults', () => {
  it('does nothing without faults', () => {
    expect(planFaults(NO_FAULTS, { isWrite: true }, rng())).toEqual({ kind: 'run', delayMs: 0, timeoutAfter: false });
  });

  it('respects the scope', () => {
    const cfg = mergeFaults(NO_FAULTS, { serverErrorRate: 1, scope: 'writes' });
    expect(planFaults(cfg, { isWrite: false }, rng()).kind).toBe('run');
    expect(planFaults(cfg, { isWrite: true }, rng()).kind).toBe('server-error');
    const reads = mergeFaults(NO_FAULTS, { resetRate: 1, scope: 'reads' });
    expect(planFaults(reads, { isWrite: true }, rng()).kind).toBe('run');
    expect(planFaults(reads, { isWrite: false }, rng()).kind).toBe('reset');
  });

  it('produces both 500 and 503 over many draws', () => {
    const cfg = mergeFaults(NO_FAULTS, { serverErrorRate: 1 });
    const r = rng();
    const statuses = new Set(Array.from({ length: 50 }, () => planFaults(cfg, { isWrite: false }, r)).map((p) => (p.kind === 'server-error' ? p.status : 0)));
    expect([...statuses].sort()).toEqual([500, 503]);
  });

  it('turns latency beyond the 3 s gateway timeout into a 504 unless X-EXTENDED-TIMEOUT covers it', () => {
    const cfg = mergeFaults(NO_FAULTS, { latencyMs: 5000 });
    expect(planFaults(cfg, { isWrite: false }, rng())).toEqual({ kind: 'run', delayMs: 0, timeoutAfter: true });
    expect(planFaults(cfg, { isWrite: false, extendedTimeoutMs: 90000 }, rng())).toEqual({ kind: 'run', delayMs: 5000, timeoutAfter: false });
    const small = mergeFaults(NO_FAULTS, { latencyMs: 50 });
    expect(planFaults(small, { isWrite: false }, rng())).toEqual({ kind: 'run', delayMs: 50, timeoutAfter: false });
  });

  it('applies timeoutAfterWriteRate after the handler', () => {
    const cfg = mergeFaults(NO_FAULTS, { timeoutAfterWriteRate: 1, scope: 'writes' });
    expect(planFaults(cfg, { isWrite: true }, rng())).toEqual({ kind: 'run', delayMs: 0, timeoutAfter: true });
  });
});

describe('mergeFaults / parseExtendedTimeout', () => {
  it('validates', () => {
    expect(() => mergeFaults(NO_FAULTS, { serverErrorRate: 2 })).toThrow(RangeError);
    expect(() => mergeFaults(NO_FAULTS, { latencyMs: -1 })).toThrow(RangeError);
    expect(() => mergeFaults(NO_FAULTS, { scope: 'some' })).toThrow(RangeError);
    expect(mergeFaults(NO_FAULTS, { latencyMs: 10 })).toEqual({ ...NO_FAULTS, latencyMs: 10 });
  });

  it('reads X-EXTENDED-TIMEOUT as positive milliseconds', () => {
    expect(parseExtendedTimeout('90000')).toBe(90000);
    expect(parseExtendedTimeout('abc')).toBeUndefined();
    expect(parseExtendedTimeout('0')).toBeUndefined();
    expect(parseExtendedTimeout(undefined)).toBeUndefined();
  });
});
