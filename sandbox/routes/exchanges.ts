// 교환 (exchanges.json, 4 endpoints, v4): the list, receipt confirmation, rejection and the
// replacement's waybill. Exchanges belong to the vendor's order world (OrdersState.exchanges);
// customers create and withdraw them over virtual time (domains/returns/claims.ts). The manual
// pickup waybill for exchanges is returns.registerPickupInvoice (routes/returns.ts).
import { bare, openapi, openapiError } from '../gateway/envelopes';
import type { Reply } from '../gateway/reply';
import { confirmExchangeReceipt, parseExchangeInvoiceBody, rejectExchange, uploadExchangeInvoice } from '../domains/exchanges/lifecycle';
import { EXCHANGE_MESSAGES as M } from '../domains/exchanges/messages';
import { parseExchangeQuery, runExchangeQuery } from '../domains/exchanges/queries';
import { exchangeView } from '../domains/exchanges/views';
import type { OrdersState } from '../domains/orders/types';
import { advance } from '../domains/orders/world';
import { ordersDomain } from './orders';
import { defineDomain, type RouteContext } from './registry';

const V4 = '/v2/providers/openapi/apis/api/v4/vendors/{vendorId}';

/** Exchanges live in the order world; this slice stays empty. */
export type ExchangesState = Record<string, never>;

type Ctx = RouteContext<ExchangesState>;

function world(ctx: Ctx): { state: OrdersState; now: number } {
  const state = ctx.store.get(ordersDomain);
  const now = ctx.clock.now();
  advance(state, now);
  return { state, now };
}

function exchangeIdParam(ctx: Ctx): string | Reply {
  const value = ctx.params.exchangeId;
  return /^\d+$/.test(value) ? value : openapiError(400, M.notANumber('exchangeId', value));
}

/** Example: code 200 (number), message OK; nextToken "" on the last page. Withdrawn (CANCEL) ones are listed. */
function listRequests(ctx: Ctx): Reply {
  const { state, now } = world(ctx);
  const query = parseExchangeQuery(ctx.query);
  if (!query.ok) return openapiError(query.status, query.message);
  const { exchanges, next } = runExchangeQuery(state, query.value);
  return openapi(
    exchanges.map((e) => exchangeView(e, now)),
    { extra: { nextToken: next ?? '' } },
  );
}

/** Documented answer: `{"code":"200","message":"SUCCESS"}`. */
function confirmReceipt(ctx: Ctx): Reply {
  const { state, now } = world(ctx);
  const id = exchangeIdParam(ctx);
  if (typeof id !== 'string') return id;
  const done = confirmExchangeReceipt(state, id, ctx.body, ctx.vendor.vendorId, now);
  if (!done.ok) return openapiError(done.status, done.message);
  return bare({ code: '200', message: 'SUCCESS' });
}

/** Example: code "200", message SUCCESS, data {resultCode SUCCESS, resultMessage 요청 처리완료}. */
function reject(ctx: Ctx): Reply {
  const { state, now } = world(ctx);
  const id = exchangeIdParam(ctx);
  if (typeof id !== 'string') return id;
  const done = rejectExchange(state, id, ctx.body, ctx.vendor.vendorId, now);
  if (!done.ok) return openapiError(done.status, done.message);
  return openapi({ resultCode: 'SUCCESS', resultMessage: M.rejectDone }, { code: '200', message: 'SUCCESS' });
}

/**
 * Example: code "200", message SUCCESS, data {resultCode, resultMessage}. The documented wrong-box
 * error comes with HTTP 200 (exchanges.json errors): the sandbox answers it as resultCode FAIL.
 */
function uploadInvoice(ctx: Ctx): Reply {
  const { state, now } = world(ctx);
  const id = exchangeIdParam(ctx);
  if (typeof id !== 'string') return id;
  const lines = parseExchangeInvoiceBody(ctx.body, id, ctx.vendor.vendorId);
  if (!lines.ok) return openapiError(lines.status, lines.message);
  const done = uploadExchangeInvoice(state, id, lines.value, now);
  if (done.ok) return openapi({ resultCode: 'SUCCESS', resultMessage: M.invoiceDone }, { code: '200', message: 'SUCCESS' });
  if ('fail' in done) return openapi({ resultCode: 'FAIL', resultMessage: done.fail }, { code: '200', message: 'FAIL' });
  return openapiError(done.status, done.message);
}

export const exchangesDomain = defineDomain<ExchangesState>({
  name: 'exchanges',
  seed: () => ({}),
  routes: [
    { id: 'exchanges.listRequests', method: 'GET', path: `${V4}/exchangeRequests`, handler: listRequests },
    // "PATCH PUT" on the article pages (rules-orders.md 8): both verbs are served.
    ...(['PUT', 'PATCH'] as const).flatMap((method) => [
      { id: 'exchanges.confirmReceipt', method, path: `${V4}/exchangeRequests/{exchangeId}/receiveConfirmation`, handler: confirmReceipt },
      { id: 'exchanges.reject', method, path: `${V4}/exchangeRequests/{exchangeId}/rejection`, handler: reject },
    ]),
    { id: 'exchanges.uploadInvoice', method: 'POST', path: `${V4}/exchangeRequests/{exchangeId}/invoices`, handler: uploadInvoice },
  ],
});
