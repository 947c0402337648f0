// Turns a service failure into what the screen may show. Known errors carry a Korean message
// meant for the seller; anything else is reported generically by the router.
import type { IpcErrorBody } from '../../shared/ipc/contract';
import { CoupangApiError } from '../coupang';
import { KeychainUnavailableError } from '../secrets/keychain';

export function describeError(err: unknown): IpcErrorBody | null {
  if (err instanceof KeychainUnavailableError) return { code: 'KEYCHAIN_UNAVAILABLE', messageKo: err.reasonKo };
  if (err instanceof CoupangApiError) {
    return {
      code: 'COUPANG',
      messageKo: `${err.explanationKo}${err.fixKo ? ` ${err.fixKo}` : ''}`,
      details: { kind: err.kind, httpStatus: err.httpStatus, coupangCode: err.coupangCode, coupangMessage: err.coupangMessage },
    };
  }
  if (err && typeof err === 'object' && 'code' in err && typeof (err as any).code === 'string' && err instanceof Error) {
    const code = (err as any).code as string;
    if (code === 'INVALID_PAYLOAD' || code === 'NOT_FOUND') return { code, messageKo: err.message };
  }
  return null;
}
