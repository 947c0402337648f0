// Turns what went wrong into one CoupangApiError with a plain-Korean explanation and fix
// (transport.md §5, auth.md §4). Coupang's own message is always kept exactly as sent.
import type { CoupangApiErrorShape, CoupangErrorKind } from './types';
import type { Envelope } from './envelope';

export interface CoupangApiErrorInit extends CoupangApiErrorShape {
  transactionId?: string | null;
  egressIp?: string | null;
  cause?: unknown;
}

export class CoupangApiError extends Error implements CoupangApiErrorShape {
  readonly kind: CoupangErrorKind;
  readonly httpStatus: number | null;
  readonly coupangCode: string | number | null;
  readonly coupangMessage: string | null;
  readonly explanationKo: string;
  readonly fixKo: string;
  readonly endpointId: string;
  readonly transactionId: string | null;
  readonly egressIp: string | null;

  constructor(init: CoupangApiErrorInit) {
    super(init.explanationKo, init.cause === undefined ? undefined : { cause: init.cause });
    this.name = 'CoupangApiError';
    this.kind = init.kind;
    this.httpStatus = init.httpStatus;
    this.coupangCode = init.coupangCode;
    this.coupangMessage = init.coupangMessage;
    this.explanationKo = init.explanationKo;
    this.fixKo = init.fixKo;
    this.endpointId = init.endpointId;
    this.transactionId = init.transactionId ?? null;
    this.egressIp = init.egressIp ?? null;
  }

  /** One line for a status bar or stderr: what happened, then what to do. */
  get oneLineKo(): string {
    return `${this.explanationKo} ${this.fixKo}`.replace(/\s+/g, ' ').trim();
  }

  toJSON(): CoupangApiErrorShape & { transactionId: string | null; egressIp: string | null } {
    return {
      kind: this.kind,
      httpStatus: this.httpStatus,
      coupangCode: this.coupangCode,
      coupangMessage: this.coupangMessage,
      explanationKo: this.explanationKo,
      fixKo: this.fixKo,
      endpointId: this.endpointId,
      transactionId: this.transactionId,
      egressIp: this.egressIp,
    };
  }
}

export function isCoupangApiError(e: unknown): e is CoupangApiError {
  return e instanceof CoupangApiError;
}

const KEY_PLACE = 'WING > 판매자정보 > 추가판매정보 > OPEN API 키 발급';

export const BLOCKED_TEXT = {
  accessDenied: {
    explanationKo: '오류가 반복되어 쿠팡이 이 IP/판매자ID의 API 호출을 일시적으로 차단했습니다(403 Access Denied).',
    fixKo: '모든 호출을 멈췄습니다. 몇 분 이상 기다린 뒤 상태 표시줄에서 "호출 재개"를 누르세요. 반복되면 쿠팡 온라인 문의로 해제를 요청하세요.',
  },
  redirect: {
    explanationKo: '쿠팡이 이 IP/판매자ID의 API 호출을 차단했습니다(302).',
    fixKo: '모든 호출을 멈췄습니다. 호출량을 줄이고 쿠팡 온라인 문의로 해제를 요청한 뒤 "호출 재개"를 누르세요.',
  },
} as const;

export interface ResponseErrorInput {
  endpointId: string;
  status: number;
  envelope: Envelope;
  isRead: boolean;
  egressIp?: string | null;
}

type Texts = { kind: CoupangErrorKind; explanationKo: string; fixKo: string };

