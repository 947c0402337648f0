// The profile form's rules, kept apart from the component so they can be read and tested alone.
// Validation is the contract's own ProfileInput schema: the form cannot accept what main rejects.
import type { i18n as I18n, TFunction } from 'i18next';
import { ProfileInput, type ProfileView } from '../../shared/ipc/contract';
import { kstDate } from '../../shared/kst';

export const LIVE_BASE_URL = 'https://api-gateway.coupang.com';

export type ProfileField = 'name' | 'vendorId' | 'accessKey' | 'secretKey' | 'keyIssuedAt' | 'baseUrlKind' | 'baseUrl' | 'proxyUrl';
export const profileFields: readonly ProfileField[] = ['name', 'vendorId', 'accessKey', 'secretKey', 'keyIssuedAt', 'baseUrlKind', 'baseUrl', 'proxyUrl'];

export interface ProfileFormValues {
  name: string;
  vendorId: string;
  accessKey: string;
  secretKey: string;
  keyIssuedAt: string;
  baseUrlKind: 'live' | 'sandbox';
  baseUrl: string;
  proxyUrl: string;
}

export interface FieldIssue {
  field: ProfileField | null;
  /** zod issue code, or a form-only rule name such as `scheme`. */
  code: string;
  /** The schema's message (the contract's Korean text where it has one). */
  message: string;
}

export function emptyProfileForm(today: string = kstDate()): ProfileFormValues {
  return { name: '', vendorId: '', accessKey: '', secretKey: '', keyIssuedAt: today, baseUrlKind: 'live', baseUrl: '', proxyUrl: '' };
}

/** Edit starts from what is stored; the secret is never sent back, so its field starts blank. */
export function profileFormFrom(profile: ProfileView): ProfileFormValues {
  return {
    name: profile.name,
    vendorId: profile.vendorId,
    accessKey: profile.accessKey,
    secretKey: '',
    keyIssuedAt: profile.keyIssuedAt,
    baseUrlKind: profile.baseUrlKind,
    baseUrl: profile.baseUrlKind === 'sandbox' ? profile.baseUrl : '',
    proxyUrl: profile.proxyUrl ?? '',
  };
}

function asField(path: readonly PropertyKey[]): ProfileField | null {
  const head = path[0];
  return typeof head === 'string' && (profileFields as readonly string[]).includes(head) ? (head as ProfileField) : null;
}

export type ValidationResult = { ok: true; input: ProfileInput } | { ok: false; issues: FieldIssue[] };

/**
 * Turns the form into the exact `profiles.save` request, or the reasons it cannot be one.
 * `editingId` set means update: a blank secret is left out, which tells main to keep the stored one.
 */
export function validateProfileForm(values: ProfileFormValues, editingId: string | null): ValidationResult {
  const candidate: Record<string, unknown> = {
    name: values.name,
    vendorId: values.vendorId,
    accessKey: values.accessKey,
    keyIssuedAt: values.keyIssuedAt,
    baseUrlKind: values.baseUrlKind,
    proxyUrl: values.proxyUrl.trim() === '' ? null : values.proxyUrl,
  };
  if (editingId) candidate.id = editingId;
  // On create a blank secret still goes in, so the contract's "Secret Key를 입력하세요." is what shows.
  if (!editingId || values.secretKey.trim() !== '') candidate.secretKey = values.secretKey;
  const issues: FieldIssue[] = [];
  if (values.baseUrlKind === 'sandbox' && values.baseUrl.trim() !== '') {
    const url = values.baseUrl.trim();
    candidate.baseUrl = url;
    // zod's url() also accepts schemes like javascript: or file:, which are never a sandbox.
    if (!/^https?:\/\//i.test(url)) issues.push({ field: 'baseUrl', code: 'scheme', message: 'http:// 또는 https://' });
  }

  const parsed = ProfileInput.strict().safeParse(candidate);
  if (parsed.success && issues.length === 0) return { ok: true, input: parsed.data };
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = asField(issue.path);
      // One message per field is enough to act on; the first is the most basic.
      if (field && issues.some((i) => i.field === field)) continue;
      issues.push({ field, code: issue.code, message: issue.message });
    }
  }
  return { ok: false, issues };
}

/**
 * Reads field problems out of a server error's details, when main reports them zod-style
 * (`[{ path, message, code }]`), so they can sit next to their fields like client-side ones.
 */
export function issuesFromDetails(details: unknown): FieldIssue[] {
  const list = Array.isArray(details) ? details : Array.isArray((details as { issues?: unknown })?.issues) ? (details as { issues: unknown[] }).issues : [];
  const out: FieldIssue[] = [];
  for (const item of list) {
    if (typeof item !== 'object' || item === null) continue;
    const { path, message, code } = item as { path?: unknown; message?: unknown; code?: unknown };
    if (!Array.isArray(path) || typeof message !== 'string') continue;
    const field = asField(path);
    if (field) out.push({ field, code: typeof code === 'string' ? code : 'custom', message });
  }
  return out;
}

/**
 * The text shown for a problem: a translation when the current language has one for this field
 * and rule, otherwise the schema's own message (Korean, from the contract).
 */
export function issueText(issue: FieldIssue, t: TFunction, i18n: I18n): string {
  if (issue.field) {
    const key = `settings.profile.errors.${issue.field}.${issue.code}`;
    if (i18n.exists(key)) return (t as unknown as (k: string) => string)(key);
  }
  return issue.message;
}
