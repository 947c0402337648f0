// IPC handlers of 송장 일괄등록. Parsing and validation run here in the main process; jobs left
// running by a process that died are resumed shortly after start, and stop when the database
// closes.
import type { Handlers } from '../../ipc/router';
import type { Db } from '../../store/db';
import type { SettingsRepo } from '../../store/settings-repo';
import type { Connections } from '../connections';
import { createOrdersService } from '../orders/service';
import type { RunnerOptions } from './runner';
import { createInvoicesService, type InvoicesService } from './service';

type InvoicesChannel = Extract<keyof Handlers, `invoices.${string}`>;
export type InvoicesHandlers = Pick<Handlers, InvoicesChannel>;

export interface InvoicesHandlersDeps {
  db: Db;
  connections: Pick<Connections, 'current'>;
  settings?: SettingsRepo;
  log?: (e: Record<string, unknown>) => void;
  runner?: Partial<RunnerOptions>;
  /** Resume interrupted jobs this long after start (default 2 s; false = never, WINGDESK_INVOICES_RESUME=0 too). */
  resumeAfterMs?: number | false;
  onService?: (service: InvoicesService) => void;
}

export function createInvoicesHandlers(deps: InvoicesHandlersDeps): InvoicesHandlers {
  const connection = async () => {
    const conn = await deps.connections.current();
    return { vendorId: conn.credentials.vendorId, client: conn.client };
  };
  // The orders service's own journaled acknowledgement (re-reads receivers, updates the store).
  const orders = createOrdersService({ db: deps.db, settings: deps.settings, log: deps.log, connection });
  const service = createInvoicesService({ db: deps.db, connection, log: deps.log, runner: deps.runner, acknowledge: (ids) => orders.acknowledge(ids) });
  deps.onService?.(service);

  if (deps.resumeAfterMs !== false && process.env.WINGDESK_INVOICES_RESUME !== '0') {
    const timer = setTimeout(() => {
      if (deps.db.open) void service.resumeInterrupted().catch((err) => deps.log?.({ level: 'warn', event: 'invoices.resume.failed', error: String(err) }));
    }, deps.resumeAfterMs ?? 2000);
    timer.unref?.();
  }

  const bytesOf = (b64: string) => new Uint8Array(Buffer.from(b64, 'base64'));

  return {
    'invoices.open': ({ fileName, dataBase64, options }) => service.open(fileName, bytesOf(dataBase64), options),
    'invoices.preview': ({ fileId, options }) => service.preview(fileId, options),
    'invoices.templates': () => service.templates(),
    'invoices.saveTemplate': (req) => service.saveTemplate(req),
    'invoices.deleteTemplate': ({ id }) => service.deleteTemplate(id),
    'invoices.acknowledge': ({ fileId, options }) => service.acknowledgeAccepted(fileId, options),
    'invoices.startJob': ({ fileId, options }) => service.startJob(fileId, options),
    'invoices.jobs': async () => service.jobs((await connection().catch(() => null))?.vendorId ?? null),
    'invoices.job': ({ jobId }) => service.job(jobId),
    'invoices.jobRows': ({ jobId, state, offset, limit }) => service.jobRows(jobId, state ?? null, offset, limit),
    'invoices.pause': ({ jobId }) => service.pause(jobId),
    'invoices.resume': ({ jobId }) => service.resume(jobId),
    'invoices.cancel': ({ jobId }) => service.cancel(jobId),
    'invoices.retryFailed': ({ jobId }) => service.retryFailed(jobId),
    'invoices.exportResult': ({ jobId, format }) => {
      const r = service.exportResult(jobId, format);
      return { fileName: r.fileName, mimeType: r.mimeType, dataBase64: r.data.toString('base64'), rows: r.rows };
    },
  };
}
