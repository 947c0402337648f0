// The browser host: the same main-process router, mounted over HTTP for a browser on this machine
// (e2e tests, and sellers where Electron cannot run). It binds loopback only, serves the built
// renderer, and answers RPC only with this run's random token and from its own origin/host.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { Router } from '../ipc/router';

export const TOKEN_HEADER = 'x-wingdesk-token';
const MAX_BODY_BYTES = 64 * 1024 * 1024;

export const RENDERER_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: https:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

const mime: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
};

export interface HostOptions {
  routerFor: (trustedOrigins: string[]) => Router;
  staticDir: string;
  port?: number;
  token?: string;
  log?: (entry: Record<string, unknown>) => void;
}

export interface Host {
  origin: string;
  token: string;
  /** What to open in the browser: the origin with this run's token. */
  url: string;
  close(): Promise<void>;
}

export async function startHost(options: HostOptions): Promise<Host> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const tokenBytes = Buffer.from(token);
  const staticRoot = resolve(options.staticDir);
  let origin = '';
  let allowedHosts = new Set<string>();
  let router: Router | null = null;

  const server = createServer((req, res) => {
    handle(req, res).catch((err) => {
      options.log?.({ level: 'error', event: 'host.error', error: err instanceof Error ? err.message : String(err) });
      if (!res.headersSent) send(res, 500, { ok: false, error: { code: 'INTERNAL', messageKo: '내부 오류' } });
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse) {
    securityHeaders(res);
    // A page on another site that resolves its own name to 127.0.0.1 (DNS rebinding) sends its own Host.
    if (!req.headers.host || !allowedHosts.has(req.headers.host)) {
      return send(res, 421, { ok: false, error: { code: 'FORBIDDEN_SENDER', messageKo: '허용되지 않은 Host 헤더입니다.' } });
    }
    const url = new URL(req.url ?? '/', origin);
    if (url.pathname.startsWith('/rpc/')) return rpc(req, res, decodeURIComponent(url.pathname.slice(5)));
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, { ok: false, error: { code: 'METHOD', messageKo: '허용되지 않은 요청 방식입니다.' } });
    return serveStatic(url.pathname, res);
  }

  async function rpc(req: IncomingMessage, res: ServerResponse, channel: string) {
    res.setHeader('Cache-Control', 'no-store');
    if (req.method !== 'POST') return send(res, 405, { ok: false, error: { code: 'METHOD', messageKo: 'RPC는 POST만 허용됩니다.' } });
    const reqOrigin = req.headers.origin;
    if (reqOrigin !== undefined && reqOrigin !== origin) {
      options.log?.({ level: 'warn', event: 'host.refused', reason: 'origin', origin: reqOrigin });
      return send(res, 403, { ok: false, error: { code: 'FORBIDDEN_SENDER', messageKo: `다른 출처(${reqOrigin})에서 온 요청은 거부합니다.` } });
    }
    const given = Buffer.from(String(req.headers[TOKEN_HEADER] ?? ''));
    if (given.length !== tokenBytes.length || !timingSafeEqual(given, tokenBytes)) {
      options.log?.({ level: 'warn', event: 'host.refused', reason: 'token' });
      return send(res, 401, { ok: false, error: { code: 'FORBIDDEN_SENDER', messageKo: '실행 토큰이 없거나 맞지 않습니다. wingdesk가 출력한 주소로 다시 여세요.' } });
    }
    if (!/^application\/json\b/i.test(String(req.headers['content-type'] ?? ''))) {
      return send(res, 415, { ok: false, error: { code: 'INVALID_PAYLOAD', messageKo: '요청 형식은 JSON이어야 합니다.' } });
    }
    let payload: unknown;
    try {
      const text = await readBody(req);
      payload = text ? JSON.parse(text) : {};
    } catch (err) {
      return send(res, 400, { ok: false, error: { code: 'INVALID_PAYLOAD', messageKo: `요청 본문을 읽을 수 없습니다: ${err instanceof Error ? err.message : String(err)}` } });
    }
    const envelope = await router!.dispatch(channel, payload, { origin, isMainFrame: true });
    send(res, 200, envelope);
  }

  function serveStatic(pathname: string, res: ServerResponse) {
    const rel = normalize(decodeURIComponent(pathname)).replace(/^([/\\])+/, '');
    let file = resolve(join(staticRoot, rel || 'index.html'));
    if (file !== staticRoot && !file.startsWith(staticRoot + sep)) return send(res, 404, { ok: false, error: { code: 'NOT_FOUND', messageKo: '없음' } });
    if (!existsSync(file) || statSync(file).isDirectory()) file = join(staticRoot, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(503, { 'Content-Type': 'text/plain; charset=utf-8' });
      return res.end('화면 파일이 없습니다. 먼저 `npm run build` 또는 `npx vite build`를 실행하세요.');
    }
    res.writeHead(200, { 'Content-Type': mime[extname(file)] ?? 'application/octet-stream', 'Cache-Control': file.endsWith('.html') ? 'no-store' : 'public, max-age=3600' });
    createReadStream(file).pipe(res);
  }

  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, '127.0.0.1', () => ok());
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;
  allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  router = options.routerFor([origin]);

  return {
    origin,
    token,
    url: `${origin}/?token=${token}`,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections?.();
        server.close(() => ok());
      }),
  };
}

function securityHeaders(res: ServerResponse) {
  res.setHeader('Content-Security-Policy', RENDERER_CSP);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
}

function send(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error('요청이 너무 큽니다'));
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => resolveBody(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
