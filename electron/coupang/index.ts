// Public entry of the Coupang client for services, the CLI and the browser host.
export { createCoupangClient, defaultEgressEchoUrl, LIVE_BASE_URL, type CoupangClient } from './client';
export { CoupangApiError, isCoupangApiError } from './errors';
export {
  getLimiterStats,
  getVendorLimiter,
  resumeVendor,
  MAX_RATE_PER_SECOND,
  DEFAULT_RATE_PER_SECOND,
  type LimiterStats,
} from './limiter';
export { redact, createLogger, type Logger, type LogEntry } from './redact';
export { jsonNumber, parseJson, stringifyJson } from './json';
export { ENDPOINTS, ENDPOINT_IDS, getEndpoint, isEndpointId, type EndpointId, type EndpointMeta } from './endpoints/catalog';
export type * from './types';
