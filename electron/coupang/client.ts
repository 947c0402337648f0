// The Coupang client: every call goes limiter → sign → send → read envelope → map errors, with
// reads retried and writes never blindly repeated. One client per connection; the limiter behind
// it is shared per vendorId with every other client in the process.
import { sleep } from './clock';
import { createDomainApis, type DomainApis } from './endpoints';
import { getEndpoint, type EndpointId, type EndpointMeta } from './endpoints/catalog';
import type { EndpointInvoker } from './endpoints/invoke';
import { readEnvelope, type Envelope } from './envelope';
import {
  blockedError,
  CoupangApiError,
  errorFromNetwork,
  errorFromResponse,
  isEdgeBlock,
  isNotAllowedIp,
} from './errors';
import { tryParseJson } from './json';
import { getVendorLimiter, VendorBlockedError, type LimiterStats, type VendorLimiter } from './limiter';
import { joinPathAndQuery } from './query';
import { redact } from './redact';
import { prepareRequest, splitParams } from './request';
import { decideRetry, retryPolicy, type RetryPolicy } from './retry';
import { sign } from './sign';
import { createTransport, readTimeoutFor, type SendResponse, type Transport } from './transport';
import type { CallOptions, CallParams, ClientOptions, CoupangResult, EgressIpResult } from './types';

export const LIVE_BASE_URL = 'https://api-gateway.coupang.com';
export const LIVE_EGRESS_ECHO_URL = 'https://api.ipify.org?format=json';
/** transport.md §2: the value the FAQ uses for large answers. */
export const DEFAULT_EXTENDED_TIMEOUT_MS = 90_000;
const EGRESS_CACHE_MS = 60_000;
const EGRESS_LOOKUP_TIMEOUT_MS = 5_000;

export interface CoupangClient extends DomainApis {
  readonly vendorId: string;
  readonly baseUrl: string;
  /** Any catalog endpoint by id, with path/query values by name and a JSON body. */
  call<T = unknown>(endpointId: EndpointId | string, params?: CallParams, options?: CallOptions): Promise<CoupangResult<T>>;
  /** The public address Coupang sees, asked through the same proxy the calls use. */
  egressIp(): Promise<EgressIpResult>;
  limiterStats(): LimiterStats;
  onLimiterChange(listener: (stats: LimiterStats) => void): () => void;
  /** A human lifts a block (403 Access Denied / 302) or ends a 429 pause early. */
  resume(): void;
  close(): Promise<void>;
}

/** Where egressIp() asks: the sandbox answers for itself, live traffic asks a public echo. */
export function defaultEgressEchoUrl(baseUrl: string): string {
  const origin = new URL(baseUrl).origin;
  return origin === LIVE_BASE_URL ? LIVE_EGRESS_ECHO_URL : `${origin}/__sandbox/whoami`;
}

function unknownEndpoint(id: string): CoupangApiError {
  return new CoupangApiError({
    kind: 'bad-request',
    httpStatus: null,
    coupangCode: null,
    coupangMessage: null,
    explanationKo: `알 수 없는 API입니다: ${id}`,
    fixKo: '`wingdesk api --list`로 사용할 수 있는 API 이름을 확인하세요.',
    endpointId: id,
  });
}

function parseUrl(text: string, what: string): URL {
  try {
    return new URL(text);
  } catch {
    throw new Error(`${what} 형식이 올바르지 않습니다: ${text}`);
  }
}

