// Builds the undici dispatcher for a connection: direct, through an HTTP(S) CONNECT proxy, or
// through SOCKS5. Sellers use a proxy so calls leave from the static IP registered in WING.
import type { ConnectionOptions } from 'node:tls';
import { Agent, buildConnector, ProxyAgent, type Dispatcher } from 'undici';
import { SocksClient } from 'socks';

export interface DispatcherOptions {
  proxyUrl?: string | null;
  connectTimeoutMs?: number;
  /** Extra TLS settings (tests trust a local CA this way); minVersion stays TLSv1.2 or higher. */
  tls?: ConnectionOptions;
  keepAliveTimeoutMs?: number;
}

export type ProxyKind = 'direct' | 'http' | 'socks5';

export function proxyKind(proxyUrl: string | null | undefined): ProxyKind {
  if (!proxyUrl) return 'direct';
  let protocol: string;
  try {
    protocol = new URL(proxyUrl).protocol;
  } catch {
    throw new Error(`프록시 주소 형식이 올바르지 않습니다: ${describeProxy(proxyUrl)} (예: http://host:3128, socks5://host:1080)`);
  }
  if (protocol === 'http:' || protocol === 'https:') return 'http';
  if (protocol === 'socks5:' || protocol === 'socks5h:' || protocol === 'socks:') return 'socks5';
  throw new Error(`지원하지 않는 프록시 형식입니다: ${protocol} (http://, https://, socks5:// 만 가능)`);
}

/** Hides the password of a proxy URL for logs and messages. */
export function describeProxy(proxyUrl: string | null | undefined): string {
  if (!proxyUrl) return '직접 연결';
  try {
    const u = new URL(proxyUrl);
    if (u.password) u.password = '***';
    return u.toString().replace(/\/$/, '');
  } catch {
    return proxyUrl.replace(/\/\/[^@/]*@/, '//***@');
  }
}

function tlsOptions(opts: DispatcherOptions): ConnectionOptions & { timeout: number } {
  return { ...opts.tls, minVersion: opts.tls?.minVersion === 'TLSv1.3' ? 'TLSv1.3' : 'TLSv1.2', timeout: opts.connectTimeoutMs ?? 10_000 };
}

class SocksConnectError extends Error {
  readonly code = 'ERR_SOCKS_CONNECT';
}

function socksConnector(proxy: URL, opts: DispatcherOptions): buildConnector.connector {
  const tls = tlsOptions(opts);
  const tlsUpgrade = buildConnector(tls);
  return (target, callback) => {
    const port = Number(target.port) || (target.protocol === 'https:' ? 443 : 80);
    SocksClient.createConnection({
      proxy: {
        host: proxy.hostname.replace(/^\[|\]$/g, ''),
        port: Number(proxy.port) || 1080,
        type: 5,
        userId: proxy.username ? decodeURIComponent(proxy.username) : undefined,
        password: proxy.password ? decodeURIComponent(proxy.password) : undefined,
      },
      command: 'connect',
      destination: { host: target.hostname, port },
      timeout: tls.timeout,
    }).then(
      ({ socket }) => {
        if (target.protocol === 'https:') tlsUpgrade({ ...target, httpSocket: socket }, callback);
        else callback(null, socket);
      },
      (err: Error) => callback(new SocksConnectError(`SOCKS5 프록시 연결 실패: ${err.message}`, { cause: err }), null),
    );
  };
}

export function createDispatcher(opts: DispatcherOptions): Dispatcher {
  const kind = proxyKind(opts.proxyUrl);
  const tls = tlsOptions(opts);
  const keepAliveTimeout = opts.keepAliveTimeoutMs ?? 4_000;
  if (kind === 'direct') {
    return new Agent({ connect: tls, keepAliveTimeout });
  }
  if (kind === 'socks5') {
    return new Agent({ connect: socksConnector(new URL(opts.proxyUrl!), opts), keepAliveTimeout });
  }
  // proxyTunnel: every target, http ones included, goes through CONNECT so the proxy only relays
  // bytes and can never rewrite the signed request line.
  return new ProxyAgent({
    uri: opts.proxyUrl!,
    proxyTunnel: true,
    requestTls: tls,
    proxyTls: { minVersion: 'TLSv1.2', timeout: tls.timeout },
    keepAliveTimeout,
  });
}
