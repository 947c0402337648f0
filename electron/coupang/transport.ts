// Sends one already-signed request and returns status, headers and body text. It does not encode,
// retry or interpret anything: the path+query string given is put on the request line unchanged.
import type { Dispatcher } from 'undici';
import { createDispatcher, proxyKind, type DispatcherOptions } from './proxy';

export const DEFAULT_READ_TIMEOUT_MS = 30_000;
/** The socket waits a little longer than we asked the gateway to (transport.md §3). */
export const EXTENDED_TIMEOUT_MARGIN_MS = 5_000;

export interface SendRequest {
  /** scheme://host[:port] */
  origin: string;
  /** '/path?query' exactly as signed. */
  pathAndQuery: string;
  method: string;
  headers: Record<string, string>;
  body?: string;
  /** Headers and body read timeout (each). */
  readTimeoutMs?: number;
  signal?: AbortSignal;
}

export interface SendResponse {
  status: number;
  headers: Record<string, string>;
  text: string;
}

export interface Transport {
  readonly viaProxy: boolean;
  send(req: SendRequest): Promise<SendResponse>;
  close(): Promise<void>;
}

export type TransportOptions = DispatcherOptions;

export function readTimeoutFor(extendedTimeoutMs: number | undefined): number {
  if (!extendedTimeoutMs) return DEFAULT_READ_TIMEOUT_MS;
  return Math.max(DEFAULT_READ_TIMEOUT_MS, extendedTimeoutMs + EXTENDED_TIMEOUT_MARGIN_MS);
}

function flattenHeaders(h: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(h)) {
    if (v === undefined) continue;
    out[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
  }
  return out;
}

export function createTransport(opts: TransportOptions = {}): Transport {
  const dispatcher: Dispatcher = createDispatcher(opts);
  const viaProxy = proxyKind(opts.proxyUrl) !== 'direct';
  return {
    viaProxy,
    async send(req) {
      if (!req.pathAndQuery.startsWith('/')) throw new Error('path must start with "/"');
      const timeout = req.readTimeoutMs ?? DEFAULT_READ_TIMEOUT_MS;
      // dispatcher.request with origin + path skips WHATWG URL parsing, which could re-encode
      // characters after they were signed.
      const res = await dispatcher.request({
        origin: req.origin,
        path: req.pathAndQuery,
        method: req.method as Dispatcher.HttpMethod,
        headers: req.headers,
        body: req.body,
        headersTimeout: timeout,
        bodyTimeout: timeout,
        signal: req.signal,
      });
      const text = await res.body.text();
      return { status: res.statusCode, headers: flattenHeaders(res.headers), text };
    },
    close: () => dispatcher.close(),
  };
}
