import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { SecretStore } from '../secrets/keychain';
import { openDatabase } from '../store/db';
import { createProfilesRepo } from '../store/profiles-repo';
import { createSettingsRepo } from '../store/settings-repo';
import { ConnectionUnavailableError, resolveConnection } from './connection-source';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function memorySecrets(entries: Record<string, string> = {}): SecretStore {
  return {
    status: async () => ({ available: true, reasonKo: null }),
    set: async (a, s) => void (entries[a] = s),
    get: async (a) => entries[a] ?? null,
    delete: async (a) => delete entries[a],
  };
}

function storeWithProfile() {
  const dir = mkdtempSync(join(tmpdir(), 'wd-conn-'));
  dirs.push(dir);
  const db = openDatabase(dir);
  createProfilesRepo(db).save({ id: 'p1', name: '본점', vendorId: 'A00012345', accessKey: 'ak-1', keyIssuedAt: '2026-11-01', baseUrlKind: 'sandbox', baseUrl: 'http://127.0.0.1:9', proxyUrl: null });
  createSettingsRepo(db).set('activeProfileId', 'p1');
  db.close();
  return dir;
}

describe('CLI connection source', () => {
  it('uses the app’s active profile with its keychain secret', async () => {
    const dir = storeWithProfile();
    const c = await resolveConnection({ WINGDESK_DATA_DIR: dir }, memorySecrets({ p1: 'stored-secret' }));
    expect(c).toMatchObject({ profileName: '본점', baseUrl: 'http://127.0.0.1:9', credentials: { vendorId: 'A00012345', accessKey: 'ak-1', secretKey: 'stored-secret' } });
  });

  it('lets the environment override the stored profile', async () => {
    const dir = storeWithProfile();
    const env = { WINGDESK_DATA_DIR: dir, WINGDESK_BASE_URL: 'http://x', WINGDESK_VENDOR_ID: 'A1', WINGDESK_ACCESS_KEY: 'ak', WINGDESK_SECRET_KEY: 'sk' };
    expect((await resolveConnection(env, memorySecrets({ p1: 'stored' }))).credentials.secretKey).toBe('sk');
  });

  it('explains what is missing when there is neither', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wd-conn-'));
    dirs.push(dir);
    await expect(resolveConnection({ WINGDESK_DATA_DIR: dir }, memorySecrets())).rejects.toBeInstanceOf(ConnectionUnavailableError);
    const withProfile = storeWithProfile();
    await expect(resolveConnection({ WINGDESK_DATA_DIR: withProfile }, memorySecrets())).rejects.toThrow(/키체인에 없습니다/);
  });
});
