// IPC handlers of the product screen (categories.* and products.* channels of shared/ipc/products.ts).
import type { Handlers } from '../../ipc/router';
import type { Db } from '../../store/db';
import type { Connections } from '../connections';
import { createProductsService, type ProductsService } from './service';

type ProductsChannel = Extract<keyof Handlers, `products.${string}` | `categories.${string}`>;
export type ProductsHandlers = Pick<Handlers, ProductsChannel>;

export interface ProductsHandlersDeps {
  db: Db;
  connections: Pick<Connections, 'current'>;
  log?: (entry: Record<string, unknown>) => void;
  /** Tests pass a prepared service. */
  service?: ProductsService;
}

export function createProductsHandlers(deps: ProductsHandlersDeps): ProductsHandlers {
  const svc =
    deps.service ??
    createProductsService({
      db: deps.db,
      log: deps.log,
      connection: async () => {
        const conn = await deps.connections.current();
        return { vendorId: conn.credentials.vendorId, client: conn.client };
      },
    });
  return {
    'categories.recommend': (req) => svc.recommend(req),
    'categories.children': ({ code }) => svc.children(code),
    'categories.search': ({ query, limit }) => svc.search(query, limit),
    'categories.validate': ({ code }) => svc.validate(code),
    'categories.meta': ({ code }) => svc.meta(code),
    'products.places': () => svc.places(),
    'products.createOutboundPlace': (req) => svc.createOutboundPlace(req),
    'products.createReturnPlace': (req) => svc.createReturnPlace(req),
    'products.drafts': () => svc.listDrafts(),
    'products.draftGet': ({ id }) => svc.getDraft(id),
    'products.draftSave': (req) => svc.saveDraft({ id: req.id, mode: req.mode, step: req.step, data: req.data, sellerProductId: req.sellerProductId ?? null }),
    'products.draftDelete': ({ id }) => svc.deleteDraft(id),
    'products.draftFromProduct': ({ sellerProductId, purpose }) => svc.draftFromProduct(sellerProductId, purpose),
    'products.submit': ({ draftId, requested }) => svc.submit(draftId, requested),
    'products.requestApproval': ({ sellerProductId, draftId }) => svc.requestApproval(sellerProductId, draftId),
    'products.status': ({ sellerProductId, draftId }) => svc.status(sellerProductId, draftId),
    'products.list': (req) => svc.list(req),
    'products.get': ({ sellerProductId }) => svc.get(sellerProductId),
    'products.inventory': ({ vendorItemIds }) => svc.inventory(vendorItemIds),
    'products.bulkUpdate': async ({ edits }) => ({ results: await svc.bulkUpdate(edits) }),
  };
}
