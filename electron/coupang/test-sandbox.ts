// Helpers for integration tests against the real sandbox server (not used at run time).
import { startSandbox, type SandboxOptions } from '../../sandbox';
import { createCoupangClient, type CoupangClient } from './client';
import type { ClientOptions } from './types';

export type Sandbox = Awaited<ReturnType<typeof startSandbox>>;

export interface SandboxLogEntry {
  time: number;
  method: string;
  path: string;
  query: string;
  status: number;
  ip: string;
  vendorId: string | null;
}

export async function openSandbox(opts: SandboxOptions = {}): Promise<Sandbox> {
  return startSandbox({ port: 0, seed: 7, ...opts });
}

/** Unsigned admin call (loopback only). */
export async function admin(sb: Sandbox, method: string, path: string, body?: unknown): Promise<any> {
  const res = await fetch(`${sb.baseUrl}/__sandbox${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = await res.json();
  if (!res.ok) throw new Error(`admin ${method} ${path}: ${res.status} ${JSON.stringify(json)}`);
  return json;
}

export async function sandboxRequests(sb: Sandbox, since = 0): Promise<SandboxLogEntry[]> {
  return (await admin(sb, 'GET', `/requests?since=${since}`)).requests;
}

export function sandboxClient(sb: Sandbox, extra: Partial<ClientOptions> = {}): CoupangClient {
  return createCoupangClient({
    baseUrl: sb.baseUrl,
    credentials: { vendorId: sb.vendorId, accessKey: sb.accessKey, secretKey: sb.secretKey },
    ...extra,
  });
}

export function maxInAnyWindow(times: readonly number[], windowMs = 1000): number {
  const sorted = [...times].sort((a, b) => a - b);
  let best = 0;
  let lo = 0;
  for (let hi = 0; hi < sorted.length; hi++) {
    while (sorted[hi] - sorted[lo] >= windowMs) lo++;
    best = Math.max(best, hi - lo + 1);
  }
  return best;
}

export const NEW_OUTBOUND = (name: string) => ({
  userId: 'wing-tester',
  shippingPlaceName: name,
  placeAddresses: [
    {
      addressType: 'JIBUN',
      countryCode: 'KR',
      companyContactNumber: '02-1234-5678',
      returnZipCode: '10516',
      returnAddress: '경기도 파주시 탄현면 월롱산로',
      returnAddressDetail: `${Math.floor(Math.random() * 1e6)}`,
    },
  ],
});
