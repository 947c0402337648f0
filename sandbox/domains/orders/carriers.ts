// Courier codes (택배사 코드) copied from ../shared/coupang-api/tables/carriers.json, which
// merges Coupang's current 택배사 코드 page with the 2019 doc and third-party transcriptions.
// Digit rules are enforced only where Coupang's own current page states them (the rows whose
// source note says "current page as crawled"); for the others the docs give no verified rule,
// so any digits pass. Merged/closed (struck-through) couriers count as unknown codes: the docs
// say struck-through couriers are merged or closed and unsupported codes raise errors
// (rules-orders.md 41, 103).

export type CourierStatus = 'active' | 'merged' | 'closed';

/** `[code, nameKo, digits, status]`; digits: allowed lengths, an inclusive 'min-max' range, or null (unchecked). */
type Row = readonly [string, string, readonly number[] | string | null, CourierStatus];

const ROWS: readonly Row[] = [
  ['HYUNDAI', '롯데택배', [10, 12, 13], 'active'],
  ['KGB', '로젠택배', [10, 11], 'active'],
  ['EPOST', '우체국', [13], 'active'],
  ['HANJIN', '한진택배', [10, 12], 'active'],
  ['CJGLS', 'CJ대한통운', [10, 12], 'active'],
  ['KOREX', '대한통운[합병]', [10, 12], 'merged'],
  ['KDEXP', '경동택배', '8-16', 'active'],
  ['DIRECT', '업체직송', null, 'active'],
  ['ILYANG', '일양택배', '8-16', 'active'],
  ['CHUNIL', '천일특송', [11], 'active'],
  ['AJOU', '아주택배', null, 'active'],
  ['CSLOGIS', 'SC로지스', null, 'active'],
  ['DAESIN', '대신택배', [13], 'active'],
  ['CVS', 'CVS택배', [10, 12], 'active'],
  ['HDEXP', '합동택배', '8-16', 'active'],
  ['DHL', 'DHL', [10, 13, 20], 'active'],
  ['UPS', 'UPS', [18, 9], 'active'],
  ['FEDEX', 'FEDEX', null, 'active'],
  ['REGISTPOST', '우편등기', null, 'active'],
  ['EMS', '우체국 EMS', null, 'active'],
  ['TNT', 'TNT', null, 'active'],
  ['USPS', 'USPS', null, 'active'],
  ['IPARCEL', 'i-parcel', null, 'active'],
  ['GSMNTON', 'GSM NtoN', null, 'active'],
  ['SWGEXP', '성원글로벌', null, 'active'],
  ['PANTOS', '범한판토스', null, 'active'],
  ['ACIEXPRESS', 'ACI Express', null, 'active'],
  ['DAEWOON', '대운글로벌', null, 'active'],
  ['AIRBOY', '에어보이익스프레스', null, 'active'],
  ['KGLNET', 'KGL네트웍스', null, 'active'],
  ['KUNYOUNG', '건영택배', null, 'active'],
  ['SLX', 'SLX택배', null, 'active'],
  ['HONAM', '우리택배', null, 'active'],
  ['LINEEXPRESS', 'LineExpress', null, 'active'],
  ['TWOFASTEXP', '2FastsExpress', null, 'active'],
  ['HPL', '한의사랑택배', null, 'active'],
  ['GOODSTOLUCK', '굿투럭', null, 'active'],
  ['KOREXG', 'CJ대한통운특', null, 'active'],
  ['HANDEX', '한덱스', null, 'active'],
  ['BGF', 'BGF포스트', null, 'active'],
  ['ECMS', 'ECMS익스프레스', null, 'active'],
  ['WONDERS', '원더스퀵', null, 'active'],
  ['YONGMA', '용마로지스', null, 'active'],
  ['SEBANG', '세방택배', null, 'active'],
  ['NHLOGIS', '농협택배', null, 'active'],
  ['LOTTEGLOBAL', '롯데글로벌', null, 'active'],
  ['GSIEXPRESS', 'GSI익스프레스', null, 'active'],
  ['EFS', 'EFS', null, 'active'],
  ['DHLGLOBALMAIL', 'DHL GlobalMail', null, 'active'],
  ['HILOGIS', 'Hi택배', null, 'active'],
  ['GPSLOGIX', 'GPS로직', null, 'active'],
  ['CRLX', '시알로지텍', null, 'active'],
  ['BRIDGE', '브리지로지스', null, 'active'],
  ['HOMEINNOV', '홈이노베이션로지스', null, 'active'],
  ['CWAY', '씨웨이', null, 'active'],
  ['GNETWORK', '자이언트', null, 'active'],
  ['ACEEXP', 'ACE Express', null, 'active'],
  ['WEVILL', '우리동네택배', null, 'active'],
  ['FOREVERPS', '퍼레버택배', null, 'active'],
  ['WARPEX', '워펙스', null, 'active'],
  ['QXPRESS', '큐익스프레스', null, 'active'],
  ['SMARTLOGIS', '스마트로지스', null, 'active'],
  ['HOMEPICK', '홈픽택배', null, 'active'],
  ['GTSLOGIS', 'GTS로지스', null, 'active'],
  ['ESTHER', '에스더쉬핑', null, 'active'],
  ['INTRAS', '로토스', null, 'active'],
  ['EUNHA', '은하쉬핑', null, 'active'],
  ['UFREIGHT', '유프레이트 코리아', null, 'active'],
  ['LSERVICE', '엘서비스', null, 'active'],
  ['TPMLOGIS', '로지스밸리', null, 'active'],
  ['ZENIELSYSTEM', '제니엘시스템', null, 'active'],
  ['ANYTRACK', '애니트랙', null, 'active'],
  ['JLOGIST', '제이로지스트', null, 'active'],
  ['CHAINLOGIS', '두발히어로(4시간당일택배)', null, 'active'],
  ['QRUN', '큐런', null, 'active'],
  ['FRESHSOLUTIONS', '프레시솔루션', null, 'active'],
  ['HIVECITY', '하이브시티', null, 'active'],
  ['HANSSEM', '한샘', null, 'active'],
  ['SFC', 'SFC(Santai)', null, 'active'],
  ['JNET', 'J-NET', null, 'active'],
  ['GENIEGO', '지니고', null, 'active'],
  ['PANASIA', '판아시아', null, 'active'],
  ['ELIAN', 'elianpost', null, 'active'],
  ['LOTTECHILSUNG', '롯데칠성', null, 'active'],
  ['SBGLS', 'SBGLS', null, 'active'],
  ['ALLTAKOREA', '올타코리아', null, 'active'],
  ['YUNDA', 'yunda express', null, 'active'],
  ['VALEX', '발렉스', null, 'active'],
  ['KOKUSAI', '국제익스프레스', null, 'active'],
  ['XINPATEK', '윈핸드해운항공', null, 'active'],
  ['HEREWEGO', '탱고앤고', null, 'active'],
  ['WOONGJI', '웅지익스프레스', null, 'active'],
  ['PINGPONG', '핑퐁', null, 'active'],
  ['YDH', 'YDH', null, 'active'],
  ['CARGOPLEASE', '화물부탁해', null, 'active'],
  ['LOGISPOT', '로지스팟', null, 'active'],
  ['FRESHMATES', '프레시메이트', null, 'active'],
  ['VROONG', '부릉', null, 'active'],
  ['NKLS', 'NK로지솔루션', null, 'active'],
  ['DODOFLEX', '도도플렉스', null, 'active'],
  ['ETOMARS', '이투마스', null, 'active'],
  ['SHIPNERGY', '배송하기좋은날', null, 'active'],
  ['VENDORPIA', '벤더피아', null, 'active'],
  ['COSHIP', '캐나다쉬핑', null, 'active'],
  ['GDAKOREA', '지디에이코리아', null, 'active'],
  ['BABABA', '바바바로지스', null, 'active'],
  ['TEAMFRESH', '팀프레시', null, 'active'],
  ['HOME1004', '1004홈', null, 'active'],
  ['NAEUN', '나은물류', null, 'active'],
  ['ACCCARGO', 'acccargo', null, 'active'],
  ['NTLPS', '엔티엘피스', null, 'active'],
  ['EKDP', '삼다수가정배송', null, 'active'],
  ['HOTSINGCARGO', '허싱카고코리아', null, 'active'],
  ['SINOEX', 'SINOTRANS EXPRESS', null, 'active'],
  ['DRABBIT', '딜리래빗', null, 'active'],
  ['HOMEPICKTODAY', '홈픽오늘도착', null, 'active'],
  ['DAERIM', '대림통운', null, 'active'],
  ['LOGISPARTNER', '로지스파트너', null, 'active'],
  ['GOBOX', '고박스', null, 'active'],
  ['FASTBOX', '패스트박스', null, 'active'],
  ['PANSTAR', '팬스타국제특송', null, 'active'],
  ['ACTCORE', '에이씨티앤코아물류', null, 'active'],
  ['KJT', '케이제이티', null, 'active'],
  ['THEBAO', '더바오', null, 'active'],
  ['RUSH', '오늘회러쉬', null, 'active'],
  ['KT', 'kt express', null, 'active'],
  ['IBP', 'ibpcorp', null, 'active'],
  ['HY', 'HY', null, 'active'],
  ['LOGISVALLEY', '로지스밸리', null, 'active'],
  ['TODAY', '투데이', null, 'active'],
  ['ONEDAYLOGIS', '라스트마일시스템즈', null, 'active'],
  ['HKHOLDINGS', '에이치케이홀딩스', null, 'active'],
  ['JIKGUMOON', '직구문', null, 'active'],
  ['CUBEFLOW', '큐브플로우', null, 'active'],
  ['SHFLY', '성훈물류', null, 'active'],
  ['GBS', '지비에스', null, 'active'],
  ['BANPOOM', '반품구조대', null, 'active'],
  ['GLOVIS', '현대글로비스', null, 'active'],
  ['ARGO', '아르고', null, 'active'],
  ['JMNP', '딜리박스', null, 'active'],
  ['SELC', '삼성로지텍', null, 'active'],
  ['MTINTER', '엠티인터네셔널', null, 'active'],
  ['GDSP', '골드스넵스', null, 'active'],
  ['TODAYPICKUP', '오늘의픽업', null, 'active'],
  ['YJSGLOBAL', 'yjs글로벌', null, 'active'],
  ['DUXGLOBAL', '유로택배', null, 'active'],
  ['INTERLOGIS', '인터로지스', null, 'active'],
  ['WOOJIN', '우진인터로지스', null, 'active'],
  ['GHSPEED', '지에이치스피드', null, 'active'],
  ['WIDETECH', '와이드테크', null, 'active'],
  ['ECOHAI', '에코하이', null, 'active'],
  ['TONAMI', '토나미', null, 'active'],
  ['DAIICHI', '제1화물', null, 'active'],
  ['FUKUYAMA', '후쿠야마통운', null, 'active'],
  ['KURLYNEXTMILE', '컬리넥스트마일', null, 'active'],
  ['ARAMEX', 'ARAMEX', null, 'active'],
  ['BISNZ', 'BISNZ', null, 'active'],
  ['INNOS', '이노스', null, 'active'],
  ['SEORIM', '서림물류', null, 'active'],
  ['WEMOVE', '위무브', null, 'active'],
  ['POOLATHOME', '풀앳홈', null, 'active'],
  ['SPARKLE', '스파클직배송', null, 'active'],
  ['ICS', 'ICS', null, 'active'],
  ['HANMI', '한미포스트', null, 'active'],
  ['CAINIAO', 'CAINIAO', null, 'active'],
  ['HWATONG', '화통', null, 'active'],
  ['ESTLA', '이스트라', null, 'active'],
  ['IK', 'IK물류', null, 'active'],
  ['PULMUONEWATER', '풀무원샘물', null, 'active'],
  ['TSG', '티에스지로지스', null, 'active'],
  ['OCS', 'ocs코리아', null, 'active'],
  ['MDLOGIS', '모든로지스', null, 'active'],
  ['GCS', '지씨에스', null, 'active'],
  ['FTF', '물류대장LCS', null, 'active'],
  ['HUBNET', 'Hubnet Logistics', null, 'active'],
  ['WINION_3P', '위니온로지스', null, 'active'],
  ['WOORIHB', '우리한방택배', null, 'active'],
  ['LETUS', '레터스', null, 'active'],
  ['JWTNL', 'JWTNL', null, 'active'],
  ['JCLS', 'JCLS', null, 'active'],
  ['GKGLOBAL', '지케이글로벌', null, 'active'],
  ['GONELO', '고넬로', null, 'active'],
  ['CASA', '신세계까사', null, 'active'],
  ['BRCH', '비알씨에이치', null, 'active'],
  ['HLDE', 'W7', null, 'active'],
  ['MORNINGGLOBAL', '모닝글로벌', null, 'active'],
  ['DNDN', '든든택배', null, 'active'],
  ['KGBLS', 'KGB로지스', null, 'active'],
  ['KGBPS', 'KGB택배', null, 'active'],
  ['DONGBU', '드림택배(구 KG로지스)', null, 'closed'],
  ['YELLOW', '옐로우캡', null, 'active'],
  ['INNOGIS', 'GTX로지스[폐업]', null, 'closed'],
  ['DADREAM', '다드림', null, 'active'],
  ['IQS', '굿스포스트', null, 'closed'],
  ['SFEXPRESS', '순풍택배', null, 'active'],
  ['LGE', 'LG전자', null, 'active'],
  ['WINION', '위니온', null, 'active'],
  ['WINION2', '위니온(에어컨)', null, 'active'],
  ['COUPANG', '쿠팡자체배송', null, 'active'],
];

