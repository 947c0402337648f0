// Test-only caller: signs with node:crypto straight from auth.md (never the app's signer, whose
// bugs the sandbox exists to catch) and sends the request-target byte for byte via node:http,
// which, unlike fetch/WHATWG URL, never re-encodes the query.
import { createHmac } from 'node:crypto';
import { request } from 'node:http';
import { parseJson } from '../json';

export interface Key {
  accessKey: string;
  secretKey: string;
}

export function signedDate(at: Date = new Date()): string {
  return at.toISOString().slice(2, 19).replace(/[-:]/g, '') + 'Z';
}

export function authorization(key: Key, method: string, path: string, query: string, at?: Date): string {
  const date = signedDate(at);
  const signature = createHmac('sha256', key.secretKey).update(date + method + path + query).digest('hex');
  return `CEA algorithm=HmacSHA256, access-key=${key.accessKey}, signed-date=${date}, signature=${signature}`;
}

export interface CallOptions {
  method?: string;
  path: string;
  /** Sent as is. */
  query?: string;
  /** What the signature covers; defaults to `query`. */
  signedQuery?: string;
  key?: Key;
  at?: Date;
  body?: unknown;
  headers?: Record<string, string>;
  localAddress?: string;
  /** false: send no Authorization header. */
  sign?: boolean;
}

export interface CallResult {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  json: any;
}

export function call(baseUrl: string, opts: CallOptions): Promise<CallResult> {
  const method = opts.method ?? 'GET';
  const query = opts.query ?? '';
  const headers: Record<string, string> = { ...opts.headers };
  if (opts.sign !== false && opts.key) headers.Authorization = authorization(opts.key, method, opts.path, opts.signedQuery ?? query, opts.at);
  const payload = opts.body === undefined ? undefined : typeof opts.body === 'string' ? opts.body : JSON.stringify(opts.body);
  if (payload !== undefined) headers['Content-Type'] = 'application/json;charset=UTF-8';
  const url = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const req = request(
      { host: url.hostname, port: url.port, method, path: opts.path + (query ? `?${query}` : ''), headers, localAddress: opts.localAddress, agent: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let json: unknown;
          try {
            json = text ? parseJson(text) : undefined;
          } catch {
            json = undefined;
          }
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json });
        });
      },
    );
    req.on('error', reject);
    if (payload !== undefined) req.write(payload);
    req.end();
  });
}

/** Unsigned admin call. */
export async function admin(baseUrl: string, method: string, path: string, body?: unknown, localAddress?: string): Promise<CallResult> {
  return call(baseUrl, { method, path: `/__sandbox${path}`, body, sign: false, localAddress });
}