function authTexts(message: string | null): Texts {
  const m = message ?? '';
  if (/signature is expired/i.test(m)) {
    return {
      kind: 'auth',
      explanationKo: '요청 서명 시각이 쿠팡 서버 시간과 맞지 않습니다. PC 시계나 표준시간대가 틀렸을 가능성이 큽니다.',
      fixKo: 'Windows/macOS 설정에서 날짜와 시간을 "자동으로 설정"으로 켜고 표준시간대를 서울로 맞춘 뒤 다시 시도하세요.',
    };
  }
  if (/invalid signature/i.test(m)) {
    return {
      kind: 'auth',
      explanationKo: '요청 서명(HMAC)이 맞지 않습니다. Secret Key가 틀렸거나 PC 시간이 틀렸을 수 있습니다.',
      fixKo: `${KEY_PLACE} 화면에서 Secret Key를 다시 복사해 입력하고, PC 시간이 자동 동기화되는지 확인하세요.`,
    };
  }
  if (/hmac format|not authorized/i.test(m)) {
    return {
      kind: 'auth',
      explanationKo: '인증 헤더 형식이 올바르지 않습니다.',
      fixKo: '프로그램 오류일 수 있습니다. 앱을 최신 버전으로 업데이트하고, 계속되면 개발자에게 알려 주세요.',
    };
  }
  if (/unknown error|access.?key/i.test(m)) {
    return {
      kind: 'auth',
      explanationKo: '쿠팡이 이 Access Key를 알지 못합니다. 키가 틀렸거나, 재발급되어 이전 키가 무효가 되었거나, 유효기간(180일)이 지났을 수 있습니다.',
      fixKo: `${KEY_PLACE}에서 현재 Access Key와 Secret Key를 확인해 다시 입력하세요. 재발급 직후라면 최대 30분 뒤 다시 시도하세요.`,
    };
  }
  return {
    kind: 'auth',
    explanationKo: '쿠팡 인증에 실패했습니다(401).',
    fixKo: `PC 시간이 정확한지(자동 시간 동기화), ${KEY_PLACE}의 Access/Secret Key가 맞는지 확인하세요. 키를 재발급했다면 새 키를 입력하세요.`,
  };
}

function ipTexts(egressIp: string | null | undefined): Texts {
  const ip = egressIp ? `현재 공인 IP(${egressIp})` : '현재 PC의 공인 IP';
  return {
    kind: 'ip-not-allowed',
    explanationKo: `${ip}가 WING의 OPEN API 키 연동정보에 등록되어 있지 않아 쿠팡이 호출을 거부했습니다.`,
    fixKo: `${KEY_PLACE}의 자체개발 IP 목록(최대 10개)에 이 IP를 등록하고 최대 30분 뒤 다시 시도하세요. 고정 IP 프록시를 쓴다면 프록시 설정을 확인하세요.`,
  };
}

function statusTexts(status: number, isRead: boolean, message: string | null): Texts {
  const said = message ? ` 쿠팡 메시지: ${message}` : '';
  if (status === 400) {
    return { kind: 'bad-request', explanationKo: `요청 값이 올바르지 않습니다.${said}`, fixKo: '쿠팡 메시지에 따라 입력값을 고친 뒤 다시 보내세요.' };
  }
  if (status === 404) {
    return {
      kind: 'not-found',
      explanationKo: `판매자ID(업체코드) 또는 요청 대상이 잘못되었습니다(404).${said}`,
      fixKo: '설정의 판매자ID가 API 키를 발급한 판매자의 업체코드(A 또는 C로 시작)인지 확인하세요. 잘못된 판매자ID로 반복 호출하면 쿠팡이 IP를 차단합니다.',
    };
  }
  if (status === 410) {
    return { kind: 'bad-request', explanationKo: '이 API는 쿠팡에서 더 이상 제공되지 않습니다(410).', fixKo: '앱을 최신 버전으로 업데이트하세요.' };
  }
  if (status === 412) {
    return { kind: 'bad-request', explanationKo: '이 API가 쿠팡에서 아직 활성화되지 않았습니다(412).', fixKo: '개발자에게 알리거나 쿠팡 온라인 문의로 확인하세요.' };
  }
  if (status === 423) {
    return { kind: 'bad-request', explanationKo: '이 API 호출이 쿠팡에서 제한(잠김)되었습니다(423).', fixKo: '쿠팡 판매자 콜센터나 온라인 문의로 해제를 요청하세요.' };
  }
  if (status === 429) {
    return { kind: 'rate-limited', explanationKo: '요청이 너무 많아 쿠팡이 잠시 제한했습니다(429).', fixKo: '몇 분 후 자동으로 다시 시도합니다. 다른 프로그램이 같은 판매자ID로 호출하고 있지 않은지 확인하세요.' };
  }
  if (status === 504) {
    return isRead
      ? { kind: 'timeout', explanationKo: '쿠팡 응답이 지연되었습니다(504).', fixKo: '잠시 후 다시 시도하세요. 조회 기간을 줄이면 도움이 됩니다.' }
      : unknownOutcomeTexts('쿠팡 게이트웨이 시간 초과(504)');
  }
  if (status === 521 || status === 524) {
    return { kind: 'server', explanationKo: `쿠팡 서버 점검 또는 장애로 보입니다(${status}).`, fixKo: '잠시 후 다시 시도하세요.' };
  }
  if (status >= 500) {
    return {
      kind: 'server',
      explanationKo: `쿠팡 서버 오류입니다(${status}).${said}`,
      fixKo: '보낸 값에 오타나 형식 오류가 없는지 문서 예시와 비교하세요. 계속되면 요청과 응답을 첨부해 쿠팡 온라인 문의를 남기세요.',
    };
  }
  return { kind: 'bad-request', explanationKo: `쿠팡이 요청을 처리하지 않았습니다(${status}).${said}`, fixKo: '쿠팡 메시지를 확인하고 입력값을 고치세요.' };
}

