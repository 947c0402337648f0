// The window factory and IPC wiring, with Electron replaced by a recording fake (no binary here).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { channels } from '../shared/ipc/contract';
import { isAllowedExternal, windowOptions } from './window-options';

const dataDir = mkdtempSync(join(tmpdir(), 'wd-main-'));
const recorded = vi.hoisted(() => ({
  windows: [] as any[],
  handlers: new Map<string, (...a: any[]) => any>(),
  permissionHandler: null as null | ((...a: any[]) => void),
  singleInstanceChecked: false,
}));

vi.mock('electron', () => {
  class BrowserWindow {
    webContents = { setWindowOpenHandler: vi.fn(), on: vi.fn(), mainFrame: {} };
    constructor(public options: any) {
      recorded.windows.push(this);
    }
    once = vi.fn();
    on = vi.fn();
    loadURL = vi.fn(async () => undefined);
  }
  return {
    app: {
      requestSingleInstanceLock: () => ((recorded.singleInstanceChecked = true), true),
      on: vi.fn(),
      quit: vi.fn(),
      whenReady: () => Promise.resolve(),
      getPath: () => dataDir,
    },
    BrowserWindow,
    ipcMain: { handle: (c: string, fn: any) => recorded.handlers.set(c, fn) },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    net: { fetch: vi.fn() },
    shell: { openExternal: vi.fn() },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (fn: any) => (recorded.permissionHandler = fn),
        setPermissionCheckHandler: vi.fn(),
      },
    },
  };
});

beforeAll(async () => {
  await import('./main');
  await new Promise((r) => setTimeout(r, 50));
});

describe('main process', () => {
  it('creates exactly one hardened window through the factory', () => {
    expect(recorded.singleInstanceChecked).toBe(true);
    expect(recorded.windows).toHaveLength(1);
    const prefs = recorded.windows[0].options.webPreferences;
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false });
    expect(prefs.preload).toMatch(/preload\.cjs$/);
    expect(windowOptions('p').webPreferences.allowRunningInsecureContent).toBe(false);
  });

  it('denies new windows and opens only allow-listed external links', () => {
    const handler = recorded.windows[0].webContents.setWindowOpenHandler.mock.calls[0][0];
    expect(handler({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    expect(isAllowedExternal('https://wing.coupang.com/tenants/seller')).toBe(true);
    expect(isAllowedExternal('http://wing.coupang.com/')).toBe(false);
    expect(isAllowedExternal('https://wing.coupang.com.evil.example/')).toBe(false);
  });

  it('denies every permission request', () => {
    const cb = vi.fn();
    recorded.permissionHandler!({}, 'media', cb);
    expect(cb).toHaveBeenCalledWith(false);
  });

  it('registers one IPC handler per contract channel and refuses foreign frames', async () => {
    expect([...recorded.handlers.keys()].sort()).toEqual([...channels].sort());
    const mainFrame = { url: 'app://wingdesk/index.html' };
    const ok = await recorded.handlers.get('settings.get')!({ senderFrame: mainFrame, sender: { mainFrame } }, {});
    expect(ok).toEqual({ ok: true, data: { locale: 'ko' } });
    const foreign = { url: 'https://evil.example/' };
    const refused = await recorded.handlers.get('settings.get')!({ senderFrame: foreign, sender: { mainFrame: foreign } }, {});
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } });
    const sub = { url: 'app://wingdesk/index.html' };
    const subRefused = await recorded.handlers.get('settings.get')!({ senderFrame: sub, sender: { mainFrame } }, {});
    expect(subRefused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } });
    const bad = await recorded.handlers.get('settings.setLocale')!({ senderFrame: mainFrame, sender: { mainFrame } }, { locale: 42 });
    expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD' } });
  });
});
