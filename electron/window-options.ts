// The hardening every wingdesk window gets. Kept free of Electron imports so it is unit-tested
// under plain Node; main.ts's one window factory passes it to BrowserWindow unchanged.
export const APP_SCHEME = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://wingdesk`;

/** External pages a link in the app may open in the system browser. */
export const EXTERNAL_ALLOW_LIST = ['https://wing.coupang.com', 'https://developers.coupangcorp.com', 'https://helpseller.coupang.com'];

export function isAllowedExternal(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' && EXTERNAL_ALLOW_LIST.some((a) => new URL(a).origin === u.origin);
  } catch {
    return false;
  }
}

export function windowOptions(preloadPath: string) {
  return {
    width: 1440,
    height: 900,
    minWidth: 1024,
    minHeight: 640,
    title: 'wingdesk',
    show: false,
    backgroundColor: '#f5f6f8',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
    },
  } as const;
}
