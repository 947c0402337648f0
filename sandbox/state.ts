// Every vendor owns one slice of state per domain. Domains never share a global object: a route
// sees its own vendor's slice, which is what keeps one seller's data out of another's answers.
import type { VirtualClock } from './clock';
import { createRng, deriveSeed, type Rng } from './rng';
import type { DomainModule } from './routes/registry';
import { deriveVendors, type Vendor } from './vendors';

export interface SeedOptions {
  seed: number;
  /** How many orders domain seeders should create for the demo vendor. */
  orders?: number;
}

export class VendorStore {
  private readonly slices = new Map<string, unknown>();
  private readonly rngs = new Map<string, Rng>();

  constructor(readonly vendor: Vendor, private readonly seed: number) {}

  /** The domain's own random stream for this vendor, so one domain's draws never shift another's. */
  rng(domainName: string): Rng {
    let rng = this.rngs.get(domainName);
    if (!rng) {
      rng = createRng(deriveSeed(this.seed, `${this.vendor.vendorId}:${domainName}`));
      this.rngs.set(domainName, rng);
    }
    return rng;
  }

  get<S>(domain: DomainModule<S>): S {
    if (!this.slices.has(domain.name)) throw new Error(`domain ${domain.name} is not seeded for ${this.vendor.vendorId}`);
    return this.slices.get(domain.name) as S;
  }

  seedDomain<S>(domain: DomainModule<S>, clock: VirtualClock, options: SeedOptions): void {
    this.rngs.delete(domain.name);
    const state = domain.seed({ vendor: this.vendor, rng: this.rng(domain.name), clock, options });
    this.slices.set(domain.name, state);
  }
}

export class SandboxState {
  readonly demo: Vendor;
  readonly foreign: Vendor;
  private stores = new Map<string, VendorStore>();

  constructor(
    private readonly domains: ReadonlyArray<DomainModule<any>>,
    private readonly clock: VirtualClock,
    private readonly options: SeedOptions,
  ) {
    ({ demo: this.demo, foreign: this.foreign } = deriveVendors(options.seed));
    this.reseed();
  }

  get vendors(): Vendor[] {
    return [this.demo, this.foreign];
  }

  vendorByAccessKey(accessKey: string): Vendor | undefined {
    return this.vendors.find((v) => v.accessKey === accessKey);
  }

  vendor(vendorId: string): Vendor | undefined {
    return this.vendors.find((v) => v.vendorId === vendorId);
  }

  store(vendorId: string): VendorStore {
    const store = this.stores.get(vendorId);
    if (!store) throw new Error(`unknown vendor ${vendorId}`);
    return store;
  }

  /** Same seed, same world: vendors keep their keys, domain data is rebuilt from scratch. */
  reseed(): void {
    this.stores = new Map();
    for (const vendor of this.vendors) {
      const store = new VendorStore(vendor, this.options.seed);
      for (const domain of this.domains) store.seedDomain(domain, this.clock, this.options);
      this.stores.set(vendor.vendorId, store);
    }
  }

  /** `{ [domain]: { [vendorId]: summary } }` for /__sandbox/state. */
  summaries(): Record<string, Record<string, unknown>> {
    const out: Record<string, Record<string, unknown>> = {};
    for (const domain of this.domains) {
      out[domain.name] = {};
      for (const vendor of this.vendors) {
        const slice = this.store(vendor.vendorId).get(domain);
        out[domain.name][vendor.vendorId] = domain.summarize ? domain.summarize(slice, vendor, this.clock) : slice;
      }
    }
    return out;
  }
}
