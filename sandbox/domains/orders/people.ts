// Customers: Korean names, safe numbers (안심번호, 0502-xxxx-xxxx as in the real sheets) and
// delivery addresses. Addresses have no road/lot distinction, only addr1/addr2 (rules-orders.md
// 19); remote-area (도서산간) ones carry the extra fee the sheets report as remotePrice.
import type { Rng } from '../../rng';
import type { Person, Receiver } from './types';

const SURNAMES = ['김', '김', '김', '이', '이', '박', '박', '최', '정', '강', '조', '윤', '장', '임', '한', '오', '서', '신', '권', '황', '안', '송', '전', '홍', '유', '고', '문', '양', '손', '배'];
const GIVEN = ['민', '서', '지', '현', '준', '우', '예', '도', '하', '윤', '수', '연', '은', '영', '진', '성', '혜', '유', '재', '승', '다', '시', '주', '채', '소', '태', '경', '상', '미', '정', '희', '아', '원', '호', '빈', '린'];

export function koreanName(rng: Rng): string {
  return rng.pick(SURNAMES) + rng.pick(GIVEN) + rng.pick(GIVEN);
}

export function safeNumber(rng: Rng): string {
  return `0502-${rng.digits(4)}-${rng.digits(4)}`;
}

export function person(rng: Rng): Person {
  return { name: koreanName(rng), safeNumber: safeNumber(rng) };
}

interface Place {
  addr1: string;
  dong: string;
  complex: string | null;
  postCode: string;
  /** 도서산간 extra fee; 0 for the mainland. */
  remote: number;
}

const PLACES: readonly Place[] = [
  { addr1: '서울특별시 송파구 올림픽로 435', dong: '신천동', complex: '파크리오', postCode: '05505', remote: 0 },
  { addr1: '서울특별시 강남구 테헤란로 152', dong: '역삼동', complex: null, postCode: '06236', remote: 0 },
  { addr1: '서울특별시 마포구 월드컵로 190', dong: '망원동', complex: null, postCode: '03952', remote: 0 },
  { addr1: '서울특별시 노원구 동일로 1414', dong: '상계동', complex: '주공7단지', postCode: '01698', remote: 0 },
  { addr1: '서울특별시 관악구 관악로 145', dong: '봉천동', complex: '관악드림타운', postCode: '08787', remote: 0 },
  { addr1: '서울특별시 은평구 통일로 684', dong: '불광동', complex: null, postCode: '03371', remote: 0 },
  { addr1: '서울특별시 강서구 공항대로 247', dong: '마곡동', complex: '마곡엠밸리7단지', postCode: '07795', remote: 0 },
  { addr1: '서울특별시 성동구 왕십리로 50', dong: '성수동1가', complex: '트리마제', postCode: '04768', remote: 0 },
  { addr1: '경기도 성남시 분당구 판교역로 235', dong: '삼평동', complex: null, postCode: '13494', remote: 0 },
  { addr1: '경기도 수원시 영통구 광교중앙로 140', dong: '하동', complex: '광교자연앤힐스테이트', postCode: '16508', remote: 0 },
  { addr1: '경기도 고양시 일산동구 중앙로 1275', dong: '장항동', complex: '호수마을5단지', postCode: '10401', remote: 0 },
  { addr1: '경기도 용인시 수지구 포은대로 499', dong: '죽전동', complex: '새터마을죽전힐스테이트', postCode: '16897', remote: 0 },
  { addr1: '경기도 화성시 동탄대로 537', dong: '청계동', complex: '동탄역시범더샵센트럴시티', postCode: '18470', remote: 0 },
  { addr1: '경기도 남양주시 다산중앙로 82', dong: '다산동', complex: '다산자연앤이편한세상', postCode: '12288', remote: 0 },
  { addr1: '경기도 김포시 김포한강4로 125', dong: '장기동', complex: '한강센트럴자이', postCode: '10078', remote: 0 },
  { addr1: '경기도 부천시 길주로 210', dong: '중동', complex: '미리내마을', postCode: '14548', remote: 0 },
  { addr1: '인천광역시 연수구 센트럴로 160', dong: '송도동', complex: '송도더샵퍼스트월드', postCode: '21984', remote: 0 },
  { addr1: '인천광역시 부평구 부평대로 88', dong: '부평동', complex: null, postCode: '21399', remote: 0 },
  { addr1: '부산광역시 해운대구 센텀중앙로 97', dong: '우동', complex: '센텀파크', postCode: '48058', remote: 0 },
  { addr1: '부산광역시 부산진구 중앙대로 668', dong: '부전동', complex: null, postCode: '47296', remote: 0 },
  { addr1: '대구광역시 수성구 달구벌대로 2435', dong: '범어동', complex: '범어센트럴푸르지오', postCode: '42020', remote: 0 },
  { addr1: '대구광역시 달서구 월배로 223', dong: '진천동', complex: null, postCode: '42787', remote: 0 },
  { addr1: '광주광역시 서구 상무중앙로 110', dong: '치평동', complex: '상무금호아파트', postCode: '61945', remote: 0 },
  { addr1: '대전광역시 유성구 대학로 99', dong: '궁동', complex: null, postCode: '34134', remote: 0 },
  { addr1: '대전광역시 서구 둔산로 100', dong: '둔산동', complex: '크로바아파트', postCode: '35242', remote: 0 },
  { addr1: '울산광역시 남구 삼산로 282', dong: '삼산동', complex: null, postCode: '44720', remote: 0 },
  { addr1: '세종특별자치시 한누리대로 2130', dong: '보람동', complex: '호려울마을', postCode: '30151', remote: 0 },
  { addr1: '충청북도 청주시 흥덕구 대농로 17', dong: '복대동', complex: '지웰시티', postCode: '28370', remote: 0 },
  { addr1: '충청남도 천안시 서북구 불당대로 40', dong: '불당동', complex: '불당호반써밋', postCode: '31156', remote: 0 },
  { addr1: '전라북도 전주시 완산구 효자로 225', dong: '효자동2가', complex: null, postCode: '54968', remote: 0 },
  { addr1: '전라남도 순천시 연향번영길 42', dong: '연향동', complex: '금당아파트', postCode: '57986', remote: 0 },
  { addr1: '경상남도 창원시 성산구 중앙대로 151', dong: '용호동', complex: null, postCode: '51495', remote: 0 },
  { addr1: '경상북도 포항시 북구 중흥로 139', dong: '죽도동', complex: null, postCode: '37754', remote: 0 },
  { addr1: '강원특별자치도 춘천시 중앙로 1', dong: '봉의동', complex: null, postCode: '24266', remote: 0 },
  { addr1: '제주특별자치도 제주시 연북로 33', dong: '연동', complex: '한일베라체', postCode: '63130', remote: 3000 },
  { addr1: '제주특별자치도 서귀포시 중앙로 105', dong: '서귀동', complex: null, postCode: '63593', remote: 3000 },
  { addr1: '경상북도 울릉군 울릉읍 도동길 52', dong: '도동리', complex: null, postCode: '40228', remote: 5000 },
  { addr1: '인천광역시 옹진군 백령면 백령로 831', dong: '진촌리', complex: null, postCode: '23100', remote: 5000 },
];

