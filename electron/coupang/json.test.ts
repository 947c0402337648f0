import { describe, expect, it } from 'vitest';
import { coerceNumericPaths, isIdKey, jsonNumber, parseJson, stringifyJson, tryParseJson } from './json';

describe('lossless JSON', () => {
  it('keeps an 18-digit shipmentBoxId and a 21-digit requestedId exact, as strings', () => {
    const text = '{"data":{"shipmentBoxId":642538971006401429,"requestedId":123543582159745830895}}';
    const v = parseJson(text) as { data: { shipmentBoxId: string; requestedId: string } };
    expect(v.data.shipmentBoxId).toBe('642538971006401429');
    expect(v.data.requestedId).toBe('123543582159745830895');
    // and back out unquoted, without ever being a double
    const out = stringifyJson({
      shipmentBoxId: jsonNumber(v.data.shipmentBoxId),
      requestedId: jsonNumber(v.data.requestedId),
    });
    expect(out).toBe('{"shipmentBoxId":642538971006401429,"requestedId":123543582159745830895}');
    expect(parseJson(out)).toEqual(v.data);
  });

  it('makes any long integer a string but keeps small numbers and decimals numeric', () => {
    const v = parseJson('{"a":1234567890123456,"b":123456789012345,"c":-42,"d":1.5,"e":[9007199254740993]}');
    expect(v).toEqual({ a: '1234567890123456', b: 123456789012345, c: -42, d: 1.5, e: ['9007199254740993'] });
  });

  it('types every ID as a string whatever its length, including array elements', () => {
    const v = parseJson('{"orderId":2000000000123,"vendorItemIds":[3000001897,3000001898],"outboundShippingPlaceCode":84,"code":200}');
    expect(v).toEqual({ orderId: '2000000000123', vendorItemIds: ['3000001897', '3000001898'], outboundShippingPlaceCode: '84', code: 200 });
  });

  it('ID strings the caller passes stay strings unless the body path wants a number', () => {
    const body = { couponItems: [{ couponId: '15350660', userId: 'testaccount1', vendorItemIds: ['2306264997', 4802314648] }], name: '12' };
    const coerced = coerceNumericPaths(body, ['couponItems[].couponId', 'couponItems[].vendorItemIds[]']);
    expect(stringifyJson(coerced)).toBe(
      '{"couponItems":[{"couponId":15350660,"userId":"testaccount1","vendorItemIds":[2306264997,4802314648]}],"name":"12"}',
    );
    expect(stringifyJson(body)).toContain('"couponId":"15350660"');
    expect(stringifyJson(coerceNumericPaths([{ shipmentBoxId: '642538971006401429' }], ['[].shipmentBoxId']))).toBe(
      '[{"shipmentBoxId":642538971006401429}]',
    );
  });

  it('leaves non-digit strings alone even at numeric paths', () => {
    expect(stringifyJson(coerceNumericPaths({ contractId: 'abc' }, ['contractId']))).toBe('{"contractId":"abc"}');
  });

  it('tryParseJson returns undefined for HTML and empty bodies', () => {
    expect(tryParseJson('<HTML><HEAD><TITLE>Access Denied</TITLE>')).toBeUndefined();
    expect(tryParseJson('')).toBeUndefined();
    expect(tryParseJson('{"a":1}')).toEqual({ a: 1 });
  });

  it('recognises ID keys', () => {
    for (const k of ['id', 'orderId', 'shipmentBoxIds', 'displayCategoryCode']) expect(isIdKey(k)).toBe(true);
    for (const k of ['code', 'responseCode', 'salePrice', 'Idle']) expect(isIdKey(k)).toBe(false);
  });
});
