import { describe, expect, it } from 'vitest';
import { RateLimiter, tooManyRequests } from './rate-limit';

function fakeTime(start = 1_000_000) {
  let t = start;
  return { now: () => t, tick: (ms: number) => { t += ms; } };
}

describe('RateLimiter', () => {
  it('lets `rate` requests through per sliding second and rejects the next', () => {
    const time = fakeTime();
    const rl = new RateLimiter({ rate: 10, blockSeconds: 5 }, time.now);
    for (let i = 1; i <= 10; i++) {
      expect(rl.check('A1')).toMatchObject({ allowed: true, used: i });
      time.tick(10);
    }
    expect(rl.check('A1').allowed).toBe(false);
  });

  it('warns from 90 % of the limit', () => {
    const rl = new RateLimiter({ rate: 10, blockSeconds: 5 }, fakeTime().now);
    const warnings = Array.from({ length: 10 }, () => rl.check('A1')).map((d) => d.warning);
    expect(warnings.slice(0, 8).every((w) => w === undefined)).toBe(true);
    expect(warnings[8]).toBe('rate-limit; vendorId=A1; limit=10; window=1s; used=9; remaining=1');
    expect(warnings[9]).toContain('used=10; remaining=0');
  });

  it('keeps the vendor blocked for blockSeconds, then lets it in again', () => {
    const time = fakeTime();
    const rl = new RateLimiter({ rate: 2, blockSeconds: 5 }, time.now);
    rl.check('A1');
    rl.check('A1');
    expect(rl.check('A1')).toMatchObject({ allowed: false, blockedUntil: 1_000_000 + 5000 });
    time.tick(1500);
    expect(rl.check('A1').allowed).toBe(false);
    time.tick(3499);
    expect(rl.check('A1').allowed).toBe(false);
    time.tick(1);
    expect(rl.check('A1')).toMatchObject({ allowed: true, used: 1 });
  });

  it('slides: requests older than one second stop counting', () => {
    const time = fakeTime();
    const rl = new RateLimiter({ rate: 2, blockSeconds: 0 }, time.now);
    rl.check('A1');
    time.tick(600);
    rl.check('A1');
    time.tick(401);
    expect(rl.check('A1')).toMatchObject({ allowed: true, used: 2 });
  });

  it('counts vendors separately and resets on reconfiguration', () => {
    const rl = new RateLimiter({ rate: 1, blockSeconds: 60 }, fakeTime().now);
    rl.check('A1');
    expect(rl.check('A1').allowed).toBe(false);
    expect(rl.check('B2').allowed).toBe(true);
    expect(Object.keys(rl.blocked())).toEqual(['A1']);
    rl.configure({ rate: 5 });
    expect(rl.blocked()).toEqual({});
    expect(rl.check('A1').allowed).toBe(true);
  });

  it('rejects nonsense configuration', () => {
    expect(() => new RateLimiter({ rate: 0, blockSeconds: 1 })).toThrow(RangeError);
    expect(() => new RateLimiter({ rate: 1, blockSeconds: -1 })).toThrow(RangeError);
  });

  it('answers 429 in the gateway shape with the warning header', () => {
    const rl = new RateLimiter({ rate: 1, blockSeconds: 1 }, fakeTime().now);
    rl.check('A1');
    const decision = rl.check('A1');
    if (decision.allowed) throw new Error('expected a block');
    const reply = tooManyRequests(decision);
    expect(reply.status).toBe(429);
    expect(reply.json).toMatchObject({ code: 'ERROR', message: 'Too Many Requests' });
    expect(reply.headers?.['X-CAG-Warnings']).toContain('blocked-until=');
  });
});
