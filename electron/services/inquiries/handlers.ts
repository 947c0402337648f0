// IPC handlers of the inquiries screen. Reads answer from the local store; sync, answers and
// confirmations go through the active connection's client.
import type { Handlers } from '../../ipc/router';
import type { Db } from '../../store/db';
import type { SettingsRepo } from '../../store/settings-repo';
import type { Connections } from '../connections';
import { backgroundAllowed, type RefreshTiming } from '../repeat';
import { createInquiriesService, type InquiriesService } from './service';

type InquiriesChannel = Extract<keyof Handlers, `inquiries.${string}`>;
export type InquiriesHandlers = Pick<Handlers, InquiriesChannel>;

export interface InquiriesHandlersDeps {
  db: Db;
  connections: Pick<Connections, 'current'>;
  settings?: SettingsRepo;
  log?: (e: Record<string, unknown>) => void;
  /** Tests pass a service built with their own clock. */
  service?: InquiriesService;
  /** The inbox's own refresh; off with `false` or WINGDESK_BACKGROUND=0. */
  background?: Partial<RefreshTiming> | false;
}

export function createInquiriesHandlers(deps: InquiriesHandlersDeps): InquiriesHandlers {
  const s =
    deps.service ??
    createInquiriesService({
      db: deps.db,
      settings: deps.settings,
      log: deps.log,
      connection: async () => {
        const conn = await deps.connections.current();
        return { vendorId: conn.credentials.vendorId, client: conn.client };
      },
    });
  if (deps.background !== false && backgroundAllowed('inquiries')) s.startBackground(deps.background || {});
  return {
    'inquiries.list': ({ filter, limit }) => s.list(filter, limit),
    'inquiries.detail': ({ kind, inquiryId }) => s.detail(kind, inquiryId),
    'inquiries.sync': ({ days }) => s.sync({ days }),
    'inquiries.answer': (req) => s.answer(req),
    'inquiries.confirm': (req) => s.confirm(req),
    'inquiries.templates': () => s.templates(),
    'inquiries.saveTemplate': (req) => s.saveTemplate(req),
    'inquiries.deleteTemplate': ({ id }) => s.deleteTemplate(id),
    'inquiries.preferences': () => s.preferences(),
  };
}
