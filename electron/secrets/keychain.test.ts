import { describe, expect, it } from 'vitest';
import { createKeychainStore, KeychainUnavailableError } from './keychain';

const hasBus = Boolean(process.env.DBUS_SESSION_BUS_ADDRESS);

describe.skipIf(!hasBus)('keychain through keytar against a real Secret Service', () => {
  it('stores, reads and deletes a secret', async () => {
    const store = createKeychainStore();
    expect(await store.status()).toEqual({ available: true, reasonKo: null });
    const account = `test-${process.pid}-${Date.now()}`;
    await store.set(account, 'secret-value-for-keychain-test');
    expect(await store.get(account)).toBe('secret-value-for-keychain-test');
    expect(await store.delete(account)).toBe(true);
    expect(await store.get(account)).toBeNull();
  });
});

describe('keychain refusal', () => {
  it('refuses to store when no Secret Service is reachable, and says why', async () => {
    const store = createKeychainStore(async () => {
      throw new Error('Cannot autolaunch D-Bus without X11 $DISPLAY');
    });
    const s = await store.status();
    expect(s.available).toBe(false);
    expect(s.reasonKo).toContain('D-Bus');
    expect(s.reasonKo).toContain('평문');
    await expect(store.set('p1', 'secret')).rejects.toBeInstanceOf(KeychainUnavailableError);
  });

  it('reports the real keytar failure when the session bus is missing', async () => {
    // A real keytar call in a child environment without a bus: it must fail, never write a file.
    const { spawnSync } = await import('node:child_process');
    const script = `
      import('./electron/secrets/keychain.ts').then(async (m) => {
        const s = m.createKeychainStore();
        const st = await s.status();
        let refused = false;
        try { await s.set('x', 'y'); } catch (e) { refused = e.code === 'KEYCHAIN_UNAVAILABLE'; }
        console.log(JSON.stringify({ available: st.available, refused }));
      });`;
    const env = { ...process.env };
    delete env.DBUS_SESSION_BUS_ADDRESS;
    delete env.DISPLAY;
    const r = spawnSync(process.execPath, ['--import', 'tsx', '-e', script], { env, encoding: 'utf8', timeout: 20_000 });
    const line = r.stdout.trim().split('\n').pop()!;
    expect(JSON.parse(line)).toEqual({ available: false, refused: true });
  });
});
