// IPC handlers of the coupons screen. The service (and its request tracker, which resumes pending
// requests left by the last run) is built once per runtime.
import type { Handlers } from '../../ipc/router';
import type { Db } from '../../store/db';
import type { Connections } from '../connections';
import { createCouponsService, type CouponsService, type CouponsServiceDeps } from './service';

type CouponsChannel = Extract<keyof Handlers, `coupons.${string}`>;
export type CouponsHandlers = Pick<Handlers, CouponsChannel>;

export interface CouponsHandlersDeps {
  db: Db;
  connections: Pick<Connections, 'current' | 'forProfile'>;
  log?: (entry: Record<string, unknown>) => void;
  /** Tests pass a service built with their own clock and timings. */
  service?: CouponsService;
  tracker?: CouponsServiceDeps['tracker'];
}

export function couponsConnect(connections: CouponsHandlersDeps['connections']): CouponsServiceDeps['connect'] {
  return async (profileId) => {
    const conn = profileId ? await connections.forProfile(profileId) : await connections.current();
    return { client: conn.client, vendorId: conn.credentials.vendorId, profileId: conn.profileId };
  };
}

export function createCouponsHandlers(deps: CouponsHandlersDeps): CouponsHandlers {
  const s = deps.service ?? createCouponsService({ db: deps.db, connect: couponsConnect(deps.connections), log: deps.log, tracker: deps.tracker });
  return {
    'coupons.contracts': () => s.contracts(),
    'coupons.contract': ({ contractId }) => s.contract(contractId),
    'coupons.instantList': (q) => s.instantList(q),
    'coupons.instantDetail': (q) => s.instantDetail(q),
    'coupons.instantItem': (q) => s.instantItem(q),
    'coupons.byOrder': ({ orderId }) => s.byOrder(orderId),
    'coupons.instantCreate': (input) => s.instantCreate(input),
    'coupons.instantAddItems': ({ couponId, vendorItemIds }) => s.instantAddItems(couponId, vendorItemIds),
    'coupons.instantRemoveItems': ({ couponId, vendorItemIds }) => s.instantRemoveItems(couponId, vendorItemIds),
    'coupons.instantExpire': ({ couponId }) => s.instantExpire(couponId),
    'coupons.downloadList': () => s.downloadList(),
    'coupons.downloadCreate': (input) => s.downloadCreate(input),
    'coupons.downloadAddItems': ({ couponId, userId, vendorItemIds }) => s.downloadAddItems(couponId, userId, vendorItemIds),
    'coupons.downloadDetail': ({ couponId }) => s.downloadDetail(couponId),
    'coupons.downloadExpire': ({ couponId, userId }) => s.downloadExpire(couponId, userId),
    'coupons.requests': (q) => s.requests(q),
    'coupons.requestRefresh': ({ id }) => s.requestRefresh(id),
    'coupons.requestResend': ({ id }) => s.requestResend(id),
    'coupons.requestStatus': ({ family, requestedId }) => s.requestStatus(family, requestedId),
    'coupons.itemCandidates': (q) => s.itemCandidates(q),
    'coupons.assignments': ({ family, vendorItemIds }) => s.assignments(family, vendorItemIds),
  };
}