export function unknownOutcomeTexts(reasonKo: string): Texts {
  return {
    kind: 'unknown-outcome',
    explanationKo: `요청이 쿠팡에서 처리되었는지 알 수 없습니다(${reasonKo}). 이미 반영되었을 수 있습니다.`,
    fixKo: '같은 요청을 바로 다시 보내지 말고, 조회 화면이나 조회 API로 실제 상태를 확인한 뒤 반영되지 않은 것만 다시 보내세요.',
  };
}

export function isNotAllowedIp(status: number, envelope: Envelope): boolean {
  const text = envelope.message ?? envelope.text ?? '';
  return status === 403 && /not allowed ip/i.test(text);
}

export function isEdgeBlock(status: number, envelope: Envelope): boolean {
  if (status === 302) return true;
  if (status !== 403) return false;
  if (envelope.family === 'html') return true;
  return /access denied/i.test(envelope.message ?? envelope.text ?? '');
}

/**
 * Writes answered by a gateway-level 5xx (the gateway's JSON, an HTML page, nothing, or any
 * 502/503/504/52x) may still have been applied behind it; a 500 in the API's own envelope is the
 * service refusing the data, so that one is a plain server error.
 */
export function isAmbiguousWriteStatus(status: number, envelope: Envelope): boolean {
  if (status < 500) return false;
  if (status === 500) return ['gateway', 'html', 'text', 'empty'].includes(envelope.family);
  return true;
}

export function errorFromResponse(input: ResponseErrorInput): CoupangApiError {
  const { status, envelope, endpointId, isRead } = input;
  const message = envelope.message ?? (envelope.family === 'html' ? null : envelope.text);
  let texts: Texts;
  if (status === 401) texts = authTexts(message);
  else if (isNotAllowedIp(status, envelope)) texts = ipTexts(input.egressIp);
  else if (isEdgeBlock(status, envelope)) texts = { kind: 'blocked', ...(status === 302 ? BLOCKED_TEXT.redirect : BLOCKED_TEXT.accessDenied) };
  else if (status === 403) {
    texts = { kind: 'auth', explanationKo: `쿠팡이 이 요청을 허용하지 않았습니다(403).${message ? ` 쿠팡 메시지: ${message}` : ''}`, fixKo: `${KEY_PLACE}의 연동 정보와 권한을 확인하세요.` };
  } else if (!isRead && isAmbiguousWriteStatus(status, envelope)) texts = unknownOutcomeTexts(`HTTP ${status}`);
  else if (status >= 200 && status < 300) {
    texts = { kind: 'bad-request', explanationKo: `쿠팡이 요청을 처리하지 못했습니다.${message ? ` 쿠팡 메시지: ${message}` : ''}`, fixKo: '쿠팡 메시지를 확인하고, 다른 요청이 진행 중이면 끝난 뒤 다시 시도하세요.' };
  } else texts = statusTexts(status, isRead, message);

  return new CoupangApiError({
    ...texts,
    httpStatus: status,
    coupangCode: envelope.code,
    coupangMessage: message,
    endpointId,
    transactionId: envelope.transactionId,
    egressIp: texts.kind === 'ip-not-allowed' ? (input.egressIp ?? null) : null,
  });
}

export function blockedError(endpointId: string, reasonKo: string | null): CoupangApiError {
  return new CoupangApiError({
    kind: 'blocked',
    httpStatus: null,
    coupangCode: null,
    coupangMessage: null,
    explanationKo: reasonKo ?? BLOCKED_TEXT.accessDenied.explanationKo,
    fixKo: '차단이 풀릴 때까지 이 판매자ID의 모든 호출을 멈췄습니다. 잠시 기다린 뒤 상태 표시줄에서 "호출 재개"를 누르세요.',
    endpointId,
  });
}

// ---- network-level failures -------------------------------------------------------------------

/** Failures that happen before a single request byte can have reached Coupang. */
const NEVER_SENT_CODES = new Set([
  'ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'EADDRNOTAVAIL', 'UND_ERR_CONNECT_TIMEOUT',
  'ERR_SOCKS_CONNECT', 'ERR_PROXY_CONNECT',
]);
const TIMEOUT_CODES = new Set(['UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT', 'ETIMEDOUT']);

