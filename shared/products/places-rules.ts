// Outbound / return places the wizard creates when the account has none (rules 128-144).
import { formatWon } from '../money';
import { issue, type ProductIssue } from './issues';
import { RETURN_COURIERS } from './enums';

export interface PlaceAddressInput {
  addressType: 'JIBUN' | 'ROADNAME' | 'OVERSEA';
  countryCode: string;
  companyContactNumber: string;
  phoneNumber2?: string;
  returnZipCode: string;
  returnAddress: string;
  returnAddressDetail: string;
}

export interface OutboundPlaceInput {
  shippingPlaceName: string;
  global: boolean;
  usable: boolean;
  placeAddresses: PlaceAddressInput[];
  remoteInfos: { deliveryCode: string; jeju: number; notJeju: number }[];
}

export interface ReturnPlaceInput {
  shippingPlaceName: string;
  deliverCode: string;
  contractNumber: string;
  contractCustomerNumber: string;
  /** The twelve Goodsflow amounts (vendorCreditFee05kg … returnFee20kg). */
  fees: Record<string, number>;
  placeAddresses: Omit<PlaceAddressInput, 'countryCode'>[];
}

const PHONE = /^\d{2,4}-\d{3,4}-\d{4}$/;
const ZIP = /^\d{5,6}$/;
/** rule 133: couriers capped at 20,000 won of remote-area fee; others 70,000. */
const REMOTE_CAP_20K = ['HYUNDAI', 'CJGLS', 'HANJIN'];

function addressIssues(a: Omit<PlaceAddressInput, 'countryCode'> & { countryCode?: string }, k: number, out: ProductIssue[], requireCountry: boolean) {
  const p = `placeAddresses[${k}]`;
  if (requireCountry && (a.countryCode ?? '').length !== 2) out.push(issue(`${p}.countryCode`, 132, "국가코드는 2자리입니다 (예: 'KR')."));
  if (!PHONE.test(a.companyContactNumber) || a.companyContactNumber.length < 11 || a.companyContactNumber.length > 14) out.push(issue(`${p}.companyContactNumber`, 132, "전화번호는 02-123-4567처럼 '-'를 넣어 11~14자로 입력하세요."));
  if (a.phoneNumber2 && !PHONE.test(a.phoneNumber2)) out.push(issue(`${p}.phoneNumber2`, 132, "보조 전화번호는 010-1234-5678 형식입니다."));
  if (!ZIP.test(a.returnZipCode)) out.push(issue(`${p}.returnZipCode`, 132, '우편번호는 숫자 5~6자리입니다.'));
  if (!a.returnAddress.trim() || a.returnAddress.length > 150) out.push(issue(`${p}.returnAddress`, 132, '주소를 150자 이내로 입력하세요.'));
  if (a.returnAddressDetail.length > 200) out.push(issue(`${p}.returnAddressDetail`, 132, '상세주소는 200자 이내입니다.'));
}

/** rule 131: a road-name address must come with its JIBUN address. */
function addressTypeIssues(types: string[], out: ProductIssue[]) {
  if (types.includes('ROADNAME') && !types.includes('JIBUN')) out.push(issue('placeAddresses', 131, '도로명(ROADNAME) 주소는 지번(JIBUN) 주소와 함께 등록해야 합니다. 지번 주소만으로는 등록할 수 있습니다.'));
  if (types.length === 0) out.push(issue('placeAddresses', 131, '주소를 1개 이상 입력하세요.'));
}

export function validateOutboundPlace(p: OutboundPlaceInput, existingNames: readonly string[] = []): ProductIssue[] {
  const out: ProductIssue[] = [];
  const name = p.shippingPlaceName.trim();
  if (!name || [...name].length > 50) out.push(issue('shippingPlaceName', 130, '출고지 이름을 50자 이내로 입력하세요.'));
  else if (existingNames.includes(name)) out.push(issue('shippingPlaceName', 130, `같은 이름의 출고지('${name}')가 이미 있습니다.`));
  if (!p.usable) out.push(issue('usable', 130, '새 출고지는 사용(usable=true)으로 만들어야 상품에 쓸 수 있습니다.'));
  addressTypeIssues(p.placeAddresses.map((a) => a.addressType), out);
  p.placeAddresses.forEach((a, k) => addressIssues(a, k, out, true));
  const seen = new Set<string>();
  p.remoteInfos.forEach((r, k) => {
    const q = `remoteInfos[${k}]`;
    if (seen.has(r.deliveryCode)) out.push(issue(`${q}.deliveryCode`, 133, `택배사 ${r.deliveryCode}은(는) 한 번만 등록할 수 있습니다.`));
    seen.add(r.deliveryCode);
    const cap = REMOTE_CAP_20K.includes(r.deliveryCode) ? 20_000 : 70_000;
    for (const k2 of ['jeju', 'notJeju'] as const) {
      if (!Number.isInteger(r[k2]) || r[k2] < 0 || r[k2] > cap) out.push(issue(`${q}.${k2}`, 133, `도서산간 추가배송비는 ${formatWon(cap)} 이하입니다 (${r.deliveryCode}).`));
      else if (r[k2] < 1000) out.push(issue(`${q}.${k2}`, 133, '예전 문서는 1,000원 이상을 요구했습니다.', 'warning'));
    }
  });
  return out;
}

export function validateReturnPlace(p: ReturnPlaceInput, existing: readonly { name: string; address: string }[] = []): ProductIssue[] {
  const out: ProductIssue[] = [];
  const name = p.shippingPlaceName.trim();
  if (!name || [...name].length > 50) out.push(issue('shippingPlaceName', 130, '반품지 이름을 50자 이내로 입력하세요.'));
  if (!(p.deliverCode in RETURN_COURIERS)) out.push(issue('deliverCode', 138, `반품 택배사는 ${Object.entries(RETURN_COURIERS).map(([c, n]) => `${n}(${c})`).join(', ')} 중 하나입니다.`));
  if (!p.contractNumber.trim()) out.push(issue('contractNumber', 138, '택배사 계약번호를 입력하세요. 계약이 없으면 반품지 없이(NO_RETURN_CENTERCODE) 등록할 수 있습니다.'));
  if (p.deliverCode === 'EPOST' && !p.contractCustomerNumber.trim()) out.push(issue('contractCustomerNumber', 138, '우체국(EPOST)은 계약 고객번호가 필요합니다.'));
  for (const [k, v] of Object.entries(p.fees)) {
    if (!(v > 0)) out.push(issue(`goodsflowInfoOpenApiDto.${k}`, 140, '굿스플로 계약 금액은 0보다 커야 합니다. 모르면 계약한 가장 작은 금액을 모든 칸에 넣으세요.'));
  }
  addressTypeIssues(p.placeAddresses.map((a) => a.addressType), out);
  p.placeAddresses.forEach((a, k) => addressIssues(a, k, out, false));
  const address = p.placeAddresses[0]?.returnAddress.trim() ?? '';
  const detail = p.placeAddresses[0]?.returnAddressDetail ?? '';
  if (existing.some((e) => e.name === name && e.address === `${address} ${detail}`.trim())) {
    out.push(issue('shippingPlaceName', 141, '[이미 등록된 정보가 존재합니다] 같은 이름·주소의 반품지가 있습니다. 기존 반품지를 쓰거나 상세주소를 다르게 입력하세요.'));
  }
  return out;
}
