// 반품 / 취소 요청 (returns.json): the v6 list and single query. Receipts belong to the vendor's
// order world (OrdersState.receipts, see domains/returns/book.ts): they are created by order
// events (customer cancels, release stops, seller cancels) and change what the order APIs say.
// This domain keeps no state of its own yet; the remaining return APIs (receipt confirmation,
// approval, withdrawals, pickup waybills) extend the same receipts.
import { openapi, openapiError } from '../gateway/envelopes';
import type { Reply } from '../gateway/reply';
import type { OrdersState } from '../domains/orders/types';
import { advance } from '../domains/orders/world';
import { RETURN_MESSAGES as M } from '../domains/returns/messages';
import { parseReceiptQuery, runReceiptQuery } from '../domains/returns/queries';
import { receiptView } from '../domains/returns/views';
import { ordersDomain } from './orders';
import { defineDomain, type RouteContext } from './registry';

const V6 = '/v2/providers/openapi/apis/api/v6/vendors/{vendorId}';

/** Reserved for return-only state (withdrawals...); receipts live in the order world. */
export type ReturnsState = Record<string, never>;

type Ctx = RouteContext<ReturnsState>;

function world(ctx: Ctx): { state: OrdersState; now: number } {
  const state = ctx.store.get(ordersDomain);
  const now = ctx.clock.now();
  advance(state, now);
  return { state, now };
}

/** Example: code 200 (number); nextToken only in the per-day mode ("" on the last page). */
function listRequests(ctx: Ctx): Reply {
  const { state } = world(ctx);
  const query = parseReceiptQuery(ctx.query);
  if (!query.ok) return openapiError(query.status, query.message);
  const { receipts, next } = runReceiptQuery(state, query.value);
  return openapi(receipts.map(receiptView), query.value.paged ? { extra: { nextToken: next ?? '' } } : {});
}

/** Example: code "200" and `data` as an array holding the one receipt. */
function getRequest(ctx: Ctx): Reply {
  const { state } = world(ctx);
  const id = ctx.params.receiptId;
  if (!/^\d+$/.test(id)) return openapiError(400, M.notANumber('receiptId', id));
  const receipt = state.receipts.get(id);
  if (!receipt) return openapiError(400, M.receiptNotFound(id));
  if (receipt.receiptType === 'CANCEL') return openapiError(400, M.cancelReceipt(id));
  return openapi([receiptView(receipt)], { code: '200' });
}

export const returnsDomain = defineDomain<ReturnsState>({
  name: 'returns',
  seed: () => ({}),
  routes: [
    { id: 'returns.listRequests', method: 'GET', path: `${V6}/returnRequests`, handler: listRequests },
    { id: 'returns.getRequest', method: 'GET', path: `${V6}/returnRequests/{receiptId}`, handler: getRequest },
  ],
});
