// The query string is built exactly once; the signer and the transport both use the returned
// string, so what is signed is byte for byte what the gateway receives (auth.md §3).

export type QueryScalar = string | number | boolean | bigint;
export type QueryValue = QueryScalar | ReadonlyArray<QueryScalar> | null | undefined;
export type QueryInput = Record<string, QueryValue> | ReadonlyArray<readonly [string, QueryScalar]>;

const HEX = '0123456789ABCDEF';

function isUnreserved(b: number): boolean {
  return (
    (b >= 0x30 && b <= 0x39) || // 0-9
    (b >= 0x41 && b <= 0x5a) || // A-Z
    (b >= 0x61 && b <= 0x7a) || // a-z
    b === 0x2d || b === 0x2e || b === 0x5f || b === 0x7e // - . _ ~
  );
}

/**
 * RFC 3986 percent-encoding over UTF-8 bytes with upper-case hex. Only unreserved characters stay
 * literal, so `+` becomes %2B (a literal plus would read as a space) and a space becomes %20.
 */
export function encodeComponent(value: string): string {
  const bytes = Buffer.from(value, 'utf8');
  let out = '';
  for (const b of bytes) {
    out += isUnreserved(b) ? String.fromCharCode(b) : '%' + HEX[b >> 4] + HEX[b & 15];
  }
  return out;
}

function scalarToString(v: QueryScalar): string {
  return typeof v === 'string' ? v : String(v);
}

/**
 * `key=value` pairs joined by '&' in the caller's order; arrays become repeated keys in their
 * order; null/undefined are left out while '' is kept (some APIs want `token=`). No leading '?'.
 */
export function buildQuery(input: QueryInput | undefined | null): string {
  if (!input) return '';
  const pairs: Array<[string, QueryScalar]> = [];
  if (Array.isArray(input)) {
    for (const [k, v] of input as ReadonlyArray<readonly [string, QueryScalar]>) pairs.push([k, v]);
  } else {
    for (const [k, v] of Object.entries(input as Record<string, QueryValue>)) {
      if (v === undefined || v === null) continue;
      if (Array.isArray(v)) for (const item of v as ReadonlyArray<QueryScalar>) pairs.push([k, item]);
      else pairs.push([k, v as QueryScalar]);
    }
  }
  return pairs.map(([k, v]) => `${encodeComponent(k)}=${encodeComponent(scalarToString(v))}`).join('&');
}

/** Path template `{name}` filled with encoded values; a missing value is a caller bug, not a 404 to send. */
export function fillPath(template: string, values: Record<string, string | number | bigint | undefined>): string {
  return template.replace(/\{([A-Za-z0-9_]+)\}/g, (_m, name: string) => {
    const v = values[name];
    if (v === undefined || v === null || String(v) === '') throw new Error(`경로 변수 ${name} 값이 없습니다.`);
    return encodeComponent(String(v));
  });
}

export function joinPathAndQuery(path: string, query: string): string {
  return query ? `${path}?${query}` : path;
}
