// Credentials are derived from the seed so the CLI, the app's demo profile and the tests all see
// the same vendor for the same seed without any shared file.
import { createRng, deriveSeed, type Rng } from './rng';
import type { KeyRecord } from './auth/verify';

export type VendorRole = 'demo' | 'foreign';

export interface Vendor extends KeyRecord {
  role: VendorRole;
}

function uuidLike(rng: Rng): string {
  return `${rng.hex(8)}-${rng.hex(4)}-4${rng.hex(3)}-${rng.pick(['8', '9', 'a', 'b'])}${rng.hex(3)}-${rng.hex(12)}`;
}

/** Wing vendor codes look like `A00012345`: a letter and eight digits. */
function vendorCode(rng: Rng): string {
  return `A000${rng.int(10000, 99999)}`;
}

/**
 * The demo vendor is the app's account; the foreign one holds a valid key of another seller, so
 * tests can call the demo vendor's paths with it and see how Coupang treats that.
 */
export function deriveVendors(seed: number): { demo: Vendor; foreign: Vendor } {
  const make = (role: VendorRole, avoid?: string): Vendor => {
    const rng = createRng(deriveSeed(seed, `vendor:${role}`));
    let vendorId = vendorCode(rng);
    while (vendorId === avoid) vendorId = vendorCode(rng);
    return { role, vendorId, accessKey: uuidLike(rng), secretKey: rng.hex(40) };
  };
  const demo = make('demo');
  return { demo, foreign: make('foreign', demo.vendorId) };
}
