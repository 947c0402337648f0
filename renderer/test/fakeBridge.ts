// An in-memory stand-in for the main process, shaped exactly like the preload bridge. Every call
// is recorded (including what the renderer sent) so tests can assert both screen and traffic.
import type { AppStatus, ConnectionOutcome, Envelope, IpcErrorBody, Locale, ProfileInput, ProfileView, WingdeskBridge } from '../../shared/ipc/contract';

export interface FakeState {
  status: AppStatus;
  locale: Locale;
  keychain: { available: boolean; reasonKo: string | null };
  profiles: ProfileView[];
  connection: ConnectionOutcome;
  egress: { ip: string | null; via: 'direct' | 'proxy'; errorKo: string | null };
  /** When set, `profiles.save` answers with this error instead of saving. */
  saveError: IpcErrorBody | null;
  /** When set, `settings.setLocale` answers with this error. */
  setLocaleError: IpcErrorBody | null;
}

export interface Call {
  fn: keyof WingdeskBridge;
  request: unknown;
}

export const demoStatus: AppStatus = {
  mode: 'SANDBOX',
  demo: true,
  profileName: '데모',
  vendorId: 'A00000001',
  requestsLastSecond: 0,
  rateLimit: 8,
  paused: false,
  pausedReasonKo: null,
  lastSyncAt: null,
  keyDaysLeft: null,
};

export function profile(overrides: Partial<ProfileView> = {}): ProfileView {
  return {
    id: 'p1',
    name: '본점',
    vendorId: 'A00012345',
    accessKey: 'ak-0123456789abcdef',
    hasSecret: true,
    keyIssuedAt: '2025-01-01',
    keyExpiresAt: '2025-06-30',
    keyDaysLeft: 120,
    baseUrlKind: 'live',
    baseUrl: 'https://api-gateway.coupang.com',
    proxyUrl: null,
    active: false,
    ...overrides,
  };
}

export const okOutcome: ConnectionOutcome = {
  ok: true,
  kind: 'ok',
  httpStatus: 200,
  coupangMessage: null,
  titleKo: '연결에 성공했습니다',
  explanationKo: '',
  fixKo: '',
  egressIp: '203.0.113.7',
  latencyMs: 84,
};

export function createFakeBridge(initial: Partial<FakeState> = {}) {
  const state: FakeState = {
    status: demoStatus,
    locale: 'ko',
    keychain: { available: true, reasonKo: null },
    profiles: [],
    connection: okOutcome,
    egress: { ip: '203.0.113.7', via: 'direct', errorKo: null },
    saveError: null,
    setLocaleError: null,
    ...initial,
  };
  const calls: Call[] = [];
  let nextId = 100;

  const answer = <T>(fn: keyof WingdeskBridge, request: unknown, data: T): Promise<Envelope<T>> => {
    calls.push({ fn, request: structuredClone(request) });
    return Promise.resolve({ ok: true, data: structuredClone(data) });
  };
  const fail = (fn: keyof WingdeskBridge, request: unknown, error: IpcErrorBody): Promise<Envelope<never>> => {
    calls.push({ fn, request: structuredClone(request) });
    return Promise.resolve({ ok: false, error });
  };

  const known: Partial<WingdeskBridge> = {
    appStatus: (req) => answer('appStatus', req, state.status),
    settingsGet: (req) => answer('settingsGet', req, { locale: state.locale }),
    settingsSetLocale: (req) => {
      if (state.setLocaleError) return fail('settingsSetLocale', req, state.setLocaleError);
      state.locale = req.locale;
      return answer('settingsSetLocale', req, { locale: state.locale });
    },
    keychainStatus: (req) => answer('keychainStatus', req, state.keychain),
    profilesList: (req) => answer('profilesList', req, state.profiles),
    profilesSave: (req) => {
      if (state.saveError) return fail('profilesSave', req, state.saveError);
      const input = req as ProfileInput;
      const existing = input.id ? state.profiles.find((p) => p.id === input.id) : undefined;
      const saved = profile({
        ...existing,
        id: existing?.id ?? `p${nextId++}`,
        name: input.name,
        vendorId: input.vendorId,
        accessKey: input.accessKey,
        hasSecret: Boolean(input.secretKey) || Boolean(existing?.hasSecret),
        keyIssuedAt: input.keyIssuedAt,
        baseUrlKind: input.baseUrlKind,
        baseUrl: input.baseUrlKind === 'live' ? 'https://api-gateway.coupang.com' : (input.baseUrl ?? 'http://127.0.0.1:4010'),
        proxyUrl: input.proxyUrl ?? null,
        active: existing?.active ?? false,
      });
      state.profiles = existing ? state.profiles.map((p) => (p.id === saved.id ? saved : p)) : [...state.profiles, saved];
      return answer('profilesSave', req, saved);
    },
    profilesDelete: (req) => {
      state.profiles = state.profiles.filter((p) => p.id !== req.id);
      return answer('profilesDelete', req, { ok: true as const });
    },
    profilesActivate: (req) => {
      state.profiles = state.profiles.map((p) => ({ ...p, active: p.id === req.id }));
      return answer('profilesActivate', req, { ok: true as const });
    },
    profilesTestConnection: (req) => answer('profilesTestConnection', req, state.connection),
    networkEgressIp: (req) => answer('networkEgressIp', req, state.egress),
  };
  // Screens this fake does not model answer like a main process that has no such channel, so a
  // screen under test shows its error state instead of crashing.
  const bridge = new Proxy(known, {
    get: (target, fn: string) =>
      (target as Record<string, unknown>)[fn] ??
      ((req: unknown) => fail(fn as keyof WingdeskBridge, req, { code: 'UNKNOWN_CHANNEL', messageKo: `테스트 브리지에 없는 요청입니다: ${fn}` })),
  }) as WingdeskBridge;

  return {
    bridge,
    state,
    calls,
    callsTo: (fn: keyof WingdeskBridge) => calls.filter((c) => c.fn === fn).map((c) => c.request),
  };
}

export type FakeBridge = ReturnType<typeof createFakeBridge>;
