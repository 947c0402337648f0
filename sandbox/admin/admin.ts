// Control surface for tests and the app's demo mode: loopback only, unsigned, plain JSON, never
// rate-limited. Its shapes are a contract with the client and CLI engineers; keep them stable.
import type { ParsedQuery } from '../gateway/query';
import { mergeFaults, NO_FAULTS } from '../gateway/faults';
import { isLoopback } from '../gateway/ip';
import type { Reply } from '../gateway/reply';
import type { Runtime } from '../runtime';
import { invoiceUploads } from '../domains/orders/invoice-uploads';
import { ordersDomain } from '../routes/orders';

export const ADMIN_PREFIX = '/__sandbox';

export interface AdminRequest {
  method: string;
  path: string;
  query: ParsedQuery;
  rawBody: string;
  ip: string;
}

class AdminError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

const ok = (json: unknown, status = 200): Reply => ({ status, json });

function readBody(raw: string): Record<string, unknown> {
  if (raw.trim() === '') return {};
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    throw new AdminError(400, 'body is not JSON');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new AdminError(400, 'body must be a JSON object');
  return value as Record<string, unknown>;
}

function optionalNumber(body: Record<string, unknown>, name: string): number | undefined {
  const v = body[name];
  if (v === undefined) return undefined;
  if (typeof v !== 'number' || !Number.isFinite(v)) throw new AdminError(400, `${name} must be a number`);
  return v;
}

/** RangeErrors from the gateway modules are the caller's fault: 400 with their text. */
function guarded<T>(fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    if (err instanceof RangeError) throw new AdminError(400, err.message);
    throw err;
  }
}

function rateView(rt: Runtime) {
  const iso = (m: Record<string, number>) => Object.fromEntries(Object.entries(m).map(([k, t]) => [k, new Date(t).toISOString()]));
  return {
    ...rt.rate.settings,
    edgeBlockErrorsPerSecond: rt.edge.settings.errorsPerSecond,
    edgeBlockSeconds: rt.edge.settings.blockSeconds,
    blocked: iso(rt.rate.blocked()),
    edgeBlocked: iso(rt.edge.blocked()),
  };
}

function stateView(rt: Runtime) {
  return {
    vendors: rt.state.vendors.map((v) => ({ ...v, allowIps: rt.allowList.get(v.vendorId) })),
    rate: rateView(rt),
    faults: rt.faults,
    clock: rt.clock.info(),
    requests: rt.log.counts(),
    domains: rt.state.summaries(),
  };
}

type Handler = (rt: Runtime, req: AdminRequest, body: Record<string, unknown>) => Reply;

