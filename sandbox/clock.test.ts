import { describe, expect, it } from 'vitest';
import { formatKst, kstDate, kstIso, kstLocal, parseKstLocal, startOfKstDay, VirtualClock } from './clock';

function fakeReal(start = 0) {
  let t = start;
  return { now: () => t, tick: (ms: number) => { t += ms; } };
}

describe('VirtualClock', () => {
  it('runs at timeScale from the start time and adds manual advances', () => {
    const real = fakeReal(1000);
    const clock = new VirtualClock({ start: Date.UTC(2025, 0, 1), timeScale: 60 }, real.now);
    real.tick(1000);
    expect(clock.now()).toBe(Date.UTC(2025, 0, 1) + 60_000);
    clock.advance(3_600_000);
    expect(clock.now()).toBe(Date.UTC(2025, 0, 1, 1, 1));
  });

  it('keeps elapsed time when the scale changes, and resets to the start', () => {
    const real = fakeReal();
    const clock = new VirtualClock({ start: 0, timeScale: 2 }, real.now);
    real.tick(1000);
    clock.setTimeScale(10);
    real.tick(1000);
    expect(clock.now()).toBe(2000 + 10_000);
    clock.reset();
    expect([clock.now(), clock.timeScale, clock.startTime]).toEqual([0, 2, 0]);
    expect(() => clock.setTimeScale(-1)).toThrow(RangeError);
  });
});

describe('KST helpers', () => {
  // 2025-02-28 23:30 UTC is already 1 March 08:30 in Seoul (auth.md V13).
  const t = Date.UTC(2025, 1, 28, 23, 30, 5);
  it('formats in Korea time', () => {
    expect(kstIso(t)).toBe('2025-03-01T08:30:05+09:00');
    expect(kstLocal(t)).toBe('2025-03-01T08:30:05');
    expect(kstDate(t)).toBe('2025-03-01');
    expect(formatKst(t, 'yyyy/MM/dd HH:mm')).toBe('2025/03/01 08:30');
  });

  it('finds the start of the Korean day and parses local times', () => {
    expect(startOfKstDay(t)).toBe(Date.UTC(2025, 1, 28, 15, 0, 0));
    expect(parseKstLocal('2025-03-01T08:30:05')).toBe(t);
    expect(parseKstLocal('2025-03-01')).toBe(Date.UTC(2025, 1, 28, 15));
    expect(parseKstLocal('2025-02-30')).toBeNaN();
  });
});
