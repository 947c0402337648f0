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