export interface Courier {
  code: string;
  nameKo: string;
  digits: readonly number[] | string | null;
  status: CourierStatus;
}

export const COURIERS: ReadonlyMap<string, Courier> = new Map(ROWS.map(([code, nameKo, digits, status]) => [code, { code, nameKo, digits, status }]));

/** A code the invoice APIs accept; unknown, merged and closed ones fail like a wrong code. */
export function usableCourier(code: string): Courier | undefined {
  const c = COURIERS.get(code);
  return c && c.status === 'active' ? c : undefined;
}

/**
 * carriers.json: DIRECT takes "digits only, any number"; the verified couriers their listed
 * lengths of digits. For the unverified rows (EMS numbers even carry letters) only an empty
 * waybill is refused.
 */
export function invoiceNumberValid(courier: Courier, invoiceNumber: string): boolean {
  const rule = courier.digits;
  if (rule === null) return courier.code === 'DIRECT' ? /^\d+$/.test(invoiceNumber) : invoiceNumber.trim() !== '';
  if (!/^\d+$/.test(invoiceNumber)) return false;
  if (typeof rule === 'string') {
    const [min, max] = rule.split('-').map(Number);
    return invoiceNumber.length >= min && invoiceNumber.length <= max;
  }
  return rule.includes(invoiceNumber.length);
}

/**
 * The order sheet's deliveryCompanyName. The documented example and the real 2026 sheets both
 * spell CJGLS "CJ 대한통운" (with a space), unlike the code table's "CJ대한통운".
 */
export function deliveryCompanyName(code: string): string {
  if (code === 'CJGLS') return 'CJ 대한통운';
  return COURIERS.get(code)?.nameKo ?? '';
}
