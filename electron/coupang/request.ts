// Turns an endpoint and the caller's values into the exact path, query and body bytes to sign and
// send. vendorId always comes from the credentials: a wrong vendorId in a path earns 404s and,
// repeated, an IP block (rules-general #26).
import { CoupangApiError } from './errors';
import { coerceNumericPaths, stringifyJson } from './json';
import { buildQuery, fillPath, type QueryScalar, type QueryValue } from './query';
import type { EndpointMeta } from './endpoints/catalog';
import type { CallParams } from './types';

export interface PreparedRequest {
  method: string;
  path: string;
  query: string;
  body: string | undefined;
}

function missing(ep: EndpointMeta, name: string): CoupangApiError {
  return new CoupangApiError({
    kind: 'bad-request',
    httpStatus: null,
    coupangCode: null,
    coupangMessage: null,
    explanationKo: `'${ep.nameKo}'(${ep.id})에 필요한 값 ${name}이(가) 없어 요청을 보내지 않았습니다.`,
    fixKo: `${name} 값을 넣어 다시 시도하세요.`,
    endpointId: ep.id,
  });
}

function isBlank(v: QueryValue): boolean {
  return v === undefined || v === null || (Array.isArray(v) && v.length === 0);
}

export function buildEndpointQuery(ep: EndpointMeta, given: CallParams['query'], vendorId: string): string {
  const input = given ?? {};
  const pairs: Array<[string, QueryScalar]> = [];
  const push = (name: string, v: QueryValue) => {
    if (isBlank(v)) return;
    if (Array.isArray(v)) for (const x of v as ReadonlyArray<QueryScalar>) pairs.push([name, x]);
    else pairs.push([name, v as QueryScalar]);
  };
  const known = new Set<string>();
  for (const q of ep.queryParams) {
    known.add(q.name);
    let v: QueryValue = q.name === 'vendorId' ? vendorId : q.fixed ?? input[q.name];
    if (isBlank(v) && q.emptyDefault) v = '';
    if (isBlank(v) && q.required) throw missing(ep, q.name);
    push(q.name, v);
  }
  // Parameters the catalog does not list still go out, after the documented ones, in the
  // caller's order: the docs are sometimes behind the live API.
  for (const [name, v] of Object.entries(input)) if (!known.has(name)) push(name, v);
  return buildQuery(pairs);
}

export function buildEndpointBody(ep: EndpointMeta, body: unknown, vendorId: string): string | undefined {
  if (body === undefined) return undefined;
  let value = body;
  if (ep.bodyVendorId && value && typeof value === 'object' && !Array.isArray(value) && (value as { vendorId?: unknown }).vendorId === undefined) {
    value = { ...(value as object), vendorId };
  }
  return stringifyJson(coerceNumericPaths(value, ep.numericBodyPaths));
}

export function prepareRequest(ep: EndpointMeta, params: CallParams, vendorId: string): PreparedRequest {
  const pathValues: Record<string, string> = { ...params.path, vendorId };
  for (const name of ep.pathParams) {
    const v = pathValues[name];
    if (v === undefined || v === null || String(v) === '') throw missing(ep, name);
  }
  return {
    method: ep.method,
    path: fillPath(ep.path, pathValues),
    query: buildEndpointQuery(ep, params.query, vendorId),
    body: buildEndpointBody(ep, params.body, vendorId),
  };
}

/** Splits flat typed-function params into path and query values using the catalog. */
export function splitParams(ep: EndpointMeta, flat: object, body: unknown): CallParams {
  const path: Record<string, string> = {};
  const query: NonNullable<CallParams['query']> = {};
  for (const [k, v] of Object.entries(flat as Record<string, unknown>)) {
    if (ep.pathParams.includes(k)) {
      if (v !== undefined && v !== null) path[k] = String(v);
    } else {
      query[k] = v as NonNullable<CallParams['query']>[string];
    }
  }
  return { path, query, body };
}
