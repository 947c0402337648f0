// Field names follow places.json exactly; IDs are strings here and become JSON numbers only in
// the views, where Coupang documents them as Long/Number.

export interface PlaceAddress {
  addressType: string;
  countryCode: string;
  companyContactNumber: string;
  phoneNumber2: string;
  returnZipCode: string;
  returnAddress: string;
  returnAddressDetail: string;
}

export interface RemoteInfo {
  remoteInfoId: string;
  deliveryCode: string;
  jeju: number;
  notJeju: number;
  usable: boolean;
}

export interface OutboundPlace {
  outboundShippingPlaceCode: string;
  shippingPlaceName: string;
  usable: boolean;
  global: boolean;
  placeAddresses: PlaceAddress[];
  remoteInfos: RemoteInfo[];
  /** Virtual epoch ms; shown as createDate `yyyy/MM/dd` (KST). */
  createdAt: number;
}

export const RETURN_FEE_FIELDS = [
  'vendorCreditFee05kg',
  'vendorCreditFee10kg',
  'vendorCreditFee20kg',
  'vendorCashFee05kg',
  'vendorCashFee10kg',
  'vendorCashFee20kg',
  'consumerCashFee05kg',
  'consumerCashFee10kg',
  'consumerCashFee20kg',
  'returnFee05kg',
  'returnFee10kg',
  'returnFee20kg',
] as const;

export type ReturnFeeField = (typeof RETURN_FEE_FIELDS)[number];

export interface ReturnPlace {
  returnCenterCode: string;
  shippingPlaceName: string;
  deliverCode: string;
  deliverName: string;
  contractNumber: string;
  contractCustomerNumber: string;
  goodsflowStatus: string;
  errorMessage: string;
  fees: Record<ReturnFeeField, number>;
  usable: boolean;
  placeAddresses: PlaceAddress[];
  createdAt: number;
}

export interface PlacesState {
  outbound: OutboundPlace[];
  returns: ReturnPlace[];
  nextOutboundCode: number;
  nextRemoteInfoId: number;
  nextReturnCenterCode: number;
}

/** places.json createReturn: only these six couriers can be return couriers; names from tables/carriers.json. */
export const RETURN_COURIERS: Record<string, string> = {
  HYUNDAI: '롯데택배',
  KGB: '로젠택배',
  EPOST: '우체국',
  HANJIN: '한진택배',
  CJGLS: 'CJ대한통운',
  ILYANG: '일양택배',
};
