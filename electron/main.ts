// Electron's main process: one hardened window, the IPC router, and the services from runtime.ts.
// Everything that is not about Electron itself lives outside this file and runs under plain Node.
import { app, BrowserWindow, ipcMain, net, protocol, session, shell, type IpcMainInvokeEvent } from 'electron';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { channels } from '../shared/ipc/contract';
import { RENDERER_CSP } from './host/server';
import { createRuntime, type Runtime } from './runtime';
import { APP_ORIGIN, APP_SCHEME, isAllowedExternal, windowOptions } from './window-options';

protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

let mainWindow: BrowserWindow | null = null;
let runtime: Runtime | null = null;

/** The one window factory. */
export function createMainWindow(): BrowserWindow {
  const win = new BrowserWindow(windowOptions(join(__dirname, 'preload.cjs')));
  win.webContents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternal(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  win.webContents.on('will-navigate', (event, url) => {
    if (!url.startsWith(APP_ORIGIN + '/')) event.preventDefault();
  });
  win.webContents.on('will-attach-webview', (event) => event.preventDefault());
  win.once('ready-to-show', () => win.show());
  void win.loadURL(`${APP_ORIGIN}/index.html`);
  return win;
}

function senderOf(event: IpcMainInvokeEvent) {
  const frame = event.senderFrame;
  let origin: string | null = null;
  try {
    // WHATWG URL reports origin "null" for custom schemes, so build it from scheme and host.
    const u = frame ? new URL(frame.url) : null;
    origin = u ? `${u.protocol}//${u.host}` : null;
  } catch {
    origin = null;
  }
  return { origin, isMainFrame: Boolean(frame) && frame === event.sender.mainFrame };
}

function serveRenderer() {
  const root = join(__dirname, '../dist/renderer');
  protocol.handle(APP_SCHEME, async (request) => {
    const { pathname } = new URL(request.url);
    const file = join(root, decodeURIComponent(pathname));
    if (!file.startsWith(root)) return new Response('not found', { status: 404 });
    const res = await net.fetch(pathToFileURL(file).toString());
    const headers = new Headers(res.headers);
    headers.set('Content-Security-Policy', RENDERER_CSP);
    return new Response(res.body, { status: res.status, headers });
  });
}

function start() {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  app.on('second-instance', () => {
    if (mainWindow) {
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.focus();
    }
  });
  app.on('web-contents-created', (_e, contents) => {
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
  app.whenReady().then(() => {
    session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
    session.defaultSession.setPermissionCheckHandler(() => false);
    serveRenderer();
    runtime = createRuntime({ dataDir: app.getPath('userData') });
    const router = runtime.routerFor([APP_ORIGIN]);
    for (const channel of channels) {
      ipcMain.handle(channel, (event, payload) => router.dispatch(channel, payload, senderOf(event)));
    }
    mainWindow = createMainWindow();
    mainWindow.on('closed', () => (mainWindow = null));
  });
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => void runtime?.close());
}

start();
