// CEA HMAC-SHA256 request signing (auth.md §1). The signer never encodes anything itself: it signs
// the path and query exactly as the transport will put them on the wire.
import { createHmac } from 'node:crypto';

export interface SignInput {
  accessKey: string;
  secretKey: string;
  method: string;
  /** Path as sent, starting with '/', without '?'. */
  path: string;
  /** Query as sent, without the leading '?'; '' when there is none. */
  query: string;
  now?: Date;
}

export interface Signature {
  signedDate: string;
  stringToSign: string;
  signature: string;
  authorization: string;
}

/** yyMMdd'T'HHmmss'Z' in UTC — local time would be off by 9 hours in Korea and fail with 401. */
export function formatSignedDate(date: Date): string {
  const p2 = (n: number) => String(n).padStart(2, '0');
  return (
    p2(date.getUTCFullYear() % 100) +
    p2(date.getUTCMonth() + 1) +
    p2(date.getUTCDate()) +
    'T' +
    p2(date.getUTCHours()) +
    p2(date.getUTCMinutes()) +
    p2(date.getUTCSeconds()) +
    'Z'
  );
}

export function sign(input: SignInput): Signature {
  if (input.query.startsWith('?')) throw new Error('query must not start with "?"');
  const signedDate = formatSignedDate(input.now ?? new Date());
  const stringToSign = signedDate + input.method.toUpperCase() + input.path + input.query;
  const signature = createHmac('sha256', Buffer.from(input.secretKey, 'utf8')).update(stringToSign, 'utf8').digest('hex');
  const authorization = `CEA algorithm=HmacSHA256, access-key=${input.accessKey}, signed-date=${signedDate}, signature=${signature}`;
  return { signedDate, stringToSign, signature, authorization };
}
