// Server side of Coupang's CEA HMAC scheme, written from auth.md §1. The gateway signs nothing
// but signedDate + METHOD + path + query, and compares against the query bytes exactly as they
// arrived: no decoding, re-encoding or sorting (auth.md §3.3, the .NET "~" FAQ).
import { createHmac, timingSafeEqual } from 'node:crypto';
import { gatewayError } from '../gateway/envelopes';
import type { Reply } from '../gateway/reply';

/**
 * The real allowed skew is undocumented (auth.md §1, rules-general #4). Five minutes either way is
 * the common choice of HMAC gateways; a 10-minute-old signature fails, as the brief requires.
 * It is measured against the real clock, because clients sign with their own wall clock even
 * when the sandbox's virtual clock has been advanced.
 */
export const SIGNATURE_MAX_SKEW_MS = 5 * 60 * 1000;

export interface KeyRecord {
  accessKey: string;
  secretKey: string;
  vendorId: string;
}

export interface ParsedAuthorization {
  algorithm: string;
  accessKey: string;
  signedDate: string;
  signature: string;
}

export type AuthFailure = 'missing' | 'format' | 'unknown-key' | 'expired' | 'signature';

export type AuthResult =
  | { ok: true; key: KeyRecord; signedAt: number }
  | { ok: false; failure: AuthFailure; accessKey?: string };

export interface SignedRequest {
  authorization: string | undefined;
  method: string;
  /** Path exactly as received, without `?`. */
  path: string;
  /** Query exactly as received, without `?`; '' when absent. */
  rawQuery: string;
}

/**
 * `undefined` when the header is not a CEA header at all (→ "not authorized"), `null` when it is
 * CEA but its parts are malformed (→ "HMAC format is invalid"). The Partners guide's variant
 * without spaces after commas is accepted too; it is the same gateway.
 */
export function parseAuthorization(header: string | undefined): ParsedAuthorization | null | undefined {
  if (!header) return undefined;
  const m = /^\s*CEA\s+(.*)$/s.exec(header);
  if (!m) return undefined;
  const fields = new Map<string, string>();
  for (const part of m[1].split(',')) {
    const eq = part.indexOf('=');
    if (eq <= 0) return null;
    const name = part.slice(0, eq).trim().toLowerCase();
    if (fields.has(name)) return null;
    fields.set(name, part.slice(eq + 1).trim());
  }
  const algorithm = fields.get('algorithm');
  const accessKey = fields.get('access-key');
  const signedDate = fields.get('signed-date');
  const signature = fields.get('signature');
  if (!algorithm || !accessKey || !signedDate || !signature) return null;
  if (algorithm !== 'HmacSHA256') return null;
  if (!/^[0-9a-fA-F]{64}$/.test(signature)) return null;
  if (Number.isNaN(parseSignedDate(signedDate))) return null;
  return { algorithm, accessKey, signedDate, signature };
}

/** `yyMMdd'T'HHmmss'Z'` (UTC) → epoch ms, NaN when malformed or not a real date. */
export function parseSignedDate(text: string): number {
  const m = /^(\d{2})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(text);
  if (!m) return NaN;
  const [y, mo, d, h, mi, s] = m.slice(1).map(Number);
  if (h > 23 || mi > 59 || s > 59) return NaN;
  const ms = Date.UTC(2000 + y, mo - 1, d, h, mi, s);
  const back = new Date(ms);
  if (back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return NaN;
  return ms;
}

export function formatSignedDate(ms: number): string {
  return new Date(ms).toISOString().slice(2, 19).replace(/[-:]/g, '') + 'Z';
}

export function computeSignature(secretKey: string, signedDate: string, method: string, path: string, rawQuery: string): string {
  return createHmac('sha256', Buffer.from(secretKey, 'utf8'))
    .update(signedDate + method.toUpperCase() + path + rawQuery, 'utf8')
    .digest('hex');
}

/**
 * Checks run in the order a gateway can know them: header shape, key, freshness, then the HMAC.
 * Coupang documents lowercase hex; an uppercase signature is compared as sent and so fails.
 */
export function verifyRequest(
  req: SignedRequest,
  lookupKey: (accessKey: string) => KeyRecord | undefined,
  now: number,
  maxSkewMs = SIGNATURE_MAX_SKEW_MS,
): AuthResult {
  const parsed = parseAuthorization(req.authorization);
  if (parsed === undefined) return { ok: false, failure: 'missing' };
  if (parsed === null) return { ok: false, failure: 'format' };
  const key = lookupKey(parsed.accessKey);
  if (!key) return { ok: false, failure: 'unknown-key', accessKey: parsed.accessKey };
  const signedAt = parseSignedDate(parsed.signedDate);
  if (Math.abs(now - signedAt) > maxSkewMs) return { ok: false, failure: 'expired', accessKey: parsed.accessKey };
  const expected = computeSignature(key.secretKey, parsed.signedDate, req.method, req.path, req.rawQuery);
  const a = Buffer.from(expected, 'utf8');
  const b = Buffer.from(parsed.signature, 'utf8');
  if (a.length !== b.length || !timingSafeEqual(a, b)) return { ok: false, failure: 'signature', accessKey: parsed.accessKey };
  return { ok: true, key, signedAt };
}

/**
 * Texts and shapes from auth.md §4, which quotes the Coupang Partners guide (same gateway).
 * The Korean/English `messages` pair of "Request is not authorized." is the Partners guide's own.
 * The Partners guide gives no HTTP status for the unknown key; auth.md lists it among the 401s.
 */
export const AUTH_MESSAGES: Record<AuthFailure, string> = {
  missing: 'Request is not authorized.',
  format: 'HMAC format is invalid.',
  'unknown-key': 'Unknown error occurred, please contact api-gateway channel for the details.',
  expired: 'Specified signature is expired.',
  signature: 'Invalid signature.',
};

export function authFailureReply(failure: AuthFailure): Reply {
  if (failure === 'missing') {
    return gatewayError(401, AUTH_MESSAGES.missing, {
      messages: {
        korean: '미인증된 요청은 허용되지 않습니다. 클라이언트의 정보가 정상적으로 설정되어 있는지 확인 부탁드립니다. (CMDB, 컨수머 토큰 또는 HMAC)',
        english: "Unauthorized request is denied. Check if the client's credential meets the requirements (CMDB, consumer token or HMAC).",
      },
    });
  }
  return gatewayError(401, AUTH_MESSAGES[failure]);
}
