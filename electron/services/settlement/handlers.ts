// IPC handlers of the settlement screen: reads from the local store, `refresh` fetches the period
// from Coupang first (split into the API's windows).
import type { Handlers } from '../../ipc/router';
import type { Db } from '../../store/db';
import type { Connections } from '../connections';
import { createSettlementService, type SettlementService } from './service';

type SettlementChannel = Extract<keyof Handlers, `settlement.${string}`>;
export type SettlementHandlers = Pick<Handlers, SettlementChannel>;

export interface SettlementHandlersDeps {
  db: Db;
  connections: Pick<Connections, 'current'>;
  log?: (e: Record<string, unknown>) => void;
  service?: SettlementService;
}

export function createSettlementHandlers(deps: SettlementHandlersDeps): SettlementHandlers {
  const s =
    deps.service ??
    createSettlementService({
      db: deps.db,
      log: deps.log,
      connection: async () => {
        const conn = await deps.connections.current();
        return { vendorId: conn.credentials.vendorId, client: conn.client };
      },
    });
  return {
    'settlement.revenue': (req) => s.revenue(req),
    'settlement.payouts': (req) => s.payouts(req),
    'settlement.export': async (req) => {
      const { data, ...out } = await s.export(req);
      return { ...out, dataBase64: data.toString('base64') };
    },
  };
}
