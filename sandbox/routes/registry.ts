// The contract between the gateway core and domain engineers. A domain is one module that seeds
// per-vendor state and lists its routes; the core does signing, limits, faults and envelopes of
// gateway errors, so a handler only ever sees an authenticated call for its own vendor.
import type { IncomingHttpHeaders } from 'node:http';
import type { VirtualClock } from '../clock';
import type { Family } from '../gateway/envelopes';
import type { ParsedQuery } from '../gateway/query';
import type { Reply } from '../gateway/reply';
import { familyOf } from '../gateway/envelopes';
import type { Rng } from '../rng';
import type { SeedOptions, VendorStore } from '../state';
import type { Vendor } from '../vendors';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH';

export interface RouteContext<S> {
  routeId: string;
  method: HttpMethod;
  /** Path exactly as received. */
  path: string;
  /** `{name}` segments of the pattern, percent-decoded. */
  params: Record<string, string>;
  query: ParsedQuery;
  headers: IncomingHttpHeaders;
  rawBody: string;
  /** Lossless JSON (see json.ts); undefined for an empty body. */
  body: unknown;
  /** The key owner. Paths with `{vendorId}` have already been checked against it. */
  vendor: Vendor;
  family: Family;
  clock: VirtualClock;
  /** This vendor's random stream for this domain. */
  rng: Rng;
  /** This vendor's slice of this domain's state. */
  state: S;
  /** All of this vendor's slices, for routes that read another domain (`ctx.store.get(placesDomain)`). */
  store: VendorStore;
}

export interface RouteDef<S> {
  /** Catalog id, e.g. 'places.listOutbound'. */
  id: string;
  method: HttpMethod;
  /** Pattern such as '/v2/providers/openapi/apis/api/v5/vendors/{vendorId}/ordersheets'. */
  path: string;
  /** Faults are scoped by this; default: GET is a read, everything else a write. */
  kind?: 'read' | 'write';
  /** Envelope family for errors the core raises on this route; default derived from the path. */
  family?: Family;
  /** Disambiguates routes that share method and path (e.g. by a query parameter). */
  match?(query: ParsedQuery): boolean;
  handler(ctx: RouteContext<S>): Reply | Promise<Reply>;
}

export interface SeedArgs {
  vendor: Vendor;
  rng: Rng;
  /** Anchor seeded times at `clock.startTime`, never `clock.now()`: same seed + startAt, same bytes. */
  clock: VirtualClock;
  options: SeedOptions;
}

export interface DomainModule<S> {
  /** Unique, e.g. 'places'; also the key in /__sandbox/state `domains`. */
  name: string;
  /** Builds one vendor's initial state; called for every vendor, again on /__sandbox/reset. */
  seed(args: SeedArgs): S;
  /** What /__sandbox/state shows for one vendor; default: the whole slice. `clock` lets lazy domains settle first. */
  summarize?(state: S, vendor: Vendor, clock: VirtualClock): unknown;
  routes: ReadonlyArray<RouteDef<S>>;
  /** Extra admin endpoints under /__sandbox (loopback only, unsigned), e.g. '/products/{id}/decide'. */
  admin?: ReadonlyArray<AdminRouteDef>;
}

export interface AdminRouteContext {
  params: Record<string, string>;
  query: ParsedQuery;
  /** The JSON body ({} when empty). */
  body: Record<string, unknown>;
  clock: VirtualClock;
  vendors: Vendor[];
  /** The demo vendor: the default when a call names none. */
  demo: Vendor;
  store(vendorId: string): VendorStore;
}

export interface AdminRouteDef {
  method: HttpMethod;
  /** Below /__sandbox, e.g. '/products/{sellerProductId}/decide'. */
  path: string;
  /** Answer `{error}` with a 4xx status for bad input, like the core admin endpoints. */
  handler(ctx: AdminRouteContext): Reply;
}

/** Identity helper that lets TypeScript infer `S` across seed, routes and summarize. */
export function defineDomain<S>(domain: DomainModule<S>): DomainModule<S> {
  return domain;
}

