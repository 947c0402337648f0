// The one gate every renderer request passes: the sender must be our own page's main frame, the
// channel must be in the contract, and the payload must match its schema before a service runs.
// Electron's ipcMain and the browser host both call `dispatch`.
import { z } from 'zod';
import { contract, type Channel, type Envelope, type IpcErrorBody, type RequestOf, type ResponseOf } from '../../shared/ipc/contract';

export type Handlers = { [C in Channel]: (request: z.output<(typeof contract)[C]['request']>) => Promise<ResponseOf<C>> | ResponseOf<C> };

export interface SenderInfo {
  /** Origin of the frame that sent the request (e.g. `file://`, `http://127.0.0.1:4173`). */
  origin: string | null;
  isMainFrame: boolean;
}

export interface RouterOptions {
  /** Origins our own renderer is served from. */
  trustedOrigins: string[];
  /** Maps a service error to what the renderer may see; never includes secrets. */
  describeError?: (err: unknown) => IpcErrorBody | null;
  log?: (entry: Record<string, unknown>) => void;
}

export function createRouter(handlers: Handlers, options: RouterOptions) {
  const trusted = new Set(options.trustedOrigins);

  async function dispatch(channel: string, payload: unknown, sender: SenderInfo): Promise<Envelope<unknown>> {
    if (!sender.isMainFrame || !sender.origin || !trusted.has(sender.origin)) {
      options.log?.({ level: 'warn', event: 'ipc.refused', channel, origin: sender.origin, mainFrame: sender.isMainFrame });
      return fail({ code: 'FORBIDDEN_SENDER', messageKo: '허용되지 않은 화면(프레임)에서 온 요청이라 거부했습니다.' });
    }
    if (!Object.hasOwn(contract, channel)) {
      return fail({ code: 'UNKNOWN_CHANNEL', messageKo: `알 수 없는 요청입니다: ${channel}` });
    }
    const c = channel as Channel;
    const parsed = contract[c].request.safeParse(payload ?? {});
    if (!parsed.success) {
      return fail({
        code: 'INVALID_PAYLOAD',
        messageKo: `요청 내용이 올바르지 않습니다: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(요청)'} — ${i.message}`).join('; ')}`,
        details: parsed.error.issues.map((i) => ({ path: i.path.map(String), message: i.message })),
      });
    }
    try {
      const result = await (handlers[c] as (r: unknown) => unknown)(parsed.data);
      // Validating the response too keeps a service from leaking a field the contract does not name.
      const out = contract[c].response.parse(result);
      return { ok: true, data: out };
    } catch (err) {
      const described = options.describeError?.(err);
      if (described) return fail(described);
      options.log?.({ level: 'error', event: 'ipc.failed', channel, error: err instanceof Error ? err.message : String(err) });
      return fail({ code: 'INTERNAL', messageKo: `처리 중 오류가 발생했습니다: ${err instanceof Error ? err.message : String(err)}` });
    }
  }

  return { dispatch };
}

function fail(error: IpcErrorBody): Envelope<never> {
  return { ok: false, error };
}

export type Router = ReturnType<typeof createRouter>;
export type { RequestOf };
