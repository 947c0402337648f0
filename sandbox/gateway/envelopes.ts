// Coupang answers in several envelope families depending on which backend sits behind the path
// (transport.md §6). Domain handlers build their answers only through these helpers so the
// families stay consistent across domains.
import { randomUUID } from 'node:crypto';
import { statusText, type Reply } from './reply';

export type Family = 'openapi' | 'seller_api' | 'fms' | 'marketplace_openapi' | 'rg_open_api';

/** The provider segment of `/v2/providers/<family>/apis/...` names the backend and so the envelope. */
export function familyOf(path: string): Family {
  const provider = /^\/v2\/providers\/([^/]+)\//.exec(path)?.[1];
  switch (provider) {
    case 'seller_api':
    case 'fms':
    case 'marketplace_openapi':
    case 'rg_open_api':
      return provider;
    default:
      return 'openapi';
  }
}

export interface OpenapiOptions {
  status?: number;
  /** Some documented examples carry `"200"` as a string, others the number; keep each endpoint's. */
  code?: number | string;
  message?: string;
  /** Extra top-level keys (nextToken, hasNext, nextPageIndex...). */
  extra?: Record<string, unknown>;
}

/** openapi v1-v6: `{code:200, message:"OK", data}`. */
export function openapi(data: unknown, opts: OpenapiOptions = {}): Reply {
  const status = opts.status ?? 200;
  return { status, json: { code: opts.code ?? status, message: opts.message ?? 'OK', data, ...opts.extra } };
}

/**
 * openapi failures. The docs print only the texts, never an error body; `{code, message}` is the
 * shape transport.md §6 records for write APIs that answer without data, so we use it for errors.
 */
export function openapiError(status: number, message: string): Reply {
  return { status, json: { code: status, message } };
}

/** seller_api (products, categories): string code, `{code:"SUCCESS", message:"", data}`. */
export function sellerApi(data: unknown, extra: Record<string, unknown> = {}): Reply {
  return { status: 200, json: { code: 'SUCCESS', message: '', data, ...extra } };
}

/** rules-products.md #8: product APIs answer code ERROR, sometimes even with HTTP 200. */
export function sellerApiError(status: number, message: string): Reply {
  return { status, json: { code: 'ERROR', message } };
}

export interface FmsPagination {
  currentPage: number;
  countPerPage: number;
  totalPages: number;
  totalElements: number;
}

/** FMS (coupons, contracts, budgets). */
export function fms(content: unknown, pagination: FmsPagination | null = null, opts: { success?: boolean } = {}): Reply {
  return {
    status: 200,
    json: {
      code: 200,
      message: 'OK',
      httpStatus: 200,
      httpStatusMessage: 'OK',
      errorMessage: '',
      data: { success: opts.success ?? true, content, pagination },
    },
  };
}

/** transport.md §6: for non-200 the detail is in `errorMessage`. */
export function fmsError(status: number, errorMessage: string): Reply {
  const text = statusText(status);
  return {
    status,
    json: {
      code: status,
      message: text,
      httpStatus: status,
      httpStatusMessage: text,
      errorMessage,
      data: { success: false, content: null, pagination: null },
    },
  };
}

/** marketplace_openapi answers bare objects (or arrays). */
export function bare(body: unknown, status = 200): Reply {
  return { status, json: body };
}

/** Error in the family of `path`, for failures the core detects before a handler runs. */
export function familyError(family: Family, status: number, message: string): Reply {
  switch (family) {
    case 'seller_api':
      return sellerApiError(status, message);
    case 'fms':
      return fmsError(status, message);
    default:
      return openapiError(status, message);
  }
}

/** The gateway's own errors (auth.md §4, Partners guide): `{code:"ERROR", message, transactionId}`. */
export function gatewayError(status: number, message: string, extra: Record<string, unknown> = {}): Reply {
  return { status, json: { code: 'ERROR', message, transactionId: randomUUID(), ...extra } };
}
