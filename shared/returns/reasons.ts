// VOC reason codes (교환/반품/취소 VOC 사유 코드) in Korean: the documented 2019 subset of
// tables/voc-reasons.json. The full list is an Excel file that keeps growing (rules-orders.md
// 104), so an unknown code shows the reasonCodeText Coupang sent with it.

export const VOC_REASONS_KO: Readonly<Record<string, string>> = {
  CHANGEMIND: '필요 없어짐 (단순 변심)',
  DIFFERENTOPT: '색상/ 사이즈가 기대와 다름',
  CHEAPER: '다른 사이트의 가격이 더 저렴함',
  WRONGOPT: '상품의 옵션 선택을 잘못함',
  REORDER: '상품을 추가하여 재주문',
  OTHERS: '기타',
  DELIVERYLATER: '배송 예정일이 예상보다 늦음',
  WRONGADDRESS: '배송지 입력 실수',
  DELIVERYSTOP: '배송흐름이 멈춤',
  CARRIERLOST: '택배사 상품 분실',
  LOST: '배송 완료지만 상품 받지 못함',
  PARTIALMISS: '주문상품 중 일부가 배송되지 않음',
  COMPOMISS: '상품의 구성품, 부속품이 제대로 들어있지 않음',
  LATEDELIVERED: '상품이 늦게 배송됨',
  DAMAGED: '상품이 파손되어 배송됨',
  DEFECT: '상품 결함/기능에 이상이 있음',
  INACCURATE: '실제 상품이 상품 설명에 써있는 것과 다름',
  BOTHDAMAGED: '포장과 상품 모두 훼손됨',
  SHIPBOXOK: '포장은 괜찮으나 상품이 파손됨',
  WRONGDELIVERY: '내가 주문한 상품과 아예 다른 상품이 배송됨',
  WRONGSIZECOL: '내가 주문한 상품과 다른 색상/ 사이즈의 상품이 배송됨',
};

/**
 * The reason in Korean. Coupang's own text wins when it sent one (texts differ between versions,
 * e.g. DEFECT is '상품이 제조/제작 불량임' in return lists); the table fills in when it did not.
 */
export function vocReasonKo(code: string | null | undefined, sentText?: string | null): string {
  const text = sentText?.trim();
  if (text) return text;
  if (!code) return '';
  return VOC_REASONS_KO[code] ?? code;
}
