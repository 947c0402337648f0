// Error texts of the place APIs. Sources:
//  [doc]  places.json `errors` (Coupang's own error spec for 출고지 생성 / 반품지 생성)
//  [3p]   a third-party transcription of the current 출고지 doc error table (C# model comments in a
//         public repository, found with the search tool); Coupang's wording, not re-verified
//  [sbx]  the docs name the rule but no text: chosen by the sandbox, kept short and in the
//         same English style as the documented ones
export const PLACE_MESSAGES = {
  paramsNull: 'params are not allowed null...', // [doc]
  vendorMismatch: "params's vendorId not equals gateway's vendorId!", // [doc]
  nameTooLong: 'The max length of the shipping place name is 50, please input the correct length name', // [doc]
  addressNull: "The address detail info can't be null(placeAddress)", // [doc]
  phoneMissing: 'Must input the default phone number(phoneNumber1)', // [doc]
  addressMissing: 'Must input the default address(address1)', // [doc]
  countryCode: 'The length of country code is 2, please input correct length country code', // [doc]
  phoneFormat: "The format of phone number is invalid, min length is 11 and max length is 14 include the character '-'", // [doc]
  zipFormat: 'The format of postal code is invalid, it can only be number, min length is 5 and max length is 6', // [doc]
  zipMissing: "Post code can't be empty", // [3p]
  duplicateName: (name: string) => `[출고지중복] Duplicated request. name:${name}`, // [3p]
  duplicateAddress: (code: string) => `[출고지중복] 이미 등록된 주소지명이 있습니다 (중복 주소지 코드:${code})`, // [3p]
  /** [3p] for the 20,000-won couriers; places.json allows 70,000 for the others, same sentence. */
  remoteFee: (max: number) => `배송비는 0원, 1000원 이상 ${max}원 이하만 가능합니다.`,
  returnDuplicate: '이미 등록된 정보가 존재합니다', // [doc]
  epostCustomerNumber: '서버 에러 (알 수 없는 에러 / 신규 에러)', // [doc] (500, missing contractCustomerNumber for EPOST)
  listParams: '(pageNum & pageSize) or placeCodes or placeNames must be provided', // [doc] (reported by integrators)
  addressType: (allowed: readonly string[]) => `addressType must be one of ${allowed.join(', ')}`, // [sbx]
  roadnameAlone: 'A ROADNAME address must be registered together with a JIBUN address', // [sbx]
  addressTooLong: 'The max length of the address is 150', // [sbx]
  detailTooLong: 'The max length of the address detail is 200', // [sbx]
  duplicateCourier: (code: string) => `The same deliveryCode can be registered only once: ${code}`, // [sbx]
  returnCourier: (allowed: readonly string[]) => `deliverCode must be one of ${allowed.join(', ')}`, // [sbx]
  feePositive: (field: string) => `${field} must be greater than 0`, // [sbx]
  placeMismatch: "The shippingPlaceId doesn't match~", // [doc] (modify: code in path/body wrong or not this vendor's)
  modified: 'Modify successfully', // [doc] resultMessage of both modify APIs
  globalFixed: 'The domestic/overseas (global) type of an outbound place cannot be changed', // [sbx] rule 134
  remoteInfoUnknown: (id: string) => `The remoteInfoId ${id} does not belong to this outbound place`, // [sbx] rule 133
  contractFixed: 'deliverCode, contractNumber and contractCustomerNumber cannot be modified; create a new return place', // [sbx] rule 142
  centerCodesMissing: 'returnCenterCodes must be provided', // [sbx]
  centerCodesMax: 'returnCenterCodes accepts at most 100 codes', // [sbx] rule 145
} as const;
