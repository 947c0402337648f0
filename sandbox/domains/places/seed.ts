// A believable starting point for a small seller: two outbound places (one with remote-area fees
// for two couriers) and one return centre with an approved Goodsflow contract.
import type { Rng } from '../../rng';
import type { SeedArgs } from '../../routes/registry';
import { RETURN_COURIERS, RETURN_FEE_FIELDS, type OutboundPlace, type PlaceAddress, type PlacesState, type ReturnPlace } from './types';

interface Site {
  zip: string;
  jibun: string;
  road: string;
  detail: string;
  phone: string;
}

const SITES: readonly Site[] = [
  { zip: '10449', jibun: '경기도 고양시 일산동구 백석동 1141-2', road: '경기도 고양시 일산동구 중앙로 1036', detail: '3층 물류센터', phone: '031-8075-2231' },
  { zip: '08507', jibun: '서울특별시 금천구 가산동 60-5', road: '서울특별시 금천구 가산디지털1로 168', detail: 'B동 1204호', phone: '02-2038-5520' },
  { zip: '10136', jibun: '경기도 김포시 고촌읍 신곡리 1053-4', road: '경기도 김포시 고촌읍 아라육로 57', detail: '물류동 A-3', phone: '031-987-4410' },
  { zip: '22850', jibun: '인천광역시 서구 오류동 1597', road: '인천광역시 서구 오류로 36', detail: '2동 창고', phone: '032-563-7781' },
  { zip: '46752', jibun: '부산광역시 강서구 송정동 1633-1', road: '부산광역시 강서구 녹산산업중로 333', detail: '1층 출고장', phone: '051-831-2290' },
  { zip: '34326', jibun: '대전광역시 대덕구 문평동 83-2', road: '대전광역시 대덕구 대덕대로1448번길 72', detail: '제2창고', phone: '042-933-1180' },
];

const OUTBOUND_NAMES = ['본사 출고지', '김포 물류센터', '인천 제2창고', '가산 출고센터'];
const DAY_MS = 86_400_000;

function addresses(site: Site, mobile: string): PlaceAddress[] {
  const common = { countryCode: 'KR', companyContactNumber: site.phone, phoneNumber2: mobile, returnZipCode: site.zip, returnAddressDetail: site.detail };
  // places.json: a ROADNAME address must be registered together with its JIBUN address.
  return [
    { addressType: 'JIBUN', returnAddress: site.jibun, ...common },
    { addressType: 'ROADNAME', returnAddress: site.road, ...common },
  ];
}

function mobile(rng: Rng): string {
  return `010-${rng.digits(4)}-${rng.digits(4)}`;
}

export function seedPlaces({ rng, clock }: SeedArgs): PlacesState {
  const now = clock.startTime;
  const sites = [...SITES];
  const takeSite = () => sites.splice(rng.int(0, sites.length - 1), 1)[0];
  const state: PlacesState = {
    outbound: [],
    returns: [],
    nextOutboundCode: rng.int(3_000_000, 3_900_000),
    nextRemoteInfoId: rng.int(1_000_000, 1_900_000),
    nextReturnCenterCode: rng.int(1_000_300_000, 1_000_900_000),
  };
  const names = [...OUTBOUND_NAMES];

  for (let i = 0; i < 2; i++) {
    const site = takeSite();
    const place: OutboundPlace = {
      outboundShippingPlaceCode: String(state.nextOutboundCode),
      shippingPlaceName: names.splice(rng.int(0, names.length - 1), 1)[0],
      usable: true,
      global: false,
      placeAddresses: addresses(site, mobile(rng)),
      remoteInfos: [],
      createdAt: now - rng.int(200, 900) * DAY_MS + rng.int(0, DAY_MS),
    };
    state.nextOutboundCode += rng.int(1, 97);
    if (i === 0) {
      for (const [deliveryCode, jeju, notJeju] of [['CJGLS', 5000, 3000], ['HANJIN', 4000, 3000]] as const) {
        place.remoteInfos.push({ remoteInfoId: String(state.nextRemoteInfoId++), deliveryCode, jeju, notJeju, usable: true });
      }
    }
    state.outbound.push(place);
  }
  state.outbound.sort((a, b) => a.createdAt - b.createdAt);

  const site = takeSite();
  const deliverCode = rng.pick(['CJGLS', 'HANJIN', 'HYUNDAI', 'KGB']);
  const fee = rng.pick([2500, 3000, 3500]);
  const ret: ReturnPlace = {
    returnCenterCode: String(state.nextReturnCenterCode),
    shippingPlaceName: '반품센터',
    deliverCode,
    deliverName: RETURN_COURIERS[deliverCode],
    contractNumber: rng.digits(8),
    contractCustomerNumber: '',
    goodsflowStatus: '승인',
    errorMessage: '',
    fees: Object.fromEntries(RETURN_FEE_FIELDS.map((f) => [f, fee])) as ReturnPlace['fees'],
    usable: true,
    placeAddresses: addresses(site, mobile(rng)),
    createdAt: now - rng.int(100, 600) * DAY_MS,
  };
  state.nextReturnCenterCode += rng.int(1, 5000);
  state.returns.push(ret);
  return state;
}
