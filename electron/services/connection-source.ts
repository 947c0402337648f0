// Where the CLI and background jobs get their connection from: environment variables override the
// stored active profile so automation never needs the UI.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { CoupangCredentials } from '../coupang/types';
import { createKeychainStore, type SecretStore } from '../secrets/keychain';
import { openDatabase } from '../store/db';
import { createProfilesRepo } from '../store/profiles-repo';
import { createSettingsRepo } from '../store/settings-repo';

export interface ResolvedConnection {
  profileName: string;
  baseUrl: string;
  credentials: CoupangCredentials;
  proxyUrl: string | null;
  ratePerSecond: number;
  dataDir: string;
  /** Set for sandbox connections: the sandbox tells callers their source address itself. */
  egressEchoUrl?: string;
}

export class ConnectionUnavailableError extends Error {}

export async function resolveConnection(env: NodeJS.ProcessEnv = process.env, secrets?: SecretStore): Promise<ResolvedConnection> {
  const dataDir = env.WINGDESK_DATA_DIR || defaultDataDir(env);
  const rate = env.WINGDESK_RATE ? Number(env.WINGDESK_RATE) : 8;
  if (env.WINGDESK_BASE_URL && env.WINGDESK_VENDOR_ID && env.WINGDESK_ACCESS_KEY && env.WINGDESK_SECRET_KEY) {
    return {
      profileName: 'env',
      baseUrl: env.WINGDESK_BASE_URL,
      credentials: { vendorId: env.WINGDESK_VENDOR_ID, accessKey: env.WINGDESK_ACCESS_KEY, secretKey: env.WINGDESK_SECRET_KEY },
      proxyUrl: env.WINGDESK_PROXY || null,
      ratePerSecond: rate,
      dataDir,
    };
  }
  const stored = await activeProfileConnection(dataDir, rate, secrets ?? createKeychainStore());
  if (stored) return { ...stored, proxyUrl: env.WINGDESK_PROXY || stored.proxyUrl, baseUrl: env.WINGDESK_BASE_URL || stored.baseUrl };
  throw new ConnectionUnavailableError(
    '연결 정보가 없습니다. 앱의 설정에서 프로필을 만들거나 WINGDESK_BASE_URL, WINGDESK_VENDOR_ID, WINGDESK_ACCESS_KEY, WINGDESK_SECRET_KEY를 지정하세요.',
  );
}

export function defaultDataDir(env: NodeJS.ProcessEnv = process.env): string {
  const home = env.HOME || env.USERPROFILE || '.';
  if (process.platform === 'win32') return `${env.APPDATA || home}\\wingdesk`;
  if (process.platform === 'darwin') return `${home}/Library/Application Support/wingdesk`;
  return `${env.XDG_CONFIG_HOME || home + '/.config'}/wingdesk`;
}

/** The profile the app has active, with its secret from the OS keychain; null when there is none. */
async function activeProfileConnection(dataDir: string, rate: number, secrets: SecretStore): Promise<ResolvedConnection | null> {
  if (!existsSync(join(dataDir, 'wingdesk.sqlite'))) return null;
  const db = openDatabase(dataDir);
  try {
    const id = createSettingsRepo(db).get('activeProfileId');
    const row = id ? createProfilesRepo(db).get(id) : null;
    if (!row) return null;
    const status = await secrets.status();
    if (!status.available) throw new ConnectionUnavailableError(`'${row.name}' 프로필의 Secret Key를 읽을 수 없습니다: ${status.reasonKo}`);
    const secretKey = await secrets.get(row.id);
    if (!secretKey) throw new ConnectionUnavailableError(`'${row.name}' 프로필의 Secret Key가 OS 키체인에 없습니다. 앱의 설정에서 다시 입력하세요.`);
    return {
      profileName: row.name,
      baseUrl: row.baseUrl,
      credentials: { vendorId: row.vendorId, accessKey: row.accessKey, secretKey },
      proxyUrl: row.proxyUrl,
      ratePerSecond: rate,
      dataDir,
      egressEchoUrl: row.baseUrlKind === 'sandbox' ? `${row.baseUrl}/__sandbox/whoami` : undefined,
    };
  } finally {
    db.close();
  }
}
