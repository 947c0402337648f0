// One reader for every answer shape Coupang uses (transport.md §6), so callers only ever see
// CoupangResult or a CoupangApiError, never the family an endpoint happens to belong to.
import { tryParseJson } from './json';

export type EnvelopeFamily =
  | 'openapi' // {code: 200|"200", message, data}
  | 'seller_api' // {code: "SUCCESS", message, data}
  | 'fms' // {code, httpStatus, errorMessage, data: {success, content, pagination}}
  | 'gateway' // {code: "ERROR", message, transactionId}
  | 'marketplace' // bare object or array, maybe {requestResultStatus, errorMessage}
  | 'html'
  | 'text'
  | 'empty';

export interface Envelope {
  family: EnvelopeFamily;
  /** Whether the body itself says the call worked (the HTTP status is judged separately). */
  success: boolean;
  code: string | number | null;
  message: string | null;
  data: unknown;
  body: unknown;
  nextToken: string | null | undefined;
  transactionId: string | null;
  /** The raw text when the body was not JSON (edge HTML pages, plain text errors). */
  text: string | null;
}

type Obj = Record<string, unknown>;

function isObj(v: unknown): v is Obj {
  return !!v && typeof v === 'object' && !Array.isArray(v);
}

function str(v: unknown): string | null {
  if (v === undefined || v === null) return null;
  return typeof v === 'string' ? v : String(v);
}

function codeOf(v: unknown): string | number | null {
  return typeof v === 'string' || typeof v === 'number' ? v : null;
}

function isOkCode(code: string | number | null): boolean {
  if (code === null) return true;
  if (code === 'SUCCESS' || code === 'OK') return true;
  const n = typeof code === 'number' ? code : /^\d+$/.test(code) ? Number(code) : NaN;
  return n >= 200 && n < 300;
}

function nextTokenOf(obj: Obj): string | null | undefined {
  const direct = obj.nextToken;
  if (direct !== undefined) return direct === null ? null : String(direct);
  if (isObj(obj.data) && obj.data.nextToken !== undefined) {
    return obj.data.nextToken === null ? null : String(obj.data.nextToken);
  }
  return undefined;
}

export function looksLikeHtml(text: string): boolean {
  return /^\s*(<!doctype html|<html|<head|<body)/i.test(text) || /<title>\s*access denied/i.test(text);
}

export function readEnvelope(text: string): Envelope {
  const base = { nextToken: undefined, transactionId: null, text: null } as const;
  if (!text.trim()) {
    return { ...base, family: 'empty', success: true, code: null, message: null, data: null, body: null };
  }
  const body = tryParseJson(text);
  if (body === undefined) {
    const family: EnvelopeFamily = looksLikeHtml(text) ? 'html' : 'text';
    return { ...base, family, success: true, code: null, message: null, data: text, body: text, text };
  }
  if (!isObj(body)) {
    return { ...base, family: 'marketplace', success: true, code: null, message: null, data: body, body };
  }

  const transactionId = str(body.transactionId);
  const nextToken = nextTokenOf(body);

  // The gateway's own errors carry a transactionId; seller_api answers {code:"ERROR", message}
  // without one (sometimes even with HTTP 200).
  if (body.code === 'ERROR') {
    return {
      family: 'transactionId' in body ? 'gateway' : 'seller_api', success: false, code: 'ERROR', message: str(body.message), data: body.data ?? null,
      body, nextToken, transactionId, text: null,
    };
  }

  if ('httpStatus' in body && 'data' in body) {
    const code = codeOf(body.code);
    const data = body.data;
    const dataFailed = isObj(data) && data.success === false;
    const httpStatus = typeof body.httpStatus === 'number' ? body.httpStatus : Number(body.httpStatus);
    const success = isOkCode(code) && !dataFailed && !(httpStatus >= 400);
    const message = str(body.errorMessage) || str(body.message);
    return { family: 'fms', success, code, message, data, body, nextToken, transactionId, text: null };
  }

  if ('code' in body && ('message' in body || 'data' in body)) {
    const code = codeOf(body.code);
    const family: EnvelopeFamily = code === 'SUCCESS' || (typeof code === 'string' && !/^\d+$/.test(code)) ? 'seller_api' : 'openapi';
    const data = 'data' in body ? body.data : body;
    return { family, success: isOkCode(code), code, message: str(body.message), data, body, nextToken, transactionId, text: null };
  }

  if ('requestResultStatus' in body) {
    const failed = body.requestResultStatus === 'FAIL';
    return {
      family: 'marketplace', success: !failed, code: codeOf(body.errorCode), message: str(body.errorMessage),
      data: body, body, nextToken, transactionId, text: null,
    };
  }

  const message = str(body.message) ?? str(body.errorMessage) ?? str(body.error);
  return { family: 'marketplace', success: true, code: codeOf(body.code), message, data: body, body, nextToken, transactionId, text: null };
}
