// "연결 테스트": one signed, cheap read (the outbound-place list, which every seller has) whose
// outcome is explained in plain Korean with the fix — the first thing a seller does after
// entering keys, and the first place a wrong clock, key or IP shows up.
import type { ConnectionOutcome } from '../../shared/ipc/contract';
import { CoupangApiError } from '../coupang';
import type { ActiveConnection } from './connections';

const titles: Record<ConnectionOutcome['kind'], string> = {
  ok: '연결 성공',
  auth: '인증 실패 (401)',
  'expired-key': 'API 키 만료',
  'ip-not-allowed': '허용되지 않은 IP (403)',
  'rate-limited': '요청 한도 초과 (429)',
  blocked: '쿠팡이 호출을 일시 차단함',
  network: '네트워크 연결 실패',
  tls: '보안 연결(TLS) 실패',
  timeout: '응답 시간 초과',
  server: '쿠팡 서버 오류',
  other: '연결 실패',
};

export async function testConnection(conn: ActiveConnection, now: () => number = Date.now): Promise<ConnectionOutcome> {
  const started = now();
  try {
    const result = await conn.client.call('places.listOutbound', { query: { pageNum: 1, pageSize: 1 } }, { priority: 'user' });
    const body = result.body as { pagination?: { totalElements?: number } } | undefined;
    const places = body?.pagination?.totalElements;
    return {
      ok: true,
      kind: 'ok',
      httpStatus: result.httpStatus,
      coupangMessage: result.message,
      titleKo: titles.ok,
      explanationKo: `${conn.mode === 'LIVE' ? '쿠팡 API 게이트웨이' : '샌드박스'}가 서명된 요청을 받아들였습니다 (판매자 ${conn.credentials.vendorId}${places !== undefined ? `, 등록된 출고지 ${places}곳` : ''}).`,
      fixKo: '',
      egressIp: null,
      latencyMs: now() - started,
    };
  } catch (err) {
    const latencyMs = now() - started;
    if (!(err instanceof CoupangApiError)) {
      return { ok: false, kind: 'other', httpStatus: null, coupangMessage: null, titleKo: titles.other, explanationKo: err instanceof Error ? err.message : String(err), fixKo: '잠시 후 다시 시도하세요.', egressIp: null, latencyMs };
    }
    let kind: ConnectionOutcome['kind'] = mapKind(err.kind);
    let explanationKo = err.explanationKo;
    let fixKo = err.fixKo;
    if (kind === 'auth' && conn.keyDaysLeft !== null && conn.keyDaysLeft <= 0) {
      kind = 'expired-key';
      explanationKo = `이 OPEN API 키는 발급 후 180일이 지나 만료되었습니다 (쿠팡 응답: ${err.coupangMessage ?? err.httpStatus}).`;
      fixKo = 'WING > 판매자정보 > 추가판매정보 > OPEN API 키에서 재발급한 뒤, 새 Access Key·Secret Key와 발급일을 이 프로필에 입력하세요. 재발급 즉시 기존 키는 사용할 수 없습니다.';
    }
    let egressIp: string | null = null;
    if (kind === 'ip-not-allowed') {
      egressIp = (await conn.client.egressIp().catch(() => ({ ip: null }))).ip;
      explanationKo = `요청이 나간 공인 IP${egressIp ? ` (${egressIp})` : ''}가 WING의 OPEN API 키 연동정보에 등록되어 있지 않습니다.`;
      fixKo = `WING > 판매자정보 > 추가판매정보 > OPEN API 키 > 연동정보(자체개발)에 ${egressIp ?? '이 PC의 공인 IP'}를 추가하세요 (최대 10개, 반영까지 최대 30분). 고정 IP 프록시를 쓰는 경우 프로필의 프록시 주소를 확인하세요.`;
    }
    return { ok: false, kind, httpStatus: err.httpStatus, coupangMessage: err.coupangMessage, titleKo: titles[kind], explanationKo, fixKo, egressIp, latencyMs };
  }
}

function mapKind(kind: CoupangApiError['kind']): ConnectionOutcome['kind'] {
  switch (kind) {
    case 'auth':
    case 'expired-key':
    case 'ip-not-allowed':
    case 'rate-limited':
    case 'blocked':
    case 'network':
    case 'tls':
    case 'timeout':
    case 'server':
      return kind;
    case 'unknown-outcome':
      return 'timeout';
    default:
      return 'other';
  }
}
