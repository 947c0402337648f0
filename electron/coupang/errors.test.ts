import { describe, expect, it } from 'vitest';
import { readEnvelope } from './envelope';
import { CoupangApiError, errorFromNetwork, errorFromResponse } from './errors';

const gw = (message: string) => readEnvelope(JSON.stringify({ code: 'ERROR', message, transactionId: 'tx' }));
const map = (status: number, body: string | ReturnType<typeof readEnvelope>, isRead = true, egressIp?: string) =>
  errorFromResponse({ endpointId: 'places.listOutbound', status, envelope: typeof body === 'string' ? readEnvelope(body) : body, isRead, egressIp });

describe('error mapping', () => {
  it('401 texts: signature, expiry, unknown key, malformed header', () => {
    const sig = map(401, gw('Invalid signature.'));
    expect(sig).toMatchObject({ kind: 'auth', httpStatus: 401, coupangMessage: 'Invalid signature.', coupangCode: 'ERROR', transactionId: 'tx' });
    expect(sig.explanationKo).toMatch(/서명/);
    expect(sig.fixKo).toMatch(/Secret Key/);
    expect(sig.fixKo).toMatch(/시간/);
    expect(map(401, gw('Specified signature is expired.')).fixKo).toMatch(/날짜와 시간/);
    expect(map(401, gw('Unknown error occurred, please contact api-gateway channel for the details.')).explanationKo).toMatch(/Access Key/);
    expect(map(401, gw('HMAC format is invalid.')).explanationKo).toMatch(/형식/);
  });

  it('403 variants: not allowed IP (with the egress IP), edge HTML, 302', () => {
    const ip = map(403, gw('[FORBIDDEN] Not allowed IP'), true, '203.0.113.7');
    expect(ip).toMatchObject({ kind: 'ip-not-allowed', coupangMessage: '[FORBIDDEN] Not allowed IP', egressIp: '203.0.113.7' });
    expect(ip.explanationKo).toContain('203.0.113.7');
    expect(ip.fixKo).toMatch(/30분/);
    const html = map(403, '<HTML><HEAD>\n<TITLE>Access Denied</TITLE>\n</HEAD><BODY>Reference #18.1</BODY></HTML>');
    expect(html.kind).toBe('blocked');
    expect(map(302, '').kind).toBe('blocked');
  });

  it('404, 410, 412, 423, 429', () => {
    expect(map(404, gw('Not Found'))).toMatchObject({ kind: 'not-found' });
    expect(map(410, '').explanationKo).toMatch(/더 이상/);
    expect(map(412, '').explanationKo).toMatch(/활성화/);
    expect(map(423, '').explanationKo).toMatch(/잠김/);
    expect(map(429, gw('Too Many Requests')).kind).toBe('rate-limited');
  });

  it('5xx: reads are server/timeout; writes after a gateway 5xx are unknown-outcome', () => {
    expect(map(500, gw('Internal Server Error')).kind).toBe('server');
    expect(map(504, gw('Gateway Timeout')).kind).toBe('timeout');
    expect(map(521, '').kind).toBe('server');
    expect(map(504, gw('Gateway Timeout'), false).kind).toBe('unknown-outcome');
    expect(map(503, gw('Service Unavailable'), false).kind).toBe('unknown-outcome');
    expect(map(500, gw('Internal Server Error'), false).kind).toBe('unknown-outcome');
    expect(map(500, '{"code":500,"message":"expire할 쿠폰이 존재하지 않습니다."}', false)).toMatchObject({
      kind: 'server',
      coupangMessage: 'expire할 쿠폰이 존재하지 않습니다.',
    });
  });

  it('400 keeps the Coupang message verbatim and FMS errorMessage is used', () => {
    const e = map(400, '{"code":400,"message":"Bad Request","httpStatus":400,"httpStatusMessage":"BAD_REQUEST","errorMessage":"startAt 패턴을 확인하세요. yyyy-MM-dd HH:mm:ss","data":null}');
    expect(e).toMatchObject({ kind: 'bad-request', coupangMessage: 'startAt 패턴을 확인하세요. yyyy-MM-dd HH:mm:ss' });
  });

  it('network failures: refused/DNS never left, TLS, resets and timeouts', () => {
    const err = (code: string, message = code) => Object.assign(new Error(message), { code });
    const net = (e: unknown, isRead: boolean) => errorFromNetwork({ endpointId: 'x', error: e, isRead, viaProxy: false });
    expect(net(err('ECONNREFUSED'), false).kind).toBe('network');
    expect(net(err('ENOTFOUND'), false).explanationKo).toMatch(/주소를 찾을 수 없습니다/);
    expect(net(err('UND_ERR_CONNECT_TIMEOUT'), false).kind).toBe('network');
    expect(net(err('ERR_SSL_WRONG_VERSION_NUMBER'), true).kind).toBe('tls');
    expect(net(err('CERT_HAS_EXPIRED'), false).kind).toBe('tls');
    expect(net(err('ECONNRESET'), true).kind).toBe('network');
    expect(net(err('ECONNRESET'), false).kind).toBe('unknown-outcome');
    expect(net(err('UND_ERR_SOCKET', 'other side closed'), false).kind).toBe('unknown-outcome');
    expect(net(err('UND_ERR_HEADERS_TIMEOUT'), true).kind).toBe('timeout');
    expect(net(Object.assign(new Error('wrapped'), { cause: err('ECONNREFUSED') }), false).kind).toBe('network');
  });

  it('is an Error with a Korean message and a JSON form', () => {
    const e = map(401, gw('Invalid signature.'));
    expect(e).toBeInstanceOf(Error);
    expect(e).toBeInstanceOf(CoupangApiError);
    expect(e.message).toBe(e.explanationKo);
    expect(e.oneLineKo).not.toContain('\n');
    expect(JSON.parse(JSON.stringify(e))).toMatchObject({ kind: 'auth', endpointId: 'places.listOutbound', coupangMessage: 'Invalid signature.' });
  });
});
