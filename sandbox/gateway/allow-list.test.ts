import { describe, expect, it } from 'vitest';
import { AllowList, notAllowedIp } from './allow-list';
import { isLoopback, normalizeIp } from './ip';

describe('AllowList', () => {
  it('is open until a list is set, then admits only listed addresses (IPv4-mapped too)', () => {
    const list = new AllowList();
    expect(list.allows('A1', '10.0.0.1')).toBe(true);
    list.set('A1', ['127.0.0.2']);
    expect(list.allows('A1', '127.0.0.1')).toBe(false);
    expect(list.allows('A1', '::ffff:127.0.0.2')).toBe(true);
    expect(list.allows('B2', '127.0.0.1')).toBe(true);
    list.set('A1', null);
    expect(list.allows('A1', '127.0.0.1')).toBe(true);
  });

  it('takes at most 10 valid addresses', () => {
    const list = new AllowList();
    expect(() => list.set('A1', Array.from({ length: 11 }, (_, i) => `10.0.0.${i}`))).toThrow(RangeError);
    expect(() => list.set('A1', ['localhost'])).toThrow(RangeError);
  });

  it('answers 403 in the gateway shape', () => {
    expect(notAllowedIp()).toMatchObject({ status: 403, json: { code: 'ERROR', message: '[FORBIDDEN] Not allowed IP' } });
  });
});

describe('ip helpers', () => {
  it('normalises and recognises loopback', () => {
    expect(normalizeIp('::ffff:127.0.0.2')).toBe('127.0.0.2');
    expect([isLoopback('127.0.0.2'), isLoopback('::1'), isLoopback('::ffff:127.0.0.1'), isLoopback('192.168.0.2')]).toEqual([true, true, true, false]);
  });
});
