// The gateway's decision chain for one API call, in the order Coupang's stack can know things:
// who is calling (signature), from where (IP), how often (throttle), what (route, vendor), and
// only then the backend, wrapped in whatever faults are injected.
import type { IncomingHttpHeaders } from 'node:http';
import { authFailureReply, verifyRequest } from '../auth/verify';
import { parseJson } from '../json';
import type { Runtime } from '../runtime';
import type { HttpMethod } from '../routes/registry';
import type { Vendor } from '../vendors';
import { notAllowedIp } from './allow-list';
import { familyError, gatewayError } from './envelopes';
import { gatewayTimeout, parseExtendedTimeout, planFaults, serverError } from './faults';
import type { ParsedQuery } from './query';
import { RATE_WARNING_HEADER, tooManyRequests } from './rate-limit';
import { withHeader, type Reply } from './reply';

export interface ApiRequest {
  method: string;
  path: string;
  query: ParsedQuery;
  headers: IncomingHttpHeaders;
  rawBody: string;
  ip: string;
}

/** 'reset' = drop the connection without an answer. `vendor` is set once the key is verified. */
export interface PipelineResult {
  outcome: Reply | 'reset';
  vendor?: Vendor;
}

/**
 * transport.md §5: 404 is what Coupang answers both for a wrong path and for a path carrying
 * another seller's (or a mistyped) vendorId (rules-general #10, 404 FAQ). The FAQ's access log
 * shows a 1,159-byte body that no source quotes, so we use the gateway's documented JSON error
 * shape (transport.md §6) with the status text.
 */
export function notFound(): Reply {
  return gatewayError(404, 'Not Found');
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function header(headers: IncomingHttpHeaders, name: string): string | undefined {
  const v = headers[name];
  return Array.isArray(v) ? v[0] : v;
}

export async function runPipeline(rt: Runtime, req: ApiRequest): Promise<PipelineResult> {
  const auth = verifyRequest(
    { authorization: header(req.headers, 'authorization'), method: req.method, path: req.path, rawQuery: req.query.raw },
    (accessKey) => rt.state.vendorByAccessKey(accessKey),
    Date.now(),
  );
  if (!auth.ok) return { outcome: authFailureReply(auth.failure) };
  const vendor = rt.state.vendor(auth.key.vendorId)!;

  if (!rt.allowList.allows(vendor.vendorId, req.ip)) return { outcome: notAllowedIp(), vendor };

  const decision = rt.rate.check(vendor.vendorId);
  if (!decision.allowed) return { outcome: tooManyRequests(decision), vendor };
  const warn = (reply: Reply): Reply => (decision.warning ? withHeader(reply, RATE_WARNING_HEADER, decision.warning) : reply);

  const resolved = rt.registry.resolve(req.method, req.path, req.query);
  if (!resolved) return { outcome: warn(notFound()), vendor };
  if (resolved.params.vendorId !== undefined && resolved.params.vendorId !== vendor.vendorId) return { outcome: warn(notFound()), vendor };

  let body: unknown;
  if (req.rawBody.trim() !== '') {
    try {
      body = parseJson(req.rawBody);
    } catch (err) {
      // The FAQ "Object text must begin with '{' at character 0" is Coupang's parser talking; we
      // reuse it for bodies that are not JSON objects, and the parser's text otherwise.
      const text = req.rawBody.trimStart().startsWith('{') ? `Invalid JSON: ${(err as Error).message}` : "Object text must begin with '{' at character 0";
      return { outcome: warn(familyError(resolved.family, 400, text)), vendor };
    }
  }

  const plan = planFaults(rt.faults, { isWrite: resolved.isWrite, extendedTimeoutMs: parseExtendedTimeout(req.headers['x-extended-timeout']) }, rt.faultRng);
  if (plan.kind === 'reset') return { outcome: 'reset', vendor };
  if (plan.kind === 'server-error') return { outcome: warn(serverError(plan.status)), vendor };
  if (plan.delayMs > 0) await sleep(plan.delayMs);

  const store = rt.state.store(vendor.vendorId);
  let reply: Reply;
  try {
    reply = await resolved.route.handler({
      routeId: resolved.route.id,
      method: req.method as HttpMethod,
      path: req.path,
      params: resolved.params,
      query: req.query,
      headers: req.headers,
      rawBody: req.rawBody,
      body,
      vendor,
      family: resolved.family,
      clock: rt.clock,
      rng: store.rng(resolved.domain.name),
      state: store.get(resolved.domain),
      store,
    });
  } catch (err) {
    // A handler bug must be loud in test output, yet look to the client like Coupang's 500.
    console.error(`[sandbox] ${resolved.route.id} threw:`, err);
    reply = serverError(500);
  }
  return { outcome: warn(plan.timeoutAfter ? gatewayTimeout() : reply), vendor };
}