export function createCoupangClient(opts: ClientOptions): CoupangClient {
  const { credentials } = opts;
  const base = parseUrl(opts.baseUrl, '쿠팡 API 주소');
  const origin = base.origin;
  // A base URL may carry a path prefix (a reverse proxy in front of the sandbox, say).
  const prefix = base.pathname.replace(/\/+$/, '');
  const limiter: VendorLimiter = getVendorLimiter(credentials.vendorId, {
    ...opts.limiter,
    ...(opts.ratePerSecond !== undefined && { ratePerSecond: opts.ratePerSecond }),
  });
  const policy: RetryPolicy = retryPolicy(opts.retry);
  const transport: Transport = createTransport({ proxyUrl: opts.proxyUrl ?? null, connectTimeoutMs: opts.connectTimeoutMs });
  const now = opts.now ?? (() => new Date());
  const echoUrl = opts.egressEchoUrl ?? defaultEgressEchoUrl(opts.baseUrl);
  const via: EgressIpResult['via'] = transport.viaProxy ? 'proxy' : 'direct';
  let lastEgress: { at: number; result: EgressIpResult } | null = null;

  const log = (entry: Record<string, unknown>) => {
    if (!opts.log) return;
    try {
      opts.log(redact({ vendorId: credentials.vendorId, ...entry }, [credentials.secretKey]));
    } catch {}
  };

  async function egressIp(signal?: AbortSignal): Promise<EgressIpResult> {
    const echo = new URL(echoUrl);
    try {
      const res = await transport.send({
        origin: echo.origin,
        pathAndQuery: echo.pathname + echo.search,
        method: 'GET',
        headers: { accept: 'application/json' },
        readTimeoutMs: EGRESS_LOOKUP_TIMEOUT_MS * 2,
        signal,
      });
      const body = tryParseJson(res.text) as { ip?: unknown } | undefined;
      const ip = typeof body?.ip === 'string' ? body.ip : /^[\d.:a-fA-F]+$/.test(res.text.trim()) ? res.text.trim() : null;
      const result: EgressIpResult = ip
        ? { ip, via }
        : { ip: null, via, errorKo: `IP 확인 서비스가 예상하지 못한 응답을 보냈습니다(HTTP ${res.status}).` };
      if (ip) lastEgress = { at: Date.now(), result };
      return result;
    } catch (err) {
      const mapped = errorFromNetwork({ endpointId: 'egressIp', error: err, isRead: true, viaProxy: transport.viaProxy });
      return { ip: null, via, errorKo: `공인 IP를 확인하지 못했습니다. ${mapped.explanationKo}` };
    }
  }

  /** Best effort, for the explanation of a 403 Not allowed IP. */
  async function knownEgressIp(): Promise<string | null> {
    if (lastEgress && Date.now() - lastEgress.at < EGRESS_CACHE_MS) return lastEgress.result.ip;
    const result = await egressIp(AbortSignal.timeout(EGRESS_LOOKUP_TIMEOUT_MS)).catch(() => null);
    return result?.ip ?? null;
  }

  function toResult<T>(res: SendResponse, env: Envelope): CoupangResult<T> {
    const result: CoupangResult<T> = {
      httpStatus: res.status,
      code: env.code,
      message: env.message,
      data: env.data as T,
      body: env.body,
      headers: res.headers,
    };
    if (env.nextToken !== undefined) result.nextToken = env.nextToken;
    return result;
  }

  async function execute<T>(ep: EndpointMeta, params: CallParams, options: CallOptions): Promise<CoupangResult<T>> {
    const prepared = prepareRequest(ep, params, credentials.vendorId);
    const path = prefix + prepared.path;
    const pathAndQuery = joinPathAndQuery(path, prepared.query);
    const extended = options.extendedTimeoutMs ?? (ep.large ? DEFAULT_EXTENDED_TIMEOUT_MS : undefined);
    const headers: Record<string, string> = {
      'Content-Type': 'application/json;charset=UTF-8',
      'X-Requested-By': credentials.vendorId,
      Accept: 'application/json',
    };
    if (extended) headers['X-EXTENDED-TIMEOUT'] = String(extended);
    const priority = options.priority ?? 'user';
    const signal = options.signal;
    let attempt = 0;
    let requeues = 0;

    for (;;) {
      let sentAt: number;
      try {
        sentAt = await limiter.acquire({ priority, signal, front: attempt > 0 || requeues > 0 });
      } catch (err) {
        if (err instanceof VendorBlockedError) throw blockedError(ep.id, err.reasonKo);
        throw err;
      }
      attempt++;
      // Signed after the slot is granted: a signature made before a long queue wait could expire.
      const auth = sign({ accessKey: credentials.accessKey, secretKey: credentials.secretKey, method: prepared.method, path, query: prepared.query, now: now() });
      const started = Date.now();
      let res: SendResponse;
      try {
        res = await transport.send({
          origin,
          pathAndQuery,
          method: prepared.method,
          headers: { ...headers, Authorization: auth.authorization },
          body: prepared.body,
          readTimeoutMs: readTimeoutFor(extended),
          signal,
        });
      } catch (err) {
        if (signal?.aborted) throw signal.reason;
        const mapped = errorFromNetwork({ endpointId: ep.id, error: err, isRead: ep.read, viaProxy: transport.viaProxy });
        log({ event: 'coupang.call', endpointId: ep.id, method: prepared.method, path, attempt, ms: Date.now() - started, kind: mapped.kind, error: mapped.message });
        const decision = decideRetry({ isRead: ep.read, kind: mapped.kind, attempt, policy });
        if (decision.retry) {
          await sleep(decision.delayMs, signal);
          continue;
        }
        throw mapped;
      }

      const env = readEnvelope(res.text);
      const ok = res.status >= 200 && res.status < 300 && env.success;
      log({
        event: 'coupang.call',
        endpointId: ep.id,
        method: prepared.method,
        path,
        query: prepared.query,
        attempt,
        status: res.status,
        ms: Date.now() - started,
        ...(ok ? {} : { coupangMessage: env.message ?? env.text?.slice(0, 200) ?? null }),
      });
      if (res.headers['x-cag-warnings'] !== undefined) limiter.noteWarning();

      if (res.status === 429) {
        // The gateway refuses before the backend sees the call, so sending it again is safe
        // for writes too; the pause applies to the whole vendor queue.
        limiter.note429(sentAt);
        requeues++;
        if (requeues > policy.max429Requeues) throw errorFromResponse({ endpointId: ep.id, status: 429, envelope: env, isRead: ep.read });
        attempt--;
        continue;
      }
      if (isEdgeBlock(res.status, env)) {
        const err = errorFromResponse({ endpointId: ep.id, status: res.status, envelope: env, isRead: ep.read });
        limiter.block(err.explanationKo);
        throw err;
      }
      if (ok) return toResult<T>(res, env);

      const egress = isNotAllowedIp(res.status, env) ? await knownEgressIp() : null;
      const err = errorFromResponse({ endpointId: ep.id, status: res.status, envelope: env, isRead: ep.read, egressIp: egress });
      const decision = res.status >= 500 ? decideRetry({ isRead: ep.read, kind: err.kind, attempt, policy }) : { retry: false as const };
      if (decision.retry) {
        await sleep(decision.delayMs, signal);
        continue;
      }
      throw err;
    }
  }

  async function call<T = unknown>(endpointId: string, params: CallParams = {}, options: CallOptions = {}): Promise<CoupangResult<T>> {
    const ep = getEndpoint(endpointId);
    if (!ep) throw unknownEndpoint(endpointId);
    return execute<T>(ep, params, options);
  }

  const invoke: EndpointInvoker = <T>(id: EndpointId, params: object, body: unknown, options?: CallOptions) => {
    const ep = getEndpoint(id);
    if (!ep) return Promise.reject(unknownEndpoint(id));
    return execute<T>(ep, splitParams(ep, params, body), options ?? {});
  };

  return {
    vendorId: credentials.vendorId,
    baseUrl: opts.baseUrl,
    call,
    ...createDomainApis(invoke),
    egressIp: () => egressIp(),
    limiterStats: () => limiter.stats(),
    onLimiterChange: (listener) => limiter.onChange(listener),
    resume: () => limiter.resume(),
    close: () => transport.close(),
  };
}
