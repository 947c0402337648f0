// Composition root: every piece of mutable sandbox machinery, built from the start options, and
// the one place that knows how to put it all back (/__sandbox/reset).
import { VirtualClock } from './clock';
import { AllowList } from './gateway/allow-list';
import { DEFAULT_EDGE_BLOCK_SECONDS, EdgeBlocker } from './gateway/edge-block';
import { NO_FAULTS, type FaultConfig } from './gateway/faults';
import { RateLimiter } from './gateway/rate-limit';
import { RequestLog } from './gateway/request-log';
import { createRng, deriveSeed, type Rng } from './rng';
import { DOMAINS } from './routes';
import { RouteRegistry, type DomainModule } from './routes/registry';
import { SandboxState } from './state';

export interface SandboxOptions {
  /** 0 = any free port. */
  port?: number;
  host?: string;
  seed?: number;
  /** Per-vendor requests per second. */
  rate?: number;
  /** How long a vendor stays 429-blocked after exceeding the rate. */
  blockSeconds?: number;
  /** Allow-list for the demo vendor; null/undefined = no IP check. */
  allowIps?: string[] | null;
  /** Virtual clock speed (domain time only). */
  timeScale?: number;
  /** Passed to domain seeders. */
  orders?: number;
  /** Edge "Access Denied" after this many 4xx/5xx per second; null = off. */
  edgeBlockErrorsPerSecond?: number | null;
  edgeBlockSeconds?: number;
  /** Virtual clock start (epoch ms or ISO); default: now. Fix it for byte-identical seeded data. */
  startAt?: number | string;
  /** Override the served domains (tests of the core); default: routes/index.ts. */
  domains?: ReadonlyArray<DomainModule<any>>;
}

export interface ResolvedOptions {
  port: number;
  host: string;
  seed: number;
  rate: number;
  blockSeconds: number;
  allowIps: string[] | null;
  timeScale: number;
  orders: number | undefined;
  edgeBlockErrorsPerSecond: number | null;
  edgeBlockSeconds: number;
  startAt: number | undefined;
}

export function resolveOptions(opts: SandboxOptions = {}): ResolvedOptions {
  const startAt = opts.startAt === undefined ? undefined : typeof opts.startAt === 'number' ? opts.startAt : Date.parse(opts.startAt);
  if (startAt !== undefined && Number.isNaN(startAt)) throw new RangeError(`startAt is not a date: ${opts.startAt}`);
  return {
    port: opts.port ?? 0,
    host: opts.host ?? '127.0.0.1',
    seed: opts.seed ?? 1,
    rate: opts.rate ?? 10,
    blockSeconds: opts.blockSeconds ?? 5,
    allowIps: opts.allowIps ?? null,
    timeScale: opts.timeScale ?? 1,
    orders: opts.orders,
    edgeBlockErrorsPerSecond: opts.edgeBlockErrorsPerSecond ?? null,
    edgeBlockSeconds: opts.edgeBlockSeconds ?? DEFAULT_EDGE_BLOCK_SECONDS,
    startAt,
  };
}

export class Runtime {
  readonly clock: VirtualClock;
  readonly state: SandboxState;
  readonly registry = new RouteRegistry();
  readonly rate: RateLimiter;
  readonly edge: EdgeBlocker;
  readonly allowList = new AllowList();
  readonly log = new RequestLog();
  faults: FaultConfig = { ...NO_FAULTS };
  faultRng: Rng;
  /** While true every non-admin connection is dropped unanswered (POST /__sandbox/outage). */
  outage = false;

  constructor(readonly options: ResolvedOptions, domains: ReadonlyArray<DomainModule<any>> = DOMAINS) {
    this.clock = new VirtualClock({ start: options.startAt, timeScale: options.timeScale });
    for (const domain of domains) this.registry.addDomain(domain);
    this.state = new SandboxState(domains, this.clock, { seed: options.seed, orders: options.orders });
    this.rate = new RateLimiter({ rate: options.rate, blockSeconds: options.blockSeconds });
    this.edge = new EdgeBlocker({ errorsPerSecond: options.edgeBlockErrorsPerSecond, blockSeconds: options.edgeBlockSeconds });
    this.faultRng = createRng(deriveSeed(options.seed, 'faults'));
    if (options.allowIps) this.allowList.set(this.state.demo.vendorId, options.allowIps);
  }

  /** Back to the start options: same vendors and keys, fresh data, no faults, blocks or log. */
  reset(): void {
    const o = this.options;
    this.clock.reset();
    this.state.reseed();
    this.rate.configure({ rate: o.rate, blockSeconds: o.blockSeconds });
    this.edge.configure({ errorsPerSecond: o.edgeBlockErrorsPerSecond, blockSeconds: o.edgeBlockSeconds });
    this.allowList.clear();
    if (o.allowIps) this.allowList.set(this.state.demo.vendorId, o.allowIps);
    this.faults = { ...NO_FAULTS };
    this.faultRng = createRng(deriveSeed(o.seed, 'faults'));
    this.outage = false;
    this.log.clear();
  }
}
