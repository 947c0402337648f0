// Seller profiles: everything but the secret lives in SQLite; the secret lives in the OS keychain
// under the profile id. A profile is only written after its secret is safely in the keychain, so a
// missing keychain can never leave a half-saved profile or a plaintext secret behind.
import { randomUUID } from 'node:crypto';
import { keyExpiry } from '../../shared/kst';
import type { ProfileInput, ProfileView } from '../../shared/ipc/contract';
import type { SecretStore } from '../secrets/keychain';
import type { ProfileRow, ProfilesRepo } from '../store/profiles-repo';
import type { SettingsRepo } from '../store/settings-repo';

export const LIVE_BASE_URL = 'https://api-gateway.coupang.com';
const ACTIVE_KEY = 'activeProfileId';

export class UserInputError extends Error {
  readonly code = 'INVALID_PAYLOAD';
}
export class NotFoundError extends Error {
  readonly code = 'NOT_FOUND';
}

export interface ProfilesDeps {
  repo: ProfilesRepo;
  settings: SettingsRepo;
  secrets: SecretStore;
  today?: () => string;
}

export function createProfilesService({ repo, settings, secrets, today }: ProfilesDeps) {
  const activeId = () => settings.get(ACTIVE_KEY);

  async function view(row: ProfileRow, secretIds?: Set<string>): Promise<ProfileView> {
    const { expiresAt, daysLeft } = keyExpiry(row.keyIssuedAt, today?.());
    const hasSecret = secretIds ? secretIds.has(row.id) : await secrets.get(row.id).then(Boolean, () => false);
    return {
      id: row.id,
      name: row.name,
      vendorId: row.vendorId,
      accessKey: row.accessKey,
      hasSecret,
      keyIssuedAt: row.keyIssuedAt,
      keyExpiresAt: expiresAt,
      keyDaysLeft: daysLeft,
      baseUrlKind: row.baseUrlKind,
      baseUrl: row.baseUrl,
      proxyUrl: row.proxyUrl,
      active: activeId() === row.id,
    };
  }

  return {
    async list(): Promise<ProfileView[]> {
      const rows = repo.list();
      const status = await secrets.status();
      const withSecret = new Set<string>();
      if (status.available) {
        for (const r of rows) if (await secrets.get(r.id).catch(() => null)) withSecret.add(r.id);
      }
      return Promise.all(rows.map((r) => view(r, withSecret)));
    },

    async save(input: ProfileInput): Promise<ProfileView> {
      const existing = input.id ? repo.get(input.id) : null;
      if (input.id && !existing) throw new NotFoundError('수정할 프로필을 찾을 수 없습니다.');
      if (!existing && !input.secretKey) throw new UserInputError('새 프로필에는 Secret Key가 필요합니다.');
      if (input.baseUrlKind === 'sandbox' && !input.baseUrl) throw new UserInputError('샌드박스 프로필에는 샌드박스 주소(URL)가 필요합니다.');
      const row: ProfileRow = {
        id: existing?.id ?? randomUUID(),
        name: input.name,
        vendorId: input.vendorId,
        accessKey: input.accessKey,
        keyIssuedAt: input.keyIssuedAt,
        baseUrlKind: input.baseUrlKind,
        baseUrl: input.baseUrlKind === 'live' ? LIVE_BASE_URL : input.baseUrl!.replace(/\/+$/, ''),
        proxyUrl: input.proxyUrl || null,
      };
      // Keychain first: if it refuses, nothing is written anywhere.
      if (input.secretKey) await secrets.set(row.id, input.secretKey);
      repo.save(row);
      if (!activeId()) settings.set(ACTIVE_KEY, row.id);
      return view(row);
    },

    async delete(id: string) {
      if (!repo.get(id)) throw new NotFoundError('삭제할 프로필을 찾을 수 없습니다.');
      await secrets.delete(id).catch(() => false);
      repo.delete(id);
      if (activeId() === id) settings.set(ACTIVE_KEY, null);
      return { ok: true as const };
    },

    activate(id: string | null) {
      if (id !== null && !repo.get(id)) throw new NotFoundError('선택한 프로필을 찾을 수 없습니다.');
      settings.set(ACTIVE_KEY, id);
      return { ok: true as const };
    },

    active(): ProfileRow | null {
      const id = activeId();
      return id ? repo.get(id) : null;
    },

    get: (id: string) => repo.get(id),

    async secretFor(id: string): Promise<string | null> {
      return secrets.get(id);
    },
  };
}
export type ProfilesService = ReturnType<typeof createProfilesService>;
