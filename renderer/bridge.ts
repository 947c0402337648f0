// The renderer's only way to the main process. In Electron the preload hands us `window.wingdesk`;
// in the browser host there is no preload, so the same object is rebuilt over `POST /rpc/<channel>`.
// Both are generated from the contract so a new channel needs no code here.
import {
  channels,
  contract,
  functionName,
  type Channel,
  type Envelope,
  type FunctionName,
  type IpcErrorBody,
  type RequestOf,
  type ResponseOf,
  type WingdeskBridge,
} from '../shared/ipc/contract';

declare global {
  interface Window {
    wingdesk?: WingdeskBridge;
  }
}

/** A failed call, carrying the main process's error body so screens can show `messageKo`. */
export class BridgeError extends Error {
  readonly code: IpcErrorBody['code'];
  readonly messageKo: string;
  readonly details?: unknown;

  constructor(code: IpcErrorBody['code'], messageKo: string, details?: unknown) {
    super(`${code}: ${messageKo}`);
    this.name = 'BridgeError';
    this.code = code;
    this.messageKo = messageKo;
    this.details = details;
  }
}

export const TOKEN_STORAGE_KEY = 'wingdesk.hostToken';
const TOKEN_PARAM = 'token';

/**
 * Takes the host token out of the address bar on first load and keeps it for the tab's lifetime.
 * sessionStorage (not localStorage) so it dies with the tab, like the host server that issued it;
 * the address bar is cleaned so the token does not end up in bookmarks, history or screenshots.
 */
export function captureHostToken(win: Window = window): string | null {
  const url = new URL(win.location.href);
  const fromUrl = url.searchParams.get(TOKEN_PARAM);
  if (fromUrl) {
    try {
      win.sessionStorage.setItem(TOKEN_STORAGE_KEY, fromUrl);
    } catch {
      // Storage can be disabled; the token still works for this page load.
    }
    url.searchParams.delete(TOKEN_PARAM);
    win.history.replaceState(win.history.state, '', url.pathname + url.search + url.hash);
    return fromUrl;
  }
  try {
    return win.sessionStorage.getItem(TOKEN_STORAGE_KEY);
  } catch {
    return null;
  }
}

function failure(code: string, messageKo: string, details?: unknown): { ok: false; error: IpcErrorBody } {
  return { ok: false, error: details === undefined ? { code, messageKo } : { code, messageKo, details } };
}

function isEnvelope(value: unknown): value is Envelope<unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { ok?: unknown; error?: unknown };
  if (v.ok === true) return 'data' in v;
  if (v.ok !== false || typeof v.error !== 'object' || v.error === null) return false;
  const e = v.error as { code?: unknown; messageKo?: unknown };
  return typeof e.code === 'string' && typeof e.messageKo === 'string';
}

export interface HttpBridgeOptions {
  token: string | null;
  /** Injected by tests; defaults to the page's fetch, looked up per call so stubs apply late. */
  fetch?: typeof fetch;
  /** Prefix before `/rpc/<channel>`; empty means the page's own origin. */
  baseUrl?: string;
}

/** The same shape as the preload object, over the local host's HTTP router. */
export function createHttpBridge(options: HttpBridgeOptions): WingdeskBridge {
  const base = options.baseUrl ?? '';
  const bridge: Record<string, (request: unknown) => Promise<Envelope<unknown>>> = {};
  for (const channel of channels) {
    bridge[functionName(channel)] = async (request: unknown) => {
      if (!options.token) {
        return failure('NO_TOKEN', '접속 토큰이 없습니다. wingdesk가 터미널에 알려 준 주소(토큰 포함)로 다시 여세요.');
      }
      const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
      let response: Response;
      try {
        response = await doFetch(`${base}/rpc/${channel}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Wingdesk-Token': options.token },
          body: JSON.stringify(request ?? {}),
          cache: 'no-store',
          credentials: 'same-origin',
        });
      } catch (err) {
        return failure('HOST_UNREACHABLE', 'wingdesk 로컬 서버에 연결할 수 없습니다. 서버가 실행 중인지 확인하세요.', String(err));
      }
      let body: unknown;
      try {
        body = await response.json();
      } catch {
        body = undefined;
      }
      if (isEnvelope(body)) return body;
      if (response.status === 401 || response.status === 403) {
        return failure('HOST_FORBIDDEN', '접속 토큰이 맞지 않습니다. wingdesk가 터미널에 알려 준 주소로 다시 여세요.', { httpStatus: response.status });
      }
      return failure('INVALID_RESPONSE', `로컬 서버의 응답을 읽을 수 없습니다 (HTTP ${response.status}).`, { httpStatus: response.status });
    };
  }
  return bridge as WingdeskBridge;
}

/** The preload's bridge when running in Electron, otherwise the browser host's HTTP bridge. */
export function resolveBridge(win: Window = window): WingdeskBridge {
  if (win.wingdesk) return win.wingdesk;
  return createHttpBridge({ token: captureHostToken(win) });
}

// Channels whose request is an empty object can be called without an argument.
type ArgsOf<C extends Channel> = Record<string, never> extends RequestOf<C> ? [request?: RequestOf<C>] : [request: RequestOf<C>];

/** The bridge with envelopes unwrapped: resolves with data, rejects with a BridgeError. */
export type WingdeskApi = {
  [C in Channel as FunctionName<C>]: (...args: ArgsOf<C>) => Promise<ResponseOf<C>>;
};

/**
 * Calls one channel and unwraps its envelope. The answer is parsed with the contract's response
 * schema too: it drops fields the contract does not declare (a secret can never reach a screen
 * through a sloppy response) and turns a drifted main process into one clear error.
 */
export async function callChannel<C extends Channel>(bridge: WingdeskBridge, channel: C, request: RequestOf<C>): Promise<ResponseOf<C>> {
  const fn = bridge[functionName(channel) as keyof WingdeskBridge] as unknown as ((req: unknown) => Promise<unknown>) | undefined;
  if (typeof fn !== 'function') {
    throw new BridgeError('UNKNOWN_CHANNEL', `앱이 '${channel}' 기능을 제공하지 않습니다. 앱을 다시 설치하거나 업데이트하세요.`);
  }
  let envelope: unknown;
  try {
    envelope = await fn(request);
  } catch (err) {
    throw new BridgeError('BRIDGE_FAILURE', '앱 내부 통신에 실패했습니다. 앱을 다시 시작해 보세요.', String(err));
  }
  if (!isEnvelope(envelope)) {
    throw new BridgeError('INVALID_RESPONSE', '주 프로세스의 응답 형식이 올바르지 않습니다.');
  }
  if (!envelope.ok) {
    throw new BridgeError(envelope.error.code, envelope.error.messageKo, envelope.error.details);
  }
  const parsed = contract[channel].response.safeParse(envelope.data);
  if (!parsed.success) {
    throw new BridgeError('INVALID_RESPONSE', `주 프로세스의 '${channel}' 응답이 계약과 다릅니다.`, parsed.error.issues);
  }
  return parsed.data as ResponseOf<C>;
}

export function createApi(bridge: WingdeskBridge): WingdeskApi {
  const api: Record<string, (request?: unknown) => Promise<unknown>> = {};
  for (const channel of channels) {
    api[functionName(channel)] = (request?: unknown) => callChannel(bridge, channel, (request ?? {}) as RequestOf<typeof channel>);
  }
  return api as WingdeskApi;
}
