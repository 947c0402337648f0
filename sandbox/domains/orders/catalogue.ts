// The demo seller's catalogue: ~40 registered products (등록상품) with their options (vendor
// items), in the toys / stationery / living range the real order sheets show. Prices are in
// 10-won steps; IDs have the lengths of real data (vendorItemId 10-11 digits, productId and
// sellerProductId 10-11 digits).
import type { Rng } from '../../rng';
import type { Product } from './types';

interface Template {
  /** 등록상품명 */
  name: string;
  /** 노출상품명 (without option) */
  display: string;
  options: readonly string[];
  price: number;
  free: boolean;
  lead: number;
}

const TEMPLATES: readonly Template[] = [
  { name: '[모닝글로리] 스프링 노트 A5 5권 세트', display: '모닝글로리 스프링 노트 A5, 5권', options: ['무지', '줄노트', '모눈'], price: 4900, free: false, lead: 1 },
  { name: 'LCD 컬러 전자 메모보드 12인치 드로잉 패드', display: 'LCD 컬러 전자 메모보드 (12인치) 만능 메모 칠판 노트 패드 보드 드로잉', options: ['블랙', '핑크', '민트'], price: 7760, free: true, lead: 1 },
  { name: '말랑 베이커리 스퀴시 (1p) 촉감놀이', display: '말랑 베이커리 스퀴시 (1p) 촉감놀이 말랑이 빵 스트레스해소', options: ['버터향', '딸기향', '초코향', '랜덤'], price: 1590, free: false, lead: 1 },
  { name: '원목 테트리스 퍼즐 (1p) 나무퍼즐', display: '해피 원목 테트리스 퍼즐 (1p) 원목퍼즐 나무퍼즐', options: ['단품'], price: 4650, free: false, lead: 2 },
  { name: '감정 잔디 인형 (4종) 잔디인형키우기', display: '감정 잔디 인형 (4종) 행복이 몽실이 두근이 찌푸리 잔디인형키우기', options: ['4개', '행복이', '몽실이'], price: 8900, free: false, lead: 2 },
  { name: '레인 매직 변색 우산 1p 어린이 선물', display: '레인 매직 변색 우산 1p 어린이 선물 물에 닿으면 색이 변함', options: ['랜덤', '핑크', '블루'], price: 9550, free: true, lead: 1 },
  { name: 'LED 불빛 현미경 키링 60배 확대경', display: 'LED 불빛 현미경 1p 자연관찰 키링 60배 확대경', options: ['1개', '3개'], price: 3800, free: true, lead: 1 },
  { name: '애니멀 구슬뽑기 키링 1p 랜덤', display: '애니멀 구슬뽑기 키링 1p 랜덤 휴대용 장난감 열쇠고리', options: ['혼합 1개', '혼합 5개'], price: 1320, free: false, lead: 1 },
  { name: '롤리팝 캔디 지우개 48개 세트', display: '롤리팝 캔디 지우개(48개) 미니어처 미니 조립 지우개', options: ['혼합 1세트'], price: 21500, free: false, lead: 2 },
  { name: '해피 슬라임 글리세린 (낱개)', display: '해피 슬라임 글리세린 (낱개) 슬라임 조절제', options: ['단품'], price: 940, free: false, lead: 1 },
  { name: '버터향 말랑 찐빵 (1p) 스퀴시', display: '버터향 말랑 찐빵 (1p) 촉감놀이 말랑이 스트레스해소 스퀴시', options: ['혼합 1개'], price: 1900, free: false, lead: 1 },
  { name: '유니콘 워터 게임기 1p 물게임기', display: '유니콘 워터 게임기 1p 물게임기 손게임기 수중게임', options: ['1개, 혼합'], price: 2500, free: false, lead: 1 },
  { name: 'NEW 유니크 캐릭터 보조가방 (1p)', display: 'NEW유니크캐릭터보조가방(1p) 유아 초등 학원가방', options: ['연두', '분홍', '하늘'], price: 2970, free: false, lead: 3 },
  { name: '동물 시장바구니 에코백 소꿉놀이', display: '동물시장바구니/시장가방/장바구니/에코백/소꿉놀이/시장놀이', options: ['단일상품'], price: 1300, free: false, lead: 2 },
  { name: '빅폼블럭 13mm DIY 툭툭블럭', display: '해피DIY툭툭블럭 빅폼블럭 13mm', options: ['단품'], price: 9250, free: true, lead: 2 },
  { name: '원목 크런치 말랑이 1p 주물럭', display: '원목 크런치 말랑이 1p / 주물럭 스트레스볼', options: ['1개'], price: 1590, free: false, lead: 1 },
  { name: '투명 왕 물방울 말랑이 스트레스볼', display: '주무르는 재미가 솔솔~ 투명 왕 물방울 말랑이 / 스트레스볼', options: ['1개', '3개'], price: 1900, free: false, lead: 1 },
  { name: '바나나 주물럭 말랑이 촉감놀이', display: '먹고싶은 너무도 리얼한 바나나 주물럭 말랑이 촉감놀이', options: ['1개'], price: 1600, free: false, lead: 1 },
  { name: '왁스팝 말랑이 (1p) 왁뿌 촉감놀이', display: '왁스팝 말랑이 (1p) 왁뿌 촉감놀이 스트레스해소', options: ['혼합, 1개', '혼합, 3개'], price: 1850, free: false, lead: 1 },
  { name: '30cm 구슬미로 겹자 모양자 문구', display: '30cm구슬미로겹자 15cm자 30cm자 모양자 문구류', options: ['1개'], price: 440, free: true, lead: 1 },
  { name: '회오리 막대 물총 여름 물놀이', display: '회오리막대물총 여름 물놀이 장난감', options: ['1개', '2개'], price: 5880, free: true, lead: 2 },
  { name: '동물 블럭 미니 피규어 10종', display: '동물 블럭 유치원교구 발달장난감 애니멀 랜드 블럭 10종 육지 미니 생물 피규어', options: ['단품1개(랜덤)'], price: 660, free: true, lead: 2 },
  { name: '슈가 귤 쫀득 주물럭 슬라임', display: '슈가 귤 쫀득쫀득 주물럭 (낱개) 슬라임 끈끈이 주물럭', options: ['단품'], price: 1750, free: true, lead: 1 },
  { name: '우파루팡 슈가 말랑이', display: '우파루팡 슈가 말랑이', options: ['1개'], price: 1190, free: false, lead: 1 },
  { name: '[스테들러] 트리플러스 색연필 12색', display: '스테들러 트리플러스 색연필 12색 세트', options: ['12색', '24색'], price: 12900, free: true, lead: 1 },
  { name: '3단 접이식 독서대 원목', display: '3단 각도조절 접이식 원목 독서대', options: ['내추럴', '월넛'], price: 15800, free: true, lead: 2 },
  { name: '무소음 탁상시계 우드 프레임', display: '무소음 우드 프레임 탁상시계 인테리어 시계', options: ['화이트', '우드'], price: 11900, free: true, lead: 2 },
  { name: '실리콘 수세미 주방 3p', display: '위생 실리콘 수세미 주방 설거지 3p', options: ['그레이', '핑크', '혼합'], price: 3900, free: false, lead: 1 },
  { name: '대용량 섬유향수 500ml', display: '대용량 섬유향수 드레스퍼퓸 500ml', options: ['코튼', '베이비파우더', '블랑쉬'], price: 14000, free: true, lead: 1 },
  { name: '압축 수납 팩 의류 이불 10매', display: '진공 압축 수납 팩 의류 이불 정리 10매', options: ['중형 10매', '대형 10매'], price: 9900, free: true, lead: 2 },
  { name: '미니 LED 무드등 달 조명', display: '달 무드등 3D 프린팅 LED 수면등', options: ['10cm', '15cm'], price: 13500, free: true, lead: 3 },
  { name: '어린이 캐릭터 양말 5족 세트', display: '어린이 캐릭터 양말 5족 세트 유아 아동 양말', options: ['S(1~3세)', 'M(4~6세)', 'L(7~9세)'], price: 6900, free: false, lead: 1 },
  { name: '스티커북 공룡 600pcs', display: '공룡 스티커북 600pcs 유아 놀이 스티커', options: ['1권'], price: 5500, free: false, lead: 1 },
  { name: '휴대용 미니 선풍기 충전식', display: '휴대용 미니 손선풍기 USB 충전식 저소음', options: ['화이트', '핑크', '민트'], price: 12800, free: true, lead: 1 },
  { name: '도트 프린트 텀블러 500ml', display: '도트 프린트 스테인리스 보온보냉 텀블러 500ml', options: ['블랙', '아이보리'], price: 10900, free: true, lead: 2 },
  { name: '마스킹 테이프 10롤 세트', display: '빈티지 마스킹 테이프 10롤 다꾸 세트', options: ['파스텔', '빈티지'], price: 4200, free: false, lead: 1 },
  { name: '자석 낚시 놀이 장난감', display: '자석 낚시 놀이 물고기 잡기 장난감 유아', options: ['기본형', '디럭스'], price: 8800, free: true, lead: 2 },
  { name: '욕실 미끄럼방지 매트', display: '욕실 미끄럼방지 규조토 발매트', options: ['그레이 40x60', '베이지 40x60'], price: 7900, free: false, lead: 2 },
  { name: '젤리 볼펜 0.5mm 10자루', display: '젤리 중성 볼펜 0.5mm 10자루 세트', options: ['블랙', '블루', '혼합'], price: 3300, free: false, lead: 1 },
  { name: '미니 보드게임 할리갈리 컵스', display: '할리갈리 컵스 보드게임 가족 게임', options: ['단품'], price: 19800, free: true, lead: 1 },
];