const MAINLAND = PLACES.filter((p) => p.remote === 0);
const REMOTE = PLACES.filter((p) => p.remote > 0);

/** Real sheets write addr2 as "101동 101호 ( 예시동, 예시아파트 )". */
function addr2(rng: Rng, place: Place): string {
  if (place.complex) return `${rng.int(101, 125)}동 ${rng.int(1, 28)}${String(rng.int(1, 6)).padStart(2, '0')}호 ( ${place.dong}, ${place.complex} )`;
  return rng.bool(0.5) ? `${rng.int(2, 5)}층 ${rng.int(2, 5)}0${rng.int(1, 4)}호 ( ${place.dong} )` : `( ${place.dong} )`;
}

export function receiverAt(rng: Rng, who: Person): { receiver: Receiver; remote: number } {
  const place = rng.bool(0.03) ? rng.pick(REMOTE) : rng.pick(MAINLAND);
  return { receiver: { ...who, addr1: place.addr1, addr2: addr2(rng, place), postCode: place.postCode }, remote: place.remote };
}

/** A different mainland address for the same person (customers editing the destination). */
export function movedReceiver(rng: Rng, from: Receiver): Receiver {
  const choices = MAINLAND.filter((p) => p.addr1 !== from.addr1);
  const place = rng.pick(choices);
  return { ...from, addr1: place.addr1, addr2: addr2(rng, place), postCode: place.postCode };
}

/** Delivery messages as buyers type them (real: '문 앞', '택배함'). */
export const PARCEL_MESSAGES: readonly (string | null)[] = ['문 앞', '문 앞', '문 앞', '택배함', '경비실에 맡겨주세요', '부재 시 문 앞에 놓아주세요', '배송 전 연락 바랍니다', null];

/** Where the payment was made; the real sheets show these four (plus 안드로이드 모바일웹). */
export const REFERS: readonly string[] = ['안드로이드앱', '안드로이드앱', '안드로이드앱', '아이폰앱', '아이폰앱', '아이폰앱', 'PC웹', 'PC웹', '모바일웹', '안드로이드 모바일웹'];
