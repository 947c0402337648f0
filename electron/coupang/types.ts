// Public surface of the Coupang client. Services, the CLI and the browser host depend on this
// file only; the implementation behind it (signer, limiter, transport, retry) may change freely.

export interface CoupangCredentials {
  vendorId: string;
  accessKey: string;
  secretKey: string;
}

export interface ClientOptions {
  /** https://api-gateway.coupang.com, or the sandbox's loopback address. */
  baseUrl: string;
  credentials: CoupangCredentials;
  /** http://, https:// or socks5:// proxy so calls leave from the seller's registered static IP. */
  proxyUrl?: string | null;
  /** Requests per second for this vendor (default 8, never above 10). */
  ratePerSecond?: number;
  /** Structured, already-redacted log lines. */
  log?: (entry: Record<string, unknown>) => void;
  /** Where `egressIp()` asks which address a call came from (default: an IP echo service; the sandbox has its own). */
  egressEchoUrl?: string;
  /** Limiter tuning beyond the rate (tests use short pauses; production keeps the defaults). */
  limiter?: LimiterTuning;
  /** Read-retry tuning. */
  retry?: RetryTuning;
  /** TCP+TLS connect timeout in ms (default 10 000). */
  connectTimeoutMs?: number;
  /** Clock used for signed-date (tests sign in the past to see "signature is expired"). */
  now?: () => Date;
}

export interface LimiterTuning {
  /** First pause after a 429 (default 60 s, doubling up to backoffMaxMs). */
  backoffBaseMs?: number;
  /** Longest 429 pause (default 30 min). */
  backoffMaxMs?: number;
  /** How long the rate stays halved after X-CAG-Warnings (default 60 s). */
  slowdownMs?: number;
  /** How long the rate stays halved after a 429 pause or a manual resume (default 5 min). */
  recoveryMs?: number;
  /** Extra ms added to the one-second window to absorb network jitter (default 25). */
  guardMs?: number;
}

export interface RetryTuning {
  /** Tries per read, first included (default 5). */
  maxAttempts?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** Re-queues after 429 before the call gives up (default 20). */
  max429Requeues?: number;
}

export interface EgressIpResult {
  ip: string | null;
  via: 'direct' | 'proxy';
  /** Why the address could not be found, in Korean. */
  errorKo?: string;
}

export type Priority = 'user' | 'bulk';

export interface CallParams {
  path?: Record<string, string>;
  query?: Record<string, string | number | boolean | Array<string | number> | undefined | null>;
  body?: unknown;
}

export interface CallOptions {
  priority?: Priority;
  signal?: AbortSignal;
  /** Milliseconds sent as X-EXTENDED-TIMEOUT; endpoints known to return large answers get it by default. */
  extendedTimeoutMs?: number;
}

/** Every successful answer, whatever envelope family it came in. */
export interface CoupangResult<T = unknown> {
  httpStatus: number;
  /** Coupang's `code` as sent (200, "200", "SUCCESS", …) when the envelope has one. */
  code: string | number | null;
  message: string | null;
  /** `data` of the envelope when there is one, else the whole body. IDs longer than 15 digits are strings. */
  data: T;
  /** The whole parsed body, losslessly. */
  body: unknown;
  nextToken?: string | null;
  headers: Record<string, string>;
}

export type CoupangErrorKind =
  | 'auth' // 401 bad signature / unknown key / clock
  | 'expired-key'
  | 'ip-not-allowed' // 403 [FORBIDDEN] Not allowed IP
  | 'blocked' // 403 HTML Access Denied or 302: stop and tell a human
  | 'rate-limited' // 429
  | 'not-found' // 404
  | 'bad-request' // 400 and other 4xx
  | 'server' // 5xx
  | 'timeout' // read timed out or 504 on a read
  | 'unknown-outcome' // a write whose result we cannot know (timeout/504/reset after sending)
  | 'network' // DNS, refused, reset before sending
  | 'tls';

export interface CoupangApiErrorShape {
  kind: CoupangErrorKind;
  httpStatus: number | null;
  coupangCode: string | number | null;
  /** Coupang's message exactly as sent. */
  coupangMessage: string | null;
  /** Plain Korean: what happened and how to fix it. */
  explanationKo: string;
  fixKo: string;
  endpointId: string;
}