function errCode(e: unknown): string | undefined {
  let cur: unknown = e;
  for (let i = 0; i < 4 && cur && typeof cur === 'object'; i++) {
    const code = (cur as { code?: unknown }).code;
    if (typeof code === 'string' && code !== 'UND_ERR_ABORTED' && code !== 'UND_ERR') return code;
    cur = (cur as { cause?: unknown }).cause;
  }
  return (e as { code?: string } | null)?.code;
}

function errText(e: unknown): string {
  const parts: string[] = [];
  let cur: unknown = e;
  for (let i = 0; i < 4 && cur && typeof cur === 'object'; i++) {
    const m = (cur as { message?: unknown }).message;
    if (typeof m === 'string') parts.push(m);
    cur = (cur as { cause?: unknown }).cause;
  }
  return parts.join(' / ');
}

export function isTlsFailure(e: unknown): boolean {
  const code = errCode(e) ?? '';
  if (code.startsWith('ERR_TLS_') || code.startsWith('ERR_SSL_') || code === 'EPROTO') return true;
  if (/CERT|SELF_SIGNED|UNABLE_TO_VERIFY/.test(code)) return true;
  const text = errText(e);
  return /ssl|tls|certificate/i.test(text) && !/socket hang up/i.test(text);
}

/** True when the failure could not have let the request reach the server. */
export function neverLeft(e: unknown): boolean {
  const code = errCode(e);
  if (code && NEVER_SENT_CODES.has(code)) return true;
  if (isTlsFailure(e)) return true;
  return /proxy response|socks|tunnel/i.test(errText(e));
}

export function isTimeoutFailure(e: unknown): boolean {
  const code = errCode(e);
  return !!code && TIMEOUT_CODES.has(code);
}

export interface NetworkErrorInput {
  endpointId: string;
  error: unknown;
  isRead: boolean;
  viaProxy: boolean;
}

export function errorFromNetwork(input: NetworkErrorInput): CoupangApiError {
  const { error, isRead, endpointId, viaProxy } = input;
  const code = errCode(error) ?? null;
  const detail = code ?? errText(error).slice(0, 120);
  const base = { httpStatus: null, coupangCode: null, coupangMessage: null, endpointId, cause: error } as const;
  const where = viaProxy ? '프록시 또는 쿠팡 서버' : '쿠팡 서버';

  if (isTlsFailure(error)) {
    return new CoupangApiError({
      ...base,
      kind: 'tls',
      explanationKo: `${where}와 보안 연결(TLS 1.2 이상)을 맺지 못했습니다(${detail}).`,
      fixKo: 'PC 날짜와 시간이 맞는지, 백신이나 회사 방화벽이 HTTPS를 가로채지 않는지, 프록시 주소가 맞는지 확인하세요.',
    });
  }
  if (neverLeft(error)) {
    const dns = code === 'ENOTFOUND' || code === 'EAI_AGAIN';
    return new CoupangApiError({
      ...base,
      kind: 'network',
      explanationKo: dns
        ? `${where} 주소를 찾을 수 없습니다(${detail}).`
        : `${where}에 연결하지 못했습니다(${detail}). 요청은 전송되지 않았습니다.`,
      fixKo: viaProxy
        ? '인터넷 연결과 프록시 주소·포트·인증 정보를 확인한 뒤 다시 시도하세요.'
        : '인터넷 연결과 방화벽, 서버 주소 설정을 확인한 뒤 다시 시도하세요.',
    });
  }
  if (!isRead) {
    const t = unknownOutcomeTexts(isTimeoutFailure(error) ? '응답 대기 시간 초과' : `연결이 중간에 끊김: ${detail}`);
    return new CoupangApiError({ ...base, ...t });
  }
  if (isTimeoutFailure(error)) {
    return new CoupangApiError({
      ...base,
      kind: 'timeout',
      explanationKo: `쿠팡 응답을 기다리다 시간이 초과되었습니다(${detail}).`,
      fixKo: '잠시 후 다시 시도하세요. 조회 기간을 줄이면 도움이 됩니다.',
    });
  }
  return new CoupangApiError({
    ...base,
    kind: 'network',
    explanationKo: `${where}와의 연결이 끊겼습니다(${detail}).`,
    fixKo: '인터넷 연결을 확인한 뒤 다시 시도하세요.',
  });
}
