// The one function the typed per-domain calls go through; the client supplies it.
import type { CallOptions, CoupangResult } from '../types';
import type { EndpointId } from './catalog';

/**
 * `params` holds path and query values by name (vendorId and fixed values are filled in by the
 * client); `body` is sent as JSON.
 */
export type EndpointInvoker = <T>(
  id: EndpointId,
  params: object,
  body: unknown,
  options?: CallOptions,
) => Promise<CoupangResult<T>>;
