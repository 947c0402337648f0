// IPC handlers of the returns screen (반품·교환). Reads answer from the local store (offline);
// sync and actions go through the active connection's client.
import type { Handlers } from '../../ipc/router';
import type { Db } from '../../store/db';
import type { Connections } from '../connections';
import { backgroundAllowed, type RefreshTiming } from '../repeat';
import { createReturnsService, type ReturnsService, type ReturnsSyncOptions } from './service';

type ReturnsChannel = Extract<keyof Handlers, `returns.${string}`>;
export type ReturnsHandlers = Pick<Handlers, ReturnsChannel>;

export interface ReturnsHandlersDeps {
  db: Db;
  connections: Pick<Connections, 'current'>;
  log?: (e: Record<string, unknown>) => void;
  sync?: Partial<ReturnsSyncOptions>;
  /** For tests that need the service behind the handlers. */
  onService?: (service: ReturnsService) => void;
  /** The lists' own refresh; off with `false` or WINGDESK_BACKGROUND=0. */
  background?: Partial<RefreshTiming> | false;
}

export function createReturnsHandlers(deps: ReturnsHandlersDeps): ReturnsHandlers {
  const service = createReturnsService({
    db: deps.db,
    log: deps.log,
    sync: deps.sync,
    connection: async () => {
      const conn = await deps.connections.current();
      return { vendorId: conn.credentials.vendorId, client: conn.client };
    },
  });
  deps.onService?.(service);
  if (deps.background !== false && backgroundAllowed('returns')) service.startBackground(deps.background || {});
  return {
    'returns.list': (req) => service.list(req),
    'returns.detail': ({ receiptId }) => service.detail(receiptId),
    'returns.exchanges': (req) => service.exchanges(req),
    'returns.exchangeDetail': ({ exchangeId }) => service.exchangeDetail(exchangeId),
    'returns.withdrawals': (req) => service.withdrawals(req),
    'returns.sync': (req) => service.sync(req),
    'returns.syncState': () => service.syncState(),
    'returns.confirmReceipt': ({ receiptId }) => service.confirmReceipt(receiptId),
    'returns.approve': ({ receiptId }) => service.approve(receiptId),
    'returns.registerPickup': (req) => service.registerPickup(req),
    'returns.markAlreadyShipped': (req) => service.markAlreadyShipped(req),
    'returns.stopShipment': ({ receiptId }) => service.stopShipment(receiptId),
    'returns.exchangeConfirm': ({ exchangeId }) => service.exchangeConfirm(exchangeId),
    'returns.exchangeReject': ({ exchangeId, rejectCode }) => service.exchangeReject(exchangeId, rejectCode),
    'returns.exchangeInvoice': (req) => service.exchangeInvoice(req),
  };
}