const HANDLERS: Record<string, Handler> = {
  'GET /whoami': (_rt, req) => ok({ ip: req.ip }),
  'GET /state': (rt) => ok(stateView(rt)),
  'GET /routes': (rt) => ok({ routes: rt.registry.routes() }),
  'GET /requests': (rt, req) => {
    const since = req.query.get('since');
    const time = since === undefined || since === '' ? 0 : Number(since);
    if (!Number.isFinite(time)) throw new AdminError(400, 'since must be epoch milliseconds');
    return ok({ now: Date.now(), requests: rt.log.since(time) });
  },
  'POST /faults': (rt, _req, body) => {
    rt.faults = guarded(() => mergeFaults(rt.faults, body));
    return ok({ faults: rt.faults });
  },
  'DELETE /faults': (rt) => {
    rt.faults = { ...NO_FAULTS };
    return ok({ faults: rt.faults });
  },
  'POST /rate': (rt, _req, body) => {
    const rate = optionalNumber(body, 'rate');
    const blockSeconds = optionalNumber(body, 'blockSeconds');
    const edgeSeconds = optionalNumber(body, 'edgeBlockSeconds');
    const edgeErrors = body.edgeBlockErrorsPerSecond;
    if (edgeErrors !== undefined && edgeErrors !== null && typeof edgeErrors !== 'number') throw new AdminError(400, 'edgeBlockErrorsPerSecond must be a number or null');
    guarded(() => {
      if (rate !== undefined || blockSeconds !== undefined) {
        rt.rate.configure({ ...(rate !== undefined && { rate }), ...(blockSeconds !== undefined && { blockSeconds }) });
      }
      if (edgeErrors !== undefined || edgeSeconds !== undefined) {
        rt.edge.configure({ ...(edgeErrors !== undefined && { errorsPerSecond: edgeErrors as number | null }), ...(edgeSeconds !== undefined && { blockSeconds: edgeSeconds }) });
      }
    });
    return ok({ rate: rateView(rt) });
  },
  'POST /allow-ips': (rt, _req, body) => {
    const vendorId = body.vendorId === undefined ? rt.state.demo.vendorId : body.vendorId;
    if (typeof vendorId !== 'string' || !rt.state.vendor(vendorId)) throw new AdminError(400, `unknown vendorId ${String(vendorId)}`);
    const ips = body.ips;
    if (ips !== null && !(Array.isArray(ips) && ips.every((ip) => typeof ip === 'string'))) throw new AdminError(400, 'ips must be an array of strings or null');
    guarded(() => rt.allowList.set(vendorId, ips));
    return ok({ vendorId, ips: rt.allowList.get(vendorId) });
  },
  'POST /clock': (rt, _req, body) => {
    const advanceMinutes = optionalNumber(body, 'advanceMinutes');
    const timeScale = optionalNumber(body, 'timeScale');
    guarded(() => {
      if (timeScale !== undefined) rt.clock.setTimeScale(timeScale);
      if (advanceMinutes !== undefined) rt.clock.advance(advanceMinutes * 60_000);
    });
    return ok({ clock: rt.clock.info() });
  },
  'POST /outage': (rt, _req, body) => {
    if (typeof body.down !== 'boolean') throw new AdminError(400, 'down must be a boolean');
    rt.outage = body.down;
    return ok({ down: rt.outage });
  },
  'GET /invoice-uploads': (rt, req) => {
    const vendorId = req.query.get('vendorId') || rt.state.demo.vendorId;
    if (!rt.state.vendor(vendorId)) throw new AdminError(400, `unknown vendorId ${vendorId}`);
    const uploads = invoiceUploads(rt.state.store(vendorId).get(ordersDomain));
    return ok({ vendorId, uploads, items: uploads.length, attempts: uploads.reduce((n, u) => n + u.attempts, 0), accepted: uploads.reduce((n, u) => n + u.accepted, 0) });
  },
  'POST /reset': (rt) => {
    rt.reset();
    return ok({ reset: true, clock: rt.clock.info() });
  },
};

export function isAdminPath(path: string): boolean {
  return path === ADMIN_PREFIX || path.startsWith(`${ADMIN_PREFIX}/`);
}

export function handleAdmin(rt: Runtime, req: AdminRequest): Reply {
  if (!isLoopback(req.ip)) return ok({ error: 'the sandbox admin API answers loopback callers only' }, 403);
  const sub = req.path.slice(ADMIN_PREFIX.length);
  const key = `${req.method} ${sub}`;
  const handler = Object.hasOwn(HANDLERS, key) ? HANDLERS[key] : undefined;
  const domainRoute = handler ? undefined : rt.registry.resolveAdmin(req.method, sub);
  if (!handler && !domainRoute) return ok({ error: `no admin endpoint ${req.method} ${req.path}` }, 404);
  try {
    const body = readBody(req.rawBody);
    if (domainRoute) {
      const st = rt.state;
      return domainRoute.route.handler({ params: domainRoute.params, query: req.query, body, clock: rt.clock, vendors: st.vendors, demo: st.demo, store: (id) => st.store(id) });
    }
    return handler!(rt, req, body);
  } catch (err) {
    if (err instanceof AdminError) return ok({ error: err.message }, err.status);
    throw err;
  }
}

