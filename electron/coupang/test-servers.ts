// Small local servers for tests: a CONNECT proxy and a SOCKS5 proxy that can leave from a chosen
// loopback address (to play a static-IP proxy), and a request recorder. Not used at run time.
import http from 'node:http';
import net from 'node:net';
import type { AddressInfo } from 'node:net';

export interface TestServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

function closeServer(server: net.Server, sockets: Set<net.Socket>): Promise<void> {
  for (const s of sockets) s.destroy();
  return new Promise((resolve) => server.close(() => resolve()));
}

function track(server: net.Server): Set<net.Socket> {
  const sockets = new Set<net.Socket>();
  server.on('connection', (s: net.Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  return sockets;
}

export interface ConnectProxy extends TestServer {
  /** Every CONNECT target seen ("host:port"). */
  connects: string[];
  /** Requests that came as plain absolute-URI proxy requests instead of CONNECT. */
  plainRequests: string[];
}

export async function startConnectProxy(opts: { localAddress?: string } = {}): Promise<ConnectProxy> {
  const connects: string[] = [];
  const plainRequests: string[] = [];
  const upstream = new Set<net.Socket>();
  const server = http.createServer((req, res) => {
    plainRequests.push(`${req.method} ${req.url}`);
    res.writeHead(405).end('CONNECT only');
  });
  const sockets = track(server);
  server.on('connect', (req: http.IncomingMessage, client: net.Socket, head: Buffer) => {
    connects.push(req.url ?? '');
    const [host, portText] = (req.url ?? '').split(/:(?=\d+$)/);
    const up = net.connect({ host: host.replace(/^\[|\]$/g, ''), port: Number(portText), localAddress: opts.localAddress });
    upstream.add(up);
    up.on('close', () => upstream.delete(up));
    up.once('connect', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length) up.write(head);
      up.pipe(client);
      client.pipe(up);
    });
    up.on('error', () => {
      if (client.writable) client.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
    });
    client.on('error', () => up.destroy());
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    connects,
    plainRequests,
    close: async () => {
      for (const s of upstream) s.destroy();
      await closeServer(server, sockets);
    },
  };
}

export interface SocksProxy extends TestServer {
  connects: string[];
}

/** Minimal SOCKS5 (no auth, CONNECT only, IPv4/domain/IPv6 targets). */
export async function startSocks5Proxy(opts: { localAddress?: string } = {}): Promise<SocksProxy> {
  const connects: string[] = [];
  const upstream = new Set<net.Socket>();
  const server = net.createServer((client) => {
    let buf = Buffer.alloc(0);
    let stage: 'greeting' | 'request' | 'piping' = 'greeting';
    client.on('error', () => {});
    const onData = (chunk: Buffer) => {
      buf = Buffer.concat([buf, chunk]);
      if (stage === 'greeting') {
        if (buf.length < 2 || buf.length < 2 + buf[1]) return;
        if (buf[0] !== 5) return client.destroy();
        buf = buf.subarray(2 + buf[1]);
        client.write(Buffer.from([5, 0]));
        stage = 'request';
      }
      if (stage === 'request') {
        if (buf.length < 5) return;
        const atyp = buf[3];
        const addrLen = atyp === 1 ? 4 : atyp === 4 ? 16 : 1 + buf[4];
        if (buf.length < 4 + addrLen + 2) return;
        let host: string;
        if (atyp === 1) host = Array.from(buf.subarray(4, 8)).join('.');
        else if (atyp === 3) host = buf.subarray(5, 5 + buf[4]).toString('utf8');
        else host = (buf.subarray(4, 20).toString('hex').match(/.{4}/g) ?? []).join(':');
        const port = buf.readUInt16BE(4 + addrLen);
        const rest = buf.subarray(4 + addrLen + 2);
        stage = 'piping';
        client.off('data', onData);
        connects.push(`${host}:${port}`);
        const up = net.connect({ host, port, localAddress: opts.localAddress });
        upstream.add(up);
        up.on('close', () => upstream.delete(up));
        up.once('connect', () => {
          client.write(Buffer.from([5, 0, 0, 1, 0, 0, 0, 0, 0, 0]));
          if (rest.length) up.write(rest);
          up.pipe(client);
          client.pipe(up);
        });
        up.on('error', () => {
          if (client.writable) client.end(Buffer.from([5, 5, 0, 1, 0, 0, 0, 0, 0, 0]));
        });
        client.on('close', () => up.destroy());
      }
    };
    client.on('data', onData);
  });
  const sockets = track(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `socks5://127.0.0.1:${port}`,
    port,
    connects,
    close: async () => {
      for (const s of upstream) s.destroy();
      await closeServer(server, sockets);
    },
  };
}

export interface RecordedRequest {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: string;
  remoteAddress: string | undefined;
}

export interface RecordingServer extends TestServer {
  requests: RecordedRequest[];
  /** Replace to change the answer. */
  respond: (req: RecordedRequest, res: http.ServerResponse) => void;
}

/** Records raw request lines (req.url is the undecoded request-target) and answers 200 {}. */
export async function startRecordingServer(): Promise<RecordingServer> {
  const requests: RecordedRequest[] = [];
  const self: RecordingServer = {
    url: '',
    port: 0,
    requests,
    respond: (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"code":200,"message":"OK","data":{}}');
    },
    close: async () => {},
  };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const rec = {
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
        remoteAddress: req.socket.remoteAddress,
      };
      requests.push(rec);
      self.respond(rec, res);
    });
  });
  const sockets = track(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  self.port = (server.address() as AddressInfo).port;
  self.url = `http://127.0.0.1:${self.port}`;
  self.close = () => closeServer(server, sockets);
  return self;
}

/** Whether this machine can originate connections from another loopback address (Linux can). */
export async function canBindLoopback(address: string): Promise<boolean> {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.once('error', () => resolve(false));
    s.listen(0, address, () => s.close(() => resolve(true)));
  });
}
