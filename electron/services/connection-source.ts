// Where the CLI and background jobs get their connection from: environment variables override the
// stored active profile so automation never needs the UI.
import type { CoupangCredentials } from '../coupang/types';

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

export async function resolveConnection(env: NodeJS.ProcessEnv = process.env): Promise<ResolvedConnection> {
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
