import { describe, expect, it } from 'vitest';
import { booleanValue, idText, LosslessNumber, num, numberValue, parseJson, stringifyJson } from './json';

describe('lossless JSON', () => {
  it('emits string IDs as bare digits without precision loss', () => {
    expect(stringifyJson({ shipmentBoxId: num('123456789012345678'), requestedId: num('123543582159745830895'), n: 5 })).toBe(
      '{"shipmentBoxId":123456789012345678,"requestedId":123543582159745830895,"n":5}',
    );
    expect(() => num('12a')).toThrow(TypeError);
  });

  it('parses small numbers as numbers and big ones losslessly', () => {
    const v = parseJson('{"a":5,"b":1.5,"id":123456789012345678}') as Record<string, unknown>;
    expect(v.a).toBe(5);
    expect(v.b).toBe(1.5);
    expect(v.id).toBeInstanceOf(LosslessNumber);
    expect(idText(v.id)).toBe('123456789012345678');
  });

  it('reads IDs, numbers and booleans whatever form Coupang-style clients send', () => {
    expect([idText(42), idText(' 42 '), idText('4a'), idText(1.5)]).toEqual(['42', '42', undefined, undefined]);
    expect([numberValue('5000'), numberValue(5000), numberValue(''), numberValue('x')]).toEqual([5000, 5000, undefined, undefined]);
    expect([booleanValue('false'), booleanValue(true), booleanValue('no')]).toEqual([false, true, undefined]);
  });
});