export interface ResolvedRoute {
  domain: DomainModule<any>;
  route: RouteDef<any>;
  params: Record<string, string>;
  family: Family;
  isWrite: boolean;
}

interface Compiled {
  domain: DomainModule<any>;
  route: RouteDef<any>;
  segments: Array<{ literal: string } | { param: string }>;
  literals: number;
  order: number;
}

function compile(pattern: string): Compiled['segments'] {
  if (!pattern.startsWith('/')) throw new Error(`route path must start with '/': ${pattern}`);
  return pattern
    .slice(1)
    .split('/')
    .map((seg) => {
      const m = /^\{([A-Za-z_][A-Za-z0-9_]*)\}$/.exec(seg);
      return m ? { param: m[1] } : { literal: seg };
    });
}

function decodeSegment(seg: string): string | undefined {
  try {
    return decodeURIComponent(seg);
  } catch {
    return undefined;
  }
}

export class RouteRegistry {
  private readonly compiled: Compiled[] = [];
  private readonly adminRoutes: Array<{ route: AdminRouteDef; segments: Compiled['segments'] }> = [];
  private readonly domainNames = new Set<string>();

  addDomain(domain: DomainModule<any>): this {
    if (this.domainNames.has(domain.name)) throw new Error(`domain ${domain.name} registered twice`);
    this.domainNames.add(domain.name);
    for (const route of domain.routes) {
      const segments = compile(route.path);
      this.compiled.push({ domain, route, segments, literals: segments.filter((s) => 'literal' in s).length, order: this.compiled.length });
    }
    for (const route of domain.admin ?? []) this.adminRoutes.push({ route, segments: compile(route.path) });
    // Most literal segments first, then routes with a query matcher, then registration order:
    // '/returnRequests/batch' must win over '/returnRequests/{receiptId}'.
    this.compiled.sort((a, b) => b.literals - a.literals || Number(!!b.route.match) - Number(!!a.route.match) || a.order - b.order);
    return this;
  }

  /** Matches the raw path, segment by segment; literals compare undecoded, params are decoded. */
  resolve(method: string, path: string, query: ParsedQuery): ResolvedRoute | undefined {
    const parts = path.slice(1).split('/');
    for (const c of this.compiled) {
      if (c.route.method !== method || c.segments.length !== parts.length) continue;
      const params: Record<string, string> = {};
      const ok = c.segments.every((seg, i) => {
        if ('literal' in seg) return seg.literal === parts[i];
        const value = decodeSegment(parts[i]);
        if (value === undefined || value === '') return false;
        params[seg.param] = value;
        return true;
      });
      if (!ok || (c.route.match && !c.route.match(query))) continue;
      return {
        domain: c.domain,
        route: c.route,
        params,
        family: c.route.family ?? familyOf(c.route.path),
        isWrite: (c.route.kind ?? (c.route.method === 'GET' ? 'read' : 'write')) === 'write',
      };
    }
    return undefined;
  }

  /** A domain's admin endpoint for `path` below /__sandbox; the first registered match wins. */
  resolveAdmin(method: string, path: string): { route: AdminRouteDef; params: Record<string, string> } | undefined {
    const parts = path.slice(1).split('/');
    for (const { route, segments } of this.adminRoutes) {
      if (route.method !== method || segments.length !== parts.length) continue;
      const params: Record<string, string> = {};
      const ok = segments.every((seg, i) => {
        if ('literal' in seg) return seg.literal === parts[i];
        const value = decodeSegment(parts[i]);
        if (value === undefined || value === '') return false;
        params[seg.param] = value;
        return true;
      });
      if (ok) return { route, params };
    }
    return undefined;
  }

  routes(): Array<{ domain: string; id: string; method: HttpMethod; path: string }> {
    return this.compiled.map((c) => ({ domain: c.domain.name, id: c.route.id, method: c.route.method, path: c.route.path }));
  }
}
