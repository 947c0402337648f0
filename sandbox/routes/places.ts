// 출고지 / 반품지 (places.json). The outbound list is a marketplace_openapi path without a vendorId:
// the vendor is the key's, and the answer is a bare `{content, pagination}`.
import { bare, openapi, openapiError } from '../gateway/envelopes';
import { paginate, positiveInt } from '../domains/paginate';
import { PLACE_MESSAGES as M } from '../domains/places/messages';
import { seedPlaces } from '../domains/places/seed';
import { type OutboundPlace, type PlacesState, type ReturnPlace } from '../domains/places/types';
import { checkNewOutbound, checkNewReturn, sameAddress } from '../domains/places/validate';
import { outboundView, returnView } from '../domains/places/views';
import { defineDomain, type RouteContext } from './registry';

const DEFAULT_PAGE_SIZE = 10;
/** places.json: pageSize max 50. Coupang documents no error for more, so larger sizes are capped. */
const MAX_PAGE_SIZE = 50;

function pageSize(text: string | undefined): number {
  return Math.min(positiveInt(text) ?? DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
}

/** placeCodes / placeNames: repeated keys or comma-separated values both select several places. */
function listValues(values: string[]): string[] {
  return values.flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);
}

function listOutbound(ctx: RouteContext<PlacesState>) {
  const codes = listValues(ctx.query.getAll('placeCodes'));
  const names = listValues(ctx.query.getAll('placeNames'));
  const size = pageSize(ctx.query.get('pageSize'));
  if (codes.length || names.length) {
    const hits = ctx.state.outbound.filter((p) => codes.includes(p.outboundShippingPlaceCode) || names.includes(p.shippingPlaceName));
    return bare(paginateViews(hits, 1, Math.max(size, hits.length)));
  }
  const page = positiveInt(ctx.query.get('pageNum'));
  if (page === undefined) return openapiError(400, M.listParams);
  return bare(paginateViews(ctx.state.outbound, page, size));
}

function paginateViews(places: OutboundPlace[], page: number, size: number) {
  const { content, pagination } = paginate(places, page, size);
  return { content: content.map(outboundView), pagination };
}

function createOutbound(ctx: RouteContext<PlacesState>) {
  const checked = checkNewOutbound(ctx.body, ctx.vendor.vendorId);
  if (!checked.ok) return openapiError(checked.status, checked.message);
  const input = checked.value;
  const state = ctx.state;
  if (state.outbound.some((p) => p.shippingPlaceName === input.shippingPlaceName)) return openapiError(400, M.duplicateName(input.shippingPlaceName));
  for (const existing of state.outbound) {
    if (existing.placeAddresses.some((a) => input.placeAddresses.some((b) => sameAddress(a, b)))) {
      return openapiError(400, M.duplicateAddress(existing.outboundShippingPlaceCode));
    }
  }
  const code = String(state.nextOutboundCode);
  state.nextOutboundCode += ctx.rng.int(1, 97);
  state.outbound.push({
    outboundShippingPlaceCode: code,
    shippingPlaceName: input.shippingPlaceName,
    usable: input.usable,
    global: input.global,
    placeAddresses: input.placeAddresses,
    remoteInfos: input.remoteInfos.map((r) => ({ ...r, remoteInfoId: String(state.nextRemoteInfoId++), usable: true })),
    createdAt: ctx.clock.now(),
  });
  // places.json responseExample: code is the string "200", message "SUCCESS".
  return openapi({ resultCode: 'SUCCESS', resultMessage: code }, { code: '200', message: 'SUCCESS' });
}

function listReturn(ctx: RouteContext<PlacesState>) {
  const page = positiveInt(ctx.query.get('pageNum')) ?? 1;
  const { content, pagination } = paginate(ctx.state.returns, page, pageSize(ctx.query.get('pageSize')));
  return openapi({ content: content.map((p) => returnView(p, ctx.vendor.vendorId)), pagination }, { message: 'SUCCESS' });
}

function createReturn(ctx: RouteContext<PlacesState>) {
  const checked = checkNewReturn(ctx.body, ctx.vendor.vendorId);
  if (!checked.ok) return openapiError(checked.status, checked.message);
  const input = checked.value;
  const state = ctx.state;
  // places.json: the same name together with the same address is refused.
  const duplicate = state.returns.some(
    (p) => p.shippingPlaceName === input.shippingPlaceName && p.placeAddresses.some((a) => input.placeAddresses.some((b) => sameAddress(a, b))),
  );
  if (duplicate) return openapiError(400, M.returnDuplicate);
  const code = String(state.nextReturnCenterCode);
  state.nextReturnCenterCode += ctx.rng.int(1, 5000);
  const place: ReturnPlace = {
    returnCenterCode: code,
    shippingPlaceName: input.shippingPlaceName,
    deliverCode: input.deliverCode,
    deliverName: input.deliverName,
    contractNumber: input.contractNumber,
    contractCustomerNumber: input.contractCustomerNumber,
    goodsflowStatus: '승인',
    errorMessage: '',
    fees: input.fees,
    usable: true,
    placeAddresses: input.placeAddresses,
    createdAt: ctx.clock.now(),
  };
  state.returns.push(place);
  return openapi({ resultCode: 'SUCCESS', resultMessage: code }, { code: '200', message: 'SUCCESS' });
}

export const placesDomain = defineDomain<PlacesState>({
  name: 'places',
  seed: seedPlaces,
  summarize: (state) => ({
    outbound: state.outbound.map((p) => ({
      outboundShippingPlaceCode: p.outboundShippingPlaceCode,
      shippingPlaceName: p.shippingPlaceName,
      usable: p.usable,
      global: p.global,
      addresses: p.placeAddresses.map((a) => `${a.addressType} ${a.returnAddress} ${a.returnAddressDetail}`.trim()),
      remoteCouriers: p.remoteInfos.map((r) => r.deliveryCode),
      createdAt: new Date(p.createdAt).toISOString(),
    })),
    returns: state.returns.map((p) => ({
      returnCenterCode: p.returnCenterCode,
      shippingPlaceName: p.shippingPlaceName,
      deliverCode: p.deliverCode,
      goodsflowStatus: p.goodsflowStatus,
      returnFee05kg: p.fees.returnFee05kg,
      usable: p.usable,
    })),
  }),
  routes: [
    { id: 'places.listOutbound', method: 'GET', path: '/v2/providers/marketplace_openapi/apis/api/v2/vendor/shipping-place/outbound', handler: listOutbound },
    { id: 'places.createOutbound', method: 'POST', path: '/v2/providers/openapi/apis/api/v5/vendors/{vendorId}/outboundShippingCenters', handler: createOutbound },
    { id: 'places.listReturn', method: 'GET', path: '/v2/providers/openapi/apis/api/v5/vendors/{vendorId}/returnShippingCenters', handler: listReturn },
    { id: 'places.createReturn', method: 'POST', path: '/v2/providers/openapi/apis/api/v5/vendors/{vendorId}/returnShippingCenters', handler: createReturn },
  ],
});
