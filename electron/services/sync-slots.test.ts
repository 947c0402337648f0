import { describe, expect, it } from 'vitest';
import { syncSlots } from './sync-slots';

function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

describe('syncSlots', () => {
  it('a covered request joins the running sync; a wider one waits for it and runs its own', async () => {
    const slots = syncSlots<number, string>((running, asked) => running >= asked);
    const started: string[] = [];
    const gates = new Map<string, ReturnType<typeof deferred<string>>>();
    const start = (vendorId: string, days: number) => () => {
      started.push(`${vendorId}:${days}`);
      const d = deferred<string>();
      gates.set(`${vendorId}:${days}`, d);
      return d.promise;
    };
    const seven = slots.run('A1', 7, start('A1', 7));
    const joined = slots.run('A1', 3, start('A1', 3));
    const wider = slots.run('A1', 30, start('A1', 30));
    const otherVendor = slots.run('B2', 7, start('B2', 7));
    expect(started).toEqual(['A1:7', 'B2:7']); // 3 days joined A1's 7; 30 waits
    expect(slots.isRunning('A1')).toBe(true);
    gates.get('A1:7')!.resolve('7일');
    await expect(seven).resolves.toBe('7일');
    await expect(joined).resolves.toBe('7일');
    await expect.poll(() => started).toEqual(['A1:7', 'B2:7', 'A1:30']);
    gates.get('A1:30')!.resolve('30일');
    await expect(wider).resolves.toBe('30일');
    gates.get('B2:7')!.resolve('B2 7일');
    await expect(otherVendor).resolves.toBe('B2 7일');
    expect(slots.isRunning('A1')).toBe(false);
  });

  it('a failed sync frees the slot and the waiting request still runs', async () => {
    const slots = syncSlots<number, string>((running, asked) => running >= asked);
    const first = deferred<string>();
    const failing = slots.run('A1', 7, () => first.promise);
    const after = slots.run('A1', 30, async () => '30일');
    first.reject(new Error('쿠팡 응답 없음'));
    await expect(failing).rejects.toThrow('쿠팡 응답 없음');
    await expect(after).resolves.toBe('30일');
  });
});
