// Body checks for creating places, in the order the documented error list suggests: required
// params, the vendor, the name, then each address. The first failure wins, as on Coupang.
import { booleanValue, idText, isPlainObject, numberValue } from '../../json';
import { PLACE_MESSAGES as M } from './messages';
import { RETURN_COURIERS, RETURN_FEE_FIELDS, type PlaceAddress, type ReturnFeeField } from './types';

export type Checked<T> = { ok: true; value: T } | { ok: false; status: number; message: string };

const fail = (message: string, status = 400): { ok: false; status: number; message: string } => ({ ok: false, status, message });

export interface NewOutbound {
  shippingPlaceName: string;
  usable: boolean;
  global: boolean;
  placeAddresses: PlaceAddress[];
  remoteInfos: Array<{ deliveryCode: string; jeju: number; notJeju: number }>;
}

export interface NewReturn {
  shippingPlaceName: string;
  deliverCode: string;
  deliverName: string;
  contractNumber: string;
  contractCustomerNumber: string;
  fees: Record<ReturnFeeField, number>;
  placeAddresses: PlaceAddress[];
}

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const filled = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

/** places.json: xx-yyy-zzzz with 2-4, 3-4 and 4 digits, 11-14 characters including '-'. */
function phoneOk(phone: string): boolean {
  return /^\d{2,4}-\d{3,4}-\d{4}$/.test(phone) && phone.length >= 11 && phone.length <= 14;
}

export function checkAddresses(input: unknown, allowedTypes: readonly string[], needCountry: boolean): Checked<PlaceAddress[]> {
  if (!Array.isArray(input) || input.length === 0) return fail(M.addressNull);
  const out: PlaceAddress[] = [];
  for (const a of input) {
    if (!isPlainObject(a)) return fail(M.addressNull);
    const addressType = str(a.addressType);
    if (!addressType || !allowedTypes.includes(addressType)) return fail(M.addressType(allowedTypes));
    if (!filled(a.companyContactNumber)) return fail(M.phoneMissing);
    if (!filled(a.returnAddress)) return fail(M.addressMissing);
    const countryCode = needCountry ? str(a.countryCode) ?? '' : 'KR';
    if (countryCode.length !== 2) return fail(M.countryCode);
    if (!phoneOk(a.companyContactNumber)) return fail(M.phoneFormat);
    const phone2 = str(a.phoneNumber2) ?? '';
    if (phone2 !== '' && !phoneOk(phone2)) return fail(M.phoneFormat);
    const zip = str(a.returnZipCode) ?? '';
    if (zip === '') return fail(M.zipMissing);
    if (!/^\d{5,6}$/.test(zip)) return fail(M.zipFormat);
    if (a.returnAddress.length > 150) return fail(M.addressTooLong);
    const detail = str(a.returnAddressDetail) ?? '';
    if (detail.length > 200) return fail(M.detailTooLong);
    out.push({ addressType, countryCode, companyContactNumber: a.companyContactNumber, phoneNumber2: phone2, returnZipCode: zip, returnAddress: a.returnAddress, returnAddressDetail: detail });
  }
  if (out.some((a) => a.addressType === 'ROADNAME') && !out.some((a) => a.addressType === 'JIBUN')) return fail(M.roadnameAlone);
  return { ok: true, value: out };
}

/** places.json: 20,000 won max for HYUNDAI, CJGLS and HANJIN, 70,000 for others; 0 or at least 1,000. */
function remoteFeeMax(deliveryCode: string): number {
  return ['HYUNDAI', 'CJGLS', 'HANJIN'].includes(deliveryCode) ? 20000 : 70000;
}

