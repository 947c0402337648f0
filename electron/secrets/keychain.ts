// Secret keys live in the OS keychain (Keychain on macOS, Credential Vault on Windows, the Secret
// Service on Linux) through keytar: service `wingdesk`, account = profile id. When no keychain is
// reachable we refuse to store the secret at all rather than fall back to a plaintext file.
export const KEYCHAIN_SERVICE = 'wingdesk';

export interface SecretStore {
  status(): Promise<{ available: boolean; reasonKo: string | null }>;
  set(account: string, secret: string): Promise<void>;
  get(account: string): Promise<string | null>;
  delete(account: string): Promise<boolean>;
}

export class KeychainUnavailableError extends Error {
  readonly code = 'KEYCHAIN_UNAVAILABLE';
  constructor(readonly reasonKo: string) {
    super(reasonKo);
  }
}

interface KeytarLike {
  setPassword(service: string, account: string, password: string): Promise<void>;
  getPassword(service: string, account: string): Promise<string | null>;
  deletePassword(service: string, account: string): Promise<boolean>;
  findCredentials(service: string): Promise<Array<{ account: string; password: string }>>;
}

const PROBE_TIMEOUT_MS = 4000;

function explain(err: unknown): string {
  const detail = err instanceof Error ? err.message : String(err);
  if (/DBUS|D-Bus|X11|autolaunch/i.test(detail)) {
    return `OS 키체인(Secret Service)에 연결할 수 없습니다: 세션 D-Bus가 없습니다 (${detail}). gnome-keyring 또는 KWallet이 실행 중인 데스크톱 세션에서 다시 시도하세요. Secret Key는 평문 파일로 저장하지 않습니다.`;
  }
  if (/locked|prompt|dismissed/i.test(detail)) {
    return `OS 키체인이 잠겨 있습니다 (${detail}). 키체인을 잠금 해제한 뒤 다시 시도하세요. Secret Key는 평문 파일로 저장하지 않습니다.`;
  }
  return `OS 키체인을 사용할 수 없습니다 (${detail}). Secret Key는 평문 파일로 저장하지 않습니다.`;
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const t = setTimeout(() => reject(new Error(`키체인이 ${ms / 1000}초 안에 응답하지 않았습니다`)), ms);
    p.then(
      (v) => (clearTimeout(t), resolve(v)),
      (e) => (clearTimeout(t), reject(e)),
    );
  });
}

/**
 * The keytar-backed store. `load` is injectable so tests can simulate a missing native module;
 * the module is loaded lazily because a missing Secret Service must not stop the app from starting.
 */
export function createKeychainStore(load: () => Promise<KeytarLike> = loadKeytar): SecretStore {
  let keytar: Promise<KeytarLike> | null = null;
  let cachedStatus: { available: boolean; reasonKo: string | null } | null = null;
  const get = () => (keytar ??= load());

  async function status() {
    if (cachedStatus?.available) return cachedStatus;
    try {
      const k = await get();
      await withTimeout(k.findCredentials(KEYCHAIN_SERVICE), PROBE_TIMEOUT_MS);
      cachedStatus = { available: true, reasonKo: null };
    } catch (err) {
      keytar = null;
      cachedStatus = { available: false, reasonKo: explain(err) };
    }
    return cachedStatus;
  }

  async function usable(): Promise<KeytarLike> {
    const s = await status();
    if (!s.available) throw new KeychainUnavailableError(s.reasonKo!);
    return get();
  }

  return {
    status,
    async set(account, secret) {
      const k = await usable();
      try {
        await withTimeout(k.setPassword(KEYCHAIN_SERVICE, account, secret), PROBE_TIMEOUT_MS);
      } catch (err) {
        cachedStatus = null;
        throw new KeychainUnavailableError(explain(err));
      }
    },
    async get(account) {
      const k = await usable();
      return withTimeout(k.getPassword(KEYCHAIN_SERVICE, account), PROBE_TIMEOUT_MS);
    },
    async delete(account) {
      const s = await status();
      if (!s.available) return false;
      const k = await get();
      return withTimeout(k.deletePassword(KEYCHAIN_SERVICE, account), PROBE_TIMEOUT_MS);
    },
  };
}

async function loadKeytar(): Promise<KeytarLike> {
  const mod: any = await import('keytar');
  return (mod.default ?? mod) as KeytarLike;
}
