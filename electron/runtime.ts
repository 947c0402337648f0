// Wires the main-process services together once. Electron's main.ts, the browser host and tests
// all build the app from here, so what the e2e tests drive is what the seller runs.
import { keyExpiry, kstDate } from '../shared/kst';
import { getLimiterStats } from './coupang';
import { createRouter, type Handlers } from './ipc/router';
import { describeError } from './ipc/errors';
import { createFileLog, type LogSink } from './log';
import { createKeychainStore, type SecretStore } from './secrets/keychain';
import { createConnections, type DemoSandbox } from './services/connections';
import { testConnection } from './services/connection-test';
import { createCouponsHandlers } from './services/coupons/handlers';
import { createInquiriesHandlers } from './services/inquiries/handlers';
import { createInvoicesHandlers } from './services/invoices/handlers';
import { createOrdersHandlers } from './services/orders/handlers';
import { createProductsHandlers } from './services/products/handlers';
import { createProfilesService } from './services/profiles';
import { createReturnsHandlers } from './services/returns/handlers';
import { createSettlementHandlers } from './services/settlement/handlers';
import { openDatabase } from './store/db';
import { createProfilesRepo } from './store/profiles-repo';
import { createSettingsRepo } from './store/settings-repo';

export interface RuntimeOptions {
  dataDir: string;
  secrets?: SecretStore;
  /** Starts the embedded sandbox used in demo mode (no profile configured). */
  startDemo?: () => Promise<DemoSandbox>;
  log?: LogSink;
  ratePerSecond?: number;
}

export async function defaultDemoSandbox(): Promise<DemoSandbox> {
  const { startSandbox } = await import('../sandbox');
  return startSandbox({ port: 0, seed: 1 });
}

export function createRuntime(options: RuntimeOptions) {
  const log = options.log ?? createFileLog(options.dataDir);
  const db = openDatabase(options.dataDir);
  const settings = createSettingsRepo(db);
  const secrets = options.secrets ?? createKeychainStore();
  const profiles = createProfilesService({ repo: createProfilesRepo(db), settings, secrets });
  const connections = createConnections({
    profiles,
    startDemo: options.startDemo ?? defaultDemoSandbox,
    ratePerSecond: options.ratePerSecond,
    log,
    keyDaysLeft: (issuedAt) => keyExpiry(issuedAt, kstDate()).daysLeft,
  });

  const handlers: Handlers = {
    'app.status': async () => {
      const conn = await connections.current();
      const stats = getLimiterStats(conn.credentials.vendorId);
      return {
        mode: conn.mode,
        demo: conn.demo,
        profileName: conn.name,
        vendorId: conn.credentials.vendorId,
        requestsLastSecond: stats.requestsLastSecond,
        rateLimit: stats.ratePerSecond,
        paused: stats.paused || stats.blocked,
        pausedReasonKo: stats.reasonKo,
        lastSyncAt: settings.get(`lastSyncAt:${conn.credentials.vendorId}`),
        keyDaysLeft: conn.keyDaysLeft,
      };
    },
    'settings.get': () => ({ locale: settings.get('locale') === 'en' ? 'en' : 'ko' }),
    'settings.setLocale': ({ locale }) => {
      settings.set('locale', locale);
      return { locale };
    },
    'keychain.status': () => secrets.status(),
    'profiles.list': () => profiles.list(),
    'profiles.save': async (input) => {
      const saved = await profiles.save(input);
      log({ level: 'info', event: 'profile.saved', profileId: saved.id, vendorId: saved.vendorId });
      return saved;
    },
    'profiles.delete': ({ id }) => profiles.delete(id),
    'profiles.activate': ({ id }) => profiles.activate(id),
    'profiles.testConnection': async ({ id }) => {
      const outcome = await testConnection(await connections.forProfile(id));
      log({ level: outcome.ok ? 'info' : 'warn', event: 'connection.test', kind: outcome.kind, status: outcome.httpStatus });
      return outcome;
    },
    'network.egressIp': async ({ id }) => {
      const conn = await connections.forProfile(id);
      try {
        const r = await conn.client.egressIp();
        return { ip: r.ip, via: r.via, errorKo: null };
      } catch (err) {
        return { ip: null, via: conn.proxyUrl ? 'proxy' : 'direct', errorKo: `공인 IP를 확인하지 못했습니다: ${err instanceof Error ? err.message : String(err)}` };
      }
    },
    ...createOrdersHandlers({ db, connections, settings, log }),
    ...createInvoicesHandlers({ db, connections, settings, log }),
    ...createCouponsHandlers({ db, connections, log }),
    ...createProductsHandlers({ db, connections, log }),
    ...createReturnsHandlers({ db, connections, log }),
    ...createInquiriesHandlers({ db, connections, settings, log }),
    ...createSettlementHandlers({ db, connections, log }),
  };

  function routerFor(trustedOrigins: string[]) {
    return createRouter(handlers, { trustedOrigins, describeError, log });
  }

  return {
    db,
    settings,
    secrets,
    profiles,
    connections,
    handlers,
    log,
    routerFor,
    async close() {
      await connections.close();
      db.close();
    },
  };
}
export type Runtime = ReturnType<typeof createRuntime>;
