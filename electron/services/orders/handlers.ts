// IPC handlers of the orders screen. Reads answer from the local store (they work offline);
// sync and actions go through the active connection's client. The background loop (periodic
// pull, connectivity check, outbox drain) starts here and stops when the database closes.
import type { Handlers } from '../../ipc/router';
import type { Db } from '../../store/db';
import type { SettingsRepo } from '../../store/settings-repo';
import type { Connections } from '../connections';
import { createOrdersService, type BackgroundOptions, type OrdersService } from './service';
import type { SyncOptions } from './orders-sync';
import type { ActionsOptions } from './orders-actions';
import { backgroundAllowed } from '../repeat';

type OrdersChannel = Extract<keyof Handlers, `orders.${string}`>;
export type OrdersHandlers = Pick<Handlers, OrdersChannel>;

export interface OrdersHandlersDeps {
  db: Db;
  connections: Pick<Connections, 'current'>;
  settings: SettingsRepo;
  log?: (e: Record<string, unknown>) => void;
  /** Background sync/drain loop; off with `false`, WINGDESK_BACKGROUND=0 or WINGDESK_ORDERS_BACKGROUND=0. */
  background?: Partial<BackgroundOptions> | false;
  sync?: Partial<SyncOptions>;
  actions?: Partial<ActionsOptions>;
  /** For tests that need the service behind the handlers. */
  onService?: (service: OrdersService) => void;
}

export function createOrdersHandlers(deps: OrdersHandlersDeps): OrdersHandlers {
  const service = createOrdersService({
    db: deps.db,
    settings: deps.settings,
    log: deps.log,
    sync: deps.sync,
    actions: deps.actions,
    background: deps.background || undefined,
    connection: async () => {
      const conn = await deps.connections.current();
      return { vendorId: conn.credentials.vendorId, client: conn.client };
    },
  });
  deps.onService?.(service);
  if (deps.background !== false && backgroundAllowed('orders')) service.startBackground();

  return {
    'orders.list': (req) => service.list(req),
    'orders.detail': ({ shipmentBoxId }) => service.detail(shipmentBoxId),
    'orders.sync': ({ from, to }) => service.sync({ from, to, refreshOpen: true }),
    'orders.syncState': () => service.syncState(),
    'orders.acknowledge': async ({ shipmentBoxIds }) => ({ results: await service.acknowledge(shipmentBoxIds) }),
    'orders.uploadInvoice': async ({ entries }) => ({ results: await service.uploadInvoice(entries) }),
    'orders.updateInvoice': async ({ entries }) => ({ results: await service.updateInvoice(entries) }),
    'orders.stopShipment': async ({ shipmentBoxIds }) => ({ results: await service.stopShipment(shipmentBoxIds) }),
    'orders.markAlreadyShipped': async ({ entries }) => ({ results: await service.markAlreadyShipped(entries) }),
    'orders.cancel': async (req) => ({ results: await service.cancel(req) }),
    'orders.completeLongTermUndelivery': async ({ shipmentBoxIds }) => ({ results: await service.completeLongTermUndelivery(shipmentBoxIds) }),
    'orders.export': async (req) => {
      const { data: _data, ...out } = await service.export(req);
      return out;
    },
    'orders.pickingList': (req) => service.pickingList(req),
    'orders.savedFilters': () => service.savedFilters() as ReturnType<OrdersHandlers['orders.savedFilters']>,
    'orders.saveFilter': ({ name, filter }) => service.saveFilter(name, filter),
    'orders.deleteFilter': ({ id }) => service.deleteFilter(id),
  };
}