/** Paid shipments cost 3,000 won in the real sheets; a few products charge 2,500. */
function fee(rng: Rng, free: boolean): number {
  if (free) return 0;
  return rng.bool(0.8) ? 3000 : 2500;
}

/** Seller SKU codes as seen in real sheets: '', short numbers, '10158-1' style, or a barcode. */
function sku(rng: Rng): string {
  const kind = rng.int(0, 9);
  if (kind < 3) return '';
  if (kind < 7) return String(rng.int(100000, 103000));
  if (kind < 9) return `${rng.int(9000, 10300)}-${rng.int(1, 3)}`;
  return `880${rng.digits(10)}`;
}

export function buildCatalogue(rng: Rng): Product[] {
  const products: Product[] = [];
  for (const t of TEMPLATES) {
    const sellerProductId = String(rng.int(12_000_000_000, 16_090_000_000));
    const productId = String(rng.int(7_000_000_000, 9_400_000_000));
    const older = rng.bool(0.15);
    const shippingFee = fee(rng, t.free);
    for (const option of t.options) {
      const vendorItemId = String(older ? rng.int(3_000_000_000, 5_400_000_000) : rng.int(80_000_000_000, 94_900_000_000));
      // Options of one product differ in price a little (bigger packs cost more).
      const price = Math.max(100, Math.round((t.price * (1 + rng.int(0, 2) * 0.1)) / 10) * 10);
      products.push({
        vendorItemId,
        productId,
        sellerProductId,
        sellerProductName: t.name,
        displayName: t.display,
        itemName: option,
        vendorItemName: `${t.display}, ${option}`,
        externalVendorSkuCode: sku(rng),
        salesPrice: price,
        deliveryChargeTypeName: t.free ? '무료' : '유료',
        shippingFee,
        leadDays: t.lead,
      });
    }
  }
  return products;
}
