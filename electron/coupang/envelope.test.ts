import { describe, expect, it } from 'vitest';
import { readEnvelope } from './envelope';

describe('envelope reader', () => {
  it('openapi with numeric and string code, nextToken on top', () => {
    const e = readEnvelope('{"code":200,"message":"OK","data":[{"shipmentBoxId":642538971006401429}],"nextToken":"abc"}');
    expect(e).toMatchObject({ family: 'openapi', success: true, code: 200, message: 'OK', nextToken: 'abc' });
    expect(e.data).toEqual([{ shipmentBoxId: '642538971006401429' }]);
    expect(readEnvelope('{"code":"200","message":"OK","data":{"x":1}}')).toMatchObject({ success: true, code: '200' });
    expect(readEnvelope('{"code":206,"message":"PARTIAL_CONTENT","data":{}}').success).toBe(true);
    expect(readEnvelope('{"code":400,"message":"bad"}')).toMatchObject({ success: false, message: 'bad' });
  });

  it('seller_api SUCCESS with nextToken', () => {
    const e = readEnvelope('{"code":"SUCCESS","message":"","nextToken":"2","data":[1]}');
    expect(e).toMatchObject({ family: 'seller_api', success: true, code: 'SUCCESS', nextToken: '2', data: [1] });
  });

  it('FMS success and data.success:false', () => {
    const ok = readEnvelope(
      '{"code":200,"message":"OK","httpStatus":200,"httpStatusMessage":"OK","errorMessage":"","data":{"success":true,"content":{"requestedId":123543582159745830895,"success":true},"pagination":null}}',
    );
    expect(ok).toMatchObject({ family: 'fms', success: true });
    expect((ok.data as any).content.requestedId).toBe('123543582159745830895');
    const bad = readEnvelope(
      '{"code":200,"message":"OK","httpStatus":200,"httpStatusMessage":"OK","errorMessage":"다른 요청이 진행중입니다","data":{"success":false,"content":null,"pagination":null}}',
    );
    expect(bad).toMatchObject({ family: 'fms', success: false, message: '다른 요청이 진행중입니다' });
    const err = readEnvelope('{"code":400,"message":"Bad Request","httpStatus":400,"httpStatusMessage":"BAD_REQUEST","errorMessage":"startAt 패턴을 확인하세요.","data":null}');
    expect(err).toMatchObject({ success: false, message: 'startAt 패턴을 확인하세요.' });
  });

  it('marketplace bare objects and arrays', () => {
    const list = readEnvelope('{"content":[{"outboundShippingPlaceCode":84}],"pagination":{"currentPage":1}}');
    expect(list).toMatchObject({ family: 'marketplace', success: true });
    expect((list.data as any).content[0].outboundShippingPlaceCode).toBe('84');
    expect(readEnvelope('[{"requestResultStatus":"SUCCESS"}]')).toMatchObject({ family: 'marketplace', success: true });
    expect(readEnvelope('{"requestResultStatus":"FAIL","body":{},"errorCode":"CIR14","errorMessage":"이미 발급된 옵션"}')).toMatchObject({
      success: false, code: 'CIR14', message: '이미 발급된 옵션',
    });
  });

  it('gateway error keeps the message and transactionId exactly', () => {
    const e = readEnvelope('{"code":"ERROR","message":"Invalid signature.","transactionId":"t-1"}');
    expect(e).toMatchObject({ family: 'gateway', success: false, message: 'Invalid signature.', transactionId: 't-1' });
  });

  it('HTML and empty bodies', () => {
    const html = readEnvelope('<HTML><HEAD>\n<TITLE>Access Denied</TITLE>\n</HEAD><BODY>Reference #18.1</BODY></HTML>');
    expect(html.family).toBe('html');
    expect(html.text).toContain('Access Denied');
    expect(readEnvelope('').family).toBe('empty');
  });
});