export function checkRemoteInfos(input: unknown): Checked<NewOutbound['remoteInfos']> {
  if (input === undefined || input === null) return { ok: true, value: [] };
  if (!Array.isArray(input)) return fail(M.paramsNull);
  const out: NewOutbound['remoteInfos'] = [];
  for (const r of input) {
    if (!isPlainObject(r) || !filled(r.deliveryCode)) return fail(M.paramsNull);
    const jeju = numberValue(r.jeju);
    const notJeju = numberValue(r.notJeju);
    if (jeju === undefined || notJeju === undefined) return fail(M.paramsNull);
    const max = remoteFeeMax(r.deliveryCode);
    for (const fee of [jeju, notJeju]) {
      if (!Number.isInteger(fee) || (fee !== 0 && (fee < 1000 || fee > max))) return fail(M.remoteFee(max));
    }
    if (out.some((x) => x.deliveryCode === r.deliveryCode)) return fail(M.duplicateCourier(r.deliveryCode));
    out.push({ deliveryCode: r.deliveryCode, jeju, notJeju });
  }
  return { ok: true, value: out };
}

function checkCommon(body: unknown, vendorId: string, nameRequired = true): Checked<Record<string, unknown>> {
  if (!isPlainObject(body) || !filled(body.vendorId) || !filled(body.userId) || (nameRequired && !filled(body.shippingPlaceName))) return fail(M.paramsNull);
  if (body.vendorId !== vendorId) return fail(M.vendorMismatch);
  return { ok: true, value: body };
}

export function checkNewOutbound(body: unknown, vendorId: string): Checked<NewOutbound> {
  const common = checkCommon(body, vendorId);
  if (!common.ok) return common;
  const b = common.value;
  const name = b.shippingPlaceName as string;
  if (name.length > 50) return fail(M.nameTooLong);
  const addresses = checkAddresses(b.placeAddresses, ['JIBUN', 'ROADNAME', 'OVERSEA'], true);
  if (!addresses.ok) return addresses;
  const remote = checkRemoteInfos(b.remoteInfos);
  if (!remote.ok) return remote;
  return {
    ok: true,
    value: {
      shippingPlaceName: name,
      usable: booleanValue(b.usable) ?? true,
      global: booleanValue(b.global) ?? false,
      placeAddresses: addresses.value,
      remoteInfos: remote.value,
    },
  };
}

export function checkNewReturn(body: unknown, vendorId: string): Checked<NewReturn> {
  const common = checkCommon(body, vendorId);
  if (!common.ok) return common;
  const b = common.value;
  const dto = b.goodsflowInfoOpenApiDto;
  if (!isPlainObject(dto) || !filled(dto.deliverCode) || !filled(dto.contractNumber)) return fail(M.paramsNull);
  const couriers = Object.keys(RETURN_COURIERS);
  if (!couriers.includes(dto.deliverCode)) return fail(M.returnCourier(couriers));
  const fees = {} as Record<ReturnFeeField, number>;
  for (const field of RETURN_FEE_FIELDS) {
    const fee = numberValue(dto[field]);
    if (fee === undefined) return fail(M.paramsNull);
    if (!(fee > 0)) return fail(M.feePositive(field));
    fees[field] = fee;
  }
  const customerNumber = str(dto.contractCustomerNumber) ?? '';
  if (dto.deliverCode === 'EPOST' && customerNumber.trim() === '') return fail(M.epostCustomerNumber, 500);
  const addresses = checkAddresses(b.placeAddresses, ['JIBUN', 'ROADNAME'], false);
  if (!addresses.ok) return addresses;
  return {
    ok: true,
    value: {
      shippingPlaceName: b.shippingPlaceName as string,
      deliverCode: dto.deliverCode,
      deliverName: filled(dto.deliverName) ? dto.deliverName : RETURN_COURIERS[dto.deliverCode],
      contractNumber: dto.contractNumber,
      contractCustomerNumber: customerNumber,
      fees,
      placeAddresses: addresses.value,
    },
  };
}

export function sameAddress(a: PlaceAddress, b: PlaceAddress): boolean {
  return a.returnAddress.trim() === b.returnAddress.trim() && a.returnAddressDetail === b.returnAddressDetail;
}

// ---- modify (출고지 수정 / 반품지 수정) ------------------------------------------------------

export interface OutboundChange {
  shippingPlaceName: string | null;
  usable: boolean | null;
  global: boolean | null;
  placeAddresses: PlaceAddress[];
  remoteInfos: Array<{ remoteInfoId: string | null; deliveryCode: string; jeju: number; notJeju: number; usable: boolean }>;
}

