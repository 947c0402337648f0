// HTTP glue: takes the request-target exactly as it came off the wire (Node leaves req.url
// untouched), routes admin calls aside, applies the edge block, runs the gateway pipeline and
// records every API call.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { performance } from 'node:perf_hooks';
import { handleAdmin, isAdminPath } from '../admin/admin';
import { parseAuthorization } from '../auth/verify';
import { stringifyJson } from '../json';
import type { Runtime } from '../runtime';
import { accessDeniedPage } from './edge-block';
import { gatewayError } from './envelopes';
import { normalizeIp } from './ip';
import { runPipeline } from './pipeline';
import { parseQuery } from './query';
import type { Reply } from './reply';

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, reply: Reply): void {
  const body = reply.text ?? (reply.json === undefined ? '' : stringifyJson(reply.json));
  const type = reply.contentType ?? (reply.text !== undefined ? 'text/plain' : 'application/json');
  res.writeHead(reply.status, {
    'Content-Type': `${type};charset=UTF-8`,
    'Content-Length': String(Buffer.byteLength(body)),
    ...reply.headers,
  });
  res.end(body);
}

/**
 * The edge sits before the gateway and cannot verify keys, but it sees them: errors are counted
 * per (claimed) vendor when the header names a known key, per caller IP otherwise.
 */
function edgeKey(rt: Runtime, authorization: string | undefined, ip: string): string {
  const parsed = parseAuthorization(authorization);
  const vendor = parsed ? rt.state.vendorByAccessKey(parsed.accessKey) : undefined;
  return vendor ? vendor.vendorId : `ip:${ip}`;
}

async function handle(rt: Runtime, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const started = performance.now();
  const time = Date.now();
  const rawUrl = req.url ?? '/';
  const q = rawUrl.indexOf('?');
  const path = q < 0 ? rawUrl : rawUrl.slice(0, q);
  const rawQuery = q < 0 ? '' : rawUrl.slice(q + 1);
  const query = parseQuery(rawQuery);
  const ip = normalizeIp(req.socket.remoteAddress);
  const method = (req.method ?? 'GET').toUpperCase();
  // Outage: Coupang unreachable. The socket dies before anything is read or answered; state is kept.
  if (rt.outage && !isAdminPath(path)) {
    req.socket.resetAndDestroy();
    rt.log.add({ time, method, path, query: rawQuery, status: 0, ms: Math.round(performance.now() - started), vendorId: null, ip });
    return;
  }
  const rawBody = await readBody(req);

  if (isAdminPath(path)) {
    send(res, handleAdmin(rt, { method, path, query, rawBody, ip }));
    return;
  }

  const key = edgeKey(rt, req.headers.authorization, ip);
  let outcome: Reply | 'reset';
  let vendorId: string | null = null;
  if (rt.edge.isBlocked(key)) {
    outcome = accessDeniedPage(`http://${req.headers.host ?? 'api-gateway.coupang.com'}${rawUrl}`);
  } else {
    const result = await runPipeline(rt, { method, path, query, headers: req.headers, rawBody, ip });
    outcome = result.outcome;
    vendorId = result.vendor?.vendorId ?? null;
    if (outcome !== 'reset') rt.edge.record(key, outcome.status);
  }

  if (outcome === 'reset') req.socket.resetAndDestroy();
  else send(res, outcome);
  rt.log.add({ time, method, path, query: rawQuery, status: outcome === 'reset' ? 0 : outcome.status, ms: Math.round(performance.now() - started), vendorId, ip });
}

export function createSandboxServer(rt: Runtime): Server {
  return createServer((req, res) => {
    handle(rt, req, res).catch((err) => {
      console.error('[sandbox] request failed:', err);
      if (!res.headersSent) send(res, gatewayError(500, 'Internal Server Error'));
      else res.destroy();
    });
  });
}
