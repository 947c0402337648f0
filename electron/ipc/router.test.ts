import { describe, expect, it, vi } from 'vitest';
import { createRouter, type Handlers } from './router';

const origin = 'http://127.0.0.1:5000';
const mainFrame = { origin, isMainFrame: true };

function setup() {
  const setLocale = vi.fn(async ({ locale }: { locale: 'ko' | 'en' }) => ({ locale }));
  const handlers = { 'settings.setLocale': setLocale, 'profiles.list': async () => [{ id: 'p', secretKey: 'leak' }] } as unknown as Handlers;
  return { setLocale, router: createRouter(handlers, { trustedOrigins: [origin] }) };
}

describe('ipc router', () => {
  it('runs the service for a valid payload from our own main frame', async () => {
    const { router, setLocale } = setup();
    expect(await router.dispatch('settings.setLocale', { locale: 'en' }, mainFrame)).toEqual({ ok: true, data: { locale: 'en' } });
    expect(setLocale).toHaveBeenCalledOnce();
  });

  it('refuses a malformed payload with a clear error before any service runs', async () => {
    const { router, setLocale } = setup();
    const r = await router.dispatch('settings.setLocale', { locale: 'fr' }, mainFrame);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('INVALID_PAYLOAD');
      expect(r.error.messageKo).toContain('locale');
    }
    const extra = await router.dispatch('settings.setLocale', { locale: 'ko', injected: 1 }, mainFrame);
    expect(extra.ok).toBe(false);
    expect(setLocale).not.toHaveBeenCalled();
  });

  it('refuses a foreign origin and a sub-frame', async () => {
    const { router, setLocale } = setup();
    const foreign = await router.dispatch('settings.setLocale', { locale: 'en' }, { origin: 'https://evil.example', isMainFrame: true });
    const sub = await router.dispatch('settings.setLocale', { locale: 'en' }, { origin, isMainFrame: false });
    expect(foreign).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } });
    expect(sub).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } });
    expect(setLocale).not.toHaveBeenCalled();
  });

  it('refuses unknown channels and responses the contract does not allow', async () => {
    const { router } = setup();
    expect(await router.dispatch('secrets.dump', {}, mainFrame)).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
    // profiles.list returns an object missing required fields: the response schema stops it.
    const r = await router.dispatch('profiles.list', {}, mainFrame);
    expect(r.ok).toBe(false);
  });
});
