// The one IPC contract: every channel the renderer may call, with the schema of what it sends and
// what it gets back. The preload exposes one named function per channel, the main-side router
// validates every payload against `request` before any service runs, and the browser host mounts
// the same router over HTTP. Secrets may appear in a request (saving a profile) but never in a
// response schema.
import { z } from 'zod';
import { couponsContract } from './coupons';
import { functionName, type FunctionName } from './names';
import { inquiriesContract } from './inquiries';
import { invoicesContract } from './invoices';
import { ordersContract } from './orders';
import { productsContract } from './products';
import { returnsContract } from './returns';
import { settlementContract } from './settlement';

export const Locale = z.enum(['ko', 'en']);
export type Locale = z.infer<typeof Locale>;

/** vendorId as Coupang issues it: A or C followed by digits (e.g. A00012345). */
export const VendorId = z.string().trim().regex(/^[AC]\d{6,12}$/, 'vendorId는 A00012345처럼 A 또는 C로 시작하는 업체코드입니다.');

export const BaseUrlKind = z.enum(['live', 'sandbox']);

export const ProfileView = z.object({
  id: z.string(),
  name: z.string(),
  vendorId: z.string(),
  accessKey: z.string(),
  /** Only whether a secret is stored in the OS keychain, never the secret itself. */
  hasSecret: z.boolean(),
  keyIssuedAt: z.string(), // yyyy-MM-dd (KST)
  keyExpiresAt: z.string(), // yyyy-MM-dd (KST), issue date + 180 days
  keyDaysLeft: z.number().int(),
  baseUrlKind: BaseUrlKind,
  baseUrl: z.string(),
  proxyUrl: z.string().nullable(),
  active: z.boolean(),
});
export type ProfileView = z.infer<typeof ProfileView>;

export const ProfileInput = z.object({
  id: z.string().optional(),
  name: z.string().trim().min(1, '프로필 이름을 입력하세요.').max(50),
  vendorId: VendorId,
  accessKey: z.string().trim().min(8, 'Access Key를 입력하세요.').max(200),
  /** Required when creating; omitted on update keeps the stored secret. */
  secretKey: z.string().trim().min(8, 'Secret Key를 입력하세요.').max(200).optional(),
  keyIssuedAt: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '키 발급일은 YYYY-MM-DD 형식입니다.'),
  baseUrlKind: BaseUrlKind,
  /** For sandbox profiles: the sandbox address; ignored for live (always Coupang's gateway). */
  baseUrl: z.string().url().optional(),
  proxyUrl: z
    .string()
    .trim()
    .regex(/^(https?|socks5h?):\/\/[^\s]+$/, '프록시는 http://, https:// 또는 socks5:// 주소입니다.')
    .nullable()
    .optional(),
});
export type ProfileInput = z.infer<typeof ProfileInput>;

export const ConnectionOutcome = z.object({
  ok: z.boolean(),
  /** Stable kind used by the screen to pick an icon and by tests. */
  kind: z.enum(['ok', 'auth', 'expired-key', 'ip-not-allowed', 'rate-limited', 'blocked', 'network', 'tls', 'timeout', 'server', 'other']),
  httpStatus: z.number().int().nullable(),
  coupangMessage: z.string().nullable(),
  titleKo: z.string(),
  explanationKo: z.string(),
  fixKo: z.string(),
  egressIp: z.string().nullable(),
  latencyMs: z.number(),
});
export type ConnectionOutcome = z.infer<typeof ConnectionOutcome>;

export const KeychainStatus = z.object({ available: z.boolean(), reasonKo: z.string().nullable() });

export const AppStatus = z.object({
  mode: z.enum(['SANDBOX', 'LIVE']),
  demo: z.boolean(),
  profileName: z.string(),
  vendorId: z.string(),
  /** Requests sent in the last second for the active vendor, and the configured ceiling. */
  requestsLastSecond: z.number(),
  rateLimit: z.number(),
  paused: z.boolean(),
  pausedReasonKo: z.string().nullable(),
  lastSyncAt: z.string().nullable(),
  keyDaysLeft: z.number().int().nullable(),
});
export type AppStatus = z.infer<typeof AppStatus>;

export const Settings = z.object({ locale: Locale });

const Empty = z.object({}).strict();
const Ok = z.object({ ok: z.literal(true) });

export const contract = {
  'app.status': { request: Empty, response: AppStatus },
  'settings.get': { request: Empty, response: Settings },
  'settings.setLocale': { request: z.object({ locale: Locale }).strict(), response: Settings },
  'keychain.status': { request: Empty, response: KeychainStatus },
  'profiles.list': { request: Empty, response: z.array(ProfileView) },
  'profiles.save': { request: ProfileInput.strict(), response: ProfileView },
  'profiles.delete': { request: z.object({ id: z.string().min(1) }).strict(), response: Ok },
  'profiles.activate': { request: z.object({ id: z.string().min(1).nullable() }).strict(), response: Ok },
  'profiles.testConnection': { request: z.object({ id: z.string().min(1).nullable() }).strict(), response: ConnectionOutcome },
  'network.egressIp': {
    request: z.object({ id: z.string().min(1).nullable() }).strict(),
    response: z.object({ ip: z.string().nullable(), via: z.enum(['direct', 'proxy']), errorKo: z.string().nullable() }),
  },
  ...ordersContract,
  ...invoicesContract,
  ...couponsContract,
  ...productsContract,
  ...returnsContract,
  ...inquiriesContract,
  ...settlementContract,
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type RequestOf<C extends Channel> = z.input<Contract[C]['request']>;
export type ResponseOf<C extends Channel> = z.output<Contract[C]['response']>;
export const channels = Object.keys(contract) as Channel[];

export { functionName, type FunctionName };

/** What travels back over IPC/HTTP: either the data or a plain error the screen can show. */
export type Envelope<T> = { ok: true; data: T } | { ok: false; error: IpcErrorBody };
export interface IpcErrorBody {
  code: 'INVALID_PAYLOAD' | 'FORBIDDEN_SENDER' | 'UNKNOWN_CHANNEL' | 'KEYCHAIN_UNAVAILABLE' | 'NOT_FOUND' | 'COUPANG' | 'INTERNAL' | string;
  messageKo: string;
  details?: unknown;
}

/** The API object the renderer sees on `window.wingdesk`. */
export type WingdeskBridge = {
  [C in Channel as FunctionName<C>]: (request: RequestOf<C>) => Promise<Envelope<ResponseOf<C>>>;
};
