// Structured logs go to disk and into bug reports: keys, signatures and buyers' personal data
// (phones, addresses, names) are removed or masked before anything is written.

const HIDDEN = '[REDACTED]';

const SECRET_KEYS = new Set(['secretkey', 'secret', 'authorization', 'proxy-authorization', 'password', 'passwd', 'cookie', 'set-cookie', 'signature']);
const PARTIAL_KEYS = new Set(['accesskey', 'access-key']);
const URL_KEYS = new Set(['proxyurl', 'proxy']);
const PERSON_CONTAINERS = /^(orderer|receiver|requester|customer|buyer|recipient|returnCustomer|deliveryCustomer|returnDeliveryDestination|collectInformation)s?$/i;
const PERSON_NAME_KEY = /^(orderer|receiver|requester|customer|buyer|recipient|returnCustomer|deliveryCustomer|receptionist|deliver|addressee|collect|return|exchange)Name$/i;

function isPhoneKey(key: string): boolean {
  if (/(Status|Id|Type|Yn)$/.test(key)) return false;
  return /phone|mobile|^tel$|^tel[A-Z_]|Tel$|safeNumber|safetyNumber|contactNumber|^(orderer|receiver)Number$/i.test(key);
}

function isAddressDetailKey(key: string): boolean {
  return /^addr2$|AddressDetail$|addressDetail$|^detailAddress$/i.test(key);
}

function isAddressKey(key: string): boolean {
  if (/(Type|Id|Ids|Code|Yn|Dto|DtoV1|Addresses)$/.test(key)) return false;
  return /^addr\d?$|address/i.test(key);
}

function isZipKey(key: string): boolean {
  return /zip|postCode|postalCode/i.test(key);
}

function isEmailKey(key: string): boolean {
  return /email/i.test(key);
}

export function maskPhone(value: string): string {
  const s = value.trim();
  if (!s) return s;
  if (/[-.\s]/.test(s)) {
    const parts = s.split(/[-.\s]+/);
    if (parts.length >= 3) return [parts[0], ...parts.slice(1, -1).map(() => '****'), parts.at(-1)].join('-');
  }
  const digits = s.replace(/\D/g, '');
  if (digits.length < 7) return '****';
  const head = digits.startsWith('02') ? 2 : digits.length >= 12 ? 4 : 3;
  return `${digits.slice(0, head)}-****-${digits.slice(-4)}`;
}

export function maskAddress(value: string): string {
  const tokens = value.trim().split(/\s+/).filter(Boolean);
  if (!tokens.length) return value;
  return `${tokens.slice(0, Math.min(2, tokens.length - 1) || 1).join(' ')} ***`;
}

export function maskName(value: string): string {
  const chars = [...value.trim()];
  if (chars.length === 0) return value;
  if (chars.length === 1) return '*';
  if (chars.length === 2) return `${chars[0]}*`;
  return chars[0] + '*'.repeat(chars.length - 2) + chars[chars.length - 1];
}

export function maskEmail(value: string): string {
  const at = value.indexOf('@');
  if (at <= 0) return value ? '***' : value;
  return `${value[0]}***${value.slice(at)}`;
}

function maskZip(value: string): string {
  return value.length > 3 ? value.slice(0, 3) + '*'.repeat(value.length - 3) : value;
}

function stripUrlPassword(value: string): string {
  try {
    const u = new URL(value);
    if (!u.password && !u.username) return value;
    u.username = u.username ? '***' : '';
    u.password = u.password ? '***' : '';
    return u.toString();
  } catch {
    return HIDDEN;
  }
}

const CEA_HEADER = /CEA\s+algorithm=[^\s,]+,\s*access-key=[^\s,]+,\s*signed-date=[^\s,]+,\s*signature=[0-9a-fA-F]+/g;
const MOBILE_IN_TEXT = /\b(0(?:1[016789]|50\d))[-. ]?(\d{3,4})[-. ]?(\d{4})\b/g;

/** Free text can quote headers or phone numbers (error messages, bodies): scrub those too. */
export function redactText(text: string, secrets: readonly string[] = []): string {
  let out = text.replace(CEA_HEADER, `CEA ${HIDDEN}`).replace(MOBILE_IN_TEXT, '$1-****-$3');
  for (const s of secrets) if (s && s.length >= 6) out = out.split(s).join(HIDDEN);
  return out;
}

function redactString(key: string, parentKey: string, value: string, secrets: readonly string[]): string {
  const k = key.toLowerCase();
  if (SECRET_KEYS.has(k)) return value ? HIDDEN : value;
  if (PARTIAL_KEYS.has(k)) return value.length > 4 ? `${value.slice(0, 4)}****` : '****';
  if (URL_KEYS.has(k)) return stripUrlPassword(value);
  if (!value) return value;
  if (isPhoneKey(key)) return maskPhone(value);
  if (isEmailKey(key)) return maskEmail(value);
  if (isZipKey(key)) return maskZip(value);
  if (isAddressDetailKey(key)) return '***';
  if (isAddressKey(key)) return maskAddress(value);
  if (PERSON_NAME_KEY.test(key) || (key === 'name' && PERSON_CONTAINERS.test(parentKey))) return maskName(value);
  return redactText(value, secrets);
}

function walk(value: unknown, key: string, parentKey: string, secrets: readonly string[], seen: WeakSet<object>): unknown {
  if (typeof value === 'string') return redactString(key, parentKey, value, secrets);
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'bigint') return value.toString();
    if (typeof value === 'number' && isPhoneKey(key)) return maskPhone(String(value));
    return value;
  }
  if (seen.has(value)) return '[circular]';
  seen.add(value);
  if (SECRET_KEYS.has(key.toLowerCase())) return HIDDEN;
  if (Array.isArray(value)) return value.map((v) => walk(v, key, parentKey, secrets, seen));
  if (value instanceof Error) {
    const json = typeof (value as { toJSON?: unknown }).toJSON === 'function' ? (value as unknown as { toJSON(): object }).toJSON() : {};
    return walk({ name: value.name, message: value.message, ...json }, key, parentKey, secrets, seen);
  }
  if (value instanceof Date) return value.toISOString();
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null && typeof (value as { toString?: unknown }).toString === 'function' && !(Symbol.iterator in value)) {
    // LosslessNumber and friends: log their text.
    if (Object.keys(value).length <= 2 && 'value' in value) return String(value);
  }
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = walk(v, k, key, secrets, seen);
  return out;
}

/** A redacted deep copy: secrets removed, personal data masked (`010-****-5678`, `서울 강남구 ***`, `홍*동`). */
export function redact<T = unknown>(value: T, secrets: readonly string[] = []): T {
  return walk(value, '', '', secrets, new WeakSet()) as T;
}

export type LogEntry = Record<string, unknown>;
export type Logger = (entry: LogEntry) => void;

export interface LoggerOptions {
  /** Literal values that must never appear (the secret key itself, say), wherever they turn up. */
  secrets?: readonly string[];
  now?: () => Date;
}

/** Wraps a sink so every entry is timestamped and redacted before it is written. */
export function createLogger(sink: (entry: LogEntry) => void, opts: LoggerOptions = {}): Logger {
  const now = opts.now ?? (() => new Date());
  return (entry) => {
    try {
      sink(redact({ time: now().toISOString(), ...entry }, opts.secrets ?? []));
    } catch {}
  };
}
