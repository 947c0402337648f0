// Which Coupang endpoint and keys the app talks to right now: the active profile, or — when the
// seller has not set one up yet — the embedded sandbox with its demo vendor (demo mode). Clients
// are cached per profile so the per-vendor limiter and keep-alive pools are shared by every caller.
import { createCoupangClient } from '../coupang';
import type { CoupangCredentials } from '../coupang/types';
import type { ProfilesService } from './profiles';

export type CoupangClient = ReturnType<typeof createCoupangClient>;

export interface DemoSandbox {
  baseUrl: string;
  vendorId: string;
  accessKey: string;
  secretKey: string;
  close(): Promise<void>;
}

export interface ActiveConnection {
  profileId: string | null;
  name: string;
  demo: boolean;
  mode: 'SANDBOX' | 'LIVE';
  baseUrl: string;
  credentials: CoupangCredentials;
  proxyUrl: string | null;
  keyDaysLeft: number | null;
  client: CoupangClient;
}

export class MissingSecretError extends Error {
  readonly code = 'NOT_FOUND';
}

export interface ConnectionsDeps {
  profiles: ProfilesService;
  startDemo: () => Promise<DemoSandbox>;
  ratePerSecond?: number;
  log?: (entry: Record<string, unknown>) => void;
  keyDaysLeft: (keyIssuedAt: string) => number;
}

export function createConnections(deps: ConnectionsDeps) {
  let demo: Promise<DemoSandbox> | null = null;
  const clients = new Map<string, CoupangClient>();

  function clientFor(baseUrl: string, credentials: CoupangCredentials, proxyUrl: string | null, sandbox: boolean): CoupangClient {
    const key = JSON.stringify([baseUrl, credentials.vendorId, credentials.accessKey, credentials.secretKey, proxyUrl]);
    let c = clients.get(key);
    if (!c) {
      c = createCoupangClient({
        baseUrl,
        credentials,
        proxyUrl,
        ratePerSecond: deps.ratePerSecond,
        log: deps.log,
        egressEchoUrl: sandbox ? `${baseUrl}/__sandbox/whoami` : undefined,
      });
      clients.set(key, c);
    }
    return c;
  }

  async function demoConnection(): Promise<ActiveConnection> {
    demo ??= deps.startDemo().catch((err) => {
      demo = null;
      throw err;
    });
    const sb = await demo;
    const credentials = { vendorId: sb.vendorId, accessKey: sb.accessKey, secretKey: sb.secretKey };
    return {
      profileId: null,
      name: '데모 (샌드박스)',
      demo: true,
      mode: 'SANDBOX',
      baseUrl: sb.baseUrl,
      credentials,
      proxyUrl: null,
      keyDaysLeft: null,
      client: clientFor(sb.baseUrl, credentials, null, true),
    };
  }

  async function forProfile(id: string | null): Promise<ActiveConnection> {
    const row = id ? deps.profiles.get(id) : deps.profiles.active();
    if (!row) return demoConnection();
    const secretKey = await deps.profiles.secretFor(row.id);
    if (!secretKey) throw new MissingSecretError(`'${row.name}' 프로필의 Secret Key가 OS 키체인에 없습니다. 설정에서 Secret Key를 다시 입력하세요.`);
    const credentials = { vendorId: row.vendorId, accessKey: row.accessKey, secretKey };
    return {
      profileId: row.id,
      name: row.name,
      demo: false,
      mode: row.baseUrlKind === 'live' ? 'LIVE' : 'SANDBOX',
      baseUrl: row.baseUrl,
      credentials,
      proxyUrl: row.proxyUrl,
      keyDaysLeft: deps.keyDaysLeft(row.keyIssuedAt),
      client: clientFor(row.baseUrl, credentials, row.proxyUrl, row.baseUrlKind === 'sandbox'),
    };
  }

  return {
    current: () => forProfile(null),
    forProfile,
    /** The demo sandbox if it has been started (for status and tests). */
    demoSandbox: () => demo,
    async close() {
      for (const c of clients.values()) await c.close?.();
      clients.clear();
      if (demo) await (await demo.catch(() => null))?.close();
      demo = null;
    },
  };
}
export type Connections = ReturnType<typeof createConnections>;