/** places.updateOutbound: the name may be left out (kept), addresses are required, remote rows carry remoteInfoId to modify/delete. */
export function checkOutboundChange(body: unknown, vendorId: string, pathCode: string): Checked<OutboundChange> {
  const common = checkCommon(body, vendorId, false);
  if (!common.ok) return common;
  const b = common.value;
  if (b.outboundShippingPlaceCode !== undefined && b.outboundShippingPlaceCode !== null && idText(b.outboundShippingPlaceCode) !== pathCode) return fail(M.placeMismatch);
  const name = filled(b.shippingPlaceName) ? b.shippingPlaceName : null;
  if (name !== null && name.length > 50) return fail(M.nameTooLong);
  const addresses = checkAddresses(b.placeAddresses, ['JIBUN', 'ROADNAME', 'OVERSEA'], true);
  if (!addresses.ok) return addresses;
  const rows = b.remoteInfos === undefined || b.remoteInfos === null ? [] : b.remoteInfos;
  if (!Array.isArray(rows)) return fail(M.paramsNull);
  const remote = checkRemoteInfos(rows.filter((r) => !isPlainObject(r) || booleanValue(r.usable) !== false));
  if (!remote.ok) return remote;
  const remoteInfos: OutboundChange['remoteInfos'] = [];
  for (const r of rows) {
    if (!isPlainObject(r) || !filled(r.deliveryCode)) return fail(M.paramsNull);
    const usable = booleanValue(r.usable) ?? true;
    const fees = remote.value.find((x) => x.deliveryCode === r.deliveryCode);
    remoteInfos.push({ remoteInfoId: idText(r.remoteInfoId) ?? null, deliveryCode: r.deliveryCode, jeju: fees?.jeju ?? 0, notJeju: fees?.notJeju ?? 0, usable });
  }
  return {
    ok: true,
    value: {
      shippingPlaceName: name,
      usable: booleanValue(b.usable) ?? null,
      global: booleanValue(b.global) ?? null,
      placeAddresses: addresses.value,
      remoteInfos,
    },
  };
}

export interface ReturnChange {
  shippingPlaceName: string | null;
  usable: boolean | null;
  placeAddresses: PlaceAddress[] | null;
  fees: Record<ReturnFeeField, number> | null;
}

/** places.updateReturn: name, usable flag, addresses and fee amounts; the courier contract is fixed. */
export function checkReturnChange(body: unknown, vendorId: string, pathCode: string, current: { deliverCode: string; contractNumber: string; contractCustomerNumber: string }): Checked<ReturnChange> {
  const common = checkCommon(body, vendorId, false);
  if (!common.ok) return common;
  const b = common.value;
  if (idText(b.returnCenterCode) !== pathCode) return fail(M.placeMismatch);
  const name = filled(b.shippingPlaceName) ? b.shippingPlaceName : null;
  if (name !== null && name.length > 50) return fail(M.nameTooLong);
  let placeAddresses: PlaceAddress[] | null = null;
  if (b.placeAddresses !== undefined && b.placeAddresses !== null) {
    const addresses = checkAddresses(b.placeAddresses, ['JIBUN', 'ROADNAME'], false);
    if (!addresses.ok) return addresses;
    placeAddresses = addresses.value;
  }
  let fees: ReturnChange['fees'] = null;
  const dto = b.goodsflowInfoOpenApiDto ?? b.goodsflowInfoDto;
  if (dto !== undefined && dto !== null) {
    if (!isPlainObject(dto)) return fail(M.paramsNull);
    for (const key of ['deliverCode', 'contractNumber', 'contractCustomerNumber'] as const) {
      if (filled(dto[key]) && dto[key] !== current[key]) return fail(M.contractFixed);
    }
    fees = {} as Record<ReturnFeeField, number>;
    for (const field of RETURN_FEE_FIELDS) {
      const fee = numberValue(dto[field]);
      if (fee === undefined) return fail(M.paramsNull);
      if (!(fee > 0)) return fail(M.feePositive(field));
      fees[field] = fee;
    }
  }
  return { ok: true, value: { shippingPlaceName: name, usable: booleanValue(b.usable) ?? null, placeAddresses, fees } };
}
