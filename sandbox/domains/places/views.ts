// Response objects with exactly the fields and order of places.json's examples.
import { formatKst } from '../../clock';
import { num } from '../../json';
import { RETURN_FEE_FIELDS, type OutboundPlace, type PlaceAddress, type ReturnPlace } from './types';

function addressView(a: PlaceAddress) {
  return {
    addressType: a.addressType,
    countryCode: a.countryCode,
    companyContactNumber: a.companyContactNumber,
    phoneNumber2: a.phoneNumber2,
    returnZipCode: a.returnZipCode,
    returnAddress: a.returnAddress,
    returnAddressDetail: a.returnAddressDetail,
  };
}

export function outboundView(p: OutboundPlace) {
  return {
    outboundShippingPlaceCode: num(p.outboundShippingPlaceCode),
    shippingPlaceName: p.shippingPlaceName,
    placeAddresses: p.placeAddresses.map(addressView),
    remoteInfos: p.remoteInfos.map((r) => ({
      remoteInfoId: num(r.remoteInfoId),
      deliveryCode: r.deliveryCode,
      jeju: r.jeju,
      notJeju: r.notJeju,
      usable: r.usable,
    })),
    createDate: formatKst(p.createdAt, 'yyyy/MM/dd'),
    usable: p.usable,
  };
}

/** returnCenterCode is a string in the documented example, unlike the outbound code. */
export function returnView(p: ReturnPlace, vendorId: string) {
  return {
    vendorId,
    returnCenterCode: p.returnCenterCode,
    shippingPlaceName: p.shippingPlaceName,
    deliverCode: p.deliverCode,
    deliverName: p.deliverName,
    goodsflowStatus: p.goodsflowStatus,
    errorMessage: p.errorMessage,
    createdAt: p.createdAt,
    ...Object.fromEntries(RETURN_FEE_FIELDS.map((f) => [f, p.fees[f]])),
    usable: p.usable,
    placeAddresses: p.placeAddresses.map(addressView),
  };
}
