// 출고지 / 반품지 (places.json). The outbound list is a marketplace_openapi path without a vendorId:
// the vendor is the key's, and the answer is a bare `{content, pagination}`.
import { bare, openapi, openapiError } from '../gateway/envelopes';
import { paginate, positiveInt } from '../domains/paginate';
import { PLACE_MESSAGES as M } from '../domains/places/messages';
import { seedPlaces } from '../domains/places/seed';
import { type OutboundPlace, type PlacesState, type ReturnPlace } from '../domains/places/types';
import { checkNewOutbound, checkNewReturn, checkOutboundChange, checkReturnChange, sameAddress } from '../domains/places/validate';
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

// places.json modify responses: code "200", message "SUCCESS", resultMessage 'Modify successfully'.
const modified = () => openapi({ resultCode: 'SUCCESS', resultMessage: M.modified }, { code: '200', message: 'SUCCESS' });

function updateOutbound(ctx: RouteContext<PlacesState>) {
  const code = ctx.params.outboundShippingPlaceCode;
  const place = ctx.state.outbound.find((p) => p.outboundShippingPlaceCode === code);
  const checked = checkOutboundChange(ctx.body, ctx.vendor.vendorId, code);
  if (!checked.ok) return openapiError(checked.status, checked.message);
  if (!place) return openapiError(400, M.placeMismatch);
  const change = checked.value;
  if (change.global !== null && change.global !== place.global) return openapiError(400, M.globalFixed);
  const name = change.shippingPlaceName ?? place.shippingPlaceName;
  if (ctx.state.outbound.some((p) => p !== place && p.shippingPlaceName === name)) return openapiError(400, M.duplicateName(name));
  for (const other of ctx.state.outbound) {
    if (other !== place && other.placeAddresses.some((a) => change.placeAddresses.some((b) => sameAddress(a, b)))) {
      return openapiError(400, M.duplicateAddress(other.outboundShippingPlaceCode));
    }
  }
  // Remote rows: with remoteInfoId modify (usable=false deletes), without add a courier once (rule 133).
  const remoteInfos = place.remoteInfos.map((r) => ({ ...r }));
  for (const row of change.remoteInfos) {
    if (row.remoteInfoId !== null) {
      const idx = remoteInfos.findIndex((r) => r.remoteInfoId === row.remoteInfoId);
      if (idx < 0) return openapiError(400, M.remoteInfoUnknown(row.remoteInfoId));
      if (!row.usable) remoteInfos.splice(idx, 1);
      else remoteInfos[idx] = { ...remoteInfos[idx], deliveryCode: row.deliveryCode, jeju: row.jeju, notJeju: row.notJeju, usable: true };
    } else if (row.usable) {
      if (remoteInfos.some((r) => r.deliveryCode === row.deliveryCode)) return openapiError(400, M.duplicateCourier(row.deliveryCode));
      remoteInfos.push({ remoteInfoId: String(ctx.state.nextRemoteInfoId++), deliveryCode: row.deliveryCode, jeju: row.jeju, notJeju: row.notJeju, usable: true });
    }
  }
  const couriers = remoteInfos.map((r) => r.deliveryCode);
  if (new Set(couriers).size !== couriers.length) return openapiError(400, M.duplicateCourier(couriers.find((c, i) => couriers.indexOf(c) !== i)!));
  Object.assign(place, { shippingPlaceName: name, usable: change.usable ?? place.usable, placeAddresses: change.placeAddresses, remoteInfos });
  return modified();
}

function updateReturn(ctx: RouteContext<PlacesState>) {
  const code = ctx.params.returnCenterCode;
  const place = ctx.state.returns.find((p) => p.returnCenterCode === code);
  const checked = checkReturnChange(ctx.body, ctx.vendor.vendorId, code, place ?? { deliverCode: '', contractNumber: '', contractCustomerNumber: '' });
  if (!checked.ok) return openapiError(checked.status, checked.message);
  if (!place) return openapiError(400, M.placeMismatch);
  const change = checked.value;
  const name = change.shippingPlaceName ?? place.shippingPlaceName;
  const addresses = change.placeAddresses ?? place.placeAddresses;
  const duplicate = ctx.state.returns.some((p) => p !== place && p.shippingPlaceName === name && p.placeAddresses.some((a) => addresses.some((b) => sameAddress(a, b))));
  if (duplicate) return openapiError(400, M.returnDuplicate);
  // Rule 143: disabling a return place does not touch the products that use it.
  Object.assign(place, { shippingPlaceName: name, usable: change.usable ?? place.usable, placeAddresses: addresses, fees: change.fees ?? place.fees });
  return modified();
}

/** 반품지 단건 조회: up to 100 comma-separated codes; other vendors' codes are simply not found. */
function getReturnByCenterCodes(ctx: RouteContext<PlacesState>) {
  const codes = listValues(ctx.query.getAll('returnCenterCodes'));
  if (codes.length === 0) return openapiError(400, M.centerCodesMissing);
  if (codes.length > 100) return openapiError(400, M.centerCodesMax);
  const hits = ctx.state.returns.filter((p) => codes.includes(p.returnCenterCode));
  // The field table also lists the 02kg fees, which current responses carry mostly as null.
  const withTwoKg = (p: ReturnPlace) => {
    const { placeAddresses, usable, ...rest } = returnView(p, ctx.vendor.vendorId);
    return { ...rest, vendorCreditFee02kg: null, vendorCashFee02kg: null, consumerCashFee02kg: null, returnFee02kg: null, usable, placeAddresses };
  };
  return openapi(hits.map(withTwoKg), { code: '200', message: 'SUCCESS' });
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
    { id: 'places.updateOutbound', method: 'PUT', path: '/v2/providers/openapi/apis/api/v5/vendors/{vendorId}/outboundShippingCenters/{outboundShippingPlaceCode}', handler: updateOutbound },
    { id: 'places.updateReturn', method: 'PUT', path: '/v2/providers/openapi/apis/api/v5/vendors/{vendorId}/returnShippingCenters/{returnCenterCode}', handler: updateReturn },
    { id: 'places.getReturnByCenterCodes', method: 'GET', path: '/v2/providers/openapi/apis/api/v3/return/shipping-places/center-code', handler: getReturnByCenterCodes },
  ],
});
